import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { BankPayload, BankSummary } from '../../src/lib/schema';
import { z } from '../../src/lib/schema/zod-mini';
import { freePort, installTimeout, serveBuild, waitForServiceWorker } from './pwa';
import { answerShown, generating, seed } from './study';

test.use({ serviceWorkers: 'allow' });

interface Backup {
	reviews: { id: string; mode: string }[];
	cards: unknown[];
}

async function exportBackup(page: Page): Promise<Backup> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	return JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Backup;
}

/** Opens `path` and checks the page came from the service worker, not the network. */
async function openCached(page: Page, url: string) {
	const response = await page.goto(url);
	expect(response?.fromServiceWorker(), `${url} is answered by the service worker`).toBe(true);
	expect(response?.ok()).toBe(true);
}

const builtVersion = () =>
	(JSON.parse(readFileSync('build/_app/version.json', 'utf8')) as { version: string }).version;

/**
 * The next deploy: the same site under a new version name, so a new service worker, and every
 * build file under a new name (as a real deploy's content hashes give), so the old version's
 * chunks are no longer on the host.
 */
function nextDeploy() {
	const version = builtVersion();
	const next = `${version}-next`;
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-v2-'));
	cpSync('build', dir, { recursive: true });
	for (const file of ['service-worker.js', '_app/version.json']) {
		expect(readFileSync(join(dir, file), 'utf8')).toContain(`"${version}"`);
	}
	const renamed = new Map<string, string>();
	const immutable = join(dir, '_app/immutable');
	for (const file of readdirSync(immutable, { recursive: true }) as string[]) {
		const name = basename(file);
		if (!/\.(js|css)$/.test(name)) continue;
		const fresh = name.replace(/\.(js|css)$/, '-next.$1');
		renameSync(join(immutable, file), join(immutable, dirname(file), fresh));
		renamed.set(name, fresh);
	}
	for (const file of readdirSync(dir, { recursive: true }) as string[]) {
		if (!/\.(js|css|html|json)$/.test(file)) continue;
		const path = join(dir, file);
		let text = readFileSync(path, 'utf8').replaceAll(`"${version}"`, `"${next}"`);
		for (const [from, to] of renamed) text = text.replaceAll(`/${from}`, `/${to}`);
		writeFileSync(path, text);
	}
	return { version, next, dir, renamed };
}

test('after one visit every page and bank works with no network, and nothing is lost', async ({
	page,
	context
}) => {
	// It opens every page of the build offline, one after another.
	test.setTimeout(180_000);
	const port = await freePort();
	let server = await serveBuild('build', port);
	const { origin } = server;
	try {
		await page.goto(`${origin}/`);
		await waitForServiceWorker(page);
		const banks = z
			.array(BankSummary)
			.parse(await page.evaluate(() => fetch('/api/banks.json').then((r) => r.json())));
		expect(banks.length).toBeGreaterThan(0);
		const payloads = new Map<string, BankPayload>();
		for (const bank of banks) {
			payloads.set(
				bank.id,
				BankPayload.parse(
					await page.evaluate((id) => fetch(`/api/banks/${id}.json`).then((r) => r.json()), bank.id)
				)
			);
		}

		// Airplane mode: the host is gone and the browser is offline.
		await server.stop();
		await context.setOffline(true);

		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
		for (const bank of banks) {
			await openCached(page, `${origin}/banks/${bank.id}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title);
			await expect(page.locator('mark').first()).toBeVisible();
			await openCached(page, `${origin}/banks/${bank.id}/quiz`);
			await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
			await openCached(page, `${origin}/banks/${bank.id}/review`);
			await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
		}
		// Every other page of the build too (teacher pages, an assignment link's page).
		const everyPage = (readdirSync('build', { recursive: true }) as string[])
			.filter((file) => file.endsWith('.html'))
			.map((file) => '/' + file.replace(/\\/g, '/').replace(/(index)?\.html$/, ''));
		expect(everyPage.length).toBeGreaterThan(banks.length * 3);
		for (const path of everyPage) await openCached(page, origin + path);
		// The bank files themselves, as a script or a shared set would fetch them.
		const cachedJson = await page.evaluate(
			(ids) => Promise.all(ids.map((id) => fetch(`/api/banks/${id}.json`).then((r) => r.ok))),
			banks.map((b) => b.id)
		);
		expect(cachedJson.every(Boolean)).toBe(true);

		// A short quiz and one flashcard grade, all offline.
		const seed = banks[0]!.id;
		const questions = new Map(payloads.get(seed)!.bank.questions.map((q) => [q.id, q]));
		await openCached(page, `${origin}/banks/${seed}/quiz`);
		for (const type of ['Matching', 'Ordering']) {
			const box = page.getByRole('checkbox', { name: type });
			if (await box.count()) await box.uncheck();
		}
		await page.getByRole('button', { name: 'Start quiz' }).click();
		for (let i = 0; i < 3; i++) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of 10`);
			await answerShown(page, questions, i !== 1);
			await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
			await page.keyboard.press('Enter');
		}
		await openCached(page, `${origin}/banks/${seed}/review`);
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.keyboard.press('3');
		await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');

		await openCached(page, `${origin}/progress`);
		await expect(page.locator('.figures').first()).toContainText('Facts seen');
		const offline = await exportBackup(page);
		expect(offline.reviews.map((r) => r.mode)).toEqual(['quiz', 'quiz', 'quiz', 'review']);

		// A page that was never cached gets the offline page, with links to what is.
		await page.goto(`${origin}/banks/${seed}/no-such-page`);
		await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Your progress' })).toBeVisible();
		await page.getByRole('link', { name: 'Flashcards' }).first().click();
		await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();

		// Back online: the same progress, nothing lost or doubled.
		server = await serveBuild('build', port);
		await context.setOffline(false);
		await page.goto(`${origin}/progress`);
		const online = await exportBackup(page);
		expect(online.reviews).toEqual(offline.reviews);
		expect(online.cards).toEqual(offline.cards);
	} finally {
		await context.setOffline(false);
		await server.stop();
	}
});

test('an open tab keeps working on its version until the learner reloads into the new one', async ({
	page
}, testInfo) => {
	// Two deploys, each installing its service worker.
	test.setTimeout(120_000);
	const { version, next, dir: v2 } = nextDeploy();
	const port = await freePort();
	let server = await serveBuild('build', port);
	try {
		await page.goto(`${server.origin}/`);
		expect(await waitForServiceWorker(page)).toEqual([`factdeck-${version}`]);
		const banner = page.getByRole('status').filter({ hasText: 'A new version' });
		await expect(banner).toBeHidden();

		await server.stop();
		server = await serveBuild(v2, port);
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			await registration.update();
		});
		await expect(banner).toBeVisible({ timeout: installTimeout });
		await expect(banner).toContainText('A new version of Factdeck is available.');
		// Both versions' files are kept while this tab runs on the old one.
		await expect
			.poll(() => page.evaluate(() => caches.keys()))
			.toEqual(expect.arrayContaining([`factdeck-${version}`, `factdeck-${next}`]));

		// The old tab goes on working, banner and all.
		await page.getByRole('link', { name: /Kishida, Biden Agree/ }).click();
		await expect(page.locator('mark').first()).toBeVisible();
		await page.getByRole('link', { name: 'Progress' }).click();
		await expect(page.locator('.figures').first()).toContainText('Facts seen');
		await expect(banner).toBeVisible();
		await page.setViewportSize({ width: 375, height: 667 });
		await page.screenshot({ path: testInfo.outputPath('update-banner-375.png') });
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

		const reloaded = page.waitForEvent('load');
		await banner.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		await expect(banner).toBeHidden();
		await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`factdeck-${next}`]);
		await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
	} finally {
		await server.stop();
		rmSync(v2, { recursive: true, force: true });
	}
});

test('a tab left on the old version still loads its lazy chunks after the new one takes over', async ({
	page,
	context
}) => {
	// Two deploys, each installing its service worker.
	test.setTimeout(120_000);
	const { version, next, dir: v2, renamed } = nextDeploy();
	expect(renamed.size).toBeGreaterThan(10);
	const port = await freePort();
	let server = await serveBuild('build', port);
	try {
		// The old tab: a bank page, its export code not loaded yet.
		await page.goto(`${server.origin}/banks/${seed}`);
		expect(await waitForServiceWorker(page)).toEqual([`factdeck-${version}`]);
		await expect(
			page.getByRole('group', { name: 'Export' }).getByRole('button').first()
		).toBeEnabled();

		// The next version is deployed (none of the old chunks left on the host); another tab takes it.
		await server.stop();
		server = await serveBuild(v2, port);
		const other = await context.newPage();
		await other.goto(`${server.origin}/progress`);
		const banner = other.getByRole('status').filter({ hasText: 'A new version' });
		await other.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect(banner).toBeVisible({ timeout: installTimeout });
		const reloaded = other.waitForEvent('load');
		await banner.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		await expect(other.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
		expect(await other.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toContain(
			'service-worker.js'
		);
		// The new worker is in charge of the old tab too, and the old version's files are kept.
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state))
			.toBe('activated');
		expect(await page.evaluate(() => caches.keys())).toEqual(
			expect.arrayContaining([`factdeck-${version}`, `factdeck-${next}`])
		);

		// The old tab exports: its export chunk (gone from the host, and from the HTTP cache)
		// comes from the kept cache.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.clearBrowserCache');
		const lazy = page.waitForResponse(
			(r) => r.url().includes('/_app/immutable/') && !r.url().includes('-next.')
		);
		const download = page.waitForEvent('download');
		await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV' }).click();
		const chunk = await lazy;
		expect(chunk.ok()).toBe(true);
		expect(chunk.fromServiceWorker()).toBe(true);
		expect((await download).suggestedFilename()).toMatch(/\.csv$/);
		await expect(page.getByRole('group', { name: 'Export' }).getByRole('alert')).toHaveCount(0);

		// Once the old tab is gone, so are the old version's files.
		await page.close();
		await expect.poll(() => other.evaluate(() => caches.keys())).toEqual([`factdeck-${next}`]);
	} finally {
		await server.stop();
		rmSync(v2, { recursive: true, force: true });
	}
});

test('the offline page has no axe violations', async ({ page }) => {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('/offline');
		await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	}
});

test('the app can be installed: a manifest with its icons', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest');
	const manifest = (await (await request.get(href!)).json()) as {
		name: string;
		start_url: string;
		scope: string;
		display: string;
		icons: { src: string; sizes: string; purpose?: string }[];
	};
	expect(manifest).toMatchObject({
		name: 'Factdeck',
		start_url: './',
		scope: './',
		display: 'standalone'
	});
	for (const icon of manifest.icons) {
		const png = await (await request.get(`/${icon.src}`)).body();
		// A PNG's IHDR holds its width and height at bytes 16–23.
		expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
	}
	expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
		expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable'])
	);
	await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});

test('a teacher who opened /teach/new once can make a bank with no network', async ({
	page,
	context
}) => {
	// The generator runs in a worker on a possibly busy machine.
	test.setTimeout(120_000);
	const port = await freePort();
	const server = await serveBuild('build', port);
	const { origin } = server;
	try {
		await page.goto(`${origin}/teach/new`);
		await waitForServiceWorker(page);
		// Under the service worker, the page loads the generator's worker while the teacher pastes.
		const workerFile = page.waitForResponse((r) => /\/workers\/generate\.worker-/.test(r.url()));
		await page.reload();
		expect((await workerFile).ok()).toBe(true);

		await server.stop();
		await context.setOffline(true);
		await page.reload();
		await page.getByLabel('Title', { exact: true }).fill('Ferry crews strike again');
		await page.getByLabel('Publisher').fill('The Harbour Gazette');
		await page
			.getByLabel('Article text')
			.fill(
				'Ferry crews in Port Ellis stayed off work on Friday for a second day.\n\nThe union said talks with the operator would resume on Monday in Dunmore.'
			);
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.getByRole('heading', { name: 'Review the questions' })).toBeVisible(
			generating
		);
		await page.getByRole('button', { name: 'Save bank' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Ferry crews strike again',
			generating
		);
	} finally {
		await context.setOffline(false);
		await server.stop();
	}
});

test('a device that opened only the home page once can make a bank with no network', async ({
	page,
	context
}) => {
	// The generator runs in a worker on a possibly busy machine.
	test.setTimeout(120_000);
	const port = await freePort();
	const server = await serveBuild('build', port);
	const { origin } = server;
	const workerRequests: string[] = [];
	page.on('request', (r) => {
		if (/\/workers\/generate\.worker-/.test(r.url())) workerRequests.push(r.url());
	});
	try {
		await page.goto(`${origin}/`);
		await waitForServiceWorker(page);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// The home page itself never starts the generator: its worker is only kept for later.
		expect(workerRequests).toEqual([]);

		await server.stop();
		await context.setOffline(true);
		await page.goto(`${origin}/teach/new`);
		await page.getByLabel('Title', { exact: true }).fill('Ferry crews strike again');
		await page.getByLabel('Publisher').fill('The Harbour Gazette');
		await page
			.getByLabel('Article text')
			.fill(
				'Ferry crews in Port Ellis stayed off work on Friday for a second day.\n\nThe union said talks with the operator would resume on Monday in Dunmore.'
			);
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.getByRole('heading', { name: 'Review the questions' })).toBeVisible(
			generating
		);
		await page.getByRole('button', { name: 'Save bank' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Ferry crews strike again',
			generating
		);
		await page.goto(`${origin}/`);
		await expect(page.getByText('Ferry crews strike again').first()).toBeVisible();
	} finally {
		await context.setOffline(false);
		await server.stop();
	}
});
