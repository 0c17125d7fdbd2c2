import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { anchor } from '../../src/lib/generate/dates';
import {
	collectPeople,
	findMentions,
	recogniserNames,
	tenseNear,
	type Mention
} from '../../src/lib/generate/entities';
import { parse } from '../../src/lib/generate/parse';
import { segment } from '../../src/lib/generate/segment';

const body = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
).body;
const sentences = segment(body).sentences;
const people = collectPeople(sentences.map((s) => s.text));
const published = '2023-01-14';
const all: Mention[] = sentences.flatMap((s) =>
	findMentions(s.text, { people, published, tense: (i) => tenseNear(s.text, i) })
);
const texts = (kind: string) => [...new Set(all.filter((m) => m.kind === kind).map((m) => m.text))];

describe('people', () => {
	it('finds titled people compromise misses, with their roles', () => {
		const byName = Object.fromEntries(people.map((p) => [p.name, p.role]));
		expect(byName).toMatchObject({
			'Fumio Kishida': 'Prime Minister',
			'Joe Biden': 'U.S. President',
			'Yoshimasa Hayashi': 'Foreign Minister',
			'Antony Blinken': 'U.S. Secretary of State'
		});
		expect(people).toHaveLength(4);
	});

	it('resolves surnames and descriptions to the full person', () => {
		const [m] = findMentions('Kishida mentioned the plan.', { people, published, tense: 'past' });
		expect(m).toMatchObject({ kind: 'person', text: 'Kishida', display: 'Fumio Kishida' });
		const refs = findMentions('The U.S. president commended the prime minister.', {
			people,
			published,
			tense: 'past'
		});
		expect(refs.map((r) => [r.text, r.display, r.reference])).toEqual([
			['The U.S. president', 'Joe Biden', true],
			['the prime minister', 'Fumio Kishida', true]
		]);
	});

	it('finds a title written after a team name and roles given by apposition', () => {
		const found = collectPeople([
			'Harbour City coach Daniel Okafor praised his players.',
			'Maria Castell, the chief economist at Fjordline Bank, said she expected a cut.'
		]);
		expect(found.map((p) => [p.name, p.role])).toEqual([
			['Daniel Okafor', 'Harbour City coach'],
			['Maria Castell', 'chief economist at Fjordline Bank']
		]);
	});
});

describe('places, organisations and documents', () => {
	it('finds places with no stray punctuation', () => {
		const places = texts('place');
		for (const p of [
			'Washington',
			'Hiroshima',
			'Russia',
			'Japan',
			'Taiwan Strait',
			'Senkaku Islands',
			'Okinawa Prefecture'
		])
			expect(places).toContain(p);
		for (const p of places) expect(p).not.toMatch(/[.,”’-]$|^[“]/u);
	});

	it('does not read parts of "Japan-U.S." as places', () => {
		const m = findMentions('the Japan-U.S. alliance', { people, published, tense: 'past' });
		expect(m.filter((x) => x.kind === 'place')).toEqual([]);
	});

	it('finds G7 and NASA as organisations', () => {
		expect(texts('organization')).toEqual(
			expect.arrayContaining(['G7', 'Group of Seven', 'the Japanese government'])
		);
		expect(texts('place')).toContain('NASA headquarters');
	});

	it('finds named documents and programmes', () => {
		expect(texts('document')).toEqual(
			expect.arrayContaining([
				'National Security Strategy',
				'Article 5 of the Japan-U.S. Security Treaty'
			])
		);
		expect(texts('event')).toEqual(['Artemis']);
	});
});

describe('dates, durations and quantities', () => {
	it('anchors weekdays, months and relative years to the publication date', () => {
		expect(anchor('Friday', published, 'past')).toEqual({
			iso: '2023-01-13',
			label: 'Friday 13 January 2023'
		});
		expect(anchor('on Wednesday', published, 'past')?.iso).toBe('2023-01-11');
		expect(anchor('May', published, 'future')).toEqual({ iso: '2023-05', label: 'May 2023' });
		expect(anchor('the end of last year', published, 'past')).toEqual({
			iso: '2022',
			label: 'the end of 2022'
		});
		expect(anchor('Jan. 5', published, 'past')?.iso).toBe('2023-01-05');
		expect(anchor('Monday', published, 'future')?.iso).toBe('2023-01-16');
	});

	it('reads the tense around the date from the words before it', () => {
		const may = all.find((m) => m.kind === 'month');
		expect(may?.anchored?.label).toBe('May 2023');
		const friday = all.find((m) => m.kind === 'weekday' && m.text === 'Friday');
		expect(friday?.anchored?.iso).toBe('2023-01-13');
	});

	it('finds durations and quantities with their units', () => {
		expect(texts('duration')).toEqual(['about two hours', '15-minute']);
		const q = findMentions(
			'The rate rose 0.25 percentage points and $4.5 billion was paid to 42,000 fans.',
			{
				people: [],
				published,
				tense: 'past'
			}
		);
		expect(q.map((m) => [m.kind, m.text])).toEqual([
			['quantity', '0.25 percentage points'],
			['quantity', '$4.5 billion'],
			['quantity', '42,000 fans']
		]);
	});
});

describe('tense around a date', () => {
	const at = (sentence: string, word: string) => tenseNear(sentence, sentence.indexOf(word));

	it('finds the governing verb in an earlier clause', () => {
		expect(
			at('The team will publish its full results in the journal Letters in June.', 'June')
		).toBe('future');
		expect(
			at('Quell said the drill would attempt a second, deeper sample in April.', 'April')
		).toBe('future');
		expect(
			at('The league earns a place in a competition, which begins in September.', 'September')
		).toBe('future');
	});

	it('keeps past events in the past', () => {
		expect(at('The two leaders met at the White House in May.', 'May')).toBe('past');
		expect(at('Kishida, who will travel on, said the talks were held in June.', 'June')).toBe(
			'past'
		);
	});

	it('anchors a future month after a spring publication date in the same year', () => {
		expect(anchor('in June', '2024-03-20', 'future')?.label).toBe('June 2024');
		expect(anchor('in June', '2024-03-20', 'past')?.label).toBe('June 2023');
	});
});

describe('entity boundaries', () => {
	it('matches no title inside a word and keeps a statute with its year', () => {
		const sentence =
			'She found that the practice breached the Working Time Regulations 1998 and the National Minimum Wage Act 1998.';
		const found = collectPeople([sentence]);
		expect(found.map((p) => p.name)).not.toContain('Time Regulations');
		const mentions = findMentions(sentence, { people: found, published, tense: 'past' });
		expect(mentions.filter((m) => m.kind === 'person')).toEqual([]);
		expect(mentions.filter((m) => m.kind === 'document').map((m) => m.text)).toEqual([
			'Working Time Regulations 1998',
			'National Minimum Wage Act 1998'
		]);
	});

	it('ends a number on a digit, leaving the sentence’s punctuation out', () => {
		const texts = (s: string) =>
			findMentions(s, { people: [], published, tense: 'past' }).map((m) => m.text);
		expect(texts('The costs, which Imrie estimated at £650,000.')).toEqual(['£650,000']);
		expect(texts('Awards will range from about £1,200 to £19,000, depending on service.')).toEqual([
			'about £1,200',
			'£19,000'
		]);
	});
});

describe('dates that are scheduled or recurring', () => {
	const mentionsOf = (s: string) =>
		findMentions(s, { people: [], published: '2024-09-12', tense: (i) => tenseNear(s, i) });

	it('reads "scheduled for", "set for" and "due on" as future', () => {
		const [hearing] = mentionsOf(
			'A further hearing to settle the amount owed to each claimant is scheduled for November 14.'
		);
		expect(hearing?.anchored?.iso).toBe('2024-11-14');
		expect(mentionsOf('The vote is set for March 3.')[0]?.anchored?.iso).toBe('2025-03-03');
		expect(mentionsOf('The report is due on June 30.')[0]?.anchored?.iso).toBe('2025-06-30');
	});

	it('anchors no month in "every month from May to October" and no "every March 1"', () => {
		const season = mentionsOf(
			'Owners must have each tower tested every month from May to October.'
		).find((m) => m.kind === 'month');
		expect(season?.text).toBe('May');
		expect(season?.anchored).toBeUndefined();
		expect(mentionsOf('The fee is paid every March 1.')[0]?.anchored).toBeUndefined();
		expect(mentionsOf('The museum closed from May 2023 to June 2023.')[0]?.anchored?.iso).toBe(
			'2023-05'
		);
	});
});

describe('legal and civic titles', () => {
	const found = collectPeople([
		'Mrs Justice Helen Carrow said the operator had broken the law.',
		'“It is not a rest break,” Mrs Justice Carrow wrote.',
		'“This judgment matters,” said Rachel Imrie KC, who represented the workers.',
		'The measure was proposed by Councillor Aisha Brennan.',
		'The figures were presented by City Manager Thomas Reyes.',
		'Councillors Peter Hale and Jonah Whitfield voted against the measure.'
	]);
	const byName = Object.fromEntries(found.map((p) => [p.name, p]));

	it('keeps the name clean of honorifics and titles, with the title as the role', () => {
		expect(Object.keys(byName).sort()).toEqual(
			[
				'Aisha Brennan',
				'Helen Carrow',
				'Jonah Whitfield',
				'Peter Hale',
				'Rachel Imrie',
				'Thomas Reyes'
			].sort()
		);
		expect(byName['Helen Carrow']).toMatchObject({ role: 'Judge', honorific: 'Mrs Justice' });
		expect(byName['Rachel Imrie']).toMatchObject({ postNominal: 'KC' });
		expect(byName['Aisha Brennan']?.role).toBe('Councillor');
		expect(byName['Thomas Reyes']?.role).toBe('City Manager');
		expect(byName['Peter Hale']?.role).toBe('Councillor');
		expect(byName['Jonah Whitfield']?.role).toBe('Councillor');
	});

	it('reads "the judge" as the one judge and the two councillors as one subject', () => {
		const refs = findMentions('The judge rejected that argument.', {
			people: found,
			published,
			tense: 'past'
		});
		expect(refs[0]).toMatchObject({ display: 'Helen Carrow', reference: true });
		const pair = findMentions('Councillors Peter Hale and Jonah Whitfield voted against it.', {
			people: found,
			published,
			tense: 'past'
		});
		expect(pair.map((m) => [m.display, m.outerStart])).toEqual([
			['Peter Hale', 0],
			['Jonah Whitfield', undefined]
		]);
	});
});

describe('recognisers on text nobody here wrote', () => {
	const mentions = (text: string, people = collectPeople([text])) =>
		findMentions(text, {
			people,
			published: '2024-02-02',
			tense: 'past',
			tokens: parse(text).tokens
		});
	const quantities = (text: string) =>
		mentions(text)
			.filter((m) => m.kind === 'quantity' || m.kind === 'duration')
			.map((m) => m.text);

	it('reads a magnitude, a compound unit and an age whole', () => {
		expect(quantities('The magnitude 6.3 quake struck at noon.')).toEqual(['magnitude 6.3']);
		expect(quantities('The 7.1-magnitude earthquake hit the city.')).toEqual(['7.1-magnitude']);
		expect(quantities('The two side boosters detached.')).toEqual(['two side boosters']);
		expect(quantities('A 12-year-old girl was rescued.')).toEqual(['12-year-old']);
	});

	it('reads no amount inside a clock time, a fraction, a label or the inside of a word', () => {
		// A time of day to the minute is read whole, as a time; no part of it is an amount.
		expect(
			quantities('It lifted off at 1:45 pm MST, and at 2301 GMT the book went on sale.')
		).toEqual(['1:45 pm MST']);
		expect(quantities('About 2 1/2 minutes after launch the boosters detached.')).toEqual([]);
		expect(quantities('The council has been issued a 114 notice.')).toEqual([]);
		expect(quantities('The phone plays MP3 files.')).toEqual([]);
	});

	it('takes no team or league for a person, and knows a name the article repeats', () => {
		const text = [
			'Leicester won the Premier League title on Monday.',
			'The athlete shot girlfriend Reeva Steenkamp at his home.',
			'The court heard that Steenkamp was hiding in a bathroom.'
		];
		const people = collectPeople(text);
		expect(people.map((p) => p.name)).toEqual(['Reeva Steenkamp']);
		expect(mentions(text[2]!, people).find((m) => m.kind === 'person')?.display).toBe(
			'Reeva Steenkamp'
		);
	});

	it('keeps its recognisers in one ordered list: titles and quotations, names, amounts, then any other place', () => {
		expect(recogniserNames.slice(0, 2)).toEqual(['title of a work', 'quotation']);
		expect(recogniserNames.indexOf('known person')).toBeLessThan(recogniserNames.indexOf('amount'));
		expect(recogniserNames.at(-2)).toBe('bare number');
		// A capital after "in" is a place only when nothing before read it as something else.
		expect(recogniserNames.at(-1)).toBe('place after "in" or "near"');
	});
});
