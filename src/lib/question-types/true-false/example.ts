import type { QuestionExample } from '../example-types';
import type { TrueFalseQuestion } from '.';

export default {
	question: {
		id: 'q-example-true-false',
		type: 'true_false',
		prompt: 'The leaders met in Tokyo.',
		answer: 'False',
		accept: [],
		explanation: 'The article says the leaders met in Washington.',
		factId: 'f-example',
		source: { start: 0, end: 40 },
		options: ['True', 'False']
	},
	right: 'False',
	wrong: 'True'
} satisfies QuestionExample<TrueFalseQuestion>;
