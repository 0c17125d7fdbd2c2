import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Builds the static site when build/ is missing (the review page must exist to be opened). */
export function ensureSite(): void {
	if (existsSync(join(root, 'build/index.html'))) return;
	console.error('[browser bench] build/index.html missing: running vite build…');
	const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) throw new Error('vite build failed');
}

/** The bench entry bundled as an IIFE that defines `window.factdeckBench`. */
export async function bundleEntry(): Promise<string> {
	const out = await build({
		entryPoints: [join(root, 'bench/browser/entry.ts')],
		bundle: true,
		write: false,
		format: 'iife',
		globalName: 'factdeckBench',
		platform: 'browser',
		target: 'es2022',
		logLevel: 'silent'
	});
	return out.outputFiles[0]!.text;
}

async function freePort(preferred: number): Promise<number> {
	const tryPort = (port: number) =>
		new Promise<number>((ok, fail) => {
			const s = createServer();
			s.once('error', fail);
			s.listen(port, '127.0.0.1', () => {
				const got = (s.address() as { port: number }).port;
				s.close(() => ok(got));
			});
		});
	try {
		return await tryPort(preferred);
	} catch {
		return tryPort(0);
	}
}

export interface Harness {
	origin: string;
	context: BrowserContext;
	/** Stops the browser and the server and removes the profile; safe to call twice. */
	close(): Promise<void>;
}

/**
 * Serves build/ with the e2e static server and starts headless Chromium with a throw-away
 * on-disk profile (a persistent context: IndexedDB goes to LevelDB on disk, as for a learner;
 * an ordinary incognito context keeps IndexedDB in memory). Not 4190: browsers and fetch refuse
 * it (the Fetch standard's "bad ports", ManageSieve).
 */
export async function startHarness(preferredPort = 4191): Promise<Harness> {
	const port = await freePort(preferredPort);
	const origin = `http://127.0.0.1:${port}`;
	let server: ChildProcess | undefined;
	let context: BrowserContext | undefined;
	const profile = mkdtempSync(join(tmpdir(), 'factdeck-bench-'));
	let closed = false;
	const close = async () => {
		if (closed) return;
		closed = true;
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		try {
			await context?.close();
		} catch {
			// Already gone.
		}
		if (server?.pid !== undefined && server.exitCode === null) {
			try {
				process.kill(-server.pid, 'SIGTERM');
			} catch {
				server.kill('SIGTERM');
			}
		}
		rmSync(profile, { recursive: true, force: true });
	};
	// Ctrl-C mid-run: still stop the browser and the server and remove the profile.
	const onSignal = () => void close().finally(() => process.exit(130));
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		server = spawn(
			join(root, 'node_modules/.bin/tsx'),
			['tests/e2e/static-server.ts', 'build', String(port)],
			{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true }
		);
		await waitForServer(origin, server);
		context = await chromium.launchPersistentContext(profile, {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			headless: true,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		});
		return { origin, context, close };
	} catch (error) {
		await close();
		throw error;
	}
}

async function waitForServer(origin: string, server: ChildProcess): Promise<void> {
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`static server exited (${server.exitCode})`);
		try {
			const r = await fetch(origin + '/');
			if (r.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`static server did not answer at ${origin}`);
}

/** A page on the served origin (a plain 404 document, so no app code runs) with the bench loaded. */
export async function benchPage(h: Harness, bundle: string): Promise<Page> {
	const page = await h.context.newPage();
	await page.goto(h.origin + '/__bench__');
	await page.addScriptTag({ content: bundle });
	return page;
}
