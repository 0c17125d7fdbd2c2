import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptFor } from '../../src/lib/generate/accept';
import { findMentions, generateBank, type Mention } from '../../src/lib/generate/index';
import { numericVariants } from '../../src/lib/generate/distractors';
import type { Slot } from '../../src/lib/generate/facts';
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
		for (const o of numericVariants(quantity('46,000 visitors', 46000, '', ' visitors'), 3, 3))
			expect(o).toMatch(/^\d{1,3},\d{3} visitors$/);
		const m = quantity('4.50 percent', 4.5, '', ' percent');
		for (const o of numericVariants(m, 3, 7)) expect(o).toMatch(/^\d+\.\d\d percent$/);
		const big = quantity('about 900 million euros', 900, 'about ', ' million euros');
		for (const o of numericVariants(big, 3, 11))
			expect(o).toMatch(/^about (\d{3}|\d,\d{3}) million euros$/);
	});

	it('keep the noun an amount of one describes singular: "a $1 million fine"', () => {
		const fine = quantity('$1 million fine', 1, '$', ' million fine');
		const options = numericVariants(fine, 3, 5);
		expect(options.length).toBeGreaterThan(1);
		for (const o of options) expect(o).toMatch(/^\$\d+ million fine$/);
		// Without a magnitude the count is the noun's: "1 fine", "3 fines".
		for (const o of numericVariants(quantity('1 goal', 1, '', ' goal'), 3, 5))
			expect(o).toMatch(/^\d+ goals$/);
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
		const article = [
			quantity('2.7 percent', 2.7, '', ' percent'),
			quantity('3 goals', 3, '', ' goals')
		];
		const options = numericVariants(quantity('1.9 percent', 1.9, '', ' percent'), 3, 5, {
			article
		});
		expect(options).toContain('2.7 percent');
		expect(options).not.toContain('3 goals');
	});
});

describe('false statements that stay false', () => {
	const falses = raw
		.filter((x) => x.type === 'true_false' && x.answer === 'False')
		.map((x) => x.prompt);

	it('never changes the number under "less than", "more than" and the like', () => {
		expect(falses.some((p) => /less than (?!three)\w+ years/.test(p))).toBe(false);
	});

	it('never moves the year of "the first … since YEAR"', () => {
		expect(falses.some((p) => /since (?!2015)\d{4}/.test(p))).toBe(false);
		expect(mcqFor('2015')).toBeUndefined();
	});

	it('never swaps the month after "remained"/"stayed"', () => {
		expect(falses.some((p) => /remained at 5\.2 percent in (?!January)\w+/.test(p))).toBe(false);
	});

	it('never swaps "last year" for a time word of another tense', () => {
		expect(falses.some((p) => /rose 1\.4 percent (next|this) year/.test(p))).toBe(false);
		expect(mcqFor('last year')).toBeUndefined();
	});
});

describe('accepted answers', () => {
	const slotOf = (m: Mention, extra: Partial<Slot> = {}) =>
		({ answer: m.text, kind: m.kind, mention: m, ...extra }) as unknown as Slot;
	const mention = (text: string, sentence = `It happened ${text}.`) =>
		findMentions(sentence, { people: [], published: '2024-02-02', tense: 'future' }).find(
			(m) => m.text === text
		)!;

	it('accepts a person with the honorific the article uses, with or without the full stop', () => {
		const person = {
			key: 'person:ansel morrow',
			name: 'Ansel Morrow',
			surname: 'Morrow',
			aliases: ['Ansel Morrow', 'Morrow'],
			honorific: 'Dr'
		};
		expect(
			acceptFor({ answer: 'Ansel Morrow', kind: 'person', people: [person] } as unknown as Slot)
		).toEqual(
			expect.arrayContaining([
				'Morrow',
				'Dr Morrow',
				'Dr. Morrow',
				'Dr. Ansel Morrow',
				'Dr Ansel Morrow'
			])
		);
	});

	it('accepts a date in either day order, with and without the year', () => {
		expect(acceptFor(slotOf(mention('April 9', 'The report is due on April 9.')))).toEqual(
			expect.arrayContaining(['9 April', 'April 9, 2024', '9 April 2024'])
		);
	});

	it('accepts the bare number of a counted noun', () => {
		expect(acceptFor(slotOf(mention('14 goals', 'She scored 14 goals.')))).toContain('14');
	});
});
