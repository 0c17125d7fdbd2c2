import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/schema';
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

	// A later quiz can ask only what was last answered wrong; the retry left unfinished is
	// offered back first.
	await page.reload();
	await expect(
		page.getByRole('heading', { name: `Resume your quiz — 0 of ${n - right} answered` })
	).toBeVisible();
	await page.getByRole('button', { name: 'Start over' }).click();
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

test('a keyboard-only quiz: typing goes straight into the answer box, no Tab needed', async ({
	page
}) => {
	const { bank } = await loadBank(page);
	const questions = new Map(bank.questions.map((q) => [q.id, q]));
	await page.goto(`/banks/${seed}/quiz`);
	const start = page.getByRole('button', { name: 'Start quiz' });
	await expect(start).toBeEnabled();
	for (const label of ['True or false', 'Multiple choice', 'Matching', 'Ordering']) {
		const box = page.getByRole('checkbox', { name: label });
		if (!(await box.count())) continue;
		await box.focus();
		await page.keyboard.press('Space');
		await expect(box).not.toBeChecked();
	}
	await page.getByRole('radio', { name: /^All/ }).focus();
	await page.keyboard.press('Space');
	await start.focus();
	await page.keyboard.press('Enter');

	const asked = bank.questions.filter((q) => q.type === 'short_answer' || q.type === 'cloze');
	let typed = 0;
	for (let i = 0; i < asked.length; i++) {
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(`Question ${i + 1} of ${asked.length}`);
		await expect(page.getByRole('status').first()).toHaveText(
			`Question ${i + 1} of ${asked.length}`
		);
		await expect(heading).not.toBeFocused();
		const id = await page.locator('.prompt[data-question-id]').getAttribute('data-question-id');
		const q = questions.get(id ?? '')!;
		if ('options' in q && q.options?.length) {
			const options = page.getByRole('group').getByRole('button');
			await expect(options.first()).toBeFocused();
			const labels = await options.allInnerTexts();
			await page.keyboard.press(String(labels.findIndex((l) => l.includes(q.answer)) + 1));
		} else {
			await expect(page.getByLabel('Your answer')).toBeFocused();
			await page.keyboard.type(q.answer);
			await page.keyboard.press('Enter');
			typed += 1;
		}
		await expect(page.getByRole('region', { name: 'Feedback' })).toContainText('Correct.');
		const next = page.getByRole('button', { name: /Next question|See results/ });
		await expect(next).toBeFocused();
		await page.keyboard.press('Enter');
	}
	expect(typed).toBeGreaterThanOrEqual(5);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz finished');
	await expect(page.locator('.score')).toContainText(`${asked.length} of ${asked.length}`);
});

/** Starts a 10-question quiz of the question types answered by a tap or a typed line. */
async function startTenQuestions(page: Page) {
	await page.goto(`/banks/${seed}/quiz`);
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
	for (const type of ['Matching', 'Ordering']) {
		const box = page.getByRole('checkbox', { name: type });
		if (await box.count()) await box.uncheck();
	}
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 of 10');
}

/** Answers the question shown (right on even positions) and waits until it is kept. */
async function answerAndWait(page: Page, questions: Map<string, Question>, i: number) {
	await answerShown(page, questions, i % 2 === 0);
	// Next takes focus once the answer is stored and the quiz kept.
	await expect(page.getByRole('button', { name: /Next question|See results/ })).toBeFocused();
}

test('a reload in the middle of a quiz offers it back where it was left', async ({ page }) => {
	const { bank } = await loadBank(page);
	const questions = new Map(bank.questions.map((q) => [q.id, q]));
	await startTenQuestions(page);
	const order: string[] = [];
	for (let i = 0; i < 5; i++) {
		order.push((await page.locator('.prompt').getAttribute('data-question-id'))!);
		await answerAndWait(page, questions, i);
		if (i < 4) await page.keyboard.press('Enter');
	}

	await page.reload();
	const offer = page.getByRole('heading', { name: 'Resume your quiz — 5 of 10 answered' });
	await expect(offer).toBeVisible();
	await page.getByRole('button', { name: 'Resume' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 5 of 10');
	expect(await page.locator('.prompt').getAttribute('data-question-id')).toBe(order[4]);
	await expect(page.getByRole('region', { name: 'Feedback' })).toContainText('Correct.');
	await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
	await page.keyboard.press('Enter');
	for (let i = 5; i < 10; i++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} of 10`);
		await answerAndWait(page, questions, i);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz finished');
	await expect(page.locator('.score')).toContainText('5 of 10');
	await expect(page.locator('.answers li')).toHaveCount(10);

	// Finished: a reload offers nothing back.
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
	await expect(page.getByRole('heading', { name: /Resume your quiz/ })).toHaveCount(0);
});

test('a quiz left in a closed tab is offered back in the next one; Start over drops it', async ({
	context
}) => {
	const first = await context.newPage();
	const { bank } = await loadBank(first);
	const questions = new Map(bank.questions.map((q) => [q.id, q]));
	await startTenQuestions(first);
	for (let i = 0; i < 3; i++) {
		await answerAndWait(first, questions, i);
		await first.keyboard.press('Enter');
	}
	await expect(first.getByRole('heading', { level: 1 })).toHaveText('Question 4 of 10');
	await first.close({ runBeforeUnload: true });

	const page = await context.newPage();
	await page.goto(`/banks/${seed}/quiz`);
	await expect(
		page.getByRole('heading', { name: 'Resume your quiz — 3 of 10 answered' })
	).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	await page.getByRole('button', { name: 'Start over' }).click();
	await expect(page.getByRole('heading', { name: /Resume your quiz/ })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
	await expect(page.getByRole('heading', { name: /Resume your quiz/ })).toHaveCount(0);
});
