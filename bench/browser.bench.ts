import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { benchPage, bundleEntry, ensureSite, startHarness, type Harness } from './browser/harness';
import { summarize, type BenchTable } from './table';

type Bench = typeof import('./browser/entry');
declare global {
	interface Window {
		factdeckBench: Bench;
		__firstCard?: number;
	}
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedBank = 'kishida-biden-summit';
const answerRuns = 200;
const queueFacts = 10_000;
const queueReviews = 100_000;
const pageLoads = 10;
const targets = { answerP95: 20, answerVsRaw: 2.5, queue: 50, firstCard: 300 };

/** Milliseconds as text: three decimals under 1 ms, two above. */
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 0.01 ? 4 : x < 1 ? 3 : 2) : '—');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(a / b < 10 ? 2 : 1)}×` : '—');
const verdict = (value: number, limit: number) =>
	`${value <= limit ? 'PASS' : 'FAIL'} (≤ ${limit} ms)`;
const n = (x: number) => x.toLocaleString('en-US');

let environment = 'headless Chromium';

async function answerTable(page: Page): Promise<BenchTable> {
	const r = await page.evaluate((o) => window.factdeckBench.answerBench(o), {
		db: 'bench-x',
		rawDb: 'bench-x-raw',
		runs: answerRuns,
		facts: 20
	});
	const base = summarize(r.many);
	const row = (name: string, samples: number[], target?: string) => {
		const s = summarize(samples);
		return [name, ms(s.median), ms(s.p95), ratio(s.median, base.median), target ?? '—'];
	};
	const rec = summarize(r.record);
	return {
		title: 'Persisting one answer (headless Chromium, real IndexedDB)',
		columns: ['measure', 'median ms', 'p95 ms', '× setMany median', 'target p95'],
		rows: [
			row(
				'recordAnswer (zod, read card + rid + dueidx, FSRS, 4 puts, 1 tx)',
				r.record,
				verdict(rec.p95, targets.answerP95)
			),
			row('idb-keyval setMany, same 2 records (1 tx)', r.many),
			row('idb-keyval set × 2, same 2 records (2 tx)', r.twoSets),
			row('ts-fsrs next alone', r.bare),
			row('scheduler.next (ts-fsrs + ISO conversion)', r.wrapped)
		],
		notes: [
			`${answerRuns} runs each, over 20 facts, in a dedicated database (bench-x) after 11 warm-up answers. ` +
				'Timer resolution is 0.1 ms (no cross-origin isolation), so the FSRS rows are means over ' +
				'batches of 50 calls.',
			environment
		]
	};
}

async function queueTable(page: Page, now: number): Promise<BenchTable> {
	const bankId = 'bench-queue';
	const seeded = await page.evaluate((o) => window.factdeckBench.seedQueue(o), {
		db: 'bench-queue',
		bankId,
		facts: queueFacts,
		reviews: queueReviews,
		now
	});
	const r = await page.evaluate((o) => window.factdeckBench.queueBench(o), {
		db: 'bench-queue',
		bankId,
		now,
		runs: 50,
		ioRuns: 5,
		// A p95 of about 1 ms in steps of 0.1 ms (the browser's clock): 600 answers give it
		// 30 samples above it, where 200 gave 10 and a single slow write moved the ratio by 0.5.
		answerRuns: 600
	});
	const q = summarize(r.queueOnly);
	const lb = summarize(r.loadAndBuild);
	const raw = summarize(r.rawCards);
	const fs = summarize(r.fsrsAll);
	const row = (name: string, samples: number[], base: number, target?: string) => {
		const s = summarize(samples);
		return [name, ms(s.median), ms(s.p95), ratio(s.median, base), target ?? '—'];
	};
	return {
		title: `Due queue for ${n(queueFacts)} facts with ${n(queueReviews)} logged reviews (headless Chromium)`,
		columns: ['measure', 'median ms', 'p95 ms', '× raw baseline median', 'target median'],
		rows: [
			row(
				`(a) buildQueue alone, ${n(queueFacts)} facts  [base: ts-fsrs next × ${n(r.fsrsCount)}]`,
				r.queueOnly,
				fs.median,
				verdict(q.median, targets.queue)
			),
			row(
				'(b) loadDueIndex(bank) + buildDueQueue (what the page does)  [base: raw getAll cards]',
				r.loadAndBuild,
				raw.median,
				verdict(lb.median, targets.queue)
			),
			row('    loadDueIndex(bank) alone (1 record, zod)', r.loadIndexOnly, raw.median),
			row(
				`    raw IDB get dueidx:<bank> (1 record, ${n(r.cardCount)} entries)`,
				r.rawIndex,
				raw.median
			),
			row(
				'(b, before) loadCards(bank) + buildQueue (the page until now)',
				r.cardsAndBuild,
				raw.median
			),
			row('    loadCards(bank) alone', r.loadOnly, raw.median),
			row(
				`raw IDB getAllKeys+getAll, card:<bank>: (${n(r.cardCount)} records)`,
				r.rawCards,
				raw.median
			),
			row(
				`raw IDB getAllKeys+getAll, card: + review: + undo: (${n(r.allCount)} records)`,
				r.rawAll,
				raw.median
			),
			row(`zod readRecord('card') × ${n(r.cardCount)} (no IO)`, r.rawValidate, raw.median),
			row(
				'sketch: card: range only (getAll values) + zod + buildQueue  [a card-only loadCards]',
				r.sketch,
				raw.median,
				verdict(summarize(r.sketch).median, targets.queue) + ' (not the app)'
			),
			row(
				"sketch: the bank's cards packed in ONE record (get + zod + buildQueue)",
				r.packed,
				raw.median,
				verdict(summarize(r.packed).median, targets.queue) + ' (not the app)'
			),
			row(`ts-fsrs next × ${n(r.fsrsCount)} cards`, r.fsrsAll, raw.median),
			row(
				`recordAnswer into this bank (card, review, rid, one due index entry, figures record; 1 tx)`,
				r.bigAnswer,
				raw.median,
				`${verdict(summarize(r.bigAnswer).p95, targets.answerP95)} p95`
			),
			row(
				`    the same with the bank's totals kept too (one change beside their record; 50 answers)`,
				r.withTotals,
				raw.median
			),
			row(
				'    idb-keyval set, one card-sized record, same database (alternating with the above)',
				r.rawWrite,
				raw.median
			),
			[
				'    recordAnswer p95 ÷ idb-keyval set p95',
				'—',
				ratio(summarize(r.bigAnswer).p95, summarize(r.rawWrite).p95),
				'—',
				`${summarize(r.bigAnswer).p95 <= targets.answerVsRaw * summarize(r.rawWrite).p95 ? 'PASS' : 'FAIL'} (≤ ${targets.answerVsRaw}×)`
			]
		],
		notes: [
			`One bank, ${n(queueFacts)} card records (each from 1–8 createScheduler().next calls) and ` +
				`${n(queueReviews)} review records, ${n(seeded.records)} records ` +
				`written in 5,000-record transactions in ${(seeded.writeMs / 1000).toFixed(1)} s (dedicated database bench-queue).`,
			`recordAnswer rows: ${r.bigAnswer.length} answers after the other rows, spread over the bank, each followed by one idb-keyval set; load average ${loadavg()
				.map((x) => x.toFixed(2))
				.join(
					' '
				)} at the end. Queue now: ${n(r.due)} due + ${r.fresh} new; the queue from the due index ${r.sameQueue ? 'equals' : 'DIFFERS FROM'} ` +
				'the queue from the full cards. buildQueue 50 runs; IO rows (interleaved) and ts-fsrs 5 runs.',
			'Ratio base: row (a) against ts-fsrs next over the same cards, the others against the raw card getAll.',
			environment
		]
	};
}

async function historyTable(page: Page, now: number): Promise<BenchTable> {
	const bankId = 'bench-queue';
	const r = await page.evaluate((o) => window.factdeckBench.historyBench(o), {
		db: 'bench-queue',
		emptyDb: 'bench-empty',
		importDb: 'bench-import',
		bankId,
		now,
		// Enough for medians that a busy machine's spikes move little (a run takes about 0.5 s).
		runs: 15
	});
	const empty = summarize(r.figuresEmpty).median;
	const lightEmpty = summarize(r.figuresLightEmpty).median;
	const rawReviews = summarize(r.rawReviews).median;
	const row = (name: string, samples: number[], base: number, target?: string) => {
		const s = summarize(samples);
		return [name, ms(s.median), ms(s.p95), ratio(s.median, base), target ?? '—'];
	};
	const figures = summarize(r.figures).median;
	const exportMs = summarize(r.exportMs).median;
	const importMs = summarize(r.importMs).median;
	return {
		title: `A long history: ${n(queueReviews)} reviews in one bank of ${n(queueFacts)} facts (headless Chromium)`,
		columns: ['measure', 'median ms', 'p95 ms', '× base median', 'target'],
		rows: [
			row(
				'progress figures (stats: the figures record + answer days)  [base: empty database]',
				r.figures,
				empty,
				`${figures <= 1.5 * empty ? 'PASS' : 'FAIL'} (≤ 1.5× empty)`
			),
			row('    the same, empty database', r.figuresEmpty, empty),
			row(
				'    what /progress reads first: the light read (hand checks, no zod; the store only when it answers undefined)',
				r.figuresLight,
				lightEmpty,
				`${summarize(r.figuresLight).median <= 1.5 * lightEmpty ? 'PASS' : 'FAIL'} (≤ 1.5× its empty)`
			),
			row('        the light read, empty database  [its base]', r.figuresLightEmpty, lightEmpty),
			row(
				"        raw IDB read of the records it asks for (one transaction, no checks): this layout's floor",
				r.lightRaw,
				lightEmpty
			),
			row('        the same raw read, empty database', r.lightRawEmpty, lightEmpty),
			row('    before: loadCards + loadReviews (whole log) + computeStats', r.figuresBefore, empty),
			row(
				'    first read on a database without totals (rebuilt from the log, once)',
				r.rebuild,
				empty
			),
			row(
				'    first figures read without the figures record (built from the cards and the log, once)',
				r.figuresRebuild,
				empty
			),
			row(
				'    first streak read without the answer days (built from the review keys, once)',
				r.daysRebuild,
				empty
			),
			row(
				`    the streak read from the log instead (readStreak, one step a day: ${n(r.streakDays)} days)`,
				r.streak,
				empty
			),
			row('    the totals alone (loadTotals, record + changes; = the row below)', r.wrong, empty),
			row('"only what I got wrong" (wrongQuestionIds from the totals)', r.wrong, rawReviews),
			row('    before: latest answer per question from the whole log', r.wrongBefore, rawReviews),
			row(`    raw IDB count of the bank's review range`, r.rawCount, rawReviews),
			row(
				`    raw IDB getAllKeys+getAll of the bank's review range  [base]`,
				r.rawReviews,
				rawReviews
			),
			row(
				`export (progress + settings sections, read 2,000 records per transaction, ${(r.fileBytes / 1e6).toFixed(1)} MB of JSON)`,
				r.exportMs,
				summarize(r.rawRead).median,
				`${exportMs <= 5000 ? 'PASS' : 'FAIL'} (≤ 5 s)`
			),
			row(
				`import of that file into an empty database (validate, replay, ${n(r.importedRecords)} records stored in ${n(Math.ceil(r.importedRecords / 2_000))}-odd transactions)  [base: raw batched put]`,
				r.importMs,
				summarize(r.rawWriteBatched).median,
				`${importMs <= 10_000 ? 'PASS' : 'FAIL'} (≤ 10 s)`
			),
			row(
				'    the whole-file check alone (JSON.parse, zod, plain-text check; no IO)',
				r.validateMs,
				summarize(r.rawWriteBatched).median
			),
			row(
				`    raw IDB getAllKeys+getAll of every record (${n(r.storedRecords)})  [export base]`,
				r.rawRead,
				summarize(r.rawRead).median
			),
			row(
				`    raw IDB getAllKeys+getAll of every record, 2,000 per transaction`,
				r.rawReadChunked,
				summarize(r.rawRead).median
			),
			row(
				`    raw IDB put of the same ${n(r.storedRecords)} records, one transaction`,
				r.rawWrite,
				summarize(r.rawWriteBatched).median
			),
			row(
				`    raw IDB put of the same records, 2,000 per transaction  [import base]`,
				r.rawWriteBatched,
				summarize(r.rawWriteBatched).median
			),
			row(
				`    sketch: the same with the reviews packed 50 a record (${n(r.packedRecords)} records; not the app)`,
				r.rawWritePacked,
				summarize(r.rawWriteBatched).median
			)
		],
		notes: [
			`The queue table's database (${n(queueReviews)} reviews, ${n(queueFacts)} cards). Figures and ` +
				`"only wrong": ${r.figures.length} interleaved runs after one warm-up (before rows: 2 runs). ` +
				`The figures from the figures record ${r.same ? 'equal' : 'DIFFER FROM'} the figures from the whole log ` +
				`(the light read's ${r.lightSame ? 'equal' : 'DIFFER FROM'} the store's), ` +
				`and so do the wrong questions. Export and import: one run each, ${n(r.records)} reviews in the file; ` +
				`the import's bar moved ${n(r.importBatches)} times. The import stores about the raw rows' records ` +
				`(each review, no rid: record since the review keys name their ids; the cards, totals, figures record and due index), ` +
				`so its floor is the raw batched put: one record per review keeps it far above 10 s on this machine ` +
				`(the cost is per record, not per byte: the packed sketch writes every byte in a tenth of the time). ` +
				`Load average ${loadavg()
					.map((x) => x.toFixed(2))
					.join(' ')} at the end (a shared, busy machine: IndexedDB's raw cost moves with it).`,
			environment
		]
	};
}

interface BankPayload {
	bank: {
		facts: { id: string }[];
		questions: { id: string; factId?: string | null; type: string }[];
	};
}

/** Time from navigation start until the first card's prompt is visible, per load (ms). */
async function openReview(page: Page, url: string, loads: number): Promise<number[]> {
	const samples: number[] = [];
	for (let i = 0; i <= loads; i++) {
		await page.goto(url, { waitUntil: 'commit' });
		const handle = await page.waitForFunction(() => window.__firstCard, undefined, {
			timeout: 60_000
		});
		const at = (await handle.jsonValue()) as number;
		if (i > 0) samples.push(at); // the first load warms the HTTP cache and the JIT
	}
	return samples;
}

/**
 * Records performance.now() the first time `.prompt[data-question-id]` is in the DOM and visible.
 * A string, not a function: tsx compiles functions with name helpers the page does not have.
 */
const watchFirstCard = `(() => {
	const check = () => {
		if (window.__firstCard !== undefined) return true;
		const el = document.querySelector('.prompt[data-question-id]');
		if (el && el.checkVisibility()) {
			window.__firstCard = performance.now();
			return true;
		}
		return false;
	};
	const observer = new MutationObserver(() => {
		if (check()) observer.disconnect();
	});
	observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

async function pageTable(h: Harness, bench: Page, now: number): Promise<BenchTable> {
	const payload = JSON.parse(
		readFileSync(join(root, `build/api/banks/${seedBank}.json`), 'utf8')
	) as BankPayload;
	const url = `${h.origin}/banks/${seedBank}/review`;
	const nav = await h.context.newPage();
	await nav.addInitScript({ content: watchFirstCard });
	try {
		const empty = await openReview(nav, url, pageLoads);
		const seeded = await bench.evaluate(
			(o) => window.factdeckBench.seedPage(o as Parameters<Bench['seedPage']>[0]),
			{
				db: 'factdeck',
				bankId: seedBank,
				facts: payload.bank.facts.map((f) => ({ id: f.id })),
				questions: payload.bank.questions.map((q) => ({
					id: q.id,
					factId: q.factId ?? null,
					type: q.type
				})),
				totalCards: queueFacts,
				reviews: queueReviews,
				now
			}
		);
		const history = await openReview(nav, url, pageLoads);
		await nav.goto(h.origin + '/__bench__');
		const parts = await bench.evaluate((o) => window.factdeckBench.pagePartsBench(o), {
			db: 'factdeck',
			bankId: seedBank,
			runs: 3
		});
		const e = summarize(empty);
		const w = summarize(history);
		const p = (name: string, samples: number[], base: number) => {
			const s = summarize(samples);
			return [name, ms(s.median), ms(s.p95), ratio(s.median, base), '—'];
		};
		const raw = summarize(parts.raw).median;
		return {
			title: `Opening /banks/${seedBank}/review to the first card (headless Chromium)`,
			columns: ['measure', 'median ms', 'p95 ms', '× baseline median', 'target median'],
			rows: [
				['empty database (baseline)', ms(e.median), ms(e.p95), '1.00×', '—'],
				[
					`${n(queueReviews)} reviews in this bank, ${n(queueFacts)} cards in all`,
					ms(w.median),
					ms(w.p95),
					ratio(w.median, e.median),
					verdict(w.median, targets.firstCard)
				],
				[
					`in-page parts with that history  [base: raw getAll of this bank's cards]`,
					'',
					'',
					'',
					''
				],
				p('    loadSettings', parts.settings, raw),
				p(`    loadCards('${seedBank}') (stats; no longer on this page)`, parts.cards, raw),
				p(`    loadDueIndex('${seedBank}') (the queue)`, parts.dueIndex, raw),
				p('    loadCard(bank, one fact) (the card shown)', parts.oneCard, raw),
				p('    loadReviewsSince(bank, start of today)', parts.since, raw),
				p(
					`    raw IDB getAll, card:${seedBank}: (${payload.bank.facts.length} records)`,
					parts.raw,
					raw
				),
				p(`    raw IDB getAll, card: + review: + undo: of the bank`, parts.rawAll, raw),
				p(
					'    sketch: card: range only (getAll values) + zod  [a card-only loadCards]',
					parts.sketch,
					raw
				)
			],
			notes: [
				`Time from navigation start (performance.now() in the page) until .prompt[data-question-id] is ` +
					`in the DOM and visible; median of ${pageLoads} loads after one warm-up load, served by ` +
					'tests/e2e/static-server.ts from build/.',
				`History: cards for all ${payload.bank.facts.length} facts of ${seedBank} + ${n(queueFacts - payload.bank.facts.length)} ` +
					`cards of other banks, ${n(queueReviews)} reviews spread over the bank's facts, ` +
					`none today; ${n(seeded.records)} records written to the app's own factdeck/progress database ` +
					`in ${(seeded.writeMs / 1000).toFixed(1)} s. In-page parts: 3 interleaved runs each.`,
				environment
			]
		};
	} finally {
		await nav.close().catch(() => undefined);
	}
}

const tabGrades = Number(process.env.BENCH_GRADES) || 1_000;

/** One flashcard grade in a tab: turn the card if it is face down, press the grade, wait for the count. */
async function gradeShown(tab: Page, key: string, reviewed: number): Promise<number> {
	const show = tab.getByRole('button', { name: /Show answer/ });
	const answer = tab.locator('.back .answer');
	await show.or(answer).first().waitFor({ state: 'visible', timeout: 30_000 });
	if (await show.isVisible()) await tab.keyboard.press('Space');
	await answer.waitFor({ state: 'visible', timeout: 30_000 });
	const t = performance.now();
	await tab.keyboard.press(key);
	await tab
		.getByTestId('queue-counts')
		.filter({ hasText: new RegExp(`(?<!\\d)${reviewed} reviewed`) })
		.waitFor({ state: 'visible', timeout: 30_000 });
	return performance.now() - t;
}

/**
 * The two-tab run of a learner who studies one bank in two tabs: grades alternate between the
 * tabs, each tab is reloaded every 100 grades, and two spells of 100 grades are made offline
 * (one reload inside each). Then every stored review and card is read back raw: none lost, none
 * twice, each fact's log chained in time order.
 */
async function twoTabTable(h: Harness, bench: Page): Promise<BenchTable> {
	await bench.goto(h.origin + '/__bench__');
	await bench.evaluate(
		() =>
			new Promise<void>((ok, fail) => {
				const req = indexedDB.deleteDatabase('factdeck');
				req.onsuccess = () => ok();
				req.onerror = () => fail(req.error);
			})
	);
	const url = `${h.origin}/banks/${seedBank}/review`;
	const tabs = [await h.context.newPage(), await h.context.newPage()];
	const times: number[] = [];
	const reviewed = [0, 0];
	let reloads = 0;
	let offlineGrades = 0;
	const started = performance.now();
	try {
		for (const tab of tabs) {
			await tab.goto(url);
			// A page the service worker controls, so that a reload offline still loads.
			await tab.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			await tab.reload();
		}
		const offline = (i: number) => (i >= 300 && i < 400) || (i >= 700 && i < 800);
		for (let i = 0; i < tabGrades; i++) {
			const t = i % 2;
			await h.context.setOffline(offline(i));
			if (i > 0 && i % 100 === 50) {
				const which = (i / 100) % 2 < 1 ? 0 : 1;
				await tabs[which]!.reload();
				reviewed[which] = 0;
				reloads++;
			}
			if (offline(i)) offlineGrades++;
			// Again and Hard keep every card in learning, so the queue never runs dry.
			times.push(await gradeShown(tabs[t]!, i % 3 === 0 ? '2' : '1', ++reviewed[t]!));
		}
		await h.context.setOffline(false);
		// No named functions inside: the page gets the source as it is, without the bundler's helpers.
		const stored = await tabs[0]!.evaluate(async (bankId) => {
			const db = await new Promise<IDBDatabase>((ok, fail) => {
				const open = indexedDB.open('factdeck');
				open.onsuccess = () => ok(open.result);
				open.onerror = () => fail(open.error);
			});
			const out: unknown[][] = [];
			for (const prefix of [`review:${bankId}:`, `card:${bankId}:`])
				out.push(
					await new Promise<unknown[]>((ok, fail) => {
						const req = db
							.transaction('progress')
							.objectStore('progress')
							.getAll(IDBKeyRange.bound(prefix, prefix + '\uffff'));
						req.onsuccess = () => ok(req.result);
						req.onerror = () => fail(req.error);
					})
				);
			db.close();
			return { reviews: out[0]!, cards: out[1]! };
		}, seedBank);
		type Stored = {
			id: string;
			factId: string;
			reviewedAt: string;
			previousReviewId: string | null;
			previous: unknown;
			card: { reps: number };
		};
		const reviews = stored.reviews as Stored[];
		const cards = stored.cards as {
			factId: string;
			lastReviewId?: string;
			card: { reps: number };
		}[];
		const ids = new Set(reviews.map((r) => r.id));
		const byFact = new Map<string, Stored[]>();
		for (const r of reviews) byFact.set(r.factId, [...(byFact.get(r.factId) ?? []), r]);
		let outOfOrder = 0;
		let unchained = 0;
		for (const log of byFact.values()) {
			log.sort((a, b) => (a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : 0));
			log.forEach((r, i) => {
				const before = log[i - 1];
				if (before && r.reviewedAt < before.reviewedAt) outOfOrder++;
				if (r.previousReviewId !== (before?.id ?? null)) unchained++;
				if (JSON.stringify(r.previous) !== JSON.stringify(before?.card ?? null)) unchained++;
			});
		}
		const cardsBehind = cards.filter((c) => {
			const log = byFact.get(c.factId) ?? [];
			return log.length > 0 && (c.lastReviewId !== log.at(-1)!.id || c.card.reps !== log.length);
		}).length;
		const lost = tabGrades - ids.size;
		const twice = reviews.length - ids.size;
		const s = summarize(times);
		const verdict = (x: number) => (x === 0 ? 'PASS (0)' : `FAIL (${x}; target 0)`);
		return {
			title: `Two tabs, ${n(tabGrades)} flashcard grades with reloads and offline spells (headless Chromium, the app's own database)`,
			columns: ['measure', 'value', 'target'],
			rows: [
				['grades made (alternating tabs)', n(tabGrades), '—'],
				['  of which offline', n(offlineGrades), '—'],
				['reloads (a tab every 100 grades, one in each offline spell)', n(reloads), '—'],
				['reviews stored', n(reviews.length), '—'],
				['grades lost', n(lost), verdict(lost)],
				['grades stored twice', n(twice), verdict(twice)],
				["reviews out of time order in their fact's log", n(outOfOrder), verdict(outOfOrder)],
				[
					"reviews not applied to the state their fact's previous review left",
					n(unchained),
					verdict(unchained)
				],
				["cards whose state is not their log's last review", n(cardsBehind), verdict(cardsBehind)],
				['facts graded', n(byFact.size), '—'],
				[
					'one grade, key press to the count updated: median / p95 ms',
					`${ms(s.median)} / ${ms(s.p95)}`,
					'—'
				]
			],
			notes: [
				`Again and Hard alternate so the cards stay in learning; offline for grades 300–399 and 700–799 (context offline, the service worker serving reloads). Whole run ${((performance.now() - started) / 1000).toFixed(0)} s. BENCH_GRADES sets the number of grades.`,
				environment
			]
		};
	} finally {
		await h.context.setOffline(false).catch(() => undefined);
		for (const tab of tabs) await tab.close().catch(() => undefined);
	}
}

/**
 * Study engine costs in headless Chromium against real (on-disk) IndexedDB, next to the raw
 * cost of idb-keyval / IndexedDB and ts-fsrs underneath.
 */
export default async function browserBench(): Promise<BenchTable[]> {
	const started = performance.now();
	ensureSite();
	const bundle = await bundleEntry();
	// BENCH_PORT picks the port (several people may run benches on one machine).
	const h = await startHarness(Number(process.env.BENCH_PORT) || 4191);
	try {
		const bench = await benchPage(h, bundle);
		const version = await bench.evaluate(async () => {
			const data = (
				navigator as {
					userAgentData?: {
						getHighEntropyValues(h: string[]): Promise<{ uaFullVersion?: string }>;
					};
				}
			).userAgentData;
			return (await data?.getHighEntropyValues(['uaFullVersion']))?.uaFullVersion ?? '?';
		});
		environment =
			`Figures are headless Chromium ${version} on this machine (${cpus().length} cores, ` +
			`${cpus()[0]?.model.trim() ?? 'unknown CPU'}, load average ${loadavg()[0]!.toFixed(1)} at start), ` +
			'on-disk profile, no throttling; ' +
			'other machines and real devices will differ.';
		const now = Date.now();
		const tables: BenchTable[] = [];
		try {
			const phase = async (name: string, run: () => Promise<BenchTable>) => {
				const t = performance.now();
				tables.push(await run());
				console.error(`[browser bench] ${name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
			};
			// BENCH_PHASES=queue,history runs only those phases (history needs queue's database);
			// "two tabs" is the 1,000-grade run.
			const only = process.env.BENCH_PHASES?.split(',');
			const run = (name: string) => !only || only.includes(name);
			if (run('answer')) await phase('answer', () => answerTable(bench));
			if (run('queue')) await phase('queue', () => queueTable(bench, now));
			if (run('history')) await phase('history', () => historyTable(bench, now));
			if (run('two tabs')) await phase('two tabs', () => twoTabTable(h, bench));
			if (run('review page')) await phase('review page', () => pageTable(h, bench, now));
		} finally {
			// Close every connection (a new document drops the old one's), then delete the databases.
			await bench.goto(h.origin + '/__bench__').catch(() => undefined);
			const deleted = await bench
				.evaluate(
					(names) =>
						Promise.all(
							names.map(
								(name) =>
									new Promise<string>((ok) => {
										const req = indexedDB.deleteDatabase(name);
										req.onsuccess = () => ok(`${name}: deleted`);
										req.onblocked = () => ok(`${name}: blocked`);
										req.onerror = () => ok(`${name}: ${String(req.error)}`);
									})
							)
						),
					[
						'bench-x',
						'bench-x-raw',
						'bench-queue',
						'bench-empty',
						'bench-import',
						'bench-import-raw',
						'bench-import-raw2',
						'bench-import-raw3',
						'factdeck'
					]
				)
				.catch((error: unknown) => [String(error)]);
			if (deleted.some((d) => !d.endsWith('deleted'))) {
				console.error('[browser bench] cleanup:', deleted.join(', '));
			}
		}
		const seconds = ((performance.now() - started) / 1000).toFixed(0);
		tables.at(-1)!.notes!.push(`Whole browser suite: ${seconds} s.`);
		return tables;
	} finally {
		await h.close();
	}
}
