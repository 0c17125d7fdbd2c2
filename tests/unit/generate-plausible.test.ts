import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, generateBank, type Mention } from '../../src/lib/generate/index';
import { numericVariants } from '../../src/lib/generate/distractors';
import { parallelRoles, staysTrue } from '../../src/lib/generate/questions';
import type { Question } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;

const quantity = (text: string, value: number, prefix: string, suffix: string): Mention => ({
	kind: 'quantity',
	text,
	start: 0,
	end: text.length,
	key: `quantity:${text.toLowerCase()}`,
	display: text,
	amount: { value, prefix, suffix, words: false }
});

const numberOf = (s: string) => Number(/\d[\d,]*(?:\.\d+)?/.exec(s)![0].replace(/,/g, ''));

// A short article of numbers, places and people, written for these tests only.
const body = [
	'Prices in Velmora fell to 2.7 percent in January, down from 3.5 percent in December, the statistics office said on Thursday.',
	'Unemployment remained at 5.2 percent in January, the office said.',
	'Exports rose 1.4 percent last year, the first annual rise since 2015, according to the trade ministry.',
	'The new bridge cost about 730 million dollars and took less than three years to build.',
	'About 46,000 visitors crossed the bridge on its first day, and the city expects 12 ships a day.',
	'Dr. Ansel Morrow, who chairs the bridge authority, said the crossing would cut travel times by half.',
	'Morrow said the authority would publish its first traffic report on April 9.',
	'Forward Talia Berg scored 14 goals this season for Velmora Rovers.',
	'Velmora Rovers coach Piet Adler praised the team, and Eastfield captain Jonas Ruud thanked the fans.',
	'Goalkeeper Mira Holt made six saves in the match.'
].join('\n\n');
const { report } = generateBank(syntheticArticle(body));
const raw = report.raw;
const mcqFor = (answer: string) =>
	raw.find((q) => q.type === 'mcq' && q.answer === answer) as Of<'mcq'> | undefined;

describe('numeric distractors', () => {
	it('are near the answer, in its format, on both sides, and not simple multiples', () => {
		const q = mcqFor('about 730 million dollars')!;
		const wrong = q.options.filter((o) => o !== q.answer);
		expect(wrong).toHaveLength(3);
		for (const o of wrong) {
			expect(o).toMatch(/^about \d{1,3}(,\d{3})* million dollars$/);
			const r = numberOf(o) / 730;
			expect(r).toBeGreaterThan(0.5);
			expect(r).toBeLessThan(1.6);
			expect([0.5, 0.75, 1.5, 2, 3]).not.toContain(r);
		}
		expect(wrong.some((o) => numberOf(o) < 730)).toBe(true);
		expect(wrong.some((o) => numberOf(o) > 730)).toBe(true);
	});

	it('keep thousands separators and the decimals of the answer', () => {
		const fans = mcqFor('About 46,000 visitors') ?? mcqFor('46,000 visitors');
		expect(fans).toBeDefined();
		for (const o of fans!.options) expect(o).toMatch(/\d{1,3},\d{3} visitors$/);
		const m = quantity('4.50 percent', 4.5, '', ' percent');
		for (const o of numericVariants(m, 3, 7)) expect(o).toMatch(/^\d+\.\d\d percent$/);
		const big = quantity('about 900 million euros', 900, 'about ', ' million euros');
		for (const o of numericVariants(big, 3, 11))
			expect(o).toMatch(/^about (\d{3}|\d,\d{3}) million euros$/);
	});

	it('respect "fell to X, down from Y": every option stays under Y', () => {
		const fell = quantity('2.7 percent', 2.7, '', ' percent');
		const down = 'Prices fell to 2.7 percent in January, down from 3.5 percent in December.';
		for (const seed of [1, 2, 3, 4, 5]) {
			const out = numericVariants(fell, 3, seed, { sentence: down });
			expect(out).toHaveLength(3);
			for (const o of out) expect(numberOf(o)).toBeLessThan(3.5);
		}
		const rose = quantity('6.1 percent', 6.1, '', ' percent');
		const sentence = 'Sales rose to 6.1 percent in May from 5.8 percent in April.';
		for (const seed of [1, 2, 3, 4, 5])
			for (const o of numericVariants(rose, 3, seed, { sentence }))
				expect(numberOf(o)).toBeGreaterThan(5.8);
	});

	it('keep percentages within 0 to 100 and counts positive, for any seed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 99 }), fc.nat(), (v, seed) => {
				const m = quantity(`${v} percent`, v, '', ' percent');
				const out = numericVariants(m, 3, seed);
				for (const o of out) {
					expect(numberOf(o)).toBeGreaterThan(0);
					expect(numberOf(o)).toBeLessThanOrEqual(100);
					expect(o).not.toBe(`${v} percent`);
				}
			})
		);
	});

	it('take other amounts of the same unit from the article first', () => {
		const q = mcqFor('1.4 percent')!;
		const fromArticle = q.options.filter((o) => /^(2\.7|3\.5|5\.2) percent$/.test(o));
		expect(fromArticle.length).toBeGreaterThanOrEqual(1);
	});
});

describe('false statements that stay false', () => {
	it('never changes the number under "less than", "more than" and the like', () => {
		const q = raw.find((x) => x.type === 'mcq' && /less than three years/.test(x.answer));
		expect(q).toBeUndefined();
		expect(
			raw.some((x) => x.type === 'true_false' && /less than (?!three)\w+ years/.test(x.prompt))
		).toBe(false);
		const m = findMentions('It sold out in less than two hours.', {
			people: [],
			published: '2024-02-02',
			tense: 'past'
		}).find((x) => x.amount)!;
		expect(staysTrue(m, 'It sold out in ', 'It sold out in less than two hours.')).toBe(true);
	});

	it('never moves the year of "the first … since YEAR"', () => {
		expect(raw.some((x) => x.type === 'true_false' && /since (?!2015)\d{4}/.test(x.prompt))).toBe(
			false
		);
		expect(mcqFor('2015')).toBeUndefined();
	});

	it('never swaps the month after "remained"/"stayed"', () => {
		expect(
			raw.some(
				(x) =>
					x.type === 'true_false' && /remained at 5\.2 percent in (?!January)\w+/.test(x.prompt)
			)
		).toBe(false);
		expect(
			raw.some((x) => x.type === 'mcq' && x.answer === 'January' && /remained/.test(x.prompt))
		).toBe(false);
	});

	it('never swaps "last year" for a time word of another tense', () => {
		expect(
			raw.some(
				(x) => x.type === 'true_false' && /rose 1\.4 percent (next|this) year/.test(x.prompt)
			)
		).toBe(false);
		expect(mcqFor('last year')).toBeUndefined();
	});
});

describe('accepted answers', () => {
	it('accepts a person with the honorific the article uses, with or without the full stop', () => {
		const q = raw.find((x) => x.type === 'short_answer' && x.answer === 'Ansel Morrow');
		expect(q).toBeDefined();
		expect(q!.accept).toEqual(
			expect.arrayContaining(['Dr Morrow', 'Dr. Morrow', 'Dr. Ansel Morrow', 'Dr Ansel Morrow'])
		);
	});

	it('accepts a date in either day order, with and without the year', () => {
		const q = raw.find((x) => x.type === 'cloze' && x.answer === 'April 9');
		expect(q).toBeDefined();
		expect(q!.accept).toEqual(expect.arrayContaining(['9 April', 'April 9, 2024', '9 April 2024']));
	});

	it('accepts the bare number of a counted noun', () => {
		const q = raw.find((x) => x.type === 'cloze' && x.answer === '14 goals');
		expect(q).toBeDefined();
		expect(q!.accept).toContain('14');
	});
});

describe('positions', () => {
	it('offers roles written the same way as the answer', () => {
		expect(
			parallelRoles('Striker', ['Goalkeeper', 'Harbour City coach', 'Eastfield captain'])
		).toEqual(['Goalkeeper', 'Coach', 'Captain']);
		expect(parallelRoles('Eastfield captain', ['Goalkeeper', 'Velmora Rovers coach'])).toEqual([
			'Velmora Rovers coach'
		]);
		for (const q of raw.filter(
			(x) => x.type === 'mcq' && /position/.test(x.prompt)
		) as Of<'mcq'>[]) {
			const lower = q.options.map((o) => /\s\p{Ll}/u.test(o));
			expect(new Set(lower).size).toBe(1);
		}
	});
});
