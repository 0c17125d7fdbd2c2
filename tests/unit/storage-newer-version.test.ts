import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/lib/srs/scheduler';
import { createProgressStore, type RecordAnswerInput } from '../../src/lib/storage';
import { dueIndexVersion } from '../../src/lib/storage/progress-due-index';
import {
	NewerVersionError,
	newerVersionMessage,
	onNewerVersion
} from '../../src/lib/storage/newer-version';

let counter = 0;
const scheduler = createScheduler();
const t0 = new Date('2026-03-02T09:00:00.000Z');
const later = new Date('2026-03-09T09:00:00.000Z');

function answer(overrides: Partial<RecordAnswerInput> = {}): RecordAnswerInput {
	return {
		bankId: 'bank-a',
		factId: 'fact-1',
		questionId: 'q-1',
		questionType: 'short_answer',
		grade: 3,
		correct: true,
		response: 'Kishida',
		durationMs: 4000,
		mode: 'review',
		now: t0,
		...overrides
	};
}

function setup() {
	const store = createStore(`newer-${++counter}`, 'progress');
	const progress = createProgressStore(store, null, { storage: undefined });
	const seen: string[] = [];
	stops.push(onNewerVersion((key) => seen.push(key)));
	return { store, progress, seen };
}
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A card as the next version of Factdeck might write it: a field this version does not know. */
async function newerCard(store: ReturnType<typeof createStore>) {
	const progress = createProgressStore(store, null, { storage: undefined });
	const { card } = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
	const record = {
		v: 2,
		bankId: 'bank-a',
		factId: 'fact-1',
		card: { ...card, reps: 7 },
		updatedAt: t0.toISOString(),
		lastReviewId: 'r1',
		mastery: 0.8
	};
	await set('card:bank-a:fact-1', record, store);
	return record;
}

describe('a record written by a newer version', () => {
	it('is read by an older tab without being set aside, moved or restarted', async () => {
		const { store, progress, seen } = setup();
		const record = await newerCard(store);

		// Every read path this tab has.
		expect((await progress.loadCards('bank-a')).has('fact-1')).toBe(false);
		expect(await progress.loadCard('bank-a', 'fact-1')).toBeUndefined();
		const all = await progress.loadAll();
		expect(all.quarantined).toEqual([]);
		await progress.loadDueIndex('bank-a', later);

		expect(await get('card:bank-a:fact-1', store)).toEqual(record);
		expect(await get('quarantine:card:bank-a:fact-1', store)).toBeUndefined();
		expect(seen).toEqual(['card:bank-a:fact-1']);
	});

	it('is not written over by the next answer: the answer is refused with the reload message', async () => {
		const { store, progress } = setup();
		const record = await newerCard(store);

		const next = progress.recordAnswer(answer({ reviewId: 'r2', now: later }), scheduler);
		await expect(next).rejects.toBeInstanceOf(NewerVersionError);
		await expect(next).rejects.toThrow(newerVersionMessage);
		expect(newerVersionMessage).toBe('Factdeck was updated in another tab — reload this page.');

		// The card keeps its newer state (reps 7), not restarted at reps 1; the log has no r2.
		expect(await get('card:bank-a:fact-1', store)).toEqual(record);
		expect((await progress.loadReviews('bank-a')).map((r) => r.id)).toEqual(['r1']);
		await expect(progress.undoReview('bank-a', 'r1', later)).rejects.toBeInstanceOf(
			NewerVersionError
		);
		expect(await get('card:bank-a:fact-1', store)).toEqual(record);
	});

	it('keeps newer settings and a newer due index as they are', async () => {
		const { store, progress } = setup();
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		const settings = { v: 2, requestRetention: 0.85, newPerDay: 5, theme: 'dark' };
		const dueIndex = { v: dueIndexVersion + 1, bankId: 'bank-a', entries: {} };
		await set('meta:settings', settings, store);
		await set('dueidx:bank-a', dueIndex, store);

		await expect(progress.saveSettings({ requestRetention: 0.9, newPerDay: 20 })).rejects.toThrow(
			newerVersionMessage
		);
		expect([...(await progress.loadDueIndex('bank-a', later)).keys()]).toEqual(['fact-1']);
		expect(await get('meta:settings', store)).toEqual(settings);
		expect(await get('dueidx:bank-a', store)).toEqual(dueIndex);
		// Answering another fact of the bank leaves the newer index alone too.
		await progress.recordAnswer(answer({ factId: 'fact-2', reviewId: 'r2' }), scheduler);
		expect(await get('dueidx:bank-a', store)).toEqual(dueIndex);
	});
});
