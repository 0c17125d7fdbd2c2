import type { LocalBank } from '$lib/authoring/local-banks';
import type { QuestionType } from '$lib/schema/question-types';
import type { StudyQuestion } from './types';

/** What the study components need from a bank made on this device (as the server gives built-in ones). */
export function localStudyData({ bank, article }: LocalBank) {
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

/** The bank page's summary of a local bank. */
export function localOverview({ bank }: LocalBank) {
	const typeCounts = {} as Record<QuestionType, number>;
	for (const q of bank.questions) typeCounts[q.type] = (typeCounts[q.type] ?? 0) + 1;
	return {
		title: bank.title,
		factCount: bank.facts.length,
		questionCount: bank.questions.length,
		typeCounts,
		sources: bank.questions.map((q) => ({ source: q.source }))
	};
}
