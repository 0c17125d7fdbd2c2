import type { Question } from '../schema/bank';

/** A question as the study pages receive it, with its source sentence quoted. */
export type StudyQuestion = Question & { quote: string };
