import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../src/lib/grading/grade';
import { progressClient } from '../../src/lib/study/progress-client';
import { QuizSession, type QuizProgress } from '../../src/lib/study/quiz-session.svelte';
import { seededRandom } from '../../src/lib/util/random';
import type { StudyQuestion } from '../../src/lib/study/types';
import { freshBankId, shortAnswer, trueFalse } from './study-fixtures';

function quiz(
	pool: StudyQuestion[],
	options: { bankId?: string; progress?: QuizProgress; clock?: () => number } = {}
) {
	const bankId = options.bankId ?? freshBankId();
	let time = 0;
	const session = new QuizSession(() => ({ bankId, pool }), {
		progress: async () => options.progress ?? progressClient,
		grader: async () => gradeAnswer,
		clock: options.clock ?? (() => (time += 1000)),
		random: () => seededRandom(7)
	});
	return { session, bankId };
}

/** Answers every question, right unless its id is in `wrong`. */
async function answerAll(session: QuizSession, wrong: string[] = []) {
	while (session.phase === 'running') {
		const q = session.current!;
		expect(await session.answer(wrong.includes(q.id) ? 'nonsense' : q.answer)).toBe(true);
		session.next();
	}
}

const pool = [shortAnswer(1), shortAnswer(2), shortAnswer(3), trueFalse(4)];

describe('quiz session', () => {
	it('starts with every question type of the bank chosen, in the usual order', () => {
		const { session } = quiz([shortAnswer(1), trueFalse(2)]);
		expect(session.available).toEqual(['true_false', 'short_answer']);
		expect(session.chosenTypes).toEqual(['true_false', 'short_answer']);
	});

	it('asks only the chosen types, at most the chosen length', async () => {
		const many = Array.from({ length: 14 }, (_, i) => shortAnswer(i));
		const { session } = quiz([...many, trueFalse(20)]);
		session.chosenTypes = ['short_answer'];
		expect(await session.start()).toBe(true);
		expect(session.phase).toBe('running');
		expect(session.questions).toHaveLength(10);
		expect(session.questions.every((q) => q.type === 'short_answer')).toBe(true);
	});

	it('refuses to start with no question type chosen', async () => {
		const { session } = quiz(pool);
		session.chosenTypes = [];
		expect(await session.start()).toBe(false);
		expect(session.phase).toBe('setup');
		expect(session.setupError).toBe('Choose at least one question type.');
	});

	it('grades each answer, announces it and scores the quiz at the end', async () => {
		const { session } = quiz(pool);
		session.length = 'all';
		await session.start();
		expect(session.questions).toHaveLength(4);
		const first = session.current!;
		await session.answer('nonsense');
		expect(session.currentAnswer).toMatchObject({ correct: false, expected: first.answer });
		expect(session.announcement).toBe(`Not quite. The answer is ${first.answer}.`);
		session.next();
		expect(session.index).toBe(1);
		expect(session.announcement).toBe('');
		await answerAll(session);
		expect(session.phase).toBe('done');
		expect(session.score).toBe(3);
		expect(session.mistakes.map((m) => m.question.id)).toEqual([first.id]);
		expect(session.announcement).toBe('Quiz finished: 3 of 4 right.');
		expect(session.elapsedMs).toBeGreaterThan(0);
	});

	it('takes one answer per question', async () => {
		const { session } = quiz(pool);
		await session.start();
		const q = session.current!;
		expect(await session.answer('nonsense')).toBe(true);
		expect(await session.answer(q.answer)).toBe(false);
		expect(session.currentAnswer?.correct).toBe(false);
	});

	it('retries only the mistakes, from the first', async () => {
		const { session } = quiz(pool);
		session.length = 'all';
		await session.start();
		const wrong = [session.questions[1]!.id, session.questions[3]!.id];
		await answerAll(session, wrong);
		expect(await session.retryMistakes()).toBe(true);
		expect(session.phase).toBe('running');
		expect(session.questions.map((q) => q.id)).toEqual(wrong);
		expect(session.index).toBe(0);
		expect(session.answers).toEqual([]);
		await answerAll(session);
		expect(session.score).toBe(2);
		expect(session.mistakes).toEqual([]);
	});

	it('stores each answer, so a later quiz can ask only the ones last got wrong', async () => {
		const first = quiz(pool);
		first.session.length = 'all';
		await first.session.start();
		const wrong = first.session.questions[2]!.id;
		await answerAll(first.session, [wrong]);

		const { session } = quiz(pool, { bankId: first.bankId });
		session.onlyWrong = true;
		expect(await session.start()).toBe(true);
		expect(session.wrongKnown).toBe(true);
		expect([...(session.wrongIds ?? [])]).toEqual([wrong]);
		expect(session.questions.map((q) => q.id)).toEqual([wrong]);
	});

	it('says so when there is nothing wrong to retry', async () => {
		const { session } = quiz(pool);
		session.onlyWrong = true;
		expect(await session.start()).toBe(false);
		expect(session.setupError).toBe('You have no wrong answers to retry in these question types.');
	});

	it('shows the feedback with the reason when an answer could not be saved', async () => {
		const failing: QuizProgress = {
			onChange: () => () => {},
			wrongQuestionIds: async () => new Set(),
			recordAnswer: async () => {
				throw new Error('disk full');
			},
			describeError: (e) => `Could not save: ${(e as Error).message}`
		};
		const { session } = quiz(pool, { progress: failing });
		await session.start();
		expect(await session.answer(session.current!.answer)).toBe(true);
		expect(session.saveError).toBe('Could not save: disk full');
		expect(session.currentAnswer?.correct).toBe(true);
	});

	it('stays on the setup when what answering needs cannot load', async () => {
		const session = new QuizSession(() => ({ bankId: freshBankId(), pool }), {
			progress: async () => progressClient,
			grader: () => Promise.reject(new Error('offline'))
		});
		expect(await session.start()).toBe(false);
		expect(session.phase).toBe('setup');
		expect(session.setupError).toBe('The quiz could not load: offline');
	});

	it('times the quiz with the clock it is given', async () => {
		let now = 0;
		const { session } = quiz([shortAnswer(1)], { clock: () => now });
		now = 5_000;
		await session.start();
		now = 65_000;
		await session.answer('Answer 1');
		session.next();
		expect(session.elapsedMs).toBe(60_000);
	});
});
