/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { deleteUnusedCaches } from './cache';

/**
 * What a page may tell the service worker: take over now, which version the page runs, or that
 * the page is going away (reloaded, closed, navigated off).
 */
export type WorkerMessage =
	{ type: 'SKIP_WAITING' } | { type: 'CLIENT_VERSION'; version: string } | { type: 'CLIENT_GONE' };

/** What the service worker asks a page: the version it runs (answered with CLIENT_VERSION). */
export const versionQuestion = { type: 'VERSION?' } as const;

function isWorkerMessage(data: unknown): data is WorkerMessage {
	if (!data || typeof data !== 'object') return false;
	const m = data as { type?: unknown; version?: unknown };
	return (
		m.type === 'SKIP_WAITING' ||
		m.type === 'CLIENT_GONE' ||
		(m.type === 'CLIENT_VERSION' && typeof m.version === 'string')
	);
}

/** The version each open tab said it runs, by client id (lost when the worker stops: asked again). */
const versions = new Map<string, string>();
/** Tabs that said they are going: still listed for a moment while they unload. */
const gone = new Set<string>();

/**
 * Deletes the caches no open tab needs. A tab whose version is not known yet is asked, and
 * nothing is deleted until it answers: an old tab's lazy imports must still find their files.
 */
export async function cleanUp(worker: ServiceWorkerGlobalScope): Promise<void> {
	const all = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
	for (const id of versions.keys()) if (!all.some((c) => c.id === id)) versions.delete(id);
	for (const id of gone) if (!all.some((c) => c.id === id)) gone.delete(id);
	const open = all.filter((c) => !gone.has(c.id));
	const unknown = open.filter((c) => !versions.has(c.id));
	for (const client of unknown) client.postMessage(versionQuestion);
	if (unknown.length) return;
	await deleteUnusedCaches(new Set(open.map((c) => versions.get(c.id)!)));
}

/**
 * A waiting version takes over only when the learner presses Reload, never by itself: a tab
 * open on the old version keeps working with the files it started with.
 */
export function onMessage(worker: ServiceWorkerGlobalScope, event: ExtendableMessageEvent): void {
	if (!isWorkerMessage(event.data)) return;
	if (event.data.type === 'SKIP_WAITING') {
		event.waitUntil(worker.skipWaiting());
		return;
	}
	const source = event.source;
	if (source && 'id' in source) {
		if (event.data.type === 'CLIENT_GONE') gone.add(source.id);
		else {
			gone.delete(source.id);
			versions.set(source.id, event.data.version);
		}
	}
	event.waitUntil(cleanUp(worker));
}
