import { giftAnswers, giftChoice, giftEscape, letter } from '../../export/gift-notation';
import type { QuestionExports } from '../export-types';
import type { McqQuestion } from '.';

export default {
	anki: {
		front: (q) => [q.prompt, ...q.options.map((o, i) => `${letter(i)}) ${o}`)],
		back: (q) => [q.answer]
	},
	gift: (q) =>
		`${giftEscape(q.prompt)} ${giftAnswers(
			q,
			q.options.map((o) => giftChoice(o, q.answer))
		)}`,
	csv: { options: (q) => q.options },
	quizlet: { definition: (q) => [q.answer] }
} satisfies QuestionExports<McqQuestion>;
