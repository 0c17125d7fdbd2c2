import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '../../src/lib/srs/scheduler';
import {
	createProgressStore,
	type RecordAnswerInput,
	type ReviewRecord
} from '../../src/lib/storage';
import { inTimeOrder, replayFact } from '../../src/lib/storage/replay';

let counter = 0;
const freshName = () => `replay-${++counter}`;
const device = (name = freshName()) => createProgressStore(createStore(name, 'progress'), null);

const scheduler = createScheduler();
const t0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(t0 + ms);

function answer(overrides: Partial<RecordAnswerInput> = {}): RecordAnswerInput {
	return {
		bankId: 'bank-a',
		factId: 'fact-1',
		questionId: 'q-1',
		questionType: 'short_answer',
		grade: 3,
		correct: true,
		durationMs: 1000,
		mode: 'review',
		now: at(0),
		...overrides
	};
}

/** Each review's `previous` is the state the review before it (in time order) left. */
function expectChained(reviews: readonly ReviewRecord[]) {
	const byFact = new Map<string, ReviewRecord[]>();
	for (const r of [...reviews].sort(inTimeOrder))
		byFact.set(r.factId, [...(byFact.get(r.factId) ?? []), r]);
	for (const log of byFact.values()) {
		log.forEach((review, i) => {
			expect(review.previous).toEqual(i === 0 ? null : log[i - 1]!.card);
			expect(review.previousReviewId).toBe(i === 0 ? null : log[i - 1]!.id);
		});
	}
}

describe('two tabs grading one card', () => {
	it('keeps both grades, in time order, when the earlier grade lands second', async () => {
		const name = freshName();
		const tabA = device(name);
		const tabB = device(name);
		// Both tabs show the card as new. B grades it one second after A did, but B's save lands first.
		const b = await tabB.recordAnswer(
			answer({ reviewId: 'b', now: at(1000), grade: 1, shown: null }),
			scheduler
		);
		expect(b.changedElsewhere).toBe(false);
		const a = await tabA.recordAnswer(
			answer({ reviewId: 'a', now: at(0), grade: 3, shown: null }),
			scheduler
		);
		expect(a.changedElsewhere).toBe(true);

		const { reviews, cards } = await tabA.loadAll();
		expect(reviews.map((r) => r.id)).toEqual(['a', 'b']);
		expectChained(reviews);
		const one = device();
		await one.recordAnswer(answer({ reviewId: 'a', now: at(0), grade: 3 }), scheduler);
		const last = await one.recordAnswer(
			answer({ reviewId: 'b', now: at(1000), grade: 1 }),
			scheduler
		);
		expect(cards.map((c) => [c.card, c.lastReviewId])).toEqual([[last.card, 'b']]);
		// The review shown last can still be undone, back to the state A's grade left.
		expect(await tabB.undoReview('bank-a', 'b', at(2000))).toBe(true);
		expect(await tabB.loadCard('bank-a', 'fact-1')).toEqual(reviews[0]!.card);
	});

	it('keeps every grade when both tabs save at once from the same shown state', async () => {
		const name = freshName();
		const tabs = [device(name), device(name)];
		const first = await tabs[0]!.recordAnswer(answer({ reviewId: 'r0' }), scheduler);
		const saved = await Promise.all(
			tabs.map((tab, i) =>
				tab.recordAnswer(
					answer({ reviewId: `r${i + 1}`, now: at(60_000 + i), grade: 3, shown: first.card }),
					scheduler
				)
			)
		);
		expect(saved.filter((s) => s.changedElsewhere)).toHaveLength(1);
		const { reviews, cards } = await tabs[0]!.loadAll();
		expect(reviews.map((r) => r.id)).toEqual(['r0', 'r1', 'r2']);
		expectChained(reviews);
		expect(cards[0]!.card.reps).toBe(3);
		expect(cards[0]!.lastReviewId).toBe('r2');
	});

	it('says nothing changed when the card is still the one shown', async () => {
		const tab = device();
		const first = await tab.recordAnswer(answer({ reviewId: 'r0', shown: null }), scheduler);
		const second = await tab.recordAnswer(
			answer({ reviewId: 'r1', now: at(600_000), shown: first.card }),
			scheduler
		);
		expect([first.changedElsewhere, second.changedElsewhere]).toEqual([false, false]);
	});
});

describe('replaying a merged review log', () => {
	const review = fc.record({
		fact: fc.constantFrom('fact-1', 'fact-2', 'fact-3'),
		grade: fc.constantFrom(1, 2, 3, 4 as const),
		/** Time since the review before, from seconds to weeks. */
		gap: fc.oneof(
			fc.integer({ min: 1000, max: 3_600_000 }),
			fc.integer({ min: 1, max: 30 * 86_400_000 })
		),
		onB: fc.boolean()
	});

	it('gives the cards of one device that made every review in order (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(review, { minLength: 1, maxLength: 14 }), async (sequence) => {
				const [a, b, one] = [device(), device(), device()];
				let time = 0;
				for (const [i, r] of sequence.entries()) {
					time += r.gap;
					const input = answer({
						reviewId: `r${i}`,
						factId: r.fact,
						grade: r.grade,
						now: at(time)
					});
					await (r.onB ? b : a).recordAnswer(input, scheduler);
					await one.recordAnswer(input, scheduler);
				}
				const expected = await one.loadCards('bank-a');
				await a.importBackup(await b.exportBackup(at(time)));
				await b.importBackup(await a.exportBackup(at(time)));
				expect(await a.loadCards('bank-a')).toEqual(expected);
				expect(await b.loadCards('bank-a')).toEqual(expected);
				const merged = await a.loadAll();
				expect(merged.reviews).toHaveLength(sequence.length);
				expectChained(merged.reviews);
				// Importing again changes nothing.
				const again = await a.importBackup(await b.exportBackup(at(time)));
				expect(again).toEqual({ added: 0, skipped: sequence.length, cardsUpdated: 0 });
				expect(await a.loadAll()).toEqual(merged);
			}),
			{ numRuns: 25 }
		);
	}, 120_000);

	it('leaves undone reviews out and starts from a new card at the first review', () => {
		const base = { v: 1, bankId: 'b', factId: 'f', questionId: 'q', questionType: 'mcq' } as const;
		const make = (id: string, ms: number, grade: 1 | 2 | 3 | 4): ReviewRecord => ({
			...base,
			id,
			grade,
			correct: grade > 1,
			durationMs: 0,
			mode: 'review',
			reviewedAt: at(ms).toISOString(),
			previous: null,
			previousReviewId: null,
			card: scheduler.initial(at(ms))
		});
		const replayed = replayFact(
			[make('late', 86_400_000, 3), make('undone', 60_000, 1), make('early', 0, 4)],
			new Set(['undone']),
			scheduler
		);
		const first = scheduler.next(scheduler.initial(at(0)), 4, at(0));
		expect(replayed.reviews.map((r) => r.id)).toEqual(['early', 'late']);
		expect(replayed.reviews[0]!.card).toEqual(first);
		expect(replayed.card).toEqual(scheduler.next(first, 3, at(86_400_000)));
		expect(replayed.lastReviewId).toBe('late');
	});
});
