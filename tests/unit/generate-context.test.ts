import { describe, expect, it } from 'vitest';
import { anchor, generateBank, segment } from '../../src/lib/generate/index';
import { tenseNear } from '../../src/lib/generate/lang/en/tense';
import type { Article, Question } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

// Generator 2.10.0: what a question keeps of its sentence's context (the name "his" stands for,
// "the number of …", a lead that places the claim, a dateline), and questions a reader answers
// without the article. Every article here is invented for the test.

const article = (title: string, body: string): Article => ({ ...syntheticArticle(body), title });
const raw = (a: Article): Question[] => generateBank(a).report.raw;

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

describe('datelines', () => {
	it('keeps "Place:", "PLACE/PLACE -" and "PLACE, Country, date — --" out of the first sentence', () => {
		const first = (body: string) => segment(body, { title: 'x' });
		const colon = first(
			'Ostrava: All 33 trapped miners were rescued on Wednesday. Crowds cheered.'
		);
		expect(colon.blocks[0]?.dateline).toBe('Ostrava');
		expect(colon.sentences[0]?.text).toBe('All 33 trapped miners were rescued on Wednesday.');
		const slash = first(
			'LE BOURGET/UNITED NATIONS - Delegates from 190 countries adopted the pact.'
		);
		expect(slash.blocks[0]?.dateline).toBe('LE BOURGET/UNITED NATIONS');
		expect(slash.sentences[0]?.text).toMatch(/^Delegates from 190/);
		const agency = first('OSTRAVA, Vel., (Reuters) – The former governor was sentenced.');
		expect(agency.blocks[0]?.dateline).toBe('OSTRAVA');
		expect(agency.sentences[0]?.text).toBe('The former governor was sentenced.');
		const dashes = first('KESTREL, Velmora, Dec. 14, 2003 — -- The deposed leader was captured.');
		expect(dashes.blocks[0]?.dateline).toBe('KESTREL');
		expect(dashes.sentences[0]?.text).toBe('The deposed leader was captured.');
	});

	it('reads a word and a colon as a dateline only where a place could stand', () => {
		const update = segment('Update: The council met on Monday to vote.', { title: 'x' });
		expect(update.blocks[0]?.dateline).toBeUndefined();
		const later = segment('The council met on Monday.\n\nOstrava: the vote was close.', {
			title: 'x'
		});
		expect(later.blocks[1]?.dateline).toBeUndefined();
	});
});

describe('asides left out of a prompt', () => {
	const deal = article(
		'Velmora buys the Kestrel railway',
		'The Velmora government bought the Kestrel railway for $44 billion on Thursday.\n\n' +
			'It signed the deal on Thursday, just one day before the court deadline, which, were it not met, would have sent both sides to court in November.\n\n' +
			'Coach Ida Brenner praised her assistant Pavel Rusnak, who she trains with in Ostrava, and "plays chess with" on Sundays.\n\n' +
			'Brenner, who led the club for 23 years until her dismissal in April, has been a consultant since then with a salary of $250,000.'
	);
	const all = () => raw(deal).map((q) => q.prompt);

	it('closes where the sentence goes on with its verb', () => {
		const prompts = all().filter((p) => p.includes('court deadline'));
		expect(prompts.length).toBeGreaterThan(0);
		for (const p of prompts) expect(p).not.toMatch(/deadline were it not met/);
		expect(prompts.some((p) => /court deadline would have sent both sides/.test(p))).toBe(true);
	});

	it('leaves a relative clause whole when the sentence does not go on with a verb after it', () => {
		for (const p of all()) expect(p).not.toMatch(/Rusnak,? and “?"?plays/);
	});

	it('never leaves "since then" without the time it points back to', () => {
		for (const p of all()) {
			const at = p.indexOf('since then');
			if (at >= 0) expect(p.slice(0, at)).toMatch(/\d|April/);
		}
	});
});

describe('prompts that lean on what follows or have no subject', () => {
	it('asks no "Who gave the following message …?" and no gerund fragment', () => {
		const a = article(
			'Velmora leader captured',
			'The deposed Velmoran leader Karel Vidan was captured near Ostrava on Saturday, officials said.\n\n' +
				'In an address to the nation, President Ida Brenner gave the following message to Velmorans: "You do not have to fear Karel Vidan ever again."\n\n' +
				'Firing several of its top generals, including commander Pavel Rusnak.\n\n' +
				'Vidan had been a fugitive for 8 months with a $25 million bounty on his head.'
		);
		const prompts = raw(a).map((q) => q.prompt);
		expect(prompts.length).toBeGreaterThan(1);
		for (const p of prompts) {
			expect(p).not.toMatch(/the following message to Velmorans\?/);
			expect(p).not.toMatch(/^(?:Fill in the gap: |Choose the words that fill the gap: )?Firing/);
		}
	});
});

describe('a pronoun after a person described, not named', () => {
	it('is not taken for the last name of the sentence before', () => {
		const a = article(
			'Velmora win the Kestrel Cup',
			'Karel Vidan and Pavel Rusnak guided Velmora to the Kestrel Cup on Saturday, chasing down a target of 275 in Ostrava.\n\n' +
				'Tomas Hrubec removed two openers to reduce Velmora to 31-2 before Vidan took control.\n\n' +
				'The left-hander shared a stand worth 109 alongside Rusnak.\n\n' +
				'He missed out on a century, bowled for 97 after advancing down the pitch.'
		);
		const prompts = raw(a).map((q) => `${q.prompt} ${'answer' in q ? String(q.answer) : ''}`);
		expect(prompts.length).toBeGreaterThan(2);
		for (const p of prompts) {
			expect(p).not.toMatch(/Rusnak missed out/);
			expect(p).not.toMatch(/Who missed out on a century\?.*Rusnak/);
		}
	});
});

describe('a date after an order to act', () => {
	it('points forward from the order: "was ordered to report to prison on Feb. 9"', () => {
		const text = 'The former governor was ordered to report to prison on Feb. 9.';
		expect(tenseNear(text, text.indexOf('Feb.'))).toBe('future');
		expect(anchor('Feb. 9', '2015-01-07', tenseNear(text, text.indexOf('Feb.')))?.iso).toBe(
			'2015-02-09'
		);
		const met = 'The governor met prosecutors on Feb. 9.';
		expect(tenseNear(met, met.indexOf('Feb.'))).toBe('past');
	});

	it("takes a day weeks from publication as that year's, whatever the tense says", () => {
		// "Sentencing was set for April 26", a week after publication: not April 2006.
		expect(anchor('April 26', '2007-04-19', 'past')?.iso).toBe('2007-04-26');
		expect(anchor('Jan. 3', '2014-01-10', 'future')?.iso).toBe('2014-01-03');
		// Months away, the tense still decides the year.
		expect(anchor('Dec. 28', '2015-01-05', 'past')?.iso).toBe('2014-12-28');
		expect(anchor('Nov. 2', '2015-03-05', 'past')?.iso).toBe('2014-11-02');
		expect(anchor('Jan. 3', '2014-11-20', 'future')?.iso).toBe('2015-01-03');
	});
});

describe('who did it', () => {
	it('is never the name inside "the sister of …"', () => {
		const a = article(
			'Velmora court frees Karel Vidan',
			'A Velmora jury acquitted Karel Vidan of fraud on Tuesday after a 9-month trial.\n\n' +
				'The sister of victim Ida Brenner broke out in sobs in the courtroom.\n\n' +
				'Court clerk Pavel Rusnak read the verdict at 10 a.m.'
		);
		const questions = raw(a);
		// The gap "The sister of victim _____ broke out …" is fair; "Who broke out …?" is not.
		expect(questions.some((q) => /sister of victim _____ broke out/.test(q.prompt))).toBe(true);
		expect(questions.some((q) => /^Who broke out in sobs/.test(q.prompt))).toBe(false);
	});
});

describe('nationalities and names that do not swap', () => {
	const miners = article(
		'Velmora miners rescued',
		'All 33 trapped Velmoran miners were rescued on Wednesday after 69 days underground, officials said.\n\n' +
			'Rescuers held up a sign in Spanish reading "Mission accomplished".\n\n' +
			'German and Chilean engineers drilled the rescue shaft in 33 days.\n\n' +
			'Commentator Ida Brenner said that, like pope John Paul II, the miners had shown great faith.\n\n' +
			'President Karel Vidan and minister Pavel Rusnak greeted the miners at 10 a.m.'
	);

	it('never swaps a language ("a sign in Spanish") for another nationality', () => {
		for (const q of raw(miners))
			expect(q.prompt).not.toMatch(/a sign in (?:German|Chilean|Velmoran) reading/);
	});

	it('offers no other people beside a regnal number ("like pope _____ II")', () => {
		const regnal = raw(miners).filter((q) => /pope _____ II/.test(q.prompt));
		expect(regnal.length).toBeGreaterThan(0);
		for (const q of regnal) expect('options' in q ? q.options : undefined).toBeUndefined();
	});
});
