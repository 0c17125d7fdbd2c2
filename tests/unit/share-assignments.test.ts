import 'fake-indexeddb/auto';
import { createStore, get, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/lib/util/random';
import {
	assignmentKey,
	assignmentStatus,
	createAssignmentStore,
	decodeResultCode,
	encodeSetLink,
	SharedSet,
	startAttempt,
	type AttemptState
} from '../../src/lib/share';
import { NewerVersionError } from '../../src/lib/storage/newer-version';

let counter = 0;
/** A fresh database per test; `reopen` gives a new store instance over the same database. */
function fresh() {
	const name = `assignments-test-${++counter}`;
	const open = () => createStore(name, 'assignments');
	const raw = open();
	return { store: createAssignmentStore(raw), raw, reopen: () => createAssignmentStore(open()) };
}

const ids = ['q-one', 'q-two', 'q-three', 'q-four', 'q-five', 'q-six'];
function sharedSet(
	overrides: Partial<SharedSet['set']> = {},
	createdAt = '2026-03-01T08:00:00.000Z'
) {
	return SharedSet.parse({
		v: 1,
		set: { id: 'summit', title: 'Summit', order: 'shuffled', due: '2026-03-05', ...overrides },
		questions: ids.map((id, i) => ({
			bankId: 'summit',
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
		createdAt
	});
}

const t0 = new Date('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('assignment storage', () => {
	it('saves the same set twice as one assignment, even from a re-sent link', async () => {
		const { store } = fresh();
		const shared = sharedSet();
		const link = await encodeSetLink(shared);
		const first = await store.saveAssignment(shared, link, t0);
		const again = await store.saveAssignment(
			sharedSet({}, '2026-03-01T10:00:00.000Z'),
			link,
			at(5)
		);
		expect(again).toEqual(first);
		expect(first.savedAt).toBe(t0.toISOString());
		const changed = await store.saveAssignment(sharedSet({ title: 'Summit (fixed)' }), link, at(6));
		expect(changed.key).not.toBe(first.key);
		const { assignments, problems } = await store.listAssignments(at(7));
		expect(problems).toEqual([]);
		expect(assignments.map((a) => [a.key, a.status])).toEqual([
			[changed.key, 'new'],
			[first.key, 'new']
		]);
		expect(await store.getAssignment(first.key)).toEqual(first);
	});

	it('keeps an attempt saved after every answer across a reload', async () => {
		const { store, reopen } = fresh();
		const shared = sharedSet();
		const { key } = await store.saveAssignment(shared, 's1.x', t0);
		let attempt: AttemptState = startAttempt(shared, {
			student: '  Aiko Tanaka ',
			attempt: 1,
			now: t0,
			random: seededRandom(7)
		});
		expect(attempt.student).toBe('Aiko Tanaka');
		expect([...attempt.order].sort()).toEqual([...ids].sort());
		expect(attempt.order).not.toEqual(ids);
		await store.saveAttempt(key, attempt);
		for (const [i, questionId] of attempt.order.slice(0, 3).entries()) {
			attempt = {
				...attempt,
				answers: [
					...attempt.answers,
					{
						questionId,
						response: `Answer ${i}`,
						correct: i !== 1,
						ms: 2000,
						answeredAt: at(i + 1).toISOString()
					}
				]
			};
			await store.saveAttempt(key, attempt);
			// A reload: a new store over the same database sees every answer so far.
			expect(await reopen().getAttempt(key)).toEqual(attempt);
		}
		const list = await reopen().listAssignments(at(4));
		expect(list.assignments[0]).toMatchObject({ status: 'in progress', attemptsUsed: 1 });

		const {
			attempt: finished,
			result,
			code
		} = await reopen().finishAttempt(key, shared, attempt, at(10));
		expect(finished.finishedAt).toBe(at(10).toISOString());
		expect(result.score).toEqual({ correct: 2, total: 6 });
		// The code is a compact one: read beside its set, times to the second.
		expect(code).toMatch(/^r3\./);
		expect(await decodeResultCode(code, [shared])).toEqual({
			...result,
			answers: result.answers.map((a) => ({ ...a, ms: Math.round(a.ms / 1000) * 1000 }))
		});
		expect(await reopen().getAttempt(key)).toMatchObject({ resultCode: code });
		expect((await reopen().listAssignments(at(11))).assignments[0]!.status).toBe('done');

		const second = startAttempt(shared, {
			student: 'Aiko Tanaka',
			attempt: 2,
			now: at(20),
			random: seededRandom(8)
		});
		await store.saveAttempt(key, second);
		expect(await store.getAttempt(key)).toEqual(second);
		expect((await store.listAttempts(key)).map((a) => a.attempt)).toEqual([1, 2]);
	});

	it('keeps a fixed order and works out the status from the due day', () => {
		const fixed = sharedSet({ order: 'fixed' });
		const attempt = startAttempt(fixed, { student: 'Ben', attempt: 1, now: t0, random: () => 0 });
		expect(attempt.order).toEqual(ids);
		const late = new Date(2026, 2, 6, 8, 0);
		const dueDay = new Date(2026, 2, 5, 23, 30);
		expect(assignmentStatus(fixed, undefined, dueDay)).toBe('new');
		expect(assignmentStatus(fixed, undefined, late)).toBe('overdue');
		expect(assignmentStatus(fixed, attempt, late)).toBe('overdue');
		expect(assignmentStatus(fixed, { ...attempt, finishedAt: late.toISOString() }, late)).toBe(
			'done'
		);
		expect(assignmentStatus(sharedSet({ due: undefined }), attempt, late)).toBe('in progress');
	});

	it('sets corrupt records aside and reports them instead of crashing', async () => {
		const { store, raw } = fresh();
		const shared = sharedSet();
		const good = await store.saveAssignment(shared, 's1.x', t0);
		const otherKey = assignmentKey(sharedSet({ id: 'other' }));
		await set(`assignment:${otherKey}`, { v: 1, key: otherKey, shared: { nope: true } }, raw);
		await set(`attempts:${good.key}`, 'garbage', raw);
		await set('something-else', 42, raw);

		const { assignments, problems } = await store.listAssignments(at(1));
		expect(assignments.map((a) => [a.key, a.status])).toEqual([[good.key, 'new']]);
		expect(problems.map((p) => p.key).sort()).toEqual(
			[`assignment:${otherKey}`, `attempts:${good.key}`, 'something-else'].sort()
		);
		expect(await get(`quarantine:assignment:${otherKey}`, raw)).toMatchObject({
			raw: { shared: { nope: true } }
		});
		expect(await get(`assignment:${otherKey}`, raw)).toBeUndefined();

		// Still reported on the next read, and the rest keeps working.
		const again = await store.listAssignments(at(2));
		expect(again.problems).toHaveLength(3);
		expect(await store.getAttempt(good.key)).toBeUndefined();
		await set(`attempts:${good.key}`, { v: 1, key: good.key, attempts: [{ attempt: 0 }] }, raw);
		expect(await store.getAttempt(good.key)).toBeUndefined();
		expect(await get(`quarantine:attempts:${good.key}`, raw)).toBeDefined();
	});

	it('refuses to save an invalid attempt', async () => {
		const { store } = fresh();
		const shared = sharedSet();
		const { key } = await store.saveAssignment(shared, 's1.x', t0);
		const attempt = startAttempt(shared, {
			student: 'Cai',
			attempt: 1,
			now: t0,
			random: Math.random
		});
		await expect(store.saveAttempt(key, { ...attempt, student: '' })).rejects.toThrow();
		await expect(store.saveAttempt('not a key', attempt)).rejects.toThrow();
		expect(await store.getAttempt(key)).toBeUndefined();
	});

	it('sets an unreadable attempt record aside before saving over it, so no attempt is lost', async () => {
		const { store, raw } = fresh();
		const shared = sharedSet();
		const { key } = await store.saveAssignment(shared, 's1.x', t0);
		const earlier = { attempt: 1, student: 'Cai', startedAt: t0.toISOString(), answers: 'lost?' };
		const unreadable = { v: 1, key, attempts: [earlier] };
		await set(`attempts:${key}`, unreadable, raw);

		const attempt = startAttempt(shared, {
			student: 'Cai',
			attempt: 2,
			now: at(1),
			random: Math.random
		});
		await store.saveAttempt(key, attempt);
		expect(await get(`quarantine:attempts:${key}`, raw)).toMatchObject({
			key: `attempts:${key}`,
			raw: unreadable
		});
		expect(await store.listAttempts(key)).toEqual([attempt]);
		const { problems } = await store.listAssignments(at(2));
		expect(problems.map((p) => p.key)).toEqual([`attempts:${key}`]);

		// The same for the assignment record itself.
		const otherKey = assignmentKey(sharedSet({ id: 'other' }));
		await set(`assignment:${otherKey}`, { v: 1, key: otherKey, shared: 'unreadable' }, raw);
		await store.saveAssignment(sharedSet({ id: 'other' }), 's2.x', at(3));
		expect(await get(`quarantine:assignment:${otherKey}`, raw)).toMatchObject({
			raw: { shared: 'unreadable' }
		});
		expect(await store.getAssignment(otherKey)).toMatchObject({ link: 's2.x' });
	});

	it('keeps every answer when two tabs answer one attempt', async () => {
		const { store, reopen } = fresh();
		const shared = sharedSet();
		const { key } = await store.saveAssignment(shared, 's1.x', t0);
		const started = startAttempt(shared, {
			student: 'Cai',
			attempt: 1,
			now: t0,
			random: Math.random
		});
		await store.saveAttempt(key, started);
		const tabA = store;
		const tabB = reopen();
		const answer = (questionId: string, minutes: number) => ({
			questionId,
			response: 'x',
			correct: true,
			ms: 1000,
			answeredAt: at(minutes).toISOString()
		});
		// Each tab holds the attempt as it last read it and adds its own answers, interleaved.
		let a = started;
		let b = started;
		a = await tabA.saveAttempt(key, { ...a, answers: [...a.answers, answer('q-one', 1)] });
		b = await tabB.saveAttempt(key, { ...b, answers: [...b.answers, answer('q-two', 2)] });
		a = await tabA.saveAttempt(key, { ...a, answers: [...a.answers, answer('q-three', 3)] });
		b = await Promise.all([
			tabB.saveAttempt(key, { ...b, answers: [...b.answers, answer('q-four', 4)] }),
			tabA.saveAttempt(key, { ...a, answers: [...a.answers, answer('q-five', 4)] })
		]).then(([fromB]) => fromB);
		const stored = await store.getAttempt(key);
		expect(stored?.answers.map((x) => x.questionId).sort()).toEqual(
			['q-five', 'q-four', 'q-one', 'q-three', 'q-two'].sort()
		);
		// An answer once stored is not replaced by another tab's answer to the same question.
		await tabB.saveAttempt(key, { ...b, answers: [{ ...answer('q-one', 9), correct: false }] });
		expect((await store.getAttempt(key))?.answers.find((x) => x.questionId === 'q-one')).toEqual(
			answer('q-one', 1)
		);
		// Finishing in one tab reports every answer of both.
		const done = await tabA.finishAttempt(key, shared, a, at(10));
		expect(done.result.answers).toHaveLength(5);
		expect((await decodeResultCode(done.code, [shared])).answers).toHaveLength(5);
	});

	it('leaves records of a newer version alone and refuses to write over them', async () => {
		const { store, raw } = fresh();
		const shared = sharedSet();
		const key = assignmentKey(shared);
		const newer = { v: 2, key, attempts: [], streak: 3 };
		await set(`attempts:${key}`, newer, raw);
		await store.saveAssignment(shared, 's1.x', t0);
		const attempt = startAttempt(shared, {
			student: 'Cai',
			attempt: 1,
			now: t0,
			random: Math.random
		});
		await expect(store.saveAttempt(key, attempt)).rejects.toBeInstanceOf(NewerVersionError);
		await expect(store.saveAttempt(key, attempt)).rejects.toThrow(
			'Factdeck was updated in another tab — reload this page.'
		);
		expect(await store.getAttempt(key)).toBeUndefined();
		const { problems } = await store.listAssignments(at(1));
		expect(problems).toEqual([]);
		await expect(store.removeAssignment(key)).rejects.toBeInstanceOf(NewerVersionError);
		expect(await get(`attempts:${key}`, raw)).toEqual(newer);
		expect((await keys(raw)).map(String).filter((k) => k.startsWith('quarantine:'))).toEqual([]);
	});
});
