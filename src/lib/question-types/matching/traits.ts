import type { QuestionTraits } from '../types';
import type { MatchingQuestion } from '.';

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

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
	responseLines(_q, response) {
		const pairs = parseJson(response);
		const isPair = (p: unknown): p is { left: string; right: string } =>
			!!p &&
			typeof p === 'object' &&
			typeof (p as { left?: unknown }).left === 'string' &&
			typeof (p as { right?: unknown }).right === 'string';
		return Array.isArray(pairs) && pairs.every(isPair)
			? { numbered: false, lines: pairs.map((p) => `${p.left} → ${p.right || '(none)'}`) }
			: undefined;
	},
	// Pairs are written by the generator from a table of facts; the draft editor edits one answer.
	editor: undefined,
	// Pairs come from several facts at once, not from words selected in one sentence.
	fromSelection: undefined
} satisfies QuestionTraits<'matching', MatchingQuestion>;
