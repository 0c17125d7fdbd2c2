import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { answerShown, loadBank, seed } from './study';

test('a full quiz: feedback with its source, an end screen and retrying mistakes', async ({
	page
}) => {
	const { bank } = await loadBank(page);
	const questions = new Map(bank.questions.map((q) => [q.id, q]));
	await page.goto(`/banks/${seed}/quiz`);
	const start = page.getByRole('button', { name: 'Start quiz' });
	await expect(start).toBeEnabled();
	for (const type of ['Matching', 'Ordering']) {
		const box = page.getByRole('checkbox', { name: type });
		if (await box.count()) await box.uncheck();
	}
	await start.click();

	const typed = bank.questions.filter((q) => q.type !== 'matching' && q.type !== 'ordering');
	const n = Math.min(10, typed.length);
	const right = Math.ceil(n / 2);
	for (let i = 0; i < n; i++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of ${n}`);
		const q = await answerShown(page, questions, i % 2 === 0);
		const feedback = page.getByRole('region', { name: 'Feedback' });
		await expect(feedback).toContainText(i % 2 === 0 ? 'Correct.' : 'Not quite.');
		await expect(page.getByRole('status').first()).toContainText(
			i % 2 === 0 ? 'Correct.' : 'Not quite.'
		);
		await expect(feedback.locator('blockquote mark')).toHaveText(
			(await loadBank(page)).article.body.slice(q.source.start, q.source.end)
		);
		await expect(feedback.getByRole('link', { name: 'Show in the article' })).toHaveAttribute(
			'href',
			`/banks/${seed}#s-${q.source.start}`
		);
		await page.keyboard.press('Enter');
	}

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz finished');
	await expect(page.locator('.score')).toContainText(`${right} of ${n}`);
	await expect(page.locator('.answers li')).toHaveCount(n);
	await expect(page.locator('.answers li.wrong')).toHaveCount(n - right);

	await page.getByRole('button', { name: `Retry ${n - right} mistake` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 1 of ${n - right}`);

	// A later quiz can ask only what was last answered wrong.
	await page.reload();
	for (const type of ['Matching', 'Ordering']) {
		const box = page.getByRole('checkbox', { name: type });
		if (await box.count()) await box.uncheck();
	}
	await page.getByRole('checkbox', { name: /Only questions I last got wrong/ }).check();
	await expect(page.getByText(`Only questions I last got wrong (${n - right})`)).toBeVisible();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question 1 of ${n - right}`);

	// Quiz answers count as reviews: the progress page has them.
	await page.goto('/progress');
	await expect(page.locator('.figures')).toContainText('Facts seen');
	const seen = await page
		.locator('.figures div', { hasText: 'Facts seen' })
		.locator('dd')
		.innerText();
	expect(Number(seen.split(' ')[0])).toBeGreaterThan(0);
});

test('choice questions answer with the number keys', async ({ page }) => {
	const { bank } = await loadBank(page);
	const questions = new Map(bank.questions.map((q) => [q.id, q]));
	await page.goto(`/banks/${seed}/quiz`);
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
	for (const label of ['Short answer', 'Fill in the gap', 'Matching', 'Ordering']) {
		const box = page.getByRole('checkbox', { name: label });
		if (await box.count()) await box.uncheck();
	}
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const id = await page.locator('.prompt').getAttribute('data-question-id');
	const q = questions.get(id ?? '')!;
	const buttons = page.getByRole('group').getByRole('button');
	const labels = await buttons.allInnerTexts();
	const index = labels.findIndex((l) => l.includes(q.answer));
	await page.keyboard.press(String(index + 1));
	await expect(page.getByRole('region', { name: 'Feedback' })).toContainText('Correct.');
	await expect(page.getByRole('button', { name: /Next question/ })).toBeFocused();
});

for (const path of [`/banks/${seed}/quiz`, `/banks/${seed}/review`, '/progress']) {
	test(`${path} has no axe violations`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
}
