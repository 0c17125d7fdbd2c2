import { expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** A port nobody is listening on now. */
export function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => ok(port));
		});
	});
}

export interface StaticServer {
	origin: string;
	/** Stops answering: from now on the site is reachable only through the service worker. */
	stop(): Promise<void>;
}

/**
 * Serves a build with tests/e2e/static-server.ts on `port`, as a host would; stopping it is
 * airplane mode for that origin, whatever the browser's own offline emulation covers.
 */
export async function serveBuild(dir: string, port: number, base = ''): Promise<StaticServer> {
	const child: ChildProcess = spawn(
		resolve(root, 'node_modules/.bin/tsx'),
		['tests/e2e/static-server.ts', dir, String(port), base],
		{ cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((ok, fail) => {
		child.once('exit', (code) => fail(new Error(`static server exited (${code})`)));
		child.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Serving')) ok();
		});
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		stop: () =>
			new Promise<void>((ok) => {
				if (child.exitCode !== null) return ok();
				child.removeAllListeners('exit');
				child.once('exit', () => ok());
				child.kill('SIGTERM');
			})
	};
}

/**
 * How long a new version may take to be offered: its worker precaches the whole deploy first,
 * which on a busy machine takes far longer than an assertion's default 5 s.
 */
export const installTimeout = 60_000;

/** Waits until a service worker has precached everything, taken charge and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<string[]> {
	const cacheNames = await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((ok) =>
				navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true })
			);
		}
		return caches.keys();
	});
	expect(cacheNames.filter((name) => name.startsWith('factdeck-'))).toHaveLength(1);
	return cacheNames;
}
