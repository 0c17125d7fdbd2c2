import type { QuestionExample } from '../example-types';
import type { ShortAnswerQuestion } from '.';

export default {
	question: {
		id: 'q-example-short-answer',
		type: 'short_answer',
		prompt: 'Who hosted the summit?',
		answer: 'Joe Biden',
		accept: ['Biden'],
		explanation: 'The article says Joe Biden hosted the summit.',
		factId: 'f-example',
		source: { start: 0, end: 40 }
	},
	right: 'biden',
	wrong: 'Kishida'
} satisfies QuestionExample<ShortAnswerQuestion>;
