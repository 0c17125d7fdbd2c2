import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/lib/srs/scheduler';
import {
	computeStats,
	createProgressStore,
	readRecord,
	type ReviewRecord
} from '../../src/lib/storage';
import { daysOf, foldDays, streakOf, validDays } from '../../src/lib/storage/progress-days';
import { localDay } from '../../src/lib/storage/card-figures';
import { foldAfter } from '../../src/lib/storage/record-keys';
import { historyPlayer, historySteps } from './progress-history';

let counter = 0;
const freshStore = () => createStore(`days-${++counter}`, 'progress');
const scheduler = createScheduler();
const t0 = Date.parse('2026-03-02T09:00:00.000Z');
const minute = 60_000;
const day = 1440 * minute;
const bankId = 'bank-a';
const facts = [0, 1, 2].map((f) => ({ factId: `fact-${f}` }));

/** The bank's log straight from the store, and its newest review key: the reference. */
async function logOf(store: UseStore) {
	const all = await entries<string, unknown>(store);
	const reviews: ReviewRecord[] = [];
	const undone = new Set<string>();
	let undoRecords = 0;
	let newest: string | null = null;
	for (const [key, value] of all) {
		if (key.startsWith(`review:${bankId}:`)) {
			const read = readRecord('review', value);
			if (read.ok) reviews.push(read.value);
			if (newest === null || key > newest) newest = key;
		} else if (key.startsWith('undo:')) {
			const read = readRecord('undo', value);
			if (read.ok && read.value.bankId === bankId) {
				undone.add(read.value.reviewId);
				undoRecords++;
			}
		}
	}
	return { reviews, undone, undoRecords, newest };
}

/**
 * The stored record with the review keys after its newest folded in, as a read folds them,
 * straight from the store (no read that could rebuild it).
 */
async function storedDays(store: UseStore) {
	const { undone, newest } = await logOf(store);
	const days = validDays(await get(`days:${bankId}`, store), bankId);
	if (!days) return undefined;
	const after = (await entries<string, unknown>(store))
		.map(([key]) => key)
		.filter(
			(key) => key.startsWith(`review:${bankId}:`) && (days.newest === null || key > days.newest)
		)
		.sort();
	expect(after.length === 0 || after.at(-1) === newest).toBe(true);
	return foldDays(days, after, undone);
}

const answerOp = fc.record({
	kind: fc.constant('answer' as const),
	fact: fc.nat(2),
	correct: fc.boolean(),
	/** Minutes after the previous answer: often across midnight somewhere, sometimes days on. */
	minutes: fc.oneof(fc.integer({ min: -300, max: 1500 }), fc.integer({ min: 1500, max: 5000 }))
});
type Answered = typeof answerOp extends fc.Arbitrary<infer A> ? A : never;
const op = historySteps(answerOp, {
	answerWeight: 6,
	mergeAnswers: 4,
	own: [{ weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const) }) }]
});

describe('answer days (the streak record)', () => {
	it('equal the days recomputed from the log after any answers, undos and merges, and give the streak the log gives, in any time zone (property)', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(op, { minLength: 1, maxLength: 14 }),
				fc.constantFrom(0, 330, -420, 345, 780, -210),
				async (ops, offset) => {
					const store = freshStore();
					const progress = createProgressStore(store, null);
					const read = (now: number) =>
						progress.streak(bankId, new Date(now), {
							timeZoneOffsetMinutes: offset
						});
					// Read once first, so every later step keeps the stored record up to date itself.
					await read(t0);
					expect(await get(`days:${bankId}`, store)).toEqual(
						daysOf(bankId, [], new Set(), 0, null)
					);
					const history = historyPlayer<Answered>({
						progress,
						bankId,
						scheduler,
						freshStore,
						t0,
						floor: t0 - 10 * day,
						answer: (a) => ({
							questionId: `q-${a.fact}`,
							questionType: 'short_answer',
							grade: a.correct ? 3 : 1,
							correct: a.correct,
							durationMs: 1000,
							mode: 'review'
						})
					});
					await history.play(ops, async () => {
						await del(`days:${bankId}`, store);
						await read(history.clock());
					});
					const clock = history.clock();
					const { reviews, undone, undoRecords, newest } = await logOf(store);
					// The stored record with the log after it, before any read could rebuild it.
					expect(await storedDays(store)).toEqual(
						daysOf(bankId, reviews, undone, undoRecords, newest)
					);
					const kept = reviews.filter((r) => !undone.has(r.id));
					const cards = await progress.loadCards(bankId);
					for (const now of [clock, clock + day, clock + 2 * day]) {
						const full = computeStats({
							facts,
							cards,
							reviews: kept,
							now: new Date(now),
							timeZoneOffsetMinutes: offset
						});
						expect(await read(now)).toBe(full.streakDays);
					}
				}
			),
			{ numRuns: 40 }
		);
	}, 240_000);

	it('are built from the log on a database written without them, and kept from then on', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		const answer = (i: number) =>
			progress.recordAnswer(
				{
					bankId,
					factId: `fact-${i % 3}`,
					questionId: `q-${i % 3}`,
					questionType: 'short_answer',
					grade: 3,
					correct: true,
					durationMs: 1000,
					mode: 'quiz',
					now: new Date(t0 + i * day),
					reviewId: `a${i}`
				},
				scheduler
			);
		// What the version before them wrote: a log of 5 days running, and no answer days.
		for (let i = 0; i < 5; i++) await answer(i);
		await del(`days:${bankId}`, store);
		const before = await entries<string, unknown>(store);
		const streak = (i: number) =>
			progress.streak(bankId, new Date(t0 + i * day), { timeZoneOffsetMinutes: 60 });
		expect(await streak(4)).toBe(5);
		const after = new Map(await entries<string, unknown>(store));
		for (const [key, value] of before) expect(after.get(key)).toEqual(value);
		let log = await logOf(store);
		expect(after.get(`days:${bankId}`)).toEqual(
			daysOf(bankId, log.reviews, log.undone, log.undoRecords, log.newest)
		);
		// From then on each answer and undo keeps them: no rebuild needed to stay right.
		await answer(5);
		await answer(6);
		expect(await progress.undoReview(bankId, 'a6', new Date(t0 + 6 * day))).toBe(true);
		log = await logOf(store);
		expect(await storedDays(store)).toEqual(
			daysOf(bankId, log.reviews, log.undone, log.undoRecords, log.newest)
		);
		expect(await streak(6)).toBe(6);
		// Answers in time order leave the record as it is: a read folds the log after it, and
		// writes it back once more than foldAfter reviews wait.
		const record = await get(`days:${bankId}`, store);
		for (let i = 7; i < 7 + foldAfter + 1; i++) await answer(i);
		expect(await get(`days:${bankId}`, store)).toEqual(record);
		// Days 7 to 207 in a row (day 6 was undone).
		expect(await streak(7 + foldAfter)).toBe(foldAfter + 1);
		log = await logOf(store);
		expect(await get(`days:${bankId}`, store)).toEqual(
			daysOf(bankId, log.reviews, log.undone, log.undoRecords, log.newest)
		);
	});

	it('of the first version (plain lists) are read as they were and written back as typed arrays', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		for (let i = 0; i < 3; i++)
			await progress.recordAnswer(
				{
					bankId,
					factId: `fact-${i}`,
					questionId: `q-${i}`,
					questionType: 'short_answer',
					grade: 3,
					correct: true,
					durationMs: 1000,
					mode: 'quiz',
					now: new Date(t0 + i * day),
					reviewId: `a${i}`
				},
				scheduler
			);
		const streak = () =>
			progress.streak(bankId, new Date(t0 + 2 * day), { timeZoneOffsetMinutes: 0 });
		expect(await streak()).toBe(3);
		const current = validDays(await get(`days:${bankId}`, store), bankId)!;
		expect(current.quarters).toBeInstanceOf(Int32Array);
		// A record as version 1 wrote it, its newest moved back so the read folds the log after it
		// in, and a count the log does not hold (a migration keeps it; a rebuild would not).
		const { reviews } = await logOf(store);
		const older = daysOf(bankId, reviews.slice(0, 2), new Set(), 0, null);
		const firstVersion = {
			...older,
			v: 1,
			newest: `review:${bankId}:${reviews[1]!.reviewedAt}:${reviews[1]!.id}`,
			quarters: [...older.quarters],
			counts: [2, ...older.counts.slice(1)]
		};
		await set(`days:${bankId}`, firstVersion, store);
		expect(await streak()).toBe(3);
		const counts = Uint32Array.from(current.counts);
		counts[0] = 2;
		expect(await get(`days:${bankId}`, store)).toEqual({ ...current, counts });
		// A list that does not fit the new columns leaves the record to be rebuilt from the log.
		await set(`days:${bankId}`, { ...firstVersion, quarters: [2 ** 40, 2 ** 41] }, store);
		expect(await streak()).toBe(3);
		expect(await get(`days:${bankId}`, store)).toEqual(current);
	});

	it('give a streak counted back from today, passing over answers dated after it', () => {
		const at = (d: number, h = 0) => ({
			reviewedAt: new Date(t0 + d * day + h * 3_600_000).toISOString(),
			id: `r${d}-${h}`
		});
		const days = daysOf(bankId, [at(0), at(1), at(1, 5), at(2), at(5)], new Set(), 0, null);
		const streak = (d: number) => streakOf(days, localDay(t0 + d * day, 0), 0);
		expect([2, 3, 4, 5].map(streak)).toEqual([3, 3, 0, 1]);
		expect(streakOf(days, localDay(t0 + 2 * day, 0), 10)).toBeUndefined();
	});
});
