import { gradeChoice, gradeTyped } from '../../grading/answers';
import { z } from '../../schema/zod-mini';
import traits from './traits';
import { defineQuestionType, gap, Options, questionBase } from '../base';

export const ClozeQuestion = /* @__PURE__ */ z
	.strictObject({ ...questionBase, type: z.literal('cloze'), options: z.optional(Options) })
	.check(
		z.refine((q) => q.prompt.includes(gap), {
			message: `a cloze prompt must contain the gap "${gap}"`,
			path: ['prompt']
		}),
		z.refine((q) => q.options === undefined || q.options.includes(q.answer), {
			message: 'the answer must be one of the options',
			path: ['options']
		})
	);
export type ClozeQuestion = z.infer<typeof ClozeQuestion>;

/** A gap to fill: picked from options when it has them, typed otherwise. */
export default /* @__PURE__ */ defineQuestionType({
	...traits,
	schema: ClozeQuestion,
	grade: (q, response) =>
		q.options ? gradeChoice(q.options, q.answer, response) : gradeTyped(q, response)
});
