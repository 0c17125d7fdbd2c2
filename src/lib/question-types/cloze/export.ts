import {
	giftAnswers,
	giftChoice,
	giftEscape,
	giftQuestionText,
	giftTyped,
	letter
} from '../../export/gift-notation';
import { htmlText } from '../../export/markup';
import { qtiChoice, qtiTextEntry } from '../../export/qti-notation';
import type { QuestionExports } from '../export-types';
import { gap } from '../base';
import type { ClozeQuestion } from '.';

const parts = (q: ClozeQuestion) => {
	const at = q.prompt.indexOf(gap);
	return { before: q.prompt.slice(0, at), after: q.prompt.slice(at + gap.length) };
};

export default {
	anki: {
		front: (q) => [q.prompt, ...(q.options ?? []).map((o, i) => `${letter(i)}) ${o}`)],
		back: (q) => [q.answer],
		// Anki's own Cloze note; the options, when there are any, are its hint.
		cloze: (q) => ({
			...parts(q),
			answer: q.answer,
			...(q.options ? { hint: q.options.join(' / ') } : {})
		})
	},
	gift(q) {
		// GIFT's "missing word" format: the answers stand where the gap was.
		const { before, after } = parts(q);
		const tail = giftEscape(htmlText(after));
		if (q.options) {
			const answers = q.options.map((o) => giftChoice(o, q.answer));
			return `${giftQuestionText(before)}${giftAnswers(q, answers)}${tail}`;
		}
		const { block, note } = giftTyped(q);
		return `${giftQuestionText(before)}${block}${tail}${note}`;
	},
	csv: { options: (q) => q.options ?? [] },
	quizlet: {
		cards: (q) => [
			{
				term: q.options
					? `${q.prompt} ${q.options.map((o, i) => `(${letter(i)}) ${o}`).join(' ')}`
					: q.prompt,
				definition: q.answer
			}
		]
	},
	qti: (q) =>
		q.options
			? qtiChoice(q.prompt, q.options, q.answer)
			: qtiTextEntry(parts(q), [q.answer, ...q.accept])
} satisfies QuestionExports<ClozeQuestion>;
