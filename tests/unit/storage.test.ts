import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, del, get, getMany, keys as allKeys, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { storedTotalsView, totalsView } from './totals-view';
import {
	buildDueQueue,
	buildQueue,
	createScheduler,
	type CardState
} from '../../src/lib/srs/scheduler';
import {
	Backup,
	createProgressStore,
	foldDueIndex,
	readDueHeader,
	onProgressChanged,
	StorageFullError,
	type ProgressMessage,
	type RecordAnswerInput
} from '../../src/lib/storage';

let counter = 0;
const freshStore = () => createStore(`test-${++counter}`, 'progress');

const scheduler = createScheduler();
const t0 = new Date('2026-03-02T09:00:00.000Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

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

/** A UseStore over `inner` whose object store fails `put` for keys matching `failOn`. */
function failingStore(inner: UseStore, failOn: RegExp, error: () => Error): UseStore {
	return (mode, callback) =>
		inner(mode, (s) => {
			const proxy = new Proxy(s, {
				get(target, prop) {
					if (prop === 'put') {
						return (value: unknown, key: IDBValidKey) => {
							if (failOn.test(String(key))) throw error();
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

function setup() {
	const store = freshStore();
	const messages: ProgressMessage[] = [];
	const progress = createProgressStore(
		store,
		{ postMessage: (m) => messages.push(m) },
		{ storage: undefined }
	);
	return { store, progress, messages };
}

describe('recordAnswer', () => {
	it('writes the card and the review log entry, and notifies', async () => {
		const { progress, messages, store } = setup();
		const { review, card, previous, duplicate } = await progress.recordAnswer(
			answer({ reviewId: 'r1' }),
			scheduler
		);
		expect(previous).toBeNull();
		expect(duplicate).toBe(false);
		expect(card).toEqual(scheduler.next(scheduler.initial(t0), 3, t0));
		expect(review).toMatchObject({ id: 'r1', factId: 'fact-1', grade: 3, card, previous: null });
		expect(await progress.loadCards('bank-a')).toEqual(new Map([['fact-1', card]]));
		expect(await progress.loadReviews('bank-a')).toEqual([review]);
		expect(messages).toEqual([{ type: 'progress-changed', bankId: 'bank-a' }]);
		expect((await allKeys(store)).sort()).toEqual([
			'card:bank-a:fact-1',
			`review:bank-a:${t0.toISOString()}:r1`,
			'rid:r1'
		]);
	});

	it('chains reviews: each review saves the state before it', async () => {
		const { progress } = setup();
		const first = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		const second = await progress.recordAnswer(
			answer({ reviewId: 'r2', now: minutes(10) }),
			scheduler
		);
		expect(second.previous).toEqual(first.card);
		expect(second.card.reps).toBe(2);
		expect(second.review.previousReviewId).toBe('r1');
	});

	it('is idempotent on the review id', async () => {
		const { progress, messages } = setup();
		const first = await progress.recordAnswer(answer({ reviewId: 'same' }), scheduler);
		const again = await progress.recordAnswer(
			answer({ reviewId: 'same', now: minutes(5), grade: 1 }),
			scheduler
		);
		expect(again.duplicate).toBe(true);
		expect(again.review).toEqual(first.review);
		expect((await progress.loadCards('bank-a')).get('fact-1')).toEqual(first.card);
		expect(await progress.loadReviews()).toHaveLength(1);
		expect(messages).toHaveLength(1);
	});

	it('keeps card and log in one transaction: a failing log write leaves the card as it was', async () => {
		const { progress, store } = setup();
		const first = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		const broken = createProgressStore(
			failingStore(store, /^review:/, () => new TypeError('disk on fire')),
			null
		);
		await expect(
			broken.recordAnswer(answer({ reviewId: 'r2', now: minutes(10), grade: 1 }), scheduler)
		).rejects.toThrow('disk on fire');
		expect((await progress.loadCards('bank-a')).get('fact-1')).toEqual(first.card);
		expect(await progress.loadReviews('bank-a')).toHaveLength(1);
		expect(await get('rid:r2', store)).toBeUndefined();
	});

	it('turns a quota failure into StorageFullError and keeps earlier data', async () => {
		const { progress, store } = setup();
		const first = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		const full = createProgressStore(
			failingStore(store, /^rid:/, () => new DOMException('quota', 'QuotaExceededError')),
			null
		);
		const attempt = full.recordAnswer(answer({ reviewId: 'r2', now: minutes(10) }), scheduler);
		await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
		await expect(attempt).rejects.toThrow(/out of storage space/);
		expect((await progress.loadCards('bank-a')).get('fact-1')).toEqual(first.card);
		expect(await progress.loadReviews()).toHaveLength(1);
	});

	it('aborts the whole answer when a write fails later, inside IndexedDB', async () => {
		const { progress, store } = setup();
		const first = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await set('rid:r2', 'taken', store);
		// `add` on an existing key fails asynchronously with ConstraintError, after the card put.
		const conflicting: UseStore = (mode, callback) =>
			store(mode, (s) =>
				callback(
					new Proxy(s, {
						get(target, prop) {
							if (prop === 'put') {
								return (value: unknown, key: IDBValidKey) =>
									String(key).startsWith('rid:') ? target.add(value, key) : target.put(value, key);
							}
							const value = Reflect.get(target, prop, target) as unknown;
							return typeof value === 'function' ? value.bind(target) : value;
						}
					})
				)
			);
		const broken = createProgressStore(conflicting, null);
		await expect(
			broken.recordAnswer(answer({ reviewId: 'r2', now: minutes(10) }), scheduler)
		).rejects.toMatchObject({ name: 'ConstraintError' });
		expect((await progress.loadCards('bank-a')).get('fact-1')).toEqual(first.card);
		expect(await progress.loadReviews('bank-a')).toHaveLength(1);
	});

	it('loses no update when two tabs answer the same fact at once', async () => {
		const name = `test-${++counter}`;
		const tabA = createProgressStore(createStore(name, 'progress'), null);
		await tabA.loadSettings();
		const tabB = createProgressStore(createStore(name, 'progress'), null);
		await Promise.all([
			tabA.recordAnswer(answer({ reviewId: 'from-a' }), scheduler),
			tabB.recordAnswer(answer({ reviewId: 'from-b', now: minutes(1) }), scheduler)
		]);
		const card = (await tabA.loadCards('bank-a')).get('fact-1');
		expect(card?.reps).toBe(2);
		const reviews = await tabB.loadReviews('bank-a');
		expect(reviews.map((r) => r.id).sort()).toEqual(['from-a', 'from-b']);
		expect(reviews.some((r) => r.previous !== null)).toBe(true);
		await Promise.all(
			Array.from({ length: 8 }, (_, i) =>
				(i % 2 ? tabA : tabB).recordAnswer(
					answer({ reviewId: `burst-${i}`, now: minutes(20 + i) }),
					scheduler
				)
			)
		);
		expect((await tabB.loadCards('bank-a')).get('fact-1')?.reps).toBe(10);
		expect(await tabA.loadReviews('bank-a')).toHaveLength(10);
	});

	it('rejects an invalid answer before writing anything', async () => {
		const { progress, store } = setup();
		await expect(progress.recordAnswer(answer({ grade: 5 as 3 }), scheduler)).rejects.toThrow(
			/Invalid answer record/
		);
		expect(await allKeys(store)).toEqual([]);
	});
});

describe('undoReview', () => {
	it('restores the exact previous state and drops the review everywhere', async () => {
		const { progress } = setup();
		const first = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		const second = await progress.recordAnswer(
			answer({ reviewId: 'r2', now: days(2), grade: 1, correct: false }),
			scheduler
		);
		expect(await progress.undoReview('bank-a', 'r1', days(2))).toBe(false);
		expect(await progress.undoReview('bank-a', 'r2', days(2))).toBe(true);
		expect((await progress.loadCards('bank-a')).get('fact-1')).toEqual(first.card);
		expect(second.previous).toEqual(first.card);
		expect((await progress.loadReviews('bank-a')).map((r) => r.id)).toEqual(['r1']);
		const stats = await progress.stats('bank-a', [{ factId: 'fact-1' }], days(2), {
			timeZoneOffsetMinutes: 0
		});
		expect(stats.accuracyByType.short_answer).toEqual({ correct: 1, total: 1 });
		expect(await progress.undoReview('bank-a', 'r2', days(2))).toBe(false);
		expect(await progress.undoReview('bank-a', 'r1', days(2))).toBe(true);
		expect(await progress.loadCards('bank-a')).toEqual(new Map());
		expect(await progress.loadReviews()).toEqual([]);
	});

	it('refuses unknown reviews and reviews from another bank', async () => {
		const { progress } = setup();
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		expect(await progress.undoReview('bank-a', 'nope')).toBe(false);
		expect(await progress.undoReview('bank-b', 'r1')).toBe(false);
	});
});

describe('validation, quarantine and migration', () => {
	it('sets corrupt records aside, counts them, and never throws', async () => {
		const { progress, store } = setup();
		const good = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await set(
			'card:bank-a:fact-2',
			{ v: 1, bankId: 'bank-a', factId: 'fact-2', card: 'garbage' },
			store
		);
		await set('review:bank-a:2026-01-01T00:00:00.000Z:bad', 42, store);
		await set('undo:weird', { v: 'one' }, store);
		const all = await progress.loadAll();
		expect(all.cards.map((c) => c.factId)).toEqual(['fact-1']);
		expect(all.reviews).toEqual([good.review]);
		expect(all.quarantined.map((q) => q.key).sort()).toEqual([
			'card:bank-a:fact-2',
			'review:bank-a:2026-01-01T00:00:00.000Z:bad',
			'undo:weird'
		]);
		expect(all.quarantined.find((q) => q.key === 'undo:weird')?.error).toMatch(
			/unknown record version/
		);
		const moved = await get('quarantine:card:bank-a:fact-2', store);
		expect(moved).toMatchObject({ key: 'card:bank-a:fact-2', raw: { card: 'garbage' } });
		expect(await get('card:bank-a:fact-2', store)).toBeUndefined();
		expect((await progress.loadAll()).quarantined).toHaveLength(3);
		expect(await progress.loadCards('bank-a')).toEqual(new Map([['fact-1', good.card]]));
	});

	it('answers over a corrupt card by starting afresh and quarantining the old value', async () => {
		const { progress, store } = setup();
		await set('card:bank-a:fact-1', 'not a card', store);
		const result = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		expect(result.previous).toBeNull();
		expect(await get('quarantine:card:bank-a:fact-1', store)).toMatchObject({ raw: 'not a card' });
	});

	it('migrates v0 (unversioned, snake_case) records forward and rewrites them', async () => {
		const { progress, store } = setup();
		const oldCard = {
			due: '2026-03-05T09:00:00.000Z',
			stability: 3.2,
			difficulty: 5.1,
			elapsed_days: 0,
			scheduled_days: 3,
			reps: 2,
			lapses: 0,
			state: 2,
			last_review: '2026-03-02T09:00:00.000Z'
		};
		await set('card:bank-a:fact-1', { bankId: 'bank-a', factId: 'fact-1', card: oldCard }, store);
		await set(
			'review:bank-a:2026-03-02T09:00:00.000Z:old-1',
			{
				id: 'old-1',
				bankId: 'bank-a',
				factId: 'fact-1',
				questionId: 'q-1',
				questionType: 'mcq',
				rating: 3,
				at: '2026-03-02T09:00:00.000Z',
				previous: null,
				card: oldCard
			},
			store
		);
		const expectedCard: CardState = {
			due: '2026-03-05T09:00:00.000Z',
			stability: 3.2,
			difficulty: 5.1,
			elapsedDays: 0,
			scheduledDays: 3,
			learningSteps: 0,
			reps: 2,
			lapses: 0,
			state: 'review',
			lastReview: '2026-03-02T09:00:00.000Z'
		};
		expect((await progress.loadCards('bank-a')).get('fact-1')).toEqual(expectedCard);
		const [review] = await progress.loadReviews('bank-a');
		expect(review).toMatchObject({
			v: 1,
			grade: 3,
			correct: true,
			mode: 'review',
			card: expectedCard
		});
		expect(await get('card:bank-a:fact-1', store)).toMatchObject({
			v: 1,
			updatedAt: '2026-03-02T09:00:00.000Z',
			card: expectedCard
		});
		expect((await progress.loadAll()).quarantined).toEqual([]);
	});
});

describe('backup', () => {
	async function studied() {
		const ctx = setup();
		await ctx.progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await ctx.progress.recordAnswer(answer({ reviewId: 'r2', now: minutes(10) }), scheduler);
		await ctx.progress.recordAnswer(answer({ reviewId: 'r3', factId: 'fact-2' }), scheduler);
		await ctx.progress.recordAnswer(
			answer({ reviewId: 'r4', bankId: 'bank-b', now: days(1) }),
			scheduler
		);
		await ctx.progress.recordAnswer(answer({ reviewId: 'r5', now: days(1), grade: 1 }), scheduler);
		await ctx.progress.undoReview('bank-a', 'r5', days(1));
		return ctx;
	}

	it('export → clear → import restores the same progress', async () => {
		const { progress } = await studied();
		const before = await progress.loadAll();
		const backup = await progress.exportBackup(days(3));
		expect(Backup.parse(JSON.parse(JSON.stringify(backup)))).toEqual(backup);
		expect(backup.undos.map((u) => u.reviewId)).toEqual(['r5']);
		await progress.clearAll();
		expect((await progress.loadAll()).cards).toEqual([]);
		const result = await progress.importBackup(JSON.parse(JSON.stringify(backup)));
		expect(result).toEqual({ added: 5, skipped: 0, cardsUpdated: 3 });
		expect(await progress.loadAll()).toEqual(before);
		expect(await progress.undoReview('bank-a', 'r5')).toBe(false);
	});

	it('importing twice adds nothing the second time', async () => {
		const { progress } = await studied();
		const backup = await progress.exportBackup(days(3));
		const other = setup().progress;
		expect(await other.importBackup(backup)).toEqual({ added: 5, skipped: 0, cardsUpdated: 3 });
		const once = await other.loadAll();
		expect(await other.importBackup(backup)).toEqual({ added: 0, skipped: 5, cardsUpdated: 0 });
		expect(await other.loadAll()).toEqual(once);
	});

	it('stores imported reviews without a rid: record each, and still undoes them and keeps the totals', async () => {
		const { progress } = await studied();
		const backup = await progress.exportBackup(days(3));
		const { progress: other, store } = setup();
		await other.loadTotals('bank-a', days(3));
		expect(await other.importBackup(backup)).toMatchObject({ added: 5 });
		expect((await allKeys(store)).filter((k) => String(k).startsWith('rid:'))).toEqual([]);
		// Known by their keys: a second import adds nothing.
		expect(await other.importBackup(backup)).toMatchObject({ added: 0, skipped: 5 });
		// An answer over an imported one, undone: the totals walk back to the imported answer.
		await other.recordAnswer(
			answer({ reviewId: 'r6', now: days(2), grade: 1, correct: false }),
			scheduler
		);
		const totals = await other.loadTotals('bank-a', days(3));
		expect(await other.undoReview('bank-a', 'r6', days(2))).toBe(true);
		expect(storedTotalsView(await get('totals:bank-a', store))).toMatchObject({
			undone: 2,
			questions: {
				'q-1': {
					total: totalsView(totals)!.questions['q-1']!.total - 1,
					last: [minutes(10).toISOString(), 'r2', true]
				}
			}
		});
		// An imported answer itself, the card's latest, undone without its rid: record.
		expect(await other.undoReview('bank-a', 'r4')).toBe(false);
		expect(await other.undoReview('bank-b', 'r4', days(2))).toBe(true);
		expect((await other.loadCards('bank-b')).size).toBe(0);
	});

	it('replays the merged log of a fact both devices studied, as one device doing it all', async () => {
		const source = await studied();
		const backup = await source.progress.exportBackup(days(3));
		const { progress } = setup();
		await progress.recordAnswer(answer({ reviewId: 'local', now: days(5) }), scheduler);
		await progress.recordAnswer(
			answer({ reviewId: 'old', factId: 'fact-2', now: days(-5) }),
			scheduler
		);
		const mine = await progress.recordAnswer(
			answer({ reviewId: 'mine', factId: 'fact-3' }),
			scheduler
		);
		const result = await progress.importBackup(backup);
		expect(result.cardsUpdated).toBe(3);
		// One device that made every review (r5 was undone) in time order.
		const { progress: one } = setup();
		for (const input of [
			answer({ reviewId: 'old', factId: 'fact-2', now: days(-5) }),
			answer({ reviewId: 'r1' }),
			answer({ reviewId: 'r3', factId: 'fact-2' }),
			answer({ reviewId: 'r2', now: minutes(10) }),
			answer({ reviewId: 'local', now: days(5) })
		])
			await one.recordAnswer(input, scheduler);
		const cards = await progress.loadCards('bank-a');
		const expected = await one.loadCards('bank-a');
		expect(cards.get('fact-1')).toEqual(expected.get('fact-1'));
		expect(cards.get('fact-2')).toEqual(expected.get('fact-2'));
		// A fact only this device studied keeps its card.
		expect(cards.get('fact-3')).toEqual(mine.card);
	});

	it('rejects an invalid backup with a clear message and stores nothing', async () => {
		const { progress, store } = setup();
		const { progress: source } = await studied();
		const backup = await source.exportBackup(days(3));
		const broken = JSON.parse(JSON.stringify(backup)) as { reviews: { grade: number }[] };
		broken.reviews[2]!.grade = 7;
		await expect(progress.importBackup(broken)).rejects.toThrow(
			/not a Factdeck progress backup.*reviews\.2\.grade/
		);
		await expect(progress.importBackup({ hello: 'world' })).rejects.toThrow(/not a Factdeck/);
		await expect(progress.importBackup('{}')).rejects.toThrow(/not a Factdeck/);
		expect(await allKeys(store)).toEqual([]);
	});

	it('is idempotent for any valid backup', async () => {
		const iso = fc
			.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2027-01-01T00:00:00Z') })
			.map((ms) => new Date(ms).toISOString());
		const card = fc.record({
			due: iso,
			stability: fc.double({ min: 0, max: 400, noNaN: true }),
			difficulty: fc.double({ min: 0, max: 10, noNaN: true }),
			elapsedDays: fc.nat(100),
			scheduledDays: fc.nat(100),
			learningSteps: fc.nat(2),
			reps: fc.nat(50),
			lapses: fc.nat(10),
			state: fc.constantFrom('new', 'learning', 'review', 'relearning' as const),
			lastReview: fc.option(iso, { nil: null })
		});
		const id = fc.constantFrom('a1', 'b2', 'c3', 'd4');
		const bank = fc.constantFrom('bank-a', 'bank-b');
		const backupArb = fc.record({
			format: fc.constant('factdeck-progress' as const),
			version: fc.constant(1 as const),
			exportedAt: iso,
			cards: fc.array(
				fc.record({
					v: fc.constant(1 as const),
					bankId: bank,
					factId: id,
					card,
					updatedAt: iso,
					lastReviewId: fc.option(id, { nil: null })
				}),
				{ maxLength: 5 }
			),
			reviews: fc.array(
				fc.record({
					v: fc.constant(1 as const),
					id,
					bankId: bank,
					factId: id,
					questionId: id,
					questionType: fc.constantFrom('mcq', 'cloze', 'short_answer' as const),
					grade: fc.constantFrom(1, 2, 3, 4 as const),
					correct: fc.boolean(),
					durationMs: fc.nat(60_000),
					mode: fc.constantFrom('quiz', 'review' as const),
					reviewedAt: iso,
					previous: fc.option(card, { nil: null }),
					previousReviewId: fc.option(id, { nil: null }),
					card
				}),
				{ maxLength: 6 }
			),
			undos: fc.array(
				fc.record({
					v: fc.constant(1 as const),
					reviewId: id,
					bankId: bank,
					factId: id,
					undoneAt: iso
				}),
				{ maxLength: 2 }
			)
		});
		await fc.assert(
			fc.asyncProperty(backupArb, async (backup) => {
				expect(Backup.safeParse(backup).success).toBe(true);
				const progress = createProgressStore(freshStore(), null);
				await progress.importBackup(backup);
				const once = await progress.loadAll();
				const second = await progress.importBackup(backup);
				expect(second.added).toBe(0);
				expect(second.cardsUpdated).toBe(0);
				expect(await progress.loadAll()).toEqual(once);
			}),
			{ numRuns: 40 }
		);
	});
});

describe('stats', () => {
	it('counts seen, due, accuracy by type, streak and time', async () => {
		const { progress } = setup();
		await progress.recordAnswer(
			answer({
				reviewId: 'a',
				factId: 'fact-1',
				questionId: 'q-mcq',
				questionType: 'mcq',
				now: days(-2)
			}),
			scheduler
		);
		await progress.recordAnswer(
			answer({
				reviewId: 'b',
				factId: 'fact-2',
				questionId: 'q-short',
				now: days(-1),
				grade: 1,
				correct: false
			}),
			scheduler
		);
		await progress.recordAnswer(
			answer({ reviewId: 'c', factId: 'fact-3', questionId: 'q-short', now: t0, grade: 4 }),
			scheduler
		);
		const facts = ['fact-1', 'fact-2', 'fact-3', 'fact-4'].map((factId) => ({ factId }));
		const s = await progress.stats('bank-a', facts, t0, {
			timeZoneOffsetMinutes: 0
		});
		expect(s.seen).toBe(3);
		expect(s.mastered).toBe(0);
		expect(s.dueToday).toBe(2);
		expect(s.dueByDay).toHaveLength(14);
		expect(s.dueByDay.reduce((a, b) => a + b, 0)).toBe(3);
		expect(s.accuracyByType.mcq).toEqual({ correct: 1, total: 1 });
		expect(s.accuracyByType.short_answer).toEqual({ correct: 1, total: 2 });
		expect(s.accuracyByType.matching).toEqual({ correct: 0, total: 0 });
		expect(s.streakDays).toBe(3);
		expect(s.totalTimeMs).toBe(12_000);
		const tomorrowAfter = await progress.stats('bank-a', facts, days(2), {
			timeZoneOffsetMinutes: 0
		});
		expect(tomorrowAfter.streakDays).toBe(0);
		const nextDay = await progress.stats('bank-a', facts, days(1), {
			timeZoneOffsetMinutes: 0
		});
		expect(nextDay.streakDays).toBe(3);
	});

	it('uses the given time zone for day boundaries', async () => {
		const { progress } = setup();
		// 23:30 UTC on 1 March is 08:30 on 2 March in Tokyo (UTC+9).
		await progress.recordAnswer(
			answer({ reviewId: 'x', now: new Date('2026-03-01T23:30:00Z') }),
			scheduler
		);
		// On 3 March at 10:00 UTC that answer was the day before yesterday in UTC, yesterday in Tokyo.
		const now = new Date('2026-03-03T10:00:00Z');
		const utc = await progress.stats('bank-a', [], now, {
			timeZoneOffsetMinutes: 0
		});
		const tokyo = await progress.stats('bank-a', [], now, {
			timeZoneOffsetMinutes: 540
		});
		expect(utc.streakDays).toBe(0);
		expect(tokyo.streakDays).toBe(1);
	});
});

describe('settings, persistence and change notification', () => {
	it('loads defaults, saves valid settings and refuses invalid ones', async () => {
		const { progress } = setup();
		expect(await progress.loadSettings()).toEqual({ requestRetention: 0.9, newPerDay: 20 });
		await progress.saveSettings({ requestRetention: 0.85, newPerDay: 10 });
		expect(await progress.loadSettings()).toEqual({ requestRetention: 0.85, newPerDay: 10 });
		await expect(progress.saveSettings({ requestRetention: 0.5, newPerDay: 10 })).rejects.toThrow(
			/requestRetention/
		);
		expect(await progress.loadSettings()).toEqual({ requestRetention: 0.85, newPerDay: 10 });
	});

	it('asks for persistent storage once and remembers the answer', async () => {
		let calls = 0;
		const store = freshStore();
		const progress = createProgressStore(store, null, {
			storage: {
				persist: () => {
					calls++;
					return Promise.resolve(true);
				}
			}
		});
		expect(await progress.requestPersistence(t0)).toBe(true);
		expect(await progress.requestPersistence(t0)).toBe(true);
		expect(calls).toBe(1);
		expect(await get('meta:persistence', store)).toMatchObject({ persisted: true });
		const without = createProgressStore(freshStore(), null, { storage: undefined });
		expect(await without.requestPersistence(t0)).toBe(false);
	});

	it('tells other tabs over BroadcastChannel', async () => {
		const received: ProgressMessage[] = [];
		const stop = onProgressChanged((m) => received.push(m));
		const sender = new BroadcastChannel('factdeck-progress');
		const progress = createProgressStore(freshStore(), sender);
		await progress.recordAnswer(answer({ reviewId: 'r1', bankId: 'bank-z' }), scheduler);
		await new Promise((resolve) => setTimeout(resolve, 50));
		stop();
		sender.close();
		expect(received).toEqual([{ type: 'progress-changed', bankId: 'bank-z' }]);
	});
});

type Progress = ReturnType<typeof createProgressStore>;

/** The due entries the bank's cards imply. */
async function expectedIndex(progress: Progress, bankId: string) {
	const cards = await progress.loadCards(bankId);
	return new Map(
		[...cards].map(([factId, c]) => [factId, { due: Date.parse(c.due), state: c.state }])
	);
}

/** The stored due index as written (not rebuilt), or undefined when missing or invalid. */
async function storedIndex(store: UseStore, bankId: string) {
	const header = readDueHeader(await get(`dueidx:${bankId}`, store), bankId);
	if (header.state !== 'current') return;
	const changeKeys = (await allKeys(store)).filter((k) => String(k).startsWith(`due:${bankId}:`));
	const read = foldDueIndex(header.index, changeKeys, await getMany(changeKeys, store));
	return read.ok ? read.entries : undefined;
}

/** The stored index exists and equals what the cards imply; loadDueIndex returns the same. */
async function expectIndexConsistent(progress: Progress, store: UseStore, bankId = 'bank-a') {
	const expected = await expectedIndex(progress, bankId);
	expect(await storedIndex(store, bankId)).toEqual(expected);
	expect(await progress.loadDueIndex(bankId)).toEqual(expected);
}

describe('due index', () => {
	it('is built on first read and kept up to date by every answer', async () => {
		const { progress, store } = setup();
		expect(await progress.loadDueIndex('bank-a')).toEqual(new Map());
		expect(await storedIndex(store, 'bank-a')).toEqual(new Map());
		const steps: [string, 1 | 2 | 3 | 4, number][] = [
			['fact-1', 3, 0],
			['fact-2', 1, 1],
			['fact-1', 1, 15],
			['fact-3', 4, 20],
			['fact-2', 3, 30]
		];
		for (const [i, [factId, grade, at]] of steps.entries()) {
			await progress.recordAnswer(
				answer({ reviewId: `r${i}`, factId, grade, now: minutes(at) }),
				scheduler
			);
			await expectIndexConsistent(progress, store);
		}
		expect((await progress.loadDueIndex('bank-a')).size).toBe(3);
		// Other banks have their own index.
		await progress.recordAnswer(answer({ reviewId: 'other', bankId: 'bank-b' }), scheduler);
		expect(await storedIndex(store, 'bank-b')).toBeUndefined();
		expect(await progress.loadDueIndex('bank-b')).toEqual(await expectedIndex(progress, 'bank-b'));
		await progress.recordAnswer(
			answer({ reviewId: 'other-2', bankId: 'bank-b', now: minutes(40) }),
			scheduler
		);
		await expectIndexConsistent(progress, store, 'bank-b');
		await expectIndexConsistent(progress, store, 'bank-a');
	});

	it('follows undo: restores the previous entry, or removes it with the card', async () => {
		const { progress, store } = setup();
		await progress.loadDueIndex('bank-a');
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'r2', now: days(2), grade: 1 }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'r3', factId: 'fact-2' }), scheduler);
		expect(await progress.undoReview('bank-a', 'r2', days(2))).toBe(true);
		await expectIndexConsistent(progress, store);
		expect(await progress.undoReview('bank-a', 'r3', days(2))).toBe(true);
		await expectIndexConsistent(progress, store);
		expect([...(await progress.loadDueIndex('bank-a')).keys()]).toEqual(['fact-1']);
		expect(await progress.undoReview('bank-a', 'r1', days(2))).toBe(true);
		await expectIndexConsistent(progress, store);
		expect(await storedIndex(store, 'bank-a')).toEqual(new Map());
	});

	it('is rebuilt by import for every bank it touches, the same after importing twice', async () => {
		const source = setup();
		await source.progress.recordAnswer(answer({ reviewId: 's1' }), scheduler);
		await source.progress.recordAnswer(answer({ reviewId: 's2', factId: 'fact-2' }), scheduler);
		await source.progress.recordAnswer(
			answer({ reviewId: 's3', factId: 'fact-3', now: days(-5) }),
			scheduler
		);
		await source.progress.recordAnswer(answer({ reviewId: 's4', bankId: 'bank-b' }), scheduler);
		const backup = await source.progress.exportBackup(days(3));
		const { progress, store } = setup();
		await progress.loadDueIndex('bank-a');
		// A newer local card that the import must keep, and one only this device has.
		await progress.recordAnswer(answer({ reviewId: 'l1', now: days(5) }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'l2', factId: 'fact-9' }), scheduler);
		await progress.importBackup(backup);
		await expectIndexConsistent(progress, store, 'bank-a');
		await expectIndexConsistent(progress, store, 'bank-b');
		expect([...(await progress.loadDueIndex('bank-a')).keys()].sort()).toEqual([
			'fact-1',
			'fact-2',
			'fact-3',
			'fact-9'
		]);
		const once = await storedIndex(store, 'bank-a');
		await progress.importBackup(backup);
		expect(await storedIndex(store, 'bank-a')).toEqual(once);
		await expectIndexConsistent(progress, store, 'bank-a');
		await expectIndexConsistent(progress, store, 'bank-b');
		// Into an emptied database.
		await progress.clearAll();
		expect(await allKeys(store)).toEqual([]);
		await progress.importBackup(backup);
		await expectIndexConsistent(progress, store, 'bank-a');
		await expectIndexConsistent(progress, store, 'bank-b');
	});

	it('loses no index update when two tabs answer at once', async () => {
		const name = `test-${++counter}`;
		const store = createStore(name, 'progress');
		const tabA = createProgressStore(store, null);
		await tabA.loadDueIndex('bank-a');
		const tabB = createProgressStore(createStore(name, 'progress'), null);
		await Promise.all(
			Array.from({ length: 8 }, (_, i) =>
				(i % 2 ? tabA : tabB).recordAnswer(
					answer({ reviewId: `burst-${i}`, factId: `fact-${i % 5}`, now: minutes(i) }),
					scheduler
				)
			)
		);
		expect((await storedIndex(store, 'bank-a'))?.size).toBe(5);
		await expectIndexConsistent(tabA, store);
		await expectIndexConsistent(tabB, store);
	});

	// An index written by a newer version is left alone: storage-newer-version.test.ts.
	it('rebuilds a missing, corrupt or foreign index from the cards and writes it back', async () => {
		const { progress, store } = setup();
		await progress.loadDueIndex('bank-a');
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'r2', factId: 'fact-2' }), scheduler);
		const expected = await expectedIndex(progress, 'bank-a');
		const corrupt: unknown[] = [
			'garbage',
			{ v: 1, bankId: 'bank-a', factIds: ['fact-1'], due: [], states: [] },
			{ v: 1, bankId: 'bank-a', factIds: ['fact-1'], due: [1], states: [7] },
			{ v: 'x', bankId: 'bank-a', factIds: [], due: [], states: [] },
			{ v: 1, bankId: 'bank-b', factIds: [], due: [], states: [] }
		];
		for (const [i, value] of corrupt.entries()) {
			await set('dueidx:bank-a', value, store);
			expect(await storedIndex(store, 'bank-a')).not.toEqual(expected);
			// An answer over a bad index leaves it for the next read to rebuild.
			await progress.recordAnswer(
				answer({ reviewId: `over-${i}`, factId: 'fact-3', now: minutes(1 + i) }),
				scheduler
			);
			expect(await progress.loadDueIndex('bank-a')).toEqual(
				await expectedIndex(progress, 'bank-a')
			);
			await expectIndexConsistent(progress, store);
		}
		await del('dueidx:bank-a', store);
		expect(await progress.loadDueIndex('bank-a')).toEqual(await expectedIndex(progress, 'bank-a'));
		await expectIndexConsistent(progress, store);
		expect((await progress.loadAll()).quarantined).toEqual([]);
	});

	it('drops the entry of a quarantined card and never loses a valid one', async () => {
		const { progress, store } = setup();
		await progress.loadDueIndex('bank-a');
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'r2', factId: 'fact-2' }), scheduler);
		await set('card:bank-a:fact-2', { v: 1, card: 'garbage' }, store);
		expect(await progress.loadCard('bank-a', 'fact-2')).toBeUndefined();
		expect(await get('quarantine:card:bank-a:fact-2', store)).toBeDefined();
		await expectIndexConsistent(progress, store);
		expect([...(await progress.loadDueIndex('bank-a')).keys()]).toEqual(['fact-1']);
		// Answering over a corrupt card quarantines it and indexes the fresh card.
		await set('card:bank-a:fact-1', 'not a card', store);
		await progress.recordAnswer(answer({ reviewId: 'r3', now: minutes(5) }), scheduler);
		await expectIndexConsistent(progress, store);
		// A corrupt card found while rebuilding is quarantined and left out.
		await set('card:bank-a:fact-3', 42, store);
		await del('dueidx:bank-a', store);
		expect([...(await progress.loadDueIndex('bank-a')).keys()]).toEqual(['fact-1']);
		await expectIndexConsistent(progress, store);
		expect(await get('card:bank-a:fact-3', store)).toBeUndefined();
	});

	it('matches the cards after any sequence of answers and undos (property)', async () => {
		const op = fc.oneof(
			fc.record({
				kind: fc.constant('answer' as const),
				fact: fc.nat(3),
				grade: fc.constantFrom(1, 2, 3, 4 as const),
				minutes: fc.nat(3000)
			}),
			fc.record({ kind: fc.constant('undo' as const), back: fc.nat(3) }),
			fc.record({ kind: fc.constant('drop' as const) })
		);
		await fc.assert(
			fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
				const store = freshStore();
				const progress = createProgressStore(store, null);
				const ids: string[] = [];
				let clock = 0;
				for (const [i, o] of ops.entries()) {
					if (o.kind === 'answer') {
						clock += o.minutes;
						const reviewId = `r${i}`;
						await progress.recordAnswer(
							answer({ reviewId, factId: `fact-${o.fact}`, grade: o.grade, now: minutes(clock) }),
							scheduler
						);
						ids.push(reviewId);
					} else if (o.kind === 'undo') {
						const id = ids[ids.length - 1 - o.back];
						if (id) await progress.undoReview('bank-a', id, minutes(clock));
					} else {
						await del('dueidx:bank-a', store);
					}
					if (i === 0 || o.kind === 'drop') await progress.loadDueIndex('bank-a');
				}
				await expectIndexConsistent(progress, store);
			}),
			{ numRuns: 40 }
		);
	});

	it('gives the same queue as the full cards', async () => {
		const { progress } = setup();
		await progress.loadDueIndex('bank-a');
		const factIds = Array.from({ length: 12 }, (_, i) => `fact-${i}`);
		for (const [i, factId] of factIds.entries()) {
			if (i % 4 === 3) continue;
			await progress.recordAnswer(
				answer({ reviewId: `a${i}`, factId, grade: ((i % 4) + 1) as 1 | 2 | 3, now: days(-i) }),
				scheduler
			);
		}
		const cards = await progress.loadCards('bank-a');
		const index = await progress.loadDueIndex('bank-a');
		for (const now of [t0, minutes(30), days(3), days(30)]) {
			const input = { now, newLimit: 2, newIntroducedToday: 0 };
			const full = buildQueue({
				facts: factIds.map((factId) => ({ factId, card: cards.get(factId) })),
				...input
			});
			expect(buildDueQueue({ factIds, cards: index, ...input })).toEqual(full);
		}
		expect(await progress.loadCard('bank-a', 'fact-0')).toEqual(cards.get('fact-0'));
		expect(await progress.loadCard('bank-a', 'fact-3')).toBeUndefined();
	});
});

describe('progressClient.reviewQueue from the due index', () => {
	it('shows what the full cards imply: same counts, first fact, intervals and next due', async () => {
		const { progressClient } = await import('../../src/lib/study/progress-client');
		const { intervalLabel } = await import('../../src/lib/srs/scheduler');
		type StudyQuestion = Parameters<typeof progressClient.reviewQueue>[2][number];
		const bankId = `client-${++counter}`;
		const facts = Array.from({ length: 30 }, (_, i) => ({ id: `fact-${i}` }));
		const questions = facts.map(
			(f) => ({ id: `q-${f.id}`, factId: f.id, type: 'mcq' }) as unknown as StudyQuestion
		);
		const store = await progressClient.openStore();
		for (let i = 0; i < 24; i++) {
			await store.recordAnswer(
				answer({
					bankId,
					reviewId: `${bankId}-${i}`,
					factId: `fact-${i}`,
					grade: ((i % 4) + 1) as 1 | 2 | 3 | 4,
					now: days(-(i % 9))
				}),
				scheduler
			);
		}
		for (const now of [days(1), days(4), days(40)]) {
			const queue = await progressClient.reviewQueue({ id: bankId }, facts, questions, now);
			const cards = await store.loadCards(bankId);
			const expected = buildQueue({
				facts: facts.map((f) => ({ factId: f.id, card: cards.get(f.id) })),
				now,
				newLimit: 20,
				newIntroducedToday: 0
			});
			expect(queue.dueCount).toBe(expected.due.length);
			expect(queue.newCount).toBe(expected.fresh.length);
			const first = expected.due[0] ?? expected.fresh[0]!;
			expect(queue.current?.factId).toBe(first);
			const preview = scheduler.preview(cards.get(first) ?? scheduler.initial(now), now);
			expect(queue.current?.intervals).toEqual({
				1: preview[1].intervalLabel,
				2: preview[2].intervalLabel,
				3: preview[3].intervalLabel,
				4: preview[4].intervalLabel
			});
			const upcoming = [...cards.values()]
				.map((c) => Date.parse(c.due))
				.filter((due) => due > now.getTime() + 20 * 60_000)
				.sort((a, b) => a - b)[0];
			expect(queue.nextDue).toBe(
				upcoming === undefined ? undefined : `in ${intervalLabel(now, new Date(upcoming))}`
			);
			// The same queue in two steps, the card first and its intervals when it is turned.
			const { current, ...counts } = queue;
			const cardsFirst = await progressClient.reviewCards({ id: bankId }, facts, questions, now);
			expect(cardsFirst).toEqual({
				...counts,
				current: current && {
					factId: current.factId,
					question: current.question,
					shown: current.shown
				}
			});
			// The card is shown with the state a grade on it is stored against.
			expect(current?.shown).toEqual(cards.get(first) ?? null);
			expect(await progressClient.intervals(bankId, first, now)).toEqual(current?.intervals);
		}
	});
});
