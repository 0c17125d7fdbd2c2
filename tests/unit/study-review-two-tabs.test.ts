import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { progressClient } from '../../src/lib/study/progress-client';
import { ReviewSession, type ReviewProgress } from '../../src/lib/study/review-session.svelte';
import { freshBankId, gate, shortAnswer } from './study-fixtures';

/** Reading progress may load the store (a first dynamic import) on a busy machine: wait long. */
const slowMachine = { timeout: 10_000 };

const questions = [shortAnswer(1), shortAnswer(2)];
const facts = questions.map((q) => ({ id: q.factId }));

function tab(bank: { id: string }, progress: ReviewProgress = progressClient) {
	return new ReviewSession(() => ({ bank, facts, questions }), { progress });
}

async function turned(session: ReviewSession) {
	await session.refresh();
	session.flip();
	await vi.waitFor(() => expect(session.intervals).toBeDefined(), slowMachine);
	return session.item!.factId;
}

describe('flashcards in two tabs', () => {
	it('keeps a grade given to a card the other tab graded meanwhile, and says so', async () => {
		const bank = { id: freshBankId() };
		const a = tab(bank);
		const b = tab(bank);
		const shownA = await turned(a);
		const shownB = await turned(b);
		expect(shownB).toBe(shownA);
		await a.grade(3);
		expect(a.notice).toBe('');
		await b.grade(1);
		expect(b.notice).toMatch(/also graded in another tab\. Both grades are kept/);
		expect(b.announcement).toContain('also graded in another tab');
		const store = await progressClient.openStore();
		const reviews = await store.loadReviews(bank.id);
		expect(reviews.map((r) => r.grade)).toEqual([3, 1]);
		expect((await store.loadCard(bank.id, shownA))!.reps).toBe(2);
		// The next grade in that tab, on a card nobody else touched, clears the notice.
		await turned(b);
		await b.grade(3);
		expect(b.notice).toBe('');
	});

	it('leaves a turned card in place when another tab’s change arrives late', async () => {
		const bank = { id: freshBankId() };
		const held = gate();
		let holding = false;
		const slow: ReviewProgress = {
			onChange: progressClient.onChange.bind(progressClient),
			reviewCards: async (...args) => {
				const queue = await progressClient.reviewCards(...args);
				if (holding) await held.promise;
				return queue;
			},
			intervals: progressClient.intervals.bind(progressClient),
			describeError: progressClient.describeError.bind(progressClient),
			recordAnswer: progressClient.recordAnswer.bind(progressClient),
			undo: progressClient.undo.bind(progressClient),
			lastGrade: progressClient.lastGrade.bind(progressClient)
		};
		const session = tab(bank, slow);
		await session.refresh();
		const shown = session.item!.factId;
		// Another tab grades this card; the queue rebuilt after it arrives once the learner turned it.
		const other = tab(bank);
		expect(await turned(other)).toBe(shown);
		await other.grade(4);
		holding = true;
		const refresh = session.refresh(shown, true);
		session.flip();
		held.open();
		await refresh;
		expect(session.flipped).toBe(true);
		expect(session.item!.factId).toBe(shown);
	});
});
