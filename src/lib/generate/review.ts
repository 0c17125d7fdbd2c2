import { Question } from '../schema/bank';
import type { Review } from '../schema/review';

export { Decision, EditDecision, RejectDecision, Review } from '../schema/review';

export interface ReviewOutcome {
	questions: Question[];
	/** Decisions whose question id the generator no longer produces. */
	unmatched: string[];
	rejected: string[];
	edited: string[];
	/** Edits that would make a question invalid; the question is kept unedited. */
	problems: string[];
}

export function applyReview(
	questions: readonly Question[],
	review: Review | undefined
): ReviewOutcome {
	const outcome: ReviewOutcome = {
		questions: [],
		unmatched: [],
		rejected: [],
		edited: [],
		problems: []
	};
	const decisions = review?.decisions ?? {};
	const ids = new Set(questions.map((q) => q.id));
	outcome.unmatched = Object.keys(decisions)
		.filter((id) => !ids.has(id))
		.sort();
	for (const q of questions) {
		const d = decisions[q.id];
		if (!d) {
			outcome.questions.push(q);
			continue;
		}
		if (d.action === 'reject') {
			outcome.rejected.push(q.id);
			continue;
		}
		const changes: Partial<Question> = {};
		for (const key of ['prompt', 'answer', 'options', 'accept', 'explanation'] as const) {
			if (d[key] !== undefined) Object.assign(changes, { [key]: d[key] });
		}
		const edited = Question.safeParse({ ...q, ...changes });
		if (edited.success) {
			outcome.questions.push(edited.data);
			outcome.edited.push(q.id);
		} else {
			outcome.questions.push(q);
			outcome.problems.push(`${q.id}: ${edited.error.issues[0]?.message ?? 'invalid edit'}`);
		}
	}
	return outcome;
}
