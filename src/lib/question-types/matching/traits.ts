import type { QuestionTraits } from '../types';
import type { MatchingQuestion } from '.';
import { pairLines } from '../arranged-lines';

export default {
	type: 'matching',
	label: 'Matching',
	prompt: { gapped: false },
	answerForm: () => 'arranged',
	choices: () => [],
	cardHints: () => [],
	describeResponse: (_q, response) => pairLines(response)?.lines.join('; ') ?? response,
	responseLines: (_q, response) => pairLines(response),
	// Pairs are written by the generator from a table of facts; the draft editor edits one answer.
	editor: undefined,
	// Pairs come from several facts at once, not from words selected in one sentence.
	fromSelection: undefined
} satisfies QuestionTraits<'matching', MatchingQuestion>;
