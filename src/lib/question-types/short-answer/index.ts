import { gradeTyped } from '../../grading/answers';
import { z } from '../../schema/zod-mini';
import traits from './traits';
import { defineQuestionType, questionBase } from '../base';

export const ShortAnswerQuestion = z.strictObject({
	...questionBase,
	type: z.literal('short_answer')
});
export type ShortAnswerQuestion = z.infer<typeof ShortAnswerQuestion>;

export default /* @__PURE__ */ defineQuestionType({
	...traits,
	schema: ShortAnswerQuestion,
	grade: gradeTyped
});
