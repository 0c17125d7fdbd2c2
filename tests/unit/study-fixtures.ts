import type { StudyQuestion } from '../../src/lib/study/types';

let counter = 0;
/** A bank id no other test uses, so tests sharing the progress database do not meet. */
export const freshBankId = () => `session-bank-${++counter}`;

/** A short-answer question on fact `f-<n>`, answered by `Answer <n>`. */
export function shortAnswer(n: number, factId = `f-${n}`): StudyQuestion {
	return {
		id: `q-${n}`,
		type: 'short_answer',
		prompt: `Question ${n}?`,
		answer: `Answer ${n}`,
		accept: [],
		explanation: 'Because.',
		factId,
		source: { start: 0, end: 5 },
		quote: `Sentence ${n}.`
	};
}

export function trueFalse(n: number, answer: 'True' | 'False' = 'True'): StudyQuestion {
	return {
		id: `tf-${n}`,
		type: 'true_false',
		prompt: `Statement ${n}.`,
		answer,
		accept: [],
		options: ['True', 'False'],
		explanation: 'Because.',
		factId: `f-${n}`,
		source: { start: 0, end: 5 },
		quote: `Sentence ${n}.`
	};
}

/** A promise with its resolve function, to hold a call open while a test acts. */
export function gate() {
	let open = () => {};
	const promise = new Promise<void>((resolve) => (open = resolve));
	return { promise, open };
}
