import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { progressClient } from '../../src/lib/study/progress-client';
import { ReviewSession, type ReviewProgress } from '../../src/lib/study/review-session.svelte';
import { freshBankId, gate, shortAnswer } from './study-fixtures';

const questions = [shortAnswer(1), shortAnswer(2), shortAnswer(3)];
const facts = questions.map((q) => ({ id: q.factId }));

function review(progress: ReviewProgress = progressClient, onCardShown?: () => void) {
	const bank = { id: freshBankId() };
	return new ReviewSession(() => ({ bank, facts, questions }), { progress, onCardShown });
}

/** Opens the session and turns its first card, with the intervals read. */
async function firstCardTurned(session: ReviewSession) {
	await session.refresh();
	session.flip();
	await vi.waitFor(() => expect(session.intervals).toBeDefined());
	return session.item!.factId;
}

describe('review session', () => {
	it('shows the first new card, and its answer when turned', async () => {
		const session = review();
		await session.refresh();
		expect(session.queue).toMatchObject({ dueCount: 0, newCount: 3 });
		expect(session.flipped).toBe(false);
		const question = session.question!;
		session.flip();
		expect(session.flipped).toBe(true);
		expect(session.announcement).toBe(`Answer: ${question.answer}`);
	});

	it('takes no grade before the card is turned', async () => {
		const session = review();
		await session.refresh();
		const factId = session.item!.factId;
		await session.grade(3);
		expect(session.item!.factId).toBe(factId);
		expect(session.reviewedThisSession).toBe(0);
		expect(session.lastReview).toBeUndefined();
	});

	it('grades a card, then shows the next one unturned and announces the grade', async () => {
		const session = review();
		const graded = await firstCardTurned(session);
		const interval = session.intervals![3];
		await session.grade(3);
		expect(session.item!.factId).not.toBe(graded);
		expect(session.flipped).toBe(false);
		expect(session.intervals).toBeUndefined();
		expect(session.reviewedThisSession).toBe(1);
		expect(session.announcement).toBe(`Good. Next review ${interval}.`);
		expect(session.queue!.newCount).toBe(2);
		expect(session.lastReview).toEqual({ reviewId: expect.any(String), factId: graded });
		expect(session.error).toBe('');
	});

	it('changes the count and the announcement only once the next card is shown', async () => {
		const seen: { factId?: string; reviewed: number; announcement: string }[] = [];
		const session: ReviewSession = review(progressClient, () => {
			seen.push({
				factId: session.item?.factId,
				reviewed: session.reviewedThisSession,
				announcement: session.announcement
			});
		});
		const graded = await firstCardTurned(session);
		const question = session.question!;
		seen.length = 0;
		await session.grade(1);
		expect(seen).toHaveLength(1);
		expect(seen[0]!.factId).not.toBe(graded);
		expect(seen[0]).toMatchObject({ reviewed: 0, announcement: `Answer: ${question.answer}` });
		expect(session.reviewedThisSession).toBe(1);
		expect(session.announcement).toMatch(/^Again\./);
	});

	it('undo brings the graded card back and takes it off the count', async () => {
		const session = review();
		const graded = await firstCardTurned(session);
		await session.grade(4);
		await session.undo();
		expect(session.item!.factId).toBe(graded);
		expect(session.flipped).toBe(false);
		expect(session.reviewedThisSession).toBe(0);
		expect(session.announcement).toBe('Last grade undone.');
		expect(session.lastReview).toBeUndefined();
		expect(session.queue!.newCount).toBe(3);
		// Nothing left to undo.
		await session.undo();
		expect(session.announcement).toBe('Last grade undone.');
		expect(session.error).toBe('');
	});

	it('an undo pressed while a grade is being saved undoes that grade', async () => {
		const held = gate();
		const undo = vi.fn(progressClient.undo.bind(progressClient));
		const slow: ReviewProgress = {
			onChange: progressClient.onChange.bind(progressClient),
			reviewCards: progressClient.reviewCards.bind(progressClient),
			intervals: progressClient.intervals.bind(progressClient),
			describeError: progressClient.describeError.bind(progressClient),
			undo,
			recordAnswer: async (input) => {
				await held.promise;
				return progressClient.recordAnswer(input);
			}
		};
		const session = review(slow);
		const graded = await firstCardTurned(session);
		const grading = session.grade(3);
		await session.undo();
		expect(undo).not.toHaveBeenCalled();
		expect(session.item!.factId).toBe(graded);
		held.open();
		await grading;
		expect(undo).toHaveBeenCalledTimes(1);
		expect(session.item!.factId).toBe(graded);
		expect(session.reviewedThisSession).toBe(0);
		expect(session.announcement).toBe('Last grade undone.');
		expect(session.queue!.newCount).toBe(3);
		expect(session.lastReview).toBeUndefined();
	});

	it('says so when the grade can no longer be undone', async () => {
		const stub: ReviewProgress = {
			onChange: () => () => {},
			reviewCards: progressClient.reviewCards.bind(progressClient),
			intervals: progressClient.intervals.bind(progressClient),
			describeError: progressClient.describeError.bind(progressClient),
			recordAnswer: progressClient.recordAnswer.bind(progressClient),
			undo: async () => false
		};
		const session = review(stub);
		await firstCardTurned(session);
		await session.grade(3);
		await session.undo();
		expect(session.error).toBe('That grade can no longer be undone.');
		expect(session.reviewedThisSession).toBe(1);
	});

	it('shows why the cards could not be read', async () => {
		const broken: ReviewProgress = {
			onChange: () => () => {},
			reviewCards: () => Promise.reject(new Error('blocked')),
			intervals: () => Promise.reject(new Error('blocked')),
			recordAnswer: () => Promise.reject(new Error('blocked')),
			undo: () => Promise.reject(new Error('blocked')),
			describeError: (e) => `Cannot read: ${(e as Error).message}`
		};
		const session = review(broken);
		await session.refresh();
		expect(session.queue).toBeUndefined();
		expect(session.error).toBe('Cannot read: blocked');
	});
});
