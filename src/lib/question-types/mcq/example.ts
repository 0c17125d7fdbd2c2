import type { QuestionExample } from '../example-types';
import type { McqQuestion } from '.';

export default {
	question: {
		id: 'q-example-mcq',
		type: 'mcq',
		prompt: 'Which city hosted the summit?',
		answer: 'Washington',
		accept: [],
		explanation: 'The article says the leaders met in Washington.',
		factId: 'f-example',
		source: { start: 0, end: 40 },
		options: ['Tokyo', 'Washington', 'Seoul']
	},
	right: 'Washington',
	wrong: 'Tokyo'
} satisfies QuestionExample<McqQuestion>;
