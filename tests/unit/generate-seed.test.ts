import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, Review, segment, serializeBank } from '../../src/lib/generate/index';
import { Article, Bank } from '../../src/lib/schema';

const slug = 'kishida-biden-summit';
const { data, body } = parseFrontMatter(readFileSync(`questions/articles/${slug}.md`, 'utf8'));
const article = Article.parse({ ...(data as object), id: slug, body });
const review = Review.parse(JSON.parse(readFileSync(`questions/reviews/${slug}.json`, 'utf8')));
const committed = readFileSync(`questions/banks/${slug}.json`, 'utf8');

describe('the committed seed bank', () => {
	const result = generateBank(article, { review });

	it('is exactly the generator’s output with the review applied', () => {
		expect(committed).toBe(serializeBank(result.bank));
		expect(result.report.unmatchedDecisions).toEqual([]);
	});

	it('names the article and the generator', () => {
		const bank = Bank.parse(JSON.parse(committed));
		expect(bank).toMatchObject({ id: slug, article: slug, title: article.title });
		expect(bank.generator?.name).toBe('factdeck-generator');
		expect(bank.handMade).toBeUndefined();
	});

	it('asks about every paragraph, in five forms, on 25 facts or more', () => {
		const bank = result.bank;
		// A reviewed bank of questions a blind reader accepted: about one for every 18 words.
		expect(bank.questions.length).toBeGreaterThanOrEqual(35);
		expect(new Set(bank.questions.map((q) => q.factId)).size).toBeGreaterThanOrEqual(25);
		expect(Object.keys(result.report.counts).sort()).toEqual(
			['cloze', 'matching', 'mcq', 'short_answer', 'true_false'].sort()
		);
		const paragraphs = segment(body).blocks.filter((b) => b.kind === 'paragraph');
		for (const p of paragraphs) {
			expect(bank.questions.some((q) => q.source.start >= p.start && q.source.end <= p.end)).toBe(
				true
			);
		}
	});

	it('applies every review decision', () => {
		const ids = new Set(result.bank.questions.map((q) => q.id));
		for (const [id, decision] of Object.entries(review.decisions)) {
			if (decision.action === 'reject') expect(ids.has(id)).toBe(false);
			else expect(ids.has(id)).toBe(true);
		}
		expect(result.report.raw.length - result.bank.questions.length).toBe(
			result.report.rejectedByReview.length
		);
	});
});
