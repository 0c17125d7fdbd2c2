import { byText, giftAnswers, giftEscape, giftTyped } from '../../export/gift-notation';
import type { QuestionExports } from '../export-types';
import type { MatchingQuestion } from '.';

const pairLines = (q: MatchingQuestion) => q.pairs.map((p) => `${p.left} → ${p.right}`);

export default {
	anki: {
		front: (q) => [
			q.prompt,
			...q.pairs.map((p) => `- ${p.left}`),
			`Choices: ${byText(q.pairs.map((p) => p.right)).join(' / ')}`
		],
		back: pairLines
	},
	gift: (q) =>
		`${giftEscape(q.prompt)} ${giftAnswers(
			q,
			q.pairs.map((p) => `${giftTyped(p.left, false)} -> ${giftEscape(p.right)}`)
		)}`,
	// The pairs go in `options`, so every column stays one kind of thing.
	csv: { options: pairLines },
	quizlet: { definition: pairLines }
} satisfies QuestionExports<MatchingQuestion>;
