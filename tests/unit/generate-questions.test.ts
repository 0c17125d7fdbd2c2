import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { personDistractors } from '../../src/lib/generate/distractors';
import { generateBank } from '../../src/lib/generate/index';
import { Article, gap, type Question } from '../../src/lib/schema';

function load(path: string, id: string): Article {
	const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'));
	return Article.parse({ ...(data as object), id, body });
}

const article = load('questions/articles/kishida-biden-summit.md', 'kishida-biden-summit');
const { report } = generateBank(article);
const raw = report.raw;
const byPrompt = (fragment: string, type?: string) =>
	raw.find((q) => q.prompt.includes(fragment) && (!type || q.type === type));
type Of<T extends Question['type']> = Extract<Question, { type: T }>;

describe('question forms', () => {
	it('asks "who" with people as the only options', () => {
		const q = byPrompt('Who commended the Japanese government', 'mcq') as Of<'mcq'>;
		expect(q.answer).toBe('Joe Biden');
		expect([...q.options].sort()).toEqual([
			'Antony Blinken',
			'Fumio Kishida',
			'Joe Biden',
			'Yoshimasa Hayashi'
		]);
	});

	it('answers an action of both leaders with both names', () => {
		const q = byPrompt('Who agreed to continue sanctions against Russia', 'mcq') as Of<'mcq'>;
		expect(q.answer).toBe('Fumio Kishida and Joe Biden');
		for (const o of q.options) expect(o).toMatch(/^\w+ \w+ and \w+ \w+$/);
	});

	it('offers months for months, weekdays for weekdays and amounts with the same unit', () => {
		const may = raw.find((q) => q.type === 'mcq' && q.answer === 'May') as Of<'mcq'>;
		for (const o of may.options)
			expect([
				'January',
				'February',
				'March',
				'April',
				'May',
				'June',
				'July',
				'August',
				'September',
				'October',
				'November',
				'December'
			]).toContain(o);
		const friday = raw.find((q) => q.type === 'mcq' && q.answer === 'Friday') as Of<'mcq'>;
		for (const o of friday.options) expect(o).toMatch(/day$/);
		const hours = raw.find((q) => q.type === 'mcq' && q.answer === 'about two hours') as Of<'mcq'>;
		for (const o of hours.options) expect(o).toMatch(/^about \w+ hours?$/);
	});

	it('puts the gap in cloze prompts and accepts other forms of the answer', () => {
		const cloze = raw.filter((q): q is Of<'cloze'> => q.type === 'cloze');
		expect(cloze.length).toBeGreaterThan(10);
		for (const q of cloze) expect(q.prompt).toContain(gap);
		const friday = cloze.find((q) => q.answer === 'Friday');
		expect(friday?.accept).toContain('Friday 13 January 2023');
	});

	it('makes false statements by swapping, never by inserting "not"', () => {
		const tf = raw.filter((q) => q.type === 'true_false');
		expect(tf.some((q) => q.answer === 'False')).toBe(true);
		expect(tf.some((q) => q.answer === 'True')).toBe(true);
		for (const q of tf.filter((q) => q.answer === 'False')) {
			const negations = (t: string) => t.match(/\bnot\b|n’t\b|n't\b/g)?.length ?? 0;
			const source = article.body.slice(q.source.start, q.source.end);
			expect(negations(q.prompt)).toBeLessThanOrEqual(negations(source));
			// A false statement is never a sentence of the article.
			expect(body(article).includes(q.prompt.replace(/^According to [^,]+, /, ''))).toBe(false);
		}
	});

	it('accepts surnames and full names in short answers', () => {
		const q = byPrompt('Who mentioned Japan’s plan', 'short_answer')!;
		expect(q.answer).toBe('Fumio Kishida');
		expect(q.accept).toEqual(expect.arrayContaining(['Kishida', 'Prime Minister Fumio Kishida']));
	});

	it('asks who said each quotation', () => {
		const q = byPrompt('“I don’t think there’s ever been a time', 'mcq')!;
		expect(q.prompt.startsWith('Who said this?')).toBe(true);
		expect(q.answer).toBe('Joe Biden');
	});

	it('matches people to roles and orders dated events', () => {
		const match = raw.find((q): q is Of<'matching'> => q.type === 'matching')!;
		expect(match.pairs).toContainEqual({
			left: 'Antony Blinken',
			right: 'U.S. Secretary of State'
		});
		const order = raw.find((q): q is Of<'ordering'> => q.type === 'ordering')!;
		expect(order.items).toEqual([
			'The revision of Japan’s National Security Strategy',
			'A meeting of Japanese and U.S. foreign and defense chiefs',
			'The two leaders met at the White House in Washington',
			'The G7 summit talks to be held in Hiroshima'
		]);
	});

	it('explains with the source sentence and the resolved date', () => {
		const q = raw.find((q) => q.type === 'cloze' && q.answer === 'Wednesday')!;
		expect(q.explanation).toContain('The article says: “');
		expect(q.explanation).toContain('Wednesday 11 January 2023');
	});

	it('drops questions that need an earlier sentence to make sense', () => {
		expect(raw.some((q) => q.prompt === 'Who welcomed the plan?')).toBe(false);
		expect(report.filtered).toContainEqual(
			expect.objectContaining({ reason: 'prompt depends on an earlier sentence' })
		);
	});
});

function body(a: Article): string {
	return a.body;
}

describe('who questions on the new-genre fixtures', () => {
	const marlow = generateBank(
		load('tests/fixtures/articles/marlow-ferries-overtime-ruling.md', 'marlow')
	).report.raw;
	const eastvale = generateBank(
		load('tests/fixtures/articles/eastvale-cooling-tower-vote.md', 'eastvale')
	).report.raw;

	it('asks no negated "Who did not …?"', () => {
		expect(marlow.filter((q) => /^Who (?:did not|declined to)\b/.test(q.prompt))).toEqual([]);
	});

	it('offers with "he" or "she" in the prompt only people the article calls the same', () => {
		const gendered = [...marlow, ...eastvale].filter(
			(q) => q.type === 'mcq' && /^Who\b.*\b(?:he|she|his|her)\b/.test(q.prompt)
		) as Of<'mcq'>[];
		const men = ['Owen Pryce', 'Nicholas Fenwick', 'Graham Oduya', 'Peter Hale', 'Thomas Reyes'];
		for (const q of gendered) {
			const she = /\b(?:she|her)\b/.test(q.prompt);
			for (const o of q.options) expect(men.includes(o)).toBe(!she);
		}
	});

	it('quotes no list marker and offers no title as a person', () => {
		for (const q of [...marlow, ...eastvale]) {
			expect(q.prompt).not.toMatch(/(?:^|: )(?:[-•*]|\d+[.)])\s/);
			if (q.type === 'mcq' && /^Who\b/.test(q.prompt))
				for (const o of q.options) expect(o).not.toMatch(/Regulations|Councillor|Justice/);
		}
	});
});

describe('person distractors and pronouns', () => {
	it('keeps to people the article calls "she" when the prompt does', () => {
		const people = [
			{ key: 'person:a', name: 'Lucia Fernandez', surname: 'Fernandez', pronoun: 'she' as const },
			{ key: 'person:b', name: 'Aisha Brennan', surname: 'Brennan', pronoun: 'she' as const },
			{ key: 'person:c', name: 'Peter Hale', surname: 'Hale', pronoun: 'he' as const },
			{ key: 'person:d', name: 'Helen Carrow', surname: 'Carrow', honorific: 'Mrs Justice' },
			{ key: 'person:e', name: 'Thomas Reyes', surname: 'Reyes' }
		];
		expect(
			personDistractors([people[0]!], 'She said she would sign it.', people, 3, [], 'she').sort()
		).toEqual(['Aisha Brennan', 'Helen Carrow']);
	});
});
