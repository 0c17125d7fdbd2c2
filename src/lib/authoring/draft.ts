// The teacher's review session on /teach/new as plain data and functions: no Svelte, no
// generator (buildBank runs it through run-generator, in a worker). A Draft is JSON, so a
// page can hold it in $state and the functions below mutate it in place.
import type { GenerateResult, Stage } from '../generate/index';
import type { Article, Span } from '../schema/article';
import type { Fact } from '../schema/bank';
import { Question } from '../schema/question';
import type { Addition, Decision, QuestionEdit, Review } from '../schema/review';
import { describeIssue, plain, validate } from './draft-check';
import { runGenerator, GeneratorError } from './run-generator';

export type { QuestionEdit };
export {
	addFromForm,
	addFromSelection,
	findAnswer,
	type AddableType,
	type AddForm,
	type SelectionFields
} from './draft-selection';
export { gapAnswerProblem, unchanged } from './draft-check';
const editKeys = ['prompt', 'answer', 'options', 'accept', 'explanation'] as const;

export interface Draft {
	article: Article;
	/** The generator's questions before review, in its order. */
	raw: Question[];
	/** Every fact the generator found. */
	facts: Fact[];
	/** Ids of rejected generated questions. */
	rejected: string[];
	/** Changes to generated questions, only the fields that differ from the generator's. */
	edits: Record<string, QuestionEdit>;
	/** The teacher's notes, by question id; written into the review with its decision. */
	notes: Record<string, string>;
	/** Questions the teacher wrote from a selection, in the order added. */
	additions: Addition[];
	/** What the generator warned of: text not in English, passages it did not read. */
	warnings?: string[];
}

export type Outcome = { ok: true } | { ok: false; message: string };
export type AddOutcome = { ok: true; id: string } | { ok: false; message: string };

export type QuestionStatus = 'kept' | 'rejected' | 'edited' | 'added';

export interface DraftQuestion {
	id: string;
	status: QuestionStatus;
	/** The question as the bank will have it, edits applied (for a rejected one: if restored). */
	question: Question;
	/** The generator's version, for generated questions. */
	original?: Question;
	fact?: Fact;
	/** The span of the body the question comes from, and its text, for highlighting. */
	source: Span;
	quote: string;
	note?: string;
}

/** A draft of the generator's first result: every question kept, nothing edited or added. */
export function createDraft(article: Article, result: GenerateResult): Draft {
	return {
		article: plain(article),
		raw: plain(result.report.raw),
		facts: plain(result.report.allFacts),
		rejected: [],
		edits: {},
		notes: {},
		additions: [],
		...(result.bank.warnings.length ? { warnings: [...result.bank.warnings] } : {})
	};
}

/**
 * Takes over the decisions and additions of a saved review (to go on editing a local bank).
 * Returns what could not be taken over, one message each.
 */
export function loadReview(draft: Draft, review: Review): string[] {
	const problems: string[] = [];
	for (const [id, decision] of Object.entries(review.decisions)) {
		if (!findRaw(draft, id)) {
			problems.push(`${id}: the generator no longer writes this question`);
			continue;
		}
		const { action, note, ...fields } = decision as Decision & QuestionEdit;
		const outcome = action === 'reject' ? reject(draft, id, note) : edit(draft, id, fields);
		if (!outcome.ok) problems.push(`${id}: ${outcome.message}`);
		else if (note) draft.notes[id] = note;
	}
	for (const addition of review.additions ?? []) {
		const id = addition.question.id;
		const taken =
			findRaw(draft, id) ||
			findAddition(draft, id) !== undefined ||
			draft.facts.some((f) => f.id === addition.fact.id);
		const checked = Question.safeParse(addition.question);
		if (taken) problems.push(`${id}: its id or its fact's id is already taken`);
		else if (!checked.success) problems.push(`${id}: ${describeIssue(checked.error.issues[0])}`);
		else {
			draft.additions.push(plain(addition));
			if (addition.note) draft.notes[id] = addition.note;
		}
	}
	return problems;
}

const findRaw = (draft: Draft, id: string) => draft.raw.find((q) => q.id === id);
const findAddition = (draft: Draft, id: string) => {
	const index = draft.additions.findIndex((a) => a.question.id === id);
	return index < 0 ? undefined : index;
};
const unknown = (id: string): Outcome => ({ ok: false, message: `There is no question “${id}”.` });

export function reject(draft: Draft, id: string, note?: string): Outcome {
	if (findAddition(draft, id) !== undefined)
		return { ok: false, message: 'This question was added by hand: remove it instead.' };
	if (!findRaw(draft, id)) return unknown(id);
	if (!draft.rejected.includes(id)) draft.rejected.push(id);
	if (note?.trim()) draft.notes[id] = note.trim();
	return { ok: true };
}

/** Takes a rejected question back, with any edits it had. */
export function restore(draft: Draft, id: string): Outcome {
	if (!findRaw(draft, id)) return unknown(id);
	draft.rejected = draft.rejected.filter((r) => r !== id);
	return { ok: true };
}

/** Sets or clears (`''`) the teacher's note on a question. */
export function setNote(draft: Draft, id: string, note: string): Outcome {
	if (!findRaw(draft, id) && findAddition(draft, id) === undefined) return unknown(id);
	if (note.trim()) draft.notes[id] = note.trim();
	else delete draft.notes[id];
	return { ok: true };
}

const trimEdit = (fields: QuestionEdit): QuestionEdit => {
	const out: QuestionEdit = {};
	for (const key of editKeys) {
		const value = fields[key];
		if (value === undefined) continue;
		Object.assign(out, {
			[key]: Array.isArray(value) ? value.map((v) => v.trim()) : (value as string).trim()
		});
	}
	return out;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes some fields of a question (generated or added), validated as the bank will validate it.
 * On a generated question, only fields that differ from the generator's are kept as the edit, so
 * changing a field back undoes that part of the edit. Nothing changes when the result is invalid.
 */
export function edit(draft: Draft, id: string, fields: QuestionEdit): Outcome {
	const changes = trimEdit(fields);
	const added = findAddition(draft, id);
	if (added !== undefined) {
		const addition = draft.additions[added]!;
		const checked = validate({ ...addition.question, ...changes });
		if (!checked.ok) return checked;
		addition.question = checked.question;
		return { ok: true };
	}
	const original = findRaw(draft, id);
	if (!original) return unknown(id);
	const merged = { ...draft.edits[id], ...changes };
	const checked = validate({ ...original, ...merged });
	if (!checked.ok) return checked;
	const kept: QuestionEdit = {};
	for (const key of editKeys) {
		const value = merged[key];
		if (value !== undefined && !same(value, (original as QuestionEdit)[key]))
			Object.assign(kept, { [key]: value });
	}
	if (Object.keys(kept).length) draft.edits[id] = kept;
	else delete draft.edits[id];
	return { ok: true };
}

/** Drops every edit of a generated question. */
export function revertEdits(draft: Draft, id: string): Outcome {
	if (!findRaw(draft, id)) return unknown(id);
	delete draft.edits[id];
	return { ok: true };
}

export function removeAddition(draft: Draft, id: string): Outcome {
	const index = findAddition(draft, id);
	if (index === undefined) return unknown(id);
	draft.additions.splice(index, 1);
	delete draft.notes[id];
	return { ok: true };
}

/** The review file this draft amounts to: what the CLI needs to rebuild the same bank. */
export function toReview(draft: Draft): Review {
	const decisions: Record<string, Decision> = {};
	const ids = draft.raw.map((q) => q.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	for (const id of ids) {
		const note = draft.notes[id];
		const withNote = note ? { note } : {};
		if (draft.rejected.includes(id)) decisions[id] = { action: 'reject', ...withNote };
		else if (draft.edits[id])
			decisions[id] = { action: 'edit', ...plain(draft.edits[id]), ...withNote };
	}
	const additions = draft.additions.map((a) => {
		const note = draft.notes[a.question.id];
		return { fact: plain(a.fact), question: plain(a.question), ...(note ? { note } : {}) };
	});
	return { version: 1, decisions, ...(additions.length ? { additions } : {}) };
}

/** Every question of the draft, generated ones first, with its status and source for display. */
export function draftQuestions(draft: Draft): DraftQuestion[] {
	const body = draft.article.body;
	const facts = new Map(draft.facts.map((f) => [f.id, f]));
	const entry = (
		question: Question,
		status: QuestionStatus,
		original: Question | undefined,
		fact: Fact | undefined
	): DraftQuestion => {
		const note = draft.notes[question.id];
		return {
			id: question.id,
			status,
			question,
			...(original ? { original } : {}),
			...(fact ? { fact } : {}),
			source: question.source,
			quote: body.slice(question.source.start, question.source.end),
			...(note ? { note } : {})
		};
	};
	return [
		...draft.raw.map((q) => {
			const changes = draft.edits[q.id];
			const status: QuestionStatus = draft.rejected.includes(q.id)
				? 'rejected'
				: changes
					? 'edited'
					: 'kept';
			const question = changes ? ({ ...q, ...changes } as Question) : q;
			return entry(question, status, q, facts.get(q.factId));
		}),
		...draft.additions.map((a) => entry(a.question, 'added', undefined, a.fact))
	];
}

/** How many questions the bank would have. */
export function keptCount(draft: Draft): number {
	return draft.raw.filter((q) => !draft.rejected.includes(q.id)).length + draft.additions.length;
}

export type BuildOutcome =
	{ ok: true; result: GenerateResult; review: Review } | { ok: false; message: string };

export interface BuildOptions {
	onProgress?: (stage: Stage, fraction: number) => void;
	signal?: AbortSignal;
}

/**
 * The bank this draft makes: exactly what generateBank(article, { review: toReview(draft) })
 * returns, run through runGenerator (a worker in the browser), with the review it applied.
 */
export async function buildBank(draft: Draft, options: BuildOptions = {}): Promise<BuildOutcome> {
	if (keptCount(draft) === 0)
		return {
			ok: false,
			message: 'Every question is rejected. Keep or add at least one question to make a bank.'
		};
	const review = toReview(draft);
	try {
		const result = await runGenerator(draft.article, { review, ...options });
		return { ok: true, result, review };
	} catch (error) {
		if (error instanceof GeneratorError) return { ok: false, message: error.message };
		throw error;
	}
}
