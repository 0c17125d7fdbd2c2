import { giftAnswers, giftChoice, giftQuestionText, letter } from '../../export/gift-notation';
import { qtiChoice } from '../../export/qti-notation';
import type { QuestionExports } from '../export-types';
import type { McqQuestion } from '.';

const withOptions = (q: McqQuestion) =>
	`${q.prompt} ${q.options.map((o, i) => `(${letter(i)}) ${o}`).join(' ')}`;

export default {
	anki: {
		front: (q) => [q.prompt, ...q.options.map((o, i) => `${letter(i)}) ${o}`)],
		back: (q) => [q.answer]
	},
	gift: (q) =>
		`${giftQuestionText(q.prompt)} ${giftAnswers(
			q,
			q.options.map((o) => giftChoice(o, q.answer))
		)}`,
	csv: { options: (q) => q.options },
	// The options are part of the question: without them the term would not be the same card.
	quizlet: { cards: (q) => [{ term: withOptions(q), definition: q.answer }] },
	qti: (q) => qtiChoice(q.prompt, q.options, q.answer)
} satisfies QuestionExports<McqQuestion>;
