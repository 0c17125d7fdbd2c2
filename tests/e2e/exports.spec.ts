import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { AssignedSet, BankPayload } from '../../src/lib/schema';
import { seed } from './study';

/** Clicks each export button in turn and returns each downloaded file's name and bytes. */
async function downloadAll(page: Page) {
	const exports = page.getByRole('group', { name: 'Export' });
	const names = ['Anki', 'Moodle (GIFT)', 'Quizlet', 'CSV', 'QTI 2.1 (LMS)', 'JSON'];
	await expect(exports.getByRole('button', { name: 'Anki' })).toBeEnabled({ timeout: 30_000 });
	const files: Record<string, { name: string; bytes: Buffer; text: string }> = {};
	for (const name of names) {
		const download = page.waitForEvent('download', { timeout: 60_000 });
		await exports.getByRole('button', { name, exact: true }).click();
		const file = await download;
		const bytes = await readFile((await file.path())!);
		files[name] = { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
	}
	return files;
}

/** RFC 4180 records (CRLF ends, quoted fields), after the byte-order mark. */
function csvRecords(text: string): string[][] {
	expect(text.startsWith('\uFEFF')).toBe(true);
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 1; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"') {
			quoted = !quoted;
		} else if (quoted) {
			field += c;
		} else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			records.push([...record, field]);
			record = [];
			field = '';
			i++;
		} else {
			field += c;
		}
	}
	return records;
}

/** Checks every file parses and holds the expected questions. */
function checkFiles(files: Awaited<ReturnType<typeof downloadAll>>, ids: string[], stem: RegExp) {
	for (const { name } of Object.values(files)) expect(name).toMatch(stem);

	const anki = files['Anki']!.text.split('\n');
	expect(anki.slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
	expect(anki).toContain('#guid column:1');
	const notes = anki.filter((line) => /^q-/.test(line)).map((line) => line.split('\t')[0]);
	expect(notes).toEqual(ids);

	const gift = parseGift(files['Moodle (GIFT)']!.text).filter((q) => q.type !== 'Category');
	expect(gift).toHaveLength(ids.length);

	const cards = files['Quizlet']!.text.trim().split('\n');
	for (const card of cards) expect(card.split('\t')).toHaveLength(2);
	const terms = cards.map((card) => card.split('\t')[0]!.toLowerCase());
	expect(new Set(terms).size).toBe(terms.length);

	const [head, ...rows] = csvRecords(files['CSV']!.text);
	expect(head?.slice(0, 5)).toEqual(['id', 'type', 'prompt', 'answer', 'options']);
	expect(rows.map((r) => r[0])).toEqual(ids);
	for (const row of rows) expect(Array.isArray(JSON.parse(row[4]!))).toBe(true);

	const zip = unzipSync(new Uint8Array(files['QTI 2.1 (LMS)']!.bytes));
	const manifest = strFromU8(zip['imsmanifest.xml']!);
	expect(XMLValidator.validate(manifest)).toBe(true);
	const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
	for (const id of ids) {
		const item = strFromU8(zip[`items/${id}.xml`]!);
		expect(XMLValidator.validate(item)).toBe(true);
		expect(xml.parse(item).assessmentItem.identifier).toBe(id);
	}
	return JSON.parse(files['JSON']!.text) as unknown;
}

test('every export of a bank downloads and reads back', async ({ page, request }) => {
	const { bank } = BankPayload.parse(await (await request.get(`/api/banks/${seed}.json`)).json());
	await page.goto(`/banks/${seed}`);
	const files = await downloadAll(page);
	const json = checkFiles(
		files,
		bank.questions.map((q) => q.id),
		/^kishida-biden/
	) as { questions: unknown[] };
	expect(json.questions).toHaveLength(bank.questions.length);
});

test('every export of a set downloads and reads back', async ({ page, request }) => {
	const set = AssignedSet.parse(await (await request.get('/api/sets/summit-warm-up.json')).json());
	await page.goto('/sets/summit-warm-up');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(set.title);
	const files = await downloadAll(page);
	const json = checkFiles(
		files,
		set.items.map((i) => i.question),
		/^white-house-summit/
	) as { set: { id: string } };
	expect(json.set.id).toBe(set.id);
});
