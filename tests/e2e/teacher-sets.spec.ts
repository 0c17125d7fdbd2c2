import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { encodeResultCode, encodeSetLink, type SharedSetInput } from '../../src/lib/share';
import { readQrScreenshot } from './qr-reader';
import matchingExample from '../../src/lib/question-types/matching/example';
import orderingExample from '../../src/lib/question-types/ordering/example';

interface SetFile {
	id: string;
	items: { bank: string; question: string }[];
}
interface BankFile {
	title: string;
	questions: {
		id: string;
		type: string;
		answer: string;
		factId: string;
		pairs?: { left: string; right: string }[];
	}[];
}

const readJson = async <T>(path: string) => JSON.parse(await readFile(path, 'utf8')) as T;

async function axe(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** Svelte's errors (a duplicate key among them) fail the test that raised them. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	return errors;
}

test('the results page holds colliding names, its own link, repeats and wrong files', async ({
	page
}) => {
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	const set = await readJson<SetFile>('questions/sets/summit-warm-up.json');
	const bank = await readJson<BankFile>('questions/banks/kishida-biden-summit.json');
	const questions = set.items.map((i) => bank.questions.find((q) => q.id === i.question)!);
	const matching = questions.find((q) => q.type === 'matching')!;
	const swapped = matching.pairs!.map((p, i, all) => ({
		left: p.left,
		right: all[(i + 1) % all.length]!.right
	}));
	const codeFor = (student: string, attempt: number, right: boolean) =>
		encodeResultCode({
			v: 1,
			setId: set.id,
			student,
			attempt,
			startedAt: '2026-03-02T09:00:00.000Z',
			finishedAt: '2026-03-02T09:10:00.000Z',
			score: { correct: right ? questions.length : 0, total: questions.length },
			answers: questions.map((q) => ({
				questionId: q.id,
				response: right ? q.answer : q.type === 'matching' ? JSON.stringify(swapped) : 'Zzyzx',
				correct: right,
				ms: 1000
			}))
		});
	// "Dan" attempt 11 and "Dan1" attempt 1 once made the same row key.
	const dan = await codeFor('Dan', 11, false);
	const dan1 = await codeFor('Dan1', 1, true);

	// The set's own link (a set of the same id as the one listed), as a teacher would paste it.
	const ownLink = await encodeSetLink({
		v: 1,
		set: { id: set.id, title: 'White House summit, from its link' },
		questions: questions.map((question) => ({
			bankId: 'kishida-biden-summit',
			quote: 'A sentence of the article.',
			question: question as unknown as SharedSetInput['questions'][number]['question']
		})),
		createdAt: '2026-03-01T08:00:00.000Z'
	});

	await page.goto('/teach/results');
	await page
		.getByLabel('Which set')
		.selectOption({ label: 'White House summit and space pact: warm-up' });
	await page.getByLabel(/Paste result codes/).fill(`Dan: (${dan}).\nDan1 — “${dan1}”,`);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added 2 results.' })).toBeVisible();
	const students = page.getByRole('region', { name: 'Students' });
	await expect(students.locator('tbody tr')).toHaveCount(2);
	await expect(students.getByRole('row', { name: /^Dan1/ })).toContainText('100%');

	// The same code again is said to be there already, and is kept once.
	await page.getByLabel(/Paste result codes/).fill(dan);
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByText('This result was already added')).toBeVisible();
	await expect(students.locator('tbody tr')).toHaveCount(2);

	// Pasting the link of a set already listed lists it once and keeps its results.
	await page
		.getByLabel("Or paste the set's link")
		.fill(`${new URL(page.url()).origin}/assignments#${ownLink}`);
	await page.getByRole('button', { name: 'Use this set' }).click();
	await expect(page.getByLabel("Or paste the set's link")).toHaveValue('');
	await expect(
		page.getByLabel('Which set').locator('option', { hasText: 'White House summit' })
	).toHaveCount(1);
	await expect(students.locator('tbody tr')).toHaveCount(2);

	// After a reload every table is back.
	await page.reload();
	await page
		.getByLabel('Which set')
		.selectOption({ label: 'White House summit and space pact: warm-up' });
	await expect(students.locator('tbody tr')).toHaveCount(2);
	const questionRows = page.getByRole('region', { name: 'Questions' }).locator('tbody tr');
	await expect(questionRows).toHaveCount(questions.length);

	// A wrong matching answer reads as pairs, one under the other.
	const matchingRow = page.locator(`tr[data-question-id="${matching.id}"]`);
	await expect(matchingRow.locator('ul.response li')).toHaveText(
		swapped.map((p) => `${p.left} → ${p.right}`)
	);
	await expect(matchingRow).not.toContainText('[{');
	// And so it does in each student's answers.
	const answers = page.getByRole('region', { name: 'Answers by student' });
	await answers.getByText('Dan — 0/8').click();
	await expect(answers.locator('details[open] ul.response li')).toHaveText(
		swapped.map((p) => `${p.left} → ${p.right}`)
	);
	await expect(answers.locator('details[open]')).toContainText('Wrong:');

	// Each sentence is listed once among the weakest facts.
	const facts = await page
		.getByRole('region', { name: 'Weakest facts first' })
		.locator('li')
		.allInnerTexts();
	const sentences = facts.map((f) => f.replace(/^\d+% right — /, ''));
	expect(new Set(sentences).size).toBe(sentences.length);

	// A huge paste is refused by its length; a wrong file is named for what it is.
	// Pasted from the clipboard: refused at once, and the megabyte never fills the box.
	await page.getByLabel(/Paste result codes/).evaluate((area: HTMLTextAreaElement) => {
		const clipboardData = new DataTransfer();
		clipboardData.setData('text/plain', `r1.${'A'.repeat(1024 * 1024)}.ABCDEFG`);
		area.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true })
		);
	});
	await expect(page.getByRole('alert')).toContainText('far more text than result codes');
	await page.getByLabel(/Paste result codes/).fill('');
	await page.getByLabel('Or choose result files').setInputFiles({
		name: 'kishida-biden-summit.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bank))
	});
	await expect(page.getByRole('alert')).toContainText("question bank, not a student's result");
	await expect(page.getByRole('alert')).not.toContainText('Invalid input');

	// Removing a student asks first; Escape keeps everything and gives focus back.
	const removeDan = students.getByRole('button', { name: 'Remove Dan', exact: true });
	await removeDan.click();
	const ask = page.getByRole('dialog', { name: 'Remove Dan’s results?' });
	await expect(ask).toBeVisible();
	await axe(page);
	await page.keyboard.press('Escape');
	await expect(ask).toBeHidden();
	await expect(removeDan).toBeFocused();
	await expect(students.locator('tbody tr')).toHaveCount(2);
	await removeDan.click();
	await ask.getByRole('button', { name: 'Remove Dan' }).click();
	await expect(students.locator('tbody tr')).toHaveCount(1);
	await expect(students.getByRole('row', { name: /^Dan1/ })).toBeVisible();

	await page.getByRole('button', { name: 'Remove all results' }).click();
	const askAll = page.getByRole('dialog', { name: 'Remove all results?' });
	await askAll.getByRole('button', { name: 'Cancel' }).click();
	await expect(students.locator('tbody tr')).toHaveCount(1);
	await page.getByRole('button', { name: 'Remove all results' }).click();
	await askAll.getByRole('button', { name: 'Remove all results' }).click();
	await expect(page.getByText('Removed all results of this set.')).toBeVisible();
	await expect(students).toHaveCount(0);
	await axe(page);
	expect(errors.filter((e) => /each_key_duplicate|svelte/i.test(e))).toEqual([]);
});

/** The dark modules read from a screenshot of a code drawn with a white border of 4 modules. */
async function modulesFromScreenshot(page: Page, png: Buffer, size: number) {
	return page.evaluate(
		async ({ data, size }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${data}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			const span = size + 8;
			const scale = image.width / span;
			const pixels = context.getImageData(0, 0, image.width, image.height).data;
			const dark: boolean[] = [];
			for (let y = 0; y < size; y++) {
				for (let x = 0; x < size; x++) {
					const px = Math.floor((x + 4 + 0.5) * scale);
					const py = Math.floor((y + 4 + 0.5) * scale);
					dark.push(pixels[(py * image.width + px) * 4]! < 128);
				}
			}
			// Every pixel is pure black or white: no smoothing at the modules' edges.
			let grey = 0;
			for (let i = 0; i < pixels.length; i += 4) {
				if (pixels[i]! > 0 && pixels[i]! < 255) grey++;
			}
			return { dark, scale, width: image.width, height: image.height, grey };
		},
		{ data: png.toString('base64'), size }
	);
}

test('the QR code is drawn crisp, projects full screen and downloads as PNG and SVG', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/teach');
	await expect(page.getByRole('button', { name: 'Draw' })).toBeEnabled();
	await page.getByLabel(/^Draw/).fill('10');
	await page.getByRole('button', { name: 'Draw' }).click();
	await page.getByLabel('Title').fill('QR check');
	await page.getByRole('button', { name: 'Create link' }).click();
	const link = await page.getByLabel('Link', { exact: true }).inputValue();
	const code = page.getByRole('img', { name: 'QR code for the link to “QR check”' });
	await expect(code).toBeVisible();

	// At 1× the screenshot holds whole-pixel modules equal to the code made for the link.
	const expected = QRCode.create(link, { errorCorrectionLevel: 'L' }).modules;
	const wanted = Array.from(expected.data, (bit) => bit === 1);
	expect(await page.evaluate(() => devicePixelRatio)).toBe(1);
	const shot = await modulesFromScreenshot(
		page,
		await code.locator('canvas').screenshot(),
		expected.size
	);
	expect(Number.isInteger(shot.scale)).toBe(true);
	expect(shot.scale).toBeGreaterThanOrEqual(2);
	expect(shot.grey).toBe(0);
	expect(shot.dark).toEqual(wanted);
	// A QR reader of the test's own reads the link back from a screenshot of the page at 1×.
	expect(await readQrScreenshot(page, await code.screenshot())).toBe(link);

	// Full screen for projecting: larger, still whole modules; Escape closes it, focus comes back.
	const fullScreen = page.getByRole('button', { name: 'Full screen' });
	await fullScreen.click();
	const projector = page.getByRole('dialog', { name: /full screen/ });
	await expect(projector).toBeVisible();
	const big = await modulesFromScreenshot(
		page,
		await projector.locator('canvas').screenshot(),
		expected.size
	);
	expect(big.scale).toBeGreaterThan(shot.scale);
	expect(Number.isInteger(big.scale), `${big.width} px for ${expected.size} modules`).toBe(true);
	expect(big.dark).toEqual(wanted);
	expect(await readQrScreenshot(page, await projector.getByRole('img').screenshot())).toBe(link);
	await page.keyboard.press('Escape');
	await expect(projector).toBeHidden();
	await expect(fullScreen).toBeFocused();

	// The SVG's squares are the code's dark modules, module by module.
	const svgDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download SVG' }).click();
	const svg = await readFile(await (await svgDownload).path(), 'utf8');
	expect(svg).toContain('shape-rendering="crispEdges"');
	const squares = new Set(
		[...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${Number(m[1]) - 4},${Number(m[2]) - 4}`)
	);
	const dark = new Set(
		wanted.flatMap((on, i) => (on ? [`${i % expected.size},${Math.floor(i / expected.size)}`] : []))
	);
	expect(squares).toEqual(dark);

	const pngDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PNG' }).click();
	const png = await readFile(await (await pngDownload).path());
	const fromPng = await modulesFromScreenshot(page, png, expected.size);
	expect(fromPng.width).toBe((expected.size + 8) * 12);
	expect(fromPng.dark).toEqual(wanted);
	await axe(page);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 412, height: 915 } });

	test('the picker shows keys, warns about picked questions that overlap and reorders by keyboard', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const bank = await readJson<BankFile>('questions/banks/kishida-biden-summit.json');
		await page.goto('/teach');
		await expect(page.getByRole('button', { name: 'Draw' })).toBeEnabled();
		const candidates = page.locator('.candidates');
		// No box of its own: the page scrolls, so a phone shows as many questions as fit.
		expect(await candidates.evaluate((el) => getComputedStyle(el).overflowY)).toBe('visible');
		const mcq = bank.questions.find((q) => q.type === 'mcq')!;
		await expect(candidates.locator('li').first()).toContainText('Answer:');
		await expect(candidates).toContainText(`Answer: ${mcq.answer}`);
		await expect(candidates).toContainText('Options:');

		const boxes = candidates.getByRole('checkbox');
		await boxes.nth(0).check();
		await boxes.nth(1).check();
		await boxes.nth(2).check();
		const picked = page.getByRole('region', { name: /Picked questions/ });
		await expect(picked.locator('ol.picked > li')).toHaveCount(3);
		const before = await picked.locator('ol.picked > li .text').allInnerTexts();

		// Keyboard: move question 2 up with Enter; focus stays on a move button of that question.
		await picked.getByRole('button', { name: 'Move question 2 up' }).focus();
		await page.keyboard.press('Enter');
		const after = await picked.locator('ol.picked > li .text').allInnerTexts();
		expect(after).toEqual([before[1], before[0], before[2]]);
		await expect(picked.getByRole('button', { name: 'Move question 1 down' })).toBeFocused();
		await picked.getByRole('button', { name: 'Remove question 3' }).click();
		await expect(picked.locator('ol.picked > li')).toHaveCount(2);

		// Every question of the first fact with two, picked together, is warned about and swapped.
		await page.getByRole('button', { name: 'Clear' }).click();
		await page
			.getByRole('dialog', { name: 'Clear the picked questions?' })
			.getByRole('button', { name: 'Clear' })
			.click();
		await expect(picked.locator('ol.picked > li')).toHaveCount(0);
		const facts = page.getByRole('combobox', { name: /^Fact/ });
		const counts = new Map<string, number>();
		for (const q of bank.questions) counts.set(q.factId, (counts.get(q.factId) ?? 0) + 1);
		const [factId, count] = [...counts].find(([, n]) => n >= 2)!;
		await facts.selectOption(`kishida-biden-summit/${factId}`);
		await expect(boxes).toHaveCount(count);
		await boxes.nth(0).check();
		await boxes.nth(1).check();
		await facts.selectOption('');
		await expect(picked).toContainText('Questions 1 and 2 test the same fact.');
		await picked.getByRole('button', { name: 'Swap question 2 for another' }).click();
		await expect(picked).toContainText('Question 2 was swapped for another question.');
		await expect(picked).not.toContainText('test the same fact');
		await expect(picked.locator('ol.picked > li')).toHaveCount(2);

		// No horizontal scrolling on the phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			412
		);

		// A due date in the past is refused.
		await page.getByLabel('Title').fill('Late one');
		await page.getByLabel(/Due date/).fill('2020-01-01');
		await page.getByRole('button', { name: 'Create link' }).click();
		await expect(page.getByRole('alert')).toContainText('The due date has already passed');
		await expect(page.getByLabel('Link', { exact: true })).toHaveCount(0);
		await axe(page);
	});
});

test('a student sees what they submitted, numbered orders, what to read first and lateness', async ({
	page
}) => {
	test.setTimeout(120_000);
	const errors = watchErrors(page);
	// A set from a bank made on the teacher's device: its sentences travel in the link.
	const shared: SharedSetInput = {
		v: 1,
		set: {
			id: 'made-here-set',
			title: 'Made here',
			passMark: 50,
			order: 'fixed',
			feedback: 'immediate',
			due: '2020-01-06'
		},
		questions: [
			{
				bankId: 'made-here',
				quote: 'The talks began, a joint statement followed, then a press conference.',
				question: orderingExample.question
			},
			{
				bankId: 'made-here',
				quote: 'Kishida leads Japan; Biden the United States; Albanese Australia.',
				question: matchingExample.question
			}
		],
		createdAt: '2020-01-01T08:00:00.000Z'
	};
	await page.goto(`/assignments#${await encodeSetLink(shared)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Made here');
	const reading = page.getByRole('region', { name: 'Read first' });
	await expect(reading.locator('blockquote')).toHaveText(shared.questions.map((q) => q.quote));
	await expect(
		page.getByText(/Due 6 January 2020\s\(\d+ days ago\):\s+you can still do it/)
	).toBeVisible();
	await axe(page);
	await page.getByLabel(/Your name/).fill('Kim');
	await page.getByRole('button', { name: 'Start' }).click();

	// Ordering: the items are numbered; the order checked stays on screen.
	await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
	const items = page.locator('.ordering > li');
	await expect(items.locator('.position')).toHaveText(['1.', '2.', '3.']);
	await page
		.getByRole('button', { name: /Move “.*” down/ })
		.first()
		.click();
	const submitted = await items.locator('.item').allInnerTexts();
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('region', { name: 'Feedback' })).toBeVisible();
	await expect(items.locator('.item')).toHaveText(submitted);
	await expect(items.locator('.position')).toHaveText(['1.', '2.', '3.']);
	await page.getByRole('button', { name: 'Next question' }).click();

	// Matching: the choices stay in their drop-downs after Check.
	await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
	const pairs = matchingExample.question.pairs;
	const chosen = pairs.map((p, i) => pairs[(i + 1) % pairs.length]!.right);
	for (const [i, pair] of pairs.entries()) {
		await page.getByLabel(pair.left).selectOption(chosen[i]!);
	}
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('region', { name: 'Feedback' })).toContainText('Not quite');
	for (const [i, pair] of pairs.entries()) {
		await expect(page.getByLabel(pair.left)).toHaveValue(chosen[i]!);
		await expect(page.getByLabel(pair.left)).toBeDisabled();
	}
	await page.getByRole('button', { name: 'Finish' }).click();
	await expect(page.getByText(/Finished \d+ days after the due date/)).toBeVisible();
	expect(errors).toEqual([]);

	// A set from a built-in bank links to the bank's article page before starting.
	await page.goto('/sets/summit-warm-up');
	await page.getByRole('button', { name: 'Start this set' }).click();
	const article = page.getByRole('region', { name: 'Read first' }).getByRole('link');
	await expect(article).toHaveText(/Kishida, Biden Agree/);
	await expect(article).toHaveAttribute('href', '/banks/kishida-biden-summit');
	await axe(page);
});
