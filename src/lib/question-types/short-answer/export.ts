import { giftQuestionText, giftTyped } from '../../export/gift-notation';
import { qtiTextEntry } from '../../export/qti-notation';
import type { QuestionExports } from '../export-types';
import type { ShortAnswerQuestion } from '.';

export default {
	anki: { front: (q) => [q.prompt], back: (q) => [q.answer] },
	gift(q) {
		const { block, note } = giftTyped(q);
		return `${giftQuestionText(q.prompt)} ${block}${note}`;
	},
	csv: { options: () => [] },
	quizlet: { cards: (q) => [{ term: q.prompt, definition: q.answer }] },
	qti: (q) => qtiTextEntry({ prompt: q.prompt }, [q.answer, ...q.accept])
} satisfies QuestionExports<ShortAnswerQuestion>;
