import { giftAnswers, giftEscape } from '../../export/gift-notation';
import type { QuestionExports } from '../export-types';
import type { TrueFalseQuestion } from '.';

export default {
	anki: { front: (q) => [q.prompt, 'True or false?'], back: (q) => [q.answer] },
	gift: (q) => `${giftEscape(q.prompt)} ${giftAnswers(q, [q.answer === 'True' ? 'T' : 'F'])}`,
	csv: { options: (q) => q.options },
	quizlet: { definition: (q) => [q.answer] }
} satisfies QuestionExports<TrueFalseQuestion>;
