import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { gradeAnswer } from '../../src/lib/grading/grade';
import { progressClient } from '../../src/lib/study/progress-client';
import {
	QuizSession,
	type QuizKeeper,
	type QuizProgress
} from '../../src/lib/study/quiz-session.svelte';
import { get, set } from 'idb-keyval';
import { storeOf } from '../../src/lib/storage/database';
import { NewerVersionError } from '../../src/lib/storage/newer-version';
import { listSetAside } from '../../src/lib/storage/set-aside';
import { keepQuiz, loadKeptQuiz } from '../../src/lib/storage/quiz-resume';
import type { KeptQuiz } from '../../src/lib/schema/kept-quiz';
import { seededRandom } from '../../src/lib/util/random';
import type { StudyQuestion } from '../../src/lib/study/types';
import { freshBankId, shortAnswer, trueFalse } from './study-fixtures';

function quiz(
	pool: StudyQuestion[],
	options: {
		bankId?: string;
		progress?: QuizProgress;
		clock?: () => number;
		keeper?: () => Promise<QuizKeeper>;
	} = {}
) {
	const bankId = options.bankId ?? freshBankId();
	let time = 0;
	const session = new QuizSession(() => ({ bankId, pool }), {
		progress: async () => options.progress ?? progressClient,
		grader: async () => gradeAnswer,
		clock: options.clock ?? (() => (time += 1000)),
		random: () => seededRandom(7),
		keeper: options.keeper
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
		expect(session.announcement).toBe('Question 1 of 4');
		const first = session.current!;
		await session.answer('nonsense');
		expect(session.currentAnswer).toMatchObject({ correct: false, expected: first.answer });
		expect(session.announcement).toBe(`Not quite. The answer is ${first.answer}.`);
		session.next();
		expect(session.index).toBe(1);
		expect(session.announcement).toBe('Question 2 of 4');
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

/** A kept quiz of two questions with no answers yet, `fields` changed. */
function keptQuiz(bankId: string, fields: Partial<KeptQuiz>): KeptQuiz {
	return {
		v: 1,
		bankId,
		savedAt: new Date().toISOString(),
		settings: { length: 10, types: ['short_answer'], onlyWrong: false },
		questionIds: ['q-1', 'q-2'],
		options: [[], []],
		answers: [],
		index: 0,
		elapsedMs: 0,
		...fields
	};
}

describe('a quiz kept on the device', () => {
	const kept = () => storeOf('quiz');

	it('is offered back after a reload where it was left, with its answers and settings', async () => {
		const first = quiz(pool);
		first.session.length = 'all';
		first.session.chosenTypes = ['short_answer', 'true_false'];
		await first.session.start();
		const order = first.session.questions.map((q) => q.id);
		const options = first.session.options.map((o) => [...o]);
		await first.session.answer(first.session.current!.answer);
		first.session.next();
		await first.session.answer('nonsense');

		// A reload: a new session on the same bank.
		const { session } = quiz(pool, { bankId: first.bankId });
		await session.findKept();
		expect(session.resumable).toEqual({ answered: 2, total: 4 });
		expect(session.phase).toBe('setup');
		expect(await session.resume()).toBe(true);
		expect(session.phase).toBe('running');
		expect(session.questions.map((q) => q.id)).toEqual(order);
		expect(session.options).toEqual(options);
		expect(session.index).toBe(1);
		expect(session.currentAnswer).toMatchObject({ response: 'nonsense', correct: false });
		expect(session.answers[0]).toMatchObject({ correct: true });
		expect(session.length).toBe('all');
		expect(session.chosenTypes).toEqual(['true_false', 'short_answer']);
		expect(session.announcement).toBe('Quiz resumed. Question 2 of 4');
		expect(session.resumable).toBeUndefined();

		session.next();
		await answerAll(session);
		expect(session.phase).toBe('done');
		expect(session.score).toBe(3);
		// Finished: nothing is offered any more.
		const after = quiz(pool, { bankId: first.bankId });
		await vi.waitFor(async () => {
			await after.session.findKept();
			expect(after.session.resumable).toBeUndefined();
		});
	});

	it('keeps the position when the learner moved on without answering yet', async () => {
		const first = quiz(pool);
		await first.session.start();
		await first.session.answer('nonsense');
		first.session.next();
		await vi.waitFor(async () => {
			expect(await loadKeptQuiz(first.bankId)).toMatchObject({ quiz: { index: 1 } });
		});
		const { session } = quiz(pool, { bankId: first.bankId });
		await session.findKept();
		expect(session.resumable).toEqual({ answered: 1, total: 4 });
		await session.resume();
		expect(session.index).toBe(1);
		expect(session.currentAnswer).toBeUndefined();
	});

	it('is dropped by Start over', async () => {
		const first = quiz(pool);
		await first.session.start();
		await first.session.answer('nonsense');
		const { session } = quiz(pool, { bankId: first.bankId });
		await session.findKept();
		expect(session.resumable).toBeDefined();
		await session.startOver();
		expect(session.resumable).toBeUndefined();
		expect(await loadKeptQuiz(first.bankId)).toEqual({ found: false });
	});

	it('is dropped with a notice when its questions are no longer in the bank', async () => {
		const first = quiz(pool);
		first.session.length = 'all';
		await first.session.start();
		await first.session.answer('nonsense');
		const removed = first.session.questions.slice(0, 2).map((q) => q.id);
		const smaller = pool.filter((q) => !removed.includes(q.id));
		const { session } = quiz(smaller, { bankId: first.bankId });
		await session.findKept();
		expect(session.resumable).toBeUndefined();
		expect(session.keepNotice).toBe(
			'Your unfinished quiz could not be resumed: 2 of its 4 questions are no longer in this bank. It was dropped.'
		);
		expect(await loadKeptQuiz(first.bankId)).toEqual({ found: false });
	});

	it('is dropped with a notice when a question no longer offers the options shown', async () => {
		const mcq: StudyQuestion = {
			...shortAnswer(5),
			id: 'mcq-5',
			type: 'mcq',
			options: ['Answer 5', 'Other', 'Third']
		} as StudyQuestion;
		const first = quiz([mcq]);
		await first.session.start();
		const edited = { ...mcq, options: ['Answer 5', 'Other', 'Changed'] } as StudyQuestion;
		const { session } = quiz([edited], { bankId: first.bankId });
		await vi.waitFor(async () => {
			await session.findKept();
			expect(session.keepNotice).toBe(
				'Your unfinished quiz could not be resumed: 1 of its questions changed in this bank since. It was dropped.'
			);
		});
		expect(session.resumable).toBeUndefined();
	});

	it('sets a record that does not read back aside, with a notice', async () => {
		const bankId = freshBankId();
		await set(`quiz:${bankId}`, { v: 1, bankId, questionIds: 'garbage' }, kept());
		const { session } = quiz(pool, { bankId });
		await session.findKept();
		expect(session.resumable).toBeUndefined();
		expect(session.keepNotice).toMatch(
			/^Your unfinished quiz could not be resumed: it could not be read back \(.+\)\. It was set aside\.$/
		);
		expect(await get(`quiz:${bankId}`, kept())).toBeUndefined();
		expect(await get(`quarantine:quiz:${bankId}`, kept())).toMatchObject({
			key: `quiz:${bankId}`,
			raw: { questionIds: 'garbage' }
		});
	});

	it('leaves a quiz kept by a newer version where it is, and refuses to write over it', async () => {
		const bankId = freshBankId();
		const newer = { v: 2, bankId, somethingNew: true };
		await set(`quiz:${bankId}`, newer, kept());
		const { session } = quiz(pool, { bankId });
		await session.findKept();
		expect(session.resumable).toBeUndefined();
		expect(session.keepNotice).toBe(
			'Your unfinished quiz was kept by a newer version of Factdeck: reload this page to resume it.'
		);
		await expect(
			keepQuiz(keptQuiz(bankId, { questionIds: ['q-1'], options: [[]], index: 0 }))
		).rejects.toBeInstanceOf(NewerVersionError);
		expect(await get(`quiz:${bankId}`, kept())).toEqual(newer);
		expect(await get(`quarantine:quiz:${bankId}`, kept())).toBeUndefined();
	});

	it('lists a quiz set aside with the other records set aside on the device', async () => {
		const bankId = freshBankId();
		await set(`quiz:${bankId}`, { v: 1, bankId, index: 'x' }, kept());
		expect(await loadKeptQuiz(bankId)).toMatchObject({ found: true });
		const listed = await listSetAside();
		expect(listed.find((r) => r.key === `quiz:${bankId}`)).toMatchObject({
			raw: { index: 'x' }
		});
	});

	it('refuses to keep a quiz whose position and answers disagree', async () => {
		const bankId = freshBankId();
		await expect(
			keepQuiz(keptQuiz(bankId, { questionIds: ['q-1', 'q-2'], options: [[], []], index: 1 }))
		).rejects.toThrow('questions, options, answers and position must agree');
	});

	it('says so when the quiz cannot be kept, and the quiz goes on', async () => {
		const broken: QuizKeeper = {
			keep: () => Promise.reject(new Error('quota')),
			load: async () => ({ found: false }),
			discard: async () => {}
		};
		const { session } = quiz(pool, { keeper: async () => broken });
		await session.start();
		expect(await session.answer(session.current!.answer)).toBe(true);
		expect(session.keepNotice).toBe(
			'This quiz could not be kept on this device, so a reload would lose it: quota'
		);
		expect(session.currentAnswer?.correct).toBe(true);
	});
});
