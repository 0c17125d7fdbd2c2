import { questionTypes } from '../schema/question-types';
import { z } from '../schema/zod-mini';
import { isoDayStart, localDay } from './stats';
import { readVersioned, type RecordPolicy } from './policy';
import { RecordId, keys, prefixRange, readRecord, type ReviewRecord } from './records';
import type { Guard } from './progress-transaction';

// A bank's running totals over its review log (answers, right answers, time, each question's
// latest answer), kept in step inside the transaction of every answer, undo and merge, so the
// progress page and "only what I got wrong" read one record instead of the whole log. A missing,
// unreadable or stale record (an older version of Factdeck, a tab that wrote without them) is
// rebuilt from the log once.

export const totalsPrefix = 'totals:';
export const totalsKey = (bankId: string) => `${totalsPrefix}${bankId}`;

const QuestionTotals = z.strictObject({
	/** The type stored with its latest answer (the bank's own type wins when it still has it). */
	type: z.enum(questionTypes),
	total: z.int().check(z.nonnegative()),
	correct: z.int().check(z.nonnegative()),
	/** The latest answer not undone, in time order: review time, review id, right or not. */
	last: z.tuple([z.string(), RecordId, z.boolean()])
});
type QuestionTotals = z.infer<typeof QuestionTotals>;

export const BankTotalsRecord = z.strictObject({
	v: z.literal(1),
	bankId: RecordId,
	/**
	 * The greatest review key of the bank's log these totals have taken in: a review stored after
	 * it by a tab that did not keep the totals shows they are behind.
	 */
	newest: z.nullable(z.string()),
	/** Undo records of the bank: checked against the undo records read with the figures. */
	undone: z.int().check(z.nonnegative()),
	totalTimeMs: z.number().check(z.nonnegative()),
	/** Answers not undone, by question id. */
	questions: z.record(RecordId, QuestionTotals)
});
export type BankTotalsRecord = z.infer<typeof BankTotalsRecord>;

/** Version 1 is the first: records from before it simply do not exist, and are rebuilt. */
export const totalsPolicy: RecordPolicy<BankTotalsRecord> = {
	version: 1,
	schema: BankTotalsRecord,
	migrations: []
};

/** The stored totals of `bankId` when they are readable and belong to that bank. */
export function validTotals(raw: unknown, bankId: string): BankTotalsRecord | undefined {
	if (raw === undefined) return undefined;
	const read = readVersioned(totalsPolicy, raw);
	return read.ok && read.value.bankId === bankId ? read.value : undefined;
}

const later = (a: readonly [string, string, boolean], at: string, id: string) =>
	at > a[0] || (at === a[0] && id > a[1]);

/** Counts one answer in (it is in the log and not undone). */
export function addAnswer(totals: BankTotalsRecord, review: ReviewRecord): void {
	totals.totalTimeMs += review.durationMs;
	const q = totals.questions[review.questionId];
	const last: QuestionTotals['last'] = [review.reviewedAt, review.id, review.correct];
	if (!q) {
		totals.questions[review.questionId] = {
			type: review.questionType,
			total: 1,
			correct: review.correct ? 1 : 0,
			last
		};
		return;
	}
	q.total++;
	if (review.correct) q.correct++;
	if (later(q.last, review.reviewedAt, review.id)) {
		q.last = last;
		q.type = review.questionType;
	}
}

/** The totals of one bank computed from its whole log: the reference the running ones equal. */
export function totalsOf(
	bankId: string,
	reviews: readonly ReviewRecord[],
	undone: ReadonlySet<string>,
	undoRecords: number,
	newest = newestKey(reviews)
): BankTotalsRecord {
	const totals: BankTotalsRecord = {
		v: 1,
		bankId,
		newest,
		undone: undoRecords,
		totalTimeMs: 0,
		questions: {}
	};
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

/** Adds a new answer to the stored totals inside its transaction; missing ones are left to a rebuild. */
export function putAnswerTotals(s: IDBObjectStore, raw: unknown, review: ReviewRecord): void {
	const totals = validTotals(raw, review.bankId);
	if (!totals) return;
	totals.newest = laterKey(totals.newest, reviewKeyOf(review));
	addAnswer(totals, review);
	s.put(totals, totalsKey(review.bankId));
}

/**
 * Takes an undone answer out of the stored totals inside the undo's transaction. When it was its
 * question's latest, the one before is found along the fact's chain of reviews (each names the
 * one before it); where that chain is broken the totals are dropped, to be rebuilt when read.
 */
export function putUndoTotals(
	s: IDBObjectStore,
	guard: Guard,
	raw: unknown,
	review: ReviewRecord
): void {
	const { bankId } = review;
	const totals = validTotals(raw, bankId);
	if (!totals) return;
	const drop = () => {
		s.delete(totalsKey(bankId));
	};
	const q = totals.questions[review.questionId];
	if (!q || q.total < 1 || (review.correct && q.correct < 1)) return drop();
	totals.undone++;
	totals.totalTimeMs = Math.max(0, totals.totalTimeMs - review.durationMs);
	q.total--;
	if (review.correct) q.correct--;
	const save = () => {
		s.put(totals, totalsKey(bankId));
	};
	if (q.last[1] !== review.id) return save();
	if (q.total === 0) {
		delete totals.questions[review.questionId];
		return save();
	}
	const undoReq = s.getAll(prefixRange(keys.undoPrefix()));
	undoReq.onsuccess = guard(() => {
		const undone = new Set<string>([review.id]);
		for (const value of undoReq.result) {
			const read = readRecord('undo', value);
			if (read.ok) undone.add(read.value.reviewId);
		}
		const walk = (before: ReviewRecord) => {
			const previousId = before.previousReviewId;
			if (previousId === null) return drop();
			const indexReq = s.get(keys.reviewIndex(previousId));
			indexReq.onsuccess = guard(() => {
				const index = readRecord('reviewIndex', indexReq.result);
				// A review a merge stored has no `rid:` record: its key is made of its time, which
				// the card it left (the state before this one) holds.
				const at = before.previous?.lastReview;
				const key = index.ok
					? index.value.key
					: at
						? keys.review(bankId, at, previousId)
						: undefined;
				if (key === undefined) return drop();
				const reviewReq = s.get(key);
				reviewReq.onsuccess = guard(() => {
					const read = readRecord('review', reviewReq.result);
					if (!read.ok || read.value.id !== previousId || read.value.factId !== review.factId)
						return drop();
					const earlier = read.value;
					if (earlier.questionId === review.questionId && !undone.has(earlier.id)) {
						q.last = [earlier.reviewedAt, earlier.id, earlier.correct];
						q.type = earlier.questionType;
						return save();
					}
					walk(earlier);
				});
			});
		};
		walk(review);
	});
}

/**
 * Consecutive local days with at least one answer not undone, ending today or yesterday, read
 * from the bank's log newest first with one cursor that jumps a day at a time: as many reads as
 * the streak is long, however long the log.
 */
export function readStreak(
	s: IDBObjectStore,
	guard: Guard,
	bankId: string,
	undone: ReadonlySet<string>,
	today: number,
	timeZoneOffsetMinutes: number,
	done: (streak: number) => void
): void {
	const prefix = keys.reviewPrefix(bankId);
	const range = IDBKeyRange.bound(prefix, prefix + isoDayStart(today + 1, timeZoneOffsetMinutes));
	const req = s.openCursor(range, 'prev');
	let streak = 0;
	let expected: number | undefined;
	req.onsuccess = guard(() => {
		const cursor = req.result;
		if (!cursor) return done(streak);
		const read = readRecord('review', cursor.value);
		if (!read.ok || undone.has(read.value.id)) return cursor.continue();
		const day = localDay(Date.parse(read.value.reviewedAt), timeZoneOffsetMinutes);
		if (expected === undefined ? day < today - 1 : day !== expected) return done(streak);
		streak++;
		expected = day - 1;
		const jump = prefix + isoDayStart(day, timeZoneOffsetMinutes);
		if (jump < String(cursor.key)) cursor.continue(jump);
		else cursor.continue();
	});
}
