// The registered question types and their labels, for pages that list or filter by type; free of
// zod, so a page can import them without loading the schemas.
export { questionTypeLabels, questionTypes } from '../question-types/traits';
export type { QuestionType } from '../question-types/registry';
