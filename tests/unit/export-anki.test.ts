import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { ankiDeck, ankiField, itemsFromBank, toAnki, type ExportItem } from '../../src/lib/export';
import { Bank, gap, type Question } from '../../src/lib/schema';
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

/** A field's HTML as Anki shows it: line breaks and the character references an exporter writes. */
const shown = (html: string) =>
	html
		.replace(/<br>/g, '\n')
		.replace(/&(lt|gt|quot|amp|#\d+);/g, (_, e: string) =>
			e.startsWith('#')
				? String.fromCharCode(Number(e.slice(1)))
				: ({ lt: '<', gt: '>', quot: '"', amp: '&' } as Record<string, string>)[e]!
		);

/** Anki's cloze markup read back as its cloze code does: the first "::" and "}}" count. */
function readCloze(text: string): { before: string; answer: string; hint?: string; after: string } {
	const start = text.indexOf('{{c1::');
	const end = text.indexOf('}}', start);
	expect(text.indexOf('{{', start + 1)).toBe(-1);
	const [answer, hint] = text.slice(start + 6, end).split('::');
	return {
		before: shown(text.slice(0, start)),
		answer: shown(answer ?? ''),
		...(hint === undefined ? {} : { hint: shown(hint) }),
		after: shown(text.slice(end + 2))
	};
}

describe('Anki export', () => {
	const file = toAnki(bank.title, items);
	const { headers, rows } = parseAnki(file.text);

	it('starts with the header lines Anki reads', () => {
		expect(headers.get('separator')).toBe('tab');
		expect(headers.get('html')).toBe('true');
		expect(headers.get('columns')?.split('\t')).toEqual([
			'GUID',
			'Note type',
			'Front or Text',
			'Back or Back Extra',
			'Tags'
		]);
		expect(headers.get('guid column')).toBe('1');
		expect(headers.get('notetype column')).toBe('2');
		expect(headers.get('tags column')).toBe('5');
		expect(headers.get('deck')).toBe(`Factdeck::${bank.title}`);
		expect(headers.get('if matches')).toBe('update current');
		expect(headers.get('tags')).toBe(
			'factdeck kishida-biden-agree-to-strengthen-deterrence-response'
		);
		expect(file.fileName).toBe('kishida-biden-agree-to-strengthen-deterrence-response-anki.txt');
	});

	it('writes one five-field note per question of the seed bank, keyed by the question id', () => {
		expect(rows).toHaveLength(bank.questions.length);
		for (const [i, row] of rows.entries()) {
			const question = bank.questions[i] as Question;
			expect(row).toHaveLength(5);
			const [guid, type, front, back, tags] = row as [string, string, string, string, string];
			expect(guid).toBe(question.id);
			expect(shown(back)).toContain(question.explanation);
			expect(shown(back).endsWith(`\n\nSource: ${items[i]?.quote}`)).toBe(true);
			expect(tags.split(' ')).toEqual(['kishida-biden-summit', question.type]);
			if (question.type === 'cloze') {
				expect(type).toBe('Cloze');
				const cloze = readCloze(front);
				expect(`${cloze.before}${gap}${cloze.after}`).toBe(question.prompt);
				expect(cloze.answer).toBe(question.answer);
				expect(cloze.hint).toBe(question.options?.join(' / '));
			} else {
				expect(type).toBe('Basic');
				expect(shown(front).split('\n')[0]).toBe(question.prompt);
			}
		}
		expect(rows.filter((r) => r[1] === 'Cloze').length).toBeGreaterThan(0);
	});

	it('keeps each note’s GUID when a question is edited, so importing again updates it', () => {
		const edited = bank.questions.map((q) => ({ ...q, prompt: `${q.prompt} (edited)` }));
		const again = parseAnki(
			toAnki(bank.title, itemsFromBank({ ...bank, questions: edited }, body)).text
		).rows;
		expect(again.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
		expect(new Set(again.map((r) => r[0])).size).toBe(rows.length);
	});

	it('shows choices on the front and the answer on the back', () => {
		const mcq = rows.find((r) => r[4]?.endsWith(' mcq'));
		expect(shown(mcq?.[2] ?? '')).toMatch(/\nA\) .+\nB\) .+/);
		const matching = rows[bank.questions.findIndex((q) => q.type === 'matching')];
		expect(shown(matching?.[3] ?? '')).toContain(
			'Fumio Kishida → Prime Minister\nJoe Biden → U.S. President'
		);
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
		expect(shown(exported.rows[0]?.[3] ?? '')).toMatch(
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

	// Every character that means something to Anki's CSV reader, to HTML or to cloze markup.
	const hostile = fc
		.string({
			unit: fc.constantFrom(
				'a',
				' ',
				'\t',
				'\n',
				'"',
				'#',
				'<',
				'>',
				'&',
				'{',
				'}',
				':',
				'[',
				'=',
				'+',
				'-',
				'@',
				'~',
				'é',
				'<script>',
				'{{c2::',
				'}}',
				'::',
				'&amp;'
			),
			minLength: 1,
			maxLength: 12
		})
		.map((s) => s.trim())
		.filter((s) => s.length > 0);

	it('shows any text as written, in Basic and Cloze notes alike', () => {
		fc.assert(
			fc.property(hostile, hostile, hostile, hostile, (prompt, answer, explanation, quote) => {
				const mcq = {
					...(bank.questions.find((q) => q.type === 'mcq') as Question & { type: 'mcq' }),
					prompt,
					answer,
					explanation,
					options: [answer, `${answer}!`]
				};
				const cloze: Question = {
					...mcq,
					id: 'q-hostile-cloze',
					type: 'cloze',
					prompt: `${prompt} ${gap} ${explanation}`,
					options: [answer, `${answer}!`]
				};
				const { rows: parsed } = parseAnki(
					toAnki('T', [
						{ question: mcq, quote, bankId: 'b' },
						{ question: cloze, quote, bankId: 'b' }
					]).text
				);
				expect(parsed).toHaveLength(2);
				const [basic, clozeRow] = parsed as [string[], string[]];
				expect(shown(basic[2]!).split('\n').slice(0, prompt.split('\n').length).join('\n')).toBe(
					prompt
				);
				expect(shown(basic[3]!).endsWith(`\n\nSource: ${quote}`)).toBe(true);
				const read = readCloze(clozeRow[2]!);
				expect(`${read.before}${gap}${read.after}`).toBe(cloze.prompt);
				expect(read.answer).toBe(answer);
				expect(read.hint).toBe(`${answer} / ${answer}!`);
				for (const row of parsed) expect(row.join('')).not.toMatch(/<(?!br>)/);
			})
		);
	});

	it('keeps tags free of spaces', () => {
		const question = bank.questions.find((q) => q.type === 'mcq') as Question;
		const item: ExportItem = { question, quote: 'q', bankId: 'b', tags: ['world news', 'g7'] };
		const { rows: parsed } = parseAnki(toAnki('T', [item]).text);
		expect(parsed[0]?.[4]).toBe('b mcq world_news g7');
	});

	it('names the deck after the title without adding levels', () => {
		expect(ankiDeck('World :: News\tToday')).toBe('Factdeck::World : News Today');
		expect(ankiDeck('  ')).toBe('Factdeck::Untitled');
	});
});

describe.each(typeExamples)('Anki export of a %s question', (type, { question }) => {
	it('is one note keyed by its id: prompt first, explanation and source on the back, tagged with its type', () => {
		const { rows } = parseAnki(toAnki('T', [{ question, quote: 'A quote.', bankId: 'b' }]).text);
		if (!exportsByType.get(type)?.anki) return expect(rows).toEqual([]);
		expect(rows).toHaveLength(1);
		const [guid, noteType, front, back, tags] = rows[0]!;
		expect(guid).toBe(question.id);
		if (noteType === 'Cloze') expect(readCloze(front!).answer).toBe(question.answer);
		else expect(shown(front!).split('\n')[0]).toBe(question.prompt);
		expect(shown(back!).endsWith(`\n${question.explanation}\n\nSource: A quote.`)).toBe(true);
		expect(tags?.split(' ')).toEqual(['b', type]);
	});
});
