import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { QuestionType } from '../../src/lib/schema/question-types';
import { createScheduler } from '../../src/lib/srs/scheduler';
import {
	computeStats,
	createProgressStore,
	readRecord,
	totalsOf,
	type ReviewRecord
} from '../../src/lib/storage';
import { foldAfter } from '../../src/lib/storage/record-keys';
import { foldTotals, validTotals } from '../../src/lib/storage/progress-totals';
import { glanceStats } from '../../src/lib/storage/progress-page-glance';
import { columnsAgree } from '../../src/lib/storage/progress-log-checks';
import { historyPlayer, historySteps } from './progress-history';
import { storedTotalsView, totalsView } from './totals-view';

let counter = 0;
const freshStore = () => createStore(`totals-${++counter}`, 'progress');
const scheduler = createScheduler();
const t0 = Date.parse('2026-03-02T09:00:00.000Z');
const minute = 60_000;
const bankId = 'bank-a';
const types: QuestionType[] = ['short_answer', 'mcq', 'cloze', 'true_false'];
/** Two questions per fact, each with its own type. */
const questionOf = (fact: number, k: number) => ({
	id: `q-${fact}-${k}`,
	type: types[(fact + k) % types.length]!
});
/** The i-th answer of a fixed history: four facts, two questions each, every third one wrong. */
const answerer =
	(progress: ReturnType<typeof createProgressStore>, duration: number) => (i: number) =>
		progress.recordAnswer(
			{
				bankId,
				factId: `fact-${i % 4}`,
				questionId: questionOf(i % 4, i % 2).id,
				questionType: questionOf(i % 4, i % 2).type,
				grade: i % 3 ? 3 : 1,
				correct: i % 3 !== 0,
				durationMs: duration + i,
				mode: 'review',
				now: new Date(t0 + i * minute),
				reviewId: `a${i}`
			},
			scheduler
		);
const facts = [0, 1, 2, 3].map((f) => ({ factId: `fact-${f}` }));

/** Everything the bank's log holds, read straight from the store: the reference. */
async function logOf(store: UseStore) {
	const all = await entries<string, unknown>(store);
	const reviews: ReviewRecord[] = [];
	const undone = new Set<string>();
	let undoRecords = 0;
	for (const [key, value] of all) {
		if (key.startsWith(`review:${bankId}:`)) {
			const read = readRecord('review', value);
			if (read.ok) reviews.push(read.value);
		} else if (key.startsWith('undo:')) {
			const read = readRecord('undo', value);
			if (read.ok && read.value.bankId === bankId) {
				undone.add(read.value.reviewId);
				undoRecords++;
			}
		}
	}
	return { reviews, undone, undoRecords };
}

/**
 * The stored totals record with the changes stored beside it folded in, as a read folds them,
 * straight from the store (no read that could rebuild them), and how many changes there are.
 */
async function storedTotals(store: UseStore) {
	const all = await entries<string, unknown>(store);
	const changes = all
		.filter(([key]) => key.startsWith(`tdelta:${bankId}:`))
		.sort(([a], [b]) => (a < b ? -1 : 1));
	const record = validTotals(await get(`totals:${bankId}`, store), bankId);
	const totals =
		record &&
		foldTotals(
			record,
			changes.map(([key]) => key),
			changes.map(([, value]) => value)
		);
	return { totals: totalsView(totals), changes: changes.length };
}

const answerOp = fc.record({
	kind: fc.constant('answer' as const),
	fact: fc.nat(3),
	k: fc.nat(1),
	correct: fc.boolean(),
	/** Minutes after the previous answer; negative: a tab or device whose clock lags. */
	minutes: fc.integer({ min: -600, max: 3000 }),
	durationMs: fc.nat(60_000)
});
type Answered = typeof answerOp extends fc.Arbitrary<infer A> ? A : never;
const op = historySteps(answerOp, {
	answerWeight: 5,
	mergeAnswers: 5,
	own: [{ weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const) }) }]
});

describe('running totals', () => {
	it('equal a full recomputation after any answers, undos and merges (property)', async () => {
		/** How often the light read answered (it leaves the rest to the store). */
		let glanced = 0;
		await fc.assert(
			fc.asyncProperty(
				fc.array(op, { minLength: 1, maxLength: 16 }),
				fc.constantFrom(0, 330, -420),
				async (ops, offset) => {
					const store = freshStore();
					const progress = createProgressStore(store, null);
					// Read once first, so every later step keeps the stored totals up to date itself.
					await progress.loadTotals(bankId, new Date(t0));
					const history = historyPlayer<Answered>({
						progress,
						bankId,
						scheduler,
						freshStore,
						t0,
						floor: t0 - 30 * 1440 * minute,
						answer: (a) => {
							const q = questionOf(a.fact, a.k);
							return {
								questionId: q.id,
								questionType: q.type,
								grade: a.correct ? 3 : 1,
								correct: a.correct,
								durationMs: a.durationMs,
								mode: 'review'
							};
						}
					});
					await history.play(ops, async () => {
						await del(`totals:${bankId}`, store);
						await progress.loadTotals(bankId, new Date(history.clock()));
					});
					const clock = history.clock();
					const { reviews, undone, undoRecords } = await logOf(store);
					const reference = totalsView(totalsOf(bankId, reviews, undone, undoRecords));
					// The stored record with its changes, before any read could rebuild it.
					expect((await storedTotals(store)).totals).toEqual(reference);

					const kept = reviews
						.filter((r) => !undone.has(r.id))
						.sort((a, b) =>
							a.reviewedAt < b.reviewedAt
								? -1
								: a.reviewedAt > b.reviewedAt
									? 1
									: a.id < b.id
										? -1
										: 1
						);
					const latest = new Map(kept.map((r) => [r.questionId, r.correct]));
					expect(await progress.wrongQuestionIds(bankId)).toEqual(
						new Set([...latest].filter(([, correct]) => !correct).map(([id]) => id))
					);
					const cards = await progress.loadCards(bankId);
					for (const now of [new Date(clock), new Date(clock + 1440 * minute)]) {
						const full = computeStats({
							facts,
							cards,
							reviews: kept,
							now,
							timeZoneOffsetMinutes: offset
						});
						// The progress page's light read answers as the store does, or leaves it to it.
						const light = await glanceStats(bankId, facts, now, offset, store);
						if (light) {
							glanced++;
							expect(light).toEqual(full);
						}
						const fromTotals = await progress.stats(bankId, facts, now, {
							timeZoneOffsetMinutes: offset
						});
						expect(fromTotals).toEqual(full);
						// Once the store has read (and written back what it folds), the light read answers.
						expect(await glanceStats(bankId, facts, now, offset, store)).toEqual(full);
					}
				}
			),
			{ numRuns: 40 }
		);
		expect(glanced).toBeGreaterThan(0);
	}, 240_000);

	it('are rebuilt from the log for a database written before them, or by a tab without them', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		const answer = (i: number, correct: boolean) =>
			progress.recordAnswer(
				{
					bankId,
					factId: `fact-${i % 4}`,
					questionId: questionOf(i % 4, 0).id,
					questionType: questionOf(i % 4, 0).type,
					grade: correct ? 3 : 1,
					correct,
					durationMs: 1000,
					mode: 'quiz',
					now: new Date(t0 + i * minute),
					reviewId: `a${i}`
				},
				scheduler
			);
		// No totals yet: answers leave them to the first read, which builds them from the log.
		for (let i = 0; i < 6; i++) await answer(i, i !== 1);
		expect(await get(`totals:${bankId}`, store)).toBeUndefined();
		expect(await progress.wrongQuestionIds(bankId)).toEqual(new Set());
		expect(
			totalsView(await progress.loadTotals(bankId))!.questions[questionOf(1, 0).id]
		).toMatchObject({
			total: 2,
			correct: 1
		});
		// A review written behind their back (an older tab) is noticed by the count and taken in.
		const stale = structuredClone(await get(`totals:${bankId}`, store));
		await answer(6, false);
		// That tab kept no change beside the totals either.
		await del(`tdelta:${bankId}:${new Date(t0 + 6 * minute).toISOString()}:a6`, store);
		await del(`totals:${bankId}`, store);
		await set(`totals:${bankId}`, stale, store);
		expect(await progress.wrongQuestionIds(bankId)).toEqual(new Set([questionOf(2, 0).id]));
	});

	it('take an answer as one change beside the record, folded back once more than foldAfter wait', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		const answer = answerer(progress, 1000);
		await answer(0);
		await progress.loadTotals(bankId);
		const record = await get(`totals:${bankId}`, store);
		await answer(1);
		// The record holds every question of the bank: an answer leaves it as it is.
		expect(await get(`totals:${bankId}`, store)).toEqual(record);
		expect(await get(`tdelta:${bankId}:${new Date(t0 + minute).toISOString()}:a1`, store)).toEqual({
			v: 1,
			questionId: questionOf(1, 1).id,
			type: questionOf(1, 1).type,
			correct: true,
			durationMs: 1001
		});
		const reference = async () => {
			const { reviews, undone, undoRecords } = await logOf(store);
			return totalsView(totalsOf(bankId, reviews, undone, undoRecords));
		};
		expect(totalsView(await progress.loadTotals(bankId))).toEqual(await reference());
		// A read leaves up to foldAfter changes where they are; past that it writes them into the record.
		for (let i = 2; i <= foldAfter + 1; i++) await answer(i);
		expect((await storedTotals(store)).changes).toBe(foldAfter + 1);
		expect(totalsView(await progress.loadTotals(bankId))).toEqual(await reference());
		expect(await storedTotals(store)).toEqual({ totals: await reference(), changes: 0 });
		expect(storedTotalsView(await get(`totals:${bankId}`, store))).toEqual(await reference());
		// An undo folds the changes in before it takes its answer out.
		await answer(foldAfter + 2);
		expect(await progress.undoReview(bankId, `a${foldAfter + 2}`)).toBe(true);
		expect(await storedTotals(store)).toEqual({ totals: await reference(), changes: 0 });
	});

	it('read version-1 totals (written by an earlier version) and write them back at the current version', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		for (let i = 0; i < 3; i++)
			await progress.recordAnswer(
				{
					bankId,
					factId: `fact-${i}`,
					questionId: questionOf(i, 0).id,
					questionType: questionOf(i, 0).type,
					grade: i === 1 ? 1 : 3,
					correct: i !== 1,
					durationMs: 500,
					mode: 'quiz',
					now: new Date(t0 + i * minute),
					reviewId: `a${i}`
				},
				scheduler
			);
		const { reviews, undone, undoRecords } = await logOf(store);
		const reference = totalsView(totalsOf(bankId, reviews, undone, undoRecords))!;
		// What the previous version stored: the same fields at version 1, rewritten by each answer.
		await set(`totals:${bankId}`, { ...reference, v: 1 }, store);
		expect(totalsView(await progress.loadTotals(bankId))).toEqual(reference);
		expect(storedTotalsView(await get(`totals:${bankId}`, store))).toEqual(reference);
		// Changes beside a version-1 record (a previous-version tab may have rebuilt it, counting
		// their answers already): the record is rebuilt from the log, never counted twice.
		await set(`totals:${bankId}`, { ...reference, v: 1 }, store);
		await set(
			`tdelta:${bankId}:${reviews[2]!.reviewedAt}:a2`,
			{
				v: 1,
				questionId: reviews[2]!.questionId,
				type: reviews[2]!.questionType,
				correct: true,
				durationMs: 500
			},
			store
		);
		expect(totalsView(await progress.loadTotals(bankId))).toEqual(reference);
		expect(await storedTotals(store)).toEqual({ totals: reference, changes: 0 });
	});

	it('read version-2 totals (one object per question) with their changes, and write them back in columns', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null);
		const answer = answerer(progress, 700);
		for (let i = 0; i < 5; i++) await answer(i);
		const before = await logOf(store);
		// What the previous version stored after those answers: version 2, one object per question.
		const v2 = {
			...totalsView(totalsOf(bankId, before.reviews, before.undone, before.undoRecords)),
			v: 2
		};
		await set(`totals:${bankId}`, v2, store);
		// Its tabs answered on, each answer a change beside the record, as today.
		for (let i = 5; i < 9; i++) await answer(i);
		expect((await storedTotals(store)).changes).toBe(4);
		const { reviews, undone, undoRecords } = await logOf(store);
		const reference = totalsView(totalsOf(bankId, reviews, undone, undoRecords));
		// The changes are folded over the migrated record (not rebuilt, not counted twice)...
		expect(totalsView(await progress.loadTotals(bankId))).toEqual(reference);
		// ...which is written back at the current version, the changes in it.
		const stored = await get(`totals:${bankId}`, store);
		expect(stored).toMatchObject({ v: 3, ids: expect.any(Array), total: expect.any(Uint32Array) });
		expect(storedTotalsView(stored)).toEqual(reference);
		expect((await storedTotals(store)).changes).toBe(0);
		// A damaged version-2 record is not migrated but rebuilt from the log.
		await set(`totals:${bankId}`, { ...v2, questions: { 'q-0-0': { type: 'essay' } } }, store);
		expect(totalsView(await progress.loadTotals(bankId))).toEqual(reference);
		expect(storedTotalsView(await get(`totals:${bankId}`, store))).toEqual(reference);
		const full = computeStats({
			facts,
			cards: await progress.loadCards(bankId),
			reviews: reviews.filter((r) => !undone.has(r.id)),
			now: new Date(t0 + 10 * minute),
			timeZoneOffsetMinutes: 0
		});
		expect(
			await progress.stats(bankId, facts, new Date(t0 + 10 * minute), {
				timeZoneOffsetMinutes: 0
			})
		).toEqual(full);
	});
});

describe("the totals' joined columns", () => {
	/** The rule as first written: cut each column into its parts, then count and measure them. */
	const reference = (lastAt: string, lastId: string, n: number) => {
		if (n === 0) return lastAt === '' && lastId === '';
		const ids = lastId.split(':');
		return (
			lastAt.split(',').length === n &&
			ids.length === n &&
			ids.every((id) => id.length >= 1 && id.length <= 200)
		);
	};
	it('agree with the parts a cut gives: as many as questions, each id 1 to 200 long (property)', () => {
		const part = fc.constantFrom('', 'a', 'r-1', '2026-03-02T09:00:00.000Z', 'x'.repeat(200));
		const joined = (separator: string) =>
			fc
				.array(fc.oneof(part, fc.constant('x'.repeat(201))), { maxLength: 4 })
				.map((parts) => parts.join(separator));
		fc.assert(
			fc.property(joined(','), joined(':'), fc.nat(4), (lastAt, lastId, n) => {
				const record = {
					ids: Array.from({ length: n }, (_, i) => `q-${i}`),
					typeNames: ['mcq'],
					types: new Uint8Array(n),
					total: new Uint32Array(n),
					correct: new Uint32Array(n),
					right: new Uint8Array(n),
					lastAt,
					lastId
				};
				expect(columnsAgree(record)).toBe(reference(lastAt, lastId, n));
			}),
			{ numRuns: 2000 }
		);
	});
});
