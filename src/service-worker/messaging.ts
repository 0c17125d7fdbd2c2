/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/** What a page may ask of the service worker. */
export type WorkerMessage = { type: 'SKIP_WAITING' };

function isWorkerMessage(data: unknown): data is WorkerMessage {
	return !!data && typeof data === 'object' && (data as { type?: unknown }).type === 'SKIP_WAITING';
}

/**
 * A waiting version takes over only when the learner presses Reload, never by itself: a tab
 * open on the old version keeps working with the files it started with.
 */
export function onMessage(worker: ServiceWorkerGlobalScope, event: ExtendableMessageEvent): void {
	if (isWorkerMessage(event.data)) event.waitUntil(worker.skipWaiting());
}
