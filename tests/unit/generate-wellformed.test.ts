import { describe, expect, it } from 'vitest';
import { generateBank, segment } from '../../src/lib/generate/index';
import { collectPeople } from '../../src/lib/generate/entities/people';
import type { Article, Question } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

// Generator 2.10.2 to 2.12.0: people no dictionary knows, companies compromise knows, names with a capital inside, an "it" that stands for what follows, denials
// that would leave the rest of the sentence affirmed, half quotations, sentences cut mid-phrase
// and statements the headline makes true. Every article here is invented for the test.

const article = (title: string, body: string): Article => ({ ...syntheticArticle(body), title });
const raw = (a: Article): Question[] => generateBank(a).report.raw;

describe('names with a capital inside', () => {
	it('reads "McDonnell", "DeSantis" and "O\'Brien" whole', () => {
		const names = collectPeople([
			'Former Velmora Governor Karel McDonnell was sentenced on Monday.',
			'Judge Ida O’Brien and Senator Pavel DeSantis were in court.'
		]).map((p) => p.name);
		expect(names).toEqual(
			expect.arrayContaining(['Karel McDonnell', 'Ida O’Brien', 'Pavel DeSantis'])
		);
		expect(names.some((n) => /\bMc$|\bDe$|\bO’$/.test(n))).toBe(false);
	});
});

describe('people no list of ours knows', () => {
	const names = () =>
		collectPeople([
			'Ostrava won the cup on Saturday, beating Kestrel by six wickets.',
			'Tomasz Wrzeszcz removed Aarav Keshwani and local hero Juhani Pelkonen early.',
			'The left-hander shared a stand of 83 with Oleksiy Hrytsenko before tea.',
			'The team flew home from Clark Air Base near Mount Tarvola.',
			'Scientists at Elmer Voss University said the reef had bleached.',
			'Crowds waved blue-and-white Saltire flags in Grafton Street.'
		]).map((p) => p.name);

	it('takes two words no dictionary has, before a verb or after a phrase, for a name', () => {
		expect(names()).toEqual(
			expect.arrayContaining([
				'Tomasz Wrzeszcz',
				'Aarav Keshwani',
				'Juhani Pelkonen',
				'Oleksiy Hrytsenko'
			])
		);
	});

	it('takes no base, mountain, university, street or phrase for a person', () => {
		const found = names();
		for (const n of ['Clark Air Base', 'Mount Tarvola', 'Elmer Voss', 'Saltire', 'Grafton Street'])
			expect(found.some((f) => f.includes(n) || n.includes(f))).toBe(false);
	});
});

describe('companies no list of ours knows', () => {
	const a = article(
		'Kestrel airbag recall widens',
		'Kestrel Safety agreed on Tuesday to recall 120,000 airbags made in Ostrava.\n\n' +
			'Its biggest client, Honda, was named in a lawsuit filed in March.\n\n' +
			'Rescue workers in Ostrava checked 40 cars on Monday.\n\n' +
			'The 4th Infantry Division helped with the search for 12 hours.'
	);

	it('asks for a company compromise knows, as a whole name', () => {
		expect(raw(a).some((q) => 'answer' in q && q.answer === 'Honda')).toBe(true);
	});

	it('takes no word opening a sentence or inside a phrase for a company', () => {
		const questions = raw(a);
		expect(questions.some((q) => /rescue workers/i.test(q.prompt))).toBe(true);
		for (const q of questions) {
			expect(q.prompt).not.toMatch(/.\bRescue workers/);
			expect('answer' in q ? q.answer : '').not.toMatch(/^(?:Rescue|Infantry Division)$/);
		}
	});
});

describe('an "it" that stands for what follows', () => {
	it('is never read as the company or the speakers', () => {
		const a = article(
			'Kestrel Motors recalls brakes',
			'Kestrel Motors recalled 120,000 cars with faulty brakes on Monday, the company said.\n\n' +
				'Kestrel Motors is also admitting for the first time that its brakes failed in 11 models.\n\n' +
				'But officials said it could take years to get enough replacement brake pumps for all the cars.\n\n' +
				'The recall covers cars sold in Ostrava since 2012.'
		);
		for (const q of raw(a)) {
			expect(q.prompt).not.toMatch(/Kestrel Motors could take years/);
			expect(q.prompt).not.toMatch(/Officials could take years/i);
		}
	});
});

describe('a denial that leaves the rest of the sentence affirmed', () => {
	it('is never made of a verb followed by ", then …" or ", to …"', () => {
		const a = article(
			'Ostrava court ends trial',
			'The trial of the Ostrava dock workers ended on Monday after 40 days.\n\n' +
				'The crowd outside the courthouse cheered loudly, then marched to the harbour.\n\n' +
				'The dock workers hugged their lawyers, then thanked the jury.\n\n' +
				'The union leaders left the building quietly, to avoid the reporters outside.'
		);
		const questions = raw(a);
		expect(questions.length).toBeGreaterThan(1);
		for (const q of questions) expect(q.prompt).not.toMatch(/\bnot\b/);
	});
});

describe('prompts that break off', () => {
	it('never holds half a quotation', () => {
		const a = article(
			'Velmora probe lands on Mars',
			'The Velmora space agency landed its probe on Mars on Thursday after a journey of seven months.\n\n' +
				'"Today proved once again that with the power of science, nothing is beyond the realm of possibility," President Karel Vidan tweeted.\n\n' +
				'The probe will spend at least two years exploring the crater.\n\n' +
				'Engineer Ida Brenner said the first two images arrived within minutes.'
		);
		for (const q of raw(a)) {
			const curly = (q.prompt.match(/“/g) ?? []).length - (q.prompt.match(/”/g) ?? []).length;
			expect(curly).toBe(0);
			expect((q.prompt.match(/"/g) ?? []).length % 2).toBe(0);
		}
	});
});

describe('prompts that stop mid-phrase', () => {
	it('never end on "and" or "the"', () => {
		const a = article(
			'Ostrava win the cup',
			'Ostrava won the Velmora Cup on Saturday, beating Kestrel by six wickets in the final.\n\n' +
				'Pavel Rusnak, however, opened proceedings with three consecutive maidens and, with the first delivery of his fourth over, removed Jan Novak for a duck.\n\n' +
				'Kestrel made 274 for six in their 50 overs.\n\n' +
				'Ida Brenner scored 103 not out from 88 balls.'
		);
		const questions = raw(a);
		expect(questions.some((q) => /Rusnak/.test(q.prompt))).toBe(true);
		for (const q of questions) expect(q.prompt).not.toMatch(/\b(?:and|the)[.?]$/);
	});
});

describe('what the headline gives away', () => {
	it('states no lead as true when the headline says it', () => {
		const a = article(
			'Kestrel Motors brake recall doubled to 34 million cars',
			'Velmoran car maker Kestrel Motors agreed to double a recall of cars with faulty brakes to a record of nearly 34 million cars, officials said, sending its shares down in Ostrava.\n\n' +
				'Kestrel Motors is also admitting for the first time that brakes in 11 of its models are defective, transport minister Karel Vidan announced.\n\n' +
				'The recall comes after Kestrel Motors agreed in a consent order with the Velmora Road Safety Board that the defect raised safety issues.\n\n' +
				'Kestrel Motors faces a class-action lawsuit filed in Ostrava in March.'
		);
		const trues = raw(a).filter((q) => q.type === 'true_false' && q.answer === 'True');
		for (const q of trues) expect(q.prompt).not.toMatch(/agreed to double a recall/);
	});

	it('keeps an "EDINBURGH:" dateline out of the first sentence', () => {
		const s = segment('OSTRAVA: Early figures on Friday showed a record turnout. Crowds cheered.', {
			title: 'x'
		});
		expect(s.blocks[0]?.dateline).toBe('OSTRAVA');
		expect(s.sentences[0]?.text).toBe('Early figures on Friday showed a record turnout.');
		const update = segment('UPDATE: The council met on Monday to vote.', { title: 'x' });
		expect(update.blocks[0]?.dateline).toBeUndefined();
	});
});

describe('the places the whole article is in', () => {
	it('asks no gap on a state named in half the article, however it is written', () => {
		const a = article(
			'Death toll from US floods hits 1,100',
			'The death toll from floods across the United States topped 1,100 on Monday as rivers burst their banks.\n\n' +
				'Six people died overnight in Nebraska, taking the toll to 125 in the state where 2,400 farms are cut off.\n\n' +
				'Helicopters dropped food across the United States on Monday, officials said.\n\n' +
				'At least 11 people died in Nebraska state, mostly in house collapses, on Saturday.\n\n' +
				'The flood season in the United States runs from June to September.\n\n' +
				'Rivers in Nebraska rose by two metres in 24 hours.\n\n' +
				'Army engineer Ida Brenner said 300 boats had reached Nebraska state by Sunday.\n\n' +
				'The United States has asked Canada for 40 rescue helicopters.'
		);
		const questions = raw(a);
		expect(questions.some((q) => /Nebraska/.test(q.prompt))).toBe(true);
		for (const q of questions) expect('answer' in q ? q.answer : '').not.toBe('Nebraska');
	});
});

describe('a name moved from the start of its sentence', () => {
	const a = article(
		'Airbag maker expands recall',
		'Vantora recalled 120,000 airbags in January 2024 after tests in Ohio.\n\n' +
			'Vantora was founded in Ohio in 1968.\n\n' +
			'Vantora opened its first plant abroad in 1991.\n\n' +
			'Vantora employs 40,000 people in 20 countries.\n\n' +
			'Experts said Vantora had known of the defect since 2004.\n\n' +
			'Turnout at the shareholder meeting reached 70 percent on Friday.'
	);

	it('keeps its capital inside a question', () => {
		const questions = raw(a);
		expect(questions.some((q) => /.Vantora/.test(q.prompt))).toBe(true);
		for (const q of questions) expect(q.prompt).not.toMatch(/vantora/);
	});

	it('orders no event by the time a state began ("since 2004")', () => {
		const order = raw(a).find((q) => q.type === 'ordering');
		expect(order?.answer).toMatch(/founded/);
		expect(order?.answer).not.toMatch(/since/);
	});

	it('makes no figure the subject of a restatement ("70 percent was reached by …")', () => {
		for (const q of raw(a)) expect(q.prompt).not.toMatch(/^\d/);
	});
});

describe('numbers that name and numbers that are given', () => {
	it('never asks or swaps the number of a model ("the iPad 2") nor cuts a unit from a word', () => {
		const a = article(
			'Jobs unveils new tablet',
			'Steve Jobs unveiled the iPad 2 on Wednesday at the Yerba Buena Theater in San Francisco.\n\n' +
				'The iPad 2 will cost US$499 and go on sale on March 11 in 26 countries.\n\n' +
				'Apple sold nearly 15 million iPads last year, the company said.\n\n' +
				'Nearly 40 analysts attended, and Sony cut 16,000 jobs.'
		);
		const questions = raw(a);
		expect(questions.some((q) => /iPad 2/.test(q.prompt))).toBe(true);
		for (const q of questions) {
			expect(q.prompt).not.toMatch(/iPad (?:_____|[13])\b/);
			expect('answer' in q ? q.answer : '').not.toMatch(/ i$/);
		}
		const theater = questions.find((q) => 'answer' in q && q.answer === 'Yerba Buena Theater');
		if (theater && 'accept' in theater) expect(theater.accept).toContain('Yerba Buena');
	});

	it('splits no sentence at "and" before a participle or a figure read as a verb', () => {
		const a = article(
			'Kestrel sells more tablets',
			'Kestrel Devices sold nearly 15 million tablets between April and December generating nearly US$10 billion in revenue.\n\n' +
				'The new tablet will sell for the same $499 price as the previous model and will come in 26 countries.\n\n' +
				'Chief executive Ida Brenner, 56, spoke in Ostrava on Wednesday.'
		);
		const questions = raw(a);
		expect(questions.length).toBeGreaterThan(2);
		for (const q of questions) {
			expect(q.prompt).not.toMatch(/between April\.|(?:^|: )December generating/);
			expect(q.prompt).not.toMatch(/(?:^|: )The previous model and/);
		}
	});

	it('asks neither share of a two-way vote, which the other gives by arithmetic', () => {
		const a = article(
			'Velmora votes to leave the union',
			'Velmora voted by 52% to 48% to leave the Kestrel Union, with turnout of 72%.\n\n' +
				'Prime Minister Karel Vidan said he would resign by October.\n\n' +
				'The northern region voted 62% to stay.\n\n' +
				'Markets fell by 8% on Friday.'
		);
		const questions = raw(a);
		expect(questions.some((q) => /52% to 48%/.test(q.prompt))).toBe(true);
		for (const q of questions) {
			expect(q.prompt).not.toMatch(/_____ to 48%|52% to _____/);
			expect(q.prompt).not.toMatch(/by (?!52%)\d+% to 48%|52% to (?!48%)\d+%/);
		}
	});
});

describe('asides and attributions kept whole', () => {
	const a = article(
		'Kestrel rig fire leaves 11 missing',
		'Eleven workers were missing after a fire on the Kestrel rig off Ostrava on Tuesday.\n\n' +
			'Seven workers were reported critically injured and two taken to a hospital in Ostrava, another coastguard officer, Ida Brenner said.\n\n' +
			'Pakistani teenager Pavel Rusnak, shot by gunmen for refusing to quit school, and Indian activist Karel Vidan have received their Nobel Peace Prizes after two days of celebration honouring their work.\n\n' +
			'The fire is the worst disaster on the coast since the Velmora tanker sank in 1989.'
	);

	it('leaves a speaker\'s role with the speaker ("…, another coastguard officer, Ida Brenner said")', () => {
		const questions = raw(a);
		expect(questions.some((q) => /Ida Brenner/.test(q.prompt))).toBe(true);
		for (const q of questions) expect(q.prompt).not.toMatch(/another coastguard officer/);
	});

	it('splits no sentence after a participle aside ("X, shot by gunmen …, and Y have received")', () => {
		for (const q of raw(a)) {
			expect(q.prompt).not.toMatch(/(?:^|: )(?:\w+ activist )?(?:Karel Vidan|_____) have received/);
			expect(q.prompt).not.toMatch(/refusing to quit school\.$/);
		}
	});

	it('keeps "since …" with a superlative', () => {
		for (const q of raw(a)) expect(q.prompt).not.toMatch(/worst disaster on the coast\.$/);
		expect(raw(a).some((q) => /worst disaster on the coast since/.test(q.prompt))).toBe(true);
	});
});
