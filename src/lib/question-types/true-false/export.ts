import { giftAnswers, giftQuestionText } from '../../export/gift-notation';
import { qtiChoice } from '../../export/qti-notation';
import type { QuestionExports } from '../export-types';
import type { TrueFalseQuestion } from '.';

export default {
	anki: { front: (q) => [q.prompt, 'True or false?'], back: (q) => [q.answer] },
	gift: (q) => `${giftQuestionText(q.prompt)} ${giftAnswers(q, [q.answer === 'True' ? 'T' : 'F'])}`,
	csv: { options: (q) => q.options },
	quizlet: { cards: (q) => [{ term: `True or false? ${q.prompt}`, definition: q.answer }] },
	qti: (q) => qtiChoice(q.prompt, q.options, q.answer)
} satisfies QuestionExports<TrueFalseQuestion>;
