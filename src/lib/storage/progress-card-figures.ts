import { z } from '../schema/zod-mini';
import type { CardState } from '../srs/card';
import { isMastered } from '../srs/card-phase';
import { isNewer, readBankRecord, type RecordPolicy } from './policy';
import { isBankFiguresRecord } from './progress-log-checks';
import { RecordId } from './records';
import type { Guard } from './progress-transaction';
import { laterKey } from './totals-columns';
import { figuresKey } from './card-figures';

export { figuresKey, figuresPrefix, figuresWithIndex } from './card-figures';

// A bank's card figures (its cards, those seen, those mastered) kept in step with its cards inside
// the transaction of every answer, undo and merge: a record of a few numbers, so an answer pays
// nothing for it. The progress page reads it with the bank's due index (progress-due-index.ts),
// which holds every card's due time and phase, so the days cards fall due on are counted when
// read, in the device's time zone; together they replace reading every card. Like the totals, a
// missing, unreadable or stale record (a tab that wrote without it) is rebuilt from the cards.

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
	mastered: count
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
	return readBankRecord(figuresPolicy, raw, bankId, isBankFiguresRecord);
}

/** Counts one card in (`sign` 1) or out (-1). */
function count1(figures: BankFiguresRecord, card: CardState | null, sign: 1 | -1): void {
	if (!card) return;
	figures.cards += sign;
	if (card.state === 'new') return;
	figures.seen += sign;
	if (isMastered(card)) figures.mastered += sign;
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
		mastered: 0
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
