import type { QuestionTraits } from '../types';
import type { TrueFalseQuestion } from '.';

export default {
	type: 'true_false',
	label: 'True or false',
	prompt: { gapped: false, kicker: 'True or false?' },
	answerForm: () => 'verdict',
	choices: (q) => q.options,
	cardHints: () => [],
	describeResponse: (_q, response) => response,
	editor: { options: false },
	fieldMessages: {
		answer: 'The answer must be True or False.',
		options: 'A true-or-false question always has the options True and False.'
	},
	// A selection is an answer to ask for; a true-or-false statement needs writing, not selecting.
	fromSelection: undefined
} satisfies QuestionTraits<'true_false', TrueFalseQuestion>;
