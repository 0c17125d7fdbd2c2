import type { QuestionExample } from '../example-types';
import type { OrderingQuestion } from '.';

const items = ['Talks begin', 'Joint statement', 'Press conference'];

export default {
	question: {
		id: 'q-example-ordering',
		type: 'ordering',
		prompt: 'Put the events of the summit in order.',
		answer: 'Talks begin → Joint statement → Press conference',
		accept: [],
		explanation: 'The article tells the events in this order.',
		factId: 'f-example',
		source: { start: 0, end: 40 },
		items
	},
	right: JSON.stringify(items),
	wrong: JSON.stringify([...items].reverse())
} satisfies QuestionExample<OrderingQuestion>;
