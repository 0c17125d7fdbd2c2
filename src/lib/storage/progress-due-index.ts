import { z } from '../schema/zod-mini';
import { cardStates, type CardPhase, type CardState, type DueEntry } from '../srs/card';
import { readVersioned, versionOf, type RecordPolicy } from './policy';
import { keys, prefixRange, RecordId } from './records';
import type { Guard } from './progress-transaction';

/*
 * The due index of a bank, kept in step with its cards inside the transactions that change them,
 * so the review queue reads a few records instead of every card:
 *   dueidx:<bankId>         DueIndexRecord: every card of the bank as it was last folded
 *   due:<bankId>:<factId>   DueIndexChange: one card's change since then (one per card at most)
 *   duestamp:<bankId>       DueIndexStamp: the record's version, written with it
 * An answer writes one change, whatever the size of the bank, and reads only the stamp: the
 * record itself (every card of the bank) only when the stamp is missing or not today's. Reading the index folds the
 * changes over the record; once there are more than `foldAfter` of them, the read writes the
 * folded record back and deletes them, so reads stay one record plus a short range. The changes
 * belong to the record: one from a newer version leaves the bank's whole index to that version.
 */

export const dueIndexVersion = 2;
export { foldAfter } from './record-keys';

const phase = z.int().check(z.gte(0), z.lte(cardStates.length - 1));
/** Each card of the bank (three parallel arrays, in no particular order): its due time and phase. */
export const DueIndexRecord = z
	.strictObject({
		v: z.literal(2),
		bankId: RecordId,
		factIds: z.array(RecordId),
		due: z.array(z.number()),
		states: z.array(phase)
	})
	.check(
		z.refine(
			(r) => r.factIds.length === r.due.length && r.factIds.length === r.states.length,
			'factIds, due and states must have the same length'
		)
	);
export type DueIndexRecord = z.infer<typeof DueIndexRecord>;

/** One card's due time and phase, or that its card is gone, since the record was folded. */
export const DueIndexChange = z.union([
	z.strictObject({ v: z.literal(1), due: z.number(), state: phase }),
	z.strictObject({ v: z.literal(1), gone: z.literal(true) })
]);
export type DueIndexChange = z.infer<typeof DueIndexChange>;
const changeVersion = 1;

/**
 * The version the bank's record was written at, by a version that writes stamps. A stamp can only
 * be stale towards a missing record (an import that deleted the record), beside which a change is
 * harmless: the rebuild deletes the changes.
 */
export const DueIndexStamp = z.strictObject({
	v: z.literal(1),
	bankId: RecordId,
	index: z.int().check(z.positive())
});
export type DueIndexStamp = z.infer<typeof DueIndexStamp>;
const stampOf = (bankId: string): DueIndexStamp => ({ v: 1, bankId, index: dueIndexVersion });

/**
 * Version 1 had the same fields and was rewritten whole by every answer; version 2 is also
 * changed by `due:` records beside it, which a version-1 tab would not read, hence the step.
 */
const policy: RecordPolicy<DueIndexRecord> = {
	version: dueIndexVersion,
	schema: DueIndexRecord,
	migrations: [
		() => {
			throw new Error('an unversioned due index is rebuilt from the cards');
		},
		(r: Record<string, unknown>) => ({ ...r, v: 2 })
	]
};

export const dueEntryOf = (card: CardState): DueEntry => ({
	due: Date.parse(card.due),
	state: card.state
});

const phaseOf = (index: number) => cardStates[index] as CardPhase;

export type DueHeader =
	/** `migrated`: stored at an older version, to be written back. */
	| { state: 'current'; index: DueIndexRecord; migrated: boolean }
	| { state: 'newer' }
	/** Missing, unreadable or another bank's: rebuilt from the cards on the next read. */
	| { state: 'missing' };

/** What the stored record `raw` of `bankId` says about the bank's index. */
export function readDueHeader(raw: unknown, bankId: string): DueHeader {
	if (raw === undefined) return { state: 'missing' };
	const read = readVersioned(policy, raw);
	if (!read.ok) return { state: read.newer ? 'newer' : 'missing' };
	return read.value.bankId === bankId
		? { state: 'current', index: read.value, migrated: read.migrated }
		: { state: 'missing' };
}

export function dueIndexRecord(
	bankId: string,
	entries: ReadonlyMap<string, DueEntry>
): DueIndexRecord {
	const record: DueIndexRecord = { v: 2, bankId, factIds: [], due: [], states: [] };
	for (const [factId, entry] of entries) {
		record.factIds.push(factId);
		record.due.push(entry.due);
		record.states.push(cardStates.indexOf(entry.state));
	}
	return record;
}

/** Writes `entries` as the bank's whole index, folded: its record, and no changes. */
export function writeDueIndex(
	s: IDBObjectStore,
	bankId: string,
	entries: ReadonlyMap<string, DueEntry>
): void {
	s.delete(prefixRange(keys.dueChangePrefix(bankId)));
	s.put(dueIndexRecord(bankId, entries), keys.dueIndex(bankId));
	s.put(stampOf(bankId), keys.dueStamp(bankId));
}

/** Deletes the bank's index (record, changes and stamp) inside `s`, to be rebuilt when read. */
export function deleteDueIndex(s: IDBObjectStore, bankId: string): void {
	s.delete(keys.dueIndex(bankId));
	s.delete(prefixRange(keys.dueChangePrefix(bankId)));
	s.delete(keys.dueStamp(bankId));
}

/** Rebuilds the bank's index from `entries` inside `s`, unless a newer version wrote its record. */
export function replaceDueIndex(
	s: IDBObjectStore,
	bankId: string,
	entries: ReadonlyMap<string, DueEntry>
): void {
	const req = s.get(keys.dueIndex(bankId));
	req.onsuccess = () => {
		if (readDueHeader(req.result, bankId).state !== 'newer') writeDueIndex(s, bankId, entries);
	};
}

/**
 * Records card changes (null: the card is gone) in the bank's due index inside the transaction
 * that changes the cards, given its stored record `raw`: one `due:` record each. An index at an
 * older version is written back at today's first; a missing or invalid one is left for
 * loadDueIndex to rebuild, a newer one to its version.
 */
export function applyDueChanges(
	s: IDBObjectStore,
	raw: unknown,
	bankId: string,
	changes: Iterable<readonly [factId: string, card: CardState | null]>
): void {
	const header = readDueHeader(raw, bankId);
	if (header.state !== 'current') return;
	if (header.migrated) s.put(header.index, keys.dueIndex(bankId));
	s.put(stampOf(bankId), keys.dueStamp(bankId));
	putDueChanges(s, bankId, changes);
}

function putDueChanges(
	s: IDBObjectStore,
	bankId: string,
	changes: Iterable<readonly [factId: string, card: CardState | null]>
): void {
	for (const [factId, card] of changes) {
		const change: DueIndexChange = card
			? { v: 1, due: Date.parse(card.due), state: cardStates.indexOf(card.state) }
			: { v: 1, gone: true };
		s.put(change, keys.dueChange(bankId, factId));
	}
}

/** Requests the bank's stamp, for updateDueIndex: at a transaction's start, beside its other reads. */
export const requestDueStamp = (s: IDBObjectStore, bankId: string): IDBRequest =>
	s.get(keys.dueStamp(bankId));

/**
 * One card change (null: the card is gone), as applyDueChanges records it, given the bank's stamp
 * as read by `stampReq` (done): a current stamp takes the change at once, a newer one leaves the
 * index to its version, and without one the record is read to decide.
 */
export function updateDueIndex(
	s: IDBObjectStore,
	guard: Guard,
	stampReq: IDBRequest,
	bankId: string,
	factId: string,
	card: CardState | null
): void {
	const stamp = DueIndexStamp.safeParse(stampReq.result);
	if (stamp.success && stamp.data.bankId === bankId && stamp.data.index >= dueIndexVersion) {
		if (stamp.data.index === dueIndexVersion) putDueChanges(s, bankId, [[factId, card]]);
		return;
	}
	const req = s.get(keys.dueIndex(bankId));
	req.onsuccess = guard(() => applyDueChanges(s, req.result, bankId, [[factId, card]]));
}

export type DueEntries =
	| { ok: true; entries: Map<string, DueEntry>; changes: number }
	/** `newer`: a change was written by a newer version and must be left as it is. */
	| { ok: false; newer: boolean };

/** The bank's entries: its record with the changes of its `due:` key range folded over it. */
export function foldDueIndex(
	index: DueIndexRecord,
	changeKeys: readonly IDBValidKey[],
	changes: readonly unknown[]
): DueEntries {
	const entries = new Map<string, DueEntry>();
	index.factIds.forEach((factId, i) => {
		entries.set(factId, { due: index.due[i]!, state: phaseOf(index.states[i]!) });
	});
	const prefix = keys.dueChangePrefix(index.bankId);
	for (let i = 0; i < changes.length; i++) {
		const read = DueIndexChange.safeParse(changes[i]);
		if (!read.success) return { ok: false, newer: (versionOf(changes[i]) ?? 0) > changeVersion };
		const factId = String(changeKeys[i]).slice(prefix.length);
		if ('gone' in read.data) entries.delete(factId);
		else entries.set(factId, { due: read.data.due, state: phaseOf(read.data.state) });
	}
	return { ok: true, entries, changes: changes.length };
}
