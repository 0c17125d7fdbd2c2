import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadBank, seed } from './study';

const reviewPath = `/banks/${seed}/review`;
const reloadNotice = 'Factdeck was updated in another tab — reload this page.';

/** Runs `body` on the `progress` store of the `factdeck` database, then closes it. */
function onProgressStore<T>(page: Page, body: string, arg?: unknown): Promise<T> {
	return page.evaluate(
		([source, value]) =>
			new Promise<T>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction('progress', 'readwrite');
					const run = new Function('store', 'arg', source as string) as (
						store: IDBObjectStore,
						arg: unknown
					) => IDBRequest | undefined;
					const req = run(tx.objectStore('progress'), value);
					tx.oncomplete = () => {
						db.close();
						resolve((req?.result ?? undefined) as T);
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		[body, arg] as const
	);
}

const storedKeys = (page: Page) =>
	onProgressStore<string[]>(page, 'return store.getAllKeys();').then((keys) => keys.map(String));

test('a record saved by a newer version is left as it is, and the tab says to reload', async ({
	page
}) => {
	const { bank } = await loadBank(page);
	const factOf = new Map(bank.questions.map((q) => [q.id, q.factId]));
	await page.goto(reviewPath);
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	const questionId = await page
		.locator('.prompt[data-question-id]')
		.getAttribute('data-question-id');
	const factId = factOf.get(questionId ?? '')!;
	expect(factId).toBeDefined();

	// The next version of Factdeck, in another tab, has studied this fact and saved its card.
	const key = `card:${seed}:${factId}`;
	const newer = {
		v: 2,
		bankId: seed,
		factId,
		card: {
			due: '2099-01-01T00:00:00.000Z',
			stability: 30,
			difficulty: 5,
			elapsedDays: 3,
			scheduledDays: 30,
			learningSteps: 0,
			reps: 7,
			lapses: 0,
			state: 'review',
			lastReview: '2026-01-01T00:00:00.000Z'
		},
		updatedAt: '2026-01-01T00:00:00.000Z',
		lastReviewId: null,
		mastery: 0.9
	};
	await onProgressStore(page, 'store.put(arg.value, arg.key);', { key, value: newer });

	// This tab still runs the old version: it shows the fact as new and cannot read the card.
	await page.reload();
	await expect(page.locator(`.prompt[data-question-id="${questionId}"]`)).toBeVisible();
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.keyboard.press('3');
	const notice = page.getByRole('alert').filter({ hasText: 'updated in another tab' });
	await expect(notice.first()).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: reloadNotice }).first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();

	// The progress page reads every record: the newer one is not set aside either.
	await page.goto('/progress');
	await expect(page.locator('.figures').first()).toContainText('Facts seen');
	await expect(page.getByRole('alert').filter({ hasText: reloadNotice })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Records set aside' })).toHaveCount(0);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	expect(await onProgressStore(page, 'return store.get(arg);', key)).toEqual(newer);
	expect((await storedKeys(page)).filter((k) => k.startsWith('quarantine:'))).toEqual([]);
	expect((await storedKeys(page)).filter((k) => k.startsWith('review:'))).toEqual([]);

	// Reload takes the tab to whatever version is served now.
	const reloaded = page.waitForEvent('load');
	await page.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
});

test('a database missing its progress store is repaired and study goes on', async ({ page }) => {
	await page.goto(reviewPath);
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.keyboard.press('3');
	await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');

	// The store is removed (a broken profile, a half-finished upgrade, devtools).
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const first = indexedDB.open('factdeck');
				first.onsuccess = () => {
					const version = first.result.version;
					first.result.close();
					const upgrade = indexedDB.open('factdeck', version + 1);
					upgrade.onupgradeneeded = () => upgrade.result.deleteObjectStore('progress');
					upgrade.onsuccess = () => {
						upgrade.result.close();
						resolve();
					};
					upgrade.onerror = () => reject(upgrade.error);
					upgrade.onblocked = () => reject(new Error('blocked by an open connection'));
				};
				first.onerror = () => reject(first.error);
			})
	);

	await page.goto('/progress');
	await expect(page.locator('.figures').first()).toContainText('Facts seen');
	await expect(page.getByText('could not be read or saved')).toHaveCount(0);
	await page.goto(reviewPath);
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.keyboard.press('3');
	await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');
	expect((await storedKeys(page)).filter((k) => k.startsWith('review:'))).toHaveLength(1);
	await expect(page.getByRole('alert')).toHaveCount(0);
});
