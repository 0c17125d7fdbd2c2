import type { CardState } from '../srs/card';
import { dueEntryOf, keys, readRecord, setDueEntry, type DueIndexRecord } from './records';

// The due index of a bank, kept in step with its cards inside the transactions that change them.

/** The stored due index of `bankId` when it is valid and belongs to that bank. */
export function validDueIndex(raw: unknown, bankId: string): DueIndexRecord | undefined {
	if (raw === undefined) return undefined;
	const read = readRecord('dueIndex', raw);
	return read.ok && read.value.bankId === bankId ? read.value : undefined;
}

/**
 * Applies one card change to the bank's due index inside the transaction that changes the card.
 * A missing or invalid index is left alone: loadDueIndex rebuilds it from the cards.
 */
export function updateDueIndex(
	s: IDBObjectStore,
	raw: unknown,
	bankId: string,
	factId: string,
	card: CardState | null
): void {
	const index = validDueIndex(raw, bankId);
	if (!index) return;
	setDueEntry(index, factId, card ? dueEntryOf(card) : null);
	s.put(index, keys.dueIndex(bankId));
}
