/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';

/** One cache per deployment: a tab on the old version keeps its files until the new one takes over. */
export const cacheName = cacheOf(version);

/** The cache of one deployment's files. */
export function cacheOf(appVersion: string): string {
	return `factdeck-${appVersion}`;
}

/** Shown for a page that was never cached when the network is gone. */
export const offlinePath = `${base}/offline`;

/**
 * The app shell, static files and every prerendered page and JSON endpoint (the bank files
 * included), so that after one visit every route and bank opens without a network.
 */
const precacheList = [...new Set([...build, ...files, ...prerendered])];
const precached = new Set(precacheList);

/** The cached copy's key for a path, if it is one of ours: `/banks/x.html` and `/banks/x/` are `/banks/x`. */
export function precacheKey(pathname: string): string | undefined {
	const bare = pathname.replace(/\.html$/, '').replace(/\/index$/, '/');
	const trimmed = bare.length > 1 ? bare.replace(/\/$/, '') : bare;
	return [pathname, bare, trimmed, `${trimmed}/`].find((path) => precached.has(path));
}

/** Immutable build files may come from the HTTP cache; anything else is fetched afresh. */
function freshRequest(path: string): Request {
	const immutable = path.startsWith(`${base}/_app/immutable/`);
	return new Request(path, { cache: immutable ? 'default' : 'reload' });
}

/**
 * A redirected response cannot answer a navigation (hosts that redirect `/x` to `/x/`), so it
 * is stored as a plain copy.
 */
async function storable(response: Response): Promise<Response> {
	if (!response.redirected) return response;
	return new Response(await response.blob(), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers
	});
}

/** Fills this version's cache; rejects (and so fails the install) if any file is missing. */
export async function precache(): Promise<void> {
	const cache = await caches.open(cacheName);
	await Promise.all(
		precacheList.map(async (path) => {
			const response = await fetch(freshRequest(path));
			if (!response.ok) throw new Error(`precache: ${path} answered ${response.status}`);
			await cache.put(path, await storable(response));
		})
	);
}

/** A web worker's file named in a build file, and the chunks a worker file imports. */
const workerReference = /_app\/immutable\/workers\/[\w.-]+\.js/g;
const relativeImport = /["'](\.\.?\/[\w./-]+\.js)["']/g;

/**
 * Keeps the build files SvelteKit's list leaves out: web workers (the generator's, which
 * `/teach/new` starts) and the chunks they import, found by name in the precached scripts. So a
 * device that opened any page once can make a bank offline; no page loads them, they are only
 * kept. Best effort: a failure leaves them to be kept when first fetched.
 */
export async function precacheWorkers(): Promise<void> {
	const cache = await caches.open(cacheName);
	const pending: string[] = [];
	for (const path of build.filter((p) => p.endsWith('.js'))) {
		const text = await (await cache.match(path))?.text();
		for (const [name] of text?.matchAll(workerReference) ?? []) pending.push(`${base}/${name}`);
	}
	const kept = new Set<string>();
	while (pending.length) {
		const path = pending.pop()!;
		if (kept.has(path)) continue;
		kept.add(path);
		let response = await cache.match(path);
		if (!response) {
			response = await fetch(freshRequest(path));
			if (!response.ok) continue;
			await cache.put(path, response.clone());
		}
		const text = await response.text();
		for (const [, relative = ''] of text.matchAll(relativeImport)) {
			pending.push(new URL(relative, new URL(path, 'https://x.invalid')).pathname);
		}
	}
}

/**
 * Deletes the caches of earlier versions that no open tab runs on any more. A tab left on an old
 * version still loads that version's chunks lazily (a page it opens, an export), so its files stay
 * until it is reloaded or closed.
 */
export async function deleteUnusedCaches(versionsInUse: ReadonlySet<string>): Promise<void> {
	const keep = new Set([cacheName, ...[...versionsInUse].map(cacheOf)]);
	for (const key of await caches.keys()) {
		if (!keep.has(key) && key.startsWith('factdeck-')) await caches.delete(key);
	}
}

/** A build file of any version still kept: an old tab's chunk that this version no longer has. */
export async function olderBuildFile(pathname: string): Promise<Response | undefined> {
	if (!pathname.startsWith(`${base}/_app/immutable/`)) return undefined;
	for (const key of await caches.keys()) {
		if (key === cacheName || !key.startsWith('factdeck-')) continue;
		const hit = await (await caches.open(key)).match(pathname);
		if (hit) return hit;
	}
	return undefined;
}
