// The registered question types and their labels, for pages that list or filter by type.
export { questionTypeLabels, questionTypes, type QuestionType } from '../question-types/registry';
