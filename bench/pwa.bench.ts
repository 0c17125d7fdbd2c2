import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BenchTable } from './table';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'build');
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
const budgetKb = 50;
const targets = { performance: 95, accessibility: 100 };

/** The pages a learner lands on, as URL paths and as the prerendered files behind them. */
const pages = [
	{ name: 'home', path: '/', file: 'index.html' },
	{ name: 'bank', path: `/banks/${seedBank}`, file: `banks/${seedBank}.html` },
	{ name: 'quiz', path: `/banks/${seedBank}/quiz`, file: `banks/${seedBank}/quiz.html` },
	{ name: 'review', path: `/banks/${seedBank}/review`, file: `banks/${seedBank}/review.html` },
	{ name: 'progress', path: '/progress', file: 'progress.html' }
];
const lighthousePages = pages.filter((p) => ['home', 'bank', 'review'].includes(p.name));

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipSize = (urlPath: string) =>
	gzipSync(readFileSync(join(buildDir, decodeURIComponent(urlPath)))).length;

/** Builds the site when build/ is missing or predates the service worker. */
function ensureBuild(): void {
	if (existsSync(join(buildDir, 'service-worker.js'))) return;
	console.error('[pwa bench] no build with a service worker: running vite build…');
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		cwd: root,
		stdio: 'inherit'
	});
	if (r.status !== 0) throw new Error('vite build failed');
}

function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => ok(port));
		});
	});
}

async function serve(): Promise<{ origin: string; stop: () => void }> {
	const port = await freePort();
	const child = spawn(
		join(root, 'node_modules/.bin/tsx'),
		['tests/e2e/static-server.ts', 'build', String(port)],
		{ cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((ok, fail) => {
		child.once('exit', (code) => fail(new Error(`static server exited (${code})`)));
		child.stdout.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Serving')) ok();
		});
	});
	child.removeAllListeners('exit');
	return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
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

/**
 * JavaScript per page, gzipped as a host would send it: what the HTML preloads (needed before
 * the page is interactive), then everything fetched until the network is idle with no user
 * input (the above plus lazy imports). The service worker is blocked: its precache would
 * otherwise fetch every file of the site.
 */
async function bundleTable(origin: string): Promise<BenchTable> {
	const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const rows: (string | number)[][] = [];
	try {
		for (const { name, path, file } of pages) {
			const html = readFileSync(join(buildDir, file), 'utf8');
			const preloaded = new Set(html.match(/\/_app\/immutable\/[^"]*\.js/g) ?? []);
			const fetched = new Set<string>();
			const page = await context.newPage();
			page.on('response', (response) => {
				const url = new URL(response.url());
				if (url.pathname.endsWith('.js')) fetched.add(url.pathname);
			});
			await page.goto(origin + path, { waitUntil: 'networkidle' });
			await page.close();
			const critical = [...preloaded].reduce((sum, f) => sum + gzipSize(f), 0);
			const all = [...new Set([...preloaded, ...fetched])];
			const total = all.reduce((sum, f) => sum + gzipSize(f), 0);
			const lazy = all.length - preloaded.size;
			const verdict = (bytes: number) => (bytes <= budgetKb * 1024 ? 'PASS' : 'FAIL');
			rows.push([
				`${name} (${path})`,
				kb(critical),
				verdict(critical),
				kb(total),
				`${all.length} (${lazy} lazy)`,
				verdict(total)
			]);
		}
	} finally {
		await browser.close();
	}
	return {
		title: `JavaScript on first load, KB gzipped (budget ${budgetKb} KB)`,
		columns: ['page', 'preloaded', 'budget', 'all on load', 'files', 'budget'],
		rows,
		notes: [
			'preloaded: the <link rel="modulepreload"> files of the prerendered HTML, needed to hydrate.',
			'all on load: plus what the page imports lazily before any input (storage, scheduling), Chromium, service worker blocked.',
			'Each file gzipped alone (zlib default level), as a static host sends it; CSS not counted.'
		]
	};
}

async function lighthouseTable(servers: { label: string; origin: string }[]): Promise<BenchTable> {
	const rows: (string | number)[][] = [];
	for (const [{ name, path }, { label, origin }] of lighthousePages.flatMap((p) =>
		servers.map((s) => [p, s] as const)
	)) {
		const chrome = await launch({ chromePath, chromeFlags });
		try {
			const result = await lighthouse(origin + path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility']
			});
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const metric = (id: string) => lhr.audits[id]?.displayValue ?? '—';
			const perf = score('performance');
			const a11y = score('accessibility');
			rows.push([
				`${name} (${path})`,
				label,
				perf,
				perf >= targets.performance ? 'PASS' : 'FAIL',
				a11y,
				a11y >= targets.accessibility ? 'PASS' : 'FAIL',
				metric('first-contentful-paint'),
				metric('largest-contentful-paint'),
				metric('total-blocking-time'),
				metric('cumulative-layout-shift')
			]);
		} finally {
			chrome.kill();
		}
	}
	return {
		title: 'Lighthouse 12, mobile preset (simulated slow 4G, 4× CPU slowdown)',
		columns: [
			'page',
			'server',
			'performance',
			`≥ ${targets.performance}`,
			'accessibility',
			`= ${targets.accessibility}`,
			'FCP',
			'LCP',
			'TBT',
			'CLS'
		],
		rows,
		notes: [
			`Headless Chromium (${chromePath}) on ${cpus().length} CPU cores. plain: tests/e2e/static-server.ts, which sends files uncompressed; gzip: the same behind a gzipping proxy, as a real static host serves them.`,
			'Scores vary by a few points between runs on a busy machine; run again before drawing conclusions.'
		]
	};
}

export default async function run(): Promise<BenchTable[]> {
	ensureBuild();
	const server = await serve();
	const gzip = await gzipProxy(server.origin);
	try {
		return [
			await bundleTable(server.origin),
			await lighthouseTable([
				{ label: 'plain', origin: server.origin },
				{ label: 'gzip', origin: gzip.origin }
			])
		];
	} finally {
		gzip.stop();
		server.stop();
	}
}
