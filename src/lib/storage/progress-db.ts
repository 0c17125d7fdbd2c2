import { promisifyRequest, type UseStore } from 'idb-keyval';
import { databases, storeOf } from './database';
import { z } from '../schema/zod-mini';
import type { CardState } from '../srs/card';
import {
	cardKeyParts,
	currentVersion,
	dueEntryOf,
	keys,
	prefixRange,
	readRecord,
	setDueEntry,
	type CardRecord,
	type DueIndexRecord,
	type QuarantineRecord,
	type RecordKind,
	type RecordOf,
	type ReviewRecord,
	type UndoRecord
} from './records';
import { channelName, toStorageError, type ProgressChannel } from './channel';
import { NewerVersionError, reportNewerVersion } from './newer-version';
import { isNewer } from './policy';

// The progress database itself: transactions, validated reads that set bad records aside, and
// the notice other tabs get when progress changes. The store's operations are built on it.

export const databaseName = databases.progress.name;
export const storeName = databases.progress.store;

export interface Quarantined {
	key: string;
	error: string;
}

export type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

export interface Entry {
	key: string;
	value: unknown;
}

export interface Repair {
	key: string;
	kind: RecordKind;
}

export function describeIssues(error: z.core.$ZodError): string {
	return error.issues
		.slice(0, 5)
		.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`)
		.join('; ');
}

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

/**
 * Throws (aborting the transaction it runs in) when `raw`, stored at `key`, was written by a
 * newer version of Factdeck: a write must never replace what this tab cannot read.
 */
export function refuseNewer(key: string, raw: unknown): void {
	if (raw === undefined || !isNewer({ version: currentVersion }, raw)) return;
	reportNewerVersion(key);
	throw new NewerVersionError(key);
}

export const byReviewTime = (a: ReviewRecord, b: ReviewRecord) =>
	a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : a.id < b.id ? -1 : 1;

export interface Snapshot {
	cards: CardRecord[];
	reviews: ReviewRecord[];
	undos: UndoRecord[];
	quarantined: Quarantined[];
}

/** The database of `createProgressStore`, opened on first use. */
export function createProgressDb(store?: UseStore, channel?: ProgressChannel | null) {
	let useStore = store;
	let postChannel = channel;
	const getStore = () => (useStore ??= storeOf('progress'));

	function notify(bankId: string | null) {
		if (postChannel === undefined) {
			postChannel =
				typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
		}
		try {
			postChannel?.postMessage({ type: 'progress-changed', bankId });
		} catch {
			// A closed channel must not turn a saved answer into an error.
		}
	}

	/**
	 * Runs `body` in one transaction. An exception in `body` or in any callback wrapped with
	 * `guard` aborts the whole transaction, so nothing it wrote is kept.
	 */
	async function transact(
		mode: IDBTransactionMode,
		body: (s: IDBObjectStore, guard: Guard) => void
	): Promise<void> {
		try {
			await getStore()(mode, (s) => {
				let failure: unknown;
				let failed = false;
				const guard: Guard =
					(fn) =>
					(...args) => {
						if (failed) return;
						try {
							fn(...args);
						} catch (error) {
							failed = true;
							failure = error;
							try {
								s.transaction.abort();
							} catch {
								// Already finished or aborting.
							}
						}
					};
				// A failed request (e.g. QuotaExceededError) reaches the transaction before its own
				// error is set, so keep the request's error to report.
				let requestError: unknown;
				s.transaction.addEventListener('error', (event) => {
					requestError ??= (event.target as IDBRequest | null)?.error ?? undefined;
				});
				guard(() => body(s, guard))();
				return promisifyRequest(s.transaction).then(
					() => undefined,
					(error: unknown) => {
						if (failed) throw failure;
						throw (
							requestError ?? s.transaction.error ?? error ?? new Error('The save was aborted.')
						);
					}
				);
			});
		} catch (error) {
			throw toStorageError(error);
		}
	}

	async function readPrefixes(prefixes: string[]): Promise<Entry[][]> {
		const out: Entry[][] = prefixes.map(() => []);
		await transact('readonly', (s, guard) => {
			prefixes.forEach((prefix, i) => {
				const range = prefixRange(prefix);
				const keysReq = s.getAllKeys(range);
				const valuesReq = s.getAll(range);
				valuesReq.onsuccess = guard(() => {
					const values = valuesReq.result;
					out[i] = keysReq.result.map((key, k) => ({ key: String(key), value: values[k] }));
				});
			});
		});
		return out;
	}

	/** Moves records still invalid to quarantine and rewrites migrated ones at today's version. */
	async function repair(items: Repair[], now: Date): Promise<void> {
		if (!items.length) return;
		try {
			await transact('readwrite', (s, guard) => {
				/** Facts whose card was quarantined, by bank: their due index entries go too. */
				const dropped = new Map<string, string[]>();
				for (const { key, kind } of items) {
					const req = s.get(key);
					req.onsuccess = guard(() => {
						if (req.result === undefined) return;
						const read = readRecord(kind, req.result);
						if (read.ok) {
							if (read.migrated) s.put(read.value, key);
							return;
						}
						// Written by a newer version: not ours to move.
						if (read.newer) return;
						const parts = kind === 'card' ? cardKeyParts(key) : undefined;
						if (parts)
							dropped.set(parts.bankId, [...(dropped.get(parts.bankId) ?? []), parts.factId]);
						const record: QuarantineRecord = {
							v: 1,
							key,
							raw: req.result,
							error: read.error,
							quarantinedAt: now.toISOString()
						};
						s.put(record, keys.quarantine(key));
						s.delete(key);
					});
				}
				// Requests complete in order: every card above has been looked at when these arrive.
				const banks = new Set(items.flatMap((i) => cardKeyParts(i.key)?.bankId ?? []));
				for (const bankId of banks) {
					const req = s.get(keys.dueIndex(bankId));
					req.onsuccess = guard(() => {
						const facts = dropped.get(bankId);
						const index = facts && validDueIndex(req.result, bankId);
						if (!facts || !index) return;
						for (const factId of facts) setDueEntry(index, factId, null);
						s.put(index, keys.dueIndex(bankId));
					});
				}
			});
		} catch {
			// Repair is housekeeping: the valid records were already returned.
		}
	}

	/** Valid records of `kind` among `entries`; the others are queued for repair. */
	function validEntries<K extends RecordKind>(
		kind: K,
		entries: Entry[],
		repairs: Repair[],
		quarantined: Map<string, Quarantined>
	) {
		const out: { key: string; value: RecordOf<K> }[] = [];
		for (const { key, value } of entries) {
			const read = readRecord(kind, value);
			if (read.ok) {
				out.push({ key, value: read.value });
				if (read.migrated) repairs.push({ key, kind });
			} else if (read.newer) {
				reportNewerVersion(key);
			} else {
				repairs.push({ key, kind });
				quarantined.set(keys.quarantine(key), { key, error: read.error });
			}
		}
		return out;
	}

	async function snapshot(bankId: string | undefined, now = new Date()): Promise<Snapshot> {
		const prefixes = [keys.cardPrefix(bankId), keys.reviewPrefix(bankId), keys.undoPrefix()];
		if (bankId === undefined) prefixes.push(keys.quarantinePrefix());
		const [cardEntries = [], reviewEntries = [], undoEntries = [], quarantineEntries = []] =
			await readPrefixes(prefixes);
		const repairs: Repair[] = [];
		const fresh = new Map<string, Quarantined>();
		const cards = validEntries('card', cardEntries, repairs, fresh).map((e) => e.value);
		const reviews = validEntries('review', reviewEntries, repairs, fresh).map((e) => e.value);
		const undos = validEntries('undo', undoEntries, repairs, fresh)
			.map((e) => e.value)
			.filter((u) => bankId === undefined || u.bankId === bankId);
		const quarantined = new Map<string, Quarantined>();
		for (const { key, value } of quarantineEntries) {
			const read = readRecord('quarantine', value);
			quarantined.set(key, {
				key: read.ok ? read.value.key : key.slice(keys.quarantinePrefix().length),
				error: read.ok ? read.value.error : read.error
			});
		}
		for (const [key, item] of fresh) quarantined.set(key, item);
		await repair(repairs, now);
		reviews.sort(byReviewTime);
		return { cards, reviews, undos, quarantined: [...quarantined.values()] };
	}

	const withoutUndone = (reviews: ReviewRecord[], undos: UndoRecord[]) => {
		const undone = new Set(undos.map((u) => u.reviewId));
		return reviews.filter((r) => !undone.has(r.id));
	};

	async function readOne<K extends RecordKind>(kind: K, key: string, now = new Date()) {
		let raw: unknown;
		await transact('readonly', (s, guard) => {
			const req = s.get(key);
			req.onsuccess = guard(() => {
				raw = req.result;
			});
		});
		if (raw === undefined) return undefined;
		const read = readRecord(kind, raw);
		if (!read.ok && read.newer) reportNewerVersion(key);
		else if (!read.ok || read.migrated) await repair([{ key, kind }], now);
		return read.ok ? read.value : undefined;
	}

	/** Writes `value` over the record at `key`, refusing when a newer version wrote that record. */
	async function writeOne(key: string, value: unknown): Promise<void> {
		await transact('readwrite', (s, guard) => {
			const req = s.get(key);
			req.onsuccess = guard(() => {
				refuseNewer(key, req.result);
				s.put(value, key);
			});
		});
	}

	return {
		notify,
		transact,
		readPrefixes,
		repair,
		validEntries,
		snapshot,
		withoutUndone,
		readOne,
		writeOne
	};
}

export type ProgressDb = ReturnType<typeof createProgressDb>;
