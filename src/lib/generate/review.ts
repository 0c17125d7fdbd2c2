import type { Span } from '../schema/article';
import { Question, type Fact } from '../schema/bank';
import { Addition, type Review } from '../schema/review';
import { normalize } from './text';

export { Addition, Decision, EditDecision, RejectDecision, Review } from '../schema/review';

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

export interface AdditionsOutcome {
	questions: Question[];
	/** The additions' facts, each once, in the order first used. */
	facts: Fact[];
	added: string[];
	/** Additions left out, each with the reason. */
	problems: string[];
}

export interface AdditionsContext {
	/** The article body the sources point into. */
	body: string;
	/** Ids of every question the generator produced, so an addition cannot take one over. */
	questionIds: ReadonlySet<string>;
	/** Ids of every fact the generator found. */
	factIds: ReadonlySet<string>;
}

function spanProblem(span: Span, body: string): string | undefined {
	if (span.end > body.length)
		return `offsets ${span.start}–${span.end} fall outside the article body (${body.length} characters)`;
	if (!body.slice(span.start, span.end).trim())
		return `offsets ${span.start}–${span.end} select only blank space`;
	return undefined;
}

/** Appends a review's added questions, leaving out (and reporting) any that do not fit the article. */
export function applyAdditions(
	additions: readonly unknown[] | undefined,
	context: AdditionsContext
): AdditionsOutcome {
	const outcome: AdditionsOutcome = { questions: [], facts: [], added: [], problems: [] };
	const facts = new Map<string, Fact>();
	const questionIds = new Set<string>();
	(additions ?? []).forEach((value, index) => {
		const parsed = Addition.safeParse(value);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			outcome.problems.push(
				`additions[${index}]: ${issue ? `${issue.path.join('.') || '(addition)'}: ${issue.message}` : 'invalid'}`
			);
			return;
		}
		const { fact, question } = parsed.data;
		const problem =
			(context.questionIds.has(question.id) || questionIds.has(question.id)
				? `the id is already used by another question`
				: undefined) ??
			(context.factIds.has(fact.id)
				? `its fact id "${fact.id}" is already used by a generated fact`
				: undefined) ??
			(facts.has(fact.id) && JSON.stringify(facts.get(fact.id)) !== JSON.stringify(fact)
				? `its fact id "${fact.id}" is used by another added fact with different content`
				: undefined) ??
			spanProblem(fact.source, context.body) ??
			spanProblem(question.source, context.body) ??
			(normalize(context.body.slice(fact.source.start, fact.source.end)).includes(
				normalize(fact.answer)
			)
				? undefined
				: `the fact's answer "${fact.answer}" is not in its source (offsets ${fact.source.start}–${fact.source.end})`);
		if (problem) {
			outcome.problems.push(`${question.id}: ${problem}`);
			return;
		}
		if (!facts.has(fact.id)) {
			facts.set(fact.id, fact);
			outcome.facts.push(fact);
		}
		questionIds.add(question.id);
		outcome.questions.push(question);
		outcome.added.push(question.id);
	});
	return outcome;
}
