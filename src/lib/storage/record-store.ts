// The keyed stores other than progress (local banks and drafts, assignments, a teacher's sets)
// read and write through these helpers, so they all follow policy.ts: a newer record is left
// alone and refuses writes, an unreadable one is set aside before anything takes its key.
import type { UseStore } from 'idb-keyval';
import { toStorageError } from './channel';
import { NewerVersionError, reportNewerVersion } from './newer-version';
import {
	isNewer,
	putQuarantine,
	quarantineKey,
	quarantinePrefix,
	readVersioned,
	type QuarantineEntry,
	type RecordPolicy
} from './policy';

export type Read<T> =
	| { state: 'missing' }
	| { state: 'ok'; value: T }
	/** Written by a newer version: left where it is. */
	| { state: 'newer' }
	/** Could not be read: now kept under `quarantine:<key>`. */
	| { state: 'unreadable'; error: string };

export interface SetAside {
	/** The key the record was stored under. */
	key: string;
	/** The key it is kept under now. */
	storedAs: string;
	error: string;
	quarantinedAt?: string;
	/** The record as it was stored. */
	raw: unknown;
}

const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, prefix + '\uffff');

/** A kind of record under one key prefix. */
export interface RecordKind<T> extends RecordPolicy<T> {
	prefix: string;
	/** A further check that the record belongs at its key (e.g. its id matches). */
	fits?(value: T, key: string): string | undefined;
}

function readAt<T>(kind: RecordKind<T>, key: string, raw: unknown) {
	const read = readVersioned(kind, raw);
	if (!read.ok) return read;
	const misfit = kind.fits?.(read.value, key);
	return misfit ? { ok: false as const, newer: false, error: misfit } : read;
}

async function run<R>(
	store: UseStore,
	mode: IDBTransactionMode,
	body: (s: IDBObjectStore, fail: (error: unknown) => void) => () => R
): Promise<R> {
	try {
		return await store(mode, (s) => {
			let failure: unknown;
			const fail = (error: unknown) => {
				failure ??= error;
				try {
					s.transaction.abort();
				} catch {
					// Already finishing.
				}
			};
			let result: () => R;
			try {
				result = body(s, fail);
			} catch (error) {
				fail(error);
			}
			return new Promise<R>((ok, reject) => {
				s.transaction.oncomplete = () => ok(result());
				s.transaction.onabort = s.transaction.onerror = () =>
					reject(failure ?? s.transaction.error ?? new Error('The save was aborted.'));
			});
		});
	} catch (error) {
		throw toStorageError(error);
	}
}

/** Reads, writes and lists versioned records in one idb-keyval store. */
export function recordStore(store: () => UseStore) {
	/** The record at `key`. An unreadable one is set aside (in this call); a newer one left. */
	async function read<T>(kind: RecordKind<T>, key: string, now = new Date()): Promise<Read<T>> {
		return run(store(), 'readwrite', (s, fail) => {
			let out: Read<T> = { state: 'missing' };
			const req = s.get(key);
			req.onsuccess = () => {
				try {
					if (req.result === undefined) return;
					const got = readAt(kind, key, req.result);
					if (got.ok) {
						out = { state: 'ok', value: got.value };
						if (got.migrated) s.put(got.value, key);
					} else if (got.newer) {
						reportNewerVersion(key);
						out = { state: 'newer' };
					} else {
						putQuarantine(s, key, req.result, got.error, now);
						s.delete(key);
						out = { state: 'unreadable', error: got.error };
					}
				} catch (error) {
					fail(error);
				}
			};
			return () => out;
		});
	}

	/**
	 * Writes `change(current)` at `key` in one transaction, `current` being the stored record (or
	 * undefined). Refuses (NewerVersionError) when a newer version wrote that record; an
	 * unreadable one is set aside first, so nothing is lost by writing in its place.
	 */
	async function update<T>(
		kind: RecordKind<T>,
		key: string,
		change: (current: T | undefined) => T,
		now = new Date(),
		options: { eager?: boolean } = {}
	): Promise<T> {
		const check = (next: T) => {
			const checked = kind.schema.safeParse(next);
			if (!checked.success) throw checked.error;
			return checked.data;
		};
		// Eager: the write is requested at once, not after the read comes back, so it is carried
		// out even when the page goes away now (a flush on pagehide). For records whose new value
		// does not depend on the stored one; a newer stored record still aborts it.
		const early = options.eager ? check(change(undefined)) : undefined;
		return run(store(), 'readwrite', (s, fail) => {
			let written: T | undefined = early;
			const req = s.get(key);
			if (early !== undefined) s.put(early, key);
			req.onsuccess = () => {
				try {
					let current: T | undefined;
					if (req.result !== undefined) {
						const got = readAt(kind, key, req.result);
						if (got.ok) current = got.value;
						else if (got.newer) {
							reportNewerVersion(key);
							throw new NewerVersionError(key);
						} else putQuarantine(s, key, req.result, got.error, now);
					}
					if (early !== undefined) return;
					written = check(change(current));
					s.put(written, key);
				} catch (error) {
					fail(error);
				}
			};
			return () => written as T;
		});
	}

	/**
	 * Every record of `kinds`, valid ones by kind; unreadable ones set aside in the same
	 * transaction and returned with those set aside before. Newer ones are left and not listed.
	 */
	async function list<K extends string>(
		kinds: { [k in K]: RecordKind<unknown> },
		now = new Date(),
		options: { unknown?: 'skip' | 'set aside' } = {}
	): Promise<{ records: Record<K, { key: string; value: unknown }[]>; setAside: SetAside[] }> {
		return run(store(), 'readwrite', (s, fail) => {
			const records = Object.fromEntries(
				Object.keys(kinds).map((k) => [k, []])
			) as unknown as Record<K, { key: string; value: unknown }[]>;
			const setAside: SetAside[] = [];
			const keysReq = s.getAllKeys();
			const valuesReq = s.getAll();
			valuesReq.onsuccess = () => {
				try {
					keysReq.result.forEach((rawKey, i) => {
						const key = String(rawKey);
						const raw: unknown = valuesReq.result[i];
						if (key.startsWith(quarantinePrefix)) {
							setAside.push(asSetAside(key, raw));
							return;
						}
						const name = (Object.keys(kinds) as K[]).find((k) => key.startsWith(kinds[k].prefix));
						if (name === undefined) {
							if (options.unknown !== 'set aside') return;
							putQuarantine(s, key, raw, 'unknown record', now);
							s.delete(key);
							setAside.push({
								key,
								storedAs: quarantineKey(key),
								error: 'unknown record',
								quarantinedAt: now.toISOString(),
								raw
							});
							return;
						}
						const got = readAt(kinds[name], key, raw);
						if (got.ok) records[name].push({ key, value: got.value });
						else if (got.newer) reportNewerVersion(key);
						else {
							putQuarantine(s, key, raw, got.error, now);
							s.delete(key);
							setAside.push({
								key,
								storedAs: quarantineKey(key),
								error: got.error,
								quarantinedAt: now.toISOString(),
								raw
							});
						}
					});
				} catch (error) {
					fail(error);
				}
			};
			return () => ({ records, setAside });
		});
	}

	/** Deletes `keys` in one transaction, refusing if a newer version wrote any of them. */
	async function remove(keys: string[], policy: { version: number; field?: 'v' | 'version' }) {
		await run(store(), 'readwrite', (s, fail) => {
			for (const key of keys) {
				const req = s.get(key);
				req.onsuccess = () => {
					if (req.result !== undefined && isNewer(policy, req.result)) {
						reportNewerVersion(key);
						fail(new NewerVersionError(key));
						return;
					}
					s.delete(key);
				};
			}
			return () => undefined;
		});
	}

	/** The records set aside in this store. */
	async function quarantined(): Promise<SetAside[]> {
		return run(store(), 'readonly', (s) => {
			const range = prefixRange(quarantinePrefix);
			const keysReq = s.getAllKeys(range);
			const valuesReq = s.getAll(range);
			let out: SetAside[] = [];
			valuesReq.onsuccess = () => {
				out = keysReq.result.map((key, i) => asSetAside(String(key), valuesReq.result[i]));
			};
			return () => out;
		});
	}

	return { read, update, list, remove, quarantined };
}

export type RecordStore = ReturnType<typeof recordStore>;

/** A `quarantine:` entry as listed, whichever shape the store that wrote it used. */
export function asSetAside(key: string, raw: unknown): SetAside {
	const entry = (raw && typeof raw === 'object' ? raw : {}) as Partial<QuarantineEntry> & {
		value?: unknown;
		at?: unknown;
	};
	const bare = key.slice(quarantinePrefix.length).replace(/@\d{4}-\d\d-\d\dT[\d:.]+Z$/, '');
	return {
		key: typeof entry.key === 'string' ? entry.key : bare,
		storedAs: key,
		error: typeof entry.error === 'string' ? entry.error : 'unreadable',
		...(typeof entry.quarantinedAt === 'string'
			? { quarantinedAt: entry.quarantinedAt }
			: typeof entry.at === 'string'
				? { quarantinedAt: entry.at }
				: {}),
		raw: 'raw' in entry ? entry.raw : 'value' in entry ? entry.value : raw
	};
}
