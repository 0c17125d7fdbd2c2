import { expect, test } from '@playwright/test';

// This project serves a build made with BASE_PATH=/factdeck from http://127.0.0.1:4174/factdeck/.
test('a build under a sub-path links and loads only within that sub-path', async ({ page }) => {
	const requested: string[] = [];
	const failed: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	page.on('response', (response) => {
		if (!response.ok()) failed.push(`${response.status()} ${response.url()}`);
	});

	await page.goto('/factdeck/');
	await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
	const hrefs = await page
		.locator('a[href^="/"]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(1);
	for (const href of hrefs) expect(href).toMatch(/^\/factdeck(\/|$)/);

	await page.getByRole('link', { name: /Kishida, Biden Agree/ }).click();
	await expect(page).toHaveURL(/\/factdeck\/banks\/kishida-biden-summit$/);
	await expect(page.locator('mark').first()).toBeVisible();
	await page.reload();
	await expect(page.locator('mark').first()).toBeVisible();

	expect(failed).toEqual([]);
	expect(requested.length).toBeGreaterThan(3);
	for (const path of requested) expect(path).toMatch(/^\/factdeck\//);
});
