import { questionTypes } from '../schema/question-types';
import { z } from '../schema/zod-mini';
import { isoDayStart, localDay } from './stats';
import { readVersioned, type RecordPolicy } from './policy';
import { RecordId, keys, prefixRange, readRecord, type ReviewRecord } from './records';
import { columnsAgree, isBankTotalsRecord, timeSeparator } from './progress-log-checks';
import {
	dropQuestion,
	foldTotals,
	noTotals,
	questionIndex,
	totalsChangeKey,
	totalsChangePrefix,
	totalsKey,
	totalsOfRecord,
	totalsRecord,
	type BankTotals
} from './totals-columns';

export * from './totals-columns';
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
 *
 * The record holds every question of the bank, so it is stored in columns (typed arrays and a few
 * strings) rather than one object per question: IndexedDB reads 20,000 questions so stored in a
 * few milliseconds, against more than a hundred as objects.
 */

export const BankTotalsRecord = z
	.strictObject({
		v: z.literal(3),
		bankId: RecordId,
		/**
		 * The greatest review key of the bank's log these totals have taken in: a review stored after
		 * it by a tab that did not keep the totals shows they are behind.
		 */
		newest: z.nullable(z.string()),
		/** Undo records of the bank: checked against the undo records read with the figures. */
		undone: z.int().check(z.nonnegative()),
		totalTimeMs: z.number().check(z.nonnegative()),
		/** The questions with answers not undone; the columns below hold one entry for each. */
		ids: z.array(RecordId),
		/** The question types `types` points into. */
		typeNames: z.array(z.enum(questionTypes)),
		/** The type stored with its latest answer (the bank's own type wins when it still has it). */
		types: z.instanceof(Uint8Array),
		total: z.instanceof(Uint32Array),
		correct: z.instanceof(Uint32Array),
		/** The latest answer not undone, in time order: right (1) or not (0), its time, its review id. */
		right: z.instanceof(Uint8Array),
		lastAt: z.string(),
		lastId: z.string()
	})
	.check(z.refine(columnsAgree, 'the columns do not agree'));
export type BankTotalsRecord = z.infer<typeof BankTotalsRecord>;

/** Version 2: one object per question (as version 1, which every answer rewrote whole). */
const BankTotalsRecordV2 = z.strictObject({
	v: z.literal(2),
	bankId: RecordId,
	newest: z.nullable(z.string()),
	undone: z.int().check(z.nonnegative()),
	totalTimeMs: z.number().check(z.nonnegative()),
	questions: z.record(
		RecordId,
		z.strictObject({
			type: z.enum(questionTypes),
			total: z.int().check(z.nonnegative()),
			correct: z.int().check(z.nonnegative()),
			last: z.tuple([z.string(), RecordId, z.boolean()])
		})
	)
});

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
 * Version 1 had the same fields as 2 and was rewritten whole by every answer; version 2 also has
 * `tdelta:` changes beside it, which a version-1 tab would neither read nor delete (its rebuild
 * would count them twice), hence the step: such a tab leaves a later record to this one. Version
 * 3 holds version 2's questions in columns.
 */
export const totalsPolicy: RecordPolicy<BankTotalsRecord> = {
	version: 3,
	schema: BankTotalsRecord,
	migrations: [
		() => {
			throw new Error('unversioned totals are rebuilt from the log');
		},
		(r: Record<string, unknown>) => ({ ...r, v: 2 }),
		(r: Record<string, unknown>) => {
			const v2 = BankTotalsRecordV2.parse(r);
			const totals = noTotals(v2.bankId, v2.newest, v2.undone);
			totals.totalTimeMs = v2.totalTimeMs;
			for (const [id, q] of Object.entries(v2.questions)) {
				totals.ids.push(id);
				totals.types.push(q.type);
				totals.total.push(q.total);
				totals.correct.push(q.correct);
				totals.lastAt.push(q.last[0]);
				totals.lastId.push(q.last[1]);
				totals.right.push(q.last[2]);
			}
			// A time holding the separator would not come back apart: such a record is rebuilt.
			if (totals.lastAt.some((at) => at.includes(timeSeparator)))
				throw new Error('a time holds a comma');
			return totalsRecord(totals);
		}
	]
};

/**
 * The stored totals of `bankId` when they are readable and belong to that bank; `migrated` when
 * they were stored at an earlier version, `ownsChanges` unless at version 1 (no changes can belong
 * to such a record: with any, it is rebuilt).
 */
export function readTotals(
	raw: unknown,
	bankId: string
): { totals: BankTotals; migrated: boolean; ownsChanges: boolean } | undefined {
	if (raw === undefined) return undefined;
	if (isBankTotalsRecord(raw))
		return raw.bankId === bankId
			? { totals: totalsOfRecord(raw), migrated: false, ownsChanges: true }
			: undefined;
	const read = readVersioned(totalsPolicy, raw);
	return read.ok && read.value.bankId === bankId
		? {
				totals: totalsOfRecord(read.value),
				migrated: read.migrated,
				ownsChanges: (raw as { v?: unknown }).v !== 1
			}
		: undefined;
}

/** The stored totals of `bankId` when they are readable and belong to that bank. */
export function validTotals(raw: unknown, bankId: string): BankTotals | undefined {
	return readTotals(raw, bankId)?.totals;
}

/**
 * The newest review key the stored totals of `bankId` took in, looked up without checking the
 * whole record (whoever uses the totals checks them): a record that is not readable gives none.
 */
export function totalsNewest(raw: unknown, bankId: string): { newest: string | null } | undefined {
	const r = raw as Partial<BankTotalsRecord> | null | undefined;
	if (r && typeof r === 'object' && r.v === totalsPolicy.version && r.bankId === bankId) {
		const { newest } = r;
		if (newest === null || typeof newest === 'string') return { newest };
	}
	return validTotals(raw, bankId);
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
	if (!read.ownsChanges && stored.changes.length > 0) return drop();
	const totals = foldTotals(read.totals, stored.changeKeys, stored.changes);
	if (!totals) return drop();
	const i = questionIndex(totals, review.questionId);
	if (i === undefined || totals.total[i]! < 1 || (review.correct && totals.correct[i]! < 1))
		return drop();
	totals.undone++;
	totals.totalTimeMs = Math.max(0, totals.totalTimeMs - review.durationMs);
	totals.total[i]!--;
	if (review.correct) totals.correct[i]!--;
	const save = () => {
		s.put(totalsRecord(totals), totalsKey(bankId));
		deleteTotalsChanges(s, bankId);
	};
	if (totals.lastId[i] !== review.id) return save();
	if (totals.total[i] === 0) {
		dropQuestion(totals, i);
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
						totals.lastAt[i] = earlier.reviewedAt;
						totals.lastId[i] = earlier.id;
						totals.right[i] = earlier.correct;
						totals.types[i] = earlier.questionType;
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
