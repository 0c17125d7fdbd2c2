import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import {
	applyReview,
	generateBank,
	generateBankAsync,
	serializeBank,
	GenerateError,
	maxBodyChars,
	Review
} from '../../src/lib/generate/index';
import { checkInput } from '../../src/lib/generate/input';
import { Article, Bank } from '../../src/lib/schema';

const { data, body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);
const meta = { ...(data as Omit<Article, 'id' | 'body'>), id: 'kishida-biden-summit' };
// The schema refuses an empty body; the generator must still cope when handed one directly.
const withBody = (text: string) => ({ ...meta, body: text }) as Article;

describe('bad input', () => {
	it('rejects an empty body with a clear error', () => {
		expect(() => generateBank(withBody('   \n  '))).toThrowError(GenerateError);
		expect(() => generateBank(withBody(''))).toThrowError(/empty body/);
	});

	it('rejects a body with headings only and no sentences', () => {
		expect(() => generateBank(withBody('Big News Today\n\nAnother Heading Here'))).toThrowError(
			/no sentences/
		);
	});

	it('rejects binary data', () => {
		expect(() => generateBank(withBody('PK\u0003\u0004\u0000\u0000binary\u0000data'))).toThrowError(
			/binary/
		);
		const noise = Array.from({ length: 2000 }, (_, i) =>
			String.fromCharCode(33 + ((i * 7919) % 30))
		).join('');
		expect(() => generateBank(withBody(noise))).toThrowError(GenerateError);
	});

	it('says so when sentences hold nothing to ask about', () => {
		expect(() => generateBank(withBody('It was fine. Nothing much happened.'))).toThrowError(
			/no question survived/
		);
	});

	it('cuts a 5 MB article at a paragraph end, with a warning', () => {
		const paragraphs = body.split('\n\n');
		let big = '';
		for (let i = 0; big.length < 5_000_000; i++) big += paragraphs[i % paragraphs.length]! + '\n\n';
		const warnings: string[] = [];
		const cut = checkInput(withBody(big.trim()), warnings);
		expect(cut.length).toBeLessThanOrEqual(maxBodyChars);
		expect(cut.length).toBeGreaterThan(maxBodyChars / 2);
		expect(big.startsWith(cut)).toBe(true);
		expect(warnings.some((w) => /only the first/.test(w))).toBe(true);
	});

	it('reads text without full stops in pieces, says so, and still asks about the sentences', () => {
		const run = Array.from({ length: 3000 }, (_, i) => `word${i % 50}`).join(' ');
		const { bank } = generateBank(withBody(`${body}\n\n${run}`));
		expect(bank.warnings.some((w) => /without a full stop/.test(w))).toBe(true);
		expect(bank.questions.length).toBeGreaterThan(10);
		expect(() => generateBank(withBody(run))).toThrowError(/no sentences/);
	});
});

describe('language', () => {
	const spanish = [
		'El presidente del Gobierno anunció el martes un plan de 3.000 millones de euros para las zonas afectadas por las inundaciones.',
		'Según el ministerio, más de 200 personas tuvieron que abandonar sus casas en la provincia de Valencia.',
		'Los alcaldes de la comarca pidieron más ayuda y criticaron la lentitud de las administraciones.'
	].join('\n\n');

	it('warns when the text does not read as English, whatever it is marked as', () => {
		const warnings: string[] = [];
		checkInput(withBody(spanish), warnings);
		expect(warnings.join(' ')).toMatch(/does not read as English/);
		const english: string[] = [];
		checkInput(withBody(body), english);
		expect(english).toEqual([]);
	});

	it('reads the article’s language and warns when there is no pack for it', () => {
		const warnings: string[] = [];
		checkInput({ ...withBody(spanish), language: 'es' } as Article, warnings);
		expect(warnings.join(' ')).toMatch(/marked as language "es".*English \("en"\)/);
		const british: string[] = [];
		checkInput({ ...withBody(body), language: 'en-GB' } as Article, british);
		expect(british).toEqual([]);
	});
});

describe('review', () => {
	const { report } = generateBank({ ...meta, body } as Article);
	const [first, second] = report.raw;

	it('rejects and edits questions and reports decisions that match nothing', () => {
		const review = Review.parse({
			version: 1,
			decisions: {
				[first!.id]: { action: 'reject', note: 'too long' },
				[second!.id]: { action: 'edit', explanation: 'Edited explanation.' },
				'q-00000000-mcq': { action: 'reject' }
			}
		});
		const { bank, report: r } = generateBank({ ...meta, body } as Article, { review });
		expect(bank.questions.some((q) => q.id === first!.id)).toBe(false);
		expect(bank.questions.find((q) => q.id === second!.id)?.explanation).toBe(
			'Edited explanation.'
		);
		expect(r.unmatchedDecisions).toEqual(['q-00000000-mcq']);
		expect(r.rejectedByReview).toEqual([first!.id]);
		expect(Bank.safeParse(bank).success).toBe(true);
	});

	it('ignores an edit that would break the question, with a warning', () => {
		const mcq = report.raw.find((q) => q.type === 'mcq')!;
		const outcome = applyReview(
			report.raw,
			Review.parse({ version: 1, decisions: { [mcq.id]: { action: 'edit', answer: 'Nobody' } } })
		);
		expect(outcome.questions.find((q) => q.id === mcq.id)?.answer).toBe(mcq.answer);
		expect(outcome.problems).toHaveLength(1);
	});

	it('refuses a malformed review file', () => {
		expect(Review.safeParse({ version: 2, decisions: {} }).success).toBe(false);
		expect(Review.safeParse({ version: 1, decisions: { x: { action: 'delete' } } }).success).toBe(
			false
		);
	});
});

describe('progress', () => {
	it('reports each stage in order and ends at 1', () => {
		const stages: [string, number][] = [];
		generateBank({ ...meta, body } as Article, { onProgress: (s, f) => stages.push([s, f]) });
		// Each stage once in order; a long stage (reading the facts) may report several times.
		const order = stages.map(([s]) => s).filter((s, i, all) => s !== all[i - 1]);
		expect(order).toEqual(['segment', 'facts', 'questions', 'review', 'done']);
		const fractions = stages.map(([, f]) => f);
		expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
		expect(fractions.at(-1)).toBe(1);
	});

	it('has an async variant that gives the same bank', async () => {
		const seen: string[] = [];
		const result = await generateBankAsync({ ...meta, body } as Article, {
			onProgress: (s) => seen.push(s)
		});
		expect(serializeBank(result.bank)).toBe(
			serializeBank(generateBank({ ...meta, body } as Article).bank)
		);
		expect(seen.at(-1)).toBe('done');
	});
});
