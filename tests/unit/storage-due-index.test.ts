import 'fake-indexeddb/auto';
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { cardStates } from '../../src/lib/srs/card';
import { buildDueQueue, buildQueue, createScheduler } from '../../src/lib/srs/scheduler';
import { createProgressStore, type RecordAnswerInput } from '../../src/lib/storage';
import { dueIndexVersion, foldAfter } from '../../src/lib/storage/progress-due-index';

let counter = 0;
const scheduler = createScheduler();
const t0 = new Date('2026-03-02T09:00:00.000Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);

function answer(overrides: Partial<RecordAnswerInput> = {}): RecordAnswerInput {
	return {
		bankId: 'bank-a',
		factId: 'fact-1',
		questionId: 'q-1',
		questionType: 'short_answer',
		grade: 3,
		correct: true,
		durationMs: 4000,
		mode: 'review',
		now: t0,
		...overrides
	};
}

interface Write {
	op: 'put' | 'delete';
	key: string;
}

/** A store that records every put and delete made through it, in order, and every key read. */
function recordingStore(inner: UseStore, writes: Write[], reads: string[] = []): UseStore {
	return (mode, callback) =>
		inner(mode, (s) => {
			const proxy = new Proxy(s, {
				get(target, prop) {
					if (prop === 'get') {
						return (key: IDBValidKey | IDBKeyRange) => {
							reads.push(key instanceof IDBKeyRange ? 'range' : String(key));
							return target.get(key);
						};
					}
					if (prop === 'put' || prop === 'delete') {
						return (...args: unknown[]) => {
							const key = prop === 'put' ? args[1] : args[0];
							writes.push({ op: prop, key: key instanceof IDBKeyRange ? 'range' : String(key) });
							return (Reflect.get(target, prop) as (...a: unknown[]) => IDBRequest).apply(
								target,
								args
							);
						};
					}
					const value = Reflect.get(target, prop, target) as unknown;
					return typeof value === 'function' ? value.bind(target) : value;
				}
			});
			return callback(proxy);
		});
}

function setup() {
	const name = `due-${++counter}`;
	const store = createStore(name, 'progress');
	const writes: Write[] = [];
	const reads: string[] = [];
	const progress = createProgressStore(recordingStore(store, writes, reads), null);
	return { store, progress, writes, reads };
}

/** Every record of the bank's index as stored: its record and its changes by fact. */
async function stored(store: UseStore, bankId = 'bank-a') {
	const all = await entries(store);
	const prefix = `due:${bankId}:`;
	return {
		index: await get(`dueidx:${bankId}`, store),
		changes: Object.fromEntries(
			all
				.filter(([k]) => String(k).startsWith(prefix))
				.map(([k, v]) => [String(k).slice(prefix.length), v])
		)
	};
}

/** The bank's record as the entries imply it, in any order. */
function asRecord(entries: Map<string, { due: number; state: string }>) {
	return Object.fromEntries(
		[...entries].map(([factId, e]) => [factId, [e.due, cardStates.indexOf(e.state as never)]])
	);
}

function recordEntries(index: unknown) {
	const r = index as { factIds: string[]; due: number[]; states: number[] };
	return Object.fromEntries(r.factIds.map((f, i) => [f, [r.due[i], r.states[i]]]));
}

/** The due entries the bank's cards imply. */
async function fromCards(progress: ReturnType<typeof createProgressStore>, bankId = 'bank-a') {
	const cards = await progress.loadCards(bankId);
	return new Map(
		[...cards].map(([factId, c]) => [factId, { due: Date.parse(c.due), state: c.state }])
	);
}

/** Answers `count` facts of bank-a, one minute apart, before any index exists. */
async function answerFacts(progress: ReturnType<typeof createProgressStore>, count: number) {
	for (let i = 0; i < count; i++) {
		await progress.recordAnswer(
			answer({
				reviewId: `seed-${i}`,
				factId: `fact-${i}`,
				grade: ((i % 4) + 1) as 1,
				now: minutes(i)
			}),
			scheduler
		);
	}
}

describe('the due index: one record per bank, one change per answer', () => {
	it('is written as one record on first read, holding every card', async () => {
		const { store, progress } = setup();
		await answerFacts(progress, 3);
		const index = await progress.loadDueIndex('bank-a');
		expect(index).toEqual(await fromCards(progress));
		const { index: record, changes } = await stored(store);
		expect(record).toMatchObject({ v: dueIndexVersion, bankId: 'bank-a' });
		expect(recordEntries(record)).toEqual(asRecord(index));
		expect(changes).toEqual({});
	});

	it('takes one change write per answer and per undo, whatever the size of the bank', async () => {
		const { store, progress, writes } = setup();
		await answerFacts(progress, 40);
		await progress.loadDueIndex('bank-a');
		const folded = (await stored(store)).index;
		writes.length = 0;
		await progress.recordAnswer(
			answer({ reviewId: 'big', factId: 'fact-7', now: days(3) }),
			scheduler
		);
		const indexWrites = () =>
			writes.filter((w) => /^(due|dueidx):/.test(w.key) || w.key === 'range');
		expect(indexWrites()).toEqual([{ op: 'put', key: 'due:bank-a:fact-7' }]);
		writes.length = 0;
		// A new card gets its change; undoing its only answer records that the card is gone.
		await progress.recordAnswer(
			answer({ reviewId: 'new', factId: 'fact-new', now: days(3) }),
			scheduler
		);
		expect(await progress.undoReview('bank-a', 'new', days(3))).toBe(true);
		expect(indexWrites()).toEqual([
			{ op: 'put', key: 'due:bank-a:fact-new' },
			{ op: 'put', key: 'due:bank-a:fact-new' }
		]);
		const after = await stored(store);
		expect(after.index).toEqual(folded);
		expect(after.changes['fact-new']).toEqual({ v: 1, gone: true });
		expect(await progress.loadDueIndex('bank-a')).toEqual(await fromCards(progress));
	});

	it("is not read by an answer once written: the answer reads the record's stamp", async () => {
		const { store, progress, reads } = setup();
		await answerFacts(progress, 40);
		await progress.loadDueIndex('bank-a');
		reads.length = 0;
		await progress.recordAnswer(
			answer({ reviewId: 'r', factId: 'fact-3', now: days(2) }),
			scheduler
		);
		expect(await progress.undoReview('bank-a', 'r', days(2))).toBe(true);
		expect(reads).toContain('duestamp:bank-a');
		expect(reads).not.toContain('dueidx:bank-a');
		expect((await stored(store)).changes['fact-3']).toBeDefined();
		expect(await progress.loadDueIndex('bank-a')).toEqual(await fromCards(progress));
	});

	it('is read by the first answer when it has no stamp (stored before stamps), which stamps it', async () => {
		const { store, progress, reads } = setup();
		await answerFacts(progress, 5);
		await progress.loadDueIndex('bank-a');
		await del('duestamp:bank-a', store);
		reads.length = 0;
		await progress.recordAnswer(
			answer({ reviewId: 'a', factId: 'fact-1', now: days(2) }),
			scheduler
		);
		expect(reads).toContain('dueidx:bank-a');
		expect(await get('duestamp:bank-a', store)).toEqual({
			v: 1,
			bankId: 'bank-a',
			index: dueIndexVersion
		});
		reads.length = 0;
		await progress.recordAnswer(
			answer({ reviewId: 'b', factId: 'fact-2', now: days(2) }),
			scheduler
		);
		expect(reads).not.toContain('dueidx:bank-a');
		expect(Object.keys((await stored(store)).changes).sort()).toEqual(['fact-1', 'fact-2']);
	});

	it(`folds its changes into the record once a read finds more than ${foldAfter}`, async () => {
		const { store, progress, writes } = setup();
		await progress.loadDueIndex('bank-a');
		await answerFacts(progress, foldAfter);
		writes.length = 0;
		expect(await progress.loadDueIndex('bank-a')).toEqual(await fromCards(progress));
		expect(writes).toEqual([]);
		await progress.recordAnswer(
			answer({ reviewId: 'one-more', factId: 'fact-x', now: days(1) }),
			scheduler
		);
		const expected = await fromCards(progress);
		expect(await progress.loadDueIndex('bank-a')).toEqual(expected);
		const after = await stored(store);
		expect(after.changes).toEqual({});
		expect(recordEntries(after.index)).toEqual(asRecord(expected));
	});

	it('answers due queries as the full cards do, from the record and its changes', async () => {
		const { store, progress } = setup();
		await progress.loadDueIndex('bank-a');
		const factIds = Array.from({ length: 12 }, (_, i) => `fact-${i}`);
		for (const [i, factId] of factIds.entries()) {
			if (i % 4 === 3) continue;
			await progress.recordAnswer(
				answer({ reviewId: `a${i}`, factId, grade: ((i % 4) + 1) as 1, now: days(-i) }),
				scheduler
			);
			// The first ones rebuilt into the record, the later ones changes beside it.
			if (i === 5) {
				await del('dueidx:bank-a', store);
				await progress.loadDueIndex('bank-a');
				expect((await stored(store)).changes).toEqual({});
			}
		}
		const cards = await progress.loadCards('bank-a');
		const index = await progress.loadDueIndex('bank-a');
		for (const now of [t0, minutes(30), days(3), days(30)]) {
			const input = { now, newLimit: 2, newIntroducedToday: 0 };
			const full = buildQueue({
				facts: factIds.map((factId) => ({ factId, card: cards.get(factId) })),
				...input
			});
			expect(buildDueQueue({ factIds, cards: index, ...input })).toEqual(full);
		}
	});

	it('is rebuilt from the cards when a change is corrupt, without changes of cards that are gone', async () => {
		const { store, progress } = setup();
		await answerFacts(progress, 3);
		await progress.loadDueIndex('bank-a');
		await set('due:bank-a:fact-1', { v: 1, due: 'soon', state: 1 }, store);
		await set('due:bank-a:ghost', { v: 1, due: 0, state: 0 }, store);
		const expected = await fromCards(progress);
		expect(await progress.loadDueIndex('bank-a')).toEqual(expected);
		const after = await stored(store);
		expect(after.changes).toEqual({});
		expect(recordEntries(after.index)).toEqual(asRecord(expected));
		// Another bank's changes are not part of this one.
		await progress.recordAnswer(answer({ reviewId: 'b1', bankId: 'bank-b' }), scheduler);
		await progress.loadDueIndex('bank-b');
		await progress.recordAnswer(
			answer({ reviewId: 'b2', bankId: 'bank-b', factId: 'fact-b' }),
			scheduler
		);
		expect(await progress.loadDueIndex('bank-a')).toEqual(expected);
	});
});

describe('the due index from version 1 (rewritten whole by every answer)', () => {
	/** A version-1 index as the previous release wrote it for the bank's cards. */
	async function v1Index(progress: ReturnType<typeof createProgressStore>, store: UseStore) {
		const cards = await fromCards(progress);
		const index = {
			v: 1,
			bankId: 'bank-a',
			factIds: [...cards.keys()],
			due: [...cards.values()].map((e) => e.due),
			states: [...cards.values()].map((e) => cardStates.indexOf(e.state))
		};
		await set('dueidx:bank-a', index, store);
		return index;
	}

	it('is migrated on first read, keeping every entry as it was', async () => {
		const { store, progress } = setup();
		await answerFacts(progress, 5);
		const index = await v1Index(progress, store);
		// The migration carries the version-1 entries over, not read again from the cards.
		index.due[0] = index.due[0]! + 1000;
		await set('dueidx:bank-a', index, store);

		const loaded = await progress.loadDueIndex('bank-a');
		expect(loaded.get(index.factIds[0]!)?.due).toBe(index.due[0]);
		expect(asRecord(loaded)).toEqual(recordEntries(index));
		expect(await stored(store)).toEqual({ index: { ...index, v: dueIndexVersion }, changes: {} });
	});

	it("is migrated by the first answer, in its transaction, beside the answer's change", async () => {
		const { store, progress } = setup();
		await answerFacts(progress, 4);
		const index = await v1Index(progress, store);
		await progress.recordAnswer(
			answer({ reviewId: 'next', factId: 'fact-2', now: days(2) }),
			scheduler
		);
		const after = await stored(store);
		expect(after.index).toEqual({ ...index, v: dueIndexVersion });
		expect(Object.keys(after.changes)).toEqual(['fact-2']);
		expect(await progress.loadDueIndex('bank-a')).toEqual(await fromCards(progress));
	});

	it('is migrated when a quarantined card drops its entry', async () => {
		const { store, progress } = setup();
		await answerFacts(progress, 3);
		const index = await v1Index(progress, store);
		await set('card:bank-a:fact-1', { v: 1, card: 'garbage' }, store);
		expect(await progress.loadCard('bank-a', 'fact-1')).toBeUndefined();
		const after = await stored(store);
		expect(after.index).toEqual({ ...index, v: dueIndexVersion });
		expect(after.changes).toEqual({ 'fact-1': { v: 1, gone: true } });
		expect([...(await progress.loadDueIndex('bank-a')).keys()].sort()).toEqual([
			'fact-0',
			'fact-2'
		]);
	});

	it('that is invalid is rebuilt from the cards', async () => {
		const { store, progress } = setup();
		await answerFacts(progress, 3);
		await set(
			'dueidx:bank-a',
			{ v: 1, bankId: 'bank-a', factIds: ['fact-1'], due: [], states: [] },
			store
		);
		expect(await progress.loadDueIndex('bank-a')).toEqual(await fromCards(progress));
		expect((await stored(store)).index).toMatchObject({ v: dueIndexVersion, bankId: 'bank-a' });
	});
});

describe('a due index from a newer version', () => {
	it('is never touched: not by reads, answers, undos, repair or import', async () => {
		const { store, progress } = setup();
		await answerFacts(progress, 2);
		const index = { v: dueIndexVersion + 1, bankId: 'bank-a', layout: 'future' };
		await set('dueidx:bank-a', index, store);
		await set('due:bank-a:fact-0', { v: 9, whatever: true }, store);
		const before = await stored(store);

		expect(await progress.loadDueIndex('bank-a')).toEqual(await fromCards(progress));
		await progress.recordAnswer(
			answer({ reviewId: 'n1', factId: 'fact-1', now: days(1) }),
			scheduler
		);
		await progress.recordAnswer(
			answer({ reviewId: 'n2', factId: 'fact-5', now: days(1) }),
			scheduler
		);
		expect(await progress.undoReview('bank-a', 'n2', days(1))).toBe(true);
		await set('card:bank-a:fact-1', 'corrupt', store);
		await progress.loadCards('bank-a');
		await progress.importBackup(await progress.exportBackup(days(1)));
		expect(await stored(store)).toEqual(before);
	});

	it('stamp keeps answers away from the index, which is left to its version', async () => {
		const { store, progress } = setup();
		await answerFacts(progress, 2);
		await progress.loadDueIndex('bank-a');
		const stamp = { v: 1, bankId: 'bank-a', index: dueIndexVersion + 1 };
		await set('duestamp:bank-a', stamp, store);
		const before = await stored(store);
		await progress.recordAnswer(
			answer({ reviewId: 'n', factId: 'fact-9', now: days(1) }),
			scheduler
		);
		expect(await progress.undoReview('bank-a', 'n', days(1))).toBe(true);
		expect(await stored(store)).toEqual(before);
		expect(await get('duestamp:bank-a', store)).toEqual(stamp);
	});

	it('change beside a current record is left as it is, and the read answers from the cards', async () => {
		const { store, progress } = setup();
		await answerFacts(progress, 2);
		await progress.loadDueIndex('bank-a');
		const change = { v: 2, due: 1, state: 0, more: 'x' };
		await set('due:bank-a:fact-0', change, store);
		expect(await progress.loadDueIndex('bank-a')).toEqual(await fromCards(progress));
		expect(await get('due:bank-a:fact-0', store)).toEqual(change);
	});
});
