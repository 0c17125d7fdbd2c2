import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AssignedSet, BankPayload, BankSummary } from '../../src/lib/schema';
import { z } from '../../src/lib/schema/zod-mini';

const seed = 'kishida-biden-summit';

test('the bank index and each bank are served as valid JSON', async ({ request }) => {
	const index = z.array(BankSummary).parse(await (await request.get('/api/banks.json')).json());
	const summary = index.find((b) => b.id === seed);
	expect(summary, 'the seed bank is listed').toBeDefined();

	const response = await request.get(`/api/banks/${seed}.json`);
	expect(response.headers()['content-type']).toContain('application/json');
	const { bank, article } = BankPayload.parse(await response.json());
	expect(article.publisher).toBe('The Yomiuri Shimbun');
	expect(article.body).toContain('WASHINGTON — Prime Minister Fumio Kishida');
	expect(summary?.questionCount).toBe(bank.questions.length);
	expect(summary?.factCount).toBe(bank.facts.length);
	for (const question of bank.questions) {
		expect(article.body.slice(question.source.start, question.source.end).trim()).not.toBe('');
	}
});

test('assigned sets are served and name real questions', async ({ request }) => {
	const set = AssignedSet.parse(await (await request.get('/api/sets/summit-warm-up.json')).json());
	const { bank } = BankPayload.parse(await (await request.get(`/api/banks/${seed}.json`)).json());
	const ids = new Set(bank.questions.map((q) => q.id));
	for (const item of set.items) expect(ids.has(item.question)).toBe(true);
});

test('the home page lists the seed bank and leads to it', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Question banks' })).toBeVisible();
	const link = page.getByRole('link', { name: /Kishida, Biden Agree to Strengthen Deterrence/ });
	await expect(link).toBeVisible();
	await expect(page.getByText('The Yomiuri Shimbun · 14 January 2023')).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/banks/${seed}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Kishida, Biden Agree to Strengthen Deterrence, Response Capabilities of Alliance'
	);
});

test('the bank page shows credits, counts per type and the cited sentences', async ({
	page,
	request
}) => {
	const { bank, article } = BankPayload.parse(
		await (await request.get(`/api/banks/${seed}.json`)).json()
	);
	await page.goto(`/banks/${seed}`);

	const credits = page.locator('dl.credits');
	await expect(credits).toContainText('The Yomiuri Shimbun');
	await expect(credits).toContainText('14 January 2023');
	await expect(credits).toContainText('Masanori Genko / The Yomiuri Shimbun');
	await expect(page.getByText(article.photoCaption ?? '')).toBeVisible();

	const counts = new Map<string, number>();
	for (const q of bank.questions) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(counts.size + 1);
	const total = (await rows.allInnerTexts())
		.slice(1)
		.reduce((sum, row) => sum + Number(row.split('\t').pop()), 0);
	expect(total).toBe(bank.questions.length);

	const cited = new Map(bank.questions.map((q) => [q.source.start, q.source]));
	for (const [start, span] of cited) {
		await expect(page.locator(`mark#s-${start}`)).toHaveText(
			article.body.slice(span.start, span.end)
		);
	}
	await expect(
		page.getByRole('heading', { level: 3, name: 'Space collaboration pact inked' })
	).toBeVisible();
	const lastSentence = article.body.slice(-60);
	await expect(page.locator('.article-text')).toContainText(lastSentence);
});

test('a link to a sentence scrolls to it', async ({ page, request }) => {
	const { bank } = BankPayload.parse(await (await request.get(`/api/banks/${seed}.json`)).json());
	const last = bank.questions.reduce((a, b) => (b.source.start > a.source.start ? b : a));
	await page.goto(`/banks/${seed}#s-${last.source.start}`);
	await expect(page.locator(`#s-${last.source.start}`)).toBeInViewport();
});

test('keyboard users can skip to the content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

for (const path of ['/', `/banks/${seed}`]) {
	for (const scheme of ['light', 'dark'] as const) {
		test(`${path} has no axe violations in ${scheme} mode`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(path);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}
}
