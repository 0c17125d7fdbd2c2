/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base } from '$service-worker';
import { cacheName, offlinePath, olderBuildFile, precacheKey } from './cache';

/** SvelteKit asks for this to learn whether a new version is deployed: always the network's answer. */
const versionFile = `${base}/_app/version.json`;

/** Whether the service worker answers this request at all; anything else goes to the network untouched. */
export function handles(request: Request, origin: string): boolean {
	if (request.method !== 'GET') return false;
	// Chromium's devtools send these, and fetch() rejects them outside same-origin mode.
	if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return false;
	const url = new URL(request.url);
	if (url.origin !== origin) return false;
	if (url.pathname === versionFile) return false;
	return url.pathname === base || url.pathname.startsWith(`${base}/`);
}

/**
 * Cache first for what was precached (pages, bank JSON, the app shell), else the network; with
 * no network, a cached copy if there is one, and for a page the offline page.
 */
export async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(cacheName);
	const { pathname } = new URL(request.url);
	// Build files are immutable (the name changes with the content): a kept copy is the file.
	const key =
		precacheKey(pathname) ??
		(pathname.startsWith(`${base}/_app/immutable/`) ? pathname : undefined);
	if (key) {
		const hit = await cache.match(key);
		if (hit) return hit;
	}
	// A tab still on the previous version asks for its own chunks, gone from the new deployment.
	const older = await olderBuildFile(pathname);
	if (older) return older;
	try {
		const response = await fetch(request);
		// Build files outside the precache (the generator's worker) are kept once fetched, so what
		// has worked once keeps working offline. They are immutable: the name changes with the
		// content. Keeping a copy may fail (storage full): the response is answered all the same.
		if (
			response.status === 200 &&
			new URL(request.url).pathname.startsWith(`${base}/_app/immutable/`)
		)
			cache.put(request, response.clone()).catch(() => undefined);
		return response;
	} catch (error) {
		const fallback =
			(await cache.match(request, { ignoreSearch: true })) ??
			(request.mode === 'navigate' ? await cache.match(offlinePath) : undefined);
		if (fallback) return fallback;
		throw error;
	}
}
