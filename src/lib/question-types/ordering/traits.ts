import type { QuestionTraits } from '../types';
import type { OrderingQuestion } from '.';
import { hash32 } from '../../util/hash';
import { seededRandom, shuffle } from '../../util/random';
import { orderLines } from '../arranged-lines';

/**
 * The order the items are offered in: shuffled, seeded by the question id so it is the same on
 * every visit, and never the answer itself (a solved start would be a free point).
 */
export function startingOrder(question: OrderingQuestion): string[] {
	const order = shuffle(question.items, seededRandom(hash32(question.id)));
	const solved = order.every((item, i) => item === question.items[i]);
	return solved ? [...order.slice(1), order[0]!] : order;
}

export default {
	type: 'ordering',
	label: 'Ordering',
	prompt: { gapped: false },
	answerForm: () => 'arranged',
	choices: () => [],
	cardHints: () => [],
	describeResponse: (_q, response) => orderLines(response)?.lines.join(' → ') ?? response,
	responseLines: (_q, response) => orderLines(response),
	// Items come from a dated sequence in the article; the draft editor edits one answer.
	editor: undefined,
	// Items come from several dated facts at once, not from words selected in one sentence.
	fromSelection: undefined
} satisfies QuestionTraits<'ordering', OrderingQuestion>;
