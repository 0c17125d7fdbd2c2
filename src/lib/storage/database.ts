// Every IndexedDB database Factdeck keeps, and the one way they are opened. Each database holds
// one object store of keyed records (idb-keyval's layout); records name their own version, so the
// database's own version number only ever changes to put back a missing store.
import type { UseStore } from 'idb-keyval';

export const databases = {
	/** Study progress: cards, the review log, settings (see records.ts). */
	progress: { name: 'factdeck', store: 'progress' },
	/** Banks made on this device and the review of one being made (local-banks.ts, drafts). */
	localBanks: { name: 'factdeck-local-banks', store: 'banks' },
	/** A student's assignments and attempts. */
	assignments: { name: 'factdeck-assignments', store: 'assignments' },
	/** A teacher's sets and the result codes collected for them. */
	teacher: { name: 'factdeck-teacher', store: 'sets' },
	/** The quiz in progress on each bank (quiz-resume.ts), left out of backups. */
	quiz: { name: 'factdeck-quiz', store: 'quizzes' }
} as const;

export type DatabaseId = keyof typeof databases;

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((ok, fail) => {
		req.onsuccess = () => ok(req.result);
		req.onerror = () => fail(req.error);
	});
}

function open(name: string, store: string, version?: number): Promise<IDBDatabase> {
	const req = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
	req.onupgradeneeded = () => {
		if (!req.result.objectStoreNames.contains(store)) req.result.createObjectStore(store);
	};
	return request(req);
}

/**
 * Opens `name` with its object store `store`. A database found without its store (deleted by
 * hand, or a failed upgrade elsewhere) gets it back through an upgrade: the other stores and
 * records are untouched. The connection closes when another tab needs to upgrade, and is opened
 * again on the next use.
 */
async function connect(name: string, store: string): Promise<IDBDatabase> {
	let db = await open(name, store);
	if (!db.objectStoreNames.contains(store)) {
		const next = db.version + 1;
		db.close();
		try {
			db = await open(name, store, next);
		} catch (error) {
			// Another tab put it back first (its upgrade took that version number).
			if ((error as { name?: string } | null)?.name !== 'VersionError') throw error;
			db = await open(name, store);
		}
		if (!db.objectStoreNames.contains(store)) {
			db.close();
			throw new Error(`The database "${name}" has no "${store}" store and could not be repaired.`);
		}
	}
	return db;
}

const opened = new Map<string, UseStore>();

/**
 * An idb-keyval store over `store` in database `name`, shared by every caller in this tab. Like
 * idb-keyval's `createStore`, plus: a missing store is recreated, and a connection another tab
 * asks to close (for an upgrade) is closed and reopened on the next use.
 */
export function openStore(name: string, store: string): UseStore {
	const id = `${name}\u0000${store}`;
	const known = opened.get(id);
	if (known) return known;
	let dbp: Promise<IDBDatabase> | undefined;
	const getDb = () =>
		(dbp ??= connect(name, store).then(
			(db) => {
				const forget = () => {
					db.close();
					dbp = undefined;
				};
				db.onversionchange = forget;
				db.onclose = () => (dbp = undefined);
				return db;
			},
			(error: unknown) => {
				dbp = undefined;
				throw error;
			}
		));
	const use: UseStore = async (mode, callback) => {
		let db = await getDb();
		let tx: IDBTransaction;
		try {
			tx = db.transaction(store, mode);
		} catch (error) {
			// Closed under us (another tab's upgrade): open again once.
			if ((error as { name?: string } | null)?.name !== 'InvalidStateError') throw error;
			dbp = undefined;
			db = await getDb();
			tx = db.transaction(store, mode);
		}
		return callback(tx.objectStore(store));
	};
	opened.set(id, use);
	return use;
}

/** The store of one of Factdeck's databases. */
export const storeOf = (id: DatabaseId): UseStore =>
	openStore(databases[id].name, databases[id].store);

/**
 * Whether database `id` holds any record: a count, nothing read, so a page can tell there is
 * nothing to list before it loads the schemas it would read them with.
 */
export async function holdsRecords(id: DatabaseId): Promise<boolean> {
	return (await storeOf(id)('readonly', (s) => request(s.count()))) > 0;
}
