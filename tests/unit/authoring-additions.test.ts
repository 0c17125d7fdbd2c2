import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, Review, serializeBank } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema/article';
import { gap, type Fact, type Question } from '../../src/lib/schema/bank';

function loadArticle(path: string): Article {
	const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'));
	return Article.parse({ ...(data as object), id: basename(path, '.md'), body });
}

const article = loadArticle('tests/fixtures/articles/harbour-city-cup-final.md');
const plain = generateBank(article);
const sentence =
	'Goalkeeper Lena Brook made four saves in the second half, including a diving stop from a Rivermouth free kick in the 88th minute.';
const start = article.body.indexOf(sentence);
const source = { start, end: start + sentence.length };

function addition(overrides: { fact?: Partial<Fact>; question?: Partial<Question> } = {}) {
	const fact: Fact = {
		id: 'f-t0000abcd',
		kind: 'what',
		statement: sentence,
		answer: 'four saves',
		answerKind: 'thing',
		source,
		...overrides.fact
	};
	const question = {
		id: 'q-t0000abcd-cloze',
		type: 'cloze',
		prompt: sentence.replace('four saves', gap),
		answer: 'four saves',
		accept: [],
		explanation: `The article says: “${sentence}”`,
		factId: fact.id,
		source,
		...overrides.question
	} as Question;
	return { fact, question };
}

const review = (...additions: unknown[]) =>
	({ version: 1 as const, decisions: {}, additions }) as Review;

describe('review additions', () => {
	it('are appended after the generated questions, with their facts', () => {
		const a = addition();
		const { bank, report } = generateBank(article, { review: review(a) });
		expect(bank.questions).toEqual([...plain.bank.questions, a.question]);
		expect(bank.facts).toEqual([...plain.bank.facts, a.fact]);
		expect(report.addedByReview).toEqual([a.question.id]);
		expect(report.counts.cloze).toBe((plain.report.counts.cloze ?? 0) + 1);
		expect(bank.warnings).toEqual(plain.bank.warnings);
	});

	it('store a fact shared by two added questions once', () => {
		const a = addition();
		const b = addition({
			question: {
				id: 'q-t0000abcd-short',
				type: 'short_answer',
				prompt: 'How many saves did Brook make?'
			}
		});
		const { bank } = generateBank(article, { review: review(a, b) });
		expect(bank.questions.slice(-2).map((q) => q.id)).toEqual([a.question.id, b.question.id]);
		expect(bank.facts.filter((f) => f.id === a.fact.id)).toHaveLength(1);
	});

	it.each([
		[
			'a source outside the body',
			{ fact: { source: { start: 10, end: 10_000 } } },
			/fall outside the article body/
		],
		[
			'a source of blank space',
			{
				question: {
					source: { start: article.body.indexOf('\n\n'), end: article.body.indexOf('\n\n') + 2 }
				}
			},
			/only blank space/
		],
		['an answer not in its source', { fact: { answer: 'five saves' } }, /not in its source/],
		[
			'the id of a generated question',
			{ question: { id: plain.report.raw[0]!.id } },
			/already used by another question/
		],
		[
			'the id of a generated fact',
			{
				fact: { id: plain.report.allFacts[0]!.id },
				question: { factId: plain.report.allFacts[0]!.id }
			},
			/already used by a generated fact/
		],
		[
			'an invalid question',
			{ question: { prompt: 'no gap here' } },
			/additions\[0\]: question.prompt: a cloze prompt must contain the gap/
		]
	] as const)('are left out, with a warning, when they have %s', (_, overrides, message) => {
		const bad = addition(overrides as never);
		const good = addition({
			question: { id: 'q-t0000abcd-short', type: 'short_answer', prompt: 'How many saves?' }
		});
		const { bank, report } = generateBank(article, { review: review(bad, good) });
		expect(bank.questions.slice(plain.bank.questions.length)).toEqual([good.question]);
		expect(report.addedByReview).toEqual([good.question.id]);
		const warnings = bank.warnings.filter((w) => w.startsWith('review addition ignored: '));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(message);
	});

	it('refuse a second fact with the same id and different content', () => {
		const a = addition();
		const b = addition({
			fact: { answer: 'second half' },
			question: { id: 'q-t0000abcd-mcq', type: 'mcq', options: ['four saves', 'two saves'] }
		});
		const { bank } = generateBank(article, { review: review(a, b) });
		expect(bank.warnings.join('\n')).toMatch(/used by another added fact with different content/);
		expect(bank.questions.at(-1)?.id).toBe(a.question.id);
	});

	it('keep a bank alive when review rejects every generated question', () => {
		const decisions = Object.fromEntries(
			plain.report.raw.map((q) => [q.id, { action: 'reject' as const }])
		);
		expect(() => generateBank(article, { review: { version: 1, decisions } })).toThrowError(
			/no question survived/
		);
		const { bank } = generateBank(article, {
			review: { version: 1, decisions, additions: [addition()] }
		});
		expect(bank.questions.map((q) => q.id)).toEqual([addition().question.id]);
		expect(bank.facts).toEqual([addition().fact]);
	});

	it('are optional in the schema, and must name their own fact', () => {
		expect(Review.parse({ version: 1, decisions: {} })).toEqual({ version: 1, decisions: {} });
		expect(Review.safeParse(review(addition())).success).toBe(true);
		const wrong = addition({ question: { factId: 'f-other' } });
		const parsed = Review.safeParse(review(wrong));
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.message).toBe("the question's factId must be its fact's id");
	});

	it('leave a review without additions byte for byte as before', () => {
		const seed = loadArticle('questions/articles/kishida-biden-summit.md');
		const seedReview = Review.parse(
			JSON.parse(readFileSync('questions/reviews/kishida-biden-summit.json', 'utf8'))
		);
		expect(
			serializeBank(generateBank(seed, { review: { ...seedReview, additions: [] } }).bank)
		).toBe(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'));
	});
});
