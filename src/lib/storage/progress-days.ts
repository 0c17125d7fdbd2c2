import { z } from '../schema/zod-mini';
import { readBankRecord, type RecordPolicy } from './policy';
import { isAnswerDaysRecord, quartersAgree } from './progress-log-checks';
import { daysKey, move, quarterOf } from './answer-days';
import { RecordId, keys, type ReviewRecord } from './records';

export * from './answer-days';
import type { Guard } from './progress-transaction';

// When a bank's answers were given, for the streak: how many answers not undone fall in each
// quarter hour (UTC). Quarter hours, not days, because every time zone in use is a whole number of
// quarter hours from UTC: the streak is counted in the device's time zone when read, whatever it
// was when the answers were stored. A long streak is then one small record plus a short key range
// instead of one review read per day. The record's changes are the log itself: the review keys
// after `newest` (each holds its review's time), folded in when read and written back once more
// than `foldAfter` wait, so an answer in time order writes nothing here; one stored before a later
// review (a lagging clock) is counted into the record at once. Undos and merges keep it inside their
// transactions. Like the totals, a missing, unreadable or stale record (its undo records do not
// match) is rebuilt from the review keys.

const count = z.int().check(z.nonnegative());

export const AnswerDaysRecord = z
	.strictObject({
		v: z.literal(2),
		bankId: RecordId,
		/** The greatest review key of the bank's log taken in (see the totals). */
		newest: z.nullable(z.string()),
		/** Undo records of the bank taken in. */
		undone: count,
		/** Quarter hours since 1970 with answers not undone, ascending. */
		quarters: z.instanceof(Int32Array),
		/** How many answers not undone each of `quarters` holds. */
		counts: z.instanceof(Uint32Array)
	})
	.check(
		z.refine(
			(r) => quartersAgree(r.quarters, r.counts),
			'quarters must be ascending, one positive count each'
		)
	);
export type AnswerDaysRecord = z.infer<typeof AnswerDaysRecord>;

/** Fits a whole number column of a version-1 record into a typed array, or throws. */
function column<T extends Int32Array | Uint32Array>(
	values: unknown,
	make: (n: number) => T,
	min: number,
	max: number
): T {
	if (!Array.isArray(values)) throw new Error('not a list');
	const out = make(values.length);
	values.forEach((v: unknown, i) => {
		if (!Number.isSafeInteger(v) || (v as number) < min || (v as number) > max)
			throw new Error(`${String(v)} does not fit`);
		out[i] = v as number;
	});
	return out;
}

/**
 * Version 1 held the quarters and counts as plain lists; version 2 holds them as typed arrays,
 * which the progress page reads back some ten times faster (a year of answers is some 35,000 of
 * each). The numbers are the same; a quarter outside 32 bits (year 61,000) leaves the record to be
 * rebuilt from the log.
 */
export const daysPolicy: RecordPolicy<AnswerDaysRecord> = {
	version: 2,
	schema: AnswerDaysRecord,
	migrations: [
		() => {
			throw new Error('unversioned answer days are rebuilt from the log');
		},
		(r: Record<string, unknown>) => ({
			...r,
			v: 2,
			quarters: column(r.quarters, (n) => new Int32Array(n), -(2 ** 31), 2 ** 31 - 1),
			counts: column(r.counts, (n) => new Uint32Array(n), 0, 2 ** 32 - 1)
		})
	]
};

/** The stored record of `bankId` when it is readable and belongs to that bank. */
export function validDays(raw: unknown, bankId: string): AnswerDaysRecord | undefined {
	return readBankRecord(daysPolicy, raw, bankId, isAnswerDaysRecord);
}

/** The record of a bank's log computed whole: the reference the running one always equals. */
export function daysOf(
	bankId: string,
	reviews: Iterable<Pick<ReviewRecord, 'reviewedAt' | 'id'>>,
	undone: ReadonlySet<string>,
	undoRecords: number,
	newest: string | null
): AnswerDaysRecord {
	const byQuarter = new Map<number, number>();
	for (const r of reviews) {
		if (undone.has(r.id)) continue;
		const q = quarterOf(r.reviewedAt);
		byQuarter.set(q, (byQuarter.get(q) ?? 0) + 1);
	}
	const quarters = Int32Array.from(byQuarter.keys()).sort();
	return {
		v: 2,
		bankId,
		newest,
		undone: undoRecords,
		quarters,
		counts: Uint32Array.from(quarters, (q) => byQuarter.get(q)!)
	};
}

/**
 * Inside a new answer's transaction: an answer stored after every review of the bank is left to
 * the next read, which folds the keys after the record's newest; one stored before a later review
 * is counted into the record now, when the record has taken that later one in.
 */
export function putAnswerDays(
	s: IDBObjectStore,
	guard: Guard,
	review: ReviewRecord,
	reviewKey: string,
	laterReq: IDBRequest<IDBCursor | null>
): void {
	if (laterReq.result === null) return;
	const { bankId } = review;
	const daysReq = s.get(daysKey(bankId));
	daysReq.onsuccess = guard(() => {
		const days = validDays(daysReq.result, bankId);
		if (!days || days.newest === null || reviewKey > days.newest) return;
		move(days, quarterOf(review.reviewedAt), 1);
		s.put(days, daysKey(bankId));
	});
}

/**
 * For putAnswerDays, asked with an answer's first reads so the answer costs no extra round trip:
 * whether the bank holds a review stored after `reviewKey` (done by the time the card is read).
 */
export const requestLaterReview = (
	s: IDBObjectStore,
	bankId: string,
	reviewKey: string
): IDBRequest<IDBCursor | null> =>
	s.openKeyCursor(IDBKeyRange.bound(reviewKey, keys.reviewPrefix(bankId) + '\uffff', true));

/** Takes an undone answer out of the stored record inside the undo's transaction. */
export function putUndoDays(
	s: IDBObjectStore,
	raw: unknown,
	review: ReviewRecord,
	reviewKey: string
): void {
	const days = validDays(raw, review.bankId);
	if (!days) return;
	days.undone++;
	// Not taken in yet: the read that folds it will find its undo record.
	const taken = days.newest !== null && reviewKey <= days.newest;
	if (!taken || move(days, quarterOf(review.reviewedAt), -1)) s.put(days, daysKey(review.bankId));
	else s.delete(daysKey(review.bankId));
}
