import { error } from '@sveltejs/kit';
import type { StudyQuestion } from '$lib/study/types';
import { bankPayload } from './content';

/** What the quiz and review pages need: the questions, each with its source sentence quoted. */
export function studyData(id: string) {
	const payload = bankPayload(id);
	if (!payload) error(404, `No bank "${id}"`);
	const { bank, article } = payload;
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
