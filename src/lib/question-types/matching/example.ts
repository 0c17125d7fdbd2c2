import type { QuestionExample } from '../example-types';
import type { MatchingQuestion } from '.';

const pairs = [
	{ left: 'Fumio Kishida', right: 'Japan' },
	{ left: 'Joe Biden', right: 'United States' },
	{ left: 'Anthony Albanese', right: 'Australia' }
];

export default {
	question: {
		id: 'q-example-matching',
		type: 'matching',
		prompt: 'Match each leader with their country.',
		answer: 'Fumio Kishida → Japan; Joe Biden → United States; Anthony Albanese → Australia',
		accept: [],
		explanation: 'The article names each leader with their country.',
		factId: 'f-example',
		source: { start: 0, end: 40 },
		pairs
	},
	right: JSON.stringify(pairs),
	wrong: JSON.stringify(pairs.map((p, i) => ({ left: p.left, right: pairs[(i + 1) % 3]!.right })))
} satisfies QuestionExample<MatchingQuestion>;
