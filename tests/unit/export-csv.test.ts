import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { itemsFromBank, toCsv, type ExportItem } from '../../src/lib/export';
import { Bank, type Question } from '../../src/lib/schema';
import { exportsByType } from '../../src/lib/question-types/exports';
import { typeExamples } from './question-type-examples';

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const { body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);

/**
 * RFC 4180: CRLF between records, fields in double quotes may hold commas, quotes ("") and line
 * breaks; a UTF-8 byte-order mark before the first record is not part of it.
 */
function parseCsv(file: string): string[][] {
	const text = file.replace(/^\uFEFF/, '');
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let i = 0;
	while (i < text.length) {
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"' && text[i + 1] === '"') {
					field += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else {
					field += text[i++];
				}
			}
		}
		const c = text[i];
		if (c === ',') {
			record.push(field);
			field = '';
			i++;
		} else if (c === '\r' && text[i + 1] === '\n') {
			record.push(field);
			records.push(record);
			record = [];
			field = '';
			i += 2;
		} else if (c === '"' || c === '\r' || c === '\n') {
			throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
		} else if (c !== undefined) {
			field += c;
			i++;
		}
	}
	if (field || record.length) throw new Error('the last record has no CRLF');
	return records;
}

const header =
	'id,type,prompt,answer,options,accept,explanation,fact_id,source_start,source_end,source_sentence,bank';

describe('CSV export', () => {
	it('writes the header and one row per seed question', () => {
		const items = itemsFromBank(bank, body);
		const file = toCsv(bank.title, items);
		expect(file.mimeType).toMatch(/^text\/csv/);
		expect(file.fileName).toBe('kishida-biden-agree-to-strengthen-deterrence-response.csv');
		expect(file.text.startsWith('\uFEFFid,')).toBe(true);
		const [head, ...rows] = parseCsv(file.text);
		expect(head?.join(',')).toBe(header);
		expect(rows).toHaveLength(bank.questions.length);
		for (const [i, row] of rows.entries()) {
			const q = bank.questions[i] as Question;
			const options =
				q.type === 'matching'
					? q.pairs
					: q.type === 'ordering'
						? q.items
						: 'options' in q
							? (q.options ?? [])
							: [];
			expect(row).toEqual([
				q.id,
				q.type,
				q.prompt,
				q.answer,
				JSON.stringify(options),
				JSON.stringify(q.accept),
				q.explanation,
				q.factId,
				String(q.source.start),
				String(q.source.end),
				items[i]?.quote,
				'kishida-biden-summit'
			]);
		}
	});

	it('round-trips any text, including quotes, commas and line breaks', () => {
		const question = bank.questions[0] as Question;
		const text = fc.string({
			unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '=', '+', '-', '@', 'é')
		});
		const guarded = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
		fc.assert(
			fc.property(text, text, text, (prompt, explanation, quote) => {
				const item: ExportItem = {
					question: { ...question, prompt, explanation },
					quote,
					bankId: 'b'
				};
				const rows = parseCsv(toCsv('T', [item]).text);
				expect(rows).toHaveLength(2);
				expect(rows[1]?.[2]).toBe(guarded(prompt));
				expect(rows[1]?.[6]).toBe(guarded(explanation));
				expect(rows[1]?.[10]).toBe(guarded(quote));
			})
		);
	});

	it('keeps options and accepted answers apart whatever they contain', () => {
		const question = bank.questions.find((q) => q.type === 'mcq') as Question & { type: 'mcq' };
		const text = fc
			.string({
				unit: fc.constantFrom(
					'a',
					' | ',
					'|',
					',',
					'"',
					'[',
					']',
					'\n',
					'=',
					'-',
					'+',
					'@',
					'\t',
					'é'
				),
				minLength: 1,
				maxLength: 8
			})
			.filter((s) => s.trim() === s && s !== '');
		fc.assert(
			fc.property(
				fc.uniqueArray(text, {
					minLength: 2,
					maxLength: 6,
					comparator: (a, b) => a.toLowerCase() === b.toLowerCase()
				}),
				fc.array(text, { maxLength: 3 }),
				(options, accept) => {
					const item: ExportItem = {
						question: { ...question, options, answer: options[0]!, accept },
						quote: 'q',
						bankId: 'b'
					};
					const row = parseCsv(toCsv('T', [item]).text)[1]!;
					expect(JSON.parse(row[4]!)).toEqual(options);
					expect(JSON.parse(row[5]!)).toEqual(accept);
				}
			)
		);
	});

	it('keeps spreadsheets from running a cell as a formula', () => {
		const item: ExportItem = {
			question: {
				id: 'q-formula',
				type: 'short_answer',
				prompt: '=HYPERLINK("http://evil")',
				answer: '@x',
				accept: [],
				explanation: '+1',
				factId: 'f-formula',
				source: { start: 13, end: 222 }
			},
			quote: '-2',
			bankId: 'b'
		};
		const row = parseCsv(toCsv('T', [item]).text)[1];
		expect(row?.[2]).toBe(`'=HYPERLINK("http://evil")`);
		expect(row?.[3]).toBe(`'@x`);
		expect(row?.[6]).toBe(`'+1`);
		expect(row?.[10]).toBe(`'-2`);
		expect(row?.[8]).toBe('13');
	});
});

describe.each(typeExamples)('CSV export of a %s question', (type, { question }) => {
	it('is one row with its id, type, prompt, answer and explanation, or none without CSV lines', () => {
		const [head, ...rows] = parseCsv(
			toCsv('T', [{ question, quote: 'A quote.', bankId: 'b' }]).text
		);
		expect(head?.join(',')).toBe(header);
		if (!exportsByType.get(type)?.csv) return expect(rows).toEqual([]);
		expect(rows).toHaveLength(1);
		const [id, written, prompt, answer, , accept, explanation] = rows[0]!;
		expect([id, written, prompt, answer, accept, explanation]).toEqual([
			question.id,
			type,
			question.prompt,
			question.answer,
			JSON.stringify(question.accept),
			question.explanation
		]);
	});
});
