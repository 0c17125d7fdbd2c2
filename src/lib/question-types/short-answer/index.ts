import { gradeTyped } from '../../grading/answers';
import { z } from '../../schema/zod-mini';
import { defineQuestionType, questionBase } from '../base';

export const ShortAnswerQuestion = z.strictObject({
	...questionBase,
	type: z.literal('short_answer')
});
export type ShortAnswerQuestion = z.infer<typeof ShortAnswerQuestion>;

export default /* @__PURE__ */ defineQuestionType({
	type: 'short_answer',
	label: 'Short answer',
	schema: ShortAnswerQuestion,
	prompt: { gapped: false },
	answerForm: () => 'typed',
	choices: () => [],
	grade: gradeTyped,
	describeResponse: (_q, response) => response,
	editor: { options: false },
	fromSelection: {
		idSuffix: 'short',
		prompt: (gapped) => `What is missing from this sentence of the article? “${gapped}”`,
		needsContext: false
	}
});
