import { giftAnswers, giftEscape, giftTyped } from '../../export/gift-notation';
import type { QuestionExports } from '../export-types';
import type { ShortAnswerQuestion } from '.';

export default {
	anki: { front: (q) => [q.prompt], back: (q) => [q.answer] },
	gift: (q) =>
		`${giftEscape(q.prompt)} ${giftAnswers(
			q,
			[q.answer, ...q.accept].map((a) => giftTyped(a))
		)}`,
	csv: { options: () => [] },
	quizlet: { definition: (q) => [q.answer] }
} satisfies QuestionExports<ShortAnswerQuestion>;
