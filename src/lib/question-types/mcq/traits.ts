import type { QuestionTraits } from '../types';
import type { McqQuestion } from '.';

export default {
	type: 'mcq',
	label: 'Multiple choice',
	prompt: { gapped: false },
	answerForm: () => 'choice',
	choices: (q) => q.options,
	cardHints: (q) => q.options,
	describeResponse: (_q, response) => response,
	editor: { options: true },
	fromSelection: {
		idSuffix: 'mcq',
		prompt: (gapped) => `Which of these completes the sentence from the article? “${gapped}”`,
		needsContext: false,
		optionsRequired:
			'Give the options for the multiple-choice question, with the answer among them.'
	}
} satisfies QuestionTraits<'mcq', McqQuestion>;
