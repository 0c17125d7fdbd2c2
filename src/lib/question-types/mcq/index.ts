import { gradeChoice } from '../../grading/answers';
import { z } from '../../schema/zod-mini';
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
	type: 'mcq',
	label: 'Multiple choice',
	schema: McqQuestion,
	prompt: { gapped: false },
	answerForm: () => 'choice',
	choices: (q) => q.options,
	grade: (q, response) => gradeChoice(q.options, q.answer, response),
	describeResponse: (_q, response) => response,
	editor: { options: true },
	fromSelection: {
		idSuffix: 'mcq',
		prompt: (gapped) => `Which of these completes the sentence from the article? “${gapped}”`,
		needsContext: false,
		optionsRequired:
			'Give the options for the multiple-choice question, with the answer among them.'
	}
});
