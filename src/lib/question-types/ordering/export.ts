import { byText, giftAnswers, giftPair, giftQuestionText } from '../../export/gift-notation';
import { qtiOrder } from '../../export/qti-notation';
import type { QuestionExports } from '../export-types';
import type { OrderingQuestion } from '.';

const steps = (q: OrderingQuestion) => q.items.map((item, i) => `${i + 1}. ${item}`);

export default {
	anki: { front: (q) => [q.prompt, ...byText(q.items).map((item) => `- ${item}`)], back: steps },
	// GIFT has no ordering type: a matching question pairs each position with its item.
	gift: (q) =>
		`${giftQuestionText(q.prompt)} ${giftAnswers(
			q,
			q.items.map((item, i) => giftPair(String(i + 1), item))
		)}`,
	// The items, in order, go in `options`, so every column stays one kind of thing.
	csv: { options: (q) => q.items },
	// A term and its definition cannot ask for an order: the Quizlet export leaves these out.
	quizlet: undefined,
	qti: (q) => qtiOrder(q.prompt, q.items)
} satisfies QuestionExports<OrderingQuestion>;
