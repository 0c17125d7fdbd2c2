import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { waitForServiceWorker } from './pwa';
import { answerShown, loadBank } from './study';

test('a teacher assigns a set, a student does it offline, the teacher reads the result', async ({
	browser,
	page: teacher
}) => {
	const { bank } = await loadBank(teacher);
	const questions = new Map(bank.questions.map((q) => [q.id, q]));

	// The teacher builds a set of five typed or choice questions.
	await teacher.goto('/teach');
	await expect(teacher.getByRole('button', { name: 'Draw' })).toBeEnabled();
	for (const type of ['Matching', 'Ordering']) {
		const box = teacher.getByRole('checkbox', { name: type, exact: true });
		if (await box.count()) await box.uncheck();
	}
	await teacher.getByLabel(/^Draw/).fill('5');
	await teacher.getByRole('button', { name: 'Draw' }).click();
	await expect(teacher.getByText('5 picked')).toBeVisible();
	await teacher.getByLabel('Title').fill('Summit check <script>alert(1)</script>');
	await teacher.getByRole('radio', { name: 'The same for everyone' }).check();
	await teacher.getByRole('button', { name: 'Create link' }).click();
	const link = await teacher.getByLabel('Link', { exact: true }).inputValue();
	expect(link).toMatch(/\/assignments#s2\./);
	await expect(teacher.getByRole('img', { name: /QR code/ })).toBeVisible();

	// A student on another device opens the link.
	const studentContext = await browser.newContext({ serviceWorkers: 'allow' });
	const student = await studentContext.newPage();
	await student.goto(link);
	await expect(student).toHaveURL(/\/assignments\/do#/);
	// After this one visit the student's phone needs no network.
	await waitForServiceWorker(student);
	await studentContext.setOffline(true);
	await expect(student.getByRole('heading', { level: 1 })).toHaveText(
		'Summit check <script>alert(1)</script>'
	);
	await student.getByLabel(/Your name/).fill('Ana <b>Ruiz</b>');
	await student.getByRole('button', { name: 'Start' }).click();

	const plan = [true, false, true, true, true];
	for (let i = 0; i < plan.length; i++) {
		if (i === 2) {
			// A reload midway, offline, loses nothing: the attempt resumes at the third question.
			await student.reload();
			await expect(student.getByRole('heading', { name: 'Question 3 of 5' })).toBeVisible();
		}
		await expect(student.getByRole('heading', { name: `Question ${i + 1} of 5` })).toBeVisible();
		await answerShown(student, questions, plan[i]!);
		await expect(student.getByRole('region', { name: 'Feedback' })).toContainText(
			plan[i] ? 'Correct.' : 'Not quite.'
		);
		await student.getByRole('button', { name: i < 4 ? 'Next question' : 'Finish' }).click();
	}
	// Finishing writes the code (its module loaded then, from the offline cache): give it time.
	await expect(student.locator('.score')).toContainText('4 of 5', { timeout: 20_000 });
	const code = (await student.getByTestId('result-code').innerText()).trim();
	expect(code).toMatch(/^r3\./);
	await studentContext.setOffline(false);
	await studentContext.close();

	// Back on the teacher's device: paste the code, read the class table.
	await teacher.goto('/teach/results');
	await expect(teacher.getByLabel('Which set')).toContainText('Summit check');
	await teacher.getByLabel(/Paste result codes/).fill(`  ${code}\n`);
	await teacher.getByRole('button', { name: 'Add codes' }).click();
	await expect(teacher.getByText('Added 1 result.')).toBeVisible();
	const students = teacher.getByRole('region', { name: 'Students' });
	await expect(students.getByRole('row', { name: /Ana <b>Ruiz<\/b>/ })).toContainText('4/5 (80%)');
	const rows = teacher.getByRole('region', { name: 'Questions' }).locator('tbody tr');
	await expect(rows).toHaveCount(5);
	const shares = (await rows.locator('td:nth-of-type(1)').allInnerTexts()).map(
		(t) => t.split(' ')[0]
	);
	expect(shares.sort()).toEqual(['0%', '100%', '100%', '100%', '100%']);
	const wrongRow = rows.filter({ has: teacher.locator('td', { hasText: /^0%/ }) });
	await expect(wrongRow.locator('td').nth(1)).not.toHaveText('—');

	const download = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Download every attempt (CSV)' }).click();
	const csv = await readFile(await (await download).path(), 'utf8');
	const lines = csv.trim().split(/\r\n/);
	expect(lines).toHaveLength(2);
	expect(lines[1]).toContain('Ana <b>Ruiz</b>');

	// A mistyped code is refused with a message and stores nothing.
	const broken = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11);
	await teacher.getByLabel(/Paste result codes/).fill(broken);
	await teacher.getByRole('button', { name: 'Add codes' }).click();
	await expect(teacher.getByRole('alert')).toContainText('Not added');
	await expect(students.locator('tbody tr')).toHaveCount(1);
});

test('a damaged or hostile link shows an error and stores nothing', async ({ page }) => {
	for (const fragment of ['s1.%%%notbase64', 's9.AAAA', 's1.' + 'A'.repeat(5000), 'hello']) {
		await page.goto(`/assignments#${fragment}`);
		await expect(page.getByRole('alert')).toContainText('Nothing was saved');
	}
	await page.goto('/assignments');
	await expect(page.getByText('No assignments yet.')).toBeVisible();
});

test('a committed set opens like a link', async ({ page }) => {
	await page.goto('/sets/summit-warm-up');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('White House summit');
	await expect(page.getByLabel('Link to share')).toHaveValue(/\/sets\/summit-warm-up$/);
	await page.getByRole('button', { name: 'Show QR code' }).click();
	await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
	await page.getByRole('button', { name: 'Start this set' }).click();
	await expect(page).toHaveURL(/\/assignments\/do#summit-warm-up/);
	await page.goto('/');
	await expect(page.getByRole('region', { name: 'Your assignments' })).toContainText(
		'White House summit'
	);
});

for (const path of ['/teach', '/teach/results', '/assignments', '/sets/summit-warm-up']) {
	test(`${path} has no axe violations`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
}

test('an assignment in progress has no axe violations', async ({ page }) => {
	await page.goto('/sets/summit-warm-up');
	await page.getByRole('button', { name: 'Start this set' }).click();
	await page.getByLabel(/Your name/).fill('Kim');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('in a set, focus goes to the answer of each next question and the live region names it', async ({
	page
}) => {
	const { bank } = await loadBank(page);
	const questions = new Map(bank.questions.map((q) => [q.id, q]));
	await page.goto('/sets/summit-warm-up');
	await page.getByRole('button', { name: 'Start this set' }).click();
	await page.getByLabel(/Your name/).fill('Kim');
	await page.getByRole('button', { name: 'Start' }).click();
	const first = page.getByRole('heading', { name: /Question 1 of/ });
	await expect(first).toBeVisible();
	const total = Number(/of (\d+)/.exec(await first.innerText())![1]);
	const status = page.locator('.visually-hidden[role="status"]');
	await answerShown(page, questions, true);
	// Questions 2 and 3 are typed (gap-fill, short answer): typing needs no Tab first.
	for (const n of [2, 3]) {
		await expect(page.getByRole('region', { name: 'Feedback' })).toContainText('Correct.');
		await page.getByRole('button', { name: 'Next question' }).press('Enter');
		await expect(page.getByRole('heading', { name: `Question ${n} of ${total}` })).toBeVisible();
		await expect(page.getByLabel('Your answer')).toBeFocused();
		await expect(status).toHaveText(`Question ${n} of ${total}`);
		const id = await page.locator('.prompt[data-question-id]').getAttribute('data-question-id');
		await page.keyboard.type(questions.get(id ?? '')!.answer);
		await page.keyboard.press('Enter');
	}
	// Question 4 is matching: its first drop-down.
	await expect(page.getByRole('region', { name: 'Feedback' })).toContainText('Correct.');
	await page.getByRole('button', { name: 'Next question' }).press('Enter');
	await expect(page.getByRole('heading', { name: `Question 4 of ${total}` })).toBeVisible();
	await expect(page.locator('select').first()).toBeFocused();
	await expect(status).toHaveText(`Question 4 of ${total}`);
});
