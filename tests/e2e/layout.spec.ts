import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { seed } from './study';

const pages = [
	{ name: 'home', path: '/' },
	{ name: 'bank', path: `/banks/${seed}` },
	{ name: 'quiz', path: `/banks/${seed}/quiz` },
	{ name: 'review', path: `/banks/${seed}/review` },
	{ name: 'progress', path: '/progress' }
];

/** Every page of the build, as a host serves it: whatever pages are added later are checked too. */
const everyPage = (readdirSync('build', { recursive: true }) as string[])
	.filter((file) => file.endsWith('.html'))
	.map((file) => '/' + file.replace(/\\/g, '/').replace(/(index)?\.html$/, ''))
	.sort();

/** Pages in use, not only as they open: a question on screen, a flipped card. */
const states: { name: string; path: string; act: (page: Page) => Promise<void> }[] = [
	{
		name: 'quiz-question',
		path: `/banks/${seed}/quiz`,
		act: async (page) => {
			await page.getByRole('button', { name: 'Start quiz' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Question 1 of/);
		}
	},
	{
		name: 'review-flipped',
		path: `/banks/${seed}/review`,
		act: async (page) => {
			await page.getByRole('button', { name: /Show answer/ }).click();
			await expect(page.locator('.back .answer')).toBeVisible();
		}
	}
];

async function settle(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Width the document overflows the viewport by, and the elements that stick out. */
function overflow(page: Page) {
	return page.evaluate(() => {
		const width = window.innerWidth;
		const culprits = [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > width + 0.5)
			.slice(0, 5)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
		return {
			scrollWidth: document.documentElement.scrollWidth,
			width,
			culprits: [location.pathname, ...culprits]
		};
	});
}

async function expectNoOverflow(page: Page) {
	const o = await overflow(page);
	expect(o.scrollWidth, `wider than the screen: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(
		o.width
	);
}

/** Controls smaller than 44 × 44 CSS px; links inside running text are exempt (WCAG 2.5.8). */
function smallTargets(page: Page) {
	return page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				'button, input:not([type="hidden"]), select, summary, nav a, a.button-link, [role="button"]'
			)
		]
			.filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
			.map((el) => {
				const box = el.getBoundingClientRect();
				// A control inside its label is also pressed through it: the label is the target.
				const label = el instanceof HTMLInputElement ? el.closest('label') : null;
				const target = label?.getBoundingClientRect() ?? box;
				return {
					what: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`,
					width: Math.round(target.width),
					height: Math.round(target.height)
				};
			})
			.filter((t) => t.height < 44 || t.width < 44)
			.map((t) => `${t.what} ${t.width}×${t.height}`)
	);
}

for (const width of [320, 375, 412]) {
	test(`every page fits ${width} px without scrolling sideways, in use too`, async ({ page }) => {
		await page.setViewportSize({ width, height: 720 });
		expect(everyPage).toEqual(expect.arrayContaining(pages.map((p) => p.path)));
		for (const path of everyPage) {
			await settle(page, path);
			await expectNoOverflow(page);
			expect(await smallTargets(page), `small touch targets on ${path}`).toEqual([]);
		}
		for (const { path, act } of states) {
			await settle(page, path);
			await act(page);
			await expectNoOverflow(page);
			expect(await smallTargets(page), `small touch targets on ${path} in use`).toEqual([]);
		}
	});
}

for (const viewport of [
	{ width: 375, height: 667 },
	{ width: 412, height: 915 }
]) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`screenshots at ${viewport.width}×${viewport.height}, ${scheme}`, async ({
			page
		}, testInfo) => {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
			for (const { name, path } of pages) {
				await settle(page, path);
				await expectNoOverflow(page);
				await page.screenshot({
					path: testInfo.outputPath(`${name}-${viewport.width}-${scheme}.png`),
					fullPage: true
				});
			}
			for (const { name, path, act } of states) {
				await settle(page, path);
				await act(page);
				await expectNoOverflow(page);
				await page.screenshot({
					path: testInfo.outputPath(`${name}-${viewport.width}-${scheme}.png`),
					fullPage: true
				});
			}
		});
	}
}

test('the progress page says how much is stored and whether the browser will keep it', async ({
	page
}) => {
	await page.goto('/progress');
	await expect(page.getByTestId('storage-usage')).toContainText(/Factdeck uses \d/);
	// A fresh test profile has not been granted persistent storage: the reminder shows.
	await expect(page.getByTestId('storage-persistence')).toContainText('export a backup');
});
