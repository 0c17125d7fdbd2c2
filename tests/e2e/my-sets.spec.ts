import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	decodeSetLink,
	encodeResultCode,
	encodeSetLink,
	SharedSet,
	type BankSource
} from '../../src/lib/share';
import { Bank } from '../../src/lib/schema/bank';
import { waitForServiceWorker } from './pwa';
import { readQrScreenshot } from './qr-reader';

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const body = readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
	.replace(/^---\n[\s\S]*?\n---\n/, '')
	.trim();
const source: BankSource = { bank, article: { body } };

async function axe(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** Draws `count` questions on /teach, titles the set and shares it; returns its link. */
async function buildSet(page: Page, title: string, count: number): Promise<string> {
	await expect(page.getByRole('button', { name: 'Draw' })).toBeEnabled();
	await page.getByLabel(/^Draw/).fill(String(count));
	await page.getByRole('button', { name: 'Draw' }).click();
	await page.getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByLabel('Link', { exact: true })).toHaveValue(/\/assignments#s2\./);
	return page.getByLabel('Link', { exact: true }).inputValue();
}

/** A student's result code for a set, every answer right. */
async function codeFor(link: string, student: string) {
	const shared = await decodeSetLink(link, async () => source);
	return {
		setId: shared.set.id,
		code: await encodeResultCode({
			v: 1,
			setId: shared.set.id,
			student,
			attempt: 1,
			startedAt: '2026-03-02T09:00:00.000Z',
			finishedAt: '2026-03-02T09:10:00.000Z',
			score: { correct: shared.questions.length, total: shared.questions.length },
			answers: shared.questions.map((q) => ({
				questionId: q.question.id,
				response: q.question.answer,
				correct: true,
				ms: 1000
			}))
		})
	};
}

test('a set is kept, found again, shared again as a new version, duplicated and deleted', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.goto('/teach');
	const first = await buildSet(page, 'Week 3 check', 3);
	// A set of the built-in bank travels by reference (its length is in npm run bench -- links).
	expect(first).toMatch(/#s2\./);

	// A student's result for the first version.
	const old = await codeFor(first, 'Ana');
	await page.goto(`/teach/results?set=${old.setId}`);
	await page.getByLabel(/Paste result codes/).fill(old.code);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByText('Added 1 result.')).toBeVisible();

	// Found again on My sets, after a reload, from the navigation.
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'My sets' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My sets');
	await page.reload();
	const sets = page.getByRole('list').filter({ has: page.getByRole('article') });
	const week3 = page.getByRole('article', { name: 'Week 3 check' });
	await expect(week3).toContainText(/Questions\s*3/);
	await expect(week3).toContainText(bank.title);
	await expect(week3).toContainText('1 code');
	await week3.getByRole('button', { name: 'Link and QR code' }).click();
	await expect(week3.getByRole('textbox', { name: 'Link to “Week 3 check”' })).toHaveValue(first);
	const qr = week3.getByRole('img', { name: 'QR code for the link to “Week 3 check”' });
	await expect(qr).toBeVisible();
	// Read back from a screenshot at 1× by the test's own QR reader, the code holds the link.
	expect(await page.evaluate(() => devicePixelRatio)).toBe(1);
	expect(await readQrScreenshot(page, await qr.screenshot())).toBe(first);
	await axe(page);

	// Edited and shared again: a new version with its own link.
	await week3.getByRole('link', { name: 'Edit and share again' }).click();
	await expect(page.getByText('Editing “Week 3 check” (version 1).')).toBeVisible();
	await expect(page.getByText('3 picked')).toBeVisible();
	await page.getByLabel(/^Draw/).fill('1');
	await page.getByRole('button', { name: 'Draw' }).click();
	await expect(page.getByText('4 picked')).toBeVisible();
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByText('Shared as version 2 of “Week 3 check”.')).toBeVisible();
	const second = await page.getByLabel('Link', { exact: true }).inputValue();
	expect(second).not.toBe(first);

	await page.goto('/teach/sets');
	const current = page.getByRole('article', { name: /Week 3 check · version 2/ });
	await expect(current).toContainText(/Questions\s*4/);
	await current.getByText('Earlier versions (1)').click();
	await current.getByRole('link', { name: 'its results' }).click();
	// The first version's results still read.
	await expect(page.getByLabel('Which set')).toHaveValue(old.setId);
	await expect(page.getByLabel('Which set').locator('option:checked')).toHaveText(
		'Week 3 check (version 1)'
	);
	await expect(
		page.getByRole('region', { name: 'Students' }).getByRole('row', { name: /Ana/ })
	).toBeVisible();

	// Duplicated, then the copy deleted after confirming.
	await page.goto('/teach/sets');
	await page
		.getByRole('article', { name: /Week 3 check · version 2/ })
		.getByRole('button', { name: 'Duplicate' })
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'was added' })).toHaveText(
		'“Week 3 check (copy)” was added, with its own link. Edit it to change it.'
	);
	await expect(sets.getByRole('article')).toHaveCount(2);
	const copy = page.getByRole('article', { name: 'Week 3 check (copy)' });
	await expect(copy).toContainText(/Questions\s*4/);
	await copy.getByRole('button', { name: 'Delete' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete “Week 3 check (copy)”?' });
	await expect(dialog).toContainText('Students who have the link can still open it.');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(sets.getByRole('article')).toHaveCount(2);
	await copy.getByRole('button', { name: 'Delete' }).click();
	await dialog.getByRole('button', { name: 'Delete the set' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toHaveText(
		'“Week 3 check (copy)” was deleted from this device.'
	);
	await page.reload();
	await expect(page.getByRole('article', { name: /Week 3 check · version 2/ })).toBeVisible();
	await expect(sets.getByRole('article')).toHaveCount(1);
});

test('the set being built comes back after a reload', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/teach');
	await expect(page.getByRole('button', { name: 'Draw' })).toBeEnabled();
	await page.getByLabel(/^Draw/).fill('2');
	await page.getByRole('button', { name: 'Draw' }).click();
	await page.getByLabel('Title').fill('Half built');
	const picked = await page
		.getByRole('region', { name: /Picked questions/ })
		.locator('ol.picked > li .text')
		.allInnerTexts();
	expect(picked).toHaveLength(2);
	// Kept on the device (read back from IndexedDB) before the reload.
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<unknown>((ok) => {
						const open = indexedDB.open('factdeck-teacher');
						open.onsuccess = () => {
							const db = open.result;
							if (!db.objectStoreNames.contains('sets')) {
								db.close();
								ok(undefined);
								return;
							}
							const get = db.transaction('sets').objectStore('sets').get('draft:builder');
							get.onsuccess = () => {
								db.close();
								ok((get.result as { title?: string } | undefined)?.title);
							};
							get.onerror = () => ok(undefined);
						};
						open.onerror = () => ok(undefined);
					})
			)
		)
		.toBe('Half built');
	await page.reload();
	await expect(
		page.getByText('“Half built” you were building is back, as you left it.')
	).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Half built');
	await expect(
		page.getByRole('region', { name: /Picked questions/ }).locator('ol.picked > li .text')
	).toHaveText(picked);

	// Started over (after confirming), the form is empty, and stays so after a reload.
	await page.getByRole('button', { name: 'Start a new set' }).click();
	await page
		.getByRole('dialog', { name: 'Start a new set?' })
		.getByRole('button', { name: 'Start a new set' })
		.click();
	await expect(page.getByLabel('Title')).toHaveValue('');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Draw' })).toBeEnabled();
	await expect(page.getByText('0 picked')).toBeVisible();
	await expect(page.getByText('you were building is back')).toHaveCount(0);
});

test('a reference link opens offline on a device that visited the site once', async ({
	browser,
	page: teacher
}) => {
	test.setTimeout(180_000);
	await teacher.goto('/teach');
	const link = await buildSet(teacher, 'Offline check', 10);
	expect(link).toMatch(/#s2\./);

	const context = await browser.newContext({ serviceWorkers: 'allow' });
	const student = await context.newPage();
	await student.goto('/');
	await waitForServiceWorker(student);
	await context.setOffline(true);
	await student.goto(link);
	await expect(student).toHaveURL(/\/assignments\/do#/);
	await expect(student.getByRole('heading', { level: 1 })).toHaveText('Offline check');
	await student.getByLabel(/Your name/).fill('Ana');
	await student.getByRole('button', { name: 'Start' }).click();
	await expect(student.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
	await context.close();
});

test('a link to a bank that changed since says so and saves nothing; a set saved before opens as saved', async ({
	page
}) => {
	test.setTimeout(120_000);
	const questions = bank.questions.slice(0, 3).map((question) => ({
		bankId: bank.id,
		question,
		quote: body.slice(question.source.start, question.source.end).trim(),
		statement: bank.facts.find((f) => f.id === question.factId)!.statement
	}));
	const base = {
		v: 1 as const,
		set: { id: 'changed-bank-0a0b0c', title: 'Changed bank' },
		createdAt: '2026-03-02T09:00:00.000Z'
	};
	// The teacher's copy of a question read differently from today's bank.
	const edited = SharedSet.parse({
		...base,
		questions: questions.map((q, i) =>
			i === 1 ? { ...q, question: { ...q.question, explanation: 'An older explanation.' } } : q
		)
	});
	const gone = SharedSet.parse({
		...base,
		questions: [
			...questions,
			{ ...questions[0]!, question: { ...questions[0]!.question, id: 'q-0badf00d-tf' } }
		]
	});
	const builtIn = (id: string) => id === bank.id;
	await page.goto(`/assignments#${await encodeSetLink(edited, builtIn)}`);
	await expect(page.getByRole('alert')).toContainText(
		'The questions of this set were changed in their bank after your teacher made the set'
	);
	await expect(page.getByRole('alert')).toContainText('Nothing was saved.');
	await page.goto(`/assignments#${await encodeSetLink(gone, builtIn)}`);
	await expect(page.getByRole('alert')).toContainText(
		'One question of this set is no longer in the bank'
	);
	// The unchanged set opens: the check was the bank, not the link.
	await page.goto(
		`/assignments#${await encodeSetLink(SharedSet.parse({ ...base, questions }), builtIn)}`
	);
	await expect(page).toHaveURL(/\/assignments\/do#/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changed bank');
	await page.goto('/assignments');
	await expect(page.getByRole('list').getByRole('heading')).toHaveText(['Changed bank']);

	// The bank changes after the student saved the set: the same link opens the saved set.
	const changed = {
		...bank,
		questions: bank.questions.map((q, i) => (i === 1 ? { ...q, explanation: 'Rewritten.' } : q))
	};
	let fetched = 0;
	await page.route(`**/api/banks/${bank.id}.json`, (route) => {
		fetched++;
		return route.fulfill({ json: { bank: changed, article: { body } } });
	});
	await page.goto(
		`/assignments#${await encodeSetLink(SharedSet.parse({ ...base, questions }), builtIn)}`
	);
	await expect(page).toHaveURL(/\/assignments\/do#/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changed bank');
	expect(fetched).toBe(0);
	await page.goto('/assignments');
	await expect(page.getByRole('list').getByRole('heading')).toHaveText(['Changed bank']);
});
