import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { totalsView } from './totals-view';
import { createScheduler } from '../../src/lib/srs/scheduler';
import { createDeviceBackup } from '../../src/lib/storage/backup/device-backup';
import { progressSection, settingsSection } from '../../src/lib/storage/backup/sections';
import { keys } from '../../src/lib/storage/records';
import {
	createProgressStore,
	ImportIncompleteError,
	type Backup,
	type ProgressStore
} from '../../src/lib/storage';

// A backup is written and merged a few records per transaction: an export never holds the whole
// log, an import that stops midway stays marked unfinished, and importing the file again gives
// what one uninterrupted import gives.

let counter = 0;
const scheduler = createScheduler();
const t0 = new Date('2026-03-02T09:00:00.000Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const batch = 7;

const storeOf = (store: UseStore, batchRecords = batch) =>
	createProgressStore(store, null, { storage: undefined, batchRecords });

/** A UseStore over `inner` whose `put`s start failing as a full disk does after `limit` of them. */
function fillingStore(inner: UseStore, limit: number): UseStore {
	let puts = 0;
	return (mode, callback) =>
		inner(mode, (s) => {
			const proxy = new Proxy(s, {
				get(target, prop) {
					if (prop === 'put') {
						return (value: unknown, key: IDBValidKey) => {
							if (++puts > limit) throw new DOMException('The disk is full.', 'QuotaExceededError');
							return target.put(value, key);
						};
					}
					const value = Reflect.get(target, prop, target) as unknown;
					return typeof value === 'function' ? value.bind(target) : value;
				}
			});
			return callback(proxy);
		});
}

/** A UseStore over `inner` that runs `before` ahead of its `at`-th read-write transaction. */
function interruptedStore(inner: UseStore, at: number, before: () => Promise<void>): UseStore {
	let writes = 0;
	return async (mode, callback) => {
		if (mode === 'readwrite' && ++writes === at) await before();
		return inner(mode, callback);
	};
}

/** The device whose history() is exported. */
let source: ProgressStore;

/** A history over two banks: 12 answers on 4 facts, one of them undone. */
async function history(): Promise<Backup> {
	source = storeOf(createStore(`batches-src-${++counter}`, 'progress'));
	for (let i = 0; i < 12; i++) {
		await source.recordAnswer(
			{
				bankId: i % 3 === 0 ? 'bank-b' : 'bank-a',
				factId: `fact-${i % 4}`,
				questionId: `q-${i % 5}`,
				questionType: 'short_answer',
				grade: ((i % 4) + 1) as 1 | 2 | 3 | 4,
				correct: i % 4 !== 0,
				durationMs: 1000 + i,
				mode: 'review',
				reviewId: `r-${i}`,
				now: minutes(i * 30)
			},
			scheduler
		);
	}
	await source.undoReview('bank-a', 'r-10', minutes(400));
	return source.exportBackup(minutes(500));
}

/** Everything a learner sees of a device's progress. */
async function seen(progress: ProgressStore) {
	const all = await progress.exportBackup(minutes(500));
	const banks = ['bank-a', 'bank-b'];
	return {
		cards: all.cards,
		reviews: all.reviews,
		undos: all.undos,
		quarantined: (await progress.loadAll()).quarantined,
		totals: await Promise.all(
			banks.map(async (b) => totalsView(await progress.loadTotals(b, minutes(500))))
		),
		due: await Promise.all(banks.map(async (b) => [...(await progress.loadDueIndex(b))])),
		unfinished: await progress.unfinishedImport()
	};
}

describe('exporting a backup a chunk at a time', () => {
	it('writes the text of the whole file, the log in key order, whatever the chunk size', async () => {
		const backup = await history();
		const file = (progress: ProgressStore) =>
			createDeviceBackup([progressSection(progress), settingsSection(progress)]);
		const { text } = await file(source).exportText(minutes(500));
		const reviewKey = (r: Backup['reviews'][number]) => keys.review(r.bankId, r.reviewedAt, r.id);
		const expected = {
			format: 'factdeck-progress',
			version: 2,
			exportedAt: minutes(500).toISOString(),
			cards: backup.cards,
			reviews: [...backup.reviews].sort((a, b) => (reviewKey(a) < reviewKey(b) ? -1 : 1)),
			undos: backup.undos,
			settings: { requestRetention: 0.9, newPerDay: 20 }
		};
		expect(backup.reviews.length).toBe(12);
		expect(text).toBe(JSON.stringify(expected, null, '\t'));
		// One chunk for everything gives the same text.
		const whole = storeOf(createStore(`batches-${++counter}`, 'progress'), 10_000);
		await whole.mergeProgress(backup, scheduler);
		expect((await file(whole).exportText(minutes(500))).text).toBe(text);
	});
});

describe('importing a backup in batches', () => {
	it('writes a few records per transaction, reporting each batch, as one import would', async () => {
		const backup = await history();
		const batched = storeOf(createStore(`batches-${++counter}`, 'progress'));
		const steps: [number, number][] = [];
		const result = await batched.mergeProgress(backup, scheduler, (done, total) =>
			steps.push([done, total])
		);
		const whole = storeOf(createStore(`batches-${++counter}`, 'progress'), 10_000);
		expect(await whole.mergeProgress(backup, scheduler)).toEqual(result);
		expect(result).toMatchObject({ added: 12, skipped: 0 });

		const total = steps[0]![1];
		expect(steps.map(([done]) => done)).toEqual([
			0,
			...Array.from({ length: Math.ceil(total / batch) }, (_, i) =>
				Math.min(total, (i + 1) * batch)
			)
		]);
		expect(steps.every(([, t]) => t === total)).toBe(true);
		expect(await seen(batched)).toEqual(await seen(whole));
		expect((await seen(batched)).unfinished).toBeUndefined();
	});

	it('stops on a full disk with a clear message, stays marked unfinished, and finishes when imported again', async () => {
		const backup = await history();
		const base = createStore(`batches-${++counter}`, 'progress');
		const failing = storeOf(fillingStore(base, 12));
		const error = await failing.mergeProgress(backup, scheduler).then(
			() => undefined,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ImportIncompleteError);
		const incomplete = error as ImportIncompleteError;
		expect(incomplete.message).toMatch(
			/^The import stopped after saving \d+ of \d+ records \(Your progress could not be saved because this browser has run out of storage space/
		);
		expect(incomplete.message).toContain('Import the same file again to finish it');
		expect(incomplete.written).toBeLessThan(incomplete.total);

		const progress = storeOf(base);
		// The progress page shows the unfinished import, with how far it got.
		expect(await progress.unfinishedImport()).toMatchObject({
			written: incomplete.written,
			total: incomplete.total
		});
		// Figures read meanwhile come from what is stored, not from totals written ahead of it.
		const partly = await progress.exportBackup(minutes(500));
		expect(partly.reviews.length).toBeLessThan(12);
		const partTotals = await progress.loadTotals('bank-a', minutes(500));
		const answered = partly.reviews.filter(
			(r) => r.bankId === 'bank-a' && !partly.undos.some((u) => u.reviewId === r.id)
		).length;
		expect(partTotals.total.reduce((n, total) => n + total, 0)).toBe(answered);

		await progress.mergeProgress(backup, scheduler);
		const clean = storeOf(createStore(`batches-${++counter}`, 'progress'));
		await clean.mergeProgress(backup, scheduler);
		expect(await seen(progress)).toEqual(await seen(clean));
	});

	it('gives the same progress whichever write fails, once imported again (property)', async () => {
		const backup = await history();
		const clean = storeOf(createStore(`batches-${++counter}`, 'progress'));
		await clean.mergeProgress(backup, scheduler);
		const expected = await seen(clean);
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 0, max: 40 }), async (limit) => {
				const base = createStore(`batches-${++counter}`, 'progress');
				await storeOf(fillingStore(base, limit))
					.mergeProgress(backup, scheduler)
					.catch((e: unknown) => {
						expect(e).toBeInstanceOf(Error);
					});
				const progress = storeOf(base);
				await progress.mergeProgress(backup, scheduler);
				expect(await seen(progress)).toEqual(expected);
			}),
			{ numRuns: 12 }
		);
	});

	it("keeps another tab's answer given while the import is written, replayed in time order", async () => {
		const backup = await history();
		const probe = storeOf(createStore(`batches-${++counter}`, 'progress'));
		let total = 0;
		await probe.mergeProgress(backup, scheduler, (_, t) => (total = t));
		const late = {
			bankId: 'bank-a',
			factId: 'fact-1',
			questionId: 'q-1',
			questionType: 'short_answer' as const,
			grade: 3 as const,
			correct: true,
			durationMs: 900,
			mode: 'review' as const,
			reviewId: 'other-tab',
			now: minutes(450)
		};
		// One device that imported first, then answered.
		const one = storeOf(createStore(`batches-${++counter}`, 'progress'));
		await one.mergeProgress(backup, scheduler);
		await one.recordAnswer(late, scheduler);
		const want = await seen(one);
		// Read-write transactions: the mark, the batches, the last one. Answer before each batch.
		for (let at = 2; at <= 1 + Math.ceil(total / batch); at++) {
			const base = createStore(`batches-${++counter}`, 'progress');
			const otherTab = storeOf(base);
			const importing = storeOf(
				interruptedStore(base, at, async () => {
					await otherTab.recordAnswer(late, scheduler);
				})
			);
			await importing.mergeProgress(backup, scheduler);
			const got = await seen(storeOf(base));
			expect(got.cards).toEqual(want.cards);
			expect(got.reviews).toEqual(want.reviews);
			expect(got.due).toEqual(want.due);
			expect(got.totals).toEqual(want.totals);
			expect(got.unfinished).toBeUndefined();
		}
	});
});
