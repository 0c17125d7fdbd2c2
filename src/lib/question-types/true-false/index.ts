import { gradeChoice } from '../../grading/answers';
import { z } from '../../schema/zod-mini';
import { defineQuestionType, questionBase } from '../base';

export const TrueFalseQuestion = z.strictObject({
	...questionBase,
	type: z.literal('true_false'),
	answer: z.enum(['True', 'False']),
	options: z._default(z.tuple([z.literal('True'), z.literal('False')]), ['True', 'False'])
});
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>;

export default /* @__PURE__ */ defineQuestionType({
	type: 'true_false',
	label: 'True or false',
	schema: TrueFalseQuestion,
	prompt: { gapped: false, kicker: 'True or false?' },
	answerForm: () => 'verdict',
	choices: (q) => q.options,
	grade: (q, response) => gradeChoice(q.options, q.answer, response),
	describeResponse: (_q, response) => response,
	editor: { options: false },
	fieldMessages: {
		answer: 'The answer must be True or False.',
		options: 'A true-or-false question always has the options True and False.'
	},
	// A selection is an answer to ask for; a true-or-false statement needs writing, not selecting.
	fromSelection: undefined
});
