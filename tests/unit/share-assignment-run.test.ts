import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createAssignmentStore, SharedSet } from '../../src/lib/share';
import { AssignmentRun } from '../../src/lib/share/assignment-run.svelte';
import { mergeAnswers, type RunnerAnswer } from '../../src/lib/share/attempt';
import { seededRandom } from '../../src/lib/util/random';

let counter = 0;
/** A fresh database per test; `reopen` gives a new store over the same database, as a reload does. */
function fresh() {
	const name = `assignment-run-test-${++counter}`;
	const open = () => createAssignmentStore(createStore(name, 'assignments'));
	return { store: open(), reopen: open };
}

const ids = ['q-one', 'q-two', 'q-three', 'q-four'];
function sharedSet(overrides: Partial<SharedSet['set']> = {}) {
	return SharedSet.parse({
		v: 1,
		set: { id: 'summit', title: 'Summit', order: 'shuffled', ...overrides },
		questions: ids.map((id, i) => ({
			bankId: i < 2 ? 'summit' : 'made-here',
			quote: `Sentence ${i}.`,
			question: {
				id,
				type: 'short_answer',
				prompt: `Question ${i}?`,
				answer: `Answer ${i}`,
				explanation: 'Because.',
				factId: `f-${i}`,
				source: { start: 0, end: 5 }
			}
		})),
		createdAt: '2026-03-01T08:00:00.000Z'
	});
}

const t0 = new Date('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function newRun(store: ReturnType<typeof fresh>['store'], clock = { now: t0 }) {
	const names = { saved: null as string | null };
	const run = new AssignmentRun({
		store,
		names: { get: () => names.saved, set: (name) => (names.saved = name) },
		articleHref: (bankId) => (bankId === 'summit' ? `/banks/${bankId}` : undefined),
		now: () => clock.now,
		random: () => seededRandom(7)
	});
	return { run, names };
}

const answer = (questionId: string, correct: boolean, ms = 1000): RunnerAnswer => ({
	questionId,
	response: correct ? 'right' : 'wrong',
	correct,
	ms
});

describe('assignment run', () => {
	it('finds no assignment under an unknown key', async () => {
		const { run } = newRun(fresh().store);
		await run.load('summit@00000000000');
		expect(run.loaded).toBe(true);
		expect(run.shared).toBeUndefined();
		expect(run.error).toBe('');
	});

	it('starts an attempt only with a name, and remembers the name on the device', async () => {
		const { store } = fresh();
		const { key } = await store.saveAssignment(sharedSet(), 's1.x', t0);
		const { run, names } = newRun(store);
		await run.load(key);
		expect(run.attempt).toBeUndefined();
		run.student = '   ';
		expect(await run.begin()).toBe(false);
		expect(run.attempt).toBeUndefined();
		run.student = ' Aiko ';
		expect(await run.begin()).toBe(true);
		expect(run.attempt).toMatchObject({ attempt: 1, student: 'Aiko', answers: [] });
		expect(run.attemptsUsed).toBe(1);
		expect(names.saved).toBe('Aiko');
		expect(run.items.map((i) => i.question.id)).toEqual(run.attempt!.order);
		expect(run.items.map((i) => i.question.id)).not.toEqual(ids);
		const first = run.items.find((i) => i.question.id === 'q-one')!;
		expect(first).toMatchObject({ bankId: 'summit', articleHref: '/banks/summit' });
		expect(first.question.quote).toBe('Sentence 0.');
		expect(run.items.find((i) => i.question.id === 'q-four')!.articleHref).toBeUndefined();
	});

	it('resumes the latest attempt with its stored answers, and keeps their times', async () => {
		const { store, reopen } = fresh();
		const { key } = await store.saveAssignment(sharedSet(), 's1.x', t0);
		const clock = { now: at(1) };
		const before = newRun(store, clock).run;
		await before.load(key);
		before.student = 'Aiko';
		await before.begin();
		const [a, b] = before.attempt!.order;
		await before.saveAnswer(answer(a!, true), [answer(a!, true)]);

		// A reload: a new run over the same database.
		clock.now = at(5);
		const { run } = newRun(reopen(), clock);
		await run.load(key);
		expect(run.student).toBe('Aiko');
		expect(run.items.map((i) => i.question.id)).toEqual(before.attempt!.order);
		expect(run.attempt!.answers).toEqual([
			{ ...answer(a!, true), answeredAt: at(1).toISOString() }
		]);

		// The runner hands back its own copy of the first answer, without its time.
		await run.saveAnswer(answer(b!, false), [answer(a!, true, 99), answer(b!, false)]);
		const stored = await reopen().getAttempt(key);
		expect(stored!.answers).toEqual([
			{ ...answer(a!, true), answeredAt: at(1).toISOString() },
			{ ...answer(b!, false), answeredAt: at(5).toISOString() }
		]);
		expect(run.score).toBe(1);
	});

	it('finishes with a result code, a score against the pass mark and the attempts left', async () => {
		const { store } = fresh();
		const { key } = await store.saveAssignment(sharedSet({ attempts: 2, passMark: 75 }), 's', t0);
		const { run } = newRun(store);
		await run.load(key);
		run.student = 'Aiko';
		await run.begin();
		const order = run.attempt!.order;
		const given = order.map((id, i) => answer(id, i !== 0));
		for (let i = 0; i < given.length; i++) await run.saveAnswer(given[i]!, given.slice(0, i + 1));
		expect(run.finished).toBe(false);
		expect(await run.finish()).toBe(true);
		expect(run.finished).toBe(true);
		expect(run.code).not.toBe('');
		expect(run.percent).toBe(75);
		expect(run.passed).toBe(true);
		expect(run.result()?.score).toEqual({ correct: 3, total: 4 });
		expect(run.answerRows.map((r) => r.correct)).toEqual([false, true, true, true]);
		expect(run.canRetry).toBe(true);

		expect(await run.begin()).toBe(true);
		expect(run.attempt).toMatchObject({ attempt: 2, answers: [] });
		expect(run.code).toBe('');
		expect(run.canRetry).toBe(false);
	});
});

describe('merging answers', () => {
	it('stamps the new answer and keeps the stored ones as stored', () => {
		const stored = [{ ...answer('q-one', true), answeredAt: t0.toISOString() }];
		const merged = mergeAnswers(
			stored,
			answer('q-two', false),
			[answer('q-one', false), answer('q-two', false)],
			at(3)
		);
		expect(merged).toEqual([
			stored[0],
			{ ...answer('q-two', false), answeredAt: at(3).toISOString() }
		]);
	});
});
