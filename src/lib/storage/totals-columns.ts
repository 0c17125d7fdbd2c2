import { keys } from './record-keys';
import type { ReviewRecord } from './records';
import { columnParts, idSeparator, isTotalsChange, timeSeparator } from './progress-log-checks';
import type { QuestionType } from '../schema/question-types';
import type { BankTotalsRecord } from './progress-totals';

// The running totals' keys, columns and folds (progress-totals.ts has the record's schema and
// writes): no zod here, so the progress page's light read (progress-page-glance.ts) shares them.

export const totalsPrefix = 'totals:';
export const totalsKey = (bankId: string) => `${totalsPrefix}${bankId}`;
export const totalsChangePrefix = (bankId: string) => `tdelta:${bankId}:`;
export const totalsChangeKey = (bankId: string, reviewedAt: string, reviewId: string) =>
	`${totalsChangePrefix(bankId)}${reviewedAt}:${reviewId}`;

/**
 * A bank's totals as read and updated in memory: the record's columns as plain arrays (a question
 * added is a push), index `i` of each for the question `ids[i]`.
 */
export interface BankTotals {
	bankId: string;
	newest: string | null;
	undone: number;
	totalTimeMs: number;
	ids: string[];
	types: QuestionType[];
	total: number[];
	correct: number[];
	right: boolean[];
	lastAt: string[];
	lastId: string[];
}

/** The totals to store. */
export function totalsRecord(t: BankTotals): BankTotalsRecord {
	const typeNames = [...new Set(t.types)];
	return {
		v: 3,
		bankId: t.bankId,
		newest: t.newest,
		undone: t.undone,
		totalTimeMs: t.totalTimeMs,
		ids: t.ids,
		typeNames,
		types: Uint8Array.from(t.types, (type) => typeNames.indexOf(type)),
		total: Uint32Array.from(t.total),
		correct: Uint32Array.from(t.correct),
		right: Uint8Array.from(t.right, Number),
		lastAt: t.lastAt.join(timeSeparator),
		lastId: t.lastId.join(idSeparator)
	};
}

/** The stored totals to read and update (the record is left as it is). */
export function totalsOfRecord(r: BankTotalsRecord): BankTotals {
	const n = r.ids.length;
	const names = r.typeNames as QuestionType[];
	return {
		bankId: r.bankId,
		newest: r.newest,
		undone: r.undone,
		totalTimeMs: r.totalTimeMs,
		ids: [...r.ids],
		types: Array.from(r.types, (i) => names[i]!),
		total: Array.from(r.total),
		correct: Array.from(r.correct),
		right: Array.from(r.right, Boolean),
		lastAt: columnParts(r.lastAt, timeSeparator, n),
		lastId: columnParts(r.lastId, idSeparator, n)
	};
}

/** Totals of no answers. */
export const noTotals = (bankId: string, newest: string | null, undone: number): BankTotals => ({
	bankId,
	newest,
	undone,
	totalTimeMs: 0,
	ids: [],
	types: [],
	total: [],
	correct: [],
	right: [],
	lastAt: [],
	lastId: []
});

/** The review key a change stands for. */
export const changeReviewKey = (bankId: string, changeKey: IDBValidKey) =>
	keys.reviewPrefix(bankId) + String(changeKey).slice(totalsChangePrefix(bankId).length);

/**
 * The totals with the changes of their `tdelta:` key range (keys and values, in key order) folded
 * in, or undefined when a change is not one this version reads (the record is then rebuilt). The
 * totals are changed in place.
 */
export function foldTotals(
	totals: BankTotals,
	changeKeys: readonly IDBValidKey[],
	changes: readonly unknown[]
): BankTotals | undefined {
	const prefix = totalsChangePrefix(totals.bankId);
	for (let i = 0; i < changes.length; i++) {
		const answer = answerOfChange(changes[i], changeKeys[i]!, prefix);
		if (!answer) return undefined;
		totals.newest = laterKey(
			totals.newest,
			`${keys.reviewPrefix(totals.bankId)}${answer.reviewedAt}:${answer.id}`
		);
		addAnswer(totals, answer);
	}
	return totals;
}

/** Each totals' position of each question, built when first needed. */
const positions = new WeakMap<BankTotals, Map<string, number>>();

/** Where `questionId` is in the columns of `totals`, if it has answers. */
export function questionIndex(totals: BankTotals, questionId: string): number | undefined {
	let index = positions.get(totals);
	if (!index) {
		index = new Map(totals.ids.map((id, i) => [id, i]));
		positions.set(totals, index);
	}
	return index.get(questionId);
}

/** Takes question `i` out of the columns (its last answer undone). */
export function dropQuestion(totals: BankTotals, i: number): void {
	for (const column of [
		totals.ids,
		totals.types,
		totals.total,
		totals.correct,
		totals.right,
		totals.lastAt,
		totals.lastId
	])
		column.splice(i, 1);
	positions.delete(totals);
}

type Answer = Pick<
	ReviewRecord,
	'questionId' | 'questionType' | 'correct' | 'durationMs' | 'reviewedAt' | 'id'
>;

/** The answer a totals change stands for: its key (`<prefix><reviewedAt>:<id>`) and its value. */
function answerOfChange(change: unknown, key: IDBValidKey, prefix: string): Answer | undefined {
	if (!isTotalsChange(change)) return undefined;
	const rest = String(key).slice(prefix.length);
	const colon = rest.lastIndexOf(':');
	if (colon < 0) return undefined;
	return {
		questionId: change.questionId,
		questionType: change.type,
		correct: change.correct,
		durationMs: change.durationMs,
		reviewedAt: rest.slice(0, colon),
		id: rest.slice(colon + 1)
	};
}

/** Counts one answer in (it is in the log and not undone). */
export function addAnswer(totals: BankTotals, review: Answer): void {
	totals.totalTimeMs += review.durationMs;
	const i = questionIndex(totals, review.questionId);
	if (i === undefined) {
		positions.get(totals)!.set(review.questionId, totals.ids.length);
		totals.ids.push(review.questionId);
		totals.types.push(review.questionType);
		totals.total.push(1);
		totals.correct.push(review.correct ? 1 : 0);
		totals.right.push(review.correct);
		totals.lastAt.push(review.reviewedAt);
		totals.lastId.push(review.id);
		return;
	}
	totals.total[i]!++;
	if (review.correct) totals.correct[i]!++;
	const at = totals.lastAt[i]!;
	if (review.reviewedAt > at || (review.reviewedAt === at && review.id > totals.lastId[i]!)) {
		totals.lastAt[i] = review.reviewedAt;
		totals.lastId[i] = review.id;
		totals.right[i] = review.correct;
		totals.types[i] = review.questionType;
	}
}

/** The totals of one bank computed from its whole log: the reference the running ones equal. */
export function totalsOf(
	bankId: string,
	reviews: readonly ReviewRecord[],
	undone: ReadonlySet<string>,
	undoRecords: number,
	newest = newestKey(reviews)
): BankTotals {
	const totals = noTotals(bankId, newest, undoRecords);
	for (const review of reviews) if (!undone.has(review.id)) addAnswer(totals, review);
	return totals;
}

const reviewKeyOf = (r: ReviewRecord) => keys.review(r.bankId, r.reviewedAt, r.id);

/** The greatest of `a` and `b`, either of which may be missing. */
export const laterKey = (a: string | null, b: string | null) =>
	a === null ? b : b === null ? a : a > b ? a : b;

function newestKey(reviews: readonly ReviewRecord[]): string | null {
	let newest: string | null = null;
	for (const r of reviews) newest = laterKey(newest, reviewKeyOf(r));
	return newest;
}

/** The bank's review keys after `newest`: empty when the totals have taken in the whole log. */
export function keysAfter(bankId: string, newest: string | null): IDBKeyRange {
	const prefix = keys.reviewPrefix(bankId);
	return IDBKeyRange.bound(newest ?? prefix, prefix + '\uffff', newest !== null);
}
