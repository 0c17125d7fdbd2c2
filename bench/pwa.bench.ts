import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { freePort, serveBuild } from '../tests/e2e/pwa';
import type { BenchTable } from './table';

/**
 * The checkout whose build is measured: this one, or another (PWA_ROOT=/path/to/checkout, built
 * there) to compare two builds with the same bench, alternating runs on a shared machine.
 */
const root = process.env.PWA_ROOT
	? resolve(process.env.PWA_ROOT)
	: resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'build');
/** Written by vite.config.ts at each build: the modules inside each client file. */
const modulesFile = join(root, '.svelte-kit/output/client-modules.json');
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const chromeFlags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
const seedBank = 'kishida-biden-summit';
/** Preloaded by the HTML (needed to hydrate), and everything fetched before the first input. */
const budgetKb = 50;
const loadBudgetKb = 70;
const targets = { performance: 95, accessibility: 100, lcpMs: 2500 };

/** The pages a learner lands on, as URL paths and as the prerendered files behind them. */
const pages = [
	{ name: 'home', path: '/', file: 'index.html' },
	{ name: 'bank', path: `/banks/${seedBank}`, file: `banks/${seedBank}.html` },
	{ name: 'quiz', path: `/banks/${seedBank}/quiz`, file: `banks/${seedBank}/quiz.html` },
	{ name: 'review', path: `/banks/${seedBank}/review`, file: `banks/${seedBank}/review.html` },
	{ name: 'progress', path: '/progress', file: 'progress.html' }
];
/** Lighthouse runs per page and server; the table reports their median. */
const lighthouseRuns = Number(process.env.PWA_RUNS ?? 3);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipSize = (urlPath: string) =>
	gzipSync(readFileSync(join(buildDir, decodeURIComponent(urlPath)))).length;

/** Builds the site when build/ is missing, predates the service worker or has no module report. */
function ensureBuild(): void {
	if (existsSync(join(buildDir, 'service-worker.js')) && existsSync(modulesFile)) {
		// Any later build (e.g. the sub-path one of the e2e tests) rewrites the module report.
		const report = readFileSync(modulesFile, 'utf8');
		const files = readFileSync(join(buildDir, 'index.html'), 'utf8').match(
			/_app\/immutable\/[^"]*\.js/g
		);
		if (files?.every((f) => report.includes(`"${f}"`))) return;
	}
	console.error('[pwa bench] no complete build: running vite build…');
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (r.status !== 0) throw new Error('vite build failed');
}

/**
 * The same site gzipped, as every static host sends it: a proxy in front of the test server,
 * which sends files uncompressed.
 */
async function gzipProxy(target: string): Promise<{ origin: string; stop: () => void }> {
	const port = await freePort();
	const server = createHttpServer((request, response) => {
		void fetch(target + (request.url ?? '/')).then(async (upstream) => {
			const body = Buffer.from(await upstream.arrayBuffer());
			const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
			const compressible = /text|javascript|json|svg|manifest/.test(type);
			response.writeHead(upstream.status, {
				'content-type': type,
				...(compressible ? { 'content-encoding': 'gzip' } : {})
			});
			response.end(compressible ? gzipSync(body) : body);
		});
	});
	await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
	return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

/** Who wrote the bytes: the framework, one of the libraries, or this project. */
type Owner = 'framework' | 'zod' | 'ts-fsrs' | 'idb-keyval' | 'other libraries' | 'ours';
const libraries = ['zod', 'ts-fsrs', 'idb-keyval'] as const;

function ownerOf(moduleId: string): Owner {
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleId)?.[1];
	if (pkg) {
		if (/^(svelte|@sveltejs\/.*|devalue|clsx|esm-env)$/.test(pkg)) return 'framework';
		return (libraries as readonly string[]).includes(pkg) ? (pkg as Owner) : 'other libraries';
	}
	// SvelteKit's generated app (router, root component) and Vite's preload helper.
	if (moduleId.includes('.svelte-kit/generated') || !moduleId.startsWith('src/'))
		return 'framework';
	return 'ours';
}

/**
 * Each file's gzipped size split between owners in proportion to the bytes each module renders
 * (before minifying), from the build's module report.
 */
function ownersOf(file: string): Map<Owner, number> {
	const report = JSON.parse(readFileSync(modulesFile, 'utf8')) as Record<
		string,
		Record<string, number>
	>;
	const modules = Object.entries(report[file.replace(/^\//, '')] ?? {});
	const rendered = modules.reduce((sum, [, length]) => sum + length, 0);
	const bytes = gzipSize(file);
	const out = new Map<Owner, number>();
	// SvelteKit's entry/start only re-exports its runtime.
	if (!rendered) return out.set(file.includes('/entry/') ? 'framework' : 'ours', bytes);
	for (const [id, length] of modules) {
		const owner = ownerOf(id);
		out.set(owner, (out.get(owner) ?? 0) + (bytes * length) / rendered);
	}
	return out;
}

function sumOwners(files: Iterable<string>): Map<Owner, number> {
	const out = new Map<Owner, number>();
	for (const file of files)
		for (const [owner, bytes] of ownersOf(file)) out.set(owner, (out.get(owner) ?? 0) + bytes);
	return out;
}

interface PageLoad {
	name: string;
	path: string;
	preloaded: string[];
	all: string[];
}

/**
 * JavaScript per page, gzipped as a host would send it: what the HTML preloads (needed before
 * the page is interactive), then everything fetched until the network is idle with no user
 * input (the above plus lazy imports). The service worker is blocked: its precache would
 * otherwise fetch every file of the site.
 */
async function measurePages(origin: string): Promise<PageLoad[]> {
	const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const out: PageLoad[] = [];
	try {
		for (const { name, path, file } of pages) {
			const html = readFileSync(join(buildDir, file), 'utf8');
			const preloaded = [...new Set(html.match(/\/_app\/immutable\/[^"]*\.js/g) ?? [])];
			const fetched = new Set<string>();
			const page = await context.newPage();
			page.on('response', (response) => {
				const url = new URL(response.url());
				if (url.pathname.endsWith('.js')) fetched.add(url.pathname);
			});
			await page.goto(origin + path, { waitUntil: 'networkidle' });
			await page.close();
			out.push({ name, path, preloaded, all: [...new Set([...preloaded, ...fetched])] });
		}
	} finally {
		await browser.close();
	}
	return out;
}

const budget = budgetKb * 1024;
const loadBudget = loadBudgetKb * 1024;
const verdict = (bytes: number, limit = budget) => (bytes <= limit ? 'PASS' : 'FAIL');
const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSize(f), 0);

function bundleTable(loads: PageLoad[]): BenchTable {
	const rows = loads.map(({ name, path, preloaded, all }) => {
		const critical = total(preloaded);
		const everything = total(all);
		const owners = sumOwners(all);
		const share = (owner: Owner) => kb(owners.get(owner) ?? 0);
		return [
			`${name} (${path})`,
			kb(critical),
			verdict(critical),
			kb(everything),
			verdict(everything, loadBudget),
			`${all.length} (${all.length - preloaded.length} lazy)`,
			share('framework'),
			share('zod'),
			share('ts-fsrs'),
			share('idb-keyval'),
			share('other libraries'),
			share('ours')
		];
	});
	return {
		title: `JavaScript on first load, KB gzipped (budgets: ${budgetKb} KB preloaded, ${loadBudgetKb} KB before first input)`,
		columns: [
			'page',
			'preloaded',
			'budget',
			'all on load',
			'budget',
			'files',
			'framework',
			'zod',
			'ts-fsrs',
			'idb-keyval',
			'other libs',
			'ours'
		],
		rows,
		notes: [
			'preloaded: the <link rel="modulepreload"> files of the prerendered HTML, needed to hydrate.',
			'all on load: plus what the page imports lazily before any input (storage, scheduling), Chromium, empty IndexedDB, service worker blocked.',
			'framework … ours: "all on load" split by who wrote it (framework = SvelteKit, Svelte, devalue, Vite preload helper); a file shared by several is split by each module\'s share of its unminified bytes, so these are ≈.',
			'Each file gzipped alone (zlib default level), as a static host sends it; CSS not counted.'
		]
	};
}

/** What the libraries underneath cost on their own, as this build bundles them. */
function libraryTable(loads: PageLoad[]): BenchTable {
	const common = loads
		.map((l) => new Set(l.all))
		.reduce((a, b) => new Set([...a].filter((f) => b.has(f))));
	const baseline = sumOwners(common).get('framework') ?? 0;
	const everyFile = [...new Set(loads.flatMap((l) => l.all))];
	const byFile = new Map(everyFile.map((f) => [f, ownersOf(f)]));
	const rows: (string | number)[][] = [
		[
			'SvelteKit + Svelte runtime, on every page',
			kb(baseline),
			`${((baseline / budget) * 100).toFixed(0)}%`,
			loads.map((l) => l.name).join(', ')
		]
	];
	for (const lib of libraries) {
		const files = everyFile.filter((f) => (byFile.get(f)?.get(lib) ?? 0) > 0);
		const bytes = files.reduce((sum, f) => sum + (byFile.get(f)?.get(lib) ?? 0), 0);
		const on = loads.filter((l) => files.some((f) => l.all.includes(f))).map((l) => l.name);
		rows.push([
			lib === 'zod' ? 'zod core + mini (+ en messages)' : lib,
			kb(bytes),
			`${((bytes / budget) * 100).toFixed(0)}%`,
			on.join(', ') || '—'
		]);
	}
	return {
		title: 'The libraries underneath, KB gzipped as bundled here',
		columns: ['library', 'KB', `of ${budgetKb} KB`, 'loaded on first load of'],
		rows,
		notes: [
			'SvelteKit + Svelte: the framework bytes in the files every page above loads (client router, hydration, reactivity); pages add the Svelte blocks they use.',
			'What a page loads beyond these is ours: the page, its components and $lib code.'
		]
	};
}

/** File by file, for the pages named in PWA_FILES (e.g. PWA_FILES=review,home). */
function fileTables(loads: PageLoad[]): BenchTable[] {
	const wanted = (process.env.PWA_FILES ?? '').split(',').filter(Boolean);
	return loads
		.filter((l) => wanted.includes(l.name))
		.map(({ name, path, preloaded, all }) => ({
			title: `${name} (${path}): each JavaScript file, KB gzipped`,
			columns: ['file', 'KB', 'loaded', 'made of (≈ KB)'],
			rows: all
				.map((file) => {
					const parts = [...ownersOf(file)]
						.filter(([, bytes]) => bytes >= 1)
						.sort((a, b) => b[1] - a[1])
						.map(([owner, bytes]) => `${owner} ${kb(bytes)}`)
						.join(', ');
					return [
						file.replace('/_app/immutable/', ''),
						kb(gzipSize(file)),
						preloaded.includes(file) ? 'preload' : 'lazy',
						parts
					];
				})
				.sort((a, b) => Number(b[1]) - Number(a[1]))
		}));
}

interface LighthouseRun {
	performance: number;
	accessibility: number;
	fcp: number;
	lcp: number;
	tbt: number;
	cls: number;
	/** The host's 1-minute load average as the run ended. */
	load: number;
}

async function lighthouseRun(url: string): Promise<LighthouseRun> {
	const chrome = await launch({ chromePath, chromeFlags });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility']
		});
		const lhr = result?.lhr;
		if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
		const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			fcp: value('first-contentful-paint'),
			lcp: value('largest-contentful-paint'),
			tbt: value('total-blocking-time'),
			cls: value('cumulative-layout-shift'),
			load: loadavg()[0]!
		};
	} finally {
		chrome.kill();
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function lighthouseTable(servers: { label: string; origin: string }[]): Promise<BenchTable> {
	const rows: (string | number)[][] = [];
	for (const { name, path } of pages) {
		for (const { label, origin } of servers) {
			const runs: LighthouseRun[] = [];
			for (let i = 0; i < lighthouseRuns; i++) runs.push(await lighthouseRun(origin + path));
			const m = (key: keyof LighthouseRun) => median(runs.map((r) => r[key]));
			const perf = m('performance');
			const a11y = m('accessibility');
			const lcp = m('lcp');
			rows.push([
				`${name} (${path})`,
				label,
				runs.map((r) => r.performance).join(', '),
				perf,
				perf >= targets.performance ? 'PASS' : 'FAIL',
				a11y,
				a11y >= targets.accessibility ? 'PASS' : 'FAIL',
				seconds(m('fcp')),
				seconds(lcp),
				lcp <= targets.lcpMs ? 'PASS' : 'FAIL',
				`${Math.round(m('tbt'))} ms`,
				m('cls').toFixed(3),
				runs.map((r) => r.load.toFixed(1)).join(', ')
			]);
		}
	}
	return {
		title: `Lighthouse 12, mobile preset (simulated slow 4G, 4× CPU slowdown): median of ${lighthouseRuns} runs`,
		columns: [
			'page',
			'server',
			'performance (each run)',
			'median',
			`≥ ${targets.performance}`,
			'accessibility',
			`= ${targets.accessibility}`,
			'FCP',
			'LCP',
			`≤ ${targets.lcpMs / 1000} s`,
			'TBT',
			'CLS',
			'load average (each run)'
		],
		rows,
		notes: [
			`Build measured: ${buildDir}. Headless Chromium (${chromePath}) on ${cpus().length} CPU cores. gzip: tests/e2e/static-server.ts behind a gzipping proxy, as a real static host serves the files; plain (PWA_PLAIN=1): the same uncompressed.`,
			"Load average: the host's 1-minute load average as each run ended. Lighthouse's CPU slowdown multiplies the host's speed, so compare builds only when measured in the same period, alternating (PWA_ROOT=<another checkout> measures its build)."
		]
	};
}

export default async function run(): Promise<BenchTable[]> {
	ensureBuild();
	const server = await serveBuild(buildDir, await freePort());
	const gzip = await gzipProxy(server.origin);
	try {
		const loads = await measurePages(server.origin);
		const tables = [bundleTable(loads), libraryTable(loads), ...fileTables(loads)];
		// PWA_SKIP_LIGHTHOUSE=1 leaves out the few minutes Lighthouse takes, while iterating on sizes.
		if (process.env.PWA_SKIP_LIGHTHOUSE) return tables;
		return [
			...tables,
			await lighthouseTable([
				...(process.env.PWA_PLAIN ? [{ label: 'plain', origin: server.origin }] : []),
				{ label: 'gzip', origin: gzip.origin }
			])
		];
	} finally {
		gzip.stop();
		await server.stop();
	}
}
