import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, del, get, keys as allKeys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { questionTypes } from '../../src/lib/schema/question-types';
import { createScheduler } from '../../src/lib/srs/scheduler';
import { createProgressStore, type RecordAnswerInput } from '../../src/lib/storage';
import { databases, holdsRecords, openStore } from '../../src/lib/storage/database';
import { progressSection } from '../../src/lib/storage/backup/sections';
import { progressShape } from '../../src/lib/storage/progress-backup';
import { DueIndexChange, DueIndexRecord } from '../../src/lib/storage/progress-due-index';
import {
	BankTotalsRecord,
	TotalsChange,
	noTotals,
	totalsRecord
} from '../../src/lib/storage/progress-totals';
import { AnswerDaysRecord } from '../../src/lib/storage/progress-days';
import {
	glanceCard,
	glanceCards,
	glanceQueue,
	isCardRecord,
	isDueIndexChange,
	isDueIndexRecord,
	isReviewRecord,
	isSettingsRecord,
	isUndoRecord
} from '../../src/lib/storage/progress-glance';
import {
	isAnswerDaysRecord,
	isBankFiguresRecord,
	isBankTotalsRecord,
	isTotalsChange
} from '../../src/lib/storage/progress-log-checks';
import { BankFiguresRecord } from '../../src/lib/storage/progress-card-figures';
import {
	glanceImportMark,
	glanceSettings,
	glanceStats,
	holdsSetAside,
	progressRecordsReadable
} from '../../src/lib/storage/progress-page-glance';
import {
	CardRecord,
	ReviewRecord,
	SettingsRecord,
	UndoRecord
} from '../../src/lib/storage/records';

let counter = 0;
const freshStore = () => createStore(`glance-${++counter}`, 'progress');
const scheduler = createScheduler();
const t0 = new Date('2026-03-02T09:00:00.000Z');
const days = (n: number) => new Date(t0.getTime() + n * 86_400_000);
const utc = 0;

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

const card = {
	due: '2026-03-05T09:00:00.000Z',
	stability: 30,
	difficulty: 5,
	elapsedDays: 3,
	scheduledDays: 3,
	learningSteps: 0,
	reps: 4,
	lapses: 0,
	state: 'review',
	lastReview: '2026-03-02T09:00:00.000Z'
};

// Values that pass and fail the schemas' field checks, mixed by the properties below.
const isoDates = [
	'2026-03-02T09:00:00.000Z',
	'2026-03-02T09:00:00Z',
	'2024-02-29T23:59:59.5Z',
	'2023-02-29T00:00:00Z',
	'2026-04-31T00:00:00Z',
	'2026-03-02T24:00:00Z',
	'2026-03-02T09:00Z',
	'2026-03-02T09:00:00+01:00',
	'2026-03-02',
	''
];
const ids = ['bank-a', 'f', 'x'.repeat(200), 'x'.repeat(201), '', 'a:b', 'é\n'];
const numbers = [0, -0, 1, 1.5, 21, -1, 0.7, 0.99, 1000, 1001, NaN, Infinity, -Infinity, 2 ** 53];
const odd = [undefined, null, true, 'text', {}, [], '1'];
const cardValues = fc.oneof(
	{ weight: 8, arbitrary: fc.constant(card) },
	fc.record({
		due: fc.constantFrom(...isoDates),
		stability: fc.constantFrom(...numbers),
		difficulty: fc.constantFrom(5, -1, NaN),
		elapsedDays: fc.constantFrom(0, 2.5),
		scheduledDays: fc.constantFrom(0, Infinity),
		learningSteps: fc.constantFrom(0, 1, 1.5, -1),
		reps: fc.constantFrom(0, 3, 0.5),
		lapses: fc.constantFrom(0, -2),
		state: fc.constantFrom('new', 'learning', 'review', 'relearning', 'lapsed', 2),
		lastReview: fc.constantFrom(null, ...isoDates.slice(0, 4))
	}),
	fc.constantFrom(...odd)
);

/** Records built field by field from `fields` (each field may be left out), sometimes with one too many. */
function records(fields: Record<string, fc.Arbitrary<unknown>>) {
	const shape = Object.fromEntries(
		Object.entries(fields).map(([key, values]) => [
			key,
			fc.oneof({ weight: 29, arbitrary: values }, { weight: 1, arbitrary: fc.constant(absent) })
		])
	);
	const extraField = fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, fc.constant(true));
	return fc.tuple(fc.record(shape), extraField).map(([record, extra]) => {
		const out: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(record)) if (value !== absent) out[key] = value;
		if (extra) out.extra = 1;
		return out;
	});
}
const absent = Symbol('absent');
/** One of `values`, mostly the first (valid in every list below), so whole records pass too. */
const pick = (...values: unknown[]) =>
	fc.oneof(
		{ weight: 14, arbitrary: fc.constant(values[0]) },
		{ weight: 1, arbitrary: fc.constantFrom(...values) }
	);

/** Totals records whose columns agree, built from up to three answered questions (ids may repeat). */
const agreeingTotals = fc
	.array(
		fc.record({
			id: fc.constantFrom('q-1', 'q-2', 'x'.repeat(200)),
			type: fc.constantFrom(...questionTypes),
			total: fc.nat(5),
			correct: fc.nat(5),
			right: fc.boolean(),
			at: fc.constantFrom(isoDates[0]!, '', 'x'),
			lastId: fc.constantFrom('r1', 'r-2')
		}),
		{ maxLength: 3 }
	)
	.map((questions) => {
		const totals = noTotals('bank-a', 'review:bank-a:t:r1', 1);
		totals.totalTimeMs = 1500;
		for (const q of questions) {
			totals.ids.push(q.id);
			totals.types.push(q.type);
			totals.total.push(q.total);
			totals.correct.push(q.correct);
			totals.right.push(q.right);
			totals.lastAt.push(q.at);
			totals.lastId.push(q.lastId);
		}
		return totalsRecord(totals) as Record<string, unknown>;
	});
/** A value that breaks a field of the totals (or a rule between their columns), one per field. */
const totalsBreaks: Record<string, unknown[]> = {
	v: [2, 1, 4],
	bankId: ['a:b', ''],
	newest: ['', 5],
	undone: [-1, 0.5],
	totalTimeMs: numbers,
	ids: [['a:b'], [''], ['x'.repeat(201)], 'q-1', [1], []],
	typeNames: [['essay'], [], [...questionTypes], 'mcq'],
	types: [[0], Uint8Array.of(9), Uint16Array.of(0), new Uint8Array(5), new Uint8Array(0)],
	total: [[1], Int32Array.of(1), new Uint32Array(0), Float64Array.of(1), new Uint32Array(3)],
	correct: [[1], Int32Array.of(1), new Uint32Array(0), new Uint32Array(2)],
	right: [Uint8Array.of(2), [true], new Uint8Array(4), new Uint8Array(1)],
	lastAt: ['a,b,c,d', '', ',', 5, isoDates[0]],
	lastId: ['', 'r1::r2', 'x'.repeat(201), 'r1:r2:r3:r4', 7, 'r1']
};
/**
 * Records that agree with their schema, or with one field broken (a wrong value, the field
 * missing, or a field too many): what a light check must answer like the schema for.
 */
function oneBreak<T extends object>(
	agreeing: fc.Arbitrary<T>,
	breaks: Record<string, readonly unknown[]>
): fc.Arbitrary<T | Record<string, unknown>> {
	return fc
		.tuple(
			agreeing,
			fc.oneof(
				{ weight: 3, arbitrary: fc.constant(undefined) },
				fc.constantFrom(...Object.keys(breaks)).chain((field) =>
					fc.record({
						field: fc.constant(field),
						value: fc.oneof(fc.constantFrom(...breaks[field]!), fc.constant(absent))
					})
				),
				fc.constant({ field: 'extra', value: 1 as unknown })
			)
		)
		.map(([record, brk]) => {
			if (!brk) return record;
			const out: Record<string, unknown> = { ...record, [brk.field]: brk.value };
			if (brk.value === absent) delete out[brk.field];
			return out;
		});
}
const totalsRecords = oneBreak(agreeingTotals, totalsBreaks);

/** Figures records whose fields agree: every seen card due on one day, answers by distinct types. */
const agreeingFigures = fc
	.record({
		newest: fc.constantFrom('review:bank-a:t:r1', null),
		undone: fc.nat(3),
		extraCards: fc.nat(2),
		due: fc.array(fc.nat(3), { maxLength: 4 }),
		before: fc.nat(2),
		after: fc.nat(2),
		mastered: fc.nat(8),
		offset: fc.constantFrom(0, 540, -420, 1440),
		start: fc.integer({ min: 20_000, max: 21_000 }),
		facts: fc.constantFrom(null, '3:811c9dc5:1000193'),
		fresh: fc.constantFrom([], ['fact-1'], ['fact-1', 'fact-2']),
		answers: fc.uniqueArray(
			fc.record({ type: fc.constantFrom(...questionTypes), right: fc.nat(5), wrong: fc.nat(5) }),
			{ selector: (a) => a.type, maxLength: 3 }
		),
		timeMs: fc.constantFrom(0, 1500.5),
		answered: fc.array(fc.nat(3), { maxLength: 4 }),
		run: fc.constantFrom(0, 3, null)
	})
	.map((f) => {
		const seen = f.before + f.after + f.due.reduce((a, b) => a + b, 0);
		return {
			v: 2,
			bankId: 'bank-a',
			newest: f.newest,
			undone: f.undone,
			cards: seen + f.extraCards,
			seen,
			mastered: Math.min(seen, f.mastered),
			offset: f.offset,
			start: f.start,
			due: f.due,
			before: f.before,
			after: f.after,
			answered: [...f.answered, 0, 0, 0, 0].slice(0, f.due.length),
			run: f.run,
			facts: f.facts,
			fresh: f.fresh,
			types: f.answers.map((a) => a.type),
			total: f.answers.map((a) => a.right + a.wrong),
			correct: f.answers.map((a) => a.right),
			timeMs: f.timeMs
		} as Record<string, unknown>;
	});
/** Values that break one field of an agreeing figures record, alone or with the others. */
const figuresBreaks: Record<string, unknown[]> = {
	v: [1, 3, '2'],
	bankId: ['a:b', '', 5],
	newest: [5, undefined],
	undone: [-1, 1.5],
	cards: [-1, NaN, 0, 2 ** 53],
	seen: [0.5, '1', 99, 0],
	mastered: [Infinity, 99, -1],
	offset: [1441, -1441, 1.5, '0'],
	start: [1.5, '2', NaN],
	due: [[-1], 'x', [0.5], new Array(401).fill(0), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]],
	before: [-1, 99],
	after: [99, 0.5],
	answered: [[-1], [0, 0, 0, 0, 0, 0, 0], 'x', [1.5]],
	run: [-1, 0.5, '0', undefined],
	facts: [5, 'x'.repeat(65)],
	fresh: [['a:b'], new Array(65).fill('f'), 'fact-1'],
	types: [['essay'], ['mcq', 'mcq'], []],
	total: [[], [-1], [0, 0, 0, 0]],
	correct: [[99, 99, 99], [-1]],
	timeMs: [-1, Infinity, NaN, '0']
};
const figuresRecords = oneBreak(agreeingFigures, figuresBreaks);

const cases = [
	{
		name: 'card',
		guard: isCardRecord,
		schema: CardRecord,
		records: records({
			v: pick(1, 1, 1, 0, 2),
			bankId: pick(...ids),
			factId: pick('fact-1', ...ids),
			card: cardValues,
			updatedAt: pick(...isoDates),
			lastReviewId: pick(null, 'r1', '', 'r:1')
		})
	},
	{
		name: 'review',
		guard: isReviewRecord,
		schema: ReviewRecord,
		records: records({
			v: pick(1, 1, 2),
			id: pick(...ids),
			bankId: pick('bank-a', 'a:b'),
			factId: pick('fact-1', ''),
			questionId: pick('q-1', 'x'.repeat(201)),
			questionType: pick(...questionTypes, 'essay'),
			grade: pick(1, 2, 3, 4, 0, 5, 2.5, '3'),
			correct: pick(true, false, 0),
			response: pick(undefined, 'Kishida', 'x'.repeat(10_000), 'x'.repeat(10_001), 4),
			durationMs: pick(...numbers),
			mode: pick('quiz', 'review', 'exam'),
			reviewedAt: pick(...isoDates),
			previous: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, cardValues),
			previousReviewId: pick(null, 'r0', 'r:0'),
			card: cardValues
		})
	},
	{
		name: 'undo',
		guard: isUndoRecord,
		schema: UndoRecord,
		records: records({
			v: pick(1, 1, 3),
			reviewId: pick(...ids),
			bankId: pick('bank-a', ''),
			factId: pick('fact-1', 'a:b'),
			undoneAt: pick(...isoDates)
		})
	},
	{
		name: 'settings',
		guard: isSettingsRecord,
		schema: SettingsRecord,
		records: records({
			v: pick(1, 1, 2),
			requestRetention: pick(0.9, 0.7, 0.99, 0.69, 1, NaN, '0.9'),
			newPerDay: pick(20, 0, 1000, 1001, -1, 2.5, Infinity)
		})
	},
	{
		name: 'due index',
		guard: isDueIndexRecord,
		schema: DueIndexRecord,
		records: records({
			v: pick(2, 2, 1),
			bankId: pick('bank-a', 'a:b'),
			factIds: pick([], ['f1'], ['f1', 'f2'], ['a:b'], 'f1'),
			due: pick([], [1], [1, 2], [NaN], [Infinity]),
			states: pick([], [0], [3, 2], [4], [-1], [1.5])
		})
	},
	{
		name: 'totals',
		guard: isBankTotalsRecord,
		schema: BankTotalsRecord,
		records: totalsRecords
	},
	{
		name: 'card figures',
		guard: isBankFiguresRecord,
		schema: BankFiguresRecord,
		records: figuresRecords
	},
	{
		name: 'answer days',
		guard: isAnswerDaysRecord,
		schema: AnswerDaysRecord,
		records: records({
			v: pick(2, 2, 1, 3),
			bankId: pick('bank-a', 'a:b'),
			newest: pick(null, 'review:bank-a:t:r1', 3),
			undone: pick(0, 2, -1, 1.5),
			quarters: pick(
				Int32Array.of(),
				Int32Array.of(5),
				Int32Array.of(1, 2, 9),
				Int32Array.of(2, 1),
				Int32Array.of(3, 3),
				Int32Array.of(-4, 0),
				Uint32Array.of(5),
				[5],
				'x'
			),
			counts: pick(
				Uint32Array.of(),
				Uint32Array.of(1),
				Uint32Array.of(1, 4, 2),
				Uint32Array.of(0),
				Uint32Array.of(1, 1),
				Int32Array.of(1),
				[1]
			)
		})
	},
	{
		name: 'totals change',
		guard: isTotalsChange,
		schema: TotalsChange,
		records: records({
			v: pick(1, 1, 2),
			questionId: pick('q-1', ...ids),
			type: pick('true_false', ...questionTypes, 'essay'),
			correct: pick(false, true, 1),
			durationMs: pick(...numbers)
		})
	},
	{
		name: 'due index change',
		guard: isDueIndexChange,
		schema: DueIndexChange,
		records: records({
			v: pick(1, 1, 2),
			due: pick(absent, absent, 5, NaN, '5'),
			state: pick(absent, 0, 3, 4),
			gone: pick(absent, absent, true, false)
		})
	}
];

describe('the light reader checks each record as its zod schema does', () => {
	for (const { name, guard, schema, records: arbitrary } of cases) {
		it(`${name}: the hand-written check and the schema agree on every record`, () => {
			let passed = 0;
			fc.assert(
				fc.property(fc.oneof(arbitrary, fc.anything()), (record) => {
					const expected = schema.safeParse(record).success;
					if (expected) passed++;
					expect(guard(record)).toBe(expected);
				}),
				{ numRuns: 2000 }
			);
			// Both answers were tried: the check was held to valid records too.
			expect(passed).toBeGreaterThan(0);
		});
	}

	it("the backup's checks of its progress lists agree with their schemas (property)", () => {
		const quick = progressSection(createProgressStore(freshStore(), null)).quick!;
		const lists = { cards: cases[0]!, reviews: cases[1]!, undos: cases[2]! };
		for (const [field, { records: arbitrary }] of Object.entries(lists)) {
			const schema = progressShape[field as keyof typeof progressShape];
			let passed = 0;
			fc.assert(
				fc.property(
					fc.oneof(
						fc.array(arbitrary, { maxLength: 4 }),
						fc.array(fc.oneof({ weight: 9, arbitrary }, fc.anything()), { maxLength: 4 }),
						fc.anything()
					),
					(list) => {
						const expected = schema.safeParse(list).success;
						if (expected) passed++;
						expect(quick[field]!(list)).toBe(expected);
					}
				),
				{ numRuns: 1000 }
			);
			expect(passed).toBeGreaterThan(0);
		}
	});

	it('agrees on the records the store writes', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null, { storage: undefined });
		const { review } = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'r2', factId: 'fact-2' }), scheduler);
		await progress.undoReview('bank-a', 'r1', t0);
		await progress.saveSettings({ requestRetention: 0.85, newPerDay: 5 });
		await progress.loadDueIndex('bank-a');
		expect(isReviewRecord(await get(`review:bank-a:${t0.toISOString()}:r2`, store))).toBe(true);
		expect(isCardRecord(await get('card:bank-a:fact-2', store))).toBe(true);
		expect(isUndoRecord(await get('undo:r1', store))).toBe(true);
		expect(isSettingsRecord(await get('meta:settings', store))).toBe(true);
		expect(isDueIndexRecord(await get('dueidx:bank-a', store))).toBe(true);
		expect(review.id).toBe('r1');
	});
});

describe('glanceCards: the home page figures without the store', () => {
	const facts = ['fact-1', 'fact-2', 'fact-3'];

	it('counts seen, mastered and due as the store does', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null, { storage: undefined });
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'r2', factId: 'fact-2', grade: 1 }), scheduler);
		await set(
			'card:bank-a:fact-3',
			{
				v: 1,
				bankId: 'bank-a',
				factId: 'fact-3',
				card,
				updatedAt: t0.toISOString(),
				lastReviewId: null
			},
			store
		);
		for (const now of [t0, days(3), days(40)]) {
			const full = await progress.stats(
				'bank-a',
				facts.map((factId) => ({ factId })),
				now,
				{ timeZoneOffsetMinutes: utc }
			);
			const glance = await glanceCards('bank-a', facts, now, store, utc);
			expect(glance).toEqual({
				seen: full.seen,
				mastered: full.mastered,
				dueToday: full.dueToday,
				dueByDay: full.dueByDay
			});
		}
		expect((await glanceCards('bank-a', facts, t0, store, utc))?.mastered).toBe(1);
	});

	it('gives nothing on a device that studied nothing', async () => {
		const glance = await glanceCards('bank-a', facts, t0, freshStore(), utc);
		expect(glance).toEqual({
			seen: 0,
			mastered: 0,
			dueToday: 0,
			dueByDay: new Array(14).fill(0)
		});
	});

	it('leaves a damaged or older card to the store, which sets it aside or migrates it', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null, { storage: undefined });
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await set('card:bank-a:fact-2', { v: 1, card: 'torn' }, store);
		expect(await glanceCards('bank-a', facts, t0, store, utc)).toBeUndefined();
		// Nothing was written by the light read: the full store still finds the record to set aside.
		expect(await allKeys(store)).not.toContain('quarantine:card:bank-a:fact-2');
		await progress.stats('bank-a', [{ factId: 'fact-2' }], t0);
		expect(await allKeys(store)).toContain('quarantine:card:bank-a:fact-2');
		expect(await glanceCards('bank-a', facts, t0, store, utc)).toMatchObject({ seen: 1 });
	});
});

describe('glanceQueue: the review queue reads without the store', () => {
	it('reads settings, the due index and the day’s answers as the store does', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null, { storage: undefined });
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'r2', factId: 'fact-2' }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'r3', factId: 'fact-3' }), scheduler);
		await progress.undoReview('bank-a', 'r3', t0);
		await progress.saveSettings({ requestRetention: 0.85, newPerDay: 5 });
		// The index is folded once, then an answer adds a change beside it.
		await progress.loadDueIndex('bank-a');
		await progress.recordAnswer(answer({ reviewId: 'r4', factId: 'fact-4' }), scheduler);
		const since = new Date('2026-03-02T00:00:00.000Z');
		const glance = await glanceQueue('bank-a', since, store);
		expect(glance).toEqual({
			settings: await progress.loadSettings(),
			index: await progress.loadDueIndex('bank-a'),
			since: await progress.loadReviewsSince('bank-a', since)
		});
		expect(glance?.index.size).toBe(3);
		expect(glance?.since.map((r) => r.id)).toEqual(['r1', 'r2', 'r4']);
	});

	it('answers a device that studied nothing with the default settings and no cards', async () => {
		expect(await glanceQueue('bank-a', t0, freshStore())).toEqual({
			settings: { requestRetention: 0.9, newPerDay: 20 },
			index: new Map(),
			since: []
		});
	});

	it('leaves to the store an index to rebuild, a damaged answer and unreadable settings', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null, { storage: undefined });
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		// No index yet beside a card: the store rebuilds it.
		await del('dueidx:bank-a', store);
		expect(await glanceQueue('bank-a', t0, store)).toBeUndefined();
		await progress.loadDueIndex('bank-a');
		expect(await glanceQueue('bank-a', t0, store)).toBeDefined();
		await set('meta:settings', { v: 1, newPerDay: 'many' }, store);
		expect(await glanceQueue('bank-a', t0, store)).toBeUndefined();
		await del('meta:settings', store);
		await set(`review:bank-a:${t0.toISOString()}:bad`, { v: 1 }, store);
		expect(await glanceQueue('bank-a', t0, store)).toBeUndefined();
	});

	it('reads one card, or says the store must', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null, { storage: undefined });
		const { card: written } = await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		expect(await glanceCard('bank-a', 'fact-1', store)).toEqual({ card: written });
		expect(await glanceCard('bank-a', 'fact-9', store)).toEqual({ card: undefined });
		await set('card:bank-a:fact-9', { card: written }, store);
		expect(await glanceCard('bank-a', 'fact-9', store)).toBeUndefined();
	});
});

describe('holdsRecords', () => {
	it('tells an empty database from one with a record, reading none', async () => {
		expect(await holdsRecords('quiz')).toBe(false);
		const { name, store } = databases.quiz;
		await set('quiz:bank-a', { v: 1 }, openStore(name, store));
		expect(await holdsRecords('quiz')).toBe(true);
	});
});

describe('the progress page read without the store', () => {
	const facts = ['fact-1', 'fact-2', 'fact-3'].map((factId) => ({ factId }));

	it('gives the figures, settings and import mark of a device that studied nothing', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null, { storage: undefined });
		expect(await glanceStats('bank-a', facts, t0, 0, store)).toEqual(
			await progress.stats('bank-a', facts, t0, { timeZoneOffsetMinutes: 0 })
		);
		expect(await glanceSettings(store)).toEqual(await progress.loadSettings());
		expect(await glanceImportMark(store)).toEqual({ unfinished: false });
		expect(await progressRecordsReadable(store)).toBe(true);
	});

	it('gives the figures the store gives once it has folded them, and leaves the rest to it', async () => {
		const store = freshStore();
		const progress = createProgressStore(store, null, { storage: undefined });
		const stats = () => progress.stats('bank-a', facts, t0, { timeZoneOffsetMinutes: 0 });
		await progress.recordAnswer(answer({ reviewId: 'r1' }), scheduler);
		// Answers with no figures record yet: the store counts it from the cards and the log.
		expect(await glanceStats('bank-a', facts, t0, 0, store)).toBeUndefined();
		await stats();
		// Kept by every answer and undo from then on: the light read answers as the store does.
		await progress.recordAnswer(answer({ reviewId: 'r2', factId: 'fact-2' }), scheduler);
		await progress.recordAnswer(answer({ reviewId: 'r3', factId: 'fact-3' }), scheduler);
		await progress.undoReview('bank-a', 'r2', t0);
		const fromStore = await stats();
		expect(await glanceStats('bank-a', facts, t0, 0, store)).toEqual(fromStore);
		expect((await glanceStats('bank-a', facts, t0, 0, store))?.seen).toBe(2);
		// The bank's facts changed (one gone, or one added): the store's to check the cards again.
		expect(await glanceStats('bank-a', facts.slice(0, 2), t0, 0, store)).toBeUndefined();
		expect(
			await glanceStats('bank-a', [...facts, { factId: 'new' }], t0, 0, store)
		).toBeUndefined();
		// Another time zone, or a day past the due days it counted: the store's to count again.
		expect(await glanceStats('bank-a', facts, t0, 60, store)).toBeUndefined();
		expect(
			await glanceStats('bank-a', facts, new Date(t0.getTime() + 51 * 86_400_000), 0, store)
		).toBeUndefined();
		expect(
			await glanceStats('bank-a', facts, new Date(t0.getTime() + 50 * 86_400_000), 0, store)
		).toBeDefined();
		// A damaged undo record is the store's to set aside; so is a damaged or older figures record.
		await set('undo:zz', { v: 1, reviewId: 'r9' }, store);
		expect(await glanceStats('bank-a', facts, t0, 0, store)).toBeUndefined();
		expect(await progressRecordsReadable(store)).toBe(false);
		await del('undo:zz', store);
		const record = await get('figures:bank-a', store);
		await set('figures:bank-a', { ...record, v: 1 }, store);
		expect(await glanceStats('bank-a', facts, t0, 0, store)).toBeUndefined();
		await set('figures:bank-a', { ...record, seen: record.seen + 1 }, store);
		expect(await glanceStats('bank-a', facts, t0, 0, store)).toBeUndefined();
		await set('figures:bank-a', record, store);
		expect(await glanceStats('bank-a', facts, t0, 0, store)).toEqual(fromStore);
		// A review stored behind the record's back (a tab that did not keep it) is noticed.
		const reviewKey = (await allKeys(store)).find((k) => String(k).endsWith(':r3'))!;
		await set(String(reviewKey).replace(/:r3$/, ':r7'), await get(reviewKey, store), store);
		expect(await glanceStats('bank-a', facts, t0, 0, store)).toBeUndefined();
		expect(await progressRecordsReadable(store)).toBe(true);
	});

	it('leaves unreadable settings and an unfinished import to the store, and counts what is set aside', async () => {
		const store = freshStore();
		await set('meta:settings', { v: 1, requestRetention: 2, newPerDay: 5 }, store);
		expect(await glanceSettings(store)).toBeUndefined();
		await set('meta:settings', { v: 1, requestRetention: 0.8, newPerDay: 5 }, store);
		expect(await glanceSettings(store)).toEqual({ requestRetention: 0.8, newPerDay: 5 });
		await set('meta:import', { v: 1, startedAt: t0.toISOString(), total: 4, written: 2 }, store);
		expect(await glanceImportMark(store)).toBeUndefined();
		expect(await holdsSetAside()).toBe(false);
		const progress = createProgressStore(undefined, null, { storage: undefined });
		await progress.loadAll();
		await set(
			'card:bank-a:fact-1',
			{ v: 1, card: 'torn' },
			openStore(databases.progress.name, databases.progress.store)
		);
		await progress.loadAll();
		expect(await holdsSetAside()).toBe(true);
	});
});
