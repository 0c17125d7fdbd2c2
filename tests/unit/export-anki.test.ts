import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { ankiField, itemsFromBank, toAnki, type ExportItem } from '../../src/lib/export';
import { Bank, type Question } from '../../src/lib/schema';
import { exportsByType } from '../../src/lib/question-types/exports';
import { typeExamples } from './question-type-examples';

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const { body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);
const items = itemsFromBank(bank, body);

/**
 * Anki's text import (rslib's csv import): leading `#key:value` header lines, then rows split on
 * the separator, where a field in double quotes may hold separators and line breaks and `""`
 * stands for one quote, and any line starting with `#` is a comment.
 */
function parseAnki(text: string): { headers: Map<string, string>; rows: string[][] } {
	const lines = text.split('\n');
	const headers = new Map<string, string>();
	let i = 0;
	for (; i < lines.length; i++) {
		const match = /^#([^:]+):(.*)$/.exec(lines[i] ?? '');
		if (!match) break;
		headers.set(match[1] ?? '', match[2] ?? '');
	}
	const rest = lines.slice(i).join('\n');
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let atFieldStart = true;
	for (let p = 0; p < rest.length; p++) {
		const c = rest[p];
		if (c === '#' && atFieldStart && row.length === 0 && field === '') {
			const end = rest.indexOf('\n', p);
			p = end < 0 ? rest.length : end;
			continue;
		}
		if (quoted) {
			if (c === '"' && rest[p + 1] === '"') {
				field += '"';
				p++;
			} else if (c === '"') {
				quoted = false;
			} else {
				field += c;
			}
		} else if (c === '"' && atFieldStart) {
			quoted = true;
			atFieldStart = false;
		} else if (c === '\t') {
			row.push(field);
			field = '';
			atFieldStart = true;
		} else if (c === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			atFieldStart = true;
		} else {
			field += c;
			atFieldStart = false;
		}
	}
	if (field || row.length) rows.push([...row, field]);
	return { headers, rows };
}

describe('Anki export', () => {
	const file = toAnki(bank.title, items);
	const { headers, rows } = parseAnki(file.text);

	it('starts with the header lines Anki reads', () => {
		expect(headers.get('separator')).toBe('tab');
		expect(headers.get('html')).toBe('false');
		expect(headers.get('columns')?.split('\t')).toEqual(['Front', 'Back', 'Source', 'Tags']);
		expect(headers.get('tags column')).toBe('4');
		expect(headers.get('tags')).toBe(
			'factdeck kishida-biden-agree-to-strengthen-deterrence-response'
		);
		expect(file.fileName).toBe('kishida-biden-agree-to-strengthen-deterrence-response-anki.txt');
	});

	it('writes one four-field note per question of the seed bank', () => {
		expect(rows).toHaveLength(bank.questions.length);
		for (const [i, row] of rows.entries()) {
			const question = bank.questions[i] as Question;
			expect(row).toHaveLength(4);
			const [front, back, source, tags] = row as [string, string, string, string];
			expect(front.split('\n')[0]).toBe(question.prompt);
			expect(back).toContain(question.explanation);
			expect(source).toBe(items[i]?.quote);
			expect(tags.split(' ')).toEqual(['kishida-biden-summit', question.type]);
		}
	});

	it('shows choices on the front and the answer on the back', () => {
		const mcq = rows.find((r) => r[3]?.endsWith(' mcq'));
		expect(mcq?.[0]).toMatch(/\nA\) .+\nB\) .+/);
		const matching = rows[bank.questions.findIndex((q) => q.type === 'matching')];
		expect(matching?.[1]).toContain('Fumio Kishida → Prime Minister\nJoe Biden → U.S. President');
		const ordering: Question = {
			id: 'q-0000000a-order',
			type: 'ordering',
			prompt: 'Put these events from the article in time order, earliest first.',
			answer: 'A → B',
			accept: [],
			explanation: 'The article dates them.',
			factId: bank.facts[0]!.id,
			source: bank.questions[0]!.source,
			items: [
				'Japan revised its National Security Strategy',
				'Kishida and Biden met at the White House'
			]
		};
		const exported = parseAnki(
			toAnki('T', [{ question: ordering, quote: 'q', bankId: 'b', tags: [] }]).text
		);
		expect(exported.rows[0]?.[1]).toMatch(
			/^1\. Japan revised its National Security Strategy\n2\. Kishida/
		);
	});

	it('round-trips fields holding tabs, line breaks, quotes and a leading #', () => {
		const field = fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '"', '#', 'é', '😀') });
		fc.assert(
			fc.property(fc.array(field, { minLength: 4, maxLength: 4 }), (fields) => {
				const { rows: parsed } = parseAnki(fields.map(ankiField).join('\t') + '\n');
				expect(parsed).toEqual([fields]);
			})
		);
	});

	it('keeps tags free of spaces', () => {
		const question = bank.questions.find((q) => q.type === 'mcq') as Question;
		const item: ExportItem = { question, quote: 'q', bankId: 'b', tags: ['world news', 'g7'] };
		const { rows: parsed } = parseAnki(toAnki('T', [item]).text);
		expect(parsed[0]?.[3]).toBe('b mcq world_news g7');
	});
});

describe.each(typeExamples)('Anki export of a %s question', (type, { question }) => {
	it('is one note: prompt first on the front, explanation on the back, tagged with its type', () => {
		const { rows } = parseAnki(toAnki('T', [{ question, quote: 'A quote.', bankId: 'b' }]).text);
		if (!exportsByType.get(type)?.anki) return expect(rows).toEqual([]);
		expect(rows).toHaveLength(1);
		const [front, back, source, tags] = rows[0]!;
		expect(front?.split('\n')[0]).toBe(question.prompt);
		expect(back?.endsWith(`\n\n${question.explanation}`)).toBe(true);
		expect(source).toBe('A quote.');
		expect(tags?.split(' ')).toEqual(['b', type]);
	});
});
