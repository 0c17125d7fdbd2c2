import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank } from '../../src/lib/generate';
import { Article, ArticleMeta } from '../../src/lib/schema/article';
import { Bank } from '../../src/lib/schema/bank';
import { Review } from '../../src/lib/schema/review';
import { generating } from './study';

const fixture = 'tests/fixtures/articles/comet-probe-findings.md';

async function fixtureArticle() {
	const { data, body } = parseFrontMatter(await readFile(fixture, 'utf8'));
	return { meta: ArticleMeta.parse(data), body };
}

/** Fills the paste form the way a teacher would. */
async function paste(
	page: Page,
	fields: { title: string; publisher: string; published: string; body: string }
) {
	await page.getByLabel('Title', { exact: true }).fill(fields.title);
	await page.getByLabel('Publisher').fill(fields.publisher);
	await page.getByLabel('Published').fill(fields.published);
	await page.getByLabel('Article text').fill(fields.body);
}

/** Opens /teach/new, pastes the fixture article and generates its questions. */
async function generateFixture(page: Page) {
	const { meta, body } = await fixtureArticle();
	await page.goto('/teach/new');
	await expect(page.getByRole('button', { name: 'Generate questions' })).toBeEnabled();
	await paste(page, {
		title: meta.title,
		publisher: meta.publisher,
		published: meta.published,
		body
	});
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { name: 'Review the questions' })).toBeVisible(generating);
	return meta;
}

async function downloadText(page: Page, button: string): Promise<string> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: button, exact: true }).click();
	return readFile(await (await download).path(), 'utf8');
}

/** The local banks this browser holds, read straight from IndexedDB. */
function storedBankIds(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('factdeck-local-banks');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('banks')) return resolve([]);
					const keys = db.transaction('banks').objectStore('banks').getAllKeys();
					keys.onsuccess = () => resolve(keys.result.map(String));
					keys.onerror = () => reject(keys.error);
				};
			})
	);
}

test('bad pastes show every problem and store nothing', async ({ page }) => {
	await page.goto('/teach/new');
	const generate = page.getByRole('button', { name: 'Generate questions' });
	await expect(generate).toBeEnabled();

	await generate.click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Title:');
	await expect(alert).toContainText('Publisher:');
	await expect(alert).toContainText('Article text:');

	await paste(page, {
		title: 'Harbour news',
		publisher: 'The Courier',
		published: '2024-05-01',
		body: '<p>The council met on Monday.</p><script>alert(1)</script>'
	});
	await generate.click();
	await expect(alert).toContainText('HTML');
	// Shown as text, never run: the page still has no script from the paste.
	await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);

	await page.getByLabel('Article text').fill('x'.repeat(200_001));
	await generate.click();
	await expect(alert).toContainText('200,000');

	await page.getByLabel('Article text').fill('Harbour News\nThe Courier');
	await generate.click();
	await expect(alert).toContainText('sentences');

	expect(await storedBankIds(page)).toEqual([]);
});

test('a teacher turns an article into a bank, reviews it, studies it and shares a set', async ({
	browser,
	page
}) => {
	test.slow();
	const meta = await generateFixture(page);

	const list = page.getByRole('region', { name: 'Questions' });
	await expect(page.getByRole('heading', { name: 'Review the questions' })).toBeVisible();
	const items = list.locator('ol.list > li');
	expect(await items.count()).toBeGreaterThan(10);
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	// Reject the first question.
	const first = items.nth(0);
	const rejectedPrompt = (await first.locator('.prompt').innerText()).trim();
	await first.getByRole('button', { name: 'Reject' }).click();
	await expect(first.locator('.status')).toHaveText('Rejected');
	// Focus stays on the card: its Restore button took the place of Reject.
	await expect(first.getByRole('button', { name: 'Restore' })).toBeFocused();
	await expect(page.getByRole('status')).toContainText('Question 1 rejected.');

	// Edit the second: its source sentence is highlighted in the article while it is open.
	const second = items.nth(1);
	await second.getByRole('button', { name: 'Edit' }).click();
	await expect(page.locator('.article-text mark.active')).toHaveCount(1);
	const explanation = second.getByLabel('Explanation');
	await explanation.fill('Checked by the teacher: the probe’s own instruments found the ice.');
	await second.getByRole('button', { name: 'Save changes' }).click();
	await expect(second.locator('.status')).toHaveText('Edited');

	// Add a question from words selected in the article.
	await page.evaluate(() => {
		const run = [...document.querySelectorAll<HTMLElement>('.article-text [data-start]')].find(
			(el) => (el.textContent ?? '').includes('drilled into the crust')
		)!;
		const text = run.firstChild!;
		const at = text.textContent!.indexOf('drilled into the crust');
		const range = document.createRange();
		range.setStart(text, at);
		range.setEnd(text, at + 'drilled into the crust'.length);
		const selection = getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
		document.dispatchEvent(new Event('selectionchange'));
	});
	const add = page.getByRole('region', { name: 'Add a question' });
	await expect(add.getByLabel('Answer', { exact: true })).toHaveValue('drilled into the crust');
	await add.getByRole('button', { name: 'Add question' }).click();
	await expect(items.locator('.status', { hasText: /^Added$/ })).toHaveCount(1);

	// A multiple-choice question from typed words: the answer joins the wrong options.
	await add.getByLabel('Answer', { exact: true }).fill('French Guiana');
	await add.getByLabel('Form').selectOption('mcq');
	await add
		.getByLabel('Question', { exact: true })
		.fill('Where was the Kestrel probe launched from?');
	await add.getByLabel(/Wrong options/).fill('Kourou Island\nCape Canaveral\nBaikonur');
	await add.getByRole('button', { name: 'Add question' }).click();
	await expect(items.locator('.status', { hasText: /^Added$/ })).toHaveCount(2);
	const afterEdits = await new AxeBuilder({ page }).analyze();
	expect(afterEdits.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	await page.getByRole('button', { name: 'Save bank' }).click();
	await expect(page).toHaveURL(/\/mine\/bank\?id=probe-finds-water-ice/, generating);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(meta.title);
	await expect(page.locator('.flash')).toContainText('saved on this device');
	await page.screenshot({ path: test.info().outputPath('local-bank.png'), fullPage: true });

	// The saved bank is what the teacher decided.
	const saved = Bank.parse(JSON.parse(await downloadText(page, 'JSON')));
	expect(saved.questions.map((q) => q.prompt)).not.toContain(rejectedPrompt);
	expect(saved.questions.map((q) => q.explanation)).toContain(
		'Checked by the teacher: the probe’s own instruments found the ice.'
	);
	expect(saved.questions.some((q) => q.answer === 'drilled into the crust')).toBe(true);
	const typed = saved.questions.find(
		(q) => q.prompt === 'Where was the Kestrel probe launched from?'
	);
	expect(typed).toMatchObject({ type: 'mcq', answer: 'French Guiana' });
	expect(typed && 'options' in typed ? [...(typed.options ?? [])].sort() : []).toEqual([
		'Baikonur',
		'Cape Canaveral',
		'French Guiana',
		'Kourou Island'
	]);

	// Its article + review pair gives the same bank through the generator the CLI runs.
	const markdown = await downloadText(page, 'Article (.md)');
	const review = Review.parse(JSON.parse(await downloadText(page, 'Review (.json)')));
	const parsed = parseFrontMatter(markdown);
	const article = Article.parse({
		...ArticleMeta.parse(parsed.data),
		id: saved.id,
		body: parsed.body
	});
	expect(generateBank(article, { review }).bank).toEqual(saved);

	// It sits on the home page beside the built-in banks and studies like them.
	await page.goto('/');
	const card = page.getByRole('article', { name: meta.title });
	await expect(card).toContainText('made on this device');
	await card.getByRole('link', { name: 'Flashcards' }).click();
	await expect(page.getByRole('heading', { name: 'Flashcards' })).toBeVisible();
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('button', { name: /Good/ }).click();
	await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');

	await page.goto('/');
	await page.getByRole('article', { name: meta.title }).getByRole('link', { name: 'Quiz' }).click();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();

	// Its progress is on the progress page, and a backup carries the bank with it to a fresh browser.
	await page.goto('/progress');
	await expect(page.getByRole('region', { name: meta.title })).toContainText('made on this device');
	await expect(page.getByRole('region', { name: meta.title })).toContainText('Facts seen');
	const backupDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const backupPath = await (await backupDownload).path();
	const elsewhere = await (await browser.newContext()).newPage();
	await elsewhere.goto('/progress');
	await expect(elsewhere.getByLabel(/Import a backup file/)).toBeEnabled();
	await elsewhere.getByLabel(/Import a backup file/).setInputFiles(backupPath);
	await expect(elsewhere.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
		'1 bank made on a device restored'
	);
	await elsewhere.goto('/');
	await expect(elsewhere.getByRole('article', { name: meta.title })).toContainText(
		'made on this device'
	);
	await elsewhere.context().close();

	// A set built from it carries its questions: a fresh browser without the bank can do it.
	await page.goto(`/teach?bank=${saved.id}`);
	await expect(page.getByRole('checkbox', { name: /Probe Finds Water Ice/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /Kishida, Biden/ })).not.toBeChecked();
	await page.getByLabel(/^Draw/).fill('3');
	await page.getByRole('button', { name: 'Draw' }).click();
	await expect(page.getByText('3 picked')).toBeVisible();
	await page.getByLabel('Title').fill('Comet check');
	await page.getByRole('button', { name: 'Create link' }).click();
	const link = await page.getByLabel('Link', { exact: true }).inputValue();

	const student = await (await browser.newContext()).newPage();
	await student.goto(link);
	await expect(student.getByRole('heading', { level: 1 })).toHaveText('Comet check');
	await student.getByLabel(/Your name/).fill('Sam');
	await student.getByRole('button', { name: 'Start' }).click();
	await expect(student.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
	expect(await storedBankIds(student)).toEqual([]);
	await student.context().close();

	// A set mixing it with the built-in bank names the built-in questions and carries the others.
	await page.goto(`/teach?bank=${saved.id}`);
	await expect(page.getByRole('checkbox', { name: /Probe Finds Water Ice/ })).toBeChecked();
	await page.getByLabel(/^Draw/).fill('2');
	await page.getByRole('button', { name: 'Draw' }).click();
	await expect(page.getByText('2 picked')).toBeVisible();
	await page.getByRole('checkbox', { name: /Probe Finds Water Ice/ }).uncheck();
	await page.getByRole('checkbox', { name: /Kishida, Biden/ }).check();
	await page.getByRole('button', { name: 'Draw' }).click();
	await expect(page.getByText('4 picked')).toBeVisible();
	await page.getByLabel('Title').fill('Comet and summit');
	await page.getByRole('button', { name: 'Create link' }).click();
	await expect(page.getByLabel('Link', { exact: true })).toHaveValue(/#s3\./);
	const mixed = await page.getByLabel('Link', { exact: true }).inputValue();
	const other = await (await browser.newContext()).newPage();
	await other.goto(mixed);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Comet and summit');
	await other.getByLabel(/Your name/).fill('Sam');
	await other.getByRole('button', { name: 'Start' }).click();
	await expect(other.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
	await other.context().close();
});

test('a review in progress survives a reload', async ({ page }) => {
	const meta = await generateFixture(page);
	const items = page.locator('ol.list > li');
	await items.nth(2).getByRole('button', { name: 'Reject' }).click();
	const rejected = await items.nth(2).getAttribute('data-question-id');
	const counts = await page.getByTestId('draft-counts').innerText();
	expect(counts).toContain('1 rejected');

	// Kept on the device a moment after the change: a reload (or a crashed tab) loses nothing.
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise((ok) => {
						const open = indexedDB.open('factdeck-local-banks');
						open.onsuccess = () => {
							const get = open.result.transaction('banks').objectStore('banks').get('draft:new');
							get.onsuccess = () =>
								ok(
									(get.result as { draft?: { rejected?: string[] } } | undefined)?.draft
										?.rejected ?? []
								);
						};
					})
			)
		)
		.toEqual([rejected]);
	await page.reload();
	await expect(page.getByRole('region', { name: 'Unsaved review' })).toContainText(meta.title);
	await page.getByRole('button', { name: 'Resume the review' }).click();
	await expect(page.getByTestId('draft-counts')).toHaveText(counts);
	await expect(page.locator(`li[data-question-id="${rejected}"] .status`)).toHaveText('Rejected');

	await page.getByRole('button', { name: 'Discard and start over' }).click();
	await expect(page.getByRole('button', { name: 'Generate questions' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Generate questions' })).toBeEnabled();
	await expect(page.getByRole('region', { name: 'Unsaved review' })).toHaveCount(0);
});

/** The questions rejected in the review kept on the device, or undefined when none is kept. */
function keptRejections(page: Page) {
	return page.evaluate(
		() =>
			new Promise<string[] | undefined>((ok, fail) => {
				const open = indexedDB.open('factdeck-local-banks');
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('banks').objectStore('banks').get('draft:new');
					get.onsuccess = () => {
						db.close();
						ok((get.result as { draft?: { rejected?: string[] } } | undefined)?.draft?.rejected);
					};
					get.onerror = () => fail(get.error);
				};
				open.onerror = () => fail(open.error);
			})
	);
}

test('a decision kept as it is made is there when the tab is reopened', async ({
	page,
	context
}) => {
	const meta = await generateFixture(page);
	const items = page.locator('ol.list > li');
	await expect(items.first()).toBeVisible();
	// The review as generated is kept first: from here on only the next change is unsaved.
	await expect.poll(() => keptRejections(page)).toEqual([]);

	await items.nth(1).getByRole('button', { name: 'Reject' }).click();
	await expect(items.nth(1).locator('.status')).toHaveText('Rejected');
	const rejected = await items.nth(1).getAttribute('data-question-id');
	// Kept on the device with no save button pressed; closing the tab then loses nothing.
	await expect.poll(() => keptRejections(page)).toEqual([rejected]);
	await page.close();

	const again = await context.newPage();
	await again.goto('/teach/new');
	await expect(again.getByRole('region', { name: 'Unsaved review' })).toContainText(meta.title);
	expect(await keptRejections(again)).toEqual([rejected]);
	await again.getByRole('button', { name: 'Resume the review' }).click();
	await expect(again.locator(`li[data-question-id="${rejected}"] .status`)).toHaveText('Rejected');
});

test('an article not in English is generated with a clear warning to check its questions', async ({
	page
}) => {
	// The fixture's facts, in a language the generator has no pack for.
	const spanish = [
		'La sonda Kestrel encontró hielo de agua a unos 40 centímetros bajo la superficie del cometa Veyra, según los científicos del instituto.',
		'La sonda llegó al cometa en noviembre después de un viaje de siete años, y los datos llegaron a la Tierra el martes.',
		'Los investigadores dijeron que el hielo contenía un 3,2 por ciento de agua pesada, una proporción parecida a la de los océanos.'
	].join('\n\n');
	await page.goto('/teach/new');
	await expect(page.getByRole('button', { name: 'Generate questions' })).toBeEnabled();
	await paste(page, {
		title: 'La sonda Kestrel',
		publisher: 'El Diario de Prueba',
		published: '2024-02-02',
		body: spanish
	});
	await page.getByRole('button', { name: 'Generate questions' }).click();
	const warning = page.getByRole('note', { name: 'Check these questions with care' });
	await expect(warning).toContainText('does not read as English', generating);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a bank address this device does not have says so', async ({ page }) => {
	await page.goto('/mine/quiz?id=nothing-here');
	await expect(page.getByRole('alert')).toContainText(
		'There is no bank “nothing-here” on this device'
	);
});

test('/teach/new has no axe violations', async ({ page }) => {
	await page.goto('/teach/new');
	await page.waitForLoadState('networkidle');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a bank made here and since built in shows once, as the built-in bank', async ({ page }) => {
	const { bank, article } = await (
		await page.request.get('/api/banks/kishida-biden-summit.json')
	).json();
	const now = new Date().toISOString();
	const record = {
		version: 1,
		id: bank.id,
		article,
		review: { version: 1, decisions: {} },
		bank,
		createdAt: now,
		updatedAt: now
	};
	await page.goto('/');
	await page.evaluate(
		(value) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('factdeck-local-banks');
				open.onupgradeneeded = () => open.result.createObjectStore('banks');
				open.onsuccess = () => {
					const tx = open.result.transaction('banks', 'readwrite');
					tx.objectStore('banks').put(value, `bank:${value.id}`);
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			}),
		record
	);
	for (const path of ['/', '/teach', '/progress']) {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expect(page.getByText(bank.title, { exact: false }).first()).toBeVisible();
		await expect(page.getByText('made on this device')).toHaveCount(0);
		expect(errors).toEqual([]);
	}
});
