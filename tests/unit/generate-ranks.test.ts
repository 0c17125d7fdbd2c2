import { describe, expect, it } from 'vitest';
import { findMentions, generateBank } from '../../src/lib/generate/index';
import { numericVariants } from '../../src/lib/generate/distractors';
import { analyse } from '../../src/lib/generate/analyse';
import { segment } from '../../src/lib/generate/index';
import { slotsOf } from '../../src/lib/generate/facts';
import { acceptFor } from '../../src/lib/generate/accept';
import { passive } from '../../src/lib/generate/lang/en/clause';
import type { Article, Question } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

// Generator 2.17.0: ranks ("her seventh title", "the fourth-largest"), prizes and contests named
// whole, an "it" that names nothing, magnitudes never plural. Every article here is invented.

const article = (title: string, body: string): Article => ({ ...syntheticArticle(body), title });
const raw = (a: Article) => generateBank(a).report.raw;
/** Each claim's slots of `text`, read as an article's body. */
const slots = (text: string) =>
	analyse(segment(text).sentences, { people: [], published: '2024-02-02' }).flatMap((c) =>
		slotsOf(c, [])
	);
/** Every question the generator considered for `a`, chosen or not. */
const considered = (a: Article) =>
	(generateBank(a, { explain: true }).report.explained ?? []).flatMap((c) => c.questions);
const mentions = (text: string) =>
	findMentions(text, { people: [], published: '2024-02-02', tense: 'past' });
const withGap = (qs: Question[], answer: string) =>
	qs.filter((q) => q.type === 'cloze' && q.answer === answer);

describe('a rank that carries the news', () => {
	const a = article(
		'Lind takes the Varnholm title again',
		'Mara Lind won her seventh Varnholm Cup title on Saturday, beating Ada Berg in the final.\n\n' +
			'The defeat was the fourth-largest in the tournament’s history, officials said.\n\n' +
			'Berg had reached the final for the third time in a row after a long run of injuries.'
	);

	it('is asked whole, with the neighbouring ranks as options, and typed as a word or in digits', () => {
		const seventh = withGap(raw(a), 'seventh');
		expect(seventh.length).toBeGreaterThan(0);
		for (const q of seventh) {
			expect(q.prompt).toContain('won her _____ Varnholm Cup title');
			if ('options' in q && q.options)
				for (const o of q.options)
					expect(o).toMatch(/^(?:fifth|sixth|seventh|eighth|ninth|tenth)$/);
		}
		const slot = slots(a.body).find((s) => s.answer === 'seventh')!;
		expect(acceptFor(slot)).toContain('7th');
		const digits = slots('Ada Berg lost her 23rd final on Sunday.').find(
			(s) => s.answer === '23rd'
		)!;
		// A rank is no count: "23" alone names another fact.
		expect(acceptFor(digits)).not.toContain('23');
		expect(
			acceptFor(slots('Ada Berg lost her 11th final.').find((s) => s.answer === '11th')!)
		).toContain('eleventh');
	});

	it('keeps what it ranks by: "fourth-largest" is asked whole, never "_____-largest"', () => {
		const qs = raw(a);
		expect(qs.some((q) => q.prompt.includes('_____-largest'))).toBe(false);
		const m = mentions('The defeat was the fourth-largest in its history.').find(
			(x) => x.kind === 'quantity'
		);
		expect(m?.text).toBe('fourth-largest');
		expect(numericVariants(m!, 3, 7)).toEqual(['fifth-largest', 'third-largest', 'sixth-largest']);
	});

	it('is not read in "the first", a ranked name or a date', () => {
		const ranks = (text: string) =>
			mentions(text)
				.filter((m) => m.amount?.unit === 'ordinal')
				.map((m) => m.text);
		expect(ranks('It was the first time the 9th Circuit Court ruled on the 23rd of May.')).toEqual(
			[]
		);
		expect(ranks('Its 23rd grand slam title came after her second-hand racket broke.')).toEqual([
			'23rd'
		]);
	});
});

describe('a prize or a contest', () => {
	it('is one name, asked whole, and typed without its field', () => {
		const a = article(
			'A novelist is honoured',
			'Tomas Berg, the Ostravian author of The Quiet Harbour, has won the Nobel Prize for Literature.\n\n' +
				'Berg won the Varnholm Book Award in 1999 for his first novel.'
		);
		const names = mentions(
			'Berg, the author, has won the Nobel Prize for Literature and the Varnholm Book Award.'
		)
			.filter((m) => m.kind === 'event')
			.map((m) => m.text);
		expect(names).toEqual(['Nobel Prize for Literature', 'Varnholm Book Award']);
		const nobel = considered(a).filter(
			(q) => q.answer === 'Nobel Prize for Literature' && q.form === 'gap-typed'
		);
		expect(nobel.map((q) => q.prompt)).toEqual(['Fill in the gap: Tomas Berg has won the _____.']);
		const slot = slots(a.body).find((s) => s.answer === 'Nobel Prize for Literature')!;
		expect(acceptFor(slot)).toEqual(expect.arrayContaining(['Nobel Prize', 'Nobel']));
		// A medal's "of" is its name: "the Medal of Honor" is never "the Medal".
		const medal = slots('Ada Berg received the Varnholm Medal of Honour on Sunday.').find(
			(s) => s.answer === 'Varnholm Medal of Honour'
		)!;
		expect(acceptFor(medal)).toEqual([]);
	});
});

describe('an "it" that names nothing', () => {
	it('keeps who said it: "the company said it was the second time …" is not the company being a time', () => {
		const a = article(
			'Rivermouth Foods seeks protection again',
			'Rivermouth Foods said on Monday it was the second time in a decade that it had filed for bankruptcy.\n\n' +
				'Rivermouth Foods said it would keep its 40 shops open while it reorganised.'
		);
		const prompts = raw(a).map((q) => q.prompt);
		expect(prompts.some((p) => /Rivermouth Foods was the/.test(p))).toBe(false);
		// A body speaking of itself is still written out as the one acting.
		expect(prompts.some((p) => /^(?:Fill in the gap: )?Rivermouth Foods would keep/.test(p))).toBe(
			true
		);
	});
});

describe('a magnitude', () => {
	it('never takes the plural: "$2 trillion", not "$2 trillions"', () => {
		const m = mentions('The firm is worth $1 trillion now.').find((x) => x.kind === 'quantity');
		const options = numericVariants(m!, 4, 3);
		expect(options.length).toBeGreaterThan(0);
		for (const o of options) expect(o).not.toMatch(/trillions/);
	});
});

describe('the grader, on lengths of time and named waters', () => {
	it('takes "20 years" for "two decades", and still refuses another length', () => {
		const slot = slots('The ban has lasted two decades, officials said.').find(
			(s) => s.answer === 'two decades'
		)!;
		const accept = acceptFor(slot);
		expect(accept).toEqual(expect.arrayContaining(['20 years', 'twenty years']));
		expect(accept).not.toContain('2 years');
		expect(accept).not.toContain('10 years');
	});

	it('takes "Barents" for "the Barents Sea"', () => {
		const slot = slots('The submarine sank in the Barents Sea on Saturday.').find((s) =>
			/Barents/.test(s.answer)
		)!;
		expect(acceptFor(slot)).toContain('Barents');
	});
});

describe('a year before 1800', () => {
	it('is a date, with years near it as options, not a count ("1930" beside "1485")', () => {
		const year = mentions('The king was killed at the battle in 1485, ending the war.').find(
			(m) => m.text === '1485'
		);
		expect(year?.kind).toBe('date');
		// A count after "in" stays a count.
		const homes = mentions('Water reached in 1500 homes on Friday.').find((m) =>
			/1500/.test(m.text)
		);
		expect(homes?.kind).not.toBe('date');
		const a = article(
			'A king found under a car park',
			'The king was killed at the Battle of Varnfield in 1485, ending the war between the two houses.\n\nHis remains lay under a car park in Ostravia for more than 500 years.'
		);
		for (const q of considered(a).filter((q) => q.answer === 'False' && /Varnfield/.test(q.prompt)))
			expect(q.prompt).toMatch(/in 14[89]\d\b/);
	});
});

describe('a prompt that leans on what the page showed or said before', () => {
	const outcomes = (body: string) =>
		considered(article('The ceremony in Varnholm', body)).map((q) => `${q.outcome}: ${q.prompt}`);

	it('is refused for "the two photos below"', () => {
		const read = outcomes(
			'Officials unveiled a plaque in Varnholm on Sunday.\n\nThe two black-and-white photos below were taken in 1986 by the Ostravian survey.'
		);
		const photos = read.filter((r) => /photos below/.test(r));
		expect(photos.length).toBeGreaterThan(0);
		for (const r of photos) expect(r).toMatch(/^prompt refers to a picture/);
	});

	it('is refused for "less circumspect" than nobody named, and kept with its "than"', () => {
		const read = outcomes(
			'Governor Ada Lind smiled at the ceremony in Varnholm on Sunday.\n\nOutgoing Governor Tomas Berg was less circumspect: he left after 10 minutes.\n\nTomas Berg was more cautious about the treaty than Ada Lind in 1997.'
		);
		const less = read.filter((r) => /less circumspect/.test(r));
		expect(less.length).toBeGreaterThan(0);
		for (const r of less) expect(r).toMatch(/^prompt depends on an earlier sentence/);
		expect(
			read.some((r) => /more cautious about the treaty than/.test(r) && !/earlier sentence/.test(r))
		).toBe(true);
	});
});

describe('a time in parts', () => {
	it('is one time: no part of "one hour, 59 minutes and 40.2 seconds" is asked, nor cut by a passive', () => {
		const a = article(
			'A runner breaks two hours',
			'The Ostravian runner recorded a historic time of one hour, 59 minutes and 40.2 seconds in Varnholm on Saturday.\n\n' +
				'The official record stands at two hours, one minute and 39 seconds, set in Berlin in 2018.'
		);
		expect(
			mentions('She ran one hour, 59 minutes and 40.2 seconds.').filter((m) =>
				/hour|minute|second/.test(m.text)
			)
		).toEqual([]);
		for (const q of considered(a)) {
			expect(q.answer).not.toMatch(/^(?:one hour|59 minutes|40\.2 seconds|one minute|39 seconds)$/);
			expect(q.prompt).not.toMatch(/was recorded by the Ostravian runner, 59/);
		}
	});
});

describe('an object that goes on after a comma', () => {
	it('makes no passive: "recorded a historic time of one hour, 59 minutes …" is not cut in two', () => {
		const read = (text: string) =>
			analyse(segment(text).sentences, { people: [], published: '2024-02-02' })[0]!;
		const long = read(
			'The Ostravian runner recorded a historic time of one hour, 59 minutes and 40 seconds.'
		);
		expect(long.clause?.object).toBeDefined();
		expect(passive(long.parse, long.clause!, (i) => `${i}ed`, false)).toBeUndefined();
		// Without the comma, the passive is made.
		const short = read('The Ostravian runner recorded a historic time in the rain.');
		expect(passive(short.parse, short.clause!, (i) => `${i}ed`, false)).toBeDefined();
	});
});

describe('the grader, on names inside names', () => {
	it('takes "UN headquarters" and "the United Nations" for "United Nations headquarters", "New York" for "New York City"', () => {
		const un = slots(
			'Delegates met at the United Nations headquarters in Varnholm on Saturday.'
		).find((s) => s.answer === 'United Nations headquarters')!;
		expect(acceptFor(un)).toEqual(expect.arrayContaining(['UN headquarters', 'United Nations']));
		const ny = slots('The painting sold at auction in New York City on Wednesday.').find(
			(s) => s.answer === 'New York City'
		)!;
		expect(acceptFor(ny)).toContain('New York');
	});
});

describe('a vote named after its tally', () => {
	it('keeps its total: "by a 55-45 vote" is offered as "52-48", never "70-45"', () => {
		const m = mentions('Senators rejected the charge by a 55-45 vote on Friday.').find(
			(x) => x.kind === 'quantity'
		)!;
		expect(m.amount?.unit).toBe('vote');
		for (const o of numericVariants(m, 3, 1)) {
			const [a, b] = o.split('-').map(Number);
			expect(a! + b!).toBe(100);
			expect(a!).toBeGreaterThan(b!);
		}
	});
});
