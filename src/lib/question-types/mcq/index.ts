import { gradeChoice } from '../../grading/answers';
import { z } from '../../schema/zod-mini';
import traits from './traits';
import { defineQuestionType, Options, questionBase } from '../base';

export const McqQuestion = /* @__PURE__ */ z
	.strictObject({ ...questionBase, type: z.literal('mcq'), options: Options })
	.check(
		z.refine((q) => q.options.includes(q.answer), {
			message: 'the answer must be one of the options',
			path: ['options']
		})
	);
export type McqQuestion = z.infer<typeof McqQuestion>;

export default /* @__PURE__ */ defineQuestionType({
	...traits,
	schema: McqQuestion,
	grade: (q, response) => gradeChoice(q.options, q.answer, response)
});
