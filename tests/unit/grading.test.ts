import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	editDistance,
	gradeAnswer,
	normalizeAnswer,
	scoreMatching,
	scoreOrdering
} from '../../src/lib/grading/grade';
import { Question } from '../../src/lib/schema/bank';
import { typeExamples } from './question-type-examples';

const span = { start: 0, end: 10 };
const base = { explanation: 'Because the article says so.', factId: 'fact-1', source: span };

function shortAnswer(answer: string, accept: string[] = []): Question {
	return Question.parse({
		...base,
		id: 'q-short',
		type: 'short_answer',
		prompt: 'Who?',
		answer,
		accept
	});
}

const right = (q: Question, response: string) => gradeAnswer(q, response).correct;

describe('typed answers', () => {
	it('ignores case, spacing, punctuation and leading articles', () => {
		const q = shortAnswer('Fumio Kishida');
		expect(right(q, '  fumio   KISHIDA ')).toBe(true);
		expect(right(q, 'Fumio Kishida.')).toBe(true);
		expect(right(shortAnswer('the Diet'), 'Diet')).toBe(true);
		expect(right(shortAnswer('Diet'), 'The diet')).toBe(true);
		expect(right(shortAnswer('an election'), 'election')).toBe(true);
	});

	it('ignores diacritics and quote styles', () => {
		expect(right(shortAnswer('Zelenskyy’s office'), "zelenskyy's office")).toBe(true);
		expect(right(shortAnswer('Élysée Palace'), 'elysee palace')).toBe(true);
		expect(right(shortAnswer('São Paulo'), 'Sao Paulo')).toBe(true);
		expect(right(shortAnswer('“Never again”'), '"never again"')).toBe(true);
	});

	it('treats U.S. and US alike', () => {
		expect(right(shortAnswer('the U.S.'), 'US')).toBe(true);
		expect(right(shortAnswer('US'), 'u.s.')).toBe(true);
		expect(right(shortAnswer('U.K.'), 'uk')).toBe(true);
	});

	it('reads small number words as digits and keeps numbers exact', () => {
		expect(right(shortAnswer('2'), 'two')).toBe(true);
		expect(right(shortAnswer('two years'), '2 years')).toBe(true);
		expect(right(shortAnswer('21'), 'twenty-one')).toBe(true);
		expect(right(shortAnswer('1,000'), '1000')).toBe(true);
		expect(right(shortAnswer('3.5%'), '3.5 %')).toBe(true);
		expect(right(shortAnswer('40 per cent'), '40%')).toBe(true);
		expect(right(shortAnswer('2024'), '2023')).toBe(false);
		expect(right(shortAnswer('15 years'), '16 years')).toBe(false);
		expect(right(shortAnswer('3'), 'two')).toBe(false);
	});

	it('takes the names people type for a country as one', () => {
		const us = shortAnswer('the United States');
		for (const typed of ['USA', 'US', 'U.S.', 'America', 'United States of America'])
			expect(right(us, typed)).toBe(true);
		expect(right(shortAnswer('Britain'), 'UK')).toBe(true);
		expect(right(shortAnswer('the United Kingdom'), 'Great Britain')).toBe(true);
		expect(right(us, 'UK')).toBe(false);
		expect(right(us, 'Australia')).toBe(false);
		expect(right(shortAnswer('Austria'), 'Australia')).toBe(false);
	});

	it('takes a US state in the short form news copy gives it, and no other state', () => {
		expect(right(shortAnswer('Florida'), 'Fla.')).toBe(true);
		expect(right(shortAnswer('Fla.'), 'Florida')).toBe(true);
		expect(right(shortAnswer('Calif.'), 'California')).toBe(true);
		expect(right(shortAnswer('West Virginia'), 'W.Va.')).toBe(true);
		expect(right(shortAnswer('New York'), 'NY')).toBe(true);
		expect(right(shortAnswer('Virginia'), 'W.Va.')).toBe(false);
		expect(right(shortAnswer('Florida'), 'Ga.')).toBe(false);
		// "LA" is the city more often than Louisiana.
		expect(right(shortAnswer('Louisiana'), 'LA')).toBe(false);
	});

	it('reads large numbers in words and with scale words as the same amount', () => {
		const q = shortAnswer('2 million people');
		expect(right(q, 'two million people')).toBe(true);
		expect(right(q, '2,000,000 people')).toBe(true);
		expect(right(shortAnswer('1,500 fans'), 'one thousand five hundred fans')).toBe(true);
		expect(right(shortAnswer('$2.5 billion'), '2500 million dollars')).toBe(true);
		expect(right(shortAnswer('a dozen'), '12')).toBe(true);
		expect(right(q, 'three million people')).toBe(false);
		expect(right(q, '2 billion people')).toBe(false);
		expect(right(shortAnswer('1,500 fans'), '1,600 fans')).toBe(false);
	});

	it('reads dates in either order, abbreviated or with an ordinal', () => {
		const q = shortAnswer('September 8');
		for (const typed of [
			'Sept. 8',
			'8 September',
			'8th September',
			'the 8th of September',
			'Sep 8'
		])
			expect(right(q, typed)).toBe(true);
		expect(right(q, 'September 9')).toBe(false);
		expect(right(q, 'October 8')).toBe(false);
	});

	it('reads a fortnight as two weeks and an age however it is written', () => {
		expect(right(shortAnswer('two weeks'), 'a fortnight')).toBe(true);
		expect(right(shortAnswer('12-year-old'), '12 years old')).toBe(true);
		expect(right(shortAnswer('two weeks'), 'three weeks')).toBe(false);
		expect(right(shortAnswer('12-year-old'), '13 years old')).toBe(false);
	});

	it('forgives small typos relative to length', () => {
		expect(right(shortAnswer('Kishida'), 'Kishda')).toBe(true);
		expect(right(shortAnswer('Kishida'), 'Kihsida')).toBe(true);
		expect(right(shortAnswer('Washington'), 'Washingotn')).toBe(true);
		expect(right(shortAnswer('Washington'), 'Wshingtn')).toBe(true);
		expect(right(shortAnswer('Joe Biden'), 'joe bidne')).toBe(true);
		expect(right(shortAnswer('Kishida'), 'Kshda')).toBe(false);
		expect(right(shortAnswer('Tokyo'), 'Tokio')).toBe(true);
	});

	it('keeps short answers exact', () => {
		expect(right(shortAnswer('Iran'), 'Iraq')).toBe(false);
		expect(right(shortAnswer('NATO'), 'NAT')).toBe(false);
		expect(right(shortAnswer('EU'), 'UN')).toBe(false);
		expect(right(shortAnswer('Mali'), 'Bali')).toBe(false);
	});

	it('does not take a different person for the right one', () => {
		expect(right(shortAnswer('Kishida'), 'Hayashi')).toBe(false);
		expect(right(shortAnswer('Hayashi'), 'Kishida')).toBe(false);
		expect(right(shortAnswer('Biden'), 'Blinken')).toBe(false);
		expect(right(shortAnswer('Blinken'), 'Biden')).toBe(false);
		expect(right(shortAnswer('Joe Biden'), 'Joe Blinken')).toBe(false);
		expect(right(shortAnswer('Austria'), 'Australia')).toBe(false);
		expect(right(shortAnswer('Sudan'), 'Sedan')).toBe(true);
		expect(right(shortAnswer('Kishida'), 'Nishida')).toBe(false);
	});

	it('accepts the accept list and reports which answer matched', () => {
		const q = shortAnswer('Fumio Kishida', ['Kishida', 'the prime minister']);
		expect(gradeAnswer(q, 'kishida')).toEqual({
			correct: true,
			expected: 'Fumio Kishida',
			matched: 'Kishida'
		});
		expect(right(q, 'Prime Minister')).toBe(true);
		expect(gradeAnswer(q, 'Hayashi')).toEqual({ correct: false, expected: 'Fumio Kishida' });
	});

	it('marks an empty response wrong', () => {
		expect(right(shortAnswer('Kishida'), '')).toBe(false);
		expect(right(shortAnswer('Kishida'), ' ... ')).toBe(false);
	});

	it('grades a cloze without options as typed', () => {
		const q = Question.parse({
			...base,
			id: 'q-cloze',
			type: 'cloze',
			prompt: 'The talks were held in _____.',
			answer: 'Geneva'
		});
		expect(right(q, 'geneva')).toBe(true);
		expect(right(q, 'Genva')).toBe(true);
		expect(right(q, 'Vienna')).toBe(false);
	});

	it('is insensitive to case and surrounding space for any answer', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1, maxLength: 30 }).filter((s) => normalizeAnswer(s) !== ''),
				fc.boolean(),
				fc.nat(3),
				(answer, upper, pad) => {
					const q = shortAnswer(answer.trim() || 'x');
					const response =
						' '.repeat(pad) +
						(upper ? answer.toUpperCase() : answer.toLowerCase()) +
						' '.repeat(pad);
					// Case mapping can change length for a few letters (ß → SS); those are not typos to test here.
					fc.pre(normalizeAnswer(response) === normalizeAnswer(answer));
					return right(q, response);
				}
			)
		);
	});
});

describe('choice answers', () => {
	const mcq = Question.parse({
		...base,
		id: 'q-mcq',
		type: 'mcq',
		prompt: 'Who met the envoy?',
		answer: 'Kishida',
		options: ['Kishida', 'Kishidah', 'Hayashi', 'Biden']
	});

	it('needs the exact option, with no typo tolerance', () => {
		expect(gradeAnswer(mcq, 'Kishida')).toEqual({
			correct: true,
			expected: 'Kishida',
			matched: 'Kishida'
		});
		expect(right(mcq, 'Kishidah')).toBe(false);
		expect(right(mcq, 'Kishda')).toBe(false);
		expect(right(mcq, 'Hayashi')).toBe(false);
	});

	it('grades true/false and cloze with options', () => {
		const tf = Question.parse({
			...base,
			id: 'q-tf',
			type: 'true_false',
			prompt: 'The vote passed.',
			answer: 'False'
		});
		expect(right(tf, 'False')).toBe(true);
		expect(right(tf, 'True')).toBe(false);
		const cloze = Question.parse({
			...base,
			id: 'q-cloze-opt',
			type: 'cloze',
			prompt: 'The summit was in _____.',
			answer: 'Geneva',
			options: ['Geneva', 'Vienna', 'Oslo']
		});
		expect(right(cloze, 'Geneva')).toBe(true);
		expect(right(cloze, 'Genva')).toBe(false);
	});
});

describe('matching and ordering', () => {
	const matching = Question.parse({
		...base,
		id: 'q-match',
		type: 'matching',
		prompt: 'Match each person to their role.',
		answer: 'see pairs',
		pairs: [
			{ left: 'Kishida', right: 'Prime minister' },
			{ left: 'Hayashi', right: 'Chief cabinet secretary' },
			{ left: 'Blinken', right: 'Secretary of state' }
		]
	});
	if (matching.type !== 'matching') throw new Error('unreachable');

	it('is right only when every pair is right, and scores the fraction', () => {
		const all = JSON.stringify(Object.fromEntries(matching.pairs.map((p) => [p.left, p.right])));
		expect(right(matching, all)).toBe(true);
		const swapped = JSON.stringify([
			{ left: 'Kishida', right: 'Prime minister' },
			{ left: 'Hayashi', right: 'Secretary of state' },
			{ left: 'Blinken', right: 'Chief cabinet secretary' }
		]);
		expect(right(matching, swapped)).toBe(false);
		expect(scoreMatching(matching, swapped)).toBeCloseTo(1 / 3);
		expect(scoreMatching(matching, JSON.stringify([['Kishida', 'Prime minister']]))).toBeCloseTo(
			1 / 3
		);
		expect(gradeAnswer(matching, swapped).expected).toContain('Kishida → Prime minister');
	});

	it('treats malformed JSON as wrong without throwing', () => {
		expect(right(matching, 'not json')).toBe(false);
		expect(scoreMatching(matching, '42')).toBe(0);
	});

	it('grades ordering', () => {
		const ordering = Question.parse({
			...base,
			id: 'q-order',
			type: 'ordering',
			prompt: 'Put these in order.',
			answer: 'see items',
			items: ['Talks', 'Vote', 'Signing']
		});
		if (ordering.type !== 'ordering') throw new Error('unreachable');
		expect(right(ordering, JSON.stringify(['Talks', 'Vote', 'Signing']))).toBe(true);
		expect(right(ordering, JSON.stringify(['Vote', 'Talks', 'Signing']))).toBe(false);
		expect(right(ordering, JSON.stringify(['Talks', 'Vote']))).toBe(false);
		expect(right(ordering, JSON.stringify(['Talks', 'Vote', 'Signing', 'Extra']))).toBe(false);
		expect(scoreOrdering(ordering, JSON.stringify(['Vote', 'Talks', 'Signing']))).toBeCloseTo(
			1 / 3
		);
	});
});

describe('editDistance', () => {
	it('counts a transposition as one edit', () => {
		expect(editDistance('kishida', 'kihsida')).toBe(1);
		expect(editDistance('abc', 'abc')).toBe(0);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('biden', 'blinken')).toBeGreaterThan(1);
	});
});

describe('units and currencies in typed answers', () => {
	it.each([
		['£4 million', '4 million pounds'],
		['£4m', '4 million pounds'],
		['€610 million', '610 million euros'],
		['40 cm', '40 centimetres'],
		['20km', '20 kilometers'],
		['1,300 kg', '1300 kilograms'],
		['$5bn', '5 billion dollars']
	])('"%s" is the same answer as "%s"', (typed, expected) => {
		expect(normalizeAnswer(typed)).toBe(normalizeAnswer(expected));
	});

	it('still tells different amounts and units apart', () => {
		expect(normalizeAnswer('40 cm')).not.toBe(normalizeAnswer('40 km'));
		expect(normalizeAnswer('£4 million')).not.toBe(normalizeAnswer('€4 million'));
		expect(normalizeAnswer('£4 million')).not.toBe(normalizeAnswer('£5 million'));
	});
});

describe('amounts the article hedges ("about £2.9 million")', () => {
	const gap = (answer: string, accept: string[] = []) =>
		Question.parse({
			...base,
			id: 'q-gap-cloze',
			type: 'cloze',
			prompt: 'Of the £3.4 million, _____ is back pay.',
			answer,
			accept
		});

	it.each([
		['about £2.9 million', '£2.9 million'],
		['about £2.9 million', '£2.9m'],
		['about £2.9 million', 'about 2.9 million'],
		['about $540,000', '$540,000'],
		['about £1,200', '£1200'],
		['more than 400', 'more than 400'],
		['more than 400', '400'],
		['about 3.2 percent', 'around 3.2%']
	])('"%s" takes "%s"', (answer, typed) => {
		expect(right(gap(answer), typed)).toBe(true);
	});

	it.each([
		['about £2.9 million', '$2.9 million'],
		['about £2.9 million', '£2.8 million'],
		['about $540,000', '€540,000'],
		['about $540,000', '$450,000'],
		['about £1,200', '£12,000'],
		['more than 400', '40'],
		['more than 40', 'less than 40'],
		['more than 40', 'under 40'],
		['under 18', 'over 18'],
		['at least 3', 'up to 3'],
		['over 50%', 'under 50%'],
		['5', 'less than 5'],
		['about £2.9 million', 'over £2.9 million']
	])('"%s" still refuses "%s"', (answer, typed) => {
		expect(right(gap(answer), typed)).toBe(false);
	});
});

describe.each(typeExamples)('grading a %s question', (_type, { question, right, wrong }) => {
	it('takes the right response and refuses the wrong one, never throwing on junk', () => {
		expect(gradeAnswer(question, right)).toMatchObject({ correct: true });
		expect(gradeAnswer(question, wrong)).toMatchObject({ correct: false });
		for (const junk of ['', '{', '[1,2]', 'null'])
			expect(gradeAnswer(question, junk).correct).toBe(false);
	});
});
