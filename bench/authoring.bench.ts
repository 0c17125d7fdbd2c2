import {
	chromium,
	type Browser,
	type BrowserContext,
	type Page,
	type Response
} from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseFrontMatter } from '../src/lib/content/front-matter';
import type { Article } from '../src/lib/schema';
import { freePort, serveBuild } from '../tests/e2e/pwa';
import { formatTable, summarize, type BenchTable } from './table';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'build');
/** What the suite reads and serves: a copy of build/ taken at the start (see snapshotBuild). */
let site = buildDir;
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const seedFile = 'questions/articles/kishida-biden-summit.md';
const seedBank = 'kishida-biden-summit';
/** Generations on /teach/new: the first in a fresh browser context (cold), the rest warm. */
const runs = Number(process.env.AUTHORING_RUNS) || 10;
const nodeRuns = 15;
/** How long each study page is watched after the network goes idle, for late lazy imports. */
const settleMs = 2_000;
/**
 * A piece of compromise's packed lexicon (the "Comparative" entry of its _data.js): a string
 * literal, so it survives minifying, and ASCII, so it survives esbuild's escaping of "¦".
 */
const compromiseMarker = 'bett1f0;arth0ew0in0;er';

/** The pages a learner studies on; none may load the generator. */
const studyPages = [
	'/',
	`/banks/${seedBank}`,
	`/banks/${seedBank}/quiz`,
	`/banks/${seedBank}/review`,
	'/progress',
	'/mine/bank?id=x',
	'/mine/quiz?id=x',
	'/mine/review?id=x',
	'/assignments'
];

/** performance.now() marks in the page, from a capture-phase click listener and a MutationObserver. */
interface GenTimes {
	click?: number;
	/** The first `ol.list > li` in the DOM and visible (checkVisibility). */
	first?: number;
	/** Each change of the number of `ol.list > li`: [time, count]. */
	counts: [number, number][];
	/** A task after the animation frame that follows the last change: the list has been painted. */
	painted?: number;
	heading?: number;
	error?: string;
}

/** Marks from a wrapper around window.Worker: the page's own code is not changed. */
interface WorkerTimes {
	url: string;
	created: number;
	posted?: number;
	firstProgress?: number;
	result?: number;
	outcome?: string;
}

/**
 * Wraps Worker so each worker's creation, request and first/last message are timed on the page's
 * clock. Strings, not functions: tsx compiles functions with name helpers the page does not have.
 */
const wrapWorker = `(() => {
	const Native = window.Worker;
	if (!Native || window.__fdWorkers) return;
	window.__fdWorkers = [];
	window.Worker = class extends Native {
		constructor(url, options) {
			const created = performance.now();
			super(url, options);
			const rec = { url: String(url), created };
			window.__fdWorkers.push(rec);
			this.__fdRec = rec;
			// Registered before the page sets onmessage, so it runs first on each message.
			this.addEventListener('message', (event) => {
				const now = performance.now();
				const type = event.data && event.data.type;
				if (type === 'progress' && rec.firstProgress === undefined) rec.firstProgress = now;
				if (type === 'result' || type === 'error') {
					rec.result = now;
					rec.outcome = type;
				}
			});
		}
		postMessage(...args) {
			if (this.__fdRec.posted === undefined) this.__fdRec.posted = performance.now();
			return super.postMessage(...args);
		}
	};
})();`;

/** Installed after the form is filled, before the click. */
const watchGeneration = `(() => {
	const s = { counts: [] };
	window.__fdGen = s;
	document.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		if (s.click === undefined && button && button.textContent.trim() === 'Generate questions')
			s.click = performance.now();
	}, true);
	let seen = 0;
	const firstVisible = () => {
		const item = document.querySelector('ol.list > li');
		if (!item) return;
		if (item.checkVisibility()) s.first = performance.now();
		else requestAnimationFrame(firstVisible);
	};
	const check = () => {
		const now = performance.now();
		const count = document.querySelectorAll('ol.list > li').length;
		if (count !== seen) {
			seen = count;
			s.counts.push([now, count]);
			if (count > 0) requestAnimationFrame(() => setTimeout(() => (s.painted = performance.now())));
		}
		if (s.first === undefined && count > 0) firstVisible();
		if (s.heading === undefined) {
			const h1 = document.querySelector('h1');
			if (h1 && h1.textContent.trim() === 'Review the questions') s.heading = now;
		}
		const alert = document.querySelector('[role="alert"]');
		if (alert && alert.textContent.trim()) s.error = alert.textContent.trim();
	};
	new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
})();`;

const ms = (x: number | undefined) =>
	x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(x < 1 ? 3 : x < 100 ? 2 : 1);
const bytes = (n: number) => n.toLocaleString('en-US');
const gz = (data: Buffer | string) => gzipSync(data).length;

function loadSeed(): Article {
	const { data, body } = parseFrontMatter(readFileSync(join(root, seedFile), 'utf8'));
	const meta = data as Record<string, unknown>;
	const published =
		meta.published instanceof Date
			? meta.published.toISOString().slice(0, 10)
			: String(meta.published);
	return { ...(meta as Omit<Article, 'id' | 'body'>), published, id: seedBank, body } as Article;
}

/** Builds the site when build/ has no /teach/new (the page under test). */
function ensureBuild(): void {
	if (existsSync(join(buildDir, 'teach/new.html'))) return;
	console.error('[authoring bench] build/teach/new.html missing: running vite build…');
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (r.status !== 0 || !existsSync(join(buildDir, 'teach/new.html')))
		throw new Error('vite build failed, or built no /teach/new');
}

/**
 * Copies build/ to a temporary folder, so a rebuild by someone else during the minute this suite
 * runs cannot mix two builds' files under one page.
 */
function snapshotBuild(): () => void {
	site = mkdtempSync(join(tmpdir(), 'factdeck-authoring-'));
	cpSync(buildDir, site, { recursive: true });
	return () => {
		rmSync(site, { recursive: true, force: true });
		site = buildDir;
	};
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

interface GeneratorFile {
	/** URL path, e.g. /_app/immutable/workers/generate.worker-x.js */
	path: string;
	raw: number;
	gzip: number;
	compromise: boolean;
	kind: string;
	referencedBy: string[];
}

/**
 * The generator's files in the build: the worker scripts and every JavaScript file holding
 * compromise (the main-thread fallback of run-generator.ts imports the generator too).
 */
function findGeneratorFiles(): GeneratorFile[] {
	const js = walk(join(site, '_app')).filter((f) => f.endsWith('.js'));
	const texts = new Map(js.map((f) => [f, readFileSync(f, 'utf8')]));
	const isWorker = (f: string) => f.includes('/workers/') || /\.worker-[^/]*\.js$/.test(f);
	const found = js.filter((f) => isWorker(f) || texts.get(f)!.includes(compromiseMarker));
	return found.map((file) => {
		const text = texts.get(file)!;
		const name = file.split('/').pop()!;
		const compromise = text.includes(compromiseMarker);
		return {
			path: '/' + relative(site, file),
			raw: Buffer.byteLength(text),
			gzip: gz(text),
			compromise,
			kind: isWorker(file)
				? 'module worker (generate.worker.ts)'
				: 'chunk: main-thread fallback of run-generator.ts',
			referencedBy: js
				.filter((other) => other !== file && texts.get(other)!.includes(name))
				.map((other) => relative(join(site, '_app/immutable'), other))
		};
	});
}

interface PageLoad {
	page: string;
	files: { path: string; gzip: number; generator: boolean; compromise: boolean }[];
	workers: string[];
}

/**
 * Loads `path` in a fresh tab and records every JavaScript response (the page's and any worker's)
 * until the network is idle and `settleMs` more, each checked by name and by content.
 */
async function loadPage(
	context: BrowserContext,
	origin: string,
	path: string,
	generatorNames: Set<string>
): Promise<PageLoad> {
	const bodies: Promise<{ path: string; body: Buffer } | undefined>[] = [];
	const onResponse = (response: Response) => {
		const url = new URL(response.url());
		if (!url.pathname.endsWith('.js')) return;
		bodies.push(
			response.body().then(
				(body) => ({ path: url.pathname, body }),
				() => undefined
			)
		);
	};
	context.on('response', onResponse);
	const page = await context.newPage();
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
	try {
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		await page.waitForTimeout(settleMs);
		const got = (await Promise.all(bodies)).filter((b) => b !== undefined);
		const unique = new Map(got.map((b) => [b.path, b.body]));
		return {
			page: path,
			files: [...unique].map(([file, body]) => ({
				path: file,
				gzip: gz(body),
				generator: generatorNames.has(file.split('/').pop()!),
				compromise: body.includes(compromiseMarker)
			})),
			workers
		};
	} finally {
		context.off('response', onResponse);
		await page.close();
	}
}

interface Generation {
	gen: GenTimes;
	workers: WorkerTimes[];
	items: number;
	summary: string;
	/** JavaScript fetched from the click on (the cold run's lazy loads). */
	fetched: { path: string; gzip: number; compromise: boolean }[];
}

/** Opens /teach/new in a fresh tab, pastes the seed, clicks Generate and waits for the list. */
async function generateOnce(
	context: BrowserContext,
	origin: string,
	seed: Article
): Promise<Generation> {
	const page = await context.newPage();
	const pageErrors: string[] = [];
	page.on('pageerror', (error) => pageErrors.push(error.message));
	const bodies: Promise<{ path: string; body: Buffer } | undefined>[] = [];
	let clicked = false;
	const onResponse = (response: Response) => {
		const url = new URL(response.url());
		if (!clicked || !url.pathname.endsWith('.js')) return;
		bodies.push(
			response.body().then(
				(body) => ({ path: url.pathname, body }),
				() => undefined
			)
		);
	};
	context.on('response', onResponse);
	try {
		await page.goto(origin + '/teach/new', { waitUntil: 'networkidle' });
		const button = page.getByRole('button', { name: 'Generate questions' });
		// Enabled once the page has hydrated.
		await expectEnabled(page, pageErrors);
		await page.getByLabel('Title', { exact: true }).fill(seed.title);
		await page.getByLabel('Publisher').fill(seed.publisher);
		await page.getByLabel('Published').fill(seed.published);
		await page.getByLabel('Article text').fill(seed.body);
		// A teacher takes longer than this to paste: the page has started its worker by then.
		await page.waitForFunction('(window.__fdWorkers ?? []).length > 0', undefined, {
			timeout: 10_000
		});
		await page.evaluate(watchGeneration);
		clicked = true;
		await button.click();
		await page.waitForFunction(
			`(() => { const s = window.__fdGen; return !!s && (s.error !== undefined || (s.heading !== undefined && s.first !== undefined && s.painted !== undefined)); })()`,
			undefined,
			{ timeout: 120_000 }
		);
		// Quiet for 500 ms: nothing more is added to the list.
		await page.waitForFunction(
			`(() => { const c = window.__fdGen.counts; return c.length > 0 && performance.now() - c[c.length - 1][0] > 500; })()`,
			undefined,
			{ timeout: 30_000 }
		);
		const gen = (await page.evaluate('window.__fdGen')) as GenTimes;
		if (gen.error && gen.heading === undefined)
			throw new Error(`/teach/new showed an error: ${gen.error}`);
		const workers = ((await page.evaluate('window.__fdWorkers')) ?? []) as WorkerTimes[];
		const items = await page.locator('ol.list > li').count();
		const summary = (await page.getByTestId('draft-counts').textContent())?.trim() ?? '';
		const got = (await Promise.all(bodies)).filter((b) => b !== undefined);
		const fetched = [...new Map(got.map((b) => [b.path, b.body]))].map(([path, body]) => ({
			path,
			gzip: gz(body),
			compromise: body.includes(compromiseMarker)
		}));
		return { gen, workers, items, summary: summary.replace(/\s+/g, ' '), fetched };
	} finally {
		context.off('response', onResponse);
		// close() skips beforeunload: the page asks before leaving an unsaved draft.
		await page.close();
	}
}

async function expectEnabled(page: Page, pageErrors: string[]): Promise<void> {
	try {
		await page
			.getByRole('button', { name: 'Generate questions' })
			.and(page.locator(':enabled'))
			.waitFor({ timeout: 30_000 });
	} catch (error) {
		const errors = pageErrors.length ? ` (page errors: ${pageErrors.join('; ')})` : '';
		throw new Error(`/teach/new: "Generate questions" never became enabled${errors}`, {
			cause: error
		});
	}
}

interface NodeCosts {
	/** import('compromise') alone: its module evaluation (lexicon and plugins), through tsx. */
	importMs: number;
	firstGenerate: number;
	generate: number[];
	nlpFirst: number;
	nlp: number[];
	questions: number;
}

/** The library underneath on its own, in Node (tsx): generateBank and compromise's parse. */
async function nodeCosts(seed: Article): Promise<NodeCosts> {
	let t = performance.now();
	const { default: nlp } = await import('compromise');
	const importMs = performance.now() - t;
	const { generateBank } = await import('../src/lib/generate/index');
	t = performance.now();
	const first = generateBank(seed);
	const firstGenerate = performance.now() - t;
	const time = (fn: () => unknown) => {
		const samples: number[] = [];
		for (let i = 0; i < nodeRuns; i++) {
			const start = performance.now();
			fn();
			samples.push(performance.now() - start);
		}
		return samples;
	};
	const generate = time(() => generateBank(seed));
	t = performance.now();
	nlp(seed.body);
	const nlpFirst = performance.now() - t;
	const parse = time(() => nlp(seed.body));
	return {
		importMs,
		firstGenerate,
		generate,
		nlpFirst,
		nlp: parse,
		questions: first.bank.questions.length
	};
}

function timingTable(
	generations: Generation[],
	node: NodeCosts,
	environment: string,
	seed: Article
): BenchTable {
	const [cold, ...warm] = generations;
	const base = summarize(node.generate).median;
	const row = (name: string, pick: (g: Generation) => number | undefined) => {
		const samples = warm.map(pick).filter((x): x is number => x !== undefined);
		const s = summarize(samples);
		return [
			name,
			ms(cold ? pick(cold) : undefined),
			ms(samples.length ? s.median : undefined),
			ms(samples.length ? s.p95 : undefined),
			samples.length && base > 0 ? `${(s.median / base).toFixed(2)}×` : '—'
		];
	};
	const since = (g: Generation, at: number | undefined) =>
		at === undefined || g.gen.click === undefined ? undefined : at - g.gen.click;
	/** The worker that ran this generation: the one the page posted the article to. */
	const worker = (g: Generation) => g.workers.find((w) => w.posted !== undefined);
	const lastCount = (g: Generation) => g.gen.counts.at(-1)?.[0];
	const nodeRow = (name: string, first: number, samples: number[]) => {
		const s = summarize(samples);
		return [
			name,
			ms(first),
			ms(s.median),
			ms(s.p95),
			base > 0 ? `${(s.median / base).toFixed(2)}×` : '—'
		];
	};
	const items = generations.map((g) => g.items);
	const atOnce = generations.every(
		(g) =>
			g.gen.counts.filter(([, n]) => n > 0).length === 1 && g.gen.counts.at(-1)?.[1] === g.items
	);
	const words = seed.body.split(/\s+/).filter(Boolean).length;
	return {
		title: `Generating questions on /teach/new: the seed article (${words} words), headless Chromium`,
		columns: ['measure', 'cold ms', 'warm median ms', 'warm p95 ms', '× Node generateBank median'],
		rows: [
			row('(a) click → first question (ol.list > li) laid out and visible', (g) =>
				since(g, g.gen.first)
			),
			row(`(b) click → whole list attached (${items[0] ?? 0} × ol.list > li)`, (g) =>
				since(g, lastCount(g))
			),
			row('    click → list painted (a task after the next frame)', (g) => since(g, g.gen.painted)),
			['  where the time goes (page clock, from a wrapper around Worker)', '', '', '', ''],
			row('    click → article posted to the worker (lazy modules, paste check, IndexedDB)', (g) =>
				since(g, worker(g)?.posted)
			),
			row('    posted → first progress message (worker loaded while the teacher pasted)', (g) => {
				const w = worker(g);
				return w?.firstProgress === undefined || w.posted === undefined
					? undefined
					: w.firstProgress - w.posted;
			}),
			row('    first progress → result message (generateBank in the worker)', (g) => {
				const w = worker(g);
				return w?.result === undefined || w.firstProgress === undefined
					? undefined
					: w.result - w.firstProgress;
			}),
			row('    result message → whole list in the DOM (draft model + Svelte)', (g) => {
				const w = worker(g);
				const end = lastCount(g);
				return w?.result === undefined || end === undefined ? undefined : end - w.result;
			}),
			['  the libraries underneath, in Node (tsx)', '', '', '', ''],
			nodeRow(
				'    generateBank(seed)  [cold: first call after import]',
				node.firstGenerate,
				node.generate
			),
			nodeRow('    compromise nlp(body), parse only  [cold: first parse]', node.nlpFirst, node.nlp),
			["    import('compromise') (module evaluation, via tsx)", ms(node.importMs), '—', '—', '—']
		],
		notes: [
			`${runs} generations, each in a new tab of one browser context: the first (cold) right after the ` +
				`context opened, so it fetches the page's lazy modules and the worker file; warm: the other ${warm.length} ` +
				'(p95 of so few runs is about their maximum). Times are performance.now() in the page from the click ' +
				'event on "Generate questions" (a capture listener), marks from a MutationObserver on the list.',
			`List: ${items.join(', ')} items per run (Node generateBank: ${node.questions} questions; page says "${generations[0]?.summary ?? '?'}"). ` +
				(atOnce
					? 'Rendered at once: in every run the first mutation that added items added all of them. ' +
						'So (a) comes after (b): checkVisibility() forces the style and layout of the whole list, which the browser must do before showing any of it.'
					: 'NOT rendered at once: some run added the items in several steps (see the counts).'),
			'The page starts a worker while the teacher pastes (prepareGenerator, 0.5 s after it opens); the bench waits for it before the click, as a teacher pasting an article would. ' +
				'Each run is a new tab, so its worker still evaluates compromise with a cold JIT: the worker row compares with ' +
				"Node's cold call more than its warm median. tests/e2e/static-server.ts sends no cache headers or validators.",
			`Node: ${nodeRuns} runs each after the first; the cold column is the first call in this process (warm already if another suite ran generateBank before).`,
			'Service workers blocked (as in the pwa suite).',
			environment
		]
	};
}

/** compromise on its own, minified by esbuild for the browser: the library's own weight. */
async function compromiseAlone(): Promise<{ raw: number; gzip: number }> {
	const { build } = await import('esbuild');
	const out = await build({
		stdin: {
			contents: "import nlp from 'compromise'; globalThis.nlp = nlp;",
			resolveDir: root,
			loader: 'js'
		},
		bundle: true,
		minify: true,
		write: false,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		logLevel: 'silent'
	});
	const code = out.outputFiles[0]!.contents;
	return { raw: code.length, gzip: gz(Buffer.from(code)) };
}

function bytesTable(
	files: GeneratorFile[],
	alone: { raw: number; gzip: number },
	swPrecached: string[]
): BenchTable {
	const worker = files.find((f) => f.kind.startsWith('module worker'));
	const precached = (f: GeneratorFile) => swPrecached.includes(f.path.split('/').pop()!);
	const installBytes = files.filter(precached).reduce((sum, f) => sum + f.gzip, 0);
	return {
		title: "The generator's lazily loaded files in build/",
		columns: [
			'file',
			'what',
			'raw bytes',
			'gzip bytes',
			'compromise inside',
			'referenced from',
			'in SW precache'
		],
		rows: [
			...files.map((f) => [
				f.path.replace('/_app/immutable/', ''),
				f.kind,
				bytes(f.raw),
				bytes(f.gzip),
				f.compromise ? 'yes' : 'no',
				f.referencedBy.join(', ') || '—',
				precached(f) ? 'yes' : 'no'
			]),
			[
				'(reference) compromise alone',
				'esbuild --bundle --minify, not in build/',
				bytes(alone.raw),
				bytes(alone.gzip),
				'yes',
				'—',
				'—'
			]
		],
		notes: [
			`Found as: every .js under build/_app whose path is a worker's, or whose text holds "${compromiseMarker}" ` +
				"(a string from compromise's packed lexicon). gzip: each file alone, zlib default level.",
			...(worker
				? [
						`The worker is one self-contained file: about ${bytes(worker.gzip - alone.gzip)} of its gzip bytes ` +
							'are not compromise (the generator, zod and the bank schemas).'
					]
				: []),
			`in SW precache: named in build/service-worker.js, so every visitor's service worker downloads it on install ` +
				`(${bytes(installBytes)} gzip bytes of generator here), whatever page they came for; a file not precached ` +
				'is kept by the service worker once a page has fetched it (/teach/new starts its worker on opening), so generating works offline after one visit.'
		]
	};
}

function pagesTable(
	loads: PageLoad[],
	extra: { name: string; load: PageLoad }[],
	staticScan: { html: number; preloads: number; hits: string[] }
): BenchTable {
	const rowOf = (name: string, load: PageLoad) => {
		const generator = load.files.filter((f) => f.generator || f.compromise);
		return [
			name,
			load.files.length,
			bytes(load.files.reduce((sum, f) => sum + f.gzip, 0)),
			load.workers.length ? load.workers.map((w) => w.split('/').pop()).join(', ') : '—',
			generator.length ? `yes: ${generator.map((f) => f.path.split('/').pop()).join(', ')}` : 'no'
		];
	};
	return {
		title: 'Study pages never load the generator (headless Chromium, service worker blocked)',
		columns: ['page', 'JS files loaded', 'JS gzip bytes', 'workers started', 'includes generator?'],
		rows: [
			...loads.map((l) => rowOf(l.page, l)),
			...extra.map((e) => rowOf(`(for contrast) ${e.name}`, e.load))
		],
		notes: [
			`Every JavaScript response (pages and workers) from navigation until the network is idle plus ${settleMs / 1000} s, ` +
				"each checked by file name against the generator's files above and by content for the compromise marker.",
			`Static: ${staticScan.html} HTML files in build/ hold ${staticScan.preloads} modulepreload links, ` +
				(staticScan.hits.length
					? `and these point at a generator file: ${staticScan.hits.join('; ')}.`
					: 'none to a generator file (nor any other mention of one).')
		]
	};
}

/** Every HTML file's modulepreload links (and any other mention) of a generator file. */
function scanHtml(generatorNames: Set<string>): { html: number; preloads: number; hits: string[] } {
	const html = walk(site).filter((f) => f.endsWith('.html'));
	let preloads = 0;
	const hits: string[] = [];
	for (const file of html) {
		const text = readFileSync(file, 'utf8');
		const links = text.match(/<link[^>]*rel="modulepreload"[^>]*>/g) ?? [];
		preloads += links.length;
		for (const name of generatorNames)
			if (text.includes(name)) hits.push(`${relative(site, file)} → ${name}`);
	}
	return { html: html.length, preloads, hits };
}

/**
 * /teach/new generating the seed article in headless Chromium (cold and warm, beside generateBank
 * and compromise in Node), the generator's bytes, and proof that no study page loads them.
 */
export default async function authoringBench(): Promise<BenchTable[]> {
	ensureBuild();
	const seed = loadSeed();
	const node = await nodeCosts(seed);
	const alone = await compromiseAlone();
	const dropSnapshot = snapshotBuild();
	try {
		const files = findGeneratorFiles();
		if (!files.some((f) => f.compromise))
			throw new Error(`no file in build/ holds compromise (marker "${compromiseMarker}")`);
		const names = new Set(files.map((f) => f.path.split('/').pop()!));
		const serviceWorker = join(site, 'service-worker.js');
		const sw = existsSync(serviceWorker) ? readFileSync(serviceWorker, 'utf8') : '';
		const swPrecached = [...names].filter((n) => sw.includes(n));
		const staticScan = scanHtml(names);
		const browserRuns = await inBrowser(seed, names);
		const tables = [
			timingTable(browserRuns.generations, node, browserRuns.environment, seed),
			bytesTable(files, alone, swPrecached),
			pagesTable(browserRuns.loads, browserRuns.contrast, staticScan)
		];
		const offending = browserRuns.loads.filter((l) =>
			l.files.some((f) => f.generator || f.compromise)
		);
		if (offending.length || staticScan.hits.length) {
			for (const table of tables) console.log(formatTable(table) + '\n');
			throw new Error(
				`study pages load the generator: ${[
					...offending.map((l) => l.page),
					...staticScan.hits
				].join(', ')}`
			);
		}
		return tables;
	} finally {
		dropSnapshot();
	}
}

/** The generations on /teach/new, then each study page, in one headless Chromium. */
async function inBrowser(seed: Article, names: Set<string>) {
	const server = await serveBuild(site, await freePort());
	let browser: Browser | undefined;
	try {
		browser = await chromium.launch({
			executablePath: chromePath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync']
		});
		const environment =
			`Headless Chromium ${browser.version()} on this machine (${cpus().length} cores, ` +
			`${cpus()[0]?.model.trim() ?? 'unknown CPU'}, load average ${loadavg()[0]!.toFixed(1)} at start), no throttling.`;

		const genContext = await browser.newContext({ serviceWorkers: 'block' });
		await genContext.addInitScript({ content: wrapWorker });
		const generations: Generation[] = [];
		for (let i = 0; i < runs; i++)
			generations.push(await generateOnce(genContext, server.origin, seed));
		const teachBefore = await loadPage(genContext, server.origin, '/teach/new', names);
		await genContext.close();

		const studyContext = await browser.newContext({ serviceWorkers: 'block' });
		const loads: PageLoad[] = [];
		for (const path of studyPages)
			loads.push(await loadPage(studyContext, server.origin, path, names));
		await studyContext.close();

		const cold = generations[0];
		const contrast = [
			{ name: '/teach/new before Generate', load: teachBefore },
			{
				name: '/teach/new, Generate clicked (cold run, from the click)',
				load: {
					page: '/teach/new',
					files: (cold?.fetched ?? []).map((f) => ({
						...f,
						generator: names.has(f.path.split('/').pop()!)
					})),
					workers: cold?.workers.map((w) => w.url) ?? []
				}
			}
		];
		return { environment, generations, loads, contrast };
	} finally {
		await browser?.close();
		await server.stop();
	}
}
