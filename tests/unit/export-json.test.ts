import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { exportFormats, exportItems, itemsFromBank, itemsFromSet } from '../../src/lib/export';
import { parseBankPayload } from '../../src/lib/export/payload';
import { AssignedSet, Bank } from '../../src/lib/schema';
import { buildSharedSet, SharedSet } from '../../src/lib/share';
import { typeExamples } from './question-type-examples';

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const { body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);
const set = AssignedSet.parse({
	version: 1,
	id: 'summit-homework',
	title: 'Summit: homework 1',
	items: bank.questions.slice(0, 3).map((q) => ({ bank: bank.id, question: q.id }))
});
const shared = buildSharedSet(
	set,
	() => ({ bank, article: { body } }),
	new Date('2026-03-02T09:00:00Z')
);

describe('JSON export', () => {
	it('writes the bank as the schema defines it, indented with tabs', () => {
		const file = exportItems('json', bank.title, itemsFromBank(bank, body), bank);
		expect(file.mimeType).toBe('application/json');
		expect(file.text).toMatch(/^\{\n\t"id": "kishida-biden-summit"/);
		expect(Bank.parse(JSON.parse(file.text))).toEqual(bank);
	});

	it('writes a shared set as its link payload', () => {
		const file = exportItems('json', shared.set.title, itemsFromSet(shared), shared);
		expect(file.fileName).toBe('summit-homework-1.json');
		expect(SharedSet.parse(JSON.parse(file.text))).toEqual(shared);
	});
});

describe('exportItems', () => {
	const items = itemsFromBank(bank, body);

	it('quotes each question’s source sentence from the article', () => {
		expect(items).toHaveLength(bank.questions.length);
		expect(items[0]?.quote).toBe(body.slice(13, 222));
		expect(itemsFromSet(shared).map((i) => i.quote)).toEqual(items.slice(0, 3).map((i) => i.quote));
	});

	it('offers every format and names each file after the title', () => {
		expect(exportFormats.map((f) => f.id)).toEqual([
			'anki',
			'gift',
			'quizlet',
			'csv',
			'qti',
			'json'
		]);
		for (const { id } of exportFormats) {
			const { fileName } = exportItems(id, bank.title, items, bank);
			expect(fileName).toMatch(/^kishida-biden-agree-to-strengthen-deterrence-response\b/);
		}
	});

	// GIFT and Quizlet carry no ids, QTI is a zip; their tests check one entry per question, in order.
	it.each([
		['anki', (id: string) => `\n${id}\t`],
		['csv', (id: string) => `\r\n${id},`],
		['json', (id: string) => `"id": "${id}"`]
	] as const)('writes each seed question id exactly once in %s', (format, marker) => {
		const { text } = exportItems(format, bank.title, items, bank);
		for (const q of bank.questions) expect(text.split(marker(q.id))).toHaveLength(2);
	});

	it('falls back to a generic file name for a title with no letters or digits', () => {
		expect(exportItems('csv', '¿?', items).fileName).toBe('factdeck.csv');
		expect(exportItems('csv', 'Café ' + 'x'.repeat(70), items).fileName).toBe('cafe.csv');
		expect(exportItems('csv', 'y'.repeat(70), items).fileName).toBe(`${'y'.repeat(60)}.csv`);
	});
});

describe('parseBankPayload', () => {
	it('reads the served bank payload and refuses a damaged one', () => {
		const bank = JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'));
		const parsed = parseBankPayload({ bank, article: { body: 'text', title: 't' } });
		expect(parsed.bank).toEqual(bank);
		expect(parsed.body).toBe('text');
		const broken = structuredClone(bank);
		broken.questions[0].answer = 42;
		expect(() => parseBankPayload({ bank: broken, article: { body: 'text' } })).toThrow();
	});
});

describe.each(typeExamples)('JSON export of a %s question', (_type, { question }) => {
	it('keeps the question as stored', () => {
		const item = { question, quote: 'A quote.', bankId: 'b' };
		const { text } = exportItems('json', 'T', [item]);
		expect(JSON.parse(text)).toEqual({ title: 'T', items: [item] });
	});
});
