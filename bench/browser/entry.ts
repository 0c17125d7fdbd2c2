/**
 * Runs inside headless Chromium (bundled by esbuild into an IIFE, global `factdeckBench`).
 * Everything here talks to the browser's real IndexedDB through the app's own modules.
 */
import { createStore, set, setMany } from 'idb-keyval';
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import {
	buildDueQueue,
	buildQueue,
	CardStateSchema,
	createScheduler,
	toFsrsCard,
	type CardState
} from '../../src/lib/srs/scheduler';
import {
	computeStats,
	createProgressStore,
	deviceTimeZoneOffset,
	dueEntryOf,
	localDay,
	dueIndexRecord,
	readDueHeader,
	keys,
	prefixRange,
	readRecord,
	type CardRecord,
	type ReviewRecord
} from '../../src/lib/storage';
import type { QuestionType } from '../../src/lib/schema/question-types';
import { createDeviceBackup } from '../../src/lib/storage/backup/device-backup';
import { progressSection, settingsSection } from '../../src/lib/storage/backup/sections';
import { readStreak } from '../../src/lib/storage/progress-totals';
import { glanceStats } from '../../src/lib/storage/progress-page-glance';

const day = 86_400_000;

/** Deterministic PRNG (mulberry32), as in study.bench.ts. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

async function time(runs: number, fn: (i: number) => unknown): Promise<number[]> {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await fn(i);
		samples.push(performance.now() - t);
	}
	return samples;
}

/**
 * Per-call time of `fn`, each sample the mean over `batch` calls: without cross-origin isolation
 * Chromium's performance.now() only ticks every 0.1 ms, too coarse for one FSRS step.
 */
function timeBatched(runs: number, batch: number, fn: (i: number) => unknown): number[] {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		for (let b = 0; b < batch; b++) fn(i * batch + b);
		samples.push((performance.now() - t) / batch);
	}
	return samples;
}

function timeSync(runs: number, fn: (i: number) => unknown): number[] {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn(i);
		samples.push(performance.now() - t);
	}
	return samples;
}

/** Opens (creating if needed) a database laid out as idb-keyval's createStore does. */
function openDb(name: string, storeName = 'progress'): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(name);
		req.onupgradeneeded = () => req.result.createObjectStore(storeName);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
	});
}

/** Writes entries in chunks, one readwrite transaction per chunk. */
async function putChunks(db: IDBDatabase, entries: [string, unknown][], chunk = 5000) {
	for (let i = 0; i < entries.length; i += chunk) {
		const tx = db.transaction('progress', 'readwrite');
		const s = tx.objectStore('progress');
		for (const [key, value] of entries.slice(i, i + chunk)) s.put(value, key);
		await done(tx);
	}
}

export function deleteDb(name: string): Promise<'deleted' | 'blocked'> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.deleteDatabase(name);
		req.onsuccess = () => resolve('deleted');
		req.onblocked = () => resolve('blocked');
		req.onerror = () => reject(req.error);
	});
}

// ---------------------------------------------------------------------------------------------
// Persisting one answer

export async function answerBench(opts: {
	db: string;
	rawDb: string;
	runs: number;
	facts: number;
}) {
	const { runs, facts } = opts;
	const scheduler = createScheduler();
	const start = Date.parse('2026-03-02T09:00:00.000Z');
	const progress = createProgressStore(createStore(opts.db, 'progress'), null);
	const raw = createStore(opts.rawDb, 'progress');
	const answer = (i: number, factId: string) => ({
		bankId: 'bench',
		factId,
		questionId: `q-${factId}`,
		questionType: 'short_answer' as const,
		grade: (i % 7 === 0 ? 1 : 3) as 1 | 3,
		correct: i % 7 !== 0,
		response: 'Kishida',
		durationMs: 3000,
		mode: 'review' as const,
		now: new Date(start + i * 60_000)
	});
	// Warm-up: opens both databases and JITs the paths once; creates the bank's due index, so
	// every measured answer also updates it.
	await progress.loadDueIndex('bench');
	const sample = await progress.recordAnswer(answer(0, 'warm-up'), scheduler);
	for (let i = 0; i < 10; i++) await progress.recordAnswer(answer(i, `warm-${i}`), scheduler);
	await setMany([['warm', 1]], raw);

	const record = await time(runs, (i) =>
		progress.recordAnswer(answer(i + 1, `fact-${i % facts}`), scheduler)
	);
	const cardRecord: CardRecord = {
		v: 1,
		bankId: 'bench',
		factId: 'fact-0',
		card: sample.card,
		updatedAt: sample.review.reviewedAt,
		lastReviewId: sample.review.id
	};
	const many = await time(runs, (i) =>
		setMany(
			[
				[keys.card('bench', `fact-${i % facts}`), cardRecord],
				[keys.review('bench', new Date(start + i * 60_000).toISOString(), `r${i}`), sample.review]
			],
			raw
		)
	);
	const twoSets = await time(runs, async (i) => {
		await set(keys.card('bench', `fact-${i % facts}`), cardRecord, raw);
		await set(
			keys.review('bench', new Date(start + i * 60_000).toISOString(), `s${i}`),
			sample.review,
			raw
		);
	});
	const f = fsrs(generatorParameters({ enable_fuzz: false }));
	const cards: Card[] = Array.from({ length: facts }, () => createEmptyCard(new Date(start)));
	const bare = timeBatched(runs, 50, (i) => {
		const k = i % facts;
		cards[k] = f.next(cards[k]!, new Date(start + i * 60_000), (i % 7 === 0 ? 1 : 3) as Grade).card;
	});
	const states: CardState[] = Array.from({ length: facts }, () =>
		scheduler.initial(new Date(start))
	);
	const wrapped = timeBatched(runs, 50, (i) => {
		const k = i % facts;
		states[k] = scheduler.next(states[k]!, i % 7 === 0 ? 1 : 3, new Date(start + i * 60_000));
	});
	return { record, many, twoSets, bare, wrapped };
}

// ---------------------------------------------------------------------------------------------
// Synthetic history

const grades: (1 | 2 | 3 | 4)[] = [1, 2, 3, 3, 3, 3, 3, 4];

/**
 * A realistic card: created some time in the last year and answered 1–8 times, each time when
 * due (never after `now`). Returns the card and its previous state.
 */
function synthCard(
	rand: () => number,
	scheduler: ReturnType<typeof createScheduler>,
	nowMs: number
): { card: CardState; previous: CardState | null; first: number } {
	const first = nowMs - Math.floor(rand() * 365 * day) - 3600_000;
	let card = scheduler.initial(new Date(first));
	let previous: CardState | null = null;
	let at = first;
	const answers = 1 + Math.floor(rand() * 8);
	for (let r = 0; r < answers && at <= nowMs; r++) {
		previous = card;
		card = scheduler.next(card, grades[Math.floor(rand() * grades.length)]!, new Date(at));
		at = Date.parse(card.due);
	}
	return { card, previous, first };
}

interface FactSpec {
	bankId: string;
	factId: string;
	questions: { id: string; type: QuestionType }[];
}

/**
 * Builds card records for `cardFacts` and `reviewCount` review records spread evenly over
 * `reviewFacts`, in the store's record shapes, then bulk-writes them in chunks. Reviews are dated
 * in the past, none today. The rid: index records recordAnswer also writes are left out: no
 * measured read touches that key range, and they would only lengthen seeding.
 */
async function seed(
	dbName: string,
	cardFacts: FactSpec[],
	reviewFacts: FactSpec[],
	reviewCount: number,
	nowMs: number,
	seedValue: number
) {
	const rand = random(seedValue);
	const scheduler = createScheduler();
	const t0 = performance.now();
	const cards = new Map<string, { card: CardState; previous: CardState | null; first: number }>();
	const entries: [string, unknown][] = [];
	for (const fact of cardFacts) {
		const synth = synthCard(rand, scheduler, nowMs);
		cards.set(`${fact.bankId}:${fact.factId}`, synth);
		const record: CardRecord = {
			v: 1,
			bankId: fact.bankId,
			factId: fact.factId,
			card: synth.card,
			updatedAt: synth.card.lastReview ?? new Date(synth.first).toISOString(),
			lastReviewId: null
		};
		entries.push([keys.card(fact.bankId, fact.factId), record]);
	}
	const startOfToday = new Date(nowMs);
	startOfToday.setHours(0, 0, 0, 0);
	const span = startOfToday.getTime() - 1000 - (nowMs - 365 * day);
	for (let i = 0; i < reviewCount; i++) {
		const fact = reviewFacts[i % reviewFacts.length]!;
		const synth = cards.get(`${fact.bankId}:${fact.factId}`)!;
		const question = fact.questions[i % fact.questions.length]!;
		const id = `bench-${seedValue}-${i.toString(36).padStart(5, '0')}-${Math.floor(rand() * 1e9).toString(36)}`;
		const reviewedAt = new Date(nowMs - 365 * day + Math.floor(rand() * span)).toISOString();
		const grade = grades[Math.floor(rand() * grades.length)]!;
		const review: ReviewRecord = {
			v: 1,
			id,
			bankId: fact.bankId,
			factId: fact.factId,
			questionId: question.id,
			questionType: question.type,
			grade,
			correct: grade > 1,
			...(question.type === 'short_answer' || question.type === 'cloze'
				? { response: 'Fumio Kishida' }
				: {}),
			durationMs: 1500 + Math.floor(rand() * 9000),
			mode: rand() < 0.8 ? 'review' : 'quiz',
			reviewedAt,
			previous: synth.previous,
			previousReviewId: null,
			card: synth.card
		};
		const key = keys.review(fact.bankId, reviewedAt, id);
		entries.push([key, review]);
	}
	// Each bank's due index, as recordAnswer keeps it (dueIndexRecord: the store's own writer).
	const byBank = new Map<string, Map<string, ReturnType<typeof dueEntryOf>>>();
	for (const fact of cardFacts) {
		let bank = byBank.get(fact.bankId);
		if (!bank) byBank.set(fact.bankId, (bank = new Map()));
		bank.set(fact.factId, dueEntryOf(cards.get(`${fact.bankId}:${fact.factId}`)!.card));
	}
	for (const [bankId, bank] of byBank) {
		entries.push([keys.dueIndex(bankId), dueIndexRecord(bankId, bank)]);
	}
	// Guard against measuring the quarantine path: the records must pass the app's own schemas.
	for (const [key, value] of [entries[0]!, entries[cardFacts.length]!]) {
		const kind = key.startsWith('card:') ? 'card' : 'review';
		const read = readRecord(kind, value);
		if (!read.ok) throw new Error(`synthetic ${kind} record is invalid: ${read.error}`);
	}
	const [indexKey, index] = entries.at(-1)!;
	if (readDueHeader(index, indexKey.slice(keys.dueIndexPrefix().length)).state !== 'current')
		throw new Error(`synthetic due index ${indexKey} is invalid`);
	const buildMs = performance.now() - t0;
	const t1 = performance.now();
	const db = await openDb(dbName);
	try {
		await putChunks(db, entries);
	} finally {
		db.close();
	}
	return { records: entries.length, buildMs, writeMs: performance.now() - t1 };
}

// ---------------------------------------------------------------------------------------------
// The due queue: 10,000 facts, 100,000 reviews, one bank

export async function seedQueue(opts: {
	db: string;
	bankId: string;
	facts: number;
	reviews: number;
	now: number;
}) {
	const facts: FactSpec[] = Array.from({ length: opts.facts }, (_, i) => ({
		bankId: opts.bankId,
		factId: `f-${i.toString(16).padStart(8, '0')}`,
		questions: [
			{ id: `q-${i}-mcq`, type: 'mcq' },
			{ id: `q-${i}-cloze`, type: 'cloze' }
		]
	}));
	return seed(opts.db, facts, facts, opts.reviews, opts.now, 42);
}

/** Raw IDB getAllKeys + getAll over the given prefixes, one readonly transaction (as readPrefixes). */
async function rawGetAll(db: IDBDatabase, prefixes: string[]): Promise<number> {
	const tx = db.transaction('progress', 'readonly');
	const s = tx.objectStore('progress');
	let count = 0;
	for (const prefix of prefixes) {
		const range = prefixRange(prefix);
		const k = s.getAllKeys(range);
		const v = s.getAll(range);
		v.onsuccess = () => {
			count += Math.min(v.result.length, k.result.length);
		};
	}
	await done(tx);
	return count;
}

/**
 * What loadCards would cost reading only what it returns: the bank's card: range (values
 * only: each record carries its factId), each record still validated with the app's zod schema.
 */
async function cardsOnly(db: IDBDatabase, bankId: string): Promise<Map<string, CardState>> {
	const tx = db.transaction('progress', 'readonly');
	const req = tx.objectStore('progress').getAll(prefixRange(keys.cardPrefix(bankId)));
	await done(tx);
	const out = new Map<string, CardState>();
	for (const value of req.result as unknown[]) {
		const read = readRecord('card', value);
		if (read.ok) out.set(read.value.factId, read.value.card);
	}
	return out;
}

export async function queueBench(opts: {
	db: string;
	bankId: string;
	now: number;
	runs: number;
	ioRuns: number;
	answerRuns: number;
}) {
	const progress = createProgressStore(createStore(opts.db, 'progress'), null);
	const now = new Date(opts.now);
	const cards = await progress.loadCards(opts.bankId);
	const factIds = [...cards.keys()].sort();
	const facts = factIds.map((factId) => ({ factId, card: cards.get(factId) }));
	const build = () => buildQueue({ facts, now, newLimit: 20, newIntroducedToday: 0 });
	for (let i = 0; i < 5; i++) build();
	const queueOnly = timeSync(opts.runs, build);
	const result = build();

	const db = await openDb(opts.db);
	let cardCount = 0;
	let allCount = 0;
	const loadAndBuild: number[] = [];
	const loadIndexOnly: number[] = [];
	const rawIndex: number[] = [];
	const cardsAndBuild: number[] = [];
	const loadOnly: number[] = [];
	const rawCards: number[] = [];
	const rawAll: number[] = [];
	const sketch: number[] = [];
	const packed: number[] = [];
	let rawValidate: number[];
	const once = async (into: number[], fn: () => Promise<unknown>) => {
		const t = performance.now();
		await fn();
		into.push(performance.now() - t);
	};
	// Another layout for comparison: the bank's cards packed into one record (outside the app's
	// key ranges), read with one get and each card validated with the app's CardStateSchema.
	const packKey = `bench-pack:${opts.bankId}`;
	{
		const tx = db.transaction('progress', 'readwrite');
		tx.objectStore('progress').put(
			facts.map((x) => [x.factId, x.card]),
			packKey
		);
		await done(tx);
	}
	try {
		// Interleaved, so that background work (LevelDB compaction after seeding, GC) is spread
		// over all four measures instead of landing on whichever runs first.
		for (let i = 0; i < opts.ioRuns; i++) {
			await once(loadAndBuild, async () => {
				const index = await progress.loadDueIndex(opts.bankId);
				buildDueQueue({ factIds, cards: index, now, newLimit: 20, newIntroducedToday: 0 });
			});
			await once(loadIndexOnly, () => progress.loadDueIndex(opts.bankId));
			await once(rawIndex, async () => {
				const tx = db.transaction('progress', 'readonly');
				tx.objectStore('progress').get(keys.dueIndex(opts.bankId));
				await done(tx);
			});
			await once(cardsAndBuild, async () => {
				const loaded = await progress.loadCards(opts.bankId);
				buildQueue({
					facts: factIds.map((factId) => ({ factId, card: loaded.get(factId) })),
					now,
					newLimit: 20,
					newIntroducedToday: 0
				});
			});
			await once(loadOnly, () => progress.loadCards(opts.bankId));
			await once(rawCards, async () => {
				cardCount = await rawGetAll(db, [keys.cardPrefix(opts.bankId)]);
			});
			await once(rawAll, async () => {
				allCount = await rawGetAll(db, [
					keys.cardPrefix(opts.bankId),
					keys.reviewPrefix(opts.bankId),
					keys.undoPrefix()
				]);
			});
			await once(sketch, async () => {
				const loaded = await cardsOnly(db, opts.bankId);
				buildQueue({
					facts: factIds.map((factId) => ({ factId, card: loaded.get(factId) })),
					now,
					newLimit: 20,
					newIntroducedToday: 0
				});
			});
			await once(packed, async () => {
				const tx = db.transaction('progress', 'readonly');
				const req = tx.objectStore('progress').get(packKey);
				await done(tx);
				const loaded = new Map<string, CardState>();
				for (const [factId, card] of req.result as [string, unknown][]) {
					const read = CardStateSchema.safeParse(card);
					if (read.success) loaded.set(factId, read.data);
				}
				buildQueue({
					facts: factIds.map((factId) => ({ factId, card: loaded.get(factId) })),
					now,
					newLimit: 20,
					newIntroducedToday: 0
				});
			});
		}
		// zod validation of the 10,000 card records alone (the part of loadCards that is needed).
		const tx = db.transaction('progress', 'readonly');
		const req = tx.objectStore('progress').getAll(prefixRange(keys.cardPrefix(opts.bankId)));
		await done(tx);
		const values = req.result as unknown[];
		rawValidate = timeSync(opts.ioRuns, () => {
			for (const v of values) readRecord('card', v);
		});
	} finally {
		db.close();
	}

	const f = fsrs(generatorParameters({ enable_fuzz: false }));
	const fsrsCards = facts.flatMap((x) => (x.card ? [toFsrsCard(x.card)] : []));
	const later = new Date(opts.now + 400 * day);
	const fsrsAll = timeSync(opts.ioRuns, () => {
		for (const card of fsrsCards) f.next(card, later, 3);
	});
	// The page's queue (from the index) must be the queue the full cards give.
	const index = await progress.loadDueIndex(opts.bankId);
	const fromIndex = buildDueQueue({
		factIds,
		cards: index,
		now,
		newLimit: 20,
		newIntroducedToday: 0
	});
	const sameQueue = JSON.stringify(fromIndex) === JSON.stringify(result);
	// Answers into this bank, each beside a raw idb-keyval write of one card-sized record into the
	// same database (alternating, so both see the same load on a shared machine).
	const scheduler = createScheduler();
	const rawStore = createStore(opts.db, 'progress');
	const sample = await progress.loadCard(opts.bankId, factIds[0]!);
	// The figures read first, as the progress page would: each answer then keeps the bank's
	// figures record. The bank's totals are taken away for the main rows and measured on their own
	// after them.
	const allFacts = factIds.map((factId) => ({ factId }));
	await progress.stats(opts.bankId, allFacts, now);
	await deleteKey(opts.db, `totals:${opts.bankId}`);
	const bigAnswer: number[] = [];
	const rawWrite: number[] = [];
	const withTotals: number[] = [];
	const answerAt = async (i: number, into: number[]) => {
		const t = performance.now();
		await progress.recordAnswer(
			{
				bankId: opts.bankId,
				factId: factIds[(i * 7919) % factIds.length]!,
				questionId: `q-${i}`,
				questionType: 'mcq',
				grade: 3,
				correct: true,
				durationMs: 3000,
				mode: 'review',
				now: new Date(opts.now + i * 1000)
			},
			scheduler
		);
		into.push(performance.now() - t);
	};
	for (let i = 0; i < opts.answerRuns; i++) {
		await answerAt(i, bigAnswer);
		const r = performance.now();
		await set(`bench-raw:${i % 50}`, { v: 1, card: sample, at: i }, rawStore);
		rawWrite.push(performance.now() - r);
	}
	await progress.loadTotals(opts.bankId, now);
	for (let i = opts.answerRuns; i < opts.answerRuns + 50; i++) await answerAt(i, withTotals);
	return {
		queueOnly,
		loadAndBuild,
		loadIndexOnly,
		rawIndex,
		cardsAndBuild,
		sameQueue,
		bigAnswer,
		withTotals,
		rawWrite,
		loadOnly,
		rawCards,
		rawAll,
		sketch,
		packed,
		rawValidate,
		fsrsAll,
		cardCount,
		allCount,
		due: result.due.length,
		fresh: result.fresh.length,
		fsrsCount: fsrsCards.length
	};
}

// ---------------------------------------------------------------------------------------------
// The review page: seed bank history in the app's own database

export async function seedPage(opts: {
	db: string;
	bankId: string;
	facts: { id: string }[];
	questions: { id: string; factId?: string | null; type: QuestionType }[];
	totalCards: number;
	reviews: number;
	now: number;
}) {
	const byFact = new Map<string, { id: string; type: QuestionType }[]>();
	for (const q of opts.questions) {
		if (!q.factId) continue;
		byFact.set(q.factId, [...(byFact.get(q.factId) ?? []), { id: q.id, type: q.type }]);
	}
	const seedFacts: FactSpec[] = opts.facts.map((f) => ({
		bankId: opts.bankId,
		factId: f.id,
		questions: byFact.get(f.id) ?? [{ id: `q-${f.id}`, type: 'short_answer' }]
	}));
	const others: FactSpec[] = [];
	const perBank = 500;
	for (let i = 0; others.length < opts.totalCards - seedFacts.length; i++) {
		others.push({
			bankId: `other-bank-${Math.floor(i / perBank)}`,
			factId: `f-${(i % perBank).toString(16).padStart(8, '0')}`,
			questions: [{ id: `q-${i}`, type: 'mcq' }]
		});
	}
	return seed(opts.db, [...seedFacts, ...others], seedFacts, opts.reviews, opts.now, 7);
}

/** The pieces of what the review page does on load, timed inside this page for diagnosis. */
export async function pagePartsBench(opts: { db: string; bankId: string; runs: number }) {
	const progress = createProgressStore(createStore(opts.db, 'progress'), null);
	const startOfDay = new Date();
	startOfDay.setHours(0, 0, 0, 0);
	await progress.loadSettings();
	const firstFact = [...(await progress.loadDueIndex(opts.bankId)).keys()][0] ?? 'none';
	const settings: number[] = [];
	const cards: number[] = [];
	const dueIndex: number[] = [];
	const oneCard: number[] = [];
	const since: number[] = [];
	const raw: number[] = [];
	const rawAll: number[] = [];
	const sketch: number[] = [];
	const once = async (into: number[], fn: () => Promise<unknown>) => {
		const t = performance.now();
		await fn();
		into.push(performance.now() - t);
	};
	const db = await openDb(opts.db);
	try {
		for (let i = 0; i < opts.runs; i++) {
			await once(settings, () => progress.loadSettings());
			await once(cards, () => progress.loadCards(opts.bankId));
			await once(dueIndex, () => progress.loadDueIndex(opts.bankId));
			await once(oneCard, () => progress.loadCard(opts.bankId, firstFact));
			await once(since, () => progress.loadReviewsSince(opts.bankId, startOfDay));
			await once(raw, () => rawGetAll(db, [keys.cardPrefix(opts.bankId)]));
			await once(rawAll, () =>
				rawGetAll(db, [
					keys.cardPrefix(opts.bankId),
					keys.reviewPrefix(opts.bankId),
					keys.undoPrefix()
				])
			);
			await once(sketch, () => cardsOnly(db, opts.bankId));
		}
	} finally {
		db.close();
	}
	return { settings, cards, dueIndex, oneCard, since, raw, rawAll, sketch };
}

// ---------------------------------------------------------------------------------------------
// A long history: the progress page's figures, "only what I got wrong", export and import

/** What the progress page and the quiz did before the running totals: read the whole log. */
async function figuresFromLog(
	progress: ReturnType<typeof createProgressStore>,
	bankId: string,
	facts: { factId: string }[],
	now: Date
) {
	const [cards, reviews] = await Promise.all([
		progress.loadCards(bankId),
		progress.loadReviews(bankId)
	]);
	return computeStats({
		facts,
		cards,
		reviews,
		now,
		timeZoneOffsetMinutes: -now.getTimezoneOffset()
	});
}

async function wrongFromLog(progress: ReturnType<typeof createProgressStore>, bankId: string) {
	const latest = new Map<string, boolean>();
	for (const review of await progress.loadReviews(bankId))
		latest.set(review.questionId, review.correct);
	return new Set([...latest].filter(([, correct]) => !correct).map(([id]) => id));
}

export async function historyBench(opts: {
	db: string;
	emptyDb: string;
	importDb: string;
	bankId: string;
	now: number;
	runs: number;
}) {
	const now = new Date(opts.now);
	const progress = createProgressStore(createStore(opts.db, 'progress'), null);
	const empty = createProgressStore(createStore(opts.emptyDb, 'progress'), null);
	const factIds = [...(await progress.loadDueIndex(opts.bankId)).keys()];
	const facts = factIds.map((factId) => ({ factId }));
	const once = async (into: number[], fn: () => Promise<unknown>) => {
		const t = performance.now();
		await fn();
		into.push(performance.now() - t);
	};
	// The first read builds the totals from the log: the one-time cost on an existing database.
	await deleteKey(opts.db, `totals:${opts.bankId}`);
	const rebuild: number[] = [];
	await once(rebuild, () => progress.loadTotals(opts.bankId, now));
	// Likewise the card figures record, built from the cards by the first figures read.
	await deleteKey(opts.db, `figures:${opts.bankId}`);
	const figuresRebuild: number[] = [];
	await once(figuresRebuild, () => progress.stats(opts.bankId, facts, now));
	// And the answer days, built from the review keys by the first streak read (which the figures
	// read makes only when it counts its window again).
	await deleteKey(opts.db, `days:${opts.bankId}`);
	const daysRebuild: number[] = [];
	await once(daysRebuild, () => progress.streak(opts.bankId, now));
	await empty.stats(opts.bankId, facts, now);
	const db = await openDb(opts.db);
	const figures: number[] = [];
	const figuresEmpty: number[] = [];
	const figuresLight: number[] = [];
	const figuresLightEmpty: number[] = [];
	const lightRaw: number[] = [];
	const lightRawEmpty: number[] = [];
	/**
	 * The records the light read asks for, read raw in one transaction (each result touched, so
	 * IndexedDB hands it over; no check, fold or count): its floor with this layout.
	 */
	const rawLightOf = (db: string) =>
		createStore(db, 'progress')('readonly', (s) => {
			const b = opts.bankId;
			const review = keys.reviewPrefix(b);
			const requests: IDBRequest[] = [
				s.get(`figures:${b}`),
				s.openKeyCursor(prefixRange(review), 'prev'),
				s.getAll(prefixRange(keys.undoPrefix()))
			];
			return new Promise<number>((ok, fail) => {
				const last = requests.at(-1)!;
				last.onerror = () => fail(last.error);
				last.onsuccess = () => ok(requests.filter((r) => r.result !== undefined).length);
			});
		});
	let lightSame = true;
	const lightOf = (db: string) =>
		glanceStats(opts.bankId, facts, now, deviceTimeZoneOffset(now), createStore(db, 'progress'));
	const figuresBefore: number[] = [];
	const wrong: number[] = [];
	const wrongBefore: number[] = [];
	const rawReviews: number[] = [];
	const rawCount: number[] = [];
	const streak: number[] = [];
	let streakDays = 0;
	let same = true;
	try {
		for (let i = 0; i < opts.runs; i++) {
			let a: unknown;
			let b: unknown;
			await once(figures, async () => {
				a = await progress.stats(opts.bankId, facts, now);
			});
			await once(figuresEmpty, () => empty.stats(opts.bankId, facts, now));
			let light: unknown;
			await once(figuresLight, async () => {
				light = await lightOf(opts.db);
			});
			await once(figuresLightEmpty, () => lightOf(opts.emptyDb));
			await once(lightRaw, () => rawLightOf(opts.db));
			await once(lightRawEmpty, () => rawLightOf(opts.emptyDb));
			lightSame &&= JSON.stringify(light) === JSON.stringify(a);
			await once(wrong, () => progress.wrongQuestionIds(opts.bankId));
			await once(streak, async () => {
				const tx = db.transaction('progress', 'readonly');
				const offset = deviceTimeZoneOffset(now);
				readStreak(
					tx.objectStore('progress'),
					(fn) => fn,
					opts.bankId,
					new Set(),
					localDay(now.getTime(), offset),
					offset,
					(days) => (streakDays = days)
				);
				await done(tx);
			});
			await once(rawCount, async () => {
				const tx = db.transaction('progress', 'readonly');
				tx.objectStore('progress').count(prefixRange(keys.reviewPrefix(opts.bankId)));
				await done(tx);
			});
			if (i < 2) {
				await once(figuresBefore, async () => {
					b = await figuresFromLog(progress, opts.bankId, facts, now);
				});
				await once(wrongBefore, () => wrongFromLog(progress, opts.bankId));
				await once(rawReviews, () => rawGetAll(db, [keys.reviewPrefix(opts.bankId)]));
				same &&= JSON.stringify(a) === JSON.stringify(b);
			}
		}
		same &&=
			JSON.stringify([...(await progress.wrongQuestionIds(opts.bankId))].sort()) ===
			JSON.stringify([...(await wrongFromLog(progress, opts.bankId))].sort());
	} finally {
		db.close();
	}

	// Export: the progress part of the backup file, as the progress page writes it.
	const exportMs: number[] = [];
	let text = '';
	let records = 0;
	const sectionsOf = (p: ReturnType<typeof createProgressStore>) =>
		createDeviceBackup([progressSection(p), settingsSection(p)]);
	await once(exportMs, async () => {
		text = (await sectionsOf(progress).exportText(now)).text;
	});
	records = (JSON.parse(text) as { reviews: unknown[] }).reviews.length;
	// Import of that file into an empty database: validated whole, then merged.
	const target = createProgressStore(createStore(opts.importDb, 'progress'), null);
	const importMs: number[] = [];
	const importSteps: number[] = [];
	await once(importMs, () =>
		sectionsOf(target).importText(text, now, (step) => importSteps.push(step.done))
	);
	// Its parts: the whole-file check alone (no IO), and what the import stored.
	const validateMs: number[] = [];
	await once(validateMs, async () => sectionsOf(target).validate(text));
	const importedDb = await openDb(opts.importDb);
	let importedRecords = 0;
	try {
		const tx = importedDb.transaction('progress', 'readonly');
		const req = tx.objectStore('progress').count();
		await done(tx);
		importedRecords = req.result;
	} finally {
		importedDb.close();
	}
	// The raw IndexedDB cost of reading and writing the same records.
	const source = await openDb(opts.db);
	const rawRead: number[] = [];
	let entries: [string, unknown][] = [];
	try {
		await once(rawRead, async () => {
			const tx = source.transaction('progress', 'readonly');
			const s = tx.objectStore('progress');
			const k = s.getAllKeys();
			const v = s.getAll();
			await done(tx);
			entries = k.result.map((key, i) => [String(key), v.result[i]]);
		});
	} finally {
		source.close();
	}
	const rawReadChunked: number[] = [];
	const readChunked = await openDb(opts.db);
	try {
		await once(rawReadChunked, () => getAllChunks(readChunked, 2_000));
	} finally {
		readChunked.close();
	}
	const rawWrite: number[] = [];
	const rawTarget = await openDb(`${opts.importDb}-raw`);
	try {
		await once(rawWrite, () => putChunks(rawTarget, entries, entries.length));
	} finally {
		rawTarget.close();
	}
	const rawWriteBatched: number[] = [];
	const batchedTarget = await openDb(`${opts.importDb}-raw2`);
	try {
		await once(rawWriteBatched, () => putChunks(batchedTarget, entries, 2_000));
	} finally {
		batchedTarget.close();
	}
	// A sketch of another layout, not the app's: the same records with the reviews packed 50 to
	// a record (each pack under its first review's key), the rest one a record as stored.
	const packed: [string, unknown][] = entries.filter(([key]) => !key.startsWith('review:'));
	const reviewEntries = entries.filter(([key]) => key.startsWith('review:'));
	for (let i = 0; i < reviewEntries.length; i += 50) {
		const pack = reviewEntries.slice(i, i + 50);
		packed.push([pack[0]![0], pack.map(([, value]) => value)]);
	}
	const rawWritePacked: number[] = [];
	const packedTarget = await openDb(`${opts.importDb}-raw3`);
	try {
		await once(rawWritePacked, () => putChunks(packedTarget, packed, 2_000));
	} finally {
		packedTarget.close();
	}
	return {
		rawWritePacked,
		packedRecords: packed.length,
		rebuild,
		figuresRebuild,
		streak,
		streakDays,
		daysRebuild,
		figures,
		figuresEmpty,
		figuresLight,
		figuresLightEmpty,
		lightRaw,
		lightRawEmpty,
		lightSame,
		figuresBefore,
		wrong,
		wrongBefore,
		rawReviews,
		rawCount,
		same,
		exportMs,
		importMs,
		rawRead,
		rawReadChunked,
		rawWrite,
		rawWriteBatched,
		validateMs,
		importedRecords,
		importBatches: importSteps.length,
		records,
		fileBytes: text.length,
		storedRecords: entries.length
	};
}

/** Reads every record, `size` at a time, one read-only transaction per chunk (keys and values). */
async function getAllChunks(db: IDBDatabase, size: number): Promise<number> {
	let after: IDBValidKey | undefined;
	let count = 0;
	for (;;) {
		const tx = db.transaction('progress', 'readonly');
		const s = tx.objectStore('progress');
		const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
		const k = s.getAllKeys(range, size);
		const v = s.getAll(range, size);
		await done(tx);
		count += v.result.length;
		if (k.result.length < size) return count;
		after = k.result.at(-1);
	}
}

async function deleteKey(name: string, key: string) {
	const db = await openDb(name);
	try {
		const tx = db.transaction('progress', 'readwrite');
		tx.objectStore('progress').delete(key);
		await done(tx);
	} finally {
		db.close();
	}
}
