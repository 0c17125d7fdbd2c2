import { byText, giftAnswers, giftPair, giftQuestionText } from '../../export/gift-notation';
import { qtiMatch } from '../../export/qti-notation';
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
		`${giftQuestionText(q.prompt)} ${giftAnswers(
			q,
			q.pairs.map((p) => giftPair(p.left, p.right))
		)}`,
	// The pairs as objects, so every column stays one kind of thing.
	csv: { options: (q) => q.pairs },
	// One card per pair: the left item, with the prompt saying what to match it with.
	quizlet: {
		cards: (q) =>
			q.pairs.map((p) => ({
				term: `${q.prompt} — ${p.left}`,
				definition: p.right
			}))
	},
	qti: (q) => qtiMatch(q.prompt, q.pairs)
} satisfies QuestionExports<MatchingQuestion>;
