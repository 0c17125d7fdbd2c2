import 'fake-indexeddb/auto';
import { get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/lib/srs/scheduler';
import { createProgressStore } from '../../src/lib/storage';
import { openStore } from '../../src/lib/storage/database';

let counter = 0;
const scheduler = createScheduler();
const t0 = new Date('2026-03-02T09:00:00.000Z');

function idb<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((ok, fail) => {
		req.onsuccess = () => ok(req.result);
		req.onerror = () => fail(req.error);
	});
}

/** Deletes `store` from database `name` by an upgrade, as a broken profile or devtools might. */
async function deleteStore(name: string, store: string) {
	const current = await idb(indexedDB.open(name));
	const version = current.version;
	current.close();
	const req = indexedDB.open(name, version + 1);
	req.onupgradeneeded = () => req.result.deleteObjectStore(store);
	(await idb(req)).close();
}

const answer = (reviewId: string, factId = 'fact-1') => ({
	bankId: 'bank-a',
	factId,
	questionId: 'q-1',
	questionType: 'short_answer' as const,
	grade: 3 as const,
	correct: true,
	durationMs: 1000,
	mode: 'review' as const,
	now: t0,
	reviewId
});

describe('a database missing its store', () => {
	it('gets the store back by an upgrade, keeping the other stores and their records', async () => {
		const name = `missing-${++counter}`;
		// A database with the progress store and a second store beside it.
		const req = indexedDB.open(name, 1);
		req.onupgradeneeded = () => {
			req.result.createObjectStore('progress');
			req.result.createObjectStore('other');
		};
		(await idb(req)).close();
		const other = openStore(name, 'other');
		await set('kept', { v: 1, note: 'still here' }, other);
		await deleteStore(name, 'progress');

		const progress = createProgressStore(openStore(name, 'progress'), null, { storage: undefined });
		const { review } = await progress.recordAnswer(answer('r1'), scheduler);
		expect((await progress.loadAll()).reviews).toEqual([review]);
		expect(await get('kept', other)).toEqual({ v: 1, note: 'still here' });
		const db = await idb(indexedDB.open(name));
		expect([...db.objectStoreNames].sort()).toEqual(['other', 'progress']);
		db.close();
	});

	it('is repaired while a tab has it open: the tab lets go, reopens and goes on saving', async () => {
		const name = `missing-${++counter}`;
		const store = openStore(name, 'progress');
		const progress = createProgressStore(store, null, { storage: undefined });
		await progress.recordAnswer(answer('r1'), scheduler);
		// Another tab (or devtools) removes the store; this tab's open connection must not block it.
		await deleteStore(name, 'progress');
		expect((await progress.loadAll()).cards).toEqual([]);
		await progress.recordAnswer(answer('r2', 'fact-2'), scheduler);
		expect((await progress.loadAll()).reviews.map((r) => r.id)).toEqual(['r2']);
	});

	it('leaves a database that has its store as it is', async () => {
		const name = `present-${++counter}`;
		const store = openStore(name, 'progress');
		await set('card:x', { v: 1 }, store);
		const before = await idb(indexedDB.open(name));
		const version = before.version;
		before.close();
		expect(await get('card:x', openStore(name, 'progress'))).toEqual({ v: 1 });
		const after = await idb(indexedDB.open(name));
		expect(after.version).toBe(version);
		after.close();
	});
});
