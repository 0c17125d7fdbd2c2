import { questionTypes } from '../schema/question-types';
import { z } from '../schema/zod-mini';
import type { CardState } from '../srs/card';
import { isMastered } from '../srs/card-phase';
import { isNewer, readBankRecord, versionOf, type RecordPolicy } from './policy';
import { figuresAgree, freshLimit, isBankFiguresRecord } from './progress-log-checks';
import { RecordId, type ReviewRecord } from './records';
import type { Guard } from './progress-transaction';
import { laterKey } from './totals-columns';
import { figuresKey } from './card-figures';
import { answeredOf, moveAnswered, moveDue, windowDays, windowOf } from './figures-window';

export { figuresKey, figuresPrefix } from './card-figures';

// A bank's figures, all the progress page shows of it but the streak, kept in step with its
// cards and its log inside the transaction of every answer, undo and merge: a record of a few
// numbers, so an answer pays nothing for it and the page reads a few records, however long the
// log. Its cards (those seen, those mastered) and the days they fall due on, counted by local day
// in a window of days for the time zone it was counted in (the store counts them again from the
// due index when the zone or the days shown move past it); the facts it was checked against;
// its answers and right answers by question type, and their time; its answers by local day in the
// same window and the streak before it. Like the totals, a missing,
// stale (a tab that wrote without it) or older record is rebuilt from the cards and the log; an
// unreadable one is set aside first.

const count = z.int().check(z.nonnegative());

export const BankFiguresRecord = z
	.strictObject({
		v: z.literal(2),
		bankId: RecordId,
		/** The greatest review key of the bank's log when these figures were last right (see totals). */
		newest: z.nullable(z.string()),
		/** Undo records of the bank when these figures were last right. */
		undone: count,
		/** The bank's card records, new ones included. */
		cards: count,
		/** Cards past `new`. */
		seen: count,
		mastered: count,
		/** The time zone the due days are counted in, minutes east of UTC. */
		offset: z.int().check(z.gte(-1440), z.lte(1440)),
		/** The local day `due[0]` counts. */
		start: z.int(),
		/** Seen cards due on each local day from `start`. */
		due: z.array(count).check(z.maxLength(400)),
		/** Seen cards due before `start`, and after the last day of `due`. */
		before: count,
		after: count,
		/** Answers not undone on each local day from `start`, as many days as `due`. */
		answered: z.array(count),
		/** Days with answers in a row ending the day before `start` (null: to be counted again). */
		run: z.nullable(count),
		/** The fingerprint of the bank's facts every card counted belongs to (null: not checked). */
		facts: z.nullable(z.string().check(z.maxLength(64))),
		/** Facts whose card was made since that check. */
		fresh: z.array(RecordId).check(z.maxLength(freshLimit)),
		/** Answers not undone and their right ones, by the question type stored with each. */
		types: z.array(z.enum(questionTypes)),
		total: z.array(count),
		correct: z.array(count),
		/** Their time, in ms. */
		timeMs: z.number().check(z.nonnegative())
	})
	.check(z.refine(figuresAgree, 'the figures do not agree with each other'));
export type BankFiguresRecord = z.infer<typeof BankFiguresRecord>;

/**
 * Version 1 (the cards' counts alone) is not migrated: it lacks what version 2 adds, so it is
 * rebuilt from the cards and the log like a missing record.
 */
export const figuresPolicy: RecordPolicy<BankFiguresRecord> = {
	version: 2,
	schema: BankFiguresRecord,
	migrations: []
};

/** Whether `raw` is a version-1 record: rebuilt, not set aside. */
export const isOlderFigures = (raw: unknown) => versionOf(raw) === 1;

/** The stored figures of `bankId` when they are readable and belong to that bank. */
export function validFigures(raw: unknown, bankId: string): BankFiguresRecord | undefined {
	if (isOlderFigures(raw)) return undefined;
	return readBankRecord(figuresPolicy, raw, bankId, isBankFiguresRecord);
}

/** Counts one card in (`sign` 1) or out (-1); false when a count would go below zero. */
function countCard(figures: BankFiguresRecord, card: CardState | null, sign: 1 | -1): boolean {
	if (!card) return true;
	figures.cards += sign;
	if (card.state === 'new') return figures.cards >= 0;
	figures.seen += sign;
	if (isMastered(card)) figures.mastered += sign;
	return (
		moveDue(figures, Date.parse(card.due), sign) &&
		figures.cards >= 0 &&
		figures.seen >= 0 &&
		figures.mastered >= 0
	);
}

type Answer = Pick<ReviewRecord, 'questionType' | 'correct' | 'durationMs'>;

/** Counts one answer in (`sign` 1) or out (-1); false when a count would go below zero. */
function countAnswer(figures: BankFiguresRecord, answer: Answer, sign: 1 | -1): boolean {
	let i = figures.types.indexOf(answer.questionType);
	if (i < 0) {
		if (sign < 0) return false;
		i = figures.types.push(answer.questionType) - 1;
		figures.total.push(0);
		figures.correct.push(0);
	}
	figures.total[i]! += sign;
	if (answer.correct) figures.correct[i]! += sign;
	figures.timeMs += sign * answer.durationMs;
	return figures.total[i]! >= 0 && figures.correct[i]! >= 0 && figures.timeMs >= 0;
}

/**
 * The figures of a bank's cards and of its answers not undone, days counted from `today` in the
 * time zone `offset`: the reference the running ones always equal. `days` are its answers counted
 * by quarter hour (progress-days.ts), when they are current: the streak is otherwise left to be
 * counted again. `facts` is the fingerprint of the facts every card is known to belong to, if it
 * was checked.
 */
export function figuresOf(
	bankId: string,
	cards: Iterable<CardState>,
	answers: Iterable<Answer>,
	log: { newest: string | null; undone: number },
	clock: { today: number; offset: number },
	days: { quarters: ArrayLike<number>; counts: ArrayLike<number> } | undefined,
	facts: string | null = null
): BankFiguresRecord {
	const figures: BankFiguresRecord = {
		v: 2,
		bankId,
		newest: log.newest,
		undone: log.undone,
		cards: 0,
		seen: 0,
		mastered: 0,
		...windowOf([], clock.today, clock.offset),
		...(days
			? answeredOf(days, clock.today, clock.offset)
			: { answered: new Array<number>(windowDays).fill(0), run: null }),
		facts,
		fresh: [],
		types: [],
		total: [],
		correct: [],
		timeMs: 0
	};
	for (const card of cards) countCard(figures, card, 1);
	for (const answer of answers) countAnswer(figures, answer, 1);
	return figures;
}

/**
 * One card's change (`before` → `after`, null: no card) of fact `factId` in the stored figures,
 * inside the transaction that makes it, with the answer that made it (`review` and its key) or
 * the one undone. Missing or stale figures are left to a rebuild; figures that would go negative
 * (they did not count what they are told about) are dropped, to be rebuilt when read.
 */
export function putCardFigures(
	s: IDBObjectStore,
	raw: unknown,
	bankId: string,
	factId: string,
	before: CardState | null,
	after: CardState | null,
	made: { review: ReviewRecord; key: string } | { undo: ReviewRecord }
): void {
	const figures = validFigures(raw, bankId);
	if (!figures) return;
	let ok = countCard(figures, before, -1) && countCard(figures, after, 1);
	if ('key' in made) {
		figures.newest = laterKey(figures.newest, made.key);
		ok &&= countAnswer(figures, made.review, 1);
		ok &&= moveAnswered(figures, Date.parse(made.review.reviewedAt), 1);
	} else {
		figures.undone++;
		ok &&= countAnswer(figures, made.undo, -1);
		ok &&= moveAnswered(figures, Date.parse(made.undo.reviewedAt), -1);
	}
	if (!before && after && figures.facts !== null && !figures.fresh.includes(factId)) {
		// Past the limit the facts are checked again, once, by the store.
		if (figures.fresh.length < freshLimit) figures.fresh.push(factId);
		else {
			figures.facts = null;
			figures.fresh = [];
		}
	}
	// The hand check answers as the schema does (held to it by a unit test), without zod's copy.
	if (ok && isBankFiguresRecord(figures)) s.put(figures, figuresKey(bankId));
	else s.delete(figuresKey(bankId));
}

/**
 * Deletes the bank's stored figures (`raw`, as read inside `s`) to be rebuilt when read; false,
 * deleting nothing, when a newer version wrote them.
 */
export function dropStoredFigures(s: IDBObjectStore, raw: unknown, bankId: string): boolean {
	if (raw !== undefined && isNewer(figuresPolicy, raw)) return false;
	s.delete(figuresKey(bankId));
	return true;
}

/** Deletes the bank's figures inside `s` (to be rebuilt when read), unless a newer version wrote them. */
export function dropFigures(s: IDBObjectStore, guard: Guard, bankId: string): void {
	const req = s.get(figuresKey(bankId));
	req.onsuccess = guard(() => void dropStoredFigures(s, req.result, bankId));
}
