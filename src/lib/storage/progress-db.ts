import type { UseStore } from 'idb-keyval';
import { databases, storeOf } from './database';
import { z } from '../schema/zod-mini';
import {
	currentVersion,
	keys,
	readRecord,
	type CardRecord,
	type RecordKind,
	type ReviewRecord,
	type UndoRecord
} from './records';
import { channelName, type ProgressChannel } from './channel';
import { progressRepair, type Quarantined, type Repair } from './progress-repair';
import { progressTransactions } from './progress-transaction';
import { NewerVersionError, reportNewerVersion } from './newer-version';
import { isNewer } from './policy';
import { byReviewTime } from './record-keys';

// The progress database's core: validated reads and writes, a snapshot of everything, and the
// notice other tabs get when progress changes, over its transactions (progress-transaction.ts),
// repair (progress-repair.ts) and due index (progress-due-index.ts). The store's operations are
// built on it.

export type { Quarantined, Repair } from './progress-repair';
export type { Entry, Guard } from './progress-transaction';

export const databaseName = databases.progress.name;
export const storeName = databases.progress.store;

export function describeIssues(error: z.core.$ZodError): string {
	return error.issues
		.slice(0, 5)
		.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`)
		.join('; ');
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

export { byReviewTime };

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
	const { transact, readPrefixes, readInChunks } = progressTransactions(getStore);
	const { repair, validEntries } = progressRepair(transact);

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
		getStore,
		notify,
		transact,
		readPrefixes,
		readInChunks,
		repair,
		validEntries,
		snapshot,
		withoutUndone,
		readOne,
		writeOne
	};
}

export type ProgressDb = ReturnType<typeof createProgressDb>;
