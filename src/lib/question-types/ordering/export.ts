import { byText, giftAnswers, giftEscape } from '../../export/gift-notation';
import type { QuestionExports } from '../export-types';
import type { OrderingQuestion } from '.';

const steps = (q: OrderingQuestion) => q.items.map((item, i) => `${i + 1}. ${item}`);

export default {
	anki: { front: (q) => [q.prompt, ...byText(q.items).map((item) => `- ${item}`)], back: steps },
	// GIFT has no ordering type: a matching question pairs each position with its item.
	gift: (q) =>
		`${giftEscape(q.prompt)} ${giftAnswers(
			q,
			q.items.map((item, i) => `=${i + 1} -> ${giftEscape(item)}`)
		)}`,
	// The items, in order, go in `options`, so every column stays one kind of thing.
	csv: { options: (q) => q.items },
	quizlet: { definition: steps }
} satisfies QuestionExports<OrderingQuestion>;
