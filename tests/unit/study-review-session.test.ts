import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { progressClient } from '../../src/lib/study/progress-client';
import { ReviewSession, type ReviewProgress } from '../../src/lib/study/review-session.svelte';
import { freshBankId, gate, shortAnswer } from './study-fixtures';

/** Reading progress may load the store (a first dynamic import) on a busy machine: wait long. */
const slowMachine = { timeout: 10_000 };

const questions = [shortAnswer(1), shortAnswer(2), shortAnswer(3)];
const facts = questions.map((q) => ({ id: q.factId }));

function review(progress: ReviewProgress = progressClient, onCardShown?: () => void) {
	const bank = { id: freshBankId() };
	return new ReviewSession(() => ({ bank, facts, questions }), { progress, onCardShown });
}

/** The real client's methods, to override one or two. */
function bound(): ReviewProgress {
	return {
		onChange: progressClient.onChange.bind(progressClient),
		reviewCards: progressClient.reviewCards.bind(progressClient),
		intervals: progressClient.intervals.bind(progressClient),
		describeError: progressClient.describeError.bind(progressClient),
		recordAnswer: progressClient.recordAnswer.bind(progressClient),
		undo: progressClient.undo.bind(progressClient),
		lastGrade: progressClient.lastGrade.bind(progressClient)
	};
}

/** Opens the session and turns its first card, with the intervals read. */
async function firstCardTurned(session: ReviewSession) {
	await session.refresh();
	session.flip();
	await vi.waitFor(() => expect(session.intervals).toBeDefined(), slowMachine);
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

	it('draws the first card after giving the page a turn: building the queue is one task, drawing it the next', async () => {
		const turn = gate();
		let built = false;
		const progress: ReviewProgress = {
			...bound(),
			reviewCards: async (...args) => {
				const queue = await progressClient.reviewCards(...args);
				built = true;
				return queue;
			}
		};
		const bank = { id: freshBankId() };
		const session = new ReviewSession(() => ({ bank, facts, questions }), {
			progress,
			yieldToMain: () => turn.promise
		});
		const opened = session.refresh();
		await vi.waitFor(() => expect(built).toBe(true), slowMachine);
		expect(session.queue).toBeUndefined();
		turn.open();
		await opened;
		expect(session.item?.factId).toBe(facts[0]!.id);
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
		const prompt = session.question!.prompt;
		await session.grade(4);
		await session.undo();
		expect(session.item!.factId).toBe(graded);
		expect(session.flipped).toBe(false);
		expect(session.reviewedThisSession).toBe(0);
		expect(session.announcement).toBe(`Last grade undone. This card is back: ${prompt}`);
		expect(session.lastReview).toBeUndefined();
		expect(session.canUndo).toBe(false);
		expect(session.queue!.newCount).toBe(3);
		// Nothing left to undo.
		await session.undo();
		expect(session.announcement).toBe(`Last grade undone. This card is back: ${prompt}`);
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
			lastGrade: progressClient.lastGrade.bind(progressClient),
			undo,
			recordAnswer: async (input) => {
				await held.promise;
				return progressClient.recordAnswer(input);
			}
		};
		const session = review(slow);
		const graded = await firstCardTurned(session);
		const prompt = session.question!.prompt;
		const grading = session.grade(3);
		expect(session.canUndo).toBe(true);
		await session.undo();
		expect(undo).not.toHaveBeenCalled();
		expect(session.item!.factId).toBe(graded);
		held.open();
		await grading;
		expect(undo).toHaveBeenCalledTimes(1);
		expect(session.item!.factId).toBe(graded);
		expect(session.reviewedThisSession).toBe(0);
		expect(session.announcement).toBe(`Last grade undone. This card is back: ${prompt}`);
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
			lastGrade: async () => undefined,
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
			lastGrade: () => Promise.reject(new Error('blocked')),
			describeError: (e) => `Cannot read: ${(e as Error).message}`
		};
		const session = review(broken);
		await session.refresh();
		expect(session.queue).toBeUndefined();
		expect(session.error).toBe('Cannot read: blocked');
	});
});

describe('a card that comes straight back', () => {
	const single = [shortAnswer(9)];

	function reviewOne(progress: ReviewProgress = progressClient) {
		const bank = { id: freshBankId() };
		const session = new ReviewSession(() => ({ bank, facts: [{ id: 'f-9' }], questions: single }), {
			progress
		});
		return { session, bank };
	}

	it('starts face down, with intervals read afresh for its new state', async () => {
		const { session, bank } = reviewOne();
		await firstCardTurned(session);
		const asNew = session.intervals!;
		await session.grade(1);
		// Nothing else is left: the card is back within the learn-ahead window.
		expect(session.item!.factId).toBe('f-9');
		expect(session.step).toBe('front');
		expect(session.flipped).toBe(false);
		expect(session.intervals).toBeUndefined();
		session.flip();
		await vi.waitFor(() => expect(session.intervals).toBeDefined(), slowMachine);
		const fresh = await progressClient.intervals(bank.id, 'f-9', new Date());
		expect(session.intervals).toEqual(fresh);
		expect(session.intervals).not.toEqual(asNew);
	});

	it('never takes the intervals read for its previous showing', async () => {
		const held = gate();
		let calls = 0;
		const progress: ReviewProgress = {
			...bound(),
			intervals: async (bankId, factId, now) => {
				calls += 1;
				if (calls === 1) {
					await held.promise;
					return { 1: 'stale', 2: 'stale', 3: 'stale', 4: 'stale' };
				}
				return progressClient.intervals(bankId, factId, now);
			}
		};
		const { session } = reviewOne(progress);
		await session.refresh();
		session.flip();
		await session.grade(1);
		expect(session.flipped).toBe(false);
		session.flip();
		await vi.waitFor(() => expect(session.intervals).toBeDefined(), slowMachine);
		held.open();
		await held.promise;
		await Promise.resolve();
		expect(session.intervals![1]).not.toBe('stale');
	});
});

describe('re-queued cards in every way they come back', () => {
	const single = [shortAnswer(9)];
	const oneFact = [{ id: 'f-9' }];

	it('a due card graded Again comes back face down with its relearning intervals', async () => {
		const bank = { id: freshBankId() };
		// Two Goods make the card a review card; a month later it is due.
		for (let i = 0; i < 2; i++)
			await progressClient.recordAnswer({
				bankId: bank.id,
				question: single[0]!,
				grade: 3,
				correct: true,
				durationMs: 1000,
				mode: 'review'
			});
		const later = new Date(Date.now() + 30 * 86_400_000);
		const session = new ReviewSession(() => ({ bank, facts: oneFact, questions: single }), {
			progress: progressClient,
			now: () => later
		});
		await firstCardTurned(session);
		expect(session.queue!.dueCount).toBe(1);
		const asDue = session.intervals!;
		await session.grade(1);
		expect(session.item!.factId).toBe('f-9');
		expect(session.step).toBe('front');
		expect(session.intervals).toBeUndefined();
		session.flip();
		await vi.waitFor(() => expect(session.intervals).toBeDefined(), slowMachine);
		expect(session.intervals).toEqual(await progressClient.intervals(bank.id, 'f-9', later));
		expect(session.intervals).not.toEqual(asDue);
	});

	it('a card brought back by undo starts face down with the intervals of its earlier state', async () => {
		const bank = { id: freshBankId() };
		const session = new ReviewSession(() => ({ bank, facts: oneFact, questions: single }), {
			progress: progressClient
		});
		await firstCardTurned(session);
		const asNew = session.intervals!;
		await session.grade(3);
		// Good on a new card: back in ten minutes, so shown again now; turned over, then undone.
		session.flip();
		await vi.waitFor(() => expect(session.intervals).toBeDefined(), slowMachine);
		expect(session.intervals).not.toEqual(asNew);
		await session.undo();
		expect(session.item!.factId).toBe('f-9');
		expect(session.step).toBe('front');
		expect(session.intervals).toBeUndefined();
		session.flip();
		await vi.waitFor(() => expect(session.intervals).toBeDefined(), slowMachine);
		expect(session.intervals).toEqual(asNew);
	});

	it('whatever brings the same fact back, its new showing starts at the front', async () => {
		const bank = { id: freshBankId() };
		const shown: number[] = [];
		const session: ReviewSession = new ReviewSession(
			() => ({ bank, facts: oneFact, questions: single }),
			{
				progress: {
					...bound(),
					recordAnswer: async () => ({ reviewId: 'r-1', changedElsewhere: false }),
					reviewCards: async () => ({
						current: { factId: 'f-9', question: single[0]!, shown: null },
						dueCount: 1,
						newCount: 0,
						newLimitReached: false
					})
				},
				onCardShown: () => void shown.push(session.reviewedThisSession)
			}
		);
		await session.refresh();
		session.flip();
		await session.grade(2);
		expect(shown).toEqual([0, 0]);
		expect(session.step).toBe('front');
		expect(session.reviewedThisSession).toBe(1);
	});
});

describe('undo', () => {
	it('takes back several grades, newest first, naming each card that comes back', async () => {
		const bank = { id: freshBankId() };
		const session = new ReviewSession(() => ({ bank, facts, questions }), {
			progress: progressClient
		});
		const graded: { factId: string; prompt: string }[] = [];
		await session.refresh();
		for (let i = 0; i < 3; i++) {
			graded.push({ factId: session.item!.factId, prompt: session.question!.prompt });
			session.flip();
			await session.grade(3);
		}
		expect(session.undoable).toHaveLength(3);
		for (let i = 2; i >= 0; i--) {
			await session.undo();
			expect(session.item!.factId).toBe(graded[i]!.factId);
			expect(session.step).toBe('front');
			expect(session.announcement).toBe(
				`Last grade undone. This card is back: ${graded[i]!.prompt}`
			);
			expect(session.reviewedThisSession).toBe(i);
		}
		expect(session.canUndo).toBe(false);
		expect(session.queue!.newCount).toBe(3);
		expect(await progressClient.lastGrade(bank.id, new Date())).toBeUndefined();
	});

	it('two undos pressed while a grade is saved take back that grade and the one before', async () => {
		const held = gate();
		let hold = false;
		const session = review({
			...bound(),
			recordAnswer: async (input) => {
				if (hold) await held.promise;
				return progressClient.recordAnswer(input);
			}
		});
		await session.refresh();
		const first = session.item!.factId;
		session.flip();
		await session.grade(3);
		hold = true;
		session.flip();
		const grading = session.grade(3);
		void session.undo();
		void session.undo();
		held.open();
		await grading;
		await vi.waitFor(() => expect(session.undoable).toHaveLength(0), slowMachine);
		await vi.waitFor(() => expect(session.busy).toBe(false), slowMachine);
		expect(session.item!.factId).toBe(first);
		expect(session.reviewedThisSession).toBe(0);
		expect(session.queue!.newCount).toBe(3);
	});

	it("after a reload, offers the day's last grade, and only a flashcard's", async () => {
		const bank = { id: freshBankId() };
		const before = new ReviewSession(() => ({ bank, facts, questions }), {
			progress: progressClient
		});
		await before.refresh();
		before.flip();
		await before.grade(1);
		const second = before.item!;
		before.flip();
		await before.grade(3);

		const reloaded = new ReviewSession(() => ({ bank, facts, questions }), {
			progress: progressClient
		});
		await reloaded.open();
		expect(reloaded.lastReview).toEqual({ reviewId: expect.any(String), factId: second.factId });
		expect(reloaded.canUndo).toBe(true);
		await reloaded.undo();
		expect(reloaded.item!.factId).toBe(second.factId);
		expect(reloaded.announcement).toBe(
			`Last grade undone. This card is back: ${second.question.prompt}`
		);
		expect(reloaded.canUndo).toBe(false);

		// A quiz answer given last is not a flashcard grade to undo.
		await progressClient.recordAnswer({
			bankId: bank.id,
			question: questions[2]!,
			correct: true,
			durationMs: 1000,
			mode: 'quiz'
		});
		const afterQuiz = new ReviewSession(() => ({ bank, facts, questions }), {
			progress: progressClient
		});
		await afterQuiz.open();
		expect(afterQuiz.canUndo).toBe(false);
	});
});
