import { questionTypes } from '../schema/question-types';
import { z } from '../schema/zod-mini';
import { isoDayStart, localDay } from './stats';
import { readVersioned, type RecordPolicy } from './policy';
import { RecordId, keys, prefixRange, readRecord, type ReviewRecord } from './records';
import { isBankTotalsRecord, isTotalsChange } from './progress-log-checks';
import type { Guard } from './progress-transaction';

/*
 * A bank's running totals over its review log (answers, right answers, time, each question's
 * latest answer), kept in step with the log, so the progress page and "only what I got wrong" read
 * a few records instead of the whole log. Like the due index, they are a record and its changes:
 *   totals:<bankId>                         BankTotalsRecord: the totals as last folded
 *   tdelta:<bankId>:<isoTime>:<reviewId>    TotalsChange: one answer since then
 * An answer writes one change (a few fields, whatever the size of the bank) when the record
 * exists; a read folds the changes over the record, and once there are more than `foldAfter` of
 * them writes the folded record back and deletes them. An undo or a merge folds them first and
 * rewrites the record. A missing, unreadable or stale record (an older version of Factdeck, a tab
 * that wrote without them) is rebuilt from the log once, which deletes the changes with it: a
 * change is always either in the record or beside it, never both.
 */

export const totalsPrefix = 'totals:';
export const totalsKey = (bankId: string) => `${totalsPrefix}${bankId}`;
export const totalsChangePrefix = (bankId: string) => `tdelta:${bankId}:`;
export const totalsChangeKey = (bankId: string, reviewedAt: string, reviewId: string) =>
	`${totalsChangePrefix(bankId)}${reviewedAt}:${reviewId}`;

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
	v: z.literal(2),
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

/** One answer the record has not taken in yet: its time and id are in its key. */
export const TotalsChange = z.strictObject({
	v: z.literal(1),
	questionId: RecordId,
	type: z.enum(questionTypes),
	correct: z.boolean(),
	durationMs: z.number().check(z.nonnegative())
});
export type TotalsChange = z.infer<typeof TotalsChange>;

/**
 * Version 1 had the same fields and was rewritten whole by every answer; version 2 also has
 * `tdelta:` changes beside it, which a version-1 tab would neither read nor delete (its rebuild
 * would count them twice), hence the step: such a tab leaves a version-2 record to this one.
 */
export const totalsPolicy: RecordPolicy<BankTotalsRecord> = {
	version: 2,
	schema: BankTotalsRecord,
	migrations: [
		() => {
			throw new Error('unversioned totals are rebuilt from the log');
		},
		(r: Record<string, unknown>) => ({ ...r, v: 2 })
	]
};

/**
 * The stored totals of `bankId` when they are readable and belong to that bank; `migrated` when
 * they were stored at version 1 (no changes can belong to such a record: with any, it is rebuilt).
 */
export function readTotals(
	raw: unknown,
	bankId: string
): { totals: BankTotalsRecord; migrated: boolean } | undefined {
	if (raw === undefined) return undefined;
	if (isBankTotalsRecord(raw))
		return raw.bankId === bankId ? { totals: raw, migrated: false } : undefined;
	const read = readVersioned(totalsPolicy, raw);
	return read.ok && read.value.bankId === bankId
		? { totals: read.value, migrated: read.migrated }
		: undefined;
}

/** The stored totals of `bankId` when they are readable and belong to that bank. */
export function validTotals(raw: unknown, bankId: string): BankTotalsRecord | undefined {
	return readTotals(raw, bankId)?.totals;
}

/** The review key a change stands for. */
export const changeReviewKey = (bankId: string, changeKey: IDBValidKey) =>
	keys.reviewPrefix(bankId) + String(changeKey).slice(totalsChangePrefix(bankId).length);

/**
 * The totals with the changes of their `tdelta:` key range (keys and values, in key order) folded
 * in, or undefined when a change is not one this version reads (the record is then rebuilt). The
 * stored record `totals` is changed in place.
 */
export function foldTotals(
	totals: BankTotalsRecord,
	changeKeys: readonly IDBValidKey[],
	changes: readonly unknown[]
): BankTotalsRecord | undefined {
	const prefix = totalsChangePrefix(totals.bankId);
	for (let i = 0; i < changes.length; i++) {
		const change = changes[i];
		if (!isTotalsChange(change)) return undefined;
		const rest = String(changeKeys[i]).slice(prefix.length);
		const colon = rest.lastIndexOf(':');
		if (colon < 0) return undefined;
		const reviewedAt = rest.slice(0, colon);
		const id = rest.slice(colon + 1);
		totals.newest = laterKey(totals.newest, keys.reviewPrefix(totals.bankId) + rest);
		addAnswer(totals, {
			questionId: change.questionId,
			questionType: change.type,
			correct: change.correct,
			durationMs: change.durationMs,
			reviewedAt,
			id
		});
	}
	return totals;
}

const later = (a: readonly [string, string, boolean], at: string, id: string) =>
	at > a[0] || (at === a[0] && id > a[1]);

type Answer = Pick<
	ReviewRecord,
	'questionId' | 'questionType' | 'correct' | 'durationMs' | 'reviewedAt' | 'id'
>;

/** Counts one answer in (it is in the log and not undone). */
export function addAnswer(totals: BankTotalsRecord, review: Answer): void {
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
		v: 2,
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

/**
 * Records a new answer for the bank's totals inside its transaction, given whether the totals
 * record exists (`hasTotals`, counted rather than read: the record holds every question of the
 * bank): one small change beside it. Without a record there is nothing to keep: it is built from
 * the log when first read.
 */
export function putAnswerTotals(s: IDBObjectStore, hasTotals: boolean, review: ReviewRecord): void {
	if (!hasTotals) return;
	const change: TotalsChange = {
		v: 1,
		questionId: review.questionId,
		type: review.questionType,
		correct: review.correct,
		durationMs: review.durationMs
	};
	s.put(change, totalsChangeKey(review.bankId, review.reviewedAt, review.id));
}

/** Deletes the bank's totals changes: they are in the record just written, or it is dropped. */
export function deleteTotalsChanges(s: IDBObjectStore, bankId: string): void {
	s.delete(prefixRange(totalsChangePrefix(bankId)));
}

/** The bank's totals record as stored, with its changes (keys and values, in key order). */
export interface StoredTotals {
	raw: unknown;
	changeKeys: readonly IDBValidKey[];
	changes: readonly unknown[];
}

/** Asks for the bank's stored totals and changes inside `s`; `done` has them all. */
export function requestTotals(
	s: IDBObjectStore,
	guard: Guard,
	bankId: string,
	done: (stored: StoredTotals) => void
): void {
	const rawReq = s.get(totalsKey(bankId));
	const range = prefixRange(totalsChangePrefix(bankId));
	const keysReq = s.getAllKeys(range);
	const changesReq = s.getAll(range);
	changesReq.onsuccess = guard(() =>
		done({ raw: rawReq.result, changeKeys: keysReq.result, changes: changesReq.result })
	);
}

/**
 * Takes an undone answer out of the stored totals inside the undo's transaction, their changes
 * folded in first and written back with them. When it was its question's latest, the one before
 * is found along the fact's chain of reviews (each names the one before it); where that chain is
 * broken the totals are dropped, to be rebuilt when read.
 */
export function putUndoTotals(
	s: IDBObjectStore,
	guard: Guard,
	stored: StoredTotals,
	review: ReviewRecord
): void {
	const { bankId } = review;
	const read = readTotals(stored.raw, bankId);
	// Missing, unreadable or a newer version's: left to the next read (or to that version).
	if (!read) return;
	const drop = () => {
		s.delete(totalsKey(bankId));
		deleteTotalsChanges(s, bankId);
	};
	if (read.migrated && stored.changes.length > 0) return drop();
	const totals = foldTotals(read.totals, stored.changeKeys, stored.changes);
	if (!totals) return drop();
	const q = totals.questions[review.questionId];
	if (!q || q.total < 1 || (review.correct && q.correct < 1)) return drop();
	totals.undone++;
	totals.totalTimeMs = Math.max(0, totals.totalTimeMs - review.durationMs);
	q.total--;
	if (review.correct) q.correct--;
	const save = () => {
		s.put(totals, totalsKey(bankId));
		deleteTotalsChanges(s, bankId);
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
