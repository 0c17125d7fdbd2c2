import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { CardState } from '../../src/lib/srs/card';
import { isMastered } from '../../src/lib/srs/card-phase';
import { createScheduler } from '../../src/lib/srs/scheduler';
import { cardFigures, localDay } from '../../src/lib/storage/card-figures';
import {
	computeStats,
	createProgressStore,
	readRecord,
	type ReviewRecord
} from '../../src/lib/storage';
import {
	BankFiguresRecord,
	figuresOf,
	validFigures
} from '../../src/lib/storage/progress-card-figures';
import {
	accuracyOf,
	clockOf,
	dueByDayOf,
	factsFingerprint,
	moveDue,
	windowOf
} from '../../src/lib/storage/figures-window';
import { glanceStats } from '../../src/lib/storage/progress-page-glance';
import { isBankFiguresRecord } from '../../src/lib/storage/progress-log-checks';
import { historyPlayer, historySteps } from './progress-history';

let counter = 0;
const freshStore = () => createStore(`card-figures-${++counter}`, 'progress');
const scheduler = createScheduler();
const t0 = Date.parse('2026-03-02T09:00:00.000Z');
const minute = 60_000;
const bankId = 'bank-a';
const facts = [0, 1, 2, 3].map((f) => ({ factId: `fact-${f}` }));

/** The bank's cards, answers not undone, newest review key and undo records, straight from the store. */
async function storedOf(store: UseStore) {
	const states = new Map<string, CardState>();
	const reviews: ReviewRecord[] = [];
	const undoneIds = new Set<string>();
	let newest: string | null = null;
	let undone = 0;
	for (const [key, value] of await entries<string, unknown>(store)) {
		if (key.startsWith(`card:${bankId}:`)) {
			const read = readRecord('card', value);
			if (read.ok) states.set(read.value.factId, read.value.card);
		} else if (key.startsWith(`review:${bankId}:`)) {
			if (newest === null || key > newest) newest = key;
			const read = readRecord('review', value);
			if (read.ok) reviews.push(read.value);
		} else if (key.startsWith('undo:')) {
			const read = readRecord('undo', value);
			if (read.ok) undoneIds.add(read.value.reviewId);
			if (read.ok && read.value.bankId === bankId) undone++;
		}
	}
	const answers = reviews.filter((r) => !undoneIds.has(r.id));
	return { states, answers, newest, undone };
}

/**
 * What a figures record says, whatever order its types were met in and whoever checked its facts:
 * compared with the reference counted over the same days and time zone.
 */
const figuresView = (r: BankFiguresRecord) => ({
	newest: r.newest,
	undone: r.undone,
	cards: r.cards,
	seen: r.seen,
	mastered: r.mastered,
	offset: r.offset,
	start: r.start,
	due: r.due,
	before: r.before,
	after: r.after,
	timeMs: r.timeMs,
	accuracy: accuracyOf(r),
	// Answers by day matter only while the streak before them is known.
	streak: r.run === null ? null : { answered: r.answered, run: r.run }
});

/** The reference record for what is stored now, counted over the days `stored` counts. */
async function referenceOf(store: UseStore, stored: BankFiguresRecord) {
	const { states, answers, newest, undone } = await storedOf(store);
	const reference = figuresOf(
		bankId,
		states.values(),
		answers,
		{ newest, undone },
		{ today: stored.start, offset: stored.offset },
		quarterCounts(answers)
	);
	// A record may leave the streak before its days to be counted again (an answer before them).
	if (stored.run === null) reference.run = null;
	return reference;
}

/** Answers counted by quarter hour (UTC), as the answer days record holds them. */
function quarterCounts(answers: readonly ReviewRecord[]) {
	const byQuarter = new Map<number, number>();
	for (const r of answers) {
		const quarter = Math.floor(Date.parse(r.reviewedAt) / 900_000);
		byQuarter.set(quarter, (byQuarter.get(quarter) ?? 0) + 1);
	}
	const quarters = [...byQuarter.keys()].sort((a, b) => a - b);
	return { quarters, counts: quarters.map((q) => byQuarter.get(q)!) };
}

const answerOp = fc.record({
	kind: fc.constant('answer' as const),
	fact: fc.nat(3),
	grade: fc.constantFrom(1, 2, 3, 4),
	type: fc.constantFrom('short_answer' as const, 'mcq' as const, 'cloze' as const),
	durationMs: fc.nat(60_000),
	/** Minutes after the previous answer: negative for a clock that lags, long gaps for mastery. */
	minutes: fc.oneof(fc.integer({ min: -600, max: 3000 }), fc.integer({ min: 0, max: 90_000 }))
});
type Answered = typeof answerOp extends fc.Arbitrary<infer A> ? A : never;
/** A card damaged; or the figures read, in the bank's time zone or another (a trip, summer time). */
type Own = { kind: 'damage'; fact: number } | { kind: 'read'; zone?: number };
const op = historySteps<Answered, Own>(answerOp, {
	answerWeight: 6,
	mergeAnswers: 4,
	own: [
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant('damage' as const), fact: fc.nat(3) }) },
		{
			weight: 1,
			arbitrary: fc.record(
				{ kind: fc.constant('read' as const), zone: fc.constantFrom(0, 60, 540) },
				{ requiredKeys: ['kind'] }
			)
		}
	]
});

describe("the bank's figures record", () => {
	it('always equals the figures counted from the cards and the log, in any time zone (property)', async () => {
		let kept = 0;
		let mastered = 0;
		let glanced = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.array(op, { minLength: 1, maxLength: 14 }),
				// Whole quarter hours (UTC, India, Nepal, Los Angeles) and one that is not (LMT).
				fc.constantFrom(0, 330, 345, -420, 19),
				async (ops, offset) => {
					const store = freshStore();
					const progress = createProgressStore(store, null);
					const read = (at: number, zone: number = offset) =>
						progress.stats(bankId, facts, new Date(at), { timeZoneOffsetMinutes: zone });
					// The due index read first, as the review page does; then a first answer and a read
					// of the figures, which builds their record, so every later change keeps it itself.
					await progress.loadDueIndex(bankId);
					const first: Answered = {
						kind: 'answer',
						fact: 0,
						grade: 3,
						type: 'short_answer',
						durationMs: 1000,
						minutes: 0
					};
					const history = historyPlayer<Answered>({
						progress,
						bankId,
						scheduler,
						freshStore,
						t0,
						floor: t0 - 30 * 1440 * minute,
						answer: (a) => ({
							questionId: `q-${a.fact}-${a.type}`,
							questionType: a.type,
							grade: a.grade as 1 | 2 | 3 | 4,
							correct: a.grade > 1,
							durationMs: a.durationMs,
							mode: 'review'
						})
					});
					await history.play([first, { kind: 'read' }, ...ops], async (o) => {
						if (o.kind === 'damage') {
							// A card that can no longer be read, set aside by the next read of the cards.
							const key = `card:${bankId}:fact-${o.fact}`;
							if ((await get(key, store)) !== undefined) {
								await set(key, { v: 1, broken: true }, store);
								await progress.loadCards(bankId);
							}
						} else await read(history.clock(), o.zone);
					});
					const clock = history.clock();
					// The stored record itself, kept by the writes alone (no read since the last one).
					const stored = await get(`figures:${bankId}`, store);
					if (stored !== undefined) {
						kept++;
						expect(isBankFiguresRecord(stored)).toBe(true);
						const record = stored as BankFiguresRecord;
						expect(figuresView(record)).toEqual(figuresView(await referenceOf(store, record)));
					}
					const { states } = await storedOf(store);
					if ([...states.values()].some(isMastered)) mastered++;
					for (const at of [clock, clock + 1440 * minute, clock + 70 * 1440 * minute]) {
						const now = new Date(at);
						const light = await glanceStats(bankId, facts, now, offset, store);
						const got = await read(at);
						const { states, answers } = await storedOf(store);
						const full = computeStats({
							facts,
							cards: states,
							reviews: answers,
							now,
							timeZoneOffsetMinutes: offset
						});
						expect(got).toEqual(full);
						// The progress page's light read answers as the store does, or leaves it to it.
						if (light) {
							glanced++;
							expect(light).toEqual(full);
						}
						// Once the store has read (and counted again what it had to), the light read answers.
						if (offset % 15 === 0)
							expect(await glanceStats(bankId, facts, now, offset, store)).toEqual(full);
					}
				}
			),
			{ numRuns: 40 }
		);
		// The stored record was there to compare in most runs, mastery was reached in some, and
		// the light read answered before the store in some.
		expect(kept).toBeGreaterThan(20);
		expect(mastered).toBeGreaterThan(0);
		expect(glanced).toBeGreaterThan(0);
	}, 240_000);

	it('counts only the facts the bank still has', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		for (const [i, factId] of ['fact-0', 'fact-1', 'gone'].entries())
			await progress.recordAnswer(
				{
					bankId,
					factId,
					questionId: `q-${i}`,
					questionType: 'short_answer',
					grade: 3,
					correct: true,
					durationMs: 1000,
					mode: 'review',
					now: new Date(t0 + i * minute)
				},
				scheduler
			);
		await progress.loadDueIndex(bankId);
		const now = new Date(t0 + 10 * minute);
		const all = await progress.stats(bankId, [...facts, { factId: 'gone' }], now, {
			timeZoneOffsetMinutes: 0
		});
		expect(all.seen).toBe(3);
		expect(await get(`figures:${bankId}`, store)).toMatchObject({ seen: 3, cards: 3 });
		// The record counts every card: with a fact gone from the bank the cards are read instead.
		expect((await progress.stats(bankId, facts, now, { timeZoneOffsetMinutes: 0 })).seen).toBe(2);
		expect(await glanceStats(bankId, facts, now, 0, store)).toBeUndefined();
		// Checked against the bank's facts, the record answers the light read; then a tab showing
		// an older copy of the bank answers a fact this one no longer has.
		const shown = [...facts, { factId: 'gone' }];
		await progress.stats(bankId, shown, now, { timeZoneOffsetMinutes: 0 });
		expect((await glanceStats(bankId, shown, now, 0, store))?.seen).toBe(3);
		await progress.recordAnswer(
			{
				bankId,
				factId: 'dropped',
				questionId: 'q-9',
				questionType: 'short_answer',
				grade: 3,
				correct: true,
				durationMs: 1000,
				mode: 'review',
				now: new Date(t0 + 11 * minute)
			},
			scheduler
		);
		const later = new Date(t0 + 12 * minute);
		expect(await glanceStats(bankId, shown, later, 0, store)).toBeUndefined();
		expect((await progress.stats(bankId, shown, later, { timeZoneOffsetMinutes: 0 })).seen).toBe(3);
	});

	/** Six answers over six days and the last undone, as any version before this one stores them. */
	async function history(store: UseStore) {
		const progress = createProgressStore(store, null);
		for (let i = 0; i < 6; i++)
			await progress.recordAnswer(
				{
					bankId,
					factId: `fact-${i % 4}`,
					questionId: `q-${i % 2}`,
					questionType: i % 2 ? 'mcq' : 'short_answer',
					grade: i === 2 ? 1 : 3,
					correct: i !== 2,
					durationMs: 1000 + i,
					mode: 'review',
					now: new Date(t0 + i * 1440 * minute),
					reviewId: `a${i}`
				},
				scheduler
			);
		await progress.undoReview(bankId, 'a5', new Date(t0 + 5 * 1440 * minute));
		return progress;
	}

	// What the version before this record left: version 1 of it (the cards' counts alone), or none.
	const older = {
		'version 1': (undone: number, newest: string | null) => ({
			v: 1,
			bankId,
			newest,
			undone,
			cards: 4,
			seen: 4,
			mastered: 0
		}),
		'no record': undefined
	};
	for (const [name, record] of Object.entries(older))
		it(`is built from the cards and the log on a database written before it (${name}), keeping every other record`, async () => {
			const store = freshStore();
			const progress = await history(store);
			const { states, answers, newest, undone } = await storedOf(store);
			await del(`figures:${bankId}`, store);
			if (record) await set(`figures:${bankId}`, record(undone, newest), store);
			const before = await entries<string, unknown>(store);
			const now = new Date(t0 + 6 * 1440 * minute);
			// The light read leaves it to the store, which counts it once; then the light read answers.
			expect(await glanceStats(bankId, facts, now, 60, store)).toBeUndefined();
			const stats = await progress.stats(bankId, facts, now, { timeZoneOffsetMinutes: 60 });
			const full = computeStats({
				facts,
				cards: states,
				reviews: answers,
				now,
				timeZoneOffsetMinutes: 60
			});
			expect(stats.seen).toBe(4);
			expect(stats.accuracyByType.mcq).toEqual({ correct: 2, total: 2 });
			expect(stats).toEqual(full);
			expect(await glanceStats(bankId, facts, now, 60, store)).toEqual(full);
			const after = new Map(await entries<string, unknown>(store));
			for (const [key, value] of before)
				if (key !== `figures:${bankId}`) expect(after.get(key)).toEqual(value);
			expect(after.get(`figures:${bankId}`)).toEqual(
				figuresOf(
					bankId,
					states.values(),
					answers,
					{ newest, undone },
					clockOf(now, 60),
					quarterCounts(answers),
					factsFingerprint(facts)
				)
			);
			// Nothing set aside: an older record is not a damaged one.
			expect([...after.keys()].filter((key) => key.startsWith('quarantine:'))).toEqual([]);
		});

	it('counts the streak again after an answer from a clock that lags into the day before its days', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		const answer = (reviewId: string, at: number) =>
			progress.recordAnswer(
				{
					bankId,
					factId: 'fact-0',
					questionId: 'q-0',
					questionType: 'short_answer',
					grade: 3,
					correct: true,
					durationMs: 1000,
					mode: 'review',
					now: new Date(at),
					reviewId
				},
				scheduler
			);
		await answer('a1', t0);
		const now = new Date(t0 + minute);
		expect(
			(await progress.stats(bankId, facts, now, { timeZoneOffsetMinutes: 0 })).streakDays
		).toBe(1);
		// Another tab, its clock ten hours behind: an answer at 23:00 the day before.
		await answer('a2', t0 - 10 * 60 * minute);
		const light = await glanceStats(bankId, facts, now, 0, store);
		if (light) expect(light.streakDays).toBe(2);
		expect(
			(await progress.stats(bankId, facts, now, { timeZoneOffsetMinutes: 0 })).streakDays
		).toBe(2);
		expect((await glanceStats(bankId, facts, now, 0, store))?.streakDays).toBe(2);
	});

	it('is set aside when it cannot be read, and counted again', async () => {
		const store = freshStore();
		const progress = await history(store);
		const damaged = { v: 2, bankId, seen: 'many' };
		await set(`figures:${bankId}`, damaged, store);
		const now = new Date(t0 + 6 * 1440 * minute);
		expect(await glanceStats(bankId, facts, now, 0, store)).toBeUndefined();
		const stats = await progress.stats(bankId, facts, now, { timeZoneOffsetMinutes: 0 });
		const { states, answers } = await storedOf(store);
		expect(stats).toEqual(
			computeStats({ facts, cards: states, reviews: answers, now, timeZoneOffsetMinutes: 0 })
		);
		expect(await get(`quarantine:figures:${bankId}`, store)).toMatchObject({
			key: `figures:${bankId}`,
			raw: damaged
		});
		expect(validFigures(await get(`figures:${bankId}`, store), bankId)).toBeDefined();
	});

	it('counts its due days again from the due index when the time zone or the days shown move past them', async () => {
		const store = freshStore();
		const progress = await history(store);
		const at = (days: number) => new Date(t0 + days * 1440 * minute);
		// The due index, as the review page builds it, and the figures counted in UTC.
		await progress.loadDueIndex(bankId);
		await progress.stats(bankId, facts, at(6), { timeZoneOffsetMinutes: 0 });
		const first = (await get(`figures:${bankId}`, store)) as BankFiguresRecord;
		expect(first.offset).toBe(0);
		const { states, newest } = await storedOf(store);
		// With the cards and the log gone (all but the newest review, which tells the record is
		// current), only the due index can count them again: the answers are the record's own.
		for (const [key] of await entries<string, unknown>(store))
			if ((key.startsWith('review:') && key !== newest) || key.startsWith('card:'))
				await del(key, store);
		for (const [days, zone] of [
			[6, 540],
			[80, 540]
		] as const) {
			const stats = await progress.stats(bankId, facts, at(days), { timeZoneOffsetMinutes: zone });
			const record = (await get(`figures:${bankId}`, store)) as BankFiguresRecord;
			expect(record.offset).toBe(zone);
			expect(record.start).toBe(localDay(at(days).getTime(), zone));
			expect(stats.accuracyByType).toEqual(accuracyOf(first));
			expect({ seen: stats.seen, mastered: stats.mastered, dueByDay: stats.dueByDay }).toEqual(
				cardFigures(facts, states, localDay(at(days).getTime(), zone), zone)
			);
		}
	});

	it('is left alone when a newer version wrote it, and the figures counted all the same', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		const newer = { v: 3, bankId, anything: 'else' };
		await set(`figures:${bankId}`, newer, store);
		await progress.recordAnswer(
			{
				bankId,
				factId: 'fact-0',
				questionId: 'q-0',
				questionType: 'short_answer',
				grade: 3,
				correct: true,
				durationMs: 1000,
				mode: 'review',
				now: new Date(t0)
			},
			scheduler
		);
		const stats = await progress.stats(bankId, facts, new Date(t0 + minute));
		expect(stats.seen).toBe(1);
		expect(stats.accuracyByType.short_answer).toEqual({ correct: 1, total: 1 });
		expect(await get(`figures:${bankId}`, store)).toEqual(newer);
	});
});

describe('the due days of the figures record', () => {
	it('count each seen card on its local day as the cards are counted, as answers move them (property)', () => {
		const base = Date.UTC(2026, 2, 2);
		const due = fc.integer({ min: -20 * 24, max: 120 * 24 }).map((h) => base + h * 3_600_000);
		fc.assert(
			fc.property(
				fc.array(due, { maxLength: 12 }),
				fc.array(fc.record({ card: fc.nat(), to: fc.option(due) }), { maxLength: 6 }),
				fc.constantFrom(0, 60, 330, -420, 840),
				fc.integer({ min: 0, max: 50 }),
				(dues, moves, offset, later) => {
					const start = localDay(base, offset);
					const window = windowOf(dues, start, offset);
					const now = [...dues];
					for (const { card, to } of moves) {
						// A card answered (due again at `to`), or undone back to no card (null).
						if (to !== null) {
							expect(moveDue(window, to, 1)).toBe(true);
							now.push(to);
						}
						if (!now.length) continue;
						const [gone] = now.splice(card % now.length, 1);
						expect(moveDue(window, gone!, -1)).toBe(true);
					}
					const today = start + later;
					const cards = new Map(
						now.map((d, i) => [
							`f${i}`,
							{ due: new Date(d).toISOString(), state: 'review' as const, stability: 1 }
						])
					);
					const facts = [...cards.keys()].map((factId) => ({ factId }));
					expect(dueByDayOf(window, today, offset)).toEqual(
						cardFigures(facts, cards, today, offset).dueByDay
					);
					// Another time zone, or days past the window: counted again, not guessed.
					expect(dueByDayOf(window, today, offset + 15)).toBeUndefined();
					expect(dueByDayOf(window, start + 51, offset)).toBeUndefined();
					expect(dueByDayOf(window, start - 1, offset)).toBeUndefined();
				}
			),
			{ numRuns: 2000 }
		);
	});
});
