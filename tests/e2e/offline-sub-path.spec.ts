import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './pwa';

test.use({ serviceWorkers: 'allow' });

// The sub-path project serves a BASE_PATH=/factdeck build: the worker and its cache stay inside it.
test('under a sub-path the service worker is scoped to it and precaches its pages', async ({
	page
}) => {
	await page.goto('/factdeck/');
	await waitForServiceWorker(page);
	const worker = await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const [name] = await caches.keys();
		const cache = await caches.open(name!);
		return {
			scope: new URL(registration.scope).pathname,
			script: new URL(registration.active!.scriptURL).pathname,
			cached: (await cache.keys()).map((r) => new URL(r.url).pathname)
		};
	});
	expect(worker.scope).toBe('/factdeck/');
	expect(worker.script).toBe('/factdeck/service-worker.js');
	expect(worker.cached).toEqual(
		expect.arrayContaining([
			'/factdeck/',
			'/factdeck/banks/kishida-biden-summit',
			'/factdeck/banks/kishida-biden-summit/review',
			'/factdeck/api/banks/kishida-biden-summit.json',
			'/factdeck/offline',
			'/factdeck/manifest.webmanifest'
		])
	);
	for (const path of worker.cached) expect(path).toMatch(/^\/factdeck\//);
	const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(manifest).toBe('/factdeck/manifest.webmanifest');

	const response = await page.goto('/factdeck/banks/kishida-biden-summit/review');
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
});
