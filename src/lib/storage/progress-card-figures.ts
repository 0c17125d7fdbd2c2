import { z } from '../schema/zod-mini';
import type { CardState } from '../srs/card';
import { isMastered } from '../srs/card-phase';
import { localDay } from './card-figures';
import { isNewer, readVersioned, type RecordPolicy } from './policy';
import { RecordId } from './records';
import type { Guard } from './progress-transaction';
import { laterKey } from './progress-totals';

// A bank's card figures (seen, mastered, due times) kept in step with its cards inside the
// transaction of every answer, undo and merge, so the progress page reads one record instead of
// every card. Due times are counted by quarter hour, the finest step of a time zone's offset, so
// the days they fall on follow the device's zone at the time of reading. Like the totals, a
// missing, unreadable or stale record (a tab that wrote without it) is rebuilt from the cards.

export const figuresPrefix = 'figures:';
export const figuresKey = (bankId: string) => `${figuresPrefix}${bankId}`;

/** Due times are counted by this step (15 minutes): every time zone's offset is a multiple of it. */
export const dueStepMs = 900_000;

const count = z.int().check(z.nonnegative());

export const BankFiguresRecord = z.strictObject({
	v: z.literal(1),
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
	/** Seen cards by due time: quarter hours since the epoch (as text) → cards due in it. */
	due: z.record(z.string(), z.int().check(z.positive()))
});
export type BankFiguresRecord = z.infer<typeof BankFiguresRecord>;

/** Version 1 is the first: a database from before it has none, and each is built from the cards. */
export const figuresPolicy: RecordPolicy<BankFiguresRecord> = {
	version: 1,
	schema: BankFiguresRecord,
	migrations: []
};

/** The stored figures of `bankId` when they are readable and belong to that bank. */
export function validFigures(raw: unknown, bankId: string): BankFiguresRecord | undefined {
	if (raw === undefined) return undefined;
	const read = readVersioned(figuresPolicy, raw);
	return read.ok && read.value.bankId === bankId ? read.value : undefined;
}

/** Counts one card in (`sign` 1) or out (-1). */
function count1(figures: BankFiguresRecord, card: CardState | null, sign: 1 | -1): void {
	if (!card) return;
	figures.cards += sign;
	if (card.state === 'new') return;
	figures.seen += sign;
	if (isMastered(card)) figures.mastered += sign;
	const step = String(Math.floor(Date.parse(card.due) / dueStepMs));
	const n = (figures.due[step] ?? 0) + sign;
	if (n > 0) figures.due[step] = n;
	else delete figures.due[step];
}

/** The figures of a bank's cards: the reference the running ones always equal. */
export function figuresOf(
	bankId: string,
	cards: Iterable<CardState>,
	newest: string | null,
	undone: number
): BankFiguresRecord {
	const figures: BankFiguresRecord = {
		v: 1,
		bankId,
		newest,
		undone,
		cards: 0,
		seen: 0,
		mastered: 0,
		due: {}
	};
	for (const card of cards) count1(figures, card, 1);
	return figures;
}

/**
 * One card's change (`before` → `after`, null: no card) in the stored figures, inside the
 * transaction that makes it; `review` is the key of the answer that made it, `undo` whether an
 * undo did. Missing or stale figures are left to a rebuild; figures that would go negative (they
 * did not count the card they are told about) are dropped, to be rebuilt when read.
 */
export function putCardFigures(
	s: IDBObjectStore,
	raw: unknown,
	bankId: string,
	before: CardState | null,
	after: CardState | null,
	made: { review: string } | { undo: true }
): void {
	const figures = validFigures(raw, bankId);
	if (!figures) return;
	count1(figures, before, -1);
	count1(figures, after, 1);
	if ('review' in made) figures.newest = laterKey(figures.newest, made.review);
	else figures.undone++;
	const checked = BankFiguresRecord.safeParse(figures);
	if (checked.success) s.put(checked.data, figuresKey(bankId));
	else s.delete(figuresKey(bankId));
}

/** Deletes the bank's figures inside `s` (to be rebuilt when read), unless a newer version wrote them. */
export function dropFigures(s: IDBObjectStore, guard: Guard, bankId: string): void {
	const req = s.get(figuresKey(bankId));
	req.onsuccess = guard(() => {
		if (req.result !== undefined && !isNewer(figuresPolicy, req.result))
			s.delete(figuresKey(bankId));
	});
}

/**
 * Seen, mastered and due counts by local day (today with overdue, then 13 days), as cardFigures
 * counts them from the cards; undefined when the zone's offset is not a whole number of quarter
 * hours (the cards must be read then).
 */
export function figuresByDay(
	figures: BankFiguresRecord,
	today: number,
	timeZoneOffsetMinutes: number
): { seen: number; mastered: number; dueByDay: number[] } | undefined {
	if ((timeZoneOffsetMinutes * 60_000) % dueStepMs !== 0) return undefined;
	const dueByDay = new Array<number>(14).fill(0);
	for (const [step, n] of Object.entries(figures.due)) {
		const day = localDay(Number(step) * dueStepMs, timeZoneOffsetMinutes);
		const offset = Math.max(0, day - today);
		if (offset < 14) dueByDay[offset]! += n;
	}
	return { seen: figures.seen, mastered: figures.mastered, dueByDay };
}
