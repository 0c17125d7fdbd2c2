import type { QuestionTraits } from '../types';
import type { ShortAnswerQuestion } from '.';

export default {
	type: 'short_answer',
	label: 'Short answer',
	prompt: { gapped: false },
	answerForm: () => 'typed',
	choices: () => [],
	cardHints: () => [],
	describeResponse: (_q, response) => response,
	editor: { options: false },
	fromSelection: {
		idSuffix: 'short',
		prompt: (gapped) => `What is missing from this sentence of the article? “${gapped}”`,
		needsContext: false
	}
} satisfies QuestionTraits<'short_answer', ShortAnswerQuestion>;
