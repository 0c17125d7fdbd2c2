// The question union, built from the registered question types (src/lib/question-types): each
// type's schema lives in its own folder, so adding a type does not touch this file.
import { questionSchemas } from '../question-types/registry';
import { questionTypes } from '../question-types/traits';
import { z } from './zod-mini';

export { gap } from './gap';
export { questionTypeLabels, questionTypes } from '../question-types/traits';
export { McqQuestion } from '../question-types/mcq';
export { TrueFalseQuestion } from '../question-types/true-false';
export { ClozeQuestion } from '../question-types/cloze';
export { ShortAnswerQuestion } from '../question-types/short-answer';
export { MatchingQuestion, Pair } from '../question-types/matching';
export { OrderingQuestion } from '../question-types/ordering';

export const QuestionType = z.enum(questionTypes);
export type QuestionType = z.infer<typeof QuestionType>;

export const Question = z.discriminatedUnion('type', questionSchemas);
export type Question = z.infer<typeof Question>;
