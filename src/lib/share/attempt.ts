import type { ResolvedPathname } from '$app/types';
import type { StudyQuestion } from '../schema/bank';
import type { AttemptAnswer, AttemptState } from './assignments';
import type { SharedSet } from './set-schema';

export interface RunnerItem {
	bankId: string;
	question: StudyQuestion;
	/** The page with the question's article, when this device has one. */
	articleHref?: ResolvedPathname;
}

export interface RunnerAnswer {
	questionId: string;
	response: string;
	correct: boolean;
	ms: number;
}

/** The questions of an attempt in the order its student sees them, each with its quote. */
export function attemptItems(
	shared: SharedSet,
	attempt: AttemptState,
	articleHref: (bankId: string) => ResolvedPathname | undefined
): RunnerItem[] {
	const byId = new Map(shared.questions.map((q) => [q.question.id, q]));
	return attempt.order.flatMap((id) => {
		const q = byId.get(id);
		if (!q) return [];
		return [
			{
				bankId: q.bankId,
				question: { ...q.question, quote: q.quote },
				articleHref: articleHref(q.bankId)
			}
		];
	});
}

/**
 * Keeps what was stored for every question answered before (its time included) and takes `all`
 * for the rest, with `answer` stamped at `at`.
 */
export function mergeAnswers(
	stored: readonly AttemptAnswer[],
	answer: RunnerAnswer,
	all: readonly RunnerAnswer[],
	at: Date
): AttemptAnswer[] {
	const previous = new Map(stored.map((a) => [a.questionId, a]));
	return all.map((a) =>
		a.questionId === answer.questionId
			? { ...a, answeredAt: at.toISOString() }
			: (previous.get(a.questionId) ?? a)
	);
}

/** What a student can read before starting a set. */
export interface SetReading {
	/** Banks whose article has a page on this device, in the set's order. */
	articles: string[];
	/** The source sentences of the other questions, each once: they travel in the set. */
	quotes: string[];
}

export function setReading(shared: SharedSet, hasArticle: (bankId: string) => boolean): SetReading {
	const articles = new Set<string>();
	const quotes = new Set<string>();
	for (const q of shared.questions) {
		if (hasArticle(q.bankId)) articles.add(q.bankId);
		else quotes.add(q.quote.trim());
	}
	return { articles: [...articles], quotes: [...quotes] };
}
