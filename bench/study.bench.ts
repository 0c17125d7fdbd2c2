import 'fake-indexeddb/auto';
import { createStore, set, setMany } from 'idb-keyval';
import { performance } from 'node:perf_hooks';
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import { buildQueue, createScheduler, type CardState } from '../src/lib/srs/scheduler';
import { createProgressStore } from '../src/lib/storage';
import { summarize, type BenchTable } from './table';

const environment =
	'Node ' +
	process.versions.node +
	' with fake-indexeddb (an in-memory JS IndexedDB): NOT a browser. Real IndexedDB commits ' +
	'go to disk and usually cost more per transaction; run the browser part before drawing conclusions.';

/** Deterministic PRNG (mulberry32) so every run synthesises the same history. */
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

function timeSync(runs: number, fn: (i: number) => unknown): number[] {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn(i);
		samples.push(performance.now() - t);
	}
	return samples;
}

async function answerTable(): Promise<BenchTable> {
	const runs = 200;
	const facts = 20;
	const scheduler = createScheduler();
	const start = Date.parse('2026-03-02T09:00:00.000Z');
	const progress = createProgressStore(createStore('bench-answer', 'progress'), null);
	const raw = createStore('bench-raw', 'progress');
	const sample = await progress.recordAnswer(
		{
			bankId: 'bench',
			factId: 'warm-up',
			questionId: 'q-warm-up',
			questionType: 'short_answer',
			grade: 3,
			correct: true,
			durationMs: 3000,
			mode: 'review',
			now: new Date(start)
		},
		scheduler
	);
	const record = await time(runs, (i) =>
		progress.recordAnswer(
			{
				bankId: 'bench',
				factId: `fact-${i % facts}`,
				questionId: `q-${i % facts}`,
				questionType: 'short_answer',
				grade: i % 7 === 0 ? 1 : 3,
				correct: i % 7 !== 0,
				response: 'Kishida',
				durationMs: 3000,
				mode: 'review',
				now: new Date(start + i * 60_000)
			},
			scheduler
		)
	);
	const twoSets = await time(runs, async (i) => {
		await set(`card:bench:fact-${i % facts}`, sample.card, raw);
		await set(`review:bench:${i}`, sample.review, raw);
	});
	const many = await time(runs, (i) =>
		setMany(
			[
				[`card:bench:fact-${i % facts}`, sample.card],
				[`review:bench:${i}`, sample.review]
			],
			raw
		)
	);
	const f = fsrs(generatorParameters({ enable_fuzz: false }));
	const cards: Card[] = Array.from({ length: facts }, () => createEmptyCard(new Date(start)));
	const bare = timeSync(runs, (i) => {
		const k = i % facts;
		cards[k] = f.next(cards[k]!, new Date(start + i * 60_000), (i % 7 === 0 ? 1 : 3) as Grade).card;
	});
	const states: CardState[] = Array.from({ length: facts }, () =>
		scheduler.initial(new Date(start))
	);
	const wrapped = timeSync(runs, (i) => {
		const k = i % facts;
		states[k] = scheduler.next(states[k]!, i % 7 === 0 ? 1 : 3, new Date(start + i * 60_000));
	});
	const base = summarize(many);
	const row = (name: string, samples: number[]) => {
		const s = summarize(samples);
		return [name, s.median * 1000, s.p95 * 1000, s.median / base.median];
	};
	return {
		title: 'Saving one answer (Node + fake-indexeddb)',
		columns: ['measure', 'median µs', 'p95 µs', '× setMany median'],
		rows: [
			row('recordAnswer (read card, FSRS, 3 puts, 1 transaction)', record),
			row('idb-keyval set × 2 (two transactions)', twoSets),
			row('idb-keyval setMany of two keys (one transaction)', many),
			row('ts-fsrs next alone', bare),
			row('scheduler.next (ts-fsrs + ISO conversion)', wrapped)
		],
		notes: [
			`${runs} runs each over ${facts} facts. recordAnswer also validates its input with zod, ` +
				'checks the review id for idempotency and writes the rid: index.',
			environment
		]
	};
}

async function queueTable(): Promise<BenchTable[]> {
	const factCount = 10_000;
	const reviewsTotal = 100_000;
	const rand = random(42);
	const scheduler = createScheduler();
	const start = Date.parse('2025-01-01T09:00:00.000Z');
	const f = fsrs(generatorParameters({ enable_fuzz: false }));

	// Replay a 100,000-review history through ts-fsrs: each seen fact is answered when due.
	const seen = Math.floor(factCount * 0.8);
	const perFact = Math.round(reviewsTotal / seen);
	const grades: Grade[] = [1, 2, 3, 3, 3, 3, 3, 4];
	const facts: { factId: string; card?: CardState }[] = [];
	let reviews = 0;
	const replay = performance.now();
	for (let i = 0; i < factCount; i++) {
		if (i >= seen) {
			facts.push({ factId: `fact-${i}` });
			continue;
		}
		let card = createEmptyCard(new Date(start + i * 1000));
		let now = card.due;
		for (let r = 0; r < perFact && reviews < reviewsTotal; r++) {
			card = f.next(card, now, grades[Math.floor(rand() * grades.length)]!).card;
			reviews++;
			now = card.due;
		}
		facts.push({
			factId: `fact-${i}`,
			card: {
				due: card.due.toISOString(),
				stability: card.stability,
				difficulty: card.difficulty,
				elapsedDays: card.elapsed_days,
				scheduledDays: card.scheduled_days,
				learningSteps: card.learning_steps,
				reps: card.reps,
				lapses: card.lapses,
				state: (['new', 'learning', 'review', 'relearning'] as const)[card.state],
				lastReview: card.last_review?.toISOString() ?? null
			}
		});
	}
	const replayMs = performance.now() - replay;
	const dueTimes = facts
		.flatMap((x) => (x.card ? [Date.parse(x.card.due)] : []))
		.sort((a, b) => a - b);
	const now = new Date(dueTimes[Math.floor(dueTimes.length / 2)]!);

	const runs = 50;
	buildQueue({ facts, now, newLimit: 20, newIntroducedToday: 0 });
	const queue = timeSync(runs, () =>
		buildQueue({ facts, now, newLimit: 20, newIntroducedToday: 0 })
	);
	const result = buildQueue({ facts, now, newLimit: 20, newIntroducedToday: 0 });
	const seenCards = facts.flatMap((x) => (x.card ? [x.card] : []));
	const fsrsCards = seenCards.map((c) => ({
		...createEmptyCard(),
		due: new Date(c.due),
		stability: c.stability,
		difficulty: c.difficulty,
		reps: c.reps,
		lapses: c.lapses,
		state: (['new', 'learning', 'review', 'relearning'] as const).indexOf(c.state),
		last_review: c.lastReview ? new Date(c.lastReview) : undefined
	})) as Card[];
	// Every card answered Good a day after the last due date of the whole history.
	const later = new Date(dueTimes.at(-1)! + 86_400_000);
	const scheduleAll = timeSync(10, () => {
		for (const card of fsrsCards) f.next(card, later, 3);
	});
	const wrapAll = timeSync(10, () => {
		for (const card of seenCards) scheduler.next(card, 3, later);
	});
	const q = summarize(queue);
	const s = summarize(scheduleAll);
	const w = summarize(wrapAll);

	// Reading 10,000 cards back out of IndexedDB, as the study page does on load.
	const progress = createProgressStore(createStore('bench-cards', 'progress'), null);
	const cardRecords = seenCards.map((card, i) => [
		`card:bench:fact-${i}`,
		{
			v: 1,
			bankId: 'bench',
			factId: `fact-${i}`,
			card,
			updatedAt: card.lastReview ?? new Date(start).toISOString(),
			lastReviewId: null
		}
	]) as [string, unknown][];
	await setMany(cardRecords, createStore('bench-cards', 'progress'));
	const load = await time(10, () => progress.loadCards('bench'));
	const l = summarize(load);

	return [
		{
			title: 'Study queue for 10,000 facts (pure, Node)',
			columns: ['measure', 'median ms', 'p95 ms', '× buildQueue median'],
			rows: [
				['buildQueue, 10,000 facts', q.median, q.p95, 1],
				[
					`ts-fsrs next × ${seenCards.length.toLocaleString('en-US')} cards`,
					s.median,
					s.p95,
					s.median / q.median
				],
				[
					`scheduler.next × ${seenCards.length.toLocaleString('en-US')} cards`,
					w.median,
					w.p95,
					w.median / q.median
				],
				[
					`loadCards, ${seenCards.length.toLocaleString('en-US')} cards (fake-indexeddb + zod)`,
					l.median,
					l.p95,
					l.median / q.median
				]
			],
			notes: [
				`Cards from replaying ${reviews.toLocaleString('en-US')} reviews through ts-fsrs ` +
					`(${replayMs.toFixed(0)} ms, once); ${seen.toLocaleString('en-US')} facts seen, the rest new. ` +
					`Queue at the median due date: ${result.due.length.toLocaleString('en-US')} due + ${result.fresh.length} new.`,
				`buildQueue ${runs} runs; scheduling and loading 10 runs. buildQueue figures are pure JS ` +
					'(comparable across engines); the loadCards row is ' +
					environment
			]
		}
	];
}

/** Study engine costs: saving an answer and building the queue, next to their raw parts. */
export default async function studyBench(): Promise<BenchTable[]> {
	return [await answerTable(), ...(await queueTable())];
}
