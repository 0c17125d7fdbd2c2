import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, GenerateError, serializeBank } from '../../src/lib/generate/index';
import { containsWord, normalize } from '../../src/lib/generate/text';
import { Article, Bank, Id } from '../../src/lib/schema';

const paths = [
	'questions/articles/kishida-biden-summit.md',
	...readdirSync('tests/fixtures/articles').map((f) => `tests/fixtures/articles/${f}`)
].sort();
const articles = paths.map((p) => {
	const { data, body } = parseFrontMatter(readFileSync(p, 'utf8'));
	return { ...(data as Omit<Article, 'id' | 'body'>), id: 'property-test', body } as Article;
});

/** A random article made of some of the paragraphs of one of the real ones, in their order. */
const subsetArticle = fc
	.record({
		which: fc.nat({ max: articles.length - 1 }),
		keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 })
	})
	.map(({ which, keep }) => {
		const a = articles[which]!;
		const paragraphs = a.body.split(/\n\n+/);
		const kept = paragraphs.filter((_, i) => keep[i % keep.length]);
		return { ...a, body: (kept.length ? kept : paragraphs.slice(0, 1)).join('\n\n') } as Article;
	});

function tryGenerate(a: Article) {
	try {
		return generateBank(a);
	} catch (error) {
		// A subset with nothing to ask about must say so clearly, never crash.
		expect(error).toBeInstanceOf(GenerateError);
		return undefined;
	}
}

const runs = { numRuns: 40 };

describe('generator invariants over random paragraph subsets', () => {
	it('keeps every choice question fair: answer among unique options, not in the prompt', () => {
		fc.assert(
			fc.property(subsetArticle, (a) => {
				const result = tryGenerate(a);
				if (!result) return;
				for (const q of result.bank.questions) {
					if (q.type === 'mcq' || (q.type === 'cloze' && q.options)) {
						expect(q.options).toContain(q.answer);
						expect(new Set(q.options!.map(normalize)).size).toBe(q.options!.length);
					}
					if (q.type === 'mcq' || q.type === 'cloze' || q.type === 'short_answer') {
						expect(containsWord(q.prompt, q.answer)).toBe(false);
					}
					if (q.type === 'true_false') expect(q.options).toEqual(['True', 'False']);
					expect(a.body.slice(q.source.start, q.source.end).trim().length).toBeGreaterThan(0);
				}
			}),
			runs
		);
	});

	it('gives valid, unique ids and a schema-valid bank', () => {
		fc.assert(
			fc.property(subsetArticle, (a) => {
				const result = tryGenerate(a);
				if (!result) return;
				const ids = result.bank.questions.map((q) => q.id);
				expect(new Set(ids).size).toBe(ids.length);
				for (const id of ids) expect(Id.safeParse(id).success).toBe(true);
				expect(Bank.safeParse(JSON.parse(serializeBank(result.bank))).success).toBe(true);
			}),
			runs
		);
	});

	it('is deterministic: the same input gives byte-identical output', () => {
		fc.assert(
			fc.property(subsetArticle, (a) => {
				const first = tryGenerate(a);
				const second = tryGenerate({ ...a });
				expect(first && serializeBank(first.bank)).toBe(second && serializeBank(second.bank));
			}),
			{ numRuns: 20 }
		);
	});

	it('keeps ids stable: the same question never gets two ids, whatever else is in the article', () => {
		const seen = new Map<string, string>();
		fc.assert(
			fc.property(subsetArticle, (a) => {
				const result = tryGenerate(a);
				if (!result) return;
				for (const q of result.bank.questions) {
					if (q.type === 'matching' || q.type === 'ordering') continue;
					const key = `${q.type}|${q.prompt}|${q.answer}`;
					const previous = seen.get(key);
					if (previous) expect(q.id).toBe(previous);
					seen.set(key, q.id);
				}
			}),
			runs
		);
	});

	it('keeps the ids of untouched paragraphs when the last paragraph is edited', () => {
		for (const a of articles) {
			const paragraphs = a.body.split(/\n\n+/);
			const edited = [
				...paragraphs.slice(0, -1),
				'The ministry published a new report on Monday.'
			].join('\n\n');
			const before = generateBank(a).bank.questions;
			const after = new Set(generateBank({ ...a, body: edited }).bank.questions.map((q) => q.id));
			const lastStart = a.body.lastIndexOf(paragraphs[paragraphs.length - 1]!);
			const untouched = before.filter(
				(q) => q.source.end <= lastStart && q.type !== 'matching' && q.type !== 'ordering'
			);
			const kept = untouched.filter((q) => after.has(q.id));
			expect(kept.length / untouched.length).toBeGreaterThan(0.95);
		}
	});
});
