import type { QuestionTraits } from '../types';
import type { MatchingQuestion } from '.';

export default {
	type: 'matching',
	label: 'Matching',
	prompt: { gapped: false },
	answerForm: () => 'arranged',
	choices: () => [],
	cardHints: () => [],
	describeResponse(_q, response) {
		try {
			const pairs = JSON.parse(response) as { left: string; right: string }[];
			return pairs.map((p) => `${p.left} → ${p.right || '(none)'}`).join('; ');
		} catch {
			// Not JSON: show it as it was typed.
			return response;
		}
	},
	// Pairs are written by the generator from a table of facts; the draft editor edits one answer.
	editor: undefined,
	// Pairs come from several facts at once, not from words selected in one sentence.
	fromSelection: undefined
} satisfies QuestionTraits<'matching', MatchingQuestion>;
