import { questionTypes, type QuestionType } from '../schema/question-types';
import { quarterMs } from './answer-days';
import { deviceTimeZoneOffset, localDay } from './card-figures';
import type { BankFiguresRecord } from './progress-card-figures';

// What the bank's figures record (progress-card-figures.ts) keeps of the clock and of the bank,
// free of zod so the progress page's light read shares it: the cards' due counts and the answers'
// counts by local day in a window of days, the fingerprint of the facts it was checked against,
// and its answers by type.

/** Days of due counts a record holds from its first: 14 are shown, so it serves 50 days. */
export const windowDays = 64;

/** The due counts of a bank's seen cards: by local day from `start`, and before and after. */
export interface DueWindow {
	/** The time zone the days are counted in (minutes east of UTC). */
	offset: number;
	/** The local day of `due[0]`. */
	start: number;
	due: number[];
	/** Seen cards due before `start` (overdue by the time the record is read). */
	before: number;
	/** Seen cards due after the window's last day. */
	after: number;
}

/** Today and the time zone of this device at `now`, as a new window counts them. */
export function clockOf(now: Date, offset = deviceTimeZoneOffset(now)) {
	return { today: localDay(now.getTime(), offset), offset };
}

/** Counts a card due at `dueMs` in (`by` 1) or out (-1); false when a count would go below zero. */
export function moveDue(w: DueWindow, dueMs: number, by: 1 | -1): boolean {
	const i = localDay(dueMs, w.offset) - w.start;
	if (i < 0) return (w.before += by) >= 0;
	if (i >= w.due.length) return (w.after += by) >= 0;
	return (w.due[i]! += by) >= 0;
}

/** A window starting `today` in the time zone `offset`, counting seen cards due at `dues` (ms). */
export function windowOf(dues: Iterable<number>, today: number, offset: number): DueWindow {
	const w: DueWindow = {
		offset,
		start: today,
		due: new Array<number>(windowDays).fill(0),
		before: 0,
		after: 0
	};
	for (const due of dues) moveDue(w, due, 1);
	return w;
}

/**
 * Due counts for `today` (overdue included) and the 13 days after, as `cardFigures` counts them;
 * undefined when the window was counted in another time zone or does not reach that far.
 */
export function dueByDayOf(w: DueWindow, today: number, offset: number): number[] | undefined {
	if (w.offset !== offset) return undefined;
	const i = today - w.start;
	if (i < 0 || i + 14 > w.due.length) return undefined;
	let first = w.before;
	for (let k = 0; k <= i; k++) first += w.due[k]!;
	return [first, ...w.due.slice(i + 1, i + 14)];
}

/** The answers of a bank by local day of a window, and the streak that ended the day before it. */
export interface AnsweredWindow {
	offset: number;
	start: number;
	/** Answers not undone on each local day from `start`, as many days as the due counts. */
	answered: number[];
	/** Days with answers in a row ending the day before `start` (null: to be counted again). */
	run: number | null;
}

/**
 * Counts an answer at `atMs` in (`by` 1) or out (-1); false when a count would go below zero. One
 * before the window may change the streak before it, which is then counted again; one after it
 * is counted when the window is.
 */
export function moveAnswered(w: AnsweredWindow, atMs: number, by: 1 | -1): boolean {
	const i = localDay(atMs, w.offset) - w.start;
	if (i < 0) w.run = null;
	else if (i < w.answered.length) return (w.answered[i]! += by) >= 0;
	return true;
}

/**
 * The answers by local day from `start` and the streak ending the day before, from the bank's
 * answers counted by quarter hour (progress-days.ts); the streak is left to be counted again for
 * a time zone that is not a whole number of quarter hours from UTC.
 */
export function answeredOf(
	days: { quarters: ArrayLike<number>; counts: ArrayLike<number> },
	start: number,
	offset: number
): Pick<AnsweredWindow, 'answered' | 'run'> {
	const answered = new Array<number>(windowDays).fill(0);
	if (offset % 15 !== 0) return { answered, run: null };
	const { quarters, counts } = days;
	let run = 0;
	let next = start - 1;
	for (let i = quarters.length - 1; i >= 0; i--) {
		const day = localDay(quarters[i]! * quarterMs, offset);
		if (day >= start) {
			if (day < start + windowDays) answered[day - start]! += counts[i]!;
		} else if (day === next) {
			run++;
			next--;
		} else if (day < next) break;
	}
	return { answered, run };
}

/**
 * Consecutive local days with answers, ending today or yesterday, as `streakOf` counts them;
 * undefined when the window was counted in another time zone, does not reach today or the
 * streak before it is to be counted again.
 */
export function streakOfWindow(
	w: AnsweredWindow,
	today: number,
	offset: number
): number | undefined {
	if (w.offset !== offset || w.run === null) return undefined;
	const i = today - w.start;
	if (i < 0 || i + 14 > w.answered.length) return undefined;
	let day = w.answered[i]! > 0 ? i : i - 1;
	let streak = 0;
	for (; day >= 0 && w.answered[day]! > 0; day--) streak++;
	return day < 0 ? streak + w.run : streak;
}

const fingerprints = new WeakMap<readonly { factId: string }[], string>();
const factSets = new WeakMap<readonly { factId: string }[], Set<string>>();

/** Two 32-bit FNV-1a hashes (different seeds) of the fact ids in order, with their count. */
export function factsFingerprint(facts: readonly { factId: string }[]): string {
	let known = fingerprints.get(facts);
	if (known !== undefined) return known;
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (const { factId } of facts) {
		for (let i = 0; i < factId.length; i++) {
			const c = factId.charCodeAt(i);
			a = Math.imul(a ^ c, 0x01000193);
			b = Math.imul(b ^ c, 0x5bd1e995);
		}
		a = Math.imul(a ^ 10, 0x01000193);
		b = Math.imul(b ^ 10, 0x5bd1e995);
	}
	known = `${facts.length}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`;
	fingerprints.set(facts, known);
	return known;
}

function factSet(facts: readonly { factId: string }[]): Set<string> {
	let set = factSets.get(facts);
	if (!set) {
		set = new Set(facts.map((f) => f.factId));
		factSets.set(facts, set);
	}
	return set;
}

/**
 * Seen, mastered and due by day of the bank's facts from its figures record, when the record
 * counts only cards of `facts` (checked against them, and each card made since is of one of them)
 * and its window covers the 14 days from `today` in the time zone `offset`; undefined otherwise
 * (the store counts them again).
 */
export function recordFigures(
	record: BankFiguresRecord,
	facts: readonly { factId: string }[],
	today: number,
	offset: number
): { seen: number; mastered: number; dueByDay: number[] } | undefined {
	if (record.facts === null || record.facts !== factsFingerprint(facts)) return undefined;
	if (record.fresh.length) {
		const set = factSet(facts);
		if (!record.fresh.every((f) => set.has(f))) return undefined;
	}
	const dueByDay = dueByDayOf(record, today, offset);
	return dueByDay && { seen: record.seen, mastered: record.mastered, dueByDay };
}

/** The answers and right answers by question type a figures record holds. */
export function accuracyOf(
	record: Pick<BankFiguresRecord, 'types' | 'total' | 'correct'>
): Record<QuestionType, { correct: number; total: number }> {
	const out = Object.fromEntries(questionTypes.map((t) => [t, { correct: 0, total: 0 }])) as Record<
		QuestionType,
		{ correct: number; total: number }
	>;
	record.types.forEach((type, i) => {
		out[type] = { correct: record.correct[i]!, total: record.total[i]! };
	});
	return out;
}
