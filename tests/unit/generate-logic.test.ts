import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { numericVariants } from '../../src/lib/generate/distractors';
import { extractFacts } from '../../src/lib/generate/facts';
import { findMentions, generateBank, type Mention } from '../../src/lib/generate/index';
import { staysTrue } from '../../src/lib/generate/questions';
import { segment } from '../../src/lib/generate/segment';
import { Article, type Question } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

function load(path: string): Article {
	const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'));
	return Article.parse({ ...(data as object), id: basename(path, '.md'), body });
}

const eastvale = generateBank(load('tests/fixtures/articles/eastvale-cooling-tower-vote.md')).report
	.raw;
const marlow = generateBank(load('tests/fixtures/articles/marlow-ferries-overtime-ruling.md'))
	.report.raw;
const mcqs = (raw: Question[], fragment: string) =>
	raw.filter((q) => q.type === 'mcq' && q.prompt.includes(fragment)) as Of<'mcq'>[];
const wrongOptions = (q: Of<'mcq'>) => q.options.filter((o) => o !== q.answer);
const numberOf = (s: string) => Number(/\d[\d,]*(?:\.\d+)?/.exec(s)![0].replace(/,/g, ''));

const quantity = (text: string, value: number, prefix: string, suffix: string): Mention => ({
	kind: 'quantity',
	text,
	start: 0,
	end: text.length,
	key: `quantity:${text.toLowerCase()}`,
	display: text,
	amount: { value, prefix, suffix, words: false }
});

describe('reported speech as "According to …"', () => {
	it('drops the "that" of a second reported clause in statements, gaps and true/false items', () => {
		const brennan = eastvale.filter((q) => q.prompt.includes('According to Brennan'));
		expect(brennan.map((q) => q.type).sort()).toEqual(['cloze', 'mcq', 'true_false']);
		for (const q of brennan) expect(q.prompt).not.toMatch(/\band that\b/);
		expect(brennan.find((q) => q.type === 'true_false')?.prompt).toBe(
			'According to Brennan, about 70 percent of the city’s cooling towers were owned by just 15 large companies and the cost was “small next to a hospital bill.”'
		);
	});

	it('keeps a demonstrative "that" and the words inside a quotation', () => {
		const body = [
			'Dr. Ansel Morrow chairs the bridge authority.',
			'Morrow said the bridge was finished and that traffic had doubled.',
			'Morrow said the bridge was finished and that was a relief.',
			'Morrow said the bridge was “finished and that the cost was fair” in the end.'
		].join('\n\n');
		const { context } = extractFacts(segment(body), '2024-02-02');
		expect(context.analysed.map((a) => a.statement).slice(1)).toEqual([
			'According to Morrow, the bridge was finished and traffic had doubled.',
			'According to Morrow, the bridge was finished and that was a relief.',
			'According to Morrow, the bridge was “finished and that the cost was fair” in the end.'
		]);
	});
});

describe('a part and its whole', () => {
	it('keeps the whole of "N of the M" above N', () => {
		const sentence = 'The board said 45 of the 50 members voted for the plan.';
		const options = numericVariants(quantity('50 members', 50, '', ' members'), 3, 7, {
			sentence
		});
		expect(options.length).toBeGreaterThanOrEqual(2);
		for (const o of options) expect(numberOf(o)).toBeGreaterThan(45);
		for (const q of mcqs(eastvale, '41 of the _____'))
			for (const o of wrongOptions(q)) expect(numberOf(o)).toBeGreaterThan(41);
		const falseItems = eastvale.filter(
			(q) => q.type === 'true_false' && q.answer === 'False' && /41 of the \d+/.test(q.prompt)
		);
		for (const q of falseItems)
			expect(numberOf(/41 of the (\d+)/.exec(q.prompt)![1]!)).toBeGreaterThan(41);
	});

	it('keeps the part under the whole, across scales, and the whole above the part', () => {
		const part = numericVariants(quantity('£900,000', 900_000, '£', ''), 3, 5, {
			sentence: 'Of the £1 million, £900,000 is back pay.'
		});
		expect(part.length).toBeGreaterThanOrEqual(2);
		for (const o of part) expect(numberOf(o)).toBeLessThan(1_000_000);
		const named = numericVariants(quantity('£2.9 million', 2.9, '£', ' million'), 3, 5, {
			sentence: 'Back pay makes up £2.9 million of the £3.4 million.'
		});
		for (const o of named) expect(numberOf(o)).toBeLessThan(3.4);

		const [ofPart] = mcqs(marlow, 'Of the £3.4 million, _____');
		const [ofWhole] = mcqs(marlow, 'Of the _____, about £2.9 million');
		expect(ofPart && ofWhole).toBeTruthy();
		for (const o of wrongOptions(ofPart!)) expect(numberOf(o)).toBeLessThan(3.4);
		for (const o of wrongOptions(ofWhole!)) expect(numberOf(o)).toBeGreaterThan(2.9);
	});
});

describe('dates a past event cannot have', () => {
	it('offers no date after publication for something that already happened', () => {
		const body = [
			'Inspectors examined the Velmora plant on January 20.',
			'The new safety rules will take effect on March 1.',
			'The inspectors returned to the plant on January 28.',
			'This report was corrected on February 5.',
			'The council first discussed the plant on January 10.'
		].join('\n\n');
		const raw = generateBank(syntheticArticle(body)).report.raw;
		const q = raw.find((x) => x.type === 'mcq' && x.answer === 'January 20') as
			Of<'mcq'> | undefined;
		expect(q).toBeDefined();
		expect(wrongOptions(q!).sort()).toEqual(['January 10', 'January 28']);
		// A date still to come may take any other date.
		const future = raw.find((x) => x.type === 'mcq' && x.answer === 'March 1') as Of<'mcq'>;
		expect(wrongOptions(future)).toHaveLength(3);
	});

	it('in the fixtures, offers a date after publication only for what is still to come', () => {
		const afterPublication = /January 1\b|November 7/;
		for (const q of eastvale) {
			if (q.type === 'mcq' && q.answer !== 'January 1')
				expect(wrongOptions(q).join(' ')).not.toMatch(afterPublication);
			if (q.type === 'true_false' && q.answer === 'False' && !/take effect/.test(q.prompt))
				expect(q.prompt).not.toMatch(afterPublication);
		}
	});

	it('does not move the date by which something had happened', () => {
		const sentence = 'By August 9, the city’s health department had confirmed 31 cases.';
		const m = findMentions(sentence, {
			people: [],
			published: '2024-11-06',
			tense: 'past'
		}).find((x) => x.kind === 'date')!;
		expect(staysTrue(m, 'By ', sentence)).toBe(true);
		expect(mcqs(eastvale, 'By _____')).toEqual([]);
		const deadline = 'The government has promised to cut the deficit by 2026.';
		const year = findMentions(deadline, {
			people: [],
			published: '2024-02-02',
			tense: 'future'
		}).find((x) => x.kind === 'date')!;
		expect(staysTrue(year, deadline.slice(0, year.start), deadline)).toBe(false);
	});
});
