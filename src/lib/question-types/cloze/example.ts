import type { QuestionExample } from '../example-types';
import type { ClozeQuestion } from '.';

export default {
	question: {
		id: 'q-example-cloze',
		type: 'cloze',
		prompt: 'The leaders met in _____ on Wednesday.',
		answer: 'Washington',
		accept: ['Washington, D.C.'],
		explanation: 'The article says the leaders met in Washington.',
		factId: 'f-example',
		source: { start: 0, end: 40 }
	},
	right: 'washington',
	wrong: 'Tokyo'
} satisfies QuestionExample<ClozeQuestion>;
