import { gradeChoice } from '../../grading/answers';
import { z } from '../../schema/zod-mini';
import traits from './traits';
import { defineQuestionType, questionBase } from '../base';

export const TrueFalseQuestion = z.strictObject({
	...questionBase,
	type: z.literal('true_false'),
	answer: z.enum(['True', 'False']),
	options: z._default(z.tuple([z.literal('True'), z.literal('False')]), ['True', 'False'])
});
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>;

export default /* @__PURE__ */ defineQuestionType({
	...traits,
	schema: TrueFalseQuestion,
	grade: (q, response) => gradeChoice(q.options, q.answer, response)
});
