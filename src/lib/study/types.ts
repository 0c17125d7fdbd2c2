export type { StudyQuestion } from '../schema/bank';
