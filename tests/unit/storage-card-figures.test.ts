import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { CardState } from '../../src/lib/srs/card';
import { isMastered } from '../../src/lib/srs/card-phase';
import { createScheduler } from '../../src/lib/srs/scheduler';
import { cardFigures, figuresWithIndex, localDay } from '../../src/lib/storage/card-figures';
import { dueIndexEntries, figuresOfIndex } from '../../src/lib/storage/progress-glance';
import { keys } from '../../src/lib/storage/record-keys';
import { createProgressStore, readRecord } from '../../src/lib/storage';
import { figuresOf } from '../../src/lib/storage/progress-card-figures';
import { historyPlayer, historySteps } from './progress-history';

let counter = 0;
const freshStore = () => createStore(`card-figures-${++counter}`, 'progress');
const scheduler = createScheduler();
const t0 = Date.parse('2026-03-02T09:00:00.000Z');
const minute = 60_000;
const bankId = 'bank-a';
const facts = [0, 1, 2, 3].map((f) => ({ factId: `fact-${f}` }));
const typeOf = () => 'short_answer' as const;

/** The bank's cards, newest review key and undo records, read straight from the store. */
async function storedOf(store: UseStore) {
	const states = new Map<string, CardState>();
	let newest: string | null = null;
	let undone = 0;
	for (const [key, value] of await entries<string, unknown>(store)) {
		if (key.startsWith(`card:${bankId}:`)) {
			const read = readRecord('card', value);
			if (read.ok) states.set(read.value.factId, read.value.card);
		} else if (key.startsWith(`review:${bankId}:`)) {
			if (newest === null || key > newest) newest = key;
		} else if (key.startsWith('undo:')) {
			const read = readRecord('undo', value);
			if (read.ok && read.value.bankId === bankId) undone++;
		}
	}
	return { states, newest, undone };
}

const answerOp = fc.record({
	kind: fc.constant('answer' as const),
	fact: fc.nat(3),
	grade: fc.constantFrom(1, 2, 3, 4),
	/** Minutes after the previous answer: negative for a clock that lags, long gaps for mastery. */
	minutes: fc.oneof(fc.integer({ min: -600, max: 3000 }), fc.integer({ min: 0, max: 90_000 }))
});
type Answered = typeof answerOp extends fc.Arbitrary<infer A> ? A : never;
type Own = { kind: 'damage'; fact: number } | { kind: 'read' };
const op = historySteps<Answered, Own>(answerOp, {
	answerWeight: 6,
	mergeAnswers: 4,
	own: [
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant('damage' as const), fact: fc.nat(3) }) },
		{ weight: 1, arbitrary: fc.record({ kind: fc.constant('read' as const) }) }
	]
});

describe('the card figures record', () => {
	it('always equals the figures counted from the cards, in any time zone (property)', async () => {
		let kept = 0;
		let mastered = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.array(op, { minLength: 1, maxLength: 14 }),
				// Whole quarter hours (UTC, India, Nepal, Los Angeles) and one that is not (LMT).
				fc.constantFrom(0, 330, 345, -420, 19),
				async (ops, offset) => {
					const store = freshStore();
					const progress = createProgressStore(store, null);
					const read = (at: number) =>
						progress.stats(bankId, facts, typeOf, new Date(at), { timeZoneOffsetMinutes: offset });
					// Read once first (the due index too, as the review page does), so every later
					// change keeps the stored figures up to date itself.
					await progress.loadDueIndex(bankId);
					await read(t0);
					const history = historyPlayer<Answered>({
						progress,
						bankId,
						scheduler,
						freshStore,
						t0,
						floor: t0 - 30 * 1440 * minute,
						answer: (a) => ({
							questionId: `q-${a.fact}`,
							questionType: 'short_answer',
							grade: a.grade as 1 | 2 | 3 | 4,
							correct: a.grade > 1,
							durationMs: 1000,
							mode: 'review'
						})
					});
					await history.play(ops, async (o) => {
						if (o.kind === 'damage') {
							// A card that can no longer be read, set aside by the next read of the cards.
							const key = `card:${bankId}:fact-${o.fact}`;
							if ((await get(key, store)) !== undefined) {
								await set(key, { v: 1, broken: true }, store);
								await progress.loadCards(bankId);
							}
						} else await read(history.clock());
					});
					const clock = history.clock();
					// The stored record itself, kept by the writes alone (no read since the last one).
					const { states, newest, undone } = await storedOf(store);
					const stored = await get(`figures:${bankId}`, store);
					if (stored !== undefined) {
						kept++;
						expect(stored).toEqual(figuresOf(bankId, states.values(), newest, undone));
					}
					if ([...states.values()].some(isMastered)) mastered++;
					for (const at of [clock, clock + 1440 * minute, clock + 9 * 1440 * minute]) {
						const got = await read(at);
						const { states } = await storedOf(store);
						expect({ seen: got.seen, mastered: got.mastered, dueByDay: got.dueByDay }).toEqual(
							cardFigures(facts, states, localDay(at, offset), offset)
						);
					}
				}
			),
			{ numRuns: 40 }
		);
		// The stored record was there to compare in most runs, and mastery was reached in some.
		expect(kept).toBeGreaterThan(20);
		expect(mastered).toBeGreaterThan(0);
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
		const all = await progress.stats(bankId, [...facts, { factId: 'gone' }], typeOf, now, {
			timeZoneOffsetMinutes: 0
		});
		expect(all.seen).toBe(3);
		expect(await get(`figures:${bankId}`, store)).toMatchObject({ seen: 3, cards: 3 });
		// The record counts every card: with a fact gone from the bank the cards are read instead.
		expect(
			(await progress.stats(bankId, facts, typeOf, now, { timeZoneOffsetMinutes: 0 })).seen
		).toBe(2);
	});

	it('is built from the cards on a database written before it, keeping every record', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		for (let i = 0; i < 6; i++)
			await progress.recordAnswer(
				{
					bankId,
					factId: `fact-${i % 4}`,
					questionId: `q-${i % 4}`,
					questionType: 'short_answer',
					grade: i === 2 ? 1 : 3,
					correct: i !== 2,
					durationMs: 1000,
					mode: 'review',
					now: new Date(t0 + i * 1440 * minute),
					reviewId: `a${i}`
				},
				scheduler
			);
		await progress.undoReview(bankId, 'a5', new Date(t0 + 5 * 1440 * minute));
		// What the version before the figures record left: everything but that record.
		await del(`figures:${bankId}`, store);
		const before = await entries<string, unknown>(store);
		expect(before.some(([key]) => key.startsWith('figures:'))).toBe(false);
		const now = new Date(t0 + 6 * 1440 * minute);
		const stats = await progress.stats(bankId, facts, typeOf, now, { timeZoneOffsetMinutes: 60 });
		const { states, newest, undone } = await storedOf(store);
		expect(stats.seen).toBe(4);
		expect({ seen: stats.seen, mastered: stats.mastered, dueByDay: stats.dueByDay }).toEqual(
			cardFigures(facts, states, localDay(now.getTime(), 60), 60)
		);
		const after = new Map(await entries<string, unknown>(store));
		for (const [key, value] of before) expect(after.get(key)).toEqual(value);
		expect(after.get(`figures:${bankId}`)).toEqual(
			figuresOf(bankId, states.values(), newest, undone)
		);
		// Added: the figures, and the totals and answer days this first read also builds from the log.
		const added = [...after.keys()].filter((key) => !before.some(([k]) => k === key));
		expect(added.sort()).toEqual([`days:${bankId}`, `figures:${bankId}`, `totals:${bankId}`]);
	});

	it('is left alone when a newer version wrote it, and the figures read from the cards', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		const newer = { v: 2, bankId, anything: 'else' };
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
		const stats = await progress.stats(bankId, facts, typeOf, new Date(t0 + minute));
		expect(stats.seen).toBe(1);
		expect(await get(`figures:${bankId}`, store)).toEqual(newer);
	});
});

describe('the card figures counted from the due index columns', () => {
	it('equal the figures of the index built from the record and its changes (property)', () => {
		const bank = 'bank-a';
		const fact = fc.constantFrom('f1', 'f2', 'f3', 'f4', 'f5');
		const due = fc.constantFrom(0, 3, 30, 300).map((h) => Date.UTC(2026, 2, 2) + h * 3_600_000);
		const state = fc.integer({ min: 0, max: 3 });
		const arbitrary = fc.record({
			record: fc.array(fc.record({ fact, due, state }), { maxLength: 6 }),
			changes: fc.array(fc.record({ fact, gone: fc.boolean(), due, state, valid: fc.boolean() }), {
				maxLength: 4
			}),
			facts: fc.uniqueArray(fact, { maxLength: 5 }),
			exact: fc.boolean(),
			cards: fc.nat(6),
			seen: fc.nat(6)
		});
		fc.assert(
			fc.property(arbitrary, (c) => {
				const record = {
					v: 2,
					bankId: bank,
					factIds: c.record.map((e) => e.fact),
					due: c.record.map((e) => e.due),
					states: c.record.map((e) => e.state)
				};
				const changeKeys = c.changes.map((e) => keys.dueChange(bank, e.fact));
				const changes = c.changes.map((e) =>
					e.gone ? { v: 1, gone: true } : { v: 1, due: e.due, state: e.valid ? e.state : 9 }
				);
				const facts = c.facts.map((factId) => ({ factId }));
				const today = localDay(Date.UTC(2026, 2, 2, 12), 60);
				const entries = dueIndexEntries(bank, record, changeKeys, changes);
				// Figures that describe the index (else any counts), so both answers are met.
				const figures =
					c.exact && entries
						? {
								cards: entries.size,
								seen: [...entries.values()].filter((e) => e.state !== 'new').length,
								mastered: 1
							}
						: { cards: c.cards, seen: c.seen, mastered: 1 };
				const expected = entries && figuresWithIndex(figures, entries, facts, today, 60);
				expect(
					figuresOfIndex(bank, figures, record, changeKeys, changes, facts, today, 60)
				).toEqual(expected);
			}),
			{ numRuns: 3000 }
		);
	});
});
