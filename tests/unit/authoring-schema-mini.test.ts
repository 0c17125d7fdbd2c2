import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as mini from '../../src/lib/authoring/schema-mini';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import * as classicArticle from '../../src/lib/schema/article';
import * as classicBank from '../../src/lib/schema/bank';
import * as classicReview from '../../src/lib/schema/review';

type Raw = Record<string, unknown>;
interface Parser {
	safeParse(value: unknown): {
		success: boolean;
		data?: unknown;
		error?: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] };
	};
}

const pairs: Record<string, [Parser, Parser]> = {
	ArticleMeta: [classicArticle.ArticleMeta, mini.ArticleMeta],
	Article: [classicArticle.Article, mini.Article],
	Fact: [classicBank.Fact, mini.Fact],
	Bank: [classicBank.Bank, mini.Bank],
	Decision: [classicReview.Decision, mini.Decision],
	Addition: [classicReview.Addition, mini.Addition],
	Review: [classicReview.Review, mini.Review]
};

/** The same value through both schemas: same verdict, same output, same issues. */
function expectSameVerdict(name: string, value: unknown): boolean {
	const [classic, copy] = pairs[name]!;
	const a = classic.safeParse(value);
	const b = copy.safeParse(value);
	expect(b.success, `${name}: ${JSON.stringify(value)?.slice(0, 300)}`).toBe(a.success);
	if (a.success) expect(b.data).toEqual(a.data);
	else {
		const issues = (r: typeof a) =>
			r.error!.issues.map(({ code, path, message }) => ({ code, path, message }));
		expect(issues(b)).toEqual(issues(a));
	}
	return a.success;
}

const bank = JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8')) as Raw;
const review = JSON.parse(
	readFileSync('questions/reviews/kishida-biden-summit.json', 'utf8')
) as Raw;
const { data, body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);
const meta = data as Raw;
const article = { ...meta, id: 'kishida-biden-summit', body };
const facts = bank.facts as Raw[];
const questions = bank.questions as Raw[];
const fact = facts[0]!;
const cloze = questions.find((q) => q.type === 'cloze')!;
const addition = { fact, question: { ...cloze, factId: fact.id }, note: 'added by hand' };
const withAdditions = { ...review, additions: [addition] };
const decisions = Object.values(review.decisions as Record<string, Raw>);

const samples: [string, Raw][] = [
	['ArticleMeta', meta],
	['Article', article],
	...facts.slice(0, 12).map((f): [string, Raw] => ['Fact', f]),
	['Bank', bank],
	...decisions.map((d): [string, Raw] => ['Decision', d]),
	['Addition', addition],
	['Review', review],
	['Review', withAdditions]
];

/** Hand-made invalid (and a few valid) variants of a sample. */
function mutations(value: Raw): Raw[] {
	const out: Raw[] = [{ ...value, extra: 1 }];
	for (const [key, v] of Object.entries(value)) {
		const without = { ...value };
		delete without[key];
		out.push(without, { ...value, [key]: null }, { ...value, [key]: 42 });
		if (typeof v === 'string')
			out.push({ ...value, [key]: '' }, { ...value, [key]: '  ' }, { ...value, [key]: ` ${v} ` });
		if (Array.isArray(v)) out.push({ ...value, [key]: [] }, { ...value, [key]: [...v, 'x'] });
	}
	return out;
}

const specific: [string, unknown][] = [
	['ArticleMeta', { ...meta, published: '2023-02-30' }],
	['ArticleMeta', { ...meta, language: 'EN' }],
	['ArticleMeta', { ...meta, url: 'not a url' }],
	['ArticleMeta', { ...meta, url: 'javascript:alert(1)' }],
	['Article', { ...article, id: 'Not A Slug' }],
	['Article', { ...article, body: '   ' }],
	['Fact', { ...fact, kind: 'why' }],
	['Fact', { ...fact, answerKind: 'animal' }],
	['Fact', { ...fact, source: { start: 9, end: 3 } }],
	['Fact', { ...fact, attribution: 'Someone' }],
	['Bank', { ...bank, questions: [] }],
	['Bank', { ...bank, warnings: undefined }],
	['Bank', { ...bank, handMade: 'yes' }],
	['Bank', { ...bank, generator: { name: 'x' } }],
	['Bank', { ...bank, facts: [...facts, { ...fact, id: 'X' }] }],
	['Bank', { ...bank, questions: [...questions, { ...cloze, prompt: 'no gap' }] }],
	['Decision', { action: 'delete' }],
	['Decision', { action: 'edit', options: ['a', ''] }],
	['Decision', { action: 'reject', prompt: 'x' }],
	['Addition', { ...addition, question: { ...cloze } }],
	['Addition', { ...addition, fact: { ...fact, id: 'x' } }],
	['Review', { ...review, version: 2 }],
	['Review', { ...review, additions: [{ ...addition, question: { ...cloze } }] }],
	['Review', { ...review, additions: 'none' }],
	['Review', { version: 1, decisions: { a: { action: 'reject', note: '' } } }]
];

describe('the zod/mini Article, Fact, Bank and Review used by local banks', () => {
	it('accept every valid sample with the same output as the classic schemas', () => {
		for (const [name, value] of samples) expect(expectSameVerdict(name, value)).toBe(true);
	});

	it('accept and reject mutated and hand-made samples exactly as the classic schemas do', () => {
		let rejected = 0;
		for (const [name, value] of samples)
			for (const m of mutations(value)) if (!expectSameVerdict(name, m)) rejected++;
		for (const [name, value] of specific) if (!expectSameVerdict(name, value)) rejected++;
		expect(rejected).toBeGreaterThan(200);
	});

	it('agree on non-objects', () => {
		for (const name of Object.keys(pairs))
			for (const value of [null, undefined, 0, 'x', [], {}])
				expect(expectSameVerdict(name, value)).toBe(false);
	});

	it('agree when any field of a sample is replaced by arbitrary JSON', () => {
		fc.assert(
			fc.property(
				fc
					.constantFrom(...samples)
					.chain(([name, value]) =>
						fc.tuple(fc.constant(name), fc.constant(value), fc.constantFrom(...Object.keys(value)))
					),
				fc.jsonValue({ maxDepth: 2 }),
				([name, value, key], replacement) => {
					expectSameVerdict(name, { ...value, [key]: replacement });
				}
			),
			{ numRuns: 500 }
		);
	});
});
