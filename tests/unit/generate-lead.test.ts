import { describe, expect, it } from 'vitest';
import { collectPeople, findMentions } from '../../src/lib/generate/entities';
import { generateBank } from '../../src/lib/generate/index';
import { gradeAnswer } from '../../src/lib/grading/grade';
import type { Article, Question } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

// The rules of generator 2.5.0: the lead's event asked in words, double-barrelled names, a number
// word opening a sentence. Every article here is invented for the test.

const article = (title: string, body: string): Article => ({ ...syntheticArticle(body), title });

const lead = article(
	'Harbour town picks its first mayor in a century',
	[
		'Greyport’s “Lighthouse Keeper,” former harbour master Maria Lund-Hallgren, became the town’s first elected mayor on Friday when she was declared the winner of a close run-off.',
		'Official results showed the retired engineer beat local builder Tomas Brandt by winning 612 votes to 588.',
		'Brandt, who ran a hardware shop for thirty years, did not attend the count.',
		'Council clerk Edith Varga-Molnar announced the result to a crowded hall.',
		'Lund-Hallgren promised to repair the harbour wall before the winter storms.'
	].join('\n\n')
);

describe('the lead event, asked in words', () => {
	const { report } = generateBank(lead);
	const first = report.raw[0]!;

	it('opens the bank with who did the lead’s event, the name being no part of the headline', () => {
		expect(first.prompt).toBe(
			'Who became the town’s first elected mayor on Friday when she was declared the winner of a close run-off?'
		);
		expect(first.answer).toBe('Maria Lund-Hallgren');
	});

	it('accepts the name as the article writes it and refuses another person of the article', () => {
		const grade = (typed: string) => gradeAnswer(first, typed).correct;
		expect(grade(first.type === 'mcq' ? 'Maria Lund-Hallgren' : 'Lund-Hallgren')).toBe(true);
		expect(grade('Edith Varga-Molnar')).toBe(false);
		expect(grade('Tomas Brandt')).toBe(false);
	});
});

describe('a "Who …?" of a name ending the words before the verb', () => {
	const whoOf = (body: string, title = 'A Synthetic Report') =>
		generateBank(article(title, body))
			.report.raw.filter((q) => q.type === 'mcq' || q.type === 'short_answer')
			.filter((q) => q.prompt.startsWith('Who '))
			.map((q) => `${q.prompt} → ${q.answer}`);

	it('asks it after a title and an age', () => {
		expect(
			whoOf(
				'Chief engineer Pavel Soukup, 54, designed the new bridge over the river Lenna.\n\nThe bridge cost the county 4 million pounds and took three years to build.\n\nEngineer Dana Kral said the steel came from a mill in the north.'
			)
		).toContain('Who designed the new bridge over the river Lenna? → Pavel Soukup');
	});

	it('never asks it of one name of a list, nor of a name after a preposition', () => {
		const listed = whoOf(
			'Pavel Soukup and Dana Kral designed the new bridge over the river Lenna.\n\nThe bridge cost the county 4 million pounds.'
		);
		expect(listed.filter((q) => /→ (?:Pavel Soukup|Dana Kral)$/.test(q))).toEqual([]);
		const byline = whoOf(
			'A report by Pavel Soukup found the new bridge over the river Lenna unsafe.\n\nThe bridge cost the county 4 million pounds.'
		);
		expect(byline.filter((q) => q.startsWith('Who found'))).toEqual([]);
	});
});

describe('names', () => {
	it('keeps a double-barrelled family name whole, and tells two of them apart', () => {
		const text = [
			'Former minister Maria Lund-Hallgren won the vote.',
			'Council clerk Maria Lund-Berg read the result.',
			'Lund-Hallgren thanked her supporters.'
		];
		const people = collectPeople(text);
		const names = people.map((p) => p.name);
		expect(names).toContain('Maria Lund-Hallgren');
		expect(names).toContain('Maria Lund-Berg');
		expect(names).not.toContain('Maria Lund');
		const mentions = findMentions(text[2]!, {
			people,
			published: '2024-02-02',
			tense: 'past'
		}).filter((m) => m.kind === 'person');
		expect(mentions.map((m) => m.text)).toEqual(['Lund-Hallgren']);
	});
});

describe('a number word opening a sentence', () => {
	const body = [
		'Three climbers died and two were rescued after an avalanche swept the north face of Mount Arvik.',
		'Rescue teams searched the slope for eleven hours before the weather closed in.',
		'Formula One driver Kai Brenner, who was skiing nearby, helped the rescuers.'
	].join('\n\n');
	const { report } = generateBank(syntheticArticle(body));
	const asks = (answer: RegExp) => report.raw.filter((q: Question) => answer.test(q.answer));

	it('is read as an amount, as it would be in lower case', () => {
		expect(asks(/^Three climbers$/).length).toBeGreaterThan(0);
	});

	it('is no amount inside a name ("Formula One")', () => {
		expect(asks(/\bOne\b/)).toEqual([]);
		expect(report.raw.some((q) => /Formula _____/.test(q.prompt))).toBe(false);
	});
});

describe('numeric options of a counted noun', () => {
	it('offers no "one" of a plural in "-ses" whose singular no rule can tell ("fetuses", "houses")', () => {
		const body = [
			'Two fetuses were detected in the scan last month, the clinic in Harrowgate said.',
			'Four houses were destroyed by the flood on the river Ouse in Marlby.',
			'Nine nurses from the clinic helped at the shelter for three nights.'
		].join('\n\n');
		const { report } = generateBank(syntheticArticle(body));
		const options = report.raw.flatMap((q) => ('options' in q && q.options ? q.options : []));
		const statements = report.raw.filter((q) => q.type === 'true_false').map((q) => q.prompt);
		for (const text of [...options, ...statements])
			expect(text).not.toMatch(/\b(?:one|One|1) (?:fetuse|house|nurse)s?\b/);
	});
});

describe('the dateline', () => {
	const body = [
		'Chicago — Jazz pianist Ruth Okafor won the prize for Album of the Year at the city’s music awards on Saturday, beating singer Lena Moss.',
		'Okafor, who grew up in Chicago, recorded the album in eleven days at a studio in Detroit.',
		'Moss had been the favourite after her tour of Canada sold 40,000 tickets.'
	].join('\n\n');
	const { bank, report } = generateBank(article('Pianist wins top music award', body));

	it('in ordinary case, naming a known place, is kept out of the first sentence', () => {
		const first = bank.facts.find((f) => f.source.start === 0);
		expect(first).toBeUndefined();
		expect(report.raw.every((q) => !q.prompt.includes('Chicago —'))).toBe(true);
	});

	it('gives its place away: the place is never the key', () => {
		expect(report.raw.length).toBeGreaterThan(2);
		expect(report.raw.filter((q) => q.answer === 'Chicago')).toEqual([]);
	});

	it('is no dateline when the words before the dash are no known place', () => {
		const { bank: other } = generateBank(
			syntheticArticle(
				'Ruth Okafor — a pianist from the south side — won the prize on Saturday.\n\nShe recorded the album in eleven days at a studio in Detroit.'
			)
		);
		expect(other.facts.some((f) => f.source.start === 0)).toBe(true);
	});

	it('asks no word that opens a longer name ("_____ of the Year")', () => {
		expect(report.raw.filter((q) => /_____ of the Year/.test(q.prompt))).toEqual([]);
		expect(report.raw.filter((q) => q.answer === 'Album')).toEqual([]);
	});
});

describe('a "Who …?" reads as one clause', () => {
	const whoOf = (body: string) =>
		generateBank(syntheticArticle(body))
			.report.raw.filter((q) => q.prompt.startsWith('Who '))
			.map((q) => q.prompt);

	it('never runs into a second clause with no word to open it, nor stops after "that"', () => {
		const asked = [
			...whoOf(
				'The last time harbour master Pavel Soukup was at the quay he was checking the cranes.\n\nThe quay cost the county 4 million pounds.'
			),
			...whoOf(
				'Trade minister Pavel Soukup told state radio that Norway, Sweden and Denmark would cut fishing quotas by a fifth.\n\nThe cut takes effect in 2026.'
			)
		];
		expect(asked.filter((q) => /he was checking|that Norway\?/.test(q))).toEqual([]);
	});
});
