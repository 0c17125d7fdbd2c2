import { describe, expect, it } from 'vitest';
import { generateBank } from '../../src/lib/generate/index';
import type { Article, Question } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

// Generator 2.10.0: a claim with no name, number or date to ask about is asked by the one word
// that carries it, and a pronoun or "the number of …" no longer costs a sentence its questions.
// Every article here is invented for the test.

const article = (title: string, body: string): Article => ({ ...syntheticArticle(body), title });
const raw = (a: Article): Question[] => generateBank(a).report.raw;
const gaps = (a: Article) =>
	raw(a).filter((q): q is Extract<Question, { type: 'cloze' }> => q.type === 'cloze');

const lakes = article(
	'Velmora opens its northern lakes',
	'The Velmora regional council dropped all restrictions on fishing after a long dispute with anglers.\n\n' +
		'Councillors said the lakes had recovered from years of pollution.\n\n' +
		'The council also released a theft report on stolen boats.\n\n' +
		'Anglers welcomed the decision with loud cheers outside the hall.'
);

describe('the word that carries a claim', () => {
	it('asks it as a typed gap, accepting the singular of a plural', () => {
		const q = gaps(lakes).find((g) => g.answer === 'restrictions');
		expect(q?.prompt).toBe(
			'Fill in the gap: The Velmora regional council dropped all _____ on fishing after a long dispute with anglers.'
		);
		expect(q?.options).toBeUndefined();
		expect(q?.accept).toContain('restriction');
	});

	it('never asks half of a compound, a word that refers back, or a word the headline prints', () => {
		const answers = gaps(lakes).map((g) => g.answer);
		expect(answers).not.toContain('theft');
		expect(answers).not.toContain('report');
		expect(answers).not.toContain('decision');
		expect(answers).not.toContain('lakes');
		expect(answers).not.toContain('northern');
	});

	it('is not asked where the claim has a name, a number or a date to ask', () => {
		const a = article(
			'Ostrava striker retires',
			'Ostrava striker Pavel Rusnak scored 212 goals in 15 seasons for the club.\n\n' +
				'The club honoured the striker with a bronze statue at the gates.'
		);
		const first = raw(a).filter((q) => q.prompt.includes('scored') || q.prompt.includes('score'));
		expect(first.length).toBeGreaterThan(0);
		expect(gaps(a).map((g) => g.answer)).not.toContain('seasons');
		expect(gaps(a).map((g) => g.answer)).not.toContain('goals');
	});

	it('leaves a speaker’s own words alone', () => {
		const a = article(
			'Velmora council votes on lakes',
			'The council voted 7 to 2 on the future of the lakes after 40 years of debate.\n\n' +
				'“We have finally lifted the ban on night fishing,” the mayor said.\n\n' +
				'Mayor Ida Brenner said the council had “lifted the restrictions on trawlers” for good.'
		);
		const answers = gaps(a).map((g) => g.answer);
		expect(answers).not.toContain('fishing');
		expect(answers).not.toContain('ban');
		expect(answers).not.toContain('restrictions');
		expect(answers).not.toContain('trawlers');
	});
});

describe('what a prompt leans on', () => {
	const club = article(
		'Ostrava striker retires',
		'Ostrava striker Pavel Rusnak scored 212 goals in 15 seasons for the club.\n\n' +
			'Rusnak left the stadium with his family after the final whistle.\n\n' +
			'Sunday marked his 400th appearance for the club, one short of the record.\n\n' +
			'According to club officials, the number of fans at the farewell could reach 30,000 in Ostrava alone.'
	);

	it('takes the name that opens the sentence as the one "his" stands for', () => {
		expect(raw(club).some((q) => /left the stadium with his family/.test(q.prompt))).toBe(true);
	});

	it('still refuses a "his" that nothing in the sentence names', () => {
		expect(raw(club).some((q) => /marked his 400th/.test(q.prompt))).toBe(false);
	});

	it('reads "the number of fans" as saying what it counts', () => {
		expect(raw(club).some((q) => /the number of fans at the farewell/.test(q.prompt))).toBe(true);
	});
});

describe('a lead that places or dates the claim', () => {
	const floods = article(
		'Floods sweep the Velmoran coast',
		'The floods killed more than 30,000 people across the region, officials said on Monday.\n\n' +
			'In Ostravia, 17,800 people were killed by the floods.\n\n' +
			'In Kestrel Bay, 9,300 people were killed by the floods.\n\n' +
			'In the 1980s, the coast was struck by floods that killed 4,000 people.'
	);

	it('stays with a question and a statement about the claim', () => {
		const local = raw(floods).filter(
			(q) => q.type !== 'cloze' && /17,800|9,300/.test(q.explanation)
		);
		expect(local.length).toBeGreaterThan(1);
		for (const q of local) expect(q.prompt).toMatch(/^In (?:Ostravia|Kestrel Bay), /);
	});
});

describe('questions a reader answers without the article', () => {
	const herd = article(
		'Reindeer herd recovers',
		'The reindeer herd has grown to 1,864 in 2014 from 1,596 in 2004 – a 16% rise – because rangers restored the animals’ pastures.\n\n' +
			'Rangers counted 212 calves in the spring.\n\n' +
			'Herder Ida Brenner said on Monday at the annual fair.\n\n' +
			'Brenner said that the winter had been mild.'
	);

	it('types a figure that the other figure and the change give by arithmetic, never offers options for it', () => {
		const asked = raw(herd).filter(
			(q) => (q.type === 'cloze' || q.type === 'mcq') && /^1,(?:864|596)$/.test(q.answer)
		);
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect('options' in q ? q.options : undefined).toBeUndefined();
	});

	it('states nothing when the words said were lost', () => {
		const statements = raw(herd).filter((q) => q.type === 'true_false');
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.map((q) => q.prompt)).not.toContain(
			'According to Herder Ida Brenner, at the annual fair.'
		);
	});

	it('never gaps the country the article is in when its adjective names it too', () => {
		const north = article(
			'Reindeer herd recovers in the north',
			'Reindeer numbers rose across Norway in 2014, officials said on Monday.\n\n' +
				'Norwegian rangers counted 1,864 animals in the northern herds.\n\n' +
				'The count in Norway was the highest since 1990.\n\n' +
				'Norwegian herders welcomed the figures.\n\n' +
				'The rangers said 212 calves were born in the spring.\n\n' +
				'Norwegian officials will repeat the count in 2016.'
		);
		const questions = raw(north);
		expect(questions.length).toBeGreaterThan(2);
		expect(questions.some((q) => 'answer' in q && q.answer === 'Norway')).toBe(false);
	});
});
