import { giftAnswers, giftChoice, giftEscape, giftTyped, letter } from '../../export/gift-notation';
import type { QuestionExports } from '../export-types';
import { gap } from '../base';
import type { ClozeQuestion } from '.';

export default {
	anki: {
		front: (q) => [q.prompt, ...(q.options ?? []).map((o, i) => `${letter(i)}) ${o}`)],
		back: (q) => [q.answer]
	},
	gift(q) {
		// GIFT's "missing word" format: the answers stand where the gap was.
		const at = q.prompt.indexOf(gap);
		const before = giftEscape(q.prompt.slice(0, at));
		const after = giftEscape(q.prompt.slice(at + gap.length));
		const answers = q.options
			? q.options.map((o) => giftChoice(o, q.answer))
			: [q.answer, ...q.accept].map((a) => giftTyped(a));
		return `${before}${giftAnswers(q, answers)}${after}`;
	},
	csv: { options: (q) => q.options ?? [] },
	quizlet: { definition: (q) => [q.answer] }
} satisfies QuestionExports<ClozeQuestion>;
