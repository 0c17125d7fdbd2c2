import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { loadBank, seed } from './study';

const reviewPath = `/banks/${seed}/review`;

async function shownFact(page: Page) {
	return page.locator('.prompt[data-question-id]').getAttribute('data-question-id');
}

async function counts(page: Page) {
	return page.getByTestId('queue-counts').innerText();
}

async function exportBackup(page: Page) {
	await page.goto('/progress');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = await (await download).path();
	return { path: file, data: JSON.parse(await readFile(file, 'utf8')) as Backup };
}

interface Backup {
	cards: { factId: string; card: { reps: number } }[];
	reviews: { id: string; factId: string; grade: number }[];
	undos: unknown[];
}

test('a review session: flip, grade with intervals shown, undo', async ({ page }) => {
	await page.goto(reviewPath);
	const show = page.getByRole('button', { name: /Show answer/ });
	await expect(show).toBeVisible();
	await expect(page.getByTestId('queue-counts')).toContainText('0 due');
	const first = await shownFact(page);

	await page.keyboard.press('Space');
	await expect(page.locator('.back .answer')).toBeVisible();
	const good = page.getByRole('button', { name: /Good/ });
	await expect(good).toContainText(/\d+(m|h|d|mo)/);
	await expect(page.getByRole('button', { name: /Again/ })).toContainText('1m');
	await expect(page.getByRole('status').first()).toContainText('Answer:');

	await page.keyboard.press('3');
	await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	expect(await shownFact(page)).not.toBe(first);

	await page.keyboard.press('u');
	await expect(page.getByTestId('queue-counts')).toContainText('0 reviewed');
	await expect(page.getByRole('status').first()).toContainText('Last grade undone.');
	expect(await shownFact(page)).toBe(first);

	const { data } = await exportBackup(page);
	expect(data.cards).toEqual([]);
	expect(data.undos).toHaveLength(1);
});

test('an undo pressed while the grade is still being saved undoes that grade', async ({ page }) => {
	await page.goto(reviewPath);
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	const first = await shownFact(page);
	await page.keyboard.press('Space');
	await expect(page.locator('.back .answer')).toBeVisible();
	// No wait between the grade and the undo.
	await page.keyboard.press('3');
	await page.keyboard.press('u');
	await expect(page.getByRole('status').first()).toContainText('Last grade undone.');
	await expect(page.getByTestId('queue-counts')).toContainText('0 reviewed');
	expect(await shownFact(page)).toBe(first);
	const { data } = await exportBackup(page);
	expect(data.cards).toEqual([]);
});

test('buttons do everything the keys do', async ({ page }) => {
	await page.goto(reviewPath);
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByRole('button', { name: /Easy/ }).click();
	await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');
	await page.getByRole('button', { name: /Undo last grade/ }).click();
	await expect(page.getByTestId('queue-counts')).toContainText('0 reviewed');
});

test('reloading in the middle of a session loses nothing', async ({ page }) => {
	await page.goto(reviewPath);
	for (let i = 0; i < 3; i++) {
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.keyboard.press(i === 0 ? '1' : '3');
		await expect(page.getByTestId('queue-counts')).toContainText(`${i + 1} reviewed`);
	}
	await page.reload();
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	const { data } = await exportBackup(page);
	expect(data.reviews).toHaveLength(3);
	expect(data.cards).toHaveLength(3);
	expect(data.reviews.map((r) => r.grade)).toEqual([1, 3, 3]);
});

test('two tabs answering at once lose and duplicate nothing, and each sees the other', async ({
	context
}) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto(reviewPath);
	await b.goto(reviewPath);
	await expect(a.getByRole('button', { name: /Show answer/ })).toBeVisible();
	await expect(b.getByRole('button', { name: /Show answer/ })).toBeVisible();
	const before = await counts(b);

	await a.keyboard.press('Space');
	await a.keyboard.press('3');
	await expect(a.getByTestId('queue-counts')).toContainText('1 reviewed');
	// Tab B hears of it and rebuilds its queue: one new fact fewer.
	await expect.poll(() => counts(b)).not.toBe(before);

	await a.keyboard.press('Space');
	await b.keyboard.press('Space');
	await Promise.all([a.keyboard.press('3'), b.keyboard.press('3')]);
	await expect(a.getByTestId('queue-counts')).toContainText('2 reviewed');
	await expect(b.getByTestId('queue-counts')).toContainText('1 reviewed');

	const { data } = await exportBackup(a);
	expect(data.reviews).toHaveLength(3);
	expect(new Set(data.reviews.map((r) => r.id)).size).toBe(3);
	const reps = data.cards.reduce((sum, c) => sum + c.card.reps, 0);
	expect(reps).toBe(3);
});

test('export, clear site data, import: identical progress', async ({ browser, page }) => {
	await page.goto(reviewPath);
	for (let i = 0; i < 4; i++) {
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.keyboard.press(String((i % 4) + 1));
		await expect(page.getByTestId('queue-counts')).toContainText(`${i + 1} reviewed`);
	}
	const exported = await exportBackup(page);
	const figures = await page.locator('.figures').innerText();

	// A fresh context has empty storage, as after clearing site data.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/progress');
	await expect(other.locator('.figures')).toContainText('Facts seen');
	await other.getByLabel(/Import a backup file/).setInputFiles(exported.path);
	await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
		'Imported 4 new reviews (0 already here)'
	);
	await expect.poll(() => other.locator('.figures').innerText()).toBe(figures);
	const again = await exportBackup(other);
	expect(again.data.reviews).toEqual(exported.data.reviews);
	expect(again.data.cards).toEqual(exported.data.cards);

	// Importing the same file twice changes nothing.
	await other.getByLabel(/Import a backup file/).setInputFiles(exported.path);
	await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
		'Imported 0 new reviews (4 already here)'
	);
	await fresh.close();
});

test('a file that is not a backup shows an error and stores nothing', async ({ page }) => {
	await page.goto('/progress');
	// The input works once the page is interactive (it is disabled until then).
	await expect(page.getByLabel(/Import a backup file/)).toBeEnabled();
	await page.getByLabel(/Import a backup file/).setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"factdeck-progress","version":1,"reviews":[{"id":"<script>"}]}')
	});
	await expect(page.getByRole('alert')).toContainText('not a Factdeck progress backup');
	const { data } = await exportBackup(page);
	expect(data.reviews).toEqual([]);
});

test('the home page shows what is due and how much is mastered', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId(`due-${seed}`)).toHaveText('0 due today');
	await page.goto(reviewPath);
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.keyboard.press('1');
	await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');
	await page.goto('/');
	await expect(page.getByTestId(`due-${seed}`)).toHaveText('1 due today');
	await expect(page.getByRole('meter', { name: /mastered/ })).toBeVisible();
});

test('the daily limit of new facts is a setting', async ({ page }) => {
	await page.goto('/progress');
	await page.getByLabel('New facts per day').fill('2');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await page.goto(reviewPath);
	await expect(page.getByTestId('queue-counts')).toContainText('2 new');
	for (let i = 0; i < 2; i++) {
		await page.getByRole('button', { name: /Show answer/ }).click();
		await page.keyboard.press('4');
		await expect(page.getByTestId('queue-counts')).toContainText(`${i + 1} reviewed`);
	}
	await expect(page.getByRole('heading', { name: 'All caught up' })).toBeVisible();
	await expect(page.getByText("You have reached today's limit of new cards")).toBeVisible();
});

test('flashcards and quiz feedback have no axe violations while in use', async ({ page }) => {
	await page.goto(reviewPath);
	await page.getByRole('button', { name: /Show answer/ }).click();
	await expect(page.locator('.back')).toBeVisible();
	let results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	await page.goto(`/banks/${seed}/quiz`);
	const start = page.getByRole('button', { name: 'Start quiz' });
	await expect(start).toBeEnabled();
	// A question answered by one key or one typed line: matching and ordering take several.
	for (const type of ['Matching', 'Ordering']) {
		const box = page.getByRole('checkbox', { name: type });
		if (await box.count()) await box.uncheck();
	}
	await start.click();
	await expect(page.locator('.prompt[data-question-id]')).toBeVisible();
	const typed = page.getByLabel('Your answer');
	if (await typed.isVisible()) {
		await typed.fill('something');
		await typed.press('Enter');
	} else {
		await page.keyboard.press('1');
	}
	await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
	results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a corrupt stored record is set aside and reported, and study goes on', async ({ page }) => {
	await page.goto(reviewPath);
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	await page.evaluate(
		(bank) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('factdeck');
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readwrite');
					tx.objectStore('progress').put({ v: 1, card: 'garbage' }, `card:${bank}:f-broken`);
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		seed
	);
	await page.reload();
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	await page.goto('/progress');
	const section = page.getByRole('region', { name: 'Records set aside' });
	await expect(section).toContainText('1 stored record could not be read');
	await expect(section).toContainText(`card:${seed}:f-broken`);
});

/** The interval on each grade button, Again to Easy. */
async function intervalLabels(page: Page) {
	await expect(page.locator('.grade .interval').first()).not.toBeEmpty();
	return page.locator('.grade .interval').allInnerTexts();
}

async function setNewPerDay(page: Page, count: number) {
	await page.goto('/progress');
	await page.getByLabel('New facts per day').fill(String(count));
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
}

/** Turns the card over and returns its intervals. */
async function turn(page: Page) {
	await page.getByRole('button', { name: /Show answer/ }).click();
	await expect(page.locator('.back .answer')).toBeVisible();
	return intervalLabels(page);
}

/**
 * The card on screen came straight back: face down, and once turned its intervals are the ones
 * a fresh page computes for it (a reload reads everything again).
 */
async function expectFreshShowing(page: Page, factId: string, facts: Map<string, string>) {
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	await expect(page.locator('.back')).toHaveCount(0);
	expect(facts.get((await shownFact(page))!)).toBe(factId);
	const shown = await turn(page);
	await page.reload();
	expect(facts.get((await shownFact(page))!)).toBe(factId);
	expect(await turn(page)).toEqual(shown);
	return shown;
}

test.describe('a card that comes straight back starts face down with its own intervals', () => {
	// A still clock: labels read twice must be for the same moment.
	const t0 = new Date('2026-03-02T09:00:00Z');
	let facts: Map<string, string>;
	test.beforeEach(async ({ page }) => {
		await page.clock.setFixedTime(t0);
		facts = new Map((await loadBank(page)).bank.questions.map((q) => [q.id, q.factId]));
	});

	test('Again on the last new card of the day', async ({ page }) => {
		await setNewPerDay(page, 2);
		await page.goto(reviewPath);
		await turn(page);
		await page.keyboard.press('3');
		await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');
		const last = facts.get((await shownFact(page))!)!;
		const asNew = await turn(page);
		await page.keyboard.press('1');
		await expect(page.getByTestId('queue-counts')).toContainText('2 reviewed');
		const again = await expectFreshShowing(page, last, facts);
		expect(again).not.toEqual(asNew);
	});

	test('Again with one new card a day', async ({ page }) => {
		await setNewPerDay(page, 1);
		await page.goto(reviewPath);
		const fact = facts.get((await shownFact(page))!)!;
		const asNew = await turn(page);
		await page.keyboard.press('1');
		await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');
		expect(await expectFreshShowing(page, fact, facts)).not.toEqual(asNew);
	});

	test('Again on a due card', async ({ page }) => {
		await setNewPerDay(page, 1);
		await page.goto(reviewPath);
		const fact = facts.get((await shownFact(page))!)!;
		for (let i = 0; i < 2; i++) {
			await turn(page);
			await page.keyboard.press('3');
			await expect(page.getByTestId('queue-counts')).toContainText(`${i + 1} reviewed`);
		}
		// A month later the card is due, and no new card is offered beside it.
		await page.clock.setFixedTime(new Date(t0.getTime() + 30 * 86_400_000));
		await setNewPerDay(page, 0);
		await page.goto(reviewPath);
		await expect(page.getByTestId('queue-counts')).toContainText('1 due');
		const asDue = await turn(page);
		await page.keyboard.press('1');
		await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');
		expect(await expectFreshShowing(page, fact, facts)).not.toEqual(asDue);
	});

	test('brought back by undo', async ({ page }) => {
		await setNewPerDay(page, 1);
		await page.goto(reviewPath);
		const fact = facts.get((await shownFact(page))!)!;
		const asNew = await turn(page);
		await page.keyboard.press('3');
		await expect(page.getByTestId('queue-counts')).toContainText('1 reviewed');
		// Good on a new card: back in ten minutes, so shown again now; turned, then the grade undone.
		expect(await turn(page)).not.toEqual(asNew);
		await page.keyboard.press('u');
		await expect(page.getByTestId('queue-counts')).toContainText('0 reviewed');
		expect(await expectFreshShowing(page, fact, facts)).toEqual(asNew);
	});
});

test('undo goes back several grades, naming each card, and after a reload the last of the day', async ({
	page
}) => {
	const { bank } = await loadBank(page);
	const prompts = new Map(bank.questions.map((q) => [q.id, q.prompt]));
	await page.goto(reviewPath);
	const graded: string[] = [];
	for (let i = 0; i < 3; i++) {
		graded.push((await shownFact(page))!);
		await turn(page);
		await page.keyboard.press('3');
		await expect(page.getByTestId('queue-counts')).toContainText(`${i + 1} reviewed`);
	}
	const status = page.getByRole('status').first();
	for (const i of [2, 1]) {
		await page.keyboard.press('u');
		await expect(page.getByTestId('queue-counts')).toContainText(`${i} reviewed`);
		expect(await shownFact(page)).toBe(graded[i]);
		await expect(status).toHaveText(
			`Last grade undone. This card is back: ${prompts.get(graded[i]!)!.replaceAll('_____', 'blank')}`
		);
	}

	await page.reload();
	const undo = page.getByRole('button', { name: /Undo last grade/ });
	await expect(undo).toBeEnabled();
	await undo.click();
	await expect(status).toContainText('Last grade undone. This card is back:');
	expect(await shownFact(page)).toBe(graded[0]);
	await expect(undo).toBeDisabled();

	const { data } = await exportBackup(page);
	expect(data.cards).toEqual([]);
	expect(data.undos).toHaveLength(3);
});
