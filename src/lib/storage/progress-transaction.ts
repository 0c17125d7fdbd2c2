import { promisifyRequest, type UseStore } from 'idb-keyval';
import { toStorageError } from './channel';
import { prefixRange } from './records';

// Transactions on the progress store: one write is one transaction, and anything that throws
// inside it aborts all of it.

export type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

export interface Entry {
	key: string;
	value: unknown;
}

export function progressTransactions(getStore: () => UseStore) {
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

	/**
	 * Every record under `prefix` in key order, `size` at a time, each chunk read in a read-only
	 * transaction of its own: a long log is never held whole, and a record written meanwhile after
	 * the chunk read last is still met. The next chunk is asked for as soon as a full one arrives,
	 * so the database reads it while the caller works through the one it has.
	 */
	async function* readInChunks(prefix: string, size: number): AsyncGenerator<Entry[]> {
		const read = async (after: string | undefined) => {
			const range =
				after === undefined
					? prefixRange(prefix)
					: IDBKeyRange.bound(after, prefix + '\uffff', true, false);
			let chunk: Entry[] = [];
			await transact('readonly', (s, guard) => {
				const keysReq = s.getAllKeys(range, size);
				const valuesReq = s.getAll(range, size);
				valuesReq.onsuccess = guard(() => {
					const values = valuesReq.result;
					chunk = keysReq.result.map((key, i) => ({ key: String(key), value: values[i] }));
				});
			});
			return chunk;
		};
		let next = read(undefined);
		for (;;) {
			const chunk = await next;
			if (chunk.length === size) {
				next = read(chunk.at(-1)!.key);
				// A caller that stops early leaves this read unawaited: its failure is not its concern.
				next.catch(() => undefined);
			}
			if (chunk.length) yield chunk;
			if (chunk.length < size) return;
		}
	}

	return { transact, readPrefixes, readInChunks };
}

export type Transact = ReturnType<typeof progressTransactions>['transact'];
