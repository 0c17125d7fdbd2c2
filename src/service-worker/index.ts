/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { precache, precacheWorkers } from './cache';
import { cleanUp, onMessage } from './messaging';
import { handles, respond } from './request';

const worker = self as unknown as ServiceWorkerGlobalScope;

worker.addEventListener('install', (event) => {
	// No skipWaiting here: an update waits until the page's "Reload" asks for it.
	// The workers come after the pages and are not needed to install: a failure is not fatal.
	event.waitUntil(precache().then(() => precacheWorkers().catch(() => undefined)));
});

worker.addEventListener('activate', (event) => {
	// Claiming lets the very first visit work offline without a second page load. Earlier
	// versions' caches go once no open tab runs on them (the tabs are asked which they run).
	event.waitUntil(worker.clients.claim().then(() => cleanUp(worker)));
});

worker.addEventListener('fetch', (event) => {
	if (handles(event.request, worker.location.origin)) event.respondWith(respond(event.request));
});

worker.addEventListener('message', (event) => onMessage(worker, event));
