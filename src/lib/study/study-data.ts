import type { Question } from '../schema/bank';
import type { StudyQuestion } from './types';

/**
 * What the quiz and review pages need from a bank and its article, built-in or made on this
 * device: the questions, each with its source sentence quoted.
 */
export function studyDataOf(
	bank: {
		id: string;
		title: string;
		facts: readonly { id: string; statement: string }[];
		questions: readonly Question[];
	},
	article: { publisher: string; body: string }
) {
	const questions: StudyQuestion[] = bank.questions.map((q) => ({
		...q,
		quote: article.body.slice(q.source.start, q.source.end)
	}));
	return {
		bank: { id: bank.id, title: bank.title, publisher: article.publisher },
		facts: bank.facts.map((f) => ({ id: f.id, statement: f.statement })),
		questions
	};
}
