import { localDay } from './card-figures';
import { keys } from './record-keys';
import type { AnswerDaysRecord } from './progress-days';
import { laterKey } from './totals-columns';

// The answer days' keys and folds (progress-days.ts has the record's schema and writes): no zod
// here, so the progress page's light read (progress-page-glance.ts) shares them.

export const daysKey = (bankId: string) => `days:${bankId}`;
export const quarterMs = 15 * 60_000;
export const quarterOf = (iso: string) => Math.floor(Date.parse(iso) / quarterMs);

/** Moves the count of `quarter` by `by`; false when that would take it below zero. */
export function move(days: AnswerDaysRecord, quarter: number, by: 1 | -1): boolean {
	const { quarters, counts } = days;
	let lo = 0;
	let hi = quarters.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (quarters[mid]! < quarter) lo = mid + 1;
		else hi = mid;
	}
	if (lo >= quarters.length || quarters[lo] !== quarter) {
		if (by < 0) return false;
		days.quarters = spliced(quarters, lo, quarter, new Int32Array(quarters.length + 1));
		days.counts = spliced(counts, lo, 1, new Uint32Array(counts.length + 1));
		return true;
	}
	const next = counts[lo]! + by;
	if (next > 0) counts[lo] = next;
	else {
		days.quarters = cut(quarters, lo, new Int32Array(quarters.length - 1));
		days.counts = cut(counts, lo, new Uint32Array(counts.length - 1));
	}
	return true;
}

/** `from` with `value` put in at `at`, written into `to` (one longer). */
function spliced<T extends Int32Array | Uint32Array>(from: T, at: number, value: number, to: T): T {
	to.set(from.subarray(0, at));
	to[at] = value;
	to.set(from.subarray(at), at + 1);
	return to;
}

/** `from` without its entry at `at`, written into `to` (one shorter). */
function cut<T extends Int32Array | Uint32Array>(from: T, at: number, to: T): T {
	to.set(from.subarray(0, at));
	to.set(from.subarray(at + 1), at);
	return to;
}

/** The review's time and id from its key `review:<bankId>:<isoTime>:<reviewId>`. */
function reviewOfKey(bankId: string, key: IDBValidKey) {
	const rest = String(key).slice(keys.reviewPrefix(bankId).length);
	const colon = rest.lastIndexOf(':');
	return { reviewedAt: rest.slice(0, colon), id: rest.slice(colon + 1) };
}

/** The reviews a bank's review keys name. */
export const reviewsOfKeys = (bankId: string, reviewKeys: readonly IDBValidKey[]) =>
	reviewKeys.map((key) => reviewOfKey(bankId, key));

/**
 * Folds the bank's review keys after `days.newest` (in key order) into the stored record `days`,
 * changed in place: each counted unless undone.
 */
export function foldDays(
	days: AnswerDaysRecord,
	reviewKeys: readonly IDBValidKey[],
	undone: ReadonlySet<string>
): AnswerDaysRecord {
	for (const key of reviewKeys) {
		const { reviewedAt, id } = reviewOfKey(days.bankId, key);
		days.newest = laterKey(days.newest, String(key));
		if (!undone.has(id)) move(days, quarterOf(reviewedAt), 1);
	}
	return days;
}

/**
 * Consecutive local days with at least one answer not undone, ending today or yesterday, in the
 * time zone `timeZoneOffsetMinutes` east of UTC; undefined for an offset that is not a whole
 * number of quarter hours (the log is read instead).
 */
export function streakOf(
	days: AnswerDaysRecord,
	today: number,
	timeZoneOffsetMinutes: number
): number | undefined {
	if (timeZoneOffsetMinutes % 15 !== 0) return undefined;
	// From the newest quarter back: days after today are passed over, then each day with answers
	// must be the one before the last (quarters ascend, so their days never go up on the way back).
	const { quarters } = days;
	let streak = 0;
	let last: number | undefined;
	for (let i = quarters.length - 1; i >= 0; i--) {
		const day = localDay(quarters[i]! * quarterMs, timeZoneOffsetMinutes);
		if (day > today || day === last) continue;
		if (last === undefined ? day < today - 1 : day !== last - 1) break;
		streak++;
		last = day;
	}
	return streak;
}
