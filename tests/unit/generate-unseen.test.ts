import { describe, expect, it } from 'vitest';
import { collectPeople, generateBank, segment } from '../../src/lib/generate/index';
import { analyse } from '../../src/lib/generate/analyse';
import { retype, unshout } from '../../src/lib/generate/typography';
import type { Article, Question } from '../../src/lib/schema';
import {
	allowed,
	considered,
	peopleOf as people,
	prompts,
	titledArticle as article
} from './synthetic-article';
import { claimsOf } from './synthetic-article';
import { nameRoleName } from '../../src/lib/generate/lang/en/wh';
import { findMentions } from '../../src/lib/generate/entities';
import { gradeAnswer } from '../../src/lib/grading/grade';
import { slotsOf } from '../../src/lib/generate/facts';
import { acceptFor } from '../../src/lib/generate/accept';

// Generator 2.28.0: units written with full stops ("m.p.h."), the two ends of a range, parties
// and nationalities that are nobody, who a pronoun is when a passive befalls them, and events
// of an ordering that each stand whole. Every article here is invented for the test.

const published = '2024-02-02';
const raw = (title: string, body: string, meta: Partial<Article> = {}): Question[] =>
	generateBank(article(title, body, meta)).report.raw;
const optionsOf = (q: Question) => ('options' in q && q.options ? q.options : []);

describe('a unit written with full stops', () => {
	const body =
		'Forecasters said the tornado near Varnholm had winds between 150 m.p.h. and 190 m.p.h. Other storms damaged the towns of Osk and Lindal overnight.';

	it('is "mph", and ends its sentence only where the sentence ends', () => {
		const sentences = segment(retype(body).text).sentences.map((s) => s.text);
		expect(sentences).toHaveLength(2);
		const all = prompts('Storms hit Norland', body);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) expect(p).not.toMatch(/m\.p|^\d+ mph\. Other|_____\.p/);
		expect(all.some((p) => /between 150 mph and 190 mph|between _____ and 190 mph/.test(p))).toBe(
			true
		);
	});
});

describe('a range', () => {
	it('is never made false by moving one of its ends', () => {
		const body =
			'Forecasters said the tornado near Varnholm had winds between 150 m.p.h. and 190 m.p.h., the strongest in a decade.\n\n' +
			'The company expects revenue of $9.45 billion to $9.55 billion in the first quarter, its chief executive said on Tuesday.';
		const falses = raw('Storms hit Norland', body).filter(
			(q) => q.type === 'true_false' && q.answer === 'False'
		);
		for (const q of falses) {
			expect(q.prompt).not.toMatch(/between \d+ mph and \d+ mph/);
			expect(q.prompt).not.toMatch(/\$[\d.]+ billion to \$[\d.]+ billion/);
		}
	});

	it('keeps its ends in order in the options: the high end’s above the low end', () => {
		const body =
			'Delegates raised the growth target to between 12 per cent and 17 per cent a year, from a previous range of 10 per cent to 15 per cent.';
		const gaps = raw('Targets raised', body).filter((q) =>
			/between 12 per cent and _____/.test(q.prompt)
		);
		for (const q of gaps)
			for (const o of optionsOf(q)) expect(Number(/[\d.]+/.exec(o)![0])).toBeGreaterThan(12);
		const lows = raw('Targets raised', body).filter((q) =>
			/between _____ and 17 per cent/.test(q.prompt)
		);
		for (const q of lows)
			for (const o of optionsOf(q)) expect(Number(/[\d.]+/.exec(o)![0])).toBeLessThan(17);
		expect(gaps.length + lows.length).toBeGreaterThan(0);
	});
});

describe('words that name nobody', () => {
	it('"the Christian Democratic party", "Forza Nova party", "Sri Lankan refugees" are no people', () => {
		const found = people(
			'Prime minister Aldo Renzetti resigned on Wednesday. His Forza Nova party was badly beaten in regional elections. ' +
				'The UDV, a rump of the once-dominant Christian Democratic party, left the coalition. ' +
				'The film is about a family of Sri Lankan refugees in Paris.'
		);
		expect(found).toContain('Aldo Renzetti');
		expect(found).not.toContain('Forza Nova');
		expect(found).not.toContain('Christian Democratic');
		expect(found).not.toContain('Sri Lankan');
	});

	it('"Dutchman Tallon Greve" is Tallon Greve', () => {
		const found = people(
			'Evans beat 37th-ranked Dutchman Tallon Greve 7-5, 6-3 on Sunday. Greve was denied his third career title.'
		);
		expect(found).toContain('Tallon Greve');
		expect(found).not.toContain('Dutchman Tallon Greve');
	});

	it('"Both communications service providers …" is not asked: which ones the question does not say', () => {
		const all = prompts(
			'Shares rise',
			'Both communications service providers upgraded their networks to handle growing internet traffic last year. Norcom shares rose 5.8 per cent to $31.40 on Tuesday.'
		);
		expect(all.some((p) => /Norcom/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/^Both communications/);
	});
});

describe('a nationality', () => {
	it('is never swapped inside "North American"', () => {
		const body =
			'The Norland drama was bought during the festival by Sony Classics for North American release, the studio said on Monday. The Mexican director Luis Ortega won the screenplay prize.';
		for (const p of prompts('Festival sales', body))
			expect(p).not.toMatch(/North (?!American)\p{Lu}/u);
	});

	it('the reference "the Austrian director" is not the Mexican one the article called "Director"', () => {
		const body =
			'Mexican writer-director Luis Ortega received the screenplay prize for "Chronic".\n\n' +
			'"Thank you, Karl Haberl, for not making a film this year," Ortega said.\n\n' +
			'The remark was addressed to the Austrian director, who had beaten him twice.';
		const sentences = segment(body).sentences;
		const read = analyse(sentences, {
			people: collectPeople(sentences.map((s) => s.text)),
			published
		}).filter((c) => c.sentence.index === 2);
		for (const c of read)
			for (const m of c.mentions)
				if (m.kind === 'person') expect(m.display).not.toBe('Luis Ortega');
	});
});

describe('a publisher’s name opening the first paragraph', () => {
	it('is no part of the first sentence', () => {
		const all = prompts(
			'Palme for Audier',
			'StarWire - French director Paul Audier won the top prize at the 68th Cannes Film Festival on Sunday, May 24.',
			{ publisher: 'StarWire' }
		);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) expect(p).not.toMatch(/StarWire/);
	});
});

describe('"he" when a passive befalls him', () => {
	it('is the one the sentence before did it to', () => {
		const body =
			'Judge Carla Mendes formally sentenced Jonas Hale to life in prison for the murders of 12 people.\n\n' +
			'He also was sentenced to more than 3,200 additional years for attempted murder.';
		const all = prompts('Hale sentenced', body).filter((p) => /3,200|additional years/.test(p));
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) expect(p).not.toMatch(/Mendes/);
		expect(all.some((p) => /Hale/.test(p))).toBe(true);
	});
});

describe('a passive', () => {
	it('never tears "for …" from a noun it belongs to', () => {
		const all = prompts(
			'Search goes on',
			'Sheriff Roy Deeds described the overnight hunt for bodies in Granbury on Thursday.'
		);
		for (const p of all) expect(p).not.toMatch(/hunt was described by .* for bodies/);
	});
});

describe('an ordering', () => {
	const body =
		'Norland Air cancelled nearly all of its flights on Monday and Tuesday, September 9 and 10, after pilots went on strike.\n\n' +
		'The pilots’ union lost a bid for a court injunction in July 2019.\n\n' +
		'Last year’s strike lasted a week, union leader Ann Berg said.\n\n' +
		'The union is planning another strike for September 27.\n\n' +
		'The airline was founded in 1987 by Piet Osk.';
	const orderings = () =>
		raw('Pilots strike', body, { published: '2019-09-09' }).filter((q) => q.type === 'ordering');

	it('takes one event a sentence, and no event the date’s removal leaves broken', () => {
		for (const q of orderings()) {
			if (q.type !== 'ordering') continue;
			const sentences = q.items.map((i) => i.slice(0, 30));
			expect(new Set(sentences).size).toBe(q.items.length);
			for (const i of q.items) {
				expect(i).not.toMatch(/\b(?:for|and|of|to)$|\band,|’s strike|^Last/);
			}
		}
	});

	it('puts a strike "planned for September 27" after the September 9 one', () => {
		const gap = raw('Pilots strike', body, { published: '2019-09-09' }).find(
			(q) => q.type !== 'ordering' && 'answer' in q && q.answer === 'September 27'
		);
		if (gap && 'accept' in gap) expect(gap.accept.join(' ')).not.toMatch(/2018/);
		for (const q of orderings())
			if (q.type === 'ordering') {
				const strike = q.items.findIndex((i) => /another strike/.test(i));
				const founded = q.items.findIndex((i) => /founded/.test(i));
				if (strike >= 0 && founded >= 0) expect(strike).toBeGreaterThan(founded);
				if (strike >= 0) expect(strike).toBe(q.items.length - 1);
			}
	});
});

describe('a described body and a described speaker', () => {
	it('"the post-Fascist Alleanza Civica" is no person', () => {
		const found = people(
			'Prime minister Aldo Renzetti resigned on Wednesday. Another coalition partner, the post-Fascist Alleanza Civica, said it would bring down the government.'
		);
		expect(found).toContain('Aldo Renzetti');
		expect(found).not.toContain('Alleanza Civica');
	});

	it('"Resident Elena Tovar said …" is asked "according to resident Elena Tovar"', () => {
		const all = prompts(
			'Tornado hits Granbury',
			'Resident Elena Tovar said fist-size hail heralded the tornado’s arrival on Wednesday in Granbury.'
		);
		expect(all.some((p) => /According to resident Elena Tovar/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/According to Resident/);
	});
});

// Generator 2.29.0: what a wire story's opening, its "when" and its double objects do to a
// question. Every article here is invented for the test.

describe('an opening dateline', () => {
	it('is dropped when closed up to its dash or followed by a date and an agency', () => {
		for (const [opening, place] of [
			['VARNHOLM—', 'VARNHOLM'],
			['Osterby, Jul 18 (FN Bureau) ', 'Osterby']
		] as const) {
			const body = `${opening}Norland on Saturday opened the longest rail line in the region, from Varnholm to Lindal. Trains will run at 300 kph with a total travel time of about eight hours.`;
			const all = raw('Rail line opens', body);
			expect(all.length).toBeGreaterThan(0);
			for (const q of all) {
				expect(q.prompt).not.toContain(opening.trim());
				if ('answer' in q) expect(q.answer).not.toBe(place);
			}
		}
	});
});

describe('a few things counted again', () => {
	it('"between the two cities" is no count to ask or to change', () => {
		const body =
			'Norland opened a rail line from Varnholm to Lindal on Wednesday. Before, the fastest time between the two cities by train was more than 20 hours.';
		const all = raw('Rail line opens', body);
		expect(all.some((q) => /the two cities by train was _____/.test(q.prompt))).toBe(true);
		for (const q of all) {
			expect(q.prompt).not.toMatch(/between the (?:_____|three|one|four) /);
			if ('answer' in q) expect(q.answer).not.toBe('two cities');
		}
	});
});

describe('a claim in the passive', () => {
	const passives = (body: string) =>
		prompts('Cup final', `${body} The match was watched by 14,448 fans in Osk on Tuesday.`).filter(
			(p) => /\bwas \p{Ll}+ by\b/u.test(p) && !/watched by/.test(p)
		);

	it('is never made of a place left or a double object', () => {
		expect(passives('Another train left Varnholm for Lindal an hour later.')).toEqual([]);
		expect(
			passives(
				'In the 27th minute, a blunder from defender Jon Varga gifted Osk United an equaliser.'
			)
		).toEqual([]);
	});
});

describe('"it" and "they"', () => {
	it('"it" is the thing before even when a later clause names that thing again', () => {
		const all = prompts(
			'Rail line opens',
			'Norland opened a rail line on Wednesday. Norland has massive resources invested in its railways.\n\n' +
				'But it has in recent months faced problems: part of a line collapsed in central Norland after heavy rains in March, while a crash in the summer of 2011 killed 40 people.'
		);
		expect(all.some((p) => /Norland has in recent months faced problems/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/^(?:Fill in the gap: )?It has/);
	});

	it('"they" after "When the jury returned …," is asked with that clause whole', () => {
		const all = prompts(
			'Jury finds bankers guilty',
			'When the eight-woman, four-man jury returned to the courtroom after five days of deliberations, they pronounced former chief executive Karl Lund guilty on all six counts of fraud.'
		);
		expect(all.some((p) => /_____ of fraud|_____ of deliberations/.test(p))).toBe(true);
		for (const p of all) expect(p).toMatch(/^(?:[^:]+: )?When the eight-woman, four-man jury/);
	});
});

describe('a clause joined by "when"', () => {
	it('without a comma, stays with the clause it bounds', () => {
		const all = prompts(
			'Miners trapped',
			'Sheriff Lamar Guymon told local radio the missing men could have been up to 3,000 feet underground when the cave-in occurred.'
		);
		for (const p of all) expect(p).not.toMatch(/^The cave-in (?:occurred|did not occur)/);
	});
});

describe('what looks like a speaker or a person and is not', () => {
	it('"…, confirmed the find." and "our sun" leave the sentence asked as it is', () => {
		const all = prompts(
			'Telescope spots planet',
			'Later observations by the huge Keck telescope in Hawaii, which has a diameter of 10 metres, confirmed the discovery of the planet.\n\n' +
				'More than 100 planets orbiting a star other than our sun have been found in the last decade.'
		);
		for (const p of all) expect(p).not.toMatch(/According to the (?:find|discovery)/);
		expect(all.some((p) => /_____ orbiting a star other than our sun/.test(p))).toBe(true);
	});

	it('"Best Picture Oscar" is no person; "Mia Hansen-Lind" is one person', () => {
		const found = people(
			'Among the films were Mia Hansen-Lind’s ‘Bergman Island’ and Sean Penn’s ‘Flag Day’. ‘Parasite’ later became the first film in Korean to win the Best Picture Oscar.'
		);
		expect(found).toContain('Mia Hansen-Lind');
		expect(found).not.toContain('Mia Hansen');
		expect(found.join(' ')).not.toMatch(/Oscar/);
	});

	it('keeps the capital of "Secretary of State" after "According to"', () => {
		const all = prompts(
			'Hostage freed',
			'Secretary of State John Kerry said an armed group fighting the government of President Omar Haddad had held the journalist for two years.'
		);
		expect(all.some((p) => /According to Secretary of State John Kerry/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/According to secretary/);
	});

	it('asks the first of two things said, without a dangling "and that"', () => {
		const all = prompts(
			'Hostage freed',
			'The United Nations said it helped with the handover to peacekeepers in a village near Osk and that the journalist was released after a medical checkup.'
		);
		expect(all.some((p) => /helped with the handover/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/and that/);
	});
});

describe('a nationality the headline gives', () => {
	it('is not swapped to make a statement false', () => {
		const body =
			'French filmmaker Julia Marceau on Saturday became only the second woman to win the Golden Lantern at the Osk film festival. Dutch director Paul Verhagen and Iranian director Asghar Farzan were also in the running.';
		const falses = raw('French director Julia Marceau wins the Golden Lantern', body).filter(
			(q) => q.type === 'true_false' && q.answer === 'False'
		);
		for (const q of falses) expect(q.prompt).not.toMatch(/(?:Dutch|Iranian) filmmaker Julia/);
	});
});

describe('a question on an object with an "of" phrase', () => {
	it('never strands the phrase after the question word', () => {
		const all = prompts(
			'Fees frozen',
			'Universities had proposed fee hikes of up to 11.5 percent next year, arguing they need higher fees to keep up standards.'
		);
		for (const p of all) expect(p).not.toMatch(/^What .* of up to/);
	});
});

describe('people of one kind who speak of themselves', () => {
	it('"Authorities said they had pinpointed …" is what the authorities had done', () => {
		const all = prompts(
			'Miners trapped',
			'Authorities said they had pinpointed the location of the six miners at the Genwal Mine in Huntington Canyon, around 120 miles southeast of Salt Lake City.'
		);
		expect(all.some((p) => /^(?:[^:]+: )?Authorities had pinpointed the location/.test(p))).toBe(
			true
		);
		for (const p of all) expect(p).not.toMatch(/\bthey had pinpointed/i);
	});
});

describe('a relative named after the role, and what they told a news agency', () => {
	const body =
		'The administration provided no details about the release of the aid worker Tomas Cortes. It was not known what prompted Cortes’ release.\n\n' +
		'A cousin of Cortes’, Viva Hardigg, said that he had been held by an armed group in the north.\n\n' +
		'“He seems to be in good health,” Hardigg told The Associated Press.\n\n' +
		'“We are still waiting for the details of the handover,” the ministry spokesman Omar Haddad said.';

	it('"A cousin of Cortes’, Viva Hardigg," is a person, and the speaker of the quotation', () => {
		expect(people(body)).toContain('Viva Hardigg');
		const all = prompts('Aid worker freed', body);
		expect(
			all.some((p) => /Who said this\? “He seems to be in good health\.”/.test(p)) ||
				all.some((p) => /said: “He seems to be in good health\.”/.test(p))
		).toBe(true);
	});

	it('"It was not known what …" is no "it" to name', () => {
		for (const p of prompts('Aid worker freed', body))
			expect(p).not.toMatch(/(?:administration|release) (?:was|is) not known/i);
	});
});

describe('a flood report from the wires', () => {
	const body =
		'Two-thirds of the town of Mosby was already under up to a metre of water from the overflowing Fishing River, said D.C. Rogers, Clay County director of emergency services.\n\n' +
		'He said the town’s 242 residents began evacuating Monday.\n\n' +
		'A mandatory evacuation was imposed in Parkville, said Jessica Robinson, a spokeswoman for the governor.\n\n' +
		'The storms spawned the tornado that wiped out Greensburg, Kan., on Friday, and the jury of the county court deliberated 13 ½ hours over the claims.';

	it('"said D.C. Rogers" names a person, who is the "he" that goes on', () => {
		expect(people(body)).toContain('D.C. Rogers');
		const all = prompts('Thousands flee rivers', body);
		expect(
			all.some((p) => /According to D\.C\. Rogers, the town’s (?:_____|242 residents)/.test(p))
		).toBe(true);
	});

	it('"a spokeswoman for the governor" is not the governor', () => {
		for (const p of prompts('Thousands flee rivers', body))
			expect(p).not.toMatch(/spokeswoman for Jessica Robinson/);
	});

	it('never asks the state after its town, nor the number before "½"', () => {
		for (const q of raw('Thousands flee rivers', body))
			if ('answer' in q) {
				expect(q.answer).not.toMatch(/^Kan\.?$/);
				expect(q.prompt).not.toMatch(/_____ ½/);
			}
	});
});

describe('a product launch', () => {
	const body =
		'Norcom has unveiled the Vela E, its latest budget phone. The company made the announcement today in six markets: India, Brazil, Spain, Mexico, Chile and Canada.\n\n' +
		'(The phone’s battery lasts about 30 hours between charges (by the company’s count) in ordinary use.) It will launch this summer in Canada at $180.';

	it('never asks a count its list gives after a colon', () => {
		for (const q of raw('Norcom unveils a budget phone', body)) {
			if ('answer' in q) expect(q.answer).not.toBe('six markets');
			expect(q.prompt).not.toMatch(/(?:five|seven|eight) markets/);
		}
	});

	it('reads a sentence in brackets without its brackets', () => {
		const all = prompts('Norcom unveils a budget phone', body);
		expect(all.some((p) => /The phone’s battery lasts (?:_____|about 30 hours)/.test(p))).toBe(
			true
		);
		for (const p of all) expect(p).not.toMatch(/^\(|^(?:[^:]+: )\(|\)\.?$/);
	});
});

describe('a derailment and an outbreak', () => {
	it('"eight coaches looks like …": the count stops at its noun', () => {
		for (const q of raw(
			'Train derails',
			'Twelve passengers were injured after a train derailed near Osk on Thursday. The derailment of eight coaches looks like a case of weld failure in the rail.'
		))
			if ('answer' in q) expect(q.answer).not.toMatch(/coaches looks/);
	});

	it('a participle after the subject is never negated as its verb', () => {
		const all = prompts(
			'Train derails',
			'A piece of rail found at the site is now being assessed by engineers from Osk. Police arrested at the scene were questioned on Friday.'
		);
		for (const p of all) expect(p).not.toMatch(/did not (?:find|arrest)/);
	});

	it('never asks one line of a tally', () => {
		for (const q of raw(
			'Swine flu closes schools',
			'Fort Worth has closed its 144 schools until at least May 8. The Centers for Disease Control in Atlanta said the breakdown of confirmed cases was: New York, 50; Texas, 26 with one death; California, 14; Kansas, two.'
		)) {
			if ('answer' in q) expect(q.answer).not.toMatch(/^(?:New York|Texas|California|Kansas)$/);
			expect(q.prompt).not.toMatch(/was: (?!New York, 50; Texas, 26)/);
		}
	});

	it('keeps the capital of a two-word name after "According to"', () => {
		const all = prompts(
			'Staples to buy Office Depot',
			'Office Depot shareholders will get $7.25 in cash for each share at closing, the retailers said in a statement on Wednesday.'
		);
		expect(all.some((p) => /According to the retailers, Office Depot shareholders/.test(p))).toBe(
			true
		);
	});
});

describe('the driver of the train', () => {
	const body =
		'Twelve passengers were injured after eight coaches derailed near Osk station on Thursday.\n\n' +
		'The driver of the train in his account to railway officers has indicated that he felt a violent jerk when the train was running at 103 km per hour.';

	it('is whom "his" stands for, and "103 km per hour" is asked whole', () => {
		const all = prompts('Train derails', body);
		expect(all.some((p) => /running at _____\.$/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/_____ per hour/);
	});
});

describe('quotations in single marks', () => {
	const body =
		'Jim Sinclair, the director of the exam council, paid tribute to students.\n\n' +
		'‘The improvement of the results reflects how well students have done this year,’ he said.\n\n' +
		'But Professor Alan Smithers said: ‘I think the A grades hitting 25 per cent is a matter of concern because it does not distinguish well at the top end.’\n\n' +
		'The minister said it was a ‘real shame’ that students’ results were doubted each year.';

	it('are quotations: their "it" is nobody, and their words are the speaker’s', () => {
		const all = prompts('Top grades reach record high', body);
		expect(all.some((p) => /Alan Smithers said: “I think the A grades/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/Alan Smithers does not distinguish/);
	});

	it('leave apostrophes and short scare quotes as they are', () => {
		expect(retype(body).text).toContain('students’ results');
		expect(retype(body).text).toContain('‘real shame’');
		expect(retype('He said ‘no’.').text).toBe('He said ‘no’.');
	});
});

describe('what a figure or a name runs into', () => {
	it('"$20 million its predicted worth" is "$20 million"', () => {
		const all = raw(
			'Picasso sells for a record',
			'A van Gogh sold for more than $20 million its predicted worth at the auction in New York on Monday. Cameron is due to meet with Queen Elizabeth II around midday to seek her blessing.'
		);
		for (const q of all) {
			if ('answer' in q) expect(q.answer).not.toMatch(/ its$/);
		}
	});

	it('a false figure is never one the sentence gives to something else', () => {
		for (const q of raw(
			'Van Gogh sells for $66.3m',
			'The 1881 van Gogh fetched $66.3 million at auction in New York after five bidders competed, well above its $40 million guide price. The previous record of $142 million was set in 2013.'
		))
			if (q.type === 'true_false' && q.answer === 'False')
				expect(q.prompt).not.toMatch(/fetched \$40(?:\.0)? million/);
	});

	it('a past participle after an aside stays with the aside', () => {
		for (const p of prompts(
			'Thousands flee floods',
			'The two moves were particularly taxing on Steve Benjamin, 51, who broke his back in 1984 and has had several surgeries, evidenced by a 20-inch scar spanning much of his back.'
		))
			expect(p).not.toMatch(/Steve Benjamin evidenced by/);
	});
});

// Generator 2.31.0: what blind readers found wrong in ten more articles (after their figure).

describe('names joined by "and"', () => {
	it('are one subject, and "Hull and East Yorkshire" one name', () => {
		const all = prompts(
			'Stage win for Varga',
			'Europcar had been active at the front of the bunch, and with 30 kilometres remaining, Perrig Quemenet and Cyril Gaudet attacked at the bottom of the climb.\n\n' +
				'Almost 4,000 extra patients were admitted last year at the Hull and East Yorkshire Hospitals NHS Trust compared to five years ago, figures reveal.'
		);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) {
			expect(p).not.toMatch(/Perrig Quemenet\.$|_____\.$(?<=remaining, _____\.)/);
			expect(p).not.toMatch(/^(?:[^:]+: )?East Yorkshire Hospitals/);
		}
	});
});

describe('who did the second thing', () => {
	it('"… before a judge ordered him removed and stripped him of his pension" is the judge', () => {
		for (const p of prompts(
			'Former mayor sentenced',
			'Tony Marks remained in office for 19 days after his conviction before a judge ordered him removed from office and stripped him of his taxpayer-funded pension.'
		))
			expect(p).not.toMatch(/Tony Marks (?:did not )?strip/);
	});

	it('"It sold 270,000 iPhones" is not the iPhone', () => {
		for (const p of prompts(
			'Apple profit soars',
			'Apple posted a higher quarterly profit on Wednesday. The iPhone went on sale on June 29th but its impact on the results was limited.\n\nIt sold 270,000 iPhones in the two days.'
		))
			expect(p).not.toMatch(/The iPhone sold/);
	});

	it('"The bill" is not the House that passed it', () => {
		for (const p of prompts(
			'House passes bill',
			'The US House of Representatives has passed a bill called the NO BAN Act that will restrict the power to impose travel bans.\n\nThe bill was approved by a 218-208 vote in the House on Wednesday.'
		))
			expect(p).not.toMatch(/House of Representatives was approved/);
	});

	it('"Beyonce" is a person, and the "she" after her', () => {
		const body =
			'Taylor Swift and Billie Eilish did not win any awards on Sunday.\n\n' +
			'Beyonce, accepting her award, said, “I just feel very full and very honoured.” She dedicated the win to Linda Martell, a pioneering country musician.\n\n' +
			'She won three Grammys in total, including Best Country Album.';
		expect(people(body)).toContain('Beyonce');
		for (const p of prompts('Beyonce wins album of the year', body))
			expect(p).not.toMatch(/Billie Eilish (?:won|said)/);
	});

	it('"Cowboy Carter" and "Vocal Album" are nobody', () => {
		const found = people(
			'Beyonce won the Grammy for Album of the Year on Sunday for Cowboy Carter. Visions by Norah Jones won the Grammy for Best Traditional Pop Vocal Album.'
		);
		expect(found).toContain('Norah Jones');
		expect(found.join('|')).not.toMatch(/Cowboy Carter|Vocal Album/);
	});
});

describe('a place that is no person', () => {
	it('"in Puerto Bolívar, a building … dropped into water, but …" keeps its building', () => {
		const all = prompts(
			'Earthquake hits Ecuador',
			'A strong earthquake shook southern Ecuador on Saturday. Elsewhere in Ecuador, in Puerto Bolívar, a building housing a museum and a restaurant dropped into water, but there were no reports of casualties.'
		);
		for (const p of all) expect(p).not.toMatch(/Puerto Bolívar but/);
		expect(people('Elsewhere, in Puerto Bolívar, a building dropped into water.')).toEqual([]);
	});
});

describe('options and answers for a launch and a quarter', () => {
	const body =
		'Gross profit margin was 36.9 per cent, up from the 35.1 per cent the company achieved in the previous quarter. Revenue rose 24 per cent, and 62 per cent of it came from abroad.\n\n' +
		'The iPhone 6 will start at $199 on a two-year carrier contract at 16GB. For $299 at 64GB, $399 for 128 GB. iPhone 6 Plus starts at $299 for 16 GB, $399 on 64 GB, and $499 on 128 GB.\n\n' +
		'“Today we are launching the biggest advancement in the history of iPhone,” Tim Cook said to a hearty applause in the Flint Center for the Performing Arts.';
	const all = () => raw('Apple unveils a phone', body);

	it('a margin "up from" another is offered above it, and no ".0" figure from elsewhere', () => {
		for (const q of all()) {
			if (!('options' in q) || !q.options) continue;
			if (q.answer === '36.9 per cent')
				for (const o of q.options) {
					expect(Number.parseFloat(o)).toBeGreaterThan(35.1);
					expect(o).not.toMatch(/^(?:24|62)\.0/);
				}
			if (q.answer === '35.1 per cent')
				for (const o of q.options) expect(Number.parseFloat(o)).toBeLessThan(36.9);
		}
	});

	it('offers memory in powers of two', () => {
		const sizes = [
			...all(),
			...raw(
				'Apple unveils a phone',
				'The iPhone 6 comes with 16GB of storage, and the iPhone 6 Plus comes with 64GB of storage. Both phones went on sale in nine countries on September 19.'
			)
		].filter((q) => 'options' in q && q.options && /GB$/.test(q.answer));
		expect(sizes.length).toBeGreaterThan(0);
		for (const q of sizes)
			for (const o of 'options' in q && q.options ? q.options : [])
				expect([1, 2, 4, 8, 16, 32, 64, 128, 256, 512]).toContain(Number.parseInt(o));
	});

	it('reads "iPhone 6 Plus starts …" as its own sentence, with its small "i"', () => {
		const prompts_ = all().map((q) => q.prompt);
		expect(prompts_.some((p) => /(?:^|: )iPhone 6 Plus starts at/.test(p))).toBe(true);
		for (const p of prompts_) {
			expect(p).not.toMatch(/IPhone|^(?:[^:]+: )?For \$/);
			expect(p).not.toMatch(/^Tim Cook said to a hearty applause/);
		}
	});

	it('accepts "Flint Center" for the Flint Center for the Performing Arts', () => {
		const gap = all().find(
			(q) => 'answer' in q && q.answer === 'Flint Center for the Performing Arts'
		);
		if (gap && 'accept' in gap) expect(gap.accept).toContain('Flint Center');
	});
});

describe('typed answers a reader gives', () => {
	it('"Geophysical Institute", "LA", and a list of offences in any order', () => {
		const all = raw(
			'Quake and fraud',
			'Ecuador’s Geophysical Institute put the magnitude slightly lower, at 6.7, on Saturday.\n\n' +
				'The event, held at the Crypto.com Arena, was also a tribute to Los Angeles after the January fires.\n\n' +
				'Mayor Tony Marks was found guilty in February of bribery, fraud and extortion while mayor of Trenton.'
		);
		const accepted = (answer: string) =>
			all.flatMap((q) => ('answer' in q && q.answer === answer && 'accept' in q ? q.accept : []));
		expect(all.some((q) => 'answer' in q && /Geophysical|Los Angeles|bribery/.test(q.answer))).toBe(
			true
		);
		for (const q of all)
			if ('answer' in q && 'accept' in q && q.accept.length) {
				if (q.answer === 'Ecuador’s Geophysical Institute')
					expect(accepted(q.answer)).toContain('Geophysical Institute');
				if (q.answer === 'Los Angeles') expect(accepted(q.answer)).toContain('LA');
				if (q.answer === 'bribery, fraud and extortion')
					expect(accepted(q.answer)).toContain('extortion, fraud and bribery');
			}
	});
});

describe('what the article itself gives', () => {
	it('"the top two finishers, Eric Jackson and Paul Perez" counts itself', () => {
		for (const q of raw(
			'Mayor runoff',
			'Since none of the six candidates received a majority, there will be a runoff June 10 between the top two finishers, Eric Jackson and Paul Perez.'
		))
			if ('answer' in q) expect(q.answer).not.toBe('two finishers');
	});

	it('"America" is not asked in an article about the US', () => {
		for (const q of raw(
			'US House passes bill against travel bans',
			'The US House of Representatives has passed a bill that will restrict the US President’s power to impose travel bans.\n\n' +
				'The development came in response to the ban imposed by the former US President, Donald Trump, that had barred travelers from entering America.\n\n' +
				'The bill now has to be passed in the US Senate to become a law.'
		))
			if ('answer' in q) expect(q.answer).not.toBe('America');
	});

	it('"Another person died elsewhere" is not asked', () => {
		for (const p of prompts(
			'Earthquake hits Ecuador',
			'A strong earthquake killed at least 14 people in southern Ecuador on Saturday. Another person died elsewhere in Cuenca.'
		))
			expect(p).not.toMatch(/^Another person/);
	});
});

// Generator 2.32.0: what blind readers found wrong in ten more articles (after their figure).

describe('more that the article or the headline gives away', () => {
	it('never asks an amount in another currency in brackets', () => {
		for (const q of raw(
			'Bank shamed instead of fined',
			'Usually, the breach of financial rules would carry a £120m (€169.4m, $186m) fine, the regulator said on Tuesday.'
		))
			if ('answer' in q) expect(q.answer).not.toMatch(/€169\.4m|\$186m/);
	});

	it('never changes a count the headline gives in digits', () => {
		for (const q of raw(
			'Search continues for 7 missing in ferry sinking',
			'Rescue teams failed to find on Saturday any of the seven people listed missing after the ferry sank off Burias Island. The coast guard said 56 passengers were rescued.'
		))
			expect(q.prompt).not.toMatch(/\b(?:six|eight|nine) people listed missing/);
	});

	it('never asks the date that names an event, nor a word inside "Bridging the Borders"', () => {
		for (const q of raw(
			'Ash cloud grounds flights',
			'An ash cloud from a volcano caused the biggest flight disruption since the Sept. 11, 2001, terrorist attacks on Thursday. Winner of the Bridging the Borders award was Kieron Walsh’s “Jump”. France shut down 24 airports, including the main hub in Paris, on Thursday evening.'
		))
			if ('answer' in q) expect(q.answer).not.toMatch(/Sept\. 11|^Borders$/);
	});

	it('asks no bare "Who is the chief executive?"', () => {
		for (const p of prompts(
			'Hospital bosses go',
			'Ruth Harrison, the chief executive, resigned last week after a damning report into two outbreaks at the hospital.'
		))
			expect(p).not.toMatch(/is the chief executive|Who is the chief executive/);
	});
});

describe('names, bodies and verbs', () => {
	it('"Stoke Mandeville Hospital" and "Cinema Without Borders" are no people; "Briton Heather Watson" is Heather Watson; "Luigi Di Maio" is "Di Maio"', () => {
		const body =
			'A report into two outbreaks at Stoke Mandeville Hospital criticised managers. The trust runs Stoke Mandeville and two other hospitals.\n\n' +
			'Jamie Murray beat Briton Heather Watson in the final. Cinema Without Borders gave its award to Paolo Taviani.\n\n' +
			'Matteo Salvini and Luigi Di Maio formed the coalition. Di Maio said it was over.';
		const found = collectPeople(segment(body).sentences.map((s) => s.text));
		const names = found.map((p) => p.name);
		expect(names).not.toContain('Stoke Mandeville');
		expect(names.join('|')).not.toMatch(/Cinema|Briton/);
		expect(names).toContain('Heather Watson');
		expect(found.find((p) => p.name === 'Luigi Di Maio')?.surname).toBe('Di Maio');
	});

	it('"France shut down 24 airports" is asked in the past', () => {
		const all = prompts(
			'Ash cloud grounds flights',
			'France shut down 24 airports, including the main hub in Paris, on Thursday evening.'
		);
		for (const p of all) expect(p).not.toMatch(/does France shut/);
	});

	it('accepts "Schlesinger Award" for the John Schlesinger Award', () => {
		for (const q of raw(
			'Festival awards',
			'The John Schlesinger Award for a first-time documentary filmmaker went to “Stolen Seas,” directed by Thymaya Payne, on Sunday.'
		))
			if ('answer' in q && q.answer === 'John Schlesinger Award' && 'accept' in q)
				expect(q.accept).toContain('Schlesinger Award');
	});
});

describe('days of a span and days near publication', () => {
	const body =
		'A jury found Gerald Voss, the former chief executive of Ardent Telecom, guilty of 12 counts of fraud on Thursday.\n\n' +
		'Prosecutors want Voss to forfeit more than $40 million for trades he made between April 26 and May 29, 2001.\n\n' +
		'The investors will receive a premium on the share price on April 17, the company said.';
	const meta = { published: '2007-04-19' };

	it("gives a span's first day the year its last day has", () => {
		const sentences = segment(body).sentences;
		const dates = analyse(sentences, {
			people: collectPeople(sentences.map((s) => s.text)),
			published: meta.published
		})
			.flatMap((c) => c.mentions)
			.filter((m) => m.kind === 'date');
		expect(dates.find((m) => m.text === 'April 26')?.anchored?.iso).toBe('2001-04-26');
		expect(dates.find((m) => m.text === 'April 17')?.anchored?.iso).toBe('2007-04-17');
	});

	it('never moves one end of "counts 24 through 42" to make it false', () => {
		const all = prompts(
			'Telecom chief found guilty',
			'Prosecutor Ann Stricklin said the jurors knew that counts 24 through 42 would be very important to the case.'
		);
		expect(all.some((p) => /counts 24 through 42/.test(p))).toBe(true);
		for (const p of all)
			expect(p).not.toMatch(/counts (?!24)\d+ through 42|counts 24 through (?!42)\d+/);
	});

	it('never moves one end of a span to make it false', () => {
		const all = prompts('Telecom chief found guilty', body, meta);
		expect(all.some((p) => /between April 26 and May 29/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/between (?!April 26)\w+\.? \d+ and May 29/);
	});

	it("takes a day two days before publication as that year's, though the verb is future", () => {
		const q = raw('Telecom chief found guilty', body, meta).find((q) => q.answer === 'April 17');
		expect(q?.accept.join(' ')).not.toMatch(/2008/);
		expect(q?.accept).toContain('April 17, 2007');
	});
});

describe('denials that make no clear statement', () => {
	const body =
		'A cyclone struck the coast of Norland late on Saturday, forcing 200,000 people from their homes.\n\n' +
		'Initial indications suggested few people had died after the evacuation.\n\n' +
		'Initial indications were that the evacuation operation saved many lives.\n\n' +
		'Reporters described frightened children clinging to their mothers in shelters.\n\n' +
		'Engineers found that the sea wall had held along most of the coast.\n\n' +
		'Rescue teams searched the fishing villages of Varn and Osk for survivors on Sunday.';

	it('denies no opinion, no "were that …", no finding put as a clause, and nothing with "few"', () => {
		const all = prompts('Cyclone strikes Norland', body);
		const denials = all.filter((p) => /\bnot\b/.test(p));
		for (const p of denials)
			expect(p).not.toMatch(/not suggest|were not that|not describe|not find that|not found that/);
		// A plain action is still denied where nothing can be swapped in.
		expect(all.some((p) => /Rescue teams did not search/.test(p))).toBe(true);
	});
});

describe('who is a person', () => {
	it('reads Malaysian forms of address, Malay place names and names written only as where something happens as nobody', () => {
		const found = people(
			'Health Minister Datuk Seri Dr S. Subramaniam said the cases were detected in Kampung Pulau Tebu, Tunjong, Kota Bharu, Kelantan.\n\n' +
				'Leaders will join the Regional Summit on Friday in Da Lat, when Premier Hana Oduya arrives.'
		);
		expect(found).toContain('S. Subramaniam');
		expect(found).toContain('Hana Oduya');
		for (const name of found) expect(name).not.toMatch(/Datuk|Seri|Kota|Da Lat|Summit/);
	});

	it('"the Prize for Economic Sciences" and "the Nobel Prizes" name nobody', () => {
		const found = people(
			'The Academy has been awarding the Nobel Prizes this week, and the Prize for Economic Sciences on Monday, said Karin Lund.'
		);
		expect(found).toEqual(['Karin Lund']);
	});

	it('"Xuan Phuc" inside "Nguyen Xuan Phuc" is one person', () => {
		const found = people(
			'Prime Minister Nguyen Xuan Phuc met the Canadian leader in Hanoi. Xuan Phuc said trade would grow. Phuc also spoke of the region.'
		);
		expect(found).toEqual(['Nguyen Xuan Phuc']);
	});

	it('"Railway Board Chairman A K Mittal said" names A K Mittal, initials with no full stops', () => {
		const found = people(
			'The line was restored by noon, Railway Board Chairman A K Mittal said. The inquiry began on Sunday, Divisional Manager K Madhusudhan said.'
		);
		expect(found).toContain('A K Mittal');
		expect(found).toContain('K Madhusudhan');
		for (const name of found) expect(name).not.toMatch(/Railway|Divisional/);
	});
});

describe('options in a contest', () => {
	const body =
		'Andy Murray beat Novak Djokovic 6-3, 6-3 in the final of the Varn Open on Sunday.\n\n' +
		'Djokovic had to fight fatigue after wins over Rafael Nadal and Kei Nishikori.\n\n' +
		'Stan Wawrinka and Dominic Thiem lost in the quarter-finals, and Lucas Pouille reached his first semi-final.\n\n' +
		'Djokovic, who beat Nishikori 2-6, 6-4, 7-6 in the semi-final, was not at his best.\n\n' +
		'In the women’s final Serena Williams beat Madison Keys 7-6, 6-3, her first title of the season.\n\n' +
		'Williams said she was happy with her serve.';

	it('offers no woman among the men a man beat, and only scores a set can end with', () => {
		const all = considered('Murray and Williams win at Varn', body).filter(allowed);
		const men = all.filter((q) =>
			/wins over _____|wins over Rafael Nadal and _____/.test(q.prompt)
		);
		expect(men.some((q) => q.options)).toBe(true);
		for (const q of men)
			for (const o of q.options ?? []) expect(o).not.toMatch(/Serena|Madison|Keys|Williams/);
		const sets = all.filter((q) => /2-6, _____, 7-6/.test(q.prompt) && q.options);
		expect(sets.length).toBeGreaterThan(0);
		for (const q of sets)
			for (const o of q.options!)
				expect(['6-0', '6-1', '6-2', '6-3', '6-4', '7-5', '7-6']).toContain(o);
	});
});

describe('an aside after a preposition', () => {
	it('"his first visit to Norland, which will include a trip to Osk" is never Norland’s', () => {
		const body =
			'Prime Minister Karl Haber arrived in Varn on Wednesday for his first official visit to Norland, which will include a trip to Osk on Thursday.\n\n' +
			'Haber and his host signed a trade agreement worth $2 billion.';
		const all = prompts('Haber visits Norland', body);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) expect(p).not.toMatch(/Norland will (?:not )?include/);
	});

	it('still reads an aside about a name no preposition governs: "praised Taiwan, which has faced …"', () => {
		const body =
			'Defence officials in Varn praised Taiwan, which has faced growing pressure from its neighbour since 2016.';
		const all = prompts('Taiwan to buy jets', body);
		expect(all.some((p) => /Taiwan has faced growing pressure|_____ has faced/.test(p))).toBe(true);
	});
});

describe('amounts beside a conversion, and counts after "Another"', () => {
	const body =
		'The cyclone struck the coast of Norland late on Saturday, forcing 200,000 people from their homes.\n\n' +
		'The vast weather system generated winds of up to 135mph (220km/h) and forced huge waves far inland.\n\n' +
		'Another two people died as the storm pressed inland, officials said.';

	it('asks "up to 135mph" though its conversion stands in brackets beside it, and never the conversion', () => {
		const all = prompts('Cyclone strikes Norland', body);
		expect(all.some((p) => /winds of _____/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/\(_____\)/);
	});

	it('asks the count after a capitalised "Another", never offering "another one person"', () => {
		const all = considered('Cyclone strikes Norland', body).filter(allowed);
		const gaps = all.filter((q) => /Another _____|another _____/.test(q.prompt));
		expect(gaps.length).toBeGreaterThan(0);
		for (const q of gaps) for (const o of q.options ?? []) expect(o).not.toMatch(/^one\b/);
	});
});

describe('the product an article opens by unveiling', () => {
	it('is the "it" of the sentences after, even after a lead ("At 140 mm long, it has …")', () => {
		const body =
			'Norvik unveiled on Tuesday its new tablet, the Slate X2, which boasts a folding screen.\n\n' +
			'The hotly anticipated new device is lighter than the first model, the company said.\n\n' +
			'At 140 mm long and 70 mm wide, it has a bigger screen than any rival.\n\n' +
			'It also has a 12 megapixel camera and will go on sale in 40 countries in May.';
		const all = prompts('Norvik unveils Slate X2', body);
		expect(all.some((p) => /the Slate X2 has a bigger screen|The Slate X2 also has/.test(p))).toBe(
			true
		);
		for (const p of all) expect(p).not.toMatch(/the hotly has|^It also has|, it has/);
	});
});

describe('a link to the sentence before', () => {
	it('"Earlier, Serena Williams ended …" is asked without its link, not refused', () => {
		const body =
			'Andy Murray won the Varn Open title on Sunday.\n\n' +
			'Earlier, Serena Williams ended a nine-month title drought with a 7-6, 6-3 win over Madison Keys in the women’s final.';
		const all = prompts('Murray wins at Varn', body);
		expect(
			all.some((p) => /^Fill in the gap: Serena Williams ended a _____ title drought/.test(p))
		).toBe(true);
		for (const p of all) expect(p).not.toMatch(/Earlier,/);
	});
});

describe('the two ends of a span of ages', () => {
	it('"13 men aged between 24 and 59 were held" is one claim: 59 is no count of the held', () => {
		const all = prompts(
			'Police raid eight cities',
			'The National Crime Agency said 13 men aged between 24 and 59 were held today in Varn, Osk and Lindal.'
		);
		expect(all.some((p) => /_____ aged between 24 and 59 were held/.test(p))).toBe(true);
		for (const p of all)
			expect(p).not.toMatch(
				/, 59 were held|how many were held|aged between 24\?|aged between 24\.$/i
			);
	});
});

describe('a first name set in capitals to open the article', () => {
	it('"ELEANOR Catton has become …" is Eleanor Catton, and her "she" later is hers', () => {
		const body =
			'ELEANOR Catton has become the youngest ever winner of the Varn Prize for her novel The Wheel.\n\n' +
			'The first winner from her country was Keri Hulme in 1985.\n\n' +
			'Catton’s own debut novel was shortlisted for the Osk Award.\n\n' +
			'She began writing The Wheel at the age of 25.';
		expect(people(unshout(body))).toContain('Eleanor Catton');
		const all = prompts('Catton wins the Varn Prize', body);
		expect(all.some((p) => /Eleanor Catton began writing The Wheel/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/ELEANOR|Keri Hulme began/);
	});

	it('leaves an acronym opening the article as it is', () => {
		expect(unshout('NASA Administrator Bill Nelson said the launch went well.')).toMatch(
			/^NASA Administrator/
		);
	});
});

describe('a toll, who gave it, and the counts after it', () => {
	const body =
		'Rescue workers dug 22 bodies from the collapsed building in Varn on Friday.\n\n' +
		'The death toll could reach 30, said D.J. Kulkarni, Varn’s chief fire officer and head of the rescue operation.\n\n' +
		'Ten people were hospitalized; eight others were treated and released.';

	it('"…, said D.J. Kulkarni, Varn’s chief fire officer" names the speaker, not the claim', () => {
		const all = prompts('Death toll in Varn collapse rises to 22', body);
		expect(
			all.some((p) => /According to D\.J\. Kulkarni, the death toll could reach/.test(p))
		).toBe(true);
		for (const p of all) expect(p).not.toMatch(/According to the death toll/);
	});

	it('asks each side of a semicolon on its own, and no "eight others"', () => {
		const all = prompts('Death toll in Varn collapse rises to 22', body);
		expect(all.some((p) => /^How many people were hospitalized\?$/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/hospitalized eight|^Eight others|^\d+ others/);
	});
});

describe('what a company said it would do, and why', () => {
	it('"Ardent Motors on Monday said it would cut …" is "Ardent Motors would cut …", without the day', () => {
		const all = prompts(
			'Ardent Motors to cut jobs',
			'Ardent Motors (AM) on Monday said it would cut 15 per cent of its salaried workers and close three plants in Norland next year.'
		);
		expect(all.some((p) => /Ardent Motors (?:\(AM\) )?would cut/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/on Monday would/);
	});

	it('keeps a reason given as a clause before the claim: "As demand shifts …, carmakers have …"', () => {
		const all = prompts(
			'Ardent Motors to cut jobs',
			'Ardent Motors said it would close three plants in Norland next year.\n\n' +
				'As consumers’ demand shifts from traditional passenger cars, carmakers have also devised means of meeting demand.'
		);
		for (const p of all) expect(p).not.toMatch(/^Carmakers have also devised/);
	});
});

describe('what a jury found, and what happened as something else did', () => {
	const body =
		'Norvik must pay Ardent $1.05 billion for infringing its patents, a Varn District Court jury decided on Friday.\n\n' +
		'In most instances the jury found products of the Korean company and two of its subsidiaries infringed Ardent’s patents.\n\n' +
		'Karl Steel, a vice president of Norvik, was sitting in court to hear the verdict.\n\n' +
		'He ignored a reporter’s request for comment as the court went into recess and left the courtroom.';

	it('never splits or turns around what was found ("were found by in most instances the jury")', () => {
		for (const p of prompts('Jury decides for Ardent', body)) {
			expect(p).not.toMatch(/were found by|^Ardent’s patents were infringed by two/);
			expect(p).not.toMatch(/^Two of its subsidiaries infringed/);
		}
	});

	it('gives "left the courtroom" to the one who ignored the request, not to the court', () => {
		for (const p of prompts('Jury decides for Ardent', body))
			expect(p).not.toMatch(/[Tt]he court went into recess and (?:did not )?left/);
	});
});

describe('names in the forms reporters write them', () => {
	it('"said CDC Director Dr. Tom Frieden" names Tom Frieden, whose "he" follows', () => {
		const body =
			'“It is a major threat,” said Dr. Arjun Srinivasan, an expert at the agency.\n\n' +
			'“We have a limited window,” said CDC Director Dr. Tom Frieden. At a press conference Tuesday, he said he was “sounding an alarm.”';
		expect(people(body)).toEqual(['Arjun Srinivasan', 'Tom Frieden']);
		const all = considered('Superbugs on the rise', body).filter(allowed);
		for (const q of all)
			if (/sounding an alarm/.test(q.prompt)) expect(q.answer).not.toMatch(/Srinivasan/);
	});

	it('"Ollie Schniderjans" and "Ollie Schniederjans" are one person; "Janata Dal" is a party', () => {
		expect(
			people(
				'Stenson won by a stroke over Ollie Schniderjans. Ollie Schniederjans shot a 64 in the final round, and Schniederjans said he was proud.'
			)
		).toEqual(['Ollie Schniderjans']);
		expect(
			people('Rajya Sabha member Ashok Rao and Janata Dal (United) leader Ravi Singh took oath.')
		).not.toContain('Janata Dal');
	});
});

describe('a round of golf', () => {
	it('never changes or offers the strokes written after a score to par ("a 6-under-par 64")', () => {
		const body =
			'Henrik Stenson closed with a 6-under-par 64 for a one-stroke victory over Ollie Hale at the Varn Open.\n\n' +
			'The Swede finished at 22-under 258 at Osk Country Club, breaking the course record set by Carl Lund in 2008.';
		const all = considered('Stenson wins at Varn', body).filter(allowed);
		for (const q of all) {
			expect(q.prompt).not.toMatch(/6-under-par (?!64\b)\d+|22-under (?!258\b)\d+/);
			if (/6-under-par _____|22-under _____/.test(q.prompt)) expect(q.options).toBeUndefined();
		}
		expect(all.some((q) => /6-under-par _____/.test(q.prompt))).toBe(true);
	});
});

describe('bodies and places named two ways', () => {
	const body =
		'The researchers were on board the Sea Shepherd Conservation Society boat Martin Sheen when they saw three whales north of Mexico’s San Benito Islands.\n\n' +
		'An unidentified acoustic signal, first detected off the coast of California and then again in 2018 north of the San Benito Islands, was thought to be from a known whale, Sea Shepherd said.\n\n' +
		'The spill originated inland, where the U.S. Environmental Protection Agency has jurisdiction, EPA coordinator Ann Rogow said.';

	it('accepts the shorter name the article gives a body ("Sea Shepherd", "EPA")', () => {
		const raw = generateBank(article('Scientists find a new whale', body)).report.raw;
		for (const q of raw) {
			if (q.answer === 'Sea Shepherd Conservation Society' && 'accept' in q)
				expect(q.accept).toContain('Sea Shepherd');
			if (/Environmental Protection Agency$/.test(q.answer) && 'accept' in q)
				expect(q.accept).toContain('EPA');
		}
	});

	it('never offers "Mexico’s San Benito Islands" as another place than "the San Benito Islands"', () => {
		for (const p of prompts('Scientists find a new whale', body))
			expect(p).not.toMatch(/the Mexico’s San Benito/);
		expect(people(body)).not.toContain('Martin Sheen');
	});
});

describe('a cabinet reshuffle: the whole, the link and the list', () => {
	const body =
		'As many as 43 leaders took oath as ministers in the revamped cabinet in Varn. Of them, 36 were new faces while seven were elevated.\n\n' +
		'On the other hand, 12 serving ministers, including health minister Harsh Vardhan, law minister Ravi Prasad and others were dropped.';

	it('"Of them" is the 43 leaders, and no option is more than 43', () => {
		const all = considered('Cabinet expanded: 43 ministers take oath', body).filter(allowed);
		const asked = all.filter((q) =>
			/^(?:Choose the words that fill the gap: )?Of the 43 leaders, (?:how many|_____)/.test(
				q.prompt
			)
		);
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) for (const o of q.options ?? []) expect(Number(o)).toBeLessThan(43);
	});

	it('asks who was dropped without "On the other hand" and never cuts the verb with the list', () => {
		const all = prompts('Cabinet expanded: 43 ministers take oath', body);
		expect(
			all.some(
				(p) =>
					/_____, including health minister Harsh Vardhan/.test(p) ||
					/including health minister _____/.test(p)
			)
		).toBe(true);
		for (const p of all) expect(p).not.toMatch(/On the other hand|ministers\.$|, _____\.$/);
	});
});

describe('a capsized ship, a trial and a festival', () => {
	it('turns no time or preposition read as an object, denies no participle, and counts both sides of "and"', () => {
		const body =
			'A commercial vessel capsized Tuesday several miles south of Port Osk, the coast guard said.\n\n' +
			'Six people were rescued and one body was found after the accident.\n\n' +
			'The capsized vessel has now been declared a major marine casualty.\n\n' +
			'Revenue eased past average forecasts, the company said.';
		const all = considered('Ship capsizes off Osk', body).filter(allowed);
		for (const q of all) {
			expect(q.prompt).not.toMatch(
				/Tuesday .* was capsized|were eased by|The did not|rescued and one body was found after the accident\?/
			);
			if (/rescued and _____ was found/.test(q.prompt)) expect(q.options).toBeUndefined();
		}
	});

	it('accepts 24 for "two dozen", never 2, and never asks the agency a claim is according to', () => {
		const body =
			'Prosecutors used more than two dozen witnesses during the nine-day trial of former mayor Ray Nagin, according to the AP.\n\n' +
			'“It is Shakespearean,” says political analyst Clancy Dubos, according to the AP.\n\n' +
			'The verdict ends a period that began with Hurricane Katrina in 2005, says Ed Chervenak, a professor.';
		const raw = generateBank(article('Nagin convicted', body)).report.raw;
		for (const q of raw) {
			if (/two dozen/.test(q.answer) && 'accept' in q) expect(q.accept).not.toContain('2');
			expect(q.prompt).not.toMatch(/according to the _____/);
			if ('options' in q && q.options) expect(q.options).not.toContain('Hurricane Katrina');
		}
		expect(people(body)).not.toContain('Hurricane Katrina');
	});

	it('gives "ahead of her" to nobody, and offers known women for "the sixth female director"', () => {
		const body =
			'French filmmaker Audrey Diwan has become the sixth female director to win the Varn Festival’s top prize.\n\n' +
			'Anne is a bright young student with a promising future ahead of her.\n\n' +
			'Actress Penelope Cruz, director Jane Campion and writer Annie Ernaux were honoured, as was actor Filippo Scotti.';
		for (const p of prompts('Diwan wins at Varn', body))
			expect(p).not.toMatch(/ahead of Audrey Diwan/);
		for (const q of considered('Diwan wins at Varn', body).filter(allowed))
			if (/female director/.test(q.prompt)) expect(q.options ?? []).not.toContain('Filippo Scotti');
	});

	it('denies nothing that goes on with "but": "will remain free on bond but is facing"', () => {
		for (const p of prompts(
			'Ex-mayor convicted of accepting bribes',
			'Former New Orleans mayor Ray Nagin was convicted on Wednesday of bribery.\n\nAccording to the AP, Nagin will remain free on bond awaiting his sentencing but is facing a long prison term for some of the charges.'
		))
			expect(p).not.toMatch(/will not remain free/);
	});
});

describe('a mayoral race: an apposition of several items, and idioms in quotations', () => {
	const body =
		'Official returns show Yemi Mobolade, a West African immigrant, entrepreneur and political newcomer, had about 29.8% of the vote in Varn.\n\n' +
		'“Our city is hungry for a new kind of leadership and we are already hard at work,” Mobolade said on Thursday.\n\n' +
		'“The result is pivoting the campaign in the right direction,” said analyst Todd Lowe.';

	it('cuts the whole apposition or none of it', () => {
		for (const p of prompts('Mobolade leads in Varn', body))
			expect(p).not.toMatch(/Mobolade entrepreneur|, entrepreneur and political newcomer, had/);
	});

	it('never gaps the end of an idiom ("hard at _____", "in _____")', () => {
		for (const p of prompts('Mobolade leads in Varn', body))
			expect(p).not.toMatch(/hard at _____|pivoting the campaign in _____/);
	});
});

describe('the short form of a programme or a law', () => {
	it('accepts "TARP" and "ESA" where the article writes them', () => {
		const body =
			'A jury in Varn convicted trader Jesse Lund of securities fraud, Troubled Asset Relief Program fraud and making false statements.\n\n' +
			'Prosecutors said Lund was the first person convicted of fraud under TARP.\n\n' +
			'A new analysis of the Endangered Species Act by scientists points to troubles in how agencies allocate funds, and the ESA was passed in 1973.';
		const raw = generateBank(article('Trader convicted of bailout fraud', body)).report.raw;
		const tarp = raw.find((q) => q.answer === 'Troubled Asset Relief Program');
		const esa = raw.find((q) => q.answer === 'Endangered Species Act');
		expect(tarp ?? esa).toBeDefined();
		if (tarp && 'accept' in tarp) expect(tarp.accept).toContain('TARP');
		if (esa && 'accept' in esa) expect(esa.accept).toContain('ESA');
	});
});

describe('a title after a country', () => {
	it('"U.S. Attorney" names nobody; the attorney after it is the person', () => {
		const found = people(
			'“This verdict sends a message,” said U.S. Attorney Deirdre Daly. U.S. Attorney Daly said the trader would be sentenced in June, and lawyer Patrick Smith said he would appeal.'
		);
		expect(found).toContain('Deirdre Daly');
		expect(found).not.toContain('U.S. Attorney');
	});
});

describe('generator 2.36.0: labels, one study, who "they" are, clauses after "but"', () => {
	it('reads "phase 1 trials" and "a Category 4 storm" as labels, never as counts', () => {
		const body =
			'The phase 1 trials of the Varn vaccine were conducted in Tellburg with 108 volunteers.\n\n' +
			'A Category 4 storm hit the coast of Varn on Monday, and 12 people were hurt.';
		const asked = considered('Varn vaccine trial', body).filter(allowed);
		expect(asked.some((q) => /\b(?:108 volunteers|12 people)\b/.test(q.answer))).toBe(true);
		for (const q of asked) {
			expect(q.answer).not.toMatch(/^(?:1 trials|4 storm|1|4)$/);
			expect(q.prompt).not.toMatch(/phase _____|Category _____|phase [2-9] trials/);
		}
	});

	it('asks about "the study" when the article tells of one study only', () => {
		const one =
			'A vaccine made by Varn Biologics appeared safe in early trials, a study showed.\n\n' +
			'The study includes 108 participants aged between 18 and 60 years.';
		expect(
			prompts('Varn vaccine looks safe', one).some((p) => /^.*The study includes/.test(p))
		).toBe(true);
		const two =
			'A vaccine made by Varn Biologics appeared safe in early trials, a study showed.\n\n' +
			'Another study found no benefit.\n\n' +
			'The study includes 108 participants aged between 18 and 60 years.\n\n' +
			'Varn Biologics was founded in Tellburg in 2009 by Anna Kirov.';
		expect(prompts('Varn vaccine looks safe', two).some((p) => /The study includes/.test(p))).toBe(
			false
		);
	});

	it('lowers "The" after "According to …": a determiner opens no name', () => {
		const body =
			'The potential VARN-19 vaccine appeared safe and triggered an immune response in 108 healthy adults in the early trials, the study published in the journal Varn Medicine said.\n\n' +
			'Varn Biologics was founded in Tellburg in 2009 by Anna Kirov.';
		expect(nameRoleName('The potential VARN-19 vaccine')).toBe(false);
		expect(nameRoleName('Facebook owner Meta')).toBe(true);
		const asked = prompts('Vaccine trial results', body).filter((p) => /^According to/.test(p));
		expect(asked.length).toBeGreaterThan(0);
		for (const p of asked) expect(p).not.toMatch(/According to [^,]+, The /);
	});

	it('reads "They also expect" after "MTA officials project" as the officials', () => {
		const claims = claimsOf(
			'MTA officials project that the new stations will reduce travel time by 10 minutes.\n\nThey also expect ridership on the old line to fall by 13 percent.'
		);
		expect(claims.at(-1)!.text).toMatch(/^MTA officials also expect/);
	});

	it('ends a question before "but" and a clause of its own', () => {
		const asked = prompts(
			'Train derails in Varn',
			'Eight coaches of a train derailed near Tellburg on Saturday.\n\nAccording to unofficial reports, fifteen passengers were injured but railway officials released a list of thirteen names.'
		);
		expect(asked).toContain('According to unofficial reports, how many passengers were injured?');
		for (const p of asked) expect(p).not.toMatch(/how many passengers were injured but/i);
	});

	it('offers memory sizes in powers of two when the unit is written out', () => {
		const body =
			'The Varn Note 9 boosts memory capacity, with options for 128 or 512 gigabytes of memory.\n\nIt goes on sale on August 24 for $1,000.';
		const sizes = considered('Varn unveils Note 9', body)
			.filter(allowed)
			.filter((q) => /options for (?:_____|\d+) or/.test(q.prompt) && q.options);
		expect(sizes.length).toBeGreaterThan(0);
		for (const q of sizes)
			for (const o of q.options!)
				expect([16, 32, 64, 128, 256, 512, 1024, 2048]).toContain(Number(o.replace(/\D/g, '')));
	});

	it('keeps a dateline in capitals when an agency in brackets follows it', () => {
		expect(unshout('NEW YORK (CBSNewYork) — Commuters rode the new line.')).toBe(
			'NEW YORK (CBSNewYork) — Commuters rode the new line.'
		);
	});

	it('asks "Who …?" of no name that opens a list, nor "How many votes did … vote?"', () => {
		const body =
			'The Opposition mustered 102 votes in Varn.\n\nOpposition brought in Singh, JMM’s Shibu Soren and JD’s Bashish Singh Narain for the voting, signalling its seriousness.\n\nFormer Prime Minister Manmohan Singh was wheeled in.\n\n' +
			'Government voted 130 votes against the motion, and the Opposition scored 102 votes.';
		const asked = prompts('Opposition loses vote in Varn', body);
		expect(asked.length).toBeGreaterThan(0);
		for (const p of asked) {
			expect(p).not.toMatch(/^Who did (?:the )?opposition bring in/i);
			expect(p).not.toMatch(/How many votes did (?:the )?government vote/i);
		}
	});
});

describe('generator 2.36.0: openers, bodies before their short forms, "deputies say"', () => {
	it('asks a sentence that opens with "Then," as its own claim', () => {
		const body =
			'The singer Anna Varn unveiled a world tour of 34 dates on Wednesday.\n\n' +
			'Then, Varn will cross the pond for a final set of European stops in February, starting in Birmingham before closing out in Milan on March 5.';
		const asked = prompts('Varn announces tour', body).filter((p) => /cross the pond/.test(p));
		expect(asked.length).toBeGreaterThan(0);
		for (const p of asked) expect(p).not.toMatch(/Then,/);
	});

	it('reads "her" in an opening phrase as the name after its comma', () => {
		const body =
			'The singer Anna Varn unveiled a world tour of 34 dates on Wednesday.\n\n' +
			'To celebrate her forthcoming tour, Varn put out a video that shows her walking around New York City in armour.';
		expect(prompts('Varn announces tour', body).some((p) => /To celebrate her/.test(p))).toBe(true);
	});

	it('takes the words a short form in brackets spells for a body, never a person, and asks it', () => {
		const body =
			'Eight coaches of a train derailed near Tellburg on Saturday, injuring 13 people.\n\n' +
			'Investigation has been transferred to UP Anti Terrorism Squad (ATS).';
		expect(people(body)).not.toContain('Terrorism Squad');
		const q = raw('Train derails near Tellburg', body).find(
			(x) => x.answer === 'UP Anti Terrorism Squad'
		);
		expect(q).toBeDefined();
		if (q && 'accept' in q)
			expect(q.accept).toEqual(expect.arrayContaining(['ATS', 'Anti Terrorism Squad']));
		expect(q!.prompt).not.toMatch(/\(ATS\)/);
	});

	it('accepts "NDRF" for "NDRF teams"', () => {
		const body =
			'Eight coaches of a train derailed near Tellburg on Saturday, injuring 13 people.\n\n' +
			'The state government has deployed NDRF teams to the accident site.';
		const q = raw('Train derails near Tellburg', body).find((x) => x.answer === 'NDRF teams');
		expect(q).toBeDefined();
		if (q && 'accept' in q) expect(q.accept).toContain('NDRF');
	});

	it('reads "deputies say" before a clause as who said it, a time before them kept', () => {
		const claims = claimsOf(
			'James Nickerson, 22, led deputies on a chase through Varn County on Friday.\n\nA short time later, deputies say Nickerson stopped the vehicle on the side of the interstate and surrendered.'
		);
		const last = claims.at(-1)!;
		expect(last.source).toBe('deputies');
		expect(last.text).toMatch(/^A short time later, Nickerson stopped the vehicle/);
	});
});

describe('generator 2.36.0: the event turned round', () => {
	const falses = (title: string, body: string) =>
		considered(title, body)
			.filter(allowed)
			.filter((q) => q.answer === 'False')
			.map((q) => q.prompt);

	it('says "rose" for "dropped" where nothing else in the sentence gives the direction', () => {
		const body =
			'The Varn arts festival drew 350,000 visitors over the Labor Day weekend.\n\n' +
			'Attendance at the Tellburg gallery dropped sharply last year.';
		expect(falses('Varn festival ends', body)).toContain(
			'Attendance at the Tellburg gallery rose sharply last year.'
		);
	});

	it('turns nothing round that the sentence explains, nor the headline’s own event', () => {
		const body =
			'The Varn arts festival drew 350,000 visitors over the Labor Day weekend.\n\n' +
			'Attendance at the Tellburg gallery dropped sharply last year as the roof was repaired.\n\n' +
			'Ticket sales at the Varn museum rose in March.';
		const made = falses('Ticket sales rise at Varn museum', body);
		for (const p of made) {
			expect(p).not.toMatch(/gallery rose/);
			expect(p).not.toMatch(/museum fell/);
		}
	});

	it('never reads an idiom as an event: "opened fire" stays', () => {
		const body =
			'A gunman opened fire on a crowded bus in Tellburg on Monday, police said.\n\n' +
			'Three passengers were hurt.';
		for (const p of falses('Bus attack in Tellburg', body)) expect(p).not.toMatch(/closed fire/);
	});
});

describe('generator 2.36.0: a quotation’s own figures, a true statement without its time', () => {
	it('asks a figure a speaker gives as a gap in the quotation', () => {
		const body =
			'A ferry capsized on the Varn river near Tellburg on Monday.\n\n' +
			'“We rescued 45 people from the river in 20 minutes,” fire chief Anna Kirov said.\n\n' +
			'Two passengers are still missing, police said.';
		const asked = prompts('Ferry capsizes near Tellburg', body);
		expect(asked).toContain(
			'Fill in the gap: “We rescued _____ people from the river in 20 minutes,” fire chief Anna Kirov said.'
		);
	});

	it('states a claim as true without the time that ends it, and says so by a shorter sentence', () => {
		const body =
			'Teachers in Varn ended a two-week strike over pay.\n\n' +
			'A tentative salary contract deal was reached with Tellburg Unified School District officials Friday evening.\n\n' +
			'The union will vote on the deal at a meeting in the Tellburg civic hall.';
		const trues = considered('Varn teachers return to class', body)
			.filter(allowed)
			.filter((q) => q.answer === 'True')
			.map((q) => q.prompt);
		expect(trues).toContain(
			'A tentative salary contract deal was reached with Tellburg Unified School District officials.'
		);
	});
});

describe('generator 2.36.0: what the second reading of the working set found', () => {
	it('reads "I-85" as a road, not the first person', () => {
		const body =
			'James Nickerson, 22, led deputies on a chase through Varn County on Friday.\n\n' +
			'The stop sticks disabled one tire and the vehicle continued south on I-85 for 12 miles.';
		expect(prompts('Man arrested after chase', body).some((p) => /I-85/.test(p))).toBe(true);
	});

	it('reads "their" in an opening phrase as the plural right after its comma', () => {
		const body =
			'Teachers in Varn ended a two-week strike over pay.\n\n' +
			'After striking for the first time in their school district’s history, Tellburg teachers are expected to return to classrooms on Monday.';
		expect(prompts('Varn strike ends', body).some((p) => /in their school district/.test(p))).toBe(
			true
		);
	});

	it('never reads a plural subject before it as "it"', () => {
		const claims = claimsOf(
			'Commuters are getting to test out the new Varn subway line this week.\n\nIt took nearly 100 years from conception to completion.'
		);
		expect(claims.at(-1)!.text).not.toMatch(/^Commuters took/);
	});

	it('accepts no kind of place alone ("Boulevard"), and the name without it', () => {
		const body =
			'Deputies were searching for a stolen car near Faith Road and Jake Alexander Boulevard in Tellburg on Friday.\n\n' +
			'The driver, James Nickerson, was arrested after a chase of 12 miles.';
		for (const q of raw('Man arrested after chase', body))
			if ('accept' in q && q.accept) expect(q.accept).not.toContain('Boulevard');
	});

	it('writes a number word opening the subject in lower case inside a question', () => {
		const body =
			'The new Varn subway line opened on Sunday.\n\nThrough Jan. 8, service will run from 6 a.m. to 10 p.m.\n\nTwenty-four hour service starts on Jan. 9.';
		const asked = prompts('Varn subway opens', body).filter((p) => /hour service start\?/.test(p));
		expect(asked.length).toBeGreaterThan(0);
		for (const p of asked) expect(p).toMatch(/twenty-four hour service/);
	});

	it('asks no date the weekday beside it and another date give by the calendar', () => {
		const body =
			'The singer Anna Varn announced a world tour of 34 dates on Wednesday.\n\n' +
			'The artist pre-sale starts on Thursday, June 22, before the general on-sale begins on Monday, June 26, at 10 a.m.';
		for (const p of prompts('Varn announces tour', body))
			expect(p).not.toMatch(/Thursday, _____|Monday, _____/);
	});

	it('offers none of the article’s other cities where the sentence says "European"', () => {
		const body =
			'The tour will kick off on Sept. 27 in Austin, jumping around the country with dates in Brooklyn, Chicago and Nashville.\n\n' +
			'Varn will then play a final set of European stops, starting in Birmingham before closing out in Milan on March 5.';
		for (const q of considered('Varn announces tour', body).filter(allowed)) {
			if (/European stops/.test(q.prompt)) {
				for (const o of q.options ?? []) expect(o).not.toMatch(/Austin|Brooklyn|Chicago|Nashville/);
				expect(q.prompt).not.toMatch(/closing out in (?:Austin|Brooklyn|Chicago|Nashville)/);
			}
		}
	});
});

describe('generator 2.36.0: one person, a road, a question cut short', () => {
	it('asks nobody "who" in a story about the one person it names', () => {
		const body =
			'A man from Varn was arrested after a police chase through Tellburg County on Friday.\n\n' +
			'Deputies say James Nickerson nearly struck a patrol vehicle during his getaway.\n\n' +
			'A short time later, Nickerson stopped the vehicle on the side of the interstate and surrendered.\n\n' +
			'Nickerson was placed in the Tellburg County Detention Center under a $75,000 secured bond.';
		for (const q of considered('Man arrested after chase', body).filter(allowed))
			expect(q.answer).not.toMatch(/Nickerson/);
	});

	it('takes "Jake Alexander Boulevard" for a road, not a person', () => {
		expect(
			people(
				'Deputies were searching for a stolen car near Faith Road and Jake Alexander Boulevard, and James Nickerson was arrested.'
			)
		).toEqual(['James Nickerson']);
	});

	it('asks no question cut before the other end of "between"', () => {
		const body =
			'Teachers in Varn ended a two-week strike over pay.\n\n' +
			'Officials said the nearly 600 teachers will get a 4 percent total raise between the current 2018/19 school year, and the coming 2019-20 school year.';
		for (const p of prompts('Varn strike ends', body))
			expect(p).not.toMatch(/between the current 2018\/19 school year\?/);
	});

	it('asks nothing of "the drop" a company blamed, when the sentence does not say which', () => {
		const body =
			'Varn Electronics suffered a 22 percent drop in mobile sales in the second quarter.\n\n' +
			'The company blamed the drop in part on disappointing demand for the Galaxy S9.';
		for (const p of prompts('Varn unveils new phone', body))
			expect(p).not.toMatch(/blame\w* the drop/);
	});
});

describe('generator 2.36.0: what the third fresh set’s readers failed', () => {
	it('takes "Washington County, FL –" and "Washington, DC (CNN) —" for datelines', () => {
		expect(
			segment('Washington County, FL – A Varn man was arrested after a chase.').blocks[0]!.dateline
		).toBe('Washington County, FL');
		expect(
			segment('Washington, DC (CNN) — Home prices continued to climb in August.').blocks[0]!
				.dateline
		).toBe('Washington, DC');
	});

	it('keeps "So did Honda …" whole, and "GM, for example, saw" reads "GM saw"', () => {
		const claims = claimsOf(
			'General Motors, Ford and Chrysler all announced double-digit increases in sales for July.\n\nSo did Honda, Toyota and Nissan as the industry looks to its best year since 2007.\n\nGM, for example, saw sales of its trucks climb 46 percent from a year ago.'
		);
		expect(claims.some((c) => /^Did Honda/.test(c.text))).toBe(false);
		expect(claims.some((c) => /^GM saw sales/.test(c.text))).toBe(true);
	});

	it('keeps the capital of a name that opens a claim after "According to …"', () => {
		const asked = prompts(
			'Arts festival draws fewer visitors',
			'The Varn festival drew 385,000 visitors over the weekend.\n\nArts, Beats & Eats lost out on about 40,000 attendees Monday night due to storm warnings, producer Jonathan Witz said.'
		).filter((p) => /^According to/.test(p));
		expect(asked.length).toBeGreaterThan(0);
		for (const p of asked) expect(p).not.toMatch(/, arts, Beats/);
	});

	it('reads "a video posted by state media also showed" with "showed" as the verb', () => {
		for (const p of prompts(
			'Landslide buries village',
			'A landslide buried a village in Tellburg on Saturday, and 15 people were rescued.\n\nA video posted by state media also showed police and soldiers on the scene.'
		))
			expect(p).not.toMatch(/did not post/);
	});

	it('turns no time round into a passive: "the night before" was performed by nobody', () => {
		for (const p of prompts(
			'Festival draws crowds',
			'A record crowd of 8,000 attended the Varn concert on Saturday night.\n\nThe B-52s performed the night before for nearly as many, likely around 7,000, Witz said.'
		))
			expect(p).not.toMatch(/the night was performed/);
	});

	it('asks no "How many volunteers …?" of a count of volunteers, staff and contractors', () => {
		for (const p of prompts(
			'Festival returns to Tellburg',
			'Organizers estimate over 10,000 people attended the Tellburg festival.\n\nMillikan estimates about 50 volunteers, staff and contracted people were involved in this year’s festival.'
		))
			expect(p).not.toMatch(/How many volunteers/);
	});

	it('asks no count the regions listed after it give, nor the headline’s month', () => {
		const body =
			'Home prices continued to climb in August, even as home sales dropped.\n\n' +
			'The median price was $407,100 last month, up 3.9% from a year ago.\n\n' +
			'Prices rose in all four regions of the country, the Northeast, Midwest, South and the West, the NAR report found.';
		for (const p of prompts('Home prices climb in August', body)) {
			expect(p).not.toMatch(/all _____ regions|all (?:three|five|six) regions/);
			expect(p).not.toMatch(/sales dropped in _____|in _____, even as/);
		}
	});

	it('keeps an apposition that the words after it go on describing', () => {
		for (const p of prompts(
			'Rare sparrows hatch',
			'Four chicks of the rare Varn sparrow hatched at a conservancy in Tellburg.\n\nThe chicks hatched on May 9 and 10 and are making good progress, said Ken Warren, a spokesperson for the Fish and Wildlife Service, one of several organizations working to save the species.'
		))
			expect(p).not.toMatch(/Ken Warren one of several/);
	});

	it('states nothing as true that has no clause of its own', () => {
		for (const q of considered(
			'Festival draws crowds',
			'A record crowd of 8,000 attended the Varn concert on Saturday night.\n\nThis year organizers touted the festival’s biggest and most expensive music draw yet: alternative rock band 311.'
		).filter(allowed))
			expect(q.prompt).not.toMatch(/^Most expensive music draw/);
	});
});

describe('generator 2.36.1: what the readers of the last fresh set failed', () => {
	it('takes "PUTRAJAYA (Dec 12):" and "Washington DC, July 29 :" for datelines', () => {
		expect(
			segment('PUTRAJAYA (Dec 12): New ministers will be announced today.').blocks[0]!.dateline
		).toBe('PUTRAJAYA');
		expect(
			segment('Washington DC, July 29 : A major mouse study has revealed the role of genes.')
				.blocks[0]!.dateline
		).toBe('Washington DC');
	});

	it('cuts a clause of saying after a comma to the end, never only its aside', () => {
		for (const p of prompts(
			'Varn Mall welcoming HomeGoods',
			'HomeGoods will open its store in the Varn Mall in March, the company said.\n\nLocal shoppers have long lobbied for a HomeGoods, noting TJX, the parent company of HomeGoods, owns the neighboring Marshalls.'
		))
			expect(p).not.toMatch(/for a HomeGoods owns/);
	});

	it('takes no name said inside a quotation over several sentences for "the 31-year-old"', () => {
		const claims = claimsOf(
			'Barcelona on Monday signed Chile international Arturo Vidal from Bayern Munich.\n\n' +
				'“Winning everything. During the contract, I hope we can win everything.\n\n' +
				'I am excited to play with Messi, Suárez, Sergio Busquets… they are all great players.”\n\n' +
				'The 31-year-old will fill the void of the departing midfielder Paulinho.'
		);
		expect(claims.at(-1)!.text).not.toMatch(/^Sergio Busquets will fill/);
	});

	it('asks no "How many magnitude …?" and offers no magnitude of 10 or more', () => {
		for (const q of considered(
			'Japan rattled by strong quake',
			'A powerful earthquake struck near remote Japanese islands on Saturday.\n\nThe magnitude-8.5 offshore quake struck off the Varn islands at a depth of 370 miles, the agency said.'
		).filter(allowed)) {
			expect(q.prompt).not.toMatch(/How many magnitude/);
			for (const o of q.options ?? []) {
				const m = /magnitude-(\d+(?:\.\d)?)/.exec(o);
				if (m) expect(Number(m[1])).toBeLessThan(10);
			}
		}
	});

	it('reads "Bed, Bath & Beyond" as one name, asked whole or not at all', () => {
		for (const p of prompts(
			'Varn Mall welcoming HomeGoods',
			'HomeGoods will open its store in the Varn Mall in March.\n\nThe slot was previously home to Bed, Bath & Beyond, which closed two years ago.'
		))
			expect(p).not.toMatch(/Bed, _____|Bath & _____|_____ & Beyond/);
	});

	it('keeps "6 p.m. Feb. 14" in one sentence and asks no end of a span of days', () => {
		const body =
			'HomeGoods will open its store in the Varn Mall in March.\n\nHomeGoods will host job fairs between 11 a.m. and 6 p.m. Feb. 14 -19 and Feb. 21 – 26.';
		expect(segment(body).sentences.map((s) => s.text)).toContain(
			'HomeGoods will host job fairs between 11 a.m. and 6 p.m. Feb. 14 -19 and Feb. 21 – 26.'
		);
		for (const p of prompts('Varn Mall welcoming HomeGoods', body))
			expect(p).not.toMatch(/_____ -19|– _____/);
	});
});

describe('what each speaker said', () => {
	const body =
		'The Tarrow city council voted 7-2 on Tuesday to close the Mill Lane library in June.\n\n' +
		'“We cannot keep paying to heat a building that half the town never visits,” said council leader Maria Oduya.\n\n' +
		'Librarian Tom Feld said the closure would leave 4,000 members without a branch within walking distance.\n\n' +
		'Parent Gina Harrow said it was a mistake.\n\n' +
		'Councillor Ben Ashby said Ashby had voted against the plan twice.\n\n' +
		'Ruth Menon, who chairs the Friends of Mill Lane group, said campaigners would ask the courts to review the decision.';

	it('is one matching of statements to speakers, each statement standing alone and naming nobody who made it', () => {
		const said = raw('Tarrow votes to close library', body).filter(
			(q) => q.type === 'matching' && q.prompt.startsWith('Match each statement')
		);
		expect(said).toHaveLength(1);
		const pairs = said[0]!.type === 'matching' ? said[0]!.pairs : [];
		expect(pairs).toEqual([
			{
				left: '“We cannot keep paying to heat a building that half the town never visits”',
				right: 'Maria Oduya'
			},
			{
				left: 'The closure would leave 4,000 members without a branch within walking distance',
				right: 'Tom Feld'
			},
			{
				left: 'Campaigners would ask the courts to review the decision',
				right: 'Ruth Menon'
			}
		]);
	});

	it('is not asked of fewer than three speakers', () => {
		const two = body.split('\n\n').slice(0, 3).join('\n\n');
		expect(
			raw('Tarrow votes to close library', two).some(
				(q) => q.type === 'matching' && q.prompt.startsWith('Match each statement')
			)
		).toBe(false);
	});
});

describe('a verb after an adverb that compromise reads as an adjective', () => {
	it('still makes the sentence a claim: "Traynor tentatively scheduled Osgood’s sentencing"', () => {
		const body =
			'A jury in Dunmore found Paul Osgood guilty of arson on Tuesday after a three-day trial, prosecutor Ray Mathis said.\n\n' +
			"At the suggestion of Mathis, Judge Anne Traynor tentatively scheduled Osgood's sentencing for July 31, the same day as his brother Dale Osgood.";
		const asked = prompts('Dunmore man guilty of arson', body);
		expect(asked.some((p) => /tentatively scheduled/.test(p))).toBe(true);
	});
});

describe('a double family name whose last part reads as a place', () => {
	const body =
		'British Olympic champion Jessica Lowe-Hill has announced her retirement from athletics.\n\n' +
		'Lowe-Hill won heptathlon gold in 2012.\n\n' +
		"She won by 306 points ahead of Germany's Lilli Schwarzkopf.";

	it('is one person, written alone by the family name and referred to as "she"', () => {
		const found = people(body);
		expect(found).toContain('Jessica Lowe-Hill');
		const asked = prompts('Lowe-Hill retires', body);
		expect(asked.some((p) => /Jessica Lowe-Hill won by (?:_____|306 points)/.test(p))).toBe(true);
	});
});

describe('generator 2.37.1: what the set read while 2.37.0 was judged showed', () => {
	const allowedOf = (title: string, body: string) => considered(title, body).filter(allowed);

	it('cuts ", among other things," and keeps what the verb includes', () => {
		const body =
			'The budget adopted by the council on a 6-1 vote includes, among other things, a 3 percent pay raise for city workers and the hiring of 22 new police officers.';
		const asked = prompts('Council adopts budget', body);
		expect(asked.length).toBeGreaterThan(0);
		for (const p of asked) expect(p).not.toMatch(/includes\.$|includes,?\s*$/);
		expect(asked.some((p) => /vote includes a (?:_____|3 percent) pay raise/.test(p))).toBe(true);
	});

	it('never gaps what a rate is counted by: "50.29 cents per _____ of property valuation"', () => {
		const body =
			'The mayor voted against the property tax rate, which would increase to 50.29 cents per $100 of property valuation from 48.11 cents the prior year.';
		const asked = prompts('Tax rate rises', body);
		expect(asked.some((p) => /50\.29 cents|_____ per \$100/.test(p))).toBe(true);
		for (const p of asked) expect(p).not.toMatch(/per _____/);
	});

	it('makes no "one of the second MPs" of "one of the first MPs"', () => {
		const body =
			'Ms Clarke was one of the first MPs to be criticised in a scandal that has gone on for weeks, and she resigned from the cabinet on Tuesday.';
		for (const p of prompts('Minister resigns', body))
			expect(p).not.toMatch(/one of the (?:second|third|zeroth)/);
	});

	it('offers no figure of the article within 2 % of the key: "121,526" beside "more than 121,500"', () => {
		const body =
			'More than 121,500 patients have gone without a bed in hospitals across the country this year, the nurses’ union said.\n\n' +
			'Figures from the health service show 121,526 patients were admitted without a bed, against 103,297 last year and 98,450 the year before.';
		const choices = allowedOf('Hospital trolley numbers', body).filter(
			(q) => /121,5/.test(q.answer) && (q.options ?? []).length > 0
		);
		expect(choices.length).toBeGreaterThan(0);
		for (const q of choices)
			for (const o of q.options ?? []) if (o !== q.answer) expect(o).not.toMatch(/121,5\d\d/);
	});

	it('keeps a small letter on a common noun before "of": "where did parts of U.S. 49 flood?"', () => {
		const body =
			'Parts of U.S. 49 and Arkansas 86 flooded in Monroe County, emergency manager Yvette Smith said on Sunday.';
		const wh = prompts('Flash floods', body).filter((p) => /\?$/.test(p));
		for (const p of wh) expect(p).not.toMatch(/\bdid Parts\b/);
	});

	it('keeps the time a word like "starting" needs: "available for pre-orders starting Thursday"', () => {
		const body =
			'Samsung did not disclose the price of the phone, which will hit shops on September 15 but will be available for pre-orders starting Thursday.';
		for (const p of prompts('Samsung shows new phone', body)) expect(p).not.toMatch(/starting\.?$/);
	});

	it('gaps no figure away from the word that hedges it: "slightly _____"', () => {
		const body =
			'The area received between 6 and slightly more than 10 inches of rain in six hours, forecaster Chris Buonanno said.';
		for (const p of prompts('Flash floods', body)) expect(p).not.toMatch(/slightly _____/);
	});
});

describe('generator 2.37.1: what the readers of 2.37.0 failed', () => {
	const allowedOf = (title: string, body: string) => considered(title, body).filter(allowed);

	it('reads "in and around L’Aquila, snuggled in a valley" as one clause', () => {
		const texts = claimsOf(
			'The 6.3-magnitude earthquake buckled both ancient and modern buildings in and around L’Aquila, snuggled in a valley surrounded by the Apennines’ tallest peaks.'
		).map((c) => c.text);
		expect(texts).toHaveLength(1);
		expect(texts[0]).toMatch(/buildings in and around L’Aquila/);
	});

	it('reads "requested a net decrease … and a net increase …" as two objects of one verb', () => {
		const texts = claimsOf(
			"The county's general fund departments requested a net recommended decrease to expenditures of $39,095 and a net recommended increase to revenues $109,379."
		).map((c) => c.text);
		expect(texts).toHaveLength(1);
	});

	it('keeps a list an aside opened: "departments, which includes sheriff, probation and district attorney departments,"', () => {
		const body =
			'County Administrator Gabriel Hydrick presented the mid-year budget on Tuesday.\n\n' +
			'He said public safety departments, which includes sheriff, probation and district attorney departments, at mid-year requested a net increase of $339,606 to expenditure.';
		for (const p of prompts('Budget approved', body))
			expect(p).not.toMatch(
				/departments probation|departments, probation and district attorney departments at/
			);
	});

	it('asks nothing of "the population there"', () => {
		const body =
			'Oil spilled into the Santa Clara River near Piru on Monday.\n\nBiologist Reed Smith said the population there is estimated at 100 to 200 stickleback.';
		for (const p of prompts('Oil spill cleanup delayed', body))
			expect(p).not.toMatch(/population there/);
	});

	it('keeps "a 12- to 15-mile stretch" a range: no false "12- to 11-mile", no option below 12', () => {
		const body =
			'Berms built to contain the spill within a 12- to 15-mile stretch of the river held, state officials said on Tuesday.';
		const qs = allowedOf('Oil spill cleanup delayed', body);
		for (const q of qs) expect(q.prompt).not.toMatch(/12- to (?:[0-9]|1[0-2])-mile/);
		for (const q of qs.filter((x) => x.answer === '15-mile stretch'))
			for (const o of q.options ?? []) expect(Number(/^\d+/.exec(o)?.[0])).toBeGreaterThan(12);
	});

	it('reads "Twenty Orange County positions" as a number and a place, in small letters after "According to"', () => {
		const body =
			'AST Research Inc. will eliminate 120 jobs, the company said on Tuesday.\n\nTwenty Orange County positions that were vacated last month will not be filled, the company said.';
		const asked = prompts('Computer firm cuts jobs', body);
		for (const p of asked) expect(p).not.toMatch(/, Twenty Orange|_____ positions/);
	});

	it('offers charges of the same kind beside murder: never tax evasion or treason', () => {
		const body =
			'Marcus Freeman was charged with second-degree murder in connection with a shooting on Pullman Avenue, police said on Friday.';
		const qs = allowedOf('Man charged in shooting', body).filter(
			(q) => q.answer === 'second-degree murder'
		);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs)
			for (const o of q.options ?? [])
				expect(o).not.toMatch(
					/tax evasion|treason|espionage|fraud|bribery|insider trading|perjury/
				);
	});

	it('reads "Roland Garros" as a place, "AT&T Corp." as one company and "R&B" as none', () => {
		expect(
			people('Shapovalov lost to Nadal at Roland Garros last year, Ruud beat Federico Delbonis.')
		).not.toContain('Roland Garros');
		const ctx = { people: [], published, tense: 'past' as const };
		const found = findMentions(
			'Bell Atlantic joins AT&T Corp. in the market for R&B fans.',
			ctx
		).map((m) => `${m.kind}:${m.text}`);
		expect(found).toContain('organization:AT&T Corp.');
		expect(found.some((f) => f.includes('R&B'))).toBe(false);
	});

	it('gaps no one name of a long list of credits', () => {
		const body =
			'Victoria Monét won Best New Artist at the Grammy Awards in Los Angeles on Sunday.\n\n' +
			'Monét collected the award for Best Engineered Album alongside John Kercy, Kyle Mann, Todd Robinson and Colin Leonard on Sunday.';
		for (const p of prompts('Grammy winners', body))
			expect(p).not.toMatch(/alongside _____|Kercy, _____|Mann, _____|and _____ on/);
	});

	it('gaps no end of "three weeks to a month"', () => {
		const body =
			'“There have been rumors for the last three weeks to a month about layoffs,” said Lloyd Allsopp, a worker at the plant.';
		for (const p of prompts('Computer firm cuts jobs', body))
			expect(p).not.toMatch(/_____ to a month/);
	});
});

describe('the lead of a disaster report', () => {
	const body =
		'VARNHOLM, Norland (AP) — Rescue workers searched for students believed buried in a wrecked dormitory after Norland’s deadliest quake in nearly three decades struck this medieval city before dawn Monday, killing more than 150 people, injuring 1,500 and leaving tens of thousands homeless.\n\n' +
		'The 6.3-magnitude earthquake buckled both ancient and modern buildings in and around Varnholm, officials said.';

	it('reads "this medieval city" as the dateline’s place, written as the article writes it', () => {
		const asked = prompts('Rescuers seek quake survivors', body);
		expect(asked.some((t) => /struck Varnholm before dawn Monday/.test(t))).toBe(true);
		for (const t of asked) expect(t).not.toMatch(/this medieval city|VARNHOLM/);
	});

	it('tells what the quake did as a claim of its own: "… quake … killed more than 150 people"', () => {
		const texts = claimsOf(retype(body).text).map((c) => c.text);
		expect(texts).toContain(
			'Norland’s deadliest quake in nearly three decades killed more than 150 people, injured 1,500 and left tens of thousands homeless.'
		);
		const asked = prompts('Rescuers seek quake survivors', body);
		expect(
			asked.some((p) =>
				/How many people did Norland’s deadliest quake in nearly three decades kill\?/.test(p)
			)
		).toBe(true);
	});

	it('gives no participle to a thing that is no event: "the train derailed …, injuring 13" stays whole', () => {
		const texts = claimsOf(
			'Eight coaches of a train derailed near Tellburg on Saturday, injuring 13 people.'
		).map((c) => c.text);
		expect(texts).toEqual([
			'Eight coaches of a train derailed near Tellburg on Saturday, injuring 13 people.'
		]);
	});
});

describe('generator 2.38.1: places named like people, and days of another event', () => {
	it('reads "13-time Roland Garros champion" and "Mission Control, Houston" as no people', () => {
		const found = people(
			'Ruud will train with 13-time Roland Garros champion Rafael Nadal in Mallorca.\n\nThe shuttle could land before Mission Control, Houston, is shut down for the storm.'
		);
		expect(found).toEqual(['Rafael Nadal']);
	});

	it('asks no "On which day was undocking moved up …?" of the day of the landing it prepares for', () => {
		const body =
			'Space Shuttle Endeavour undocked from the International Space Station on Sunday, NASA said.\n\n' +
			'Undocking was moved up a day in preparation for a possible landing on Tuesday.';
		for (const p of prompts('Shuttle undocks', body))
			expect(p).not.toMatch(/^On which day was undocking moved up/);
	});

	it('gaps no state a named city lies in: "the Houston area in _____"', () => {
		const body =
			'The earlier landing is being considered in the event Hurricane Dean threatens the Houston area in Texas, flight director Ann Lee said on Sunday.';
		for (const p of prompts('Shuttle undocks', body))
			expect(p).not.toMatch(/Houston area in _____/);
	});
});

describe('generator 2.39.0: leads, asides and names of things', () => {
	it('reports what "The commission said Friday that …" says, with no "That" left at its head', () => {
		const texts = claimsOf(
			"Norland's electoral commission said Friday that President Anna Vik has won Monday's election."
		).map((c) => c.text);
		expect(texts).toContain("President Anna Vik has won Monday's election.");
		for (const t of texts) expect(t).not.toMatch(/^That\b/);
	});

	it('reads "Varn Research Inc. in Osk, buffeted by slowing sales, Tuesday reported …" as a clause', () => {
		const claims = claimsOf(
			'Varn Research Inc. in Osk, buffeted by slowing sales and a costly merger, Tuesday reported a loss of $12 million for its third quarter.'
		);
		const c = claims[0]!;
		expect(c.clause && c.text.slice(c.clause.verb.start, c.clause.verb.end)).toBe('reported');
		expect(c.clause && c.text.slice(c.clause.subject.start, c.clause.subject.end)).toBe(
			'Varn Research Inc. in Osk'
		);
	});

	it('takes the verb after a relative clause as the main one: "A storm that brought … has triggered …"', () => {
		const claims = claimsOf(
			'A storm that brought more than an inch of rain in an hour has triggered flash flooding in places hit by the fire.'
		);
		const c = claims[0]!;
		expect(c.clause && c.text.slice(c.clause.verb.start, c.clause.verb.end)).toBe('has triggered');
		expect(c.clause && c.text.slice(c.clause.subject.start, c.clause.subject.end)).toBe('A storm');
	});

	it('drops "(CNN) --" and "NEW YORK ( The Deal) --" from the first sentence', () => {
		const one = prompts(
			'Frog found',
			'(CNN) -- Scientists have discovered a frog with a long nose in a remote section of rainforest in Norland, officials said on Monday.' +
				'\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.'
		);
		const two = prompts(
			'Merger approved',
			'NEW YORK ( The Deal) -- Shareholders of Varn Airways Group on Friday approved the airline’s planned merger with Osk Air, keeping the deal on track.' +
				'\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.'
		);
		expect(one.length + two.length).toBeGreaterThan(0);
		for (const p of [...one, ...two]) expect(p).not.toMatch(/CNN|The Deal|^—|: —|NEW YORK/);
	});

	it('keeps the capitals of "U.S." after "According to"', () => {
		const all = prompts(
			'Governor sentenced',
			'U.S. District Judge Ada Lind said that the 400 letters sent on the governor’s behalf were moving, according to the Osk Post.'
		);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) expect(p).not.toMatch(/\bu\.S\./);
	});

	it('changes no golf strokes after "five-under-par" or "final-round"', () => {
		const qs = raw(
			'Lind wins the Osk Open',
			'Ada Lind carded a final-round 69 to finish at 15-under 273 at the Osk Open.\n\n' +
				'Bo Varn and Cy Holt each signed for a five-under-par 67 at Osk Hills Golf Club.'
		);
		for (const q of qs) {
			if (q.type === 'true_false' && q.answer === 'False')
				expect(q.prompt).not.toMatch(/final-round (?!69)\d+|five-under-par (?!67)\d+/);
			if (/final-round _____|five-under-par _____/.test(q.prompt)) expect(optionsOf(q)).toEqual([]);
		}
	});

	it('turns no "snapped a four-way tie for the lead" into the passive', () => {
		for (const p of prompts(
			'Lind wins the Osk Open',
			'The clutch putt by Ada Lind snapped a four-way tie for the lead at the Osk Open.' +
				'\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.'
		))
			expect(p).not.toMatch(/was snapped by/);
	});

	it('reads "report them to 911" as no count, but "from 152 to 112" still as one', () => {
		const all = prompts(
			'Floods in Osk',
			'In Osk, police warned of downed power lines and urged people to report them to 911 and not to drive over them.' +
				'\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.'
		);
		for (const p of all) expect(p).not.toMatch(/to _____ and|to (?!911)\d+ and/);
		expect(
			prompts(
				'Toll falls',
				'The number of deaths in Osk fell from 152 to 112 last year, officials said.'
			).some((p) => /to _____ last year/.test(p))
		).toBe(true);
	});

	it('reads "the Camp Fire" and the name inside "the John Llewellyn Rhys Prize" as nobody', () => {
		expect(
			people(
				'Evie Wyld won the John Llewellyn Rhys Prize for her first novel.\n\nThe John Llewellyn Rhys Prize is the second-oldest award in the UK.\n\nMany evacuees have stayed in Chico since the Camp Fire destroyed Paradise.'
			)
		).toEqual(['Evie Wyld']);
	});

	it('asks no "What did scientists discover?" of the first thing of a list', () => {
		for (const p of prompts(
			'New species found',
			'Scientists have found a frog with a long nose in the Osk Mountains of Norland.\n\nScientists also discovered the world’s smallest wallaby, a pair of new pigeons, a giant woolly rat and a gecko with yellow eyes.' +
				'\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.'
		))
			expect(p).not.toMatch(/^What did scientists discover/);
	});

	it('makes "the story of Frank, who is attempting …" a claim about Frank, never the story', () => {
		const texts = claimsOf(
			'The novel tells the story of Frank, who is attempting to build a new life in a small town in eastern Norland.'
		).map((c) => c.text);
		for (const t of texts) expect(t).not.toMatch(/^The story of Frank is/);
		expect(texts.some((t) => /^Frank is attempting/.test(t))).toBe(true);
	});

	it('attributes nothing to "Some": "Some argued that …"', () => {
		for (const p of prompts(
			'School to close',
			'Some parents and teachers said the board’s choice focused too much on money.\n\nSome argued that other schools have maintenance issues such as water damage and problems with mice that make them less suitable for learning.' +
				'\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.'
		))
			expect(p).not.toMatch(/According to Some\b/);
	});
});

describe('generator 2.39.1: what the sentence before named, and halves of names', () => {
	const filler = '\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';

	it('denies no act the sentence goes on from: "took a photo …, later giving it to deputies"', () => {
		for (const p of prompts(
			'Photo leads to arrest',
			"In a phone interview, the victim, who asked not to be identified, said she was walking to her home on Stanford Road on March 1 when she saw a black SUV parked in her driveway. The woman took a photo of the vehicle's license plate, later giving it to deputies." +
				filler
		))
			expect(p).not.toMatch(/did not take a photo/);
	});

	it('never makes "hired the firm to supervise" into "fired the firm to supervise"', () => {
		for (const p of prompts(
			'Solar farm talks',
			'Ada Lind said the town of Osk has hired the engineering firm Varn and Holt to supervise construction of the solar project.' +
				filler
		))
			expect(p).not.toMatch(/fired the engineering firm/);
	});

	it('asks nothing of "the river" when the article names two rivers, but does when it names one', () => {
		const two =
			'The Brazos River rose above flood stage in Osk on Thursday.\n\nResidents along the San Jacinto River were told to leave.\n\nThe river is expected to crest at 15.7 feet on Friday, officials said.';
		for (const p of prompts('Floods in Texas', two)) expect(p).not.toMatch(/\b[Tt]he river\b/);
		const one =
			'The Brazos River rose above flood stage in Osk on Thursday.\n\nResidents along its banks were told to leave.\n\nThe river is expected to crest at 15.7 feet on Friday, officials said.';
		expect(prompts('Floods in Texas', one).some((p) => /\b[Tt]he river is expected/.test(p))).toBe(
			true
		);
	});

	it('asks nothing that leans on "for that" or opens "Not only did …" with its "but" cut away', () => {
		const all = prompts(
			'Data theft grows',
			'Ada Lind said the town of Osk has hired an engineering firm to supervise construction of the solar farm. NextEra will pay for that, with payment due to the town last week.\n\n' +
				'Not only did Varn’s announcement Friday disclose a vastly expanded universe of theft victims, but it revealed that the hackers stole a broader trove of data than originally reported.' +
				filler
		);
		for (const p of all) {
			expect(p).not.toMatch(/\bfor that\b/);
			expect(p).not.toMatch(/^(?:[^:]*:\s+)?Not only\b(?![^?]*\bbut\b)/);
		}
	});

	it('keeps "when 47 trusts …" with the month it tells of, and asks nothing of "the latest figure"', () => {
		const all = prompts(
			'Waits grow',
			'In May 2010, 18 trusts were missing the target on waiting times, but the latest figure represents an improvement on November’s figures, when 47 trusts kept too many patients waiting.' +
				filler
		);
		for (const p of all) {
			expect(p).not.toMatch(/^(?:[^:]*:\s+)?(?:How many trusts kept|(?:_____|\d+ trusts) kept)/);
			expect(p).not.toMatch(/^(?:[^:]*:\s+)?[Tt]he latest figure/);
		}
	});

	it('writes "The company now says that …" as "According to the company," and asks nothing of "other kinds"', () => {
		const texts = claimsOf(
			'The company now says that the hackers took names and phone numbers of 70 million customers.'
		);
		expect(texts[0]!.source).toBe('the company');
		for (const p of prompts(
			'Data theft grows',
			'The company now says that other kinds of information were taken, including mailing addresses.' +
				filler
		))
			expect(p).not.toMatch(/[Oo]ther kinds of information were taken/);
	});

	it('reads no person in "the Department of Environmental Conservation" or "Brighton and Hove Albion"', () => {
		expect(
			people(
				'Project manager Janet Ward said the design meets Department of Environmental Conservation rules.\n\nUnited beat Brighton and Hove Albion 2-0 on Tuesday.'
			)
		).toEqual(['Janet Ward']);
	});

	it('gaps no state’s nickname and no half of "Agriculture and Markets"', () => {
		const all = prompts(
			'Floods in Texas',
			'Waters continue to rise all over the Lone Star State, officials in Austin said on Friday.\n\n' +
				'The state’s Agriculture and Markets department has yet to decide on the 27-acre solar project.' +
				filler
		);
		for (const p of all) expect(p).not.toMatch(/the _____\.|_____ and Markets/);
	});

	it('writes "Detectives saw …" after "According to the release," in lower case', () => {
		const all = prompts(
			'Burglary suspect held',
			'Detectives saw Bo Varn get out of the vehicle and walk to the rear of the house in Osk, according to the release.' +
				filler
		);
		expect(all.some((p) => /According to the release, detectives/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/According to the release, Detectives/);
	});
});

describe('generator 2.40.0: days that are subjects, conditions, titles and one fact asked once or twice', () => {
	const filler = '\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';

	it('keeps the day that is the subject: "Moonan said Saturday was the culmination …"', () => {
		const texts = claimsOf(
			'Board Chairman William Moonan said Saturday was the culmination of nearly 25 years of work to renovate the building.'
		).map((c) => c.text);
		expect(texts.some((t) => /^Saturday was the culmination/.test(t))).toBe(true);
		for (const t of texts) expect(t).not.toMatch(/^Was the culmination/);
	});

	it('reads "Town Administrator Richard Reed" as Richard Reed', () => {
		expect(
			people('"This has been a dream of many people," Town Administrator Richard Reed said.')
		).toEqual(['Richard Reed']);
	});

	it('denies no "even the floor boards retain …" nor "Osk police and health departments have launched …"', () => {
		const all = prompts(
			'Town Center opens',
			'In fact, even the floor boards retain their characteristic creaks.\n\n' +
				'Sabarkantha police and health departments have launched an investigation to trace the source of infection.' +
				filler
		);
		for (const p of all) expect(p).not.toMatch(/does not Board|does not board|does not police/);
	});

	it('ends "from 1 to 3 p.m., where …" cut short with one full stop', () => {
		for (const p of prompts(
			'Tuition rise',
			'Administrators must make the pitch to students at a March 20 meeting in the Osk Auditorium from 1 to 3 p.m., where President Ada Lind will outline why the increase must stay at 9.3 percent.' +
				filler
		))
			expect(p).not.toMatch(/p\.m\.\./);
	});

	it('keeps a condition with both things it governs: "if countries honor …, camps would … and a framework would …"', () => {
		const texts = claimsOf(
			'Ada Lind said if countries honor their commitments, refugee camps would become the exception and a framework would be put in place to handle every new outflow of refugees.'
		).map((c) => c.text);
		for (const t of texts) expect(t).not.toMatch(/^A framework would be put in place/);
	});

	it('takes no one capitalised word opening the article for its subject: "The report" is not "Unemployment"', () => {
		const texts = claimsOf(
			'Unemployment dropped by 0.3 percentage points, to 4.6 percent, last month, according to the monthly jobs report.\n\n' +
				'The report was not all good news: wages dropped slightly in November.'
		).map((c) => c.text);
		for (const t of texts) expect(t).not.toMatch(/^Unemployment was not all good news/);
	});

	it('orders no events cut out of a speaker’s words', () => {
		const qs = raw(
			'Nurse tests positive',
			'A male nurse at the Osk Civil Hospital tested positive for coronavirus on Tuesday, becoming the first case of the district.\n\n' +
				'The 33-year-old nurse was posted in the isolation ward of the hospital for suspected cases since March 30.\n\n' +
				'Resident Medical Officer of the hospital, Dr AM Lind, said that the male nurse is a native of a village in Osk and was posted in the isolation ward for suspected patients on March 30. He had been in service since 2016.\n\n' +
				'“On April 2, he complained of cold and cough, following which he was admitted in the isolation ward. On April 5, his swab was sent for test at Varn Medical College in Lindal. Today, we received the report, confirming him to be positive,” said Lind.\n\n' +
				'According to Lind, “He does not seem to have got infection from the isolation ward. The isolation ward was opened on March 22. Since then, total 34 patients were admitted to the ward.”',
			{ published: '2024-04-08' }
		);
		for (const q of qs)
			if (q.type === 'ordering') for (const item of q.items) expect(item).not.toMatch(/[“”"]|^\W/);
	});

	it('splits no "had one weakness, and coach Nick Saban and his Alabama Crimson Tide exploited it" at the second "and"', () => {
		const texts = claimsOf(
			'The undefeated Osk Tigers had one weakness, and coach Nick Saban and his Varn Crimson Tide exploited it to a 45-40 win on Monday night.'
		).map((c) => c.text);
		for (const t of texts) expect(t).not.toMatch(/and coach Nick Saban\.$/);
	});

	it('asks one fact of a claim at most twice while the article has others to ask', () => {
		const body =
			'The Osk Board of Trustees got its first look at the proposed tuition increase Monday, as two administrators led the governing board through a discussion of the 9.3 percent hike.\n\n' +
			'The board approved of the tuition and fee hike, which will generate an additional $5 million in a year when the university lost nearly $20 million in budget cuts.\n\n' +
			'The increase will cost students $284 more a year and will raise tuition to about $3,300 total for students taking 15 credit hours per semester. The increase also includes a $17.50 fee for fuel and power costs that the state Legislature failed to cover.\n\n' +
			"The money will mostly go to academic departments. About $300,000 will help fund faculty health and dental benefits, and $250,000 will create a small scholarship program for those who can't afford the increase. The new program will create 1,000 $250 loans.\n\n" +
			'Administrators now must make the pitch to students at a March 20 information meeting in the Osk Auditorium, where President Ada Lind will outline why the increase must stay at 9.3 percent.\n\n' +
			"While administrators are not required to use student input, Senior Vice President Bo Varn said the comments of students can change this year's proposal and future tuition decisions as well.\n\n" +
			'At the end of this week, the state Board of Regents will discuss the 3 percent tuition increase it already approved.\n\n' +
			'Either way, administrators say the tuition and fees increase will not rise above 9.3 percent. The Regents will vote on the remaining 6.3 percent increase at the meeting next month.';
		const qs = raw('Trustees approve tuition proposal', body, { published: '2024-03-11' });
		const onAdministrators = qs.filter((q) => /led the governing board/.test(q.prompt));
		expect(onAdministrators.length).toBe(2);
	});
});

describe('generator 2.40.1: who speaks, names before a comma, bounds and conversions', () => {
	const filler = '\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';

	it('reads "Ada Lind, the NASA Sagan fellow at Osk, said AI helps …" as Ada Lind speaking', () => {
		const c = claimsOf(
			'Ada Lind, the NASA Sagan fellow at Osk University, said AI helps the team search the data set uniformly.'
		)[0]!;
		expect(c.source).toBe('Ada Lind');
		expect(c.text).toMatch(/^AI helps the team search/);
	});

	it('keeps "United, a unit of UAL Corp., has no plans …" with United as its subject', () => {
		const all = prompts(
			'Airlines brace for slowdown',
			'Ada Lind said United, a unit of UAL Corp., has no plans to expand its flying in the U.S. market, but intends to expand about 15 percent internationally over the next three years.' +
				filler
		);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) expect(p).not.toMatch(/According to Ada Lind, a unit of/);
	});

	it('writes "Their comeback" as "the big carriers’ comeback", never "carriers’s"', () => {
		const texts = claimsOf(
			'But the big traditional carriers face ever-tougher competition from low-cost carriers expanding rapidly.\n\nExecutives of the big carriers warned that their comeback is threatened by high fuel costs and uncertainty over the economy.'
		).map((c) => c.text);
		for (const t of texts) expect(t).not.toMatch(/s’s\b/);
	});

	it('keeps "So far," whole: no "Far, 335 homes …"', () => {
		for (const p of prompts(
			'Floods threaten Osk',
			'So far, 335 homes are under a mandatory evacuation order in Osk but that could be expanded if the rains continue.' +
				filler
		))
			expect(p).not.toMatch(/(?:^|: )Far,/);
	});

	it('gaps no amount a unit’s conversion in brackets gives away: "as much as _____ (6m)"', () => {
		for (const p of prompts(
			'Floods threaten Osk',
			'A mandatory evacuation order has been signed for parts of Osk after torrential rains caused rivers to rise by as much as 20ft (6m).' +
				filler
		))
			expect(p).not.toMatch(/_____ \(6m\)/);
	});

	it('reads "approved the measure by 56-43" as a vote: options keep its 99 votes, no "by the Senate by"', () => {
		const qs = raw(
			'Senate passes bill',
			'With Vice President Ada Lind presiding in case her vote was needed to break a tie, the Senate approved the measure by 56-43.' +
				filler
		);
		const gap = qs.find((q) => /by _____\.$/.test(q.prompt));
		expect(gap).toBeDefined();
		for (const o of optionsOf(gap!)) {
			const [a, b] = o.split('-').map(Number);
			expect(a! + b!).toBe(99);
		}
		for (const q of qs) expect(q.prompt).not.toMatch(/by the Senate by/);
	});

	it('makes no "within 10 minutes" false of "within the opening 15 minutes"', () => {
		for (const p of prompts(
			'Cougars win',
			'The first goal was scored within the opening 15 minutes of the first half, as Osk captain Ada Lind scored.' +
				filler
		))
			expect(p).not.toMatch(/within the opening (?!15\b)\d+ minutes/);
	});

	it('asks no "Where …?" with a named building left in the question', () => {
		for (const p of prompts(
			'Stolen painting recovered',
			'The painting is being kept temporarily at the Varn Museum in Amsterdam, but the Lindal Museum, which lent the painting, thanked Bo Varn for his role.' +
				filler
		))
			expect(p).not.toMatch(/^Where\b.*\bat the Varn Museum/);
	});
});

describe('generator 2.40.2: victims, occasions and idioms', () => {
	const filler = '\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';

	it('names no judge of the story for "fatally shot the judge" years before', () => {
		const all = prompts(
			'Judge sentences courthouse shooter',
			'Superior Court Judge Ada Lind was required by law to sentence Bo Holt to life in prison.\n\n' +
				'On Saturday, Lind gave Holt consecutive maximum sentences on every charge.\n\n' +
				'Holt was on trial for rape in 2005 when he grabbed a guard’s gun and fatally shot the judge, a court reporter and a deputy in the courthouse.'
		);
		for (const p of all) expect(p).not.toMatch(/shot Ada Lind/);
	});

	it('reads "said it was a real game of two halves" as said of the game: no "the first goal was …", no gap for "two halves"', () => {
		const all = prompts(
			'Cougars win',
			'The first goal was scored within the opening 15 minutes of the first half, as Osk captain Ada Lind scored.\n\n' +
				'Cougars coach Bo Varn said it was a real game of two halves, as the Cougars went into the second half eager to win.' +
				filler
		);
		for (const p of all) {
			expect(p).not.toMatch(/first goal was a real game/);
			expect(p).not.toMatch(/game of _____/);
		}
	});
});

describe('generator 2.41.0: participles, bounds of options, and phrases cut short', () => {
	const filler = '\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';

	it('turns no "she mistook Jean’s apartment for her own" into "was mistook"', () => {
		for (const p of prompts(
			'Officer guilty',
			'Ada Lind shot and killed Bo Varn in his apartment on Sept. 6, 2018. She mistook Varn’s apartment for her own and thought he was a burglar.' +
				filler
		))
			expect(p).not.toMatch(/was mistook/);
	});

	it('offers no "the past one day", no number below the other end of "two or three", no "$0.9 billion"', () => {
		const qs = raw(
			'Probe lifts off',
			'The launch had been delayed twice in the past two days by technical problems, officials said.\n\n' +
				'Engineers found two or three problems with the rocket’s first stage on Monday.\n\n' +
				'Last year, the Osk company earned 39 cents a share on sales of $1.1 billion.' +
				filler
		);
		const options = qs.flatMap(optionsOf);
		expect(options.length).toBeGreaterThan(0);
		for (const o of options) {
			expect(o).not.toMatch(/^one day$|^(?:one|two) problems?$|^\$0\.\d+ billion$/);
		}
	});

	it('denies nothing a word of "un-" already denies: no "are not unaccounted for"', () => {
		for (const p of prompts(
			'Tornado hits Osk',
			'Osk police chief Ada Lind said two people died when the tornado struck on Saturday night.\n\nShe said an unknown number of people are unaccounted for.' +
				filler
		))
			expect(p).not.toMatch(/not unaccounted/);
	});

	it('puts no other date after "last": no "by last this year"', () => {
		for (const p of prompts(
			'Congress passes spending bill',
			'The votes capped a long struggle by Congress, which was supposed to have approved the funding by last Oct. 1, officials said. Two shutdowns came earlier this year.' +
				filler
		))
			expect(p).not.toMatch(/by last (?!Oct\. 1|_____)/);
	});

	it('gaps no name its initials beside it spell: "an EF3 on the _____ Scale"', () => {
		for (const p of prompts(
			'Tornado hits Osk',
			'Forecasters in Osk rated the tornado an EF3 on the Enhanced Fujita Scale, meaning it generated winds of 136 to 165 mph.' +
				filler
		))
			expect(p).not.toMatch(/EF3 on the _____/);
	});

	it('asks no question cut before the object: "who has mastered?", "What has X won prize …?", "… and numerous listening sessions?"', () => {
		const all = prompts(
			'Festival gives top prize to Rust',
			'Rust, the love story starring Ada Lind, has won the best film prize at the Osk film festival.\n\n' +
				'Bo Varn said the director is one of only a handful of film-makers in the world who has mastered, and can integrate, every element of the process.\n\n' +
				'The board members had two forums regarding the boundaries and numerous listening sessions.' +
				filler
		);
		for (const p of all) {
			expect(p).not.toMatch(/has mastered\?|won prize|and numerous listening sessions\?/);
		}
	});

	it('asks nothing of "the recently-signed deal" or of troops stationed "here"', () => {
		for (const p of prompts(
			'Leaders hold talks',
			'Barack Obama and Ada Lind met in Osk on Monday to discuss security.\n\n' +
				'The recently-signed deal will increase the presence of American troops here and will give them greater access to bases.' +
				filler
		))
			expect(p).not.toMatch(/recently-signed deal|\bhere\b/);
	});
});

describe('generator 2.42.0: the person an article is about, and the scores of a game', () => {
	const filler = '\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';

	it('reads a later "he" as the person the article is about, not someone named in passing', () => {
		const body =
			'Veteran British actor Tom Varnholm has died at the age of 84.\n\n' +
			'The actor passed away on Sunday morning, his family said in a statement.\n\n' +
			'To a whole generation, he will always be remembered as Captain Rook in the film “Skyfall Nine”.\n\n' +
			'He landed an award nomination for his work in Bo Lindqvist’s film “The Limey Road”.\n\n' +
			'He also had TV roles on shows like “The Hunger Field” and “Static Town”.';
		const read = (title: string) =>
			(generateBank(article(title, body), { explain: true }).report.explained ?? []).map(
				(c) => c.text
			);
		expect(read('Actor Tom Varnholm has died')).toEqual([
			'Veteran British actor Tom Varnholm has died at the age of 84.',
			'Tom Varnholm passed away on Sunday morning.',
			'To a whole generation, Tom Varnholm will always be remembered as Captain Rook in the film “Skyfall Nine”.',
			'Tom Varnholm landed an award nomination for his work in Bo Lindqvist’s film “The Limey Road”.',
			'Tom Varnholm also had TV roles on shows like “The Hunger Field” and “Static Town”.'
		]);
		// A title that names nobody: "he" stays unresolved rather than made the director.
		for (const text of read('A career in film')) expect(text).not.toMatch(/^Bo Lindqvist also had/);
	});

	it('keeps a person named in passing when the article is about nobody in its title', () => {
		const body =
			'Police in Osk arrested a man after a fire at a warehouse on Monday.\n\n' +
			'Officers later named the man as Bo Lindqvist, a local builder.\n\n' +
			'He was charged with arson on Tuesday.' +
			filler;
		const all = prompts('Warehouse fire in Osk', body);
		expect(all.some((p) => /Bo Lindqvist was charged|_____ was charged/.test(p))).toBe(true);
	});

	it('asks the final score of a game, with other scores the side that won still wins', () => {
		const body =
			'Osk Rovers won the Norland basketball cup in Lindal on Sunday.\n\n' +
			'The Rovers beat rivals Varn City 76-63 to win the title.' +
			filler;
		const gaps = considered('Osk Rovers win the cup', body).filter(
			(q) => allowed(q) && /Varn City _____ to win/.test(q.prompt)
		);
		expect(gaps.length).toBeGreaterThan(0);
		const options = gaps.flatMap((q) => ('options' in q && q.options ? q.options : []));
		expect(options).toContain('76-63');
		for (const o of options) {
			const [w, l] = o.split('-').map(Number);
			expect(w!).toBeGreaterThan(l!);
			expect(Math.abs(w! - 76)).toBeLessThan(15);
			expect(Math.abs(l! - 63)).toBeLessThan(15);
		}
	});

	it('reads a named side’s own "they" later in its sentence as the side', () => {
		const body =
			'Osk Rovers won the Norland basketball cup in Lindal on Sunday.\n\n' +
			'Zamalek had to recover from a shaky start - they were trailing 22-17 at the end of the first quarter.' +
			filler;
		expect(prompts('Osk Rovers win the cup', body).some((p) => /they were trailing/.test(p))).toBe(
			true
		);
	});
});

describe('generator 2.42.0: datelines with an agency, names with a full stop, ranges in words', () => {
	const filler = '\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';

	it('reads "Izmir, MINA –" as a dateline, not as words of the first sentence', () => {
		const all = prompts(
			'Earthquake hits Norland',
			'Varnholm, MINA – At least 14 people were killed and more than 400 injured when a strong earthquake struck Norland on Friday.' +
				filler
		);
		expect(
			all.some((p) => /At least 14 people were killed|At least _____ were killed/.test(p))
		).toBe(true);
		for (const p of all) expect(p).not.toMatch(/MINA/);
	});

	it('gaps neither "Mt" of "Mt. Airy" nor "Washington" of "Washington D.C."', () => {
		const all = prompts(
			'School opens library',
			'The library was paid for by a grant from the Mt. Airy Schools Coalition, said principal Ada Lind.\n\n' +
				'Officials announced the finding at a press event on Monday at the agency’s Washington D.C. headquarters.' +
				filler
		);
		for (const p of all) expect(p).not.toMatch(/_____\. Airy|_____,? D\.C\./);
	});

	it('keeps the options of a range’s high end above its low end written in words: "two to _____"', () => {
		const gaps = considered(
			'Virus cases rise',
			'For most people, the virus causes mild symptoms, such as fever and cough that clear up in two to three weeks.' +
				filler
		).filter((q) => allowed(q) && /two to _____/.test(q.prompt));
		const options = gaps.flatMap((q) => q.options ?? []);
		expect(options).toContain('three weeks');
		for (const o of options) expect(o).not.toMatch(/^(?:one|two) weeks?$/);
	});

	it('asks of "the quarter" when the title is about quarterly results, or the quarter is dated', () => {
		const all = prompts(
			'Osk Quarterly Results Fall Short',
			'Osk Corp. reported lower profit on Tuesday.\n\nGross margin for the quarter was 42.8 percent compared with 41.7 percent a year earlier.\n\n' +
				'Three of the biggest carriers said high fuel costs overwhelmed higher revenue in the quarter that ended June 30.' +
				filler
		);
		expect(all.some((p) => /Gross margin for the quarter was _____/.test(p))).toBe(true);
		expect(all.some((p) => /quarter that ended (?:_____|June 30)/.test(p))).toBe(true);
	});

	it('offers no relative date ("Last year") in place of a calendar date', () => {
		const qs = considered(
			'Osk profit rises',
			'Osk Corp. reported a profit of $2.2 billion on Wednesday.\n\nDuring the quarter ended May 31, Osk introduced a new handset.\n\nLast year, the company earned 49 cents a share.'
		).filter(allowed);
		expect(qs.some((q) => /quarter ended/.test(q.prompt))).toBe(true);
		for (const q of qs) {
			expect(q.prompt).not.toMatch(/ended (?:Last|last|Next|This) year/);
			for (const o of q.options ?? []) expect(o).not.toMatch(/^(?:last|next|this) year$/i);
		}
	});

	it('asks nothing of "expand that to five days", where "that" is what the sentence before said', () => {
		for (const p of prompts(
			'School opens library',
			'The library will be open for an hour after school twice a week.\n\nAda Lind hopes to eventually expand that to five days a week by the end of the fall.' +
				filler
		))
			expect(p).not.toMatch(/expand that/);
	});
});

describe('generator 2.42.0: family names, "here", the quarter of a report, tie-breaks', () => {
	const filler = '\n\nThe mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';

	it('asks who a relative is when the title names another person of the same family name', () => {
		const all = prompts(
			'Sister of Rep. William Varnholm pleads guilty',
			'One of Rep. William Varnholm’s sisters pleaded guilty Wednesday to concealing a crime.\n\n' +
				'Ada Varnholm, 52, pleaded guilty to misprision of a felony.\n\n' +
				'Ada Varnholm, also known as Ada Foster, admitted to helping conceal the scheme.' +
				filler
		);
		expect(all.some((p) => /(?:Who|_____) pleaded guilty to misprision of a felony/.test(p))).toBe(
			true
		);
		for (const p of all) expect(p).not.toMatch(/^Who (?:also )?known as/);
	});

	it('drops "here" from a claim instead of dropping the claim, outside quotations', () => {
		const all = prompts(
			'Serena wins Wimbledon',
			'Serena Williams clinched her third Wimbledon title with a 7-6 (7/3), 6-2 victory over sister Venus here on Saturday.\n\n' +
				'“We love playing here,” Venus said.' +
				filler
		);
		expect(all.some((p) => /over sister Venus on Saturday/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/Venus here on/);
	});

	it('offers set scores for a set after a tie-break in brackets: never "7-2"', () => {
		const gaps = considered(
			'Serena wins Wimbledon',
			'Serena Williams clinched her third Wimbledon title with a 7-6 (7/3), 6-2 victory over sister Venus on Saturday.' +
				filler
		).filter((q) => allowed(q) && /7-6, _____/.test(q.prompt));
		const options = gaps.flatMap((q) => q.options ?? []);
		expect(options).toContain('6-2');
		for (const o of options) expect(o).toMatch(/^(?:6-[0-4]|7-5)$/);
	});

	it('asks of "the quarter" in a report of a quarter’s results', () => {
		const all = prompts(
			'Osk results beat forecasts',
			'Osk Corp. reported higher first-quarter profit on Wednesday.\n\nIts chief executive, Ada Lind, thanked the staff.\n\nOsk shares rose almost 34 percent during the quarter.' +
				filler
		);
		expect(all.some((p) => /rose _____ during the quarter/.test(p))).toBe(true);
	});
});

describe('generator 2.42.0: a party before its member, and the verb after an aside', () => {
	it('takes nobody named "Labour" from "Labour MP Stephen Kinnock"', () => {
		const names = people(
			'Education Secretary Ada Lind resigned on Monday.\n\n“She can’t even organise a reshuffle,” opposition Labour MP Bo Varnholm tweeted.'
		);
		expect(names).toContain('Bo Varnholm');
		expect(names).not.toContain('Labour');
	});

	it('keeps "said" after an aside that ends in a name: "…, who heads …, said, “…”"', () => {
		const all = prompts(
			'Congress passes spending bill',
			'The House approved the bill on Thursday.\n\n' +
				'On Thursday, Representative Mark Varnholm, who heads the Freedom Caucus in the House of Representatives, said, "This bill does not just forget the promises we made to voters."'
		);
		expect(all.some((p) => /Varnholm said, “This bill|_____ said, “This bill/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/(?:Varnholm|_____) “This bill/);
	});
});

describe('generator 2.42.0: a time of day', () => {
	const body =
		'A tornado hit Osk on Saturday, killing two people.\n\n' +
		'Mayor Bo Varn said the two deaths occurred in the Sky View park, where the twister touched down at 10:28 p.m.\n\n' +
		'The agency launched the Lind satellite at 6:02 a.m. EDT on Thursday from Varnholm Air Force Base.';

	it('is asked whole, with other times of the same half of the day as options', () => {
		const qs = considered('Tornado hits Osk', body).filter(allowed);
		const choice = qs.filter((q) => q.answer === '10:28 p.m.' && q.options);
		expect(choice.length).toBeGreaterThan(0);
		for (const o of choice.flatMap((q) => q.options ?? []))
			expect(o).toMatch(/^(?:9|10|11):\d\d p\.m\.$/);
		const launch = qs.filter((q) => q.answer === '6:02 a.m. EDT' && q.options);
		for (const o of launch.flatMap((q) => q.options ?? []))
			expect(o).toMatch(/^[4-7]:\d\d a\.m\. EDT$/);
		expect(
			qs.some((q) => /^At what time did the agency launch the Lind satellite/.test(q.prompt))
		).toBe(true);
		for (const q of qs) expect(q.prompt).not.toMatch(/How many .*10:28|_____:28/);
	});

	it('accepts the time typed in any common way, never the hour alone or another time', () => {
		const gap = generateBank(article('Tornado hits Osk', body)).report.raw.find(
			(q) => q.type === 'cloze' && q.answer === '10:28 p.m.' && !q.options
		);
		expect(gap).toBeDefined();
		for (const typed of ['10:28 pm', '10.28pm', '22:28', '10:28', '10:28 p.m.'])
			expect(gradeAnswer(gap!, typed).correct).toBe(true);
		for (const typed of ['10', '9:58 pm', '10:28 am', '10:38 pm'])
			expect(gradeAnswer(gap!, typed).correct).toBe(false);
	});
});

describe('generator 2.42.0: a name that ends in a number', () => {
	it('gaps no name before its number: "Space Launch Complex _____ 2-West", "Terminal _____ 5"', () => {
		const all = prompts(
			'Rocket lifts off',
			'A Delta 2 rocket carrying the Lind satellite vaulted away from Space Launch Complex 2-West at Varnholm Air Force Base on Thursday.\n\n' +
				'Passengers were moved from Osk Terminal 5 to a hotel on Friday.\n\nBo Varn lives on County Road 283 in Clark County.'
		);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) expect(p).not.toMatch(/_____ (?:2-West|5|283)\b/);
	});
});

describe('generator 2.42.0: an award known by two names', () => {
	it('gaps no "Academy Award" beside "Oscar", and takes "Oscar" typed for it', () => {
		const body =
			'Veteran actor Tom Varnholm made his film debut in “Billy Rook,” which landed him an Academy Award nomination.\n\n' +
			'The Oscar nominee made his film debut in the title role of Billy Budd, which landed him that Academy Award nomination.\n\n' +
			'The mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';
		for (const p of prompts('A career in film', body))
			expect(p).not.toMatch(/Oscar nominee.*_____ nomination/);
		const gap = generateBank(article('A career in film', body)).report.raw.find(
			(q) => q.type === 'cloze' && q.answer === 'Academy Award' && !q.options
		);
		expect(gap).toBeDefined();
		expect(gradeAnswer(gap!, 'Oscar').correct).toBe(true);
		expect(gradeAnswer(gap!, 'Golden Globe').correct).toBe(false);
	});
});

describe('generator 2.42.0: a quotation left open before its tag', () => {
	it('is closed before ", he said" and given to the speaker who goes on', () => {
		const body =
			'NASA launched the Lind satellite on Thursday, said Lynn Chandler, a spokeswoman.\n\n' +
			'"Everything went well. We did get initial orbit," said Chuck Dovale, launch manager.\n\n' +
			'"I guess the third time was the charm, he said.\n\n' +
			'The mayor of Lindal, Bo Varn, said 40 homes were damaged on Monday.';
		const qs = considered('Satellite launched', body).filter(allowed);
		for (const q of qs) expect(q.prompt).not.toMatch(/charm, he said/);
		const who = qs.filter((q) =>
			/^Who said this\? “I guess the third time was the charm\.”/.test(q.prompt)
		);
		expect(who.length).toBeGreaterThan(0);
		for (const q of who) expect(q.answer).toBe('Chuck Dovale');
	});
});

describe('generator 2.42.0: "Meanwhile" without its comma, and "him" after a role-named subject', () => {
	const body =
		'Education Secretary Ada Lind became the fourth minister to leave the Cabinet since November.\n\n' +
		'Meanwhile health minister Jeremy Varnholm convinced the prime minister at the last minute to scrap plans to move him to the business department, according to media reports.';

	it('drops "Meanwhile" and never makes "him" the woman named before', () => {
		const texts = claimsOf(body).map((c) => c.text);
		expect(texts[1]).toMatch(/^Health minister Jeremy Varnholm convinced/);
		expect(texts[1]).not.toMatch(/move Ada Lind/);
		for (const p of prompts('Cabinet reshuffle', body))
			expect(p).not.toMatch(/[Mm]eanwhile|move Ada Lind/);
	});
});

describe('generator 2.42.1: a fronted "his" whose comma a quotation holds', () => {
	it('reads "In addition to his role in “Rook,” Varnholm played …" as Varnholm’s own role', () => {
		const all = prompts(
			'Tom Varnholm dead at 82',
			'Veteran actor Tom Varnholm has died at the age of 82.\n\n' +
				'In addition to his mobster role in "The Rook," Varnholm played author Paul Sheldon in the 1990 thriller "Misery," in which his character is held captive by a fan played by Kathy Bates.'
		);
		expect(all.some((p) => /Varnholm played author _____ in the 1990 thriller/.test(p))).toBe(true);
	});
});

describe('generator 2.42.1: a list of riders with their teams in brackets', () => {
	it('takes every name of the list for a person once one is, and "he" for the one who attacked', () => {
		const body =
			'Peter Sagan won stage five on Wednesday.\n\n' +
			'The main break of the day comprised Mads Würtz Schmidt (Katusha-Alpecin), Tim Wellens (Lotto Soudal), Toms Skujins (Trek-Segafredo) and Simon Clarke (EF Education First).\n\n' +
			'After Schmidt was unable to hold the pace of the trio, Skujins attacked with 37km to go.\n\n' +
			'He led the race for 15km until he made contact with the reduced bunch.';
		expect(people(body)).toEqual(
			expect.arrayContaining(['Mads Würtz Schmidt', 'Tim Wellens', 'Toms Skujins', 'Simon Clarke'])
		);
		const led = claimsOf(body).find((c) => /led the race for 15km/.test(c.text));
		expect(led?.text).toMatch(/^Toms Skujins led/);
	});
});

describe('generator 2.42.1: what a body says "it" was', () => {
	it('reads "NASA says it was a small asteroid" as what the fireball was, never "NASA was …"', () => {
		const texts = claimsOf(
			'A fireball was seen on June 2 over Arizona.\n\nNASA says it was a small asteroid that had broken apart.\n\nOsk Corp. said it will cut 300 jobs.'
		).map((c) => c.text);
		expect(texts).toContain('The fireball was a small asteroid that had broken apart.');
		expect(texts).toContain('Osk Corp. will cut 300 jobs.');
		for (const t of texts) expect(t).not.toMatch(/^NASA was/);
	});
});

describe('generator 2.42.1: a nationality swapped for the country the sentence names', () => {
	it('never makes "China opposed a Japanese plan" into "a Chinese plan"', () => {
		const body =
			'Japan recalled its ambassador to China on Sunday.\n\n' +
			'China, meanwhile, expressed its strong opposition to a Japanese plan to buy the islands from the family that owns them.\n\n' +
			'Japanese and Chinese ships patrol the islands, which Taiwan also claims, and a Taiwanese boat sailed there in July.';
		for (const p of prompts('Japan recalls Beijing envoy', body))
			expect(p).not.toMatch(/China.*opposition to a Chinese plan/);
	});
});

describe('generator 2.42.1: an age the verb only links', () => {
	it('is never denied: no "Tom Varnholm was not 82"', () => {
		const body =
			'Tom Varnholm, the actor best known for “The Rook,” has died.\n\nTom Varnholm was 82.\n\nHe earned an award nomination in 1973 for his role in “The Rook”.';
		for (const p of prompts('Tom Varnholm, star of The Rook, dead at 82', body))
			expect(p).not.toMatch(/was not 82/);
	});
});

describe('generator 2.42.1: names of districts in a list', () => {
	const body =
		'The Osk council approved its budget on Wednesday.\n\n' +
		'The council approved tax assessments for several street lighting districts, including Ponkan Reserve, Hammock at Rock Springs, Residences at Emerson Park, and Wyld Oaks.\n\n' +
		'Commissioners Nick Nesta and Ada Lind voted against the budget.';

	it('takes no "Wyld Oaks" for a person, and gaps no half of "Hammock at Rock Springs"', () => {
		expect(people(body)).not.toContain('Wyld Oaks');
		for (const p of prompts('Osk budget approved', body))
			expect(p).not.toMatch(/(?:Hammock|Residences) at _____/);
	});
});

describe('generator 2.42.1: a capital beside its country', () => {
	it('gaps no "the Indian capital, _____"', () => {
		const body =
			'The chief minister of Karnataka agreed to step down on Thursday, hours after party leaders meeting in the Indian capital, New Delhi, urged him to quit.\n\n' +
			'Party leaders will travel to Bangalore on Friday to pick a new chief minister.';
		const all = prompts('Indian state minister to quit', body);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) expect(p).not.toMatch(/Indian capital, _____/);
	});
});

describe('generator 2.43.0: a year before what it dates', () => {
	it('asks the year of "the 1990 psychological thriller", never "the 2000 residents"', () => {
		const body =
			'Tom Varnholm played author Ned Osk in the 1990 psychological thriller about a kidnapped writer.\n\n' +
			'He also appeared in the 1971 television biography of a footballer.\n\n' +
			'The flood forced the 2000 residents of Lindal to leave their homes on Monday.';
		const years = raw('Veteran actor dies', body).filter((q) => /^(?:1990|1971)$/.test(q.answer));
		expect(years.length).toBeGreaterThan(0);
		for (const q of years) {
			expect(q.prompt).toMatch(/the _____ (?:psychological thriller|television biography)/);
			for (const o of optionsOf(q)) expect(o).toMatch(/^(?:19|20)\d\d$/);
		}
		for (const q of raw('Veteran actor dies', body)) expect(q.answer).not.toBe('2000');
	});
});

describe('generator 2.43.0: the title of a work', () => {
	const body =
		'Tom Varnholm, the actor best known for his role in “The Rook,” has died at his home in Lindal.\n\n' +
		'Varnholm played author Ned Osk in the 1990 psychological thriller “Dread,” in which his character is held captive by a fan.\n\n' +
		'He later starred in the 2003 comedy “Snowman” and appeared in the 1981 crime film “Burglar.”\n\n' +
		'Varnholm also played the role of Bram Piccolo, a football player stricken with cancer, in the 1971 television biography “Bram’s Song.”';

	it('asks a film by its title, with the article’s other titles as options', () => {
		const qs = raw('Veteran actor dies', body);
		const dread = qs.filter((q) => q.answer === 'Dread');
		expect(dread.length).toBeGreaterThan(0);
		for (const q of dread) {
			expect(q.prompt).toMatch(/thriller “_____,”/);
			for (const o of optionsOf(q))
				expect(['Dread', 'The Rook', 'Snowman', 'Burglar', 'Bram’s Song']).toContain(o);
		}
		// "The Rook" keeps its capital; the full stop inside the marks is the sentence's.
		for (const q of qs) {
			expect(q.answer).not.toBe('the Rook');
			expect(q.answer).not.toMatch(/Burglar\.|Song\./);
		}
	});

	it('gaps no title that a name beside it gives away ("Bram Piccolo" … “Bram’s Song”)', () => {
		for (const p of prompts('Veteran actor dies', body))
			expect(p).not.toMatch(/Bram Piccolo.*“_____/);
	});
});

describe('generator 2.43.0: words of a name beside its gap', () => {
	it('gaps no "White Mountains" beside "the White Mountain Apache Tribe"', () => {
		const body =
			'Researchers from Osk University found pieces of a small asteroid on Thursday.\n\n' +
			'Working with the White Mountain Apache Tribe, scholars spent more than 130 hours searching the White Mountains.\n\n' +
			'The team then took the pieces to Lindal for study.';
		for (const p of prompts('Asteroid pieces found', body))
			expect(p).not.toMatch(/White Mountain Apache Tribe.*_____/);
	});
});

describe('generator 2.43.0: a short clause of time', () => {
	it('makes no claim of "the storm rolled through" alone', () => {
		const body =
			'A tornado damaged 12 homes in Clark County on Monday night.\n\n' +
			'Bo Varn said he was in Kahoka eating dinner while the storm rolled through.\n\n' +
			'The county will open a shelter at the Osk school on Tuesday.';
		for (const p of prompts('Tornado hits Clark County', body))
			expect(p).not.toMatch(/^(?:According to Bo Varn, )?the storm rolled through\.$/i);
	});
});

describe('generator 2.43.0: a speaker’s wording', () => {
	it('gaps no praise, no people named in passing and no idiom at the end of a quotation', () => {
		const body =
			'Ned Osk won the fifth stage of the Tour of Norland on Wednesday.\n\n' +
			'“I have to say thanks to all my teammates, they did a very great job,” said Osk.\n\n' +
			'“He misused his position in the community to dupe our foundations and generous citizens,” Ada Lind said.\n\n' +
			'“When the putt went in I was thrilled to death,” Bo Varn said.\n\n' +
			'“I guess the third time was the charm,” said Tom Brel.';
		const all = prompts('Osk wins stage five', body);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all)
			expect(p).not.toMatch(/(?:a very|foundations and|thrilled to|time was) _____/);
	});
});

describe('generator 2.43.0: what a verb of calling says with "as"', () => {
	it('keeps "as having used …" after "was characterized by …, in a statement,"', () => {
		const body =
			'Former receiver Reggie Varn was sentenced to 21 months in prison on Wednesday for embezzling funds.\n\n' +
			'Varn was characterized by prosecutor Ada Lind, in a statement, as having used the account of his charities as a personal ATM.\n\n' +
			'He must pay back more than $110,000.';
		for (const p of prompts('Varn sentenced', body)) expect(p).not.toMatch(/in a statement\.$/);
	});

	it('states a fact without a long apposition after the name', () => {
		const body =
			'As previously suspected, Reggie Varn, the former Osk Rovers wide receiver and former head of two local “violence interruption” organizations, was sentenced to 21 months in prison Wednesday for embezzling funds from his local non-profits.\n\n' +
			'He must pay back more than $110,000.\n\nVarn asked to be sent to a minimum-security prison in Lindal.';
		const sentenced = prompts('Former receiver goes to prison', body).filter((p) =>
			/sentenced/.test(p)
		);
		expect(sentenced.length).toBeGreaterThan(0);
		for (const p of sentenced) {
			expect(p).not.toMatch(/wide receiver and former head/);
			expect(p).toMatch(/Reggie Varn was sentenced to/);
		}
	});
});

describe('generator 2.43.0: a party by its own name', () => {
	it('takes "Congress" for "the Congress Party" and "Labour" for "the Labour Party", not "BJP"', () => {
		const text =
			"The BJP has been a strong critic of scandals plaguing members of India's ruling Congress Party.\n\nThe Labour Party won 40 seats in Norland on Monday.";
		const slots = analyse(segment(text).sentences, { people: [], published }).flatMap((c) =>
			slotsOf(c, [])
		);
		const congress = acceptFor(slots.find((s) => s.answer === 'Congress Party')!);
		expect(congress).toContain('Congress');
		expect(congress).not.toContain('BJP');
		expect(acceptFor(slots.find((s) => /Labour Party$/.test(s.answer))!)).toContain('Labour');
	});
});

/** Each claim's slots of `text`, with the people the article names. */
const slotsIn = (text: string) => {
	const sentences = segment(text).sentences;
	const found = collectPeople(sentences.map((s) => s.text));
	return {
		people: found,
		slots: analyse(sentences, { people: found, published }).flatMap((c) => slotsOf(c, found))
	};
};

describe('generator 2.44.0: a body’s own "its"', () => {
	it('asks "Osk Motors said its profit jumped _____", never "According to Osk Motors, its …"', () => {
		const body =
			'LINDAL — Osk Motors said its fiscal fourth-quarter profit jumped 37 percent as its car sales grew.\n\n' +
			'Osk Motors said Wednesday that its net income for the December-February period was $710.1 million.\n\n' +
			'That is up from $518.3 million a year earlier.';
		const all = prompts('Osk Motors reports higher profit', body);
		expect(
			all.some((p) => /Osk Motors said its fiscal fourth-quarter profit jumped _____/.test(p))
		).toBe(true);
		for (const p of all) expect(p).not.toMatch(/According to Osk Motors, its\b/);
	});
});

describe('generator 2.44.0: "he’s" and "she’s"', () => {
	it('reads "He’s also required to pay back …" as the person before', () => {
		const body =
			'Former receiver Reggie Varn was sentenced to 21 months in prison on Wednesday for embezzling funds.\n\n' +
			'He’s also required to pay back more than $110,000 of the money he took.\n\n' +
			'Prosecutor Ada Lind said the sentence was fair.';
		const all = prompts('Varn sentenced', body);
		expect(all.some((p) => /Reggie Varn is also required to pay back _____/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/^(?:Fill in the gap: )?He’s/);
	});
});

describe('generator 2.44.0: names that are no one', () => {
	it('takes no school ("Weber Elementary") and no newspaper ("Lindal Times") for a person', () => {
		const body =
			'Parent Ima Hamed said the children of his community, who will go to Weber Elementary, were promised another school.\n\n' +
			'His son, Richard Osk, told the Lindal Times on Monday.\n\n' +
			'Times’ book critic Ada Lind has described Osk as the best.';
		const found = people(body);
		expect(found).not.toContain('Weber Elementary');
		expect(found).not.toContain('Lindal Times');
		expect(found).toContain('Ima Hamed');
	});

	it('knows "E.L. Varnholm" by his initials, and "he died" is him, not his son', () => {
		const body =
			'E.L. Varnholm, the renowned author of “Ragtime” and many other novels, has died. He was 84.\n\n' +
			'He died Tuesday at a hospital in Lindal of complications from lung cancer, his son, Richard Varnholm, told the Osk Times.\n\n' +
			'The U.S. Navy and the D.C. Council sent condolences.';
		const found = people(body);
		expect(found).toContain('E.L. Varnholm');
		expect(found.filter((n) => /^(?:U\.S\.|D\.C\.)/.test(n))).toEqual([]);
		const all = prompts('E.L. Varnholm dies at 84', body);
		expect(all.some((p) => /E\.L\. Varnholm died Tuesday/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/Richard Varnholm (?:died|was 84)/);
	});
});

describe('generator 2.44.0: a finding turned the other way', () => {
	it('states "less vulnerable" for a study’s "more vulnerable", and turns no aim round', () => {
		const body =
			'A new study links meat consumption to kidney cancer, researchers in Lindal said on Monday.\n\n' +
			'The researchers also found that men and women with a specific genetic mutation were more vulnerable to the risk associated with meat consumption.\n\n' +
			'Cooperation is necessary to achieve a better future, the mayor of Lindal, Bo Varn, said.';
		const falses = raw('Meat and kidney cancer', body).filter(
			(q) => q.type === 'true_false' && q.answer === 'False'
		);
		const all = considered('Meat and kidney cancer', body).filter(allowed);
		expect(
			all.some((q) => /were less vulnerable to the risk/.test(q.prompt) && q.answer === 'False')
		).toBe(true);
		for (const q of [...falses, ...all]) expect(q.prompt).not.toMatch(/worse future/);
	});
});

describe('generator 2.44.0: who "they" and "their" are', () => {
	it('reads "They" after "researchers looked at …" as the researchers, and no quoted "We" as anyone', () => {
		const body =
			'In the study, researchers looked at the diets of 659 patients at the Osk Cancer Center.\n\n' +
			'They then compared these patients to 699 healthy men and women.\n\n' +
			'“We found elevated risk associated with meat intake,” study author Ada Lind said in a statement.\n\n' +
			'The researchers say their findings suggest that how meat is cooked is a factor.';
		const texts = claimsOf(body).map((c) => c.text);
		expect(texts.some((t) => /^Researchers then compared these patients/.test(t))).toBe(true);
		for (const t of texts) expect(t).not.toMatch(/\bWe[’']s\b/);
	});
});

describe('generator 2.44.0: a journal by name', () => {
	it('asks the journal a study appeared in', () => {
		const body =
			'A new study published Monday in the journal Nature Medicine links sleep to memory.\n\n' +
			'Researchers at Osk University followed 659 students for two years.\n\n' +
			'The students who slept longer remembered more words, the study found.';
		const { slots } = slotsIn(body);
		expect(slots.some((s) => s.answer === 'Nature Medicine' && s.kind === 'document')).toBe(true);
	});
});

describe('generator 2.44.0: quotations a cut leaves whole or not at all', () => {
	it('leaves no closing mark of a quotation cut away, and no half of one', () => {
		const body =
			'Osk Cable said its customers’ data was stolen in a breach on Monday.\n\n' +
			'Osk Cable had learned of a vulnerability from software provider Lindsoft in October, which Osk Cable “patched and mitigated.”\n\n' +
			'The rule limits states’ ability to switch from coal to other sources of power generation, which it called “the most cost-effective, proven, and successful approach to controlling emissions.”';
		const all = prompts('Osk Cable breach', body);
		expect(all.some((p) => /Lindsoft in (?:_____|October)\.$/.test(p))).toBe(true);
		for (const p of all) {
			expect((p.match(/“/g) ?? []).length).toBe((p.match(/”/g) ?? []).length);
			expect(p).not.toMatch(/generation proven/);
		}
	});
});

describe('generator 2.44.0: a dateline of two places', () => {
	it('drops "NEW DELHI, HYDERABAD:" from the first sentence', () => {
		const body =
			'NEW DELHI, HYDERABAD: A cyclone packing winds of up to 150km/h hit eastern India early Thursday, with over 300,000 people evacuated.\n\n' +
			'Officials in neighbouring Bangladesh said they were on alert.';
		expect(segment(body).sentences[0]!.text).toMatch(/^A cyclone packing winds/);
	});
});

describe('generator 2.44.0: typed answers that name the right one only', () => {
	const text =
		'Former Senate leader Dean Skelos was sentenced to four years in prison on Wednesday.\n\n' +
		'Skelos and his son Adam Skelos were convicted in July of extortion.\n\n' +
		'“I don’t remember the person I once was,” Adam Skelos said.\n\n' +
		'The U.S. Supreme Court narrowed public corruption law in 2016.\n\n' +
		'The agreement contains no firm promises from Pyongyang to abandon its weapons, and Kim flew home from Singapore.';
	const { slots, people: found } = slotsIn(text);

	it('takes no "Skelos" for Adam when Dean Skelos is in the article too', () => {
		const adam = slots.find((s) => s.answer === 'Adam Skelos');
		expect(adam).toBeDefined();
		expect(acceptFor(adam!, found)).not.toContain('Skelos');
	});

	it('takes "Supreme Court" for "U.S. Supreme Court", and "North Korea" for a government’s "Pyongyang"', () => {
		const court = slots.find((s) => /U\.S\. Supreme Court$/.test(s.answer));
		expect(acceptFor(court!, found)).toContain('Supreme Court');
		const capital = slots.find((s) => s.answer === 'Pyongyang');
		expect(acceptFor(capital!, found)).toContain('North Korea');
		const city = slots.find((s) => s.answer === 'Singapore');
		expect(acceptFor(city!, found)).not.toContain('Malaysia');
	});
});

describe('generator 2.44.0: "he" is not the one he acts on', () => {
	it('reads "He again broke Rublin" as the other player', () => {
		const body =
			'Germany’s Alex Zvarev took down Andrei Rublin of Russia 6-2, 6-3 on Sunday to win the Western & Southern Open at Mason, Ohio.\n\n' +
			'Rublin would go on to save a set point, but Zvarev pushed through to finish the set.\n\n' +
			'He again broke Rublin to open the second set.';
		const all = prompts('Zvarev wins Mason title', body);
		for (const p of all) {
			expect(p).not.toMatch(/Rublin again broke Rublin/);
			expect(p).not.toMatch(/_____ & Southern Open|Western & _____/);
		}
		expect(all.some((p) => /Zvarev again broke Rublin/.test(p))).toBe(true);
	});
});

describe('generator 2.44.0: figures the sentence itself fixes', () => {
	it('asks no total its parts add up to, however far apart ("400 … 100 … a total of 500")', () => {
		const body =
			'Norland held a general election on Sunday, the Election Commission said.\n\n' +
			'Under the two-ballot system with one vote for the 400 constituency members and another for the 100 party-list members, voters will elect a total of 500 members to the House.\n\n' +
			'More than 75 percent of the 52 million eligible voters cast their ballots.';
		const asked = considered('Norland votes', body).filter(
			(q) => allowed(q) && /constituency members.*total of/.test(q.prompt)
		);
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) expect(q.answer).toBe('True');
	});

	it('offers only prices on the side the shares moved from', () => {
		const body =
			'Osk Software said its profit rose 23 percent on Thursday.\n\n' +
			'Investors cheered, sending shares up Thursday from $31.99 to $35.37 in after-hours trading.\n\n' +
			'Revenue grew 27 percent to $13.76 billion from $10.81 billion a year earlier.';
		const choices = considered('Osk profit rises', body).filter(
			(q) => q.answer === '$31.99' && q.options?.length
		);
		expect(choices.length).toBeGreaterThan(0);
		for (const q of choices)
			for (const o of q.options!) expect(Number(o.replace(/[$,]/g, ''))).toBeLessThan(35.37);
	});
});

describe('generator 2.44.0: the story’s own country, and a speaker’s second "that"', () => {
	const body =
		'North Korea and the United States signed an agreement in Singapore on Tuesday.\n\n' +
		'The document includes a commitment by North Korea to work towards the denuclearisation of the Korean peninsula.\n\n' +
		'Meanwhile, Kim said the “world will see a major change” and that he and Trump had “decided to leave the past behind”.\n\n' +
		'North Korea will send a delegation to Washington next month.';

	it('gaps no "Korean" in a story of North Korea', () => {
		for (const p of prompts('Leaders sign agreement', body))
			expect(p).not.toMatch(/the _____ peninsula/);
	});

	it('writes no "According to Kim, … and that he …"', () => {
		for (const p of prompts('Leaders sign agreement', body))
			expect(p).not.toMatch(/According to Kim, .*\band that\b/);
	});
});

describe('generator 2.44.0: a matching of positions', () => {
	it('pairs no one with "son" or "Gov."', () => {
		const body =
			'Judge Kimba Wood sentenced Dean Skelos on Wednesday.\n\n' +
			'Skelos and his son Adam were convicted in July.\n\n' +
			'The court cited the case of former Virginia Gov. Bob McDonnell.\n\n' +
			'Prosecutor Ada Lind and Mayor Bo Varn attended the hearing.';
		for (const q of raw('Skelos sentenced', body).filter((x) => x.type === 'matching'))
			expect(q.answer).not.toMatch(/: (?:son|Gov\.)(?:;|$)/);
	});
});

describe('generator 2.44.0: options and quotation gaps', () => {
	it('offers no party the sentence names without its "Party"', () => {
		const body =
			'The Move Forward Party, the Pheu Thai Party, the Bhumjaithai Party and the Democrat Party ran in the Norland election on Sunday.\n\n' +
			'The Move Forward Party and Pheu Thai also secured around two-thirds of the 100 party-list seats.\n\n' +
			'The Bhumjaithai Party came third with 70 seats.';
		const gaps = considered('Opposition wins Norland election', body).filter(
			(q) => q.answer === 'Move Forward Party' && q.options?.length
		);
		expect(gaps.length).toBeGreaterThan(0);
		for (const q of gaps) {
			if (!/_____ and Pheu Thai also/.test(q.prompt)) continue;
			expect(q.options).not.toContain('Pheu Thai Party');
		}
	});

	it('gaps no "the result" or a time at the end of a quotation', () => {
		const body =
			'The Osk council passed the 2019 budget by a vote of 8 to 1 on Monday.\n\n' +
			'“For me, and for residents, they don’t think the revenues are going to match the expenses next year,” said Councilman Bo Varn.\n\n' +
			'“I think both sides are going to be very impressed with the result,” Mayor Ada Lind said.';
		for (const p of prompts('Osk budget passes', body))
			expect(p).not.toMatch(/match _____|impressed with _____/);
	});
});

describe('generator 2.44.0: who said it, and what qualifies the news', () => {
	it('reads "…, Ada Lind, chairman of the Election Commission, told a press conference on Monday."', () => {
		const body =
			'Norland held a general election on Sunday.\n\n' +
			'As of 99.18 percent vote counting, the Move Party and the Osk Party each captured 112 seats out of the 400 constituency seats, Ada Lind, chairman of the Election Commission, told a press conference on Monday.\n\n' +
			'The two parties have yet to announce a partnership.';
		const claim = claimsOf(body).find((c) => /112 seats/.test(c.text));
		expect(claim?.source).toBe('Ada Lind');
		expect(claim?.text).not.toMatch(/told a press conference/);
		const { slots } = slotsIn(body);
		const counted = slots.find((s) => s.answer === '99.18 percent');
		const seats = slots.find((s) => s.answer === '112 seats');
		expect(counted!.weight).toBeLessThan(seats!.weight);
	});

	it('reads "…, they said." after "…, reports said." as the reports', () => {
		const body =
			'Norland recalled its ambassador to Osk for consultations on Sunday, reports said.\n\n' +
			'Ambassador Bo Varn had returned to Lindal for talks with Foreign Minister Ada Lind, they said.\n\n' +
			'Osk protested on Monday.';
		const claim = claimsOf(body).find((c) => /returned to Lindal/.test(c.text));
		expect(claim?.source).toBe('reports');
		expect(
			prompts('Norland recalls envoy', body).some((p) => /Bo Varn|_____ had returned/.test(p))
		).toBe(true);
	});

	it('takes "The half-a-billion-dollar spending plan" for no "the half" of a game', () => {
		const body =
			'Members of the Osk Common Council passed the budget by a vote of 8 to 1 on Monday.\n\n' +
			'The half-a-billion-dollar spending plan features a slight tax hike for the first time in more than a decade, as well as $2 million in cuts.\n\n' +
			'The council also agreed to review the plan monthly.';
		expect(
			prompts('Osk council passes budget', body).some((p) => /as well as _____ in cuts/.test(p))
		).toBe(true);
	});
});

describe('generator 2.44.0: brackets after a figure or a name', () => {
	it('asks "rise by as much as _____" with its conversion "(6m)" cut away', () => {
		const body =
			'A mandatory evacuation order has been signed for parts of Norland after torrential rains caused rivers to rise by as much as 20ft (6m).\n\n' +
			'Residents of over 2,000 homes in Lindal were told to leave on Monday.';
		const all = prompts('Floods in Norland', body);
		expect(all.some((p) => /rise by as much as _____\.$/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/_____ \(6m\)|\(_____\)/);
	});

	it('asks who did it when a team in brackets follows the name', () => {
		const body =
			'Peter Sagon won the fifth stage of the Tour of Norland on Wednesday.\n\n' +
			'Julian Alaphilippo (Deceuninck-QuickStep) managed to keep the yellow jersey.\n\n' +
			'Wout van Aert (Jumbo-Visma) finished second.';
		expect(people(body)).toContain('Julian Alaphilippo');
		expect(prompts('Sagon wins stage five', body)).toContain(
			'Who managed to keep the yellow jersey?'
		);
	});
});

describe('generator 2.44.0: a thing the headline names', () => {
	it('asks no "What did hackers steal?" → "personal data" under "Hack exposed data"', () => {
		const body =
			'Osk Cable says hackers stole personal data from millions of customers during a recent breach.\n\n' +
			'The breach involved customers of its internet business, Osk Cable announced Monday.\n\n' +
			'A notice sent to the Lindal attorney general says that 35.8 million people were affected.';
		for (const q of considered('Osk Cable reports hack exposed data of customers', body).filter(
			allowed
		))
			expect(q.answer).not.toMatch(/^personal data$/i);
	});
});

describe('generator 2.44.0: parts and players, ranges and arithmetic', () => {
	it('offers parts played beside a part, actors beside an actor', () => {
		// The lead names the actors who paid tribute, so Varnholm, named throughout, is not the one
		// person the lead and the article are about (whose name would be asked nowhere).
		const body =
			'Actors Jim Carroway, Lou Stanz and Mary Hollis paid tribute on Monday to a colleague who has died.\n\n' +
			'Tom Varnholm, the actor best known for his role in “The Rook,” died on Sunday.\n\n' +
			'Varnholm earned an award nomination along with co-stars Al Pacorno and Rob Duvallo.\n\n' +
			'Varnholm played author Paul Shelton in the 1990 film “Dread,” in which his character is held captive by a fan played by Kathy Bateson.\n\n' +
			'Varnholm also played the role of Brian Picollo, a football player, in the 1971 film “Bo’s Song.”\n\n' +
			'He played the gangster Sonny Corlene in the 1972 film “The Rook.”\n\n' +
			'He played detective Frank Dunne in the 1995 film “Copland.”\n\n' +
			'He played lawyer Sam Raider in the 1999 film “Court.”';
		const parts = ['Paul Shelton', 'Brian Picollo', 'Sonny Corlene', 'Frank Dunne', 'Sam Raider'];
		const actors = [
			'Al Pacorno',
			'Rob Duvallo',
			'Kathy Bateson',
			'Tom Varnholm',
			'Jim Carroway',
			'Lou Stanz',
			'Mary Hollis'
		];
		const asked = considered('Veteran actor dies', body).filter(
			(q) => q.options?.length && [...parts, ...actors].includes(q.answer)
		);
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) {
			const same = parts.includes(q.answer) ? parts : actors;
			for (const o of q.options!) expect(same).toContain(o);
		}
	});

	it('gaps no end of "21-27 months", states no "Little trouble was encountered by …", asks no change the figures give', () => {
		const body =
			'Former receiver Reggie Varn was sentenced to 21 months in prison on Wednesday.\n\n' +
			'Varn had agreed to a plea deal in February in which he would be sentenced to 21-27 months in prison.\n\n' +
			'Alex Zvarev encountered little trouble the rest of the way.\n\n' +
			'Revenue grew 27 percent to $13.76 billion from $10.81 billion in the year-ago quarter.';
		const all = considered('Varn sentenced', body).filter(allowed);
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) {
			expect(q.prompt).not.toMatch(/21-_____|_____-27|^Little trouble/);
			expect(q.prompt).not.toMatch(/grew _____ to \$13\.76/);
			expect(q.answer).not.toBe('27 percent');
		}
	});
});

describe('generator 2.45.0: "the activist" named just before', () => {
	it('writes "activist Anna Hazarin" for "the activist" after "rights activist Anna Hazarin …"', () => {
		const body =
			'The Norland parliament passed an anti-corruption bill on Thursday.\n\n' +
			'Prominent rights activist Anna Hazarin criticized the bill as not going far enough. The four-day hunger strike by the activist in April drew wide public support.\n\n' +
			'The actor Bo Varn and the actor Ned Osk attended the vote. The actor spoke first.';
		const texts = claimsOf(body).map((c) => c.text);
		expect(texts).toContain(
			'The four-day hunger strike by activist Anna Hazarin in April drew wide public support.'
		);
		// Two actors named before: "the actor" is left as written.
		expect(texts.some((t) => /^The actor spoke first/.test(t))).toBe(true);
	});
});

describe('generator 2.45.0: lists, asides and denials', () => {
	it('keeps the comma between names in a list with ages, and the "who" clause that holds the verb', () => {
		const body =
			'Three robbery suspects have been remanded in prison by the Osk Magistrate Court on Monday.\n\n' +
			'The suspects are Rafiu Adeba, 19, Taiwo Omota, 19, and Korede Asubi, 19.\n\n' +
			'But the pleas of the defendants were not taken as the police counsel, Abraham Fadi, who prayed the court to remand the accused persons in prison custody, spoke first.';
		const all = prompts('Court remands 3 robbery suspects', body);
		for (const p of all) {
			expect(p).not.toMatch(/Adeba Taiwo|Rafiu Adeba Taiwo/);
			expect(p).not.toMatch(/as the police counsel, (?:Abraham Fadi|_____)\.$/);
			expect(p).not.toMatch(/^The suspects are not\b/);
		}
		expect(all.some((p) => /The suspects are _____, Taiwo Omota/.test(p))).toBe(true);
	});

	it('denies no one’s identity: "Davis was not principal of the school"', () => {
		const body =
			'A Lindal school principal pleaded guilty to theft on Monday.\n\n' +
			'Monte Davis was principal of the Osk school.\n\n' +
			'Davis was accused of falsifying reimbursement requests for school supplies.';
		for (const p of prompts('Principal pleads guilty', body))
			expect(p).not.toMatch(/was not principal/);
	});
});

describe('generator 2.45.0: what a story is set in, and what it says of its own reporting', () => {
	it('gaps no place the article keeps naming, nor a continent', () => {
		const body =
			'Three robbery suspects arrested in Lagos have been remanded in prison on Monday.\n\n' +
			'The suspects were alleged to have been robbing residents of the Ijora area of Lagos for months.\n\n' +
			'Police in Lagos said the suspects were arrested on April 14.\n\n' +
			'Juan Guaya has spent years exploring the tropical climes of South America.';
		for (const p of prompts('Court remands 3 robbery suspects', body))
			expect(p).not.toMatch(/area of _____|climes of _____/);
	});

	it('asks nothing of "could not be reached for comment"', () => {
		const body =
			'The poet Louise Glik died on Friday at 80, her publisher said.\n\n' +
			'Glik won the Nobel Prize in Literature in 2020 and wrote 12 books of poems.\n\n' +
			'Her editor, Jon Galas, could not be reached immediately by Reuters.\n\n' +
			'The company did not immediately respond to a request for comment.';
		for (const p of prompts('Poet Louise Glik dies at 80', body))
			expect(p).not.toMatch(/be reached|respond to a request/);
	});
});

describe('generator 2.45.0: clauses and statements that read right', () => {
	it('reads no verb in "the hotly-contested race", and no passive after an opening participle', () => {
		const body =
			'Liberian President George Weah has conceded defeat to opposition leader and challenger Joseph Boakin in the hotly-contested presidential race.\n\n' +
			'Addressing the nation during a radio broadcast on Friday, Weah showed magnanimity in defeat.\n\n' +
			'Boakin took a lead of 28,000 votes on Friday.';
		const texts = claimsOf(body).map((c) => c.text);
		expect(texts.some((t) => /^Challenger Joseph Boakin/.test(t))).toBe(false);
		for (const p of prompts('Weah concedes defeat', body)) {
			expect(p).not.toMatch(/conceded defeat to opposition leader\.$/);
			expect(p).not.toMatch(/magnanimity in defeat was shown/);
		}
	});

	it('gives a quotation opened after "X in the press conference said:" to X', () => {
		const body =
			'Osk FC won the league shield on Monday with a 1-0 win over Lindal.\n\n' +
			'Owen Coil in the post-match press conference said: "Yeah, absolutely delighted for everyone. Everybody cares so much about Osk, and it is important that you give everything you can for them."';
		for (const p of prompts('Osk win shield', body)) expect(p).not.toMatch(/^Everybody cares/);
	});
});

describe('generator 2.45.0: typed answers and frames of time', () => {
	it('takes the amount in brackets for its figure, and asks no "previous 12 months" or example', () => {
		const text =
			'The airline announced a net loss of $256m (244 million Australian dollars), a reverse from a net profit of AU$250m in the previous 12 months.\n\n' +
			'For example, a river dividing two populations can limit gene flow.';
		const { slots } = slotsIn(text);
		const loss = slots.find((s) => s.answer === '$256m');
		expect(loss).toBeDefined();
		const q = considered('Airline posts loss', text).find(
			(x) => x.answer === '$256m' && /Fill in/.test(x.prompt)
		);
		expect(q).toBeDefined();
		const bank = raw('Airline posts loss', text).find(
			(x) => x.answer === '$256m' && x.type === 'cloze'
		);
		if (bank && 'accept' in bank) expect(bank.accept).toContain('244 million Australian dollars');
		for (const p of prompts('Airline posts loss', text))
			expect(p).not.toMatch(/previous _____|dividing _____/);
	});

	it('gaps no "Web" of "Web site"', () => {
		const body =
			'Officials in Minot ordered 11,000 people from their homes on Wednesday.\n\n' +
			'Local officials posted a notice on the city Web site.\n\n' +
			'The Souris River is expected to crest on Friday.';
		for (const p of prompts('11,000 ordered from homes', body)) expect(p).not.toMatch(/_____ site/);
	});
});

describe('generator 2.45.0: a capital beside its own country', () => {
	it('gaps no "Tokyo" beside "a Japanese plan", and no "Ankara" beside "Turkey’s"', () => {
		const body =
			'Norland strongly opposed a Japanese plan to buy the islands from the family that Tokyo recognises as the legitimate owner.\n\n' +
			'At least 20 buildings collapsed in Izmir, which is Turkey’s third-largest city after Istanbul and the capital, Ankara.\n\n' +
			'Rescuers pulled 12 people from the rubble on Friday.';
		for (const p of prompts('Islands row deepens', body))
			expect(p).not.toMatch(/family that _____|the capital, _____/);
	});
});

describe('generator 2.46.0: a quotation that runs on, and a story of few facts', () => {
	const body =
		'A 63-year-old man stopped along Upper Osk Road to refuel his lorry on Monday afternoon.\n\n' +
		'The rider turned out to be a suspect in an armed robbery at the Shell petrol station.\n\n' +
		'Senior Assistant Commissioner Gerald Lam, who is commander of the Lindal Police Division, said: "The perpetrator came in, pointed a knife, and threatened the staff. He managed to get away with more than $1,100 in cash."\n\n' +
		'The employee stayed calm during the incident, said the police.';

	it('asks "He managed to get away with _____" as the commander’s words, never of him', () => {
		const all = prompts('Customer tails robbery suspect', body);
		expect(
			all.some((p) => /Gerald Lam said: “He managed to get away with _____ in cash\.”/.test(p))
		).toBe(true);
		for (const p of all) expect(p).not.toMatch(/Gerald Lam managed|^Who managed to get away/);
	});

	it('asks where "a 63-year-old man" stopped, and keeps a few true statements', () => {
		const all = prompts('Customer tails robbery suspect', body);
		expect(all.some((p) => /A 63-year-old man stopped along _____/.test(p))).toBe(true);
		expect(raw('Customer tails robbery suspect', body).length).toBeGreaterThanOrEqual(3);
	});
});

describe('generator 2.46.0: ranges, units and "both figures"', () => {
	it('offers only amounts below a range’s top for its bottom, and asks no "units" of nothing', () => {
		const body =
			'Osk reported quarterly revenue of $49.6 billion on Tuesday, and sold 47.5 million phones.\n\n' +
			'The company is forecasting fourth-quarter revenue between $49 billion and $51 billion.\n\n' +
			'Wall Street was looking for 48.8 million units sold.\n\n' +
			'Both figures beat Wall Street’s expectations.';
		const low = considered('Osk results', body).filter(
			(q) => q.answer === '$49 billion' && q.options?.length
		);
		for (const q of low)
			for (const o of q.options!) expect(Number(o.replace(/[^\d.]/g, ''))).toBeLessThan(51);
		for (const q of considered('Osk results', body).filter(allowed)) {
			expect(q.answer).not.toMatch(/units$/);
			expect(q.prompt).not.toMatch(/^Both figures/);
		}
	});
});

describe('generator 2.47.0: amounts written with a currency code or in groups of three', () => {
	const body =
		'Sousa earned US$158 000 and 250 ranking points, with the runner-up picking up US$83 240 on Sunday.\n\n' +
		'The Portvale council approved a ferry contract worth R4 500 000 with Coastal Lines on Monday.\n\n' +
		'Pounder had denied claiming £10,422,60 in disability allowance between 2014 and 2016.\n\n' +
		'Coastal Lines claimed its first top 10 ranking in a national survey last year.';

	it('asks the whole amount, never its last three digits, and takes it typed as dollars', () => {
		const all = considered('Sousa wins in Kuala Lumpur', body);
		const answers = all.map((q) => String(q.answer));
		expect(answers).toContain('US$158 000');
		for (const a of answers) expect(a).not.toMatch(/^(?:000|240|500 000|158|83|4)$/);
		const { slots } = slotsIn(body);
		expect(acceptFor(slots.find((s) => s.answer === 'US$158 000')!)).toContain('$158 000');
		expect(slots.map((s) => s.answer)).toContain('R4 500 000');
	});

	it('asks no figure grouped wrongly and no rank band ("top 10")', () => {
		for (const q of considered('Sousa wins in Kuala Lumpur', body)) {
			expect(String(q.answer)).not.toMatch(/10,422|^10$/);
			expect(q.prompt).not.toMatch(/top (?:_____|9|11) ranking/);
		}
	});
});

describe('generator 2.47.0: ordinals that cannot move', () => {
	it('never makes "the second year in a row" the first, nor a debut a second one', () => {
		const body =
			'Farmers in the south-west will face reduced water allocations for the second year in a row as dam levels remain low.\n\n' +
			'Ackland made his first credited debut in the 1952 film Ghost Ship.\n\n' +
			'The water authority said 14 dams were below a fifth of their capacity on Monday.';
		for (const p of prompts('Dam levels low', body))
			expect(p).not.toMatch(/first year in a row|second credited debut/);
	});
});

describe('generator 2.47.0: who "he" is after a person described, not named', () => {
	it('gives a judge named two sentences back no surcharge the defendant pays', () => {
		const body =
			'Former councillor Albert Pounder, 74, claimed housing benefits he was not entitled to.\n\n' +
			'Judge Beverley Lunt, sitting at Preston Crown Court, imposed 26 weeks in jail but agreed to suspend it.\n\n' +
			'However, for the next three months the disgraced politician, whose victims include the council, will be subject to a curfew.\n\n' +
			'He must also pay a £115 surcharge.';
		const all = raw('Councillor spared jail', body);
		for (const q of all) {
			expect(q.prompt).not.toMatch(/Lunt must|Lunt[^.]*surcharge/);
			if (/surcharge/.test(q.prompt)) expect(String(q.answer)).not.toMatch(/Lunt/);
		}
	});
});

describe('generator 2.47.0: speakers, asides and denials that read as English', () => {
	const body =
		'The Kestrel brewery reported a 4 per cent rise in volumes on Thursday.\n\n' +
		'The brewer, which also makes Castle, Snow, Pilsner Urquell and Aguila beers, said demand in Africa had been strong.\n\n' +
		'The Harvey, Glen Mervyn and Waroona dams all supply farms in the region.\n\n' +
		'There were fears the drought could affect barley prices across the region.\n\n' +
		'The award nominated brewer was founded in 1895 in Pretoria.\n\n' +
		'In a letter in 2022 Mr Mackay said the old brewhouse was "too small" and needed to be replaced.';

	it('cuts a "which" aside with its whole list of names, and never writes "According to in"', () => {
		for (const p of prompts('Kestrel volumes rise', body)) {
			expect(p).not.toMatch(/brewer Snow|According to in\b/);
		}
	});

	it('denies no noun read as a verb, no existential and no participle before its noun', () => {
		for (const p of prompts('Kestrel volumes rise', body))
			expect(p).not.toMatch(/do not dam|did not dam|There were not|did not nominate/);
	});
});

describe('generator 2.47.0: a true statement the headline already makes', () => {
	it('states no death the long headline gives with its age', () => {
		const body =
			'British actor Joss Ackland has died at the age of 95, his family said in a statement.\n\n' +
			'He starred alongside Sean Connery in The Hunt for Red October in 1990.\n\n' +
			'Ackland appeared in more than 130 films over six decades.';
		const title =
			'Actor Joss Ackland, who starred alongside Sean Connery in The Hunt for Red October, dies aged 95, family says';
		for (const q of raw(title, body).filter((q) => q.type === 'true_false' && q.answer === 'True'))
			expect(q.prompt).not.toMatch(/has died at the age of 95/);
	});
});

describe('generator 2.47.0: who "their", "he" and "the actor" are', () => {
	it('writes "their" after "but" as the first clause’s things', () => {
		const body =
			'The three dams were built in 1990, but their water levels are at just 12 per cent this week.\n\n' +
			'Farmers have been told to cut water use by 20 per cent from June.\n\n' +
			'The water authority said 14 other dams were below a fifth of their capacity on Monday.';
		expect(
			prompts('Dams run low', body).some((p) => /The three dams’ water levels are at just/.test(p))
		).toBe(true);
	});

	it('asks what a speaker says "he" can recall, as the speaker’s', () => {
		const body =
			'Farmers in the south-west will face reduced water allocations this year as dam levels remain low.\n\n' +
			'Geoff Calder from water co-operative Harvey Water says the levels are the lowest he can recall in 15 years.\n\n' +
			'The water authority said 14 other dams were below a fifth of their capacity on Monday.';
		expect(
			considered('Dams run low', body).some((q) =>
				/^(?:Fill in the gap: |Choose the words that fill the gap: )?According to Geoff Calder[^,]*, the levels are the lowest he can recall/.test(
					q.prompt
				)
			)
		).toBe(true);
	});

	it('asks "the seventh player to win", and turns no win into a loss that wins', () => {
		const body =
			'Portugal’s Joao Sousa defeated Julien Benneteau of France on Sunday to win the Malaysian Open.\n\n' +
			'Sousa is the seventh player to win a maiden title this season.\n\n' +
			'The others include Bernard Tomic, Horacio Zeballos and Lukas Rosol.';
		const all = considered('Sousa bags maiden title', body);
		expect(all.some((q) => q.answer === 'seventh')).toBe(true);
		for (const q of all) expect(q.prompt).not.toMatch(/lost to [^.]*to win/);
	});

	it('names the actor the article is about for "The actor, who …" and for a lead "while he"', () => {
		const body =
			'British actor Joss Ackland has died at the age of 95, his family said.\n\n' +
			'He starred alongside Sean Connery in The Hunt for Red October.\n\n' +
			'The actor, who was made a CBE for services to drama in 2001, also spent much of his career on stage.\n\n' +
			'While he spent much of his time with the greats, Ackland had been married to his wife Rosemary for 51 years.';
		const all = considered('Actor Joss Ackland dies aged 95', body);
		expect(
			all.some((q) =>
				/Joss Ackland, who was made a CBE for services to drama in _____/.test(q.prompt)
			)
		).toBe(true);
		expect(all.some((q) => q.answer === '51 years')).toBe(true);
	});
});

describe('generator 2.47.0: pronouns a claim itself explains', () => {
	const body =
		'SABMiller posted a 4% rise in underlying beer volumes on Thursday.\n\n' +
		'Beer volumes in Latin America grew by 4%, down from 8% a year ago, with the group reporting weaker consumer sentiment.\n\n' +
		'The US, where it operates through its MillerCoors venture, remained weak, with sales to retailers falling 1.9%.';

	it('asks of a sentence whose "it" is in a "where" aside, or "the group" the company', () => {
		const all = considered('SABMiller volumes rise', body);
		expect(
			all.some((q) => /The US remained weak, with sales to retailers falling _____/.test(q.prompt))
		).toBe(true);
		expect(all.some((q) => q.answer === '4%' && /Latin America grew by _____/.test(q.prompt))).toBe(
			true
		);
	});

	it('reads "he" after a lead with no comma as the person the article is about, and cuts no list of doings', () => {
		const councillor =
			'Former councillor Albert Pounder, 74, claimed housing benefits he was not entitled to.\n\n' +
			'Under secret surveillance he was seen walking unaided, folding and carrying a table, at a field day in 2015.\n\n' +
			'Judge Beverley Lunt imposed 26 weeks in jail but agreed to suspend it for a year.';
		const all = considered('Councillor spared jail', councillor);
		expect(
			all.some((q) => /Under secret surveillance Albert Pounder was seen/.test(q.prompt))
		).toBe(true);
		for (const q of all) expect(q.prompt).not.toMatch(/walking unaided folding\?/);
	});

	it('reads a "they" after its own clause’s subject as that subject', () => {
		const flood =
			'The Souris River rose to a record 1,561 feet on Friday.\n\n' +
			'Police said they were dealing with daredevils attempting to boat through flooded neighborhoods, the Bismarck Tribune reported.\n\n' +
			'About 11,000 people were ordered from their homes on Wednesday.';
		expect(
			raw('River floods town', flood).some((q) =>
				/police said they were dealing with daredevils/.test(q.prompt)
			)
		).toBe(true);
	});
});

describe('generator 2.47.0: words that point back at the sentences before', () => {
	it('asks nothing of "died there", "such malware" or "the first one"', () => {
		const body =
			'About 50 pilot whales stranded on Farewell Spit on Friday.\n\n' +
			'Volunteers refloated 30 of them on the high tide. Three whales later died there.\n\n' +
			'Councils in 12 countries were hit by ransomware last year. A number of authorities have been disrupted by such malware.\n\n' +
			'Mumbai City scored twice in the last six minutes. The first one came in the 84th minute.';
		for (const p of prompts('Whales refloated', body))
			expect(p).not.toMatch(
				/died there|such malware|^(?:Fill in the gap: |Choose the words that fill the gap: )?The first one/
			);
	});
});

describe('generator 2.48.0: parts of a whole, second days, credits and groups', () => {
	it('offers no part above its whole ("79 of its 100 stores"), and reads "April 21 and 22" as days', () => {
		const body =
			'Schnucks said on Sunday that a data breach could affect more than two million cards.\n\n' +
			'The company said the cyber-attack possibly affected 79 of its 100 stores.\n\n' +
			'Customers can call between 9 a.m. and 4 p.m. on April 21 and 22.\n\n' +
			'The company hired a security firm on March 30 to investigate. - Bloomberg';
		const all = considered('Data breach at grocer', body);
		const part = all.filter((q) => /affected _____ of its 100 stores/.test(q.prompt));
		expect(part.length).toBeGreaterThan(0);
		for (const q of part)
			for (const o of q.options ?? []) expect(Number(o)).toBeLessThanOrEqual(100);
		for (const q of all) {
			expect(q.prompt).not.toMatch(
				/\b(?:1[01]\d|[2-9]\d\d) of its 100 stores|April 21 and (?!22)\d+|Bloomberg/
			);
			expect(String(q.answer)).not.toBe('22');
		}
	});

	it('takes no "Royal Oak Officers" for a person "he" could be', () => {
		const body =
			'ROYAL OAK, Mich. - An hours-long standoff in Royal Oak ended Monday night, and a man was taken into custody, police said.\n\n' +
			'At 4:55 p.m. on March 25, Royal Oak officers responded to a home after a family member called police.\n\n' +
			'Officers tried to talk to the man, who was showing signs of having a mental health crisis. He refused to exit the home.\n\n' +
			'"The outcome was the culmination of teamwork between members of the Troy Police Department, and Royal Oak Officers," said Royal Oak Police Chief Michael Moore.';
		for (const q of considered('Royal Oak police standoff: man arrested', body))
			expect(q.prompt).not.toMatch(/Officers refused/);
	});
});

describe('generator 2.48.0: names, relations and scopes kept whole', () => {
	it('reads "Abdel Fattah el-Sisi" whole, takes "Sisi" and the long name of "the GEM"', () => {
		const body =
			'The Grand Egyptian Museum (GEM) is set to become the largest museum of one civilisation when it opens in 2021.\n\n' +
			'The opening of the GEM was pushed back by Egyptian President Abdel Fattah el-Sisi.\n\n' +
			'According to local media, the construction works at the GEM have reached 68 percent.';
		const { slots, people: found } = slotsIn(body);
		const president = slots.find((s) => /Abdel Fattah/.test(s.answer));
		expect(president?.answer).toBe('Abdel Fattah el-Sisi');
		expect(acceptFor(president!, found)).toContain('Sisi');
		const gem = raw('Pharaonic tomb unearthed', body).find(
			(q) => q.answer === 'GEM' && q.type === 'cloze'
		);
		expect(gem && 'accept' in gem ? gem.accept : []).toContain('Grand Egyptian Museum');
	});

	it('asks no bare "Who died …?" of a wife, no garbled passive, and keeps "Excluding …" with its figure', () => {
		const body =
			'Former England captain Ray Illingworth has died aged 89.\n\n' +
			'Ray Illingworth’s wife Shirley died earlier this year after battling cancer.\n\n' +
			'Jerome Taylor scored a magnificent maiden Test century on Sunday.\n\n' +
			'Excluding results from Nokia, profit would have been 63 cents a share, compared with a forecast of 64 cents.\n\n' +
			'The investigation is ongoing.';
		const all = considered('Ray Illingworth dies aged 89', body);
		for (const q of all) {
			expect(q.prompt).not.toMatch(
				/^Who died earlier this year|Test was scored by|^(?:Fill in the gap: )?Profit would have been|investigation is not ongoing/
			);
		}
		expect(
			all.some((q) => /^Excluding results from Nokia, how many cents a share/.test(q.prompt))
		).toBe(true);
	});
});

describe('generator 2.49.0: figures the words beside them give', () => {
	it('asks no count its list of names gives, and no number next to the one beside it', () => {
		const body =
			'Jasprit Bumrah took his first five-wicket haul in Test cricket on Thursday.\n\n' +
			'Bumrah returned to take two wickets in a single over, dismissing Andile Phehlukwayo and Lungi Ngidi to bowl out South Africa for 194.\n\n' +
			'Resident Neil Aird said a surveillance plane would fly over for four or five hours at night.\n\n' +
			'In Phase 1, schooling for grades 11 and 12 will resume on 3 June 2020.';
		for (const q of considered('Bumrah takes five-wicket haul', body).filter(allowed)) {
			expect(String(q.answer)).not.toMatch(/^(?:two wickets|five hours|11|12)$/);
			expect(q.prompt).not.toMatch(
				/take (?:one|three|four) wickets in a single over|four or (?!five)\w+ hours|grades (?:10|13) and 12|grades 11 and (?:10|13)/
			);
		}
	});

	it('leaves no ministry half-named, no "using it", no "such a display", and no "not again"', () => {
		const body =
			'The Ministry of Education, Arts and Culture announced the re-opening of schools on Thursday.\n\n' +
			'The Rijksmuseum reopened in April after a major renovation. Modernist art is again on view at the Stedelijk after an expansion.\n\n' +
			'A further 26 airlines would start using it on March 29. Van Gogh had specified such a display of the three works together.';
		for (const p of prompts('Museums reopen in Amsterdam', body))
			expect(p).not.toMatch(/The _____, Arts and Culture|using it|such a display|not again/);
	});
});

describe('generator 2.49.0: who the story is about, and where words were said', () => {
	it('gaps no name of the body the lead names and the article keeps naming', () => {
		const body =
			'Sunny weather helped brewer Shepherd Neame to a good year, its annual results show.\n\n' +
			'Shepherd Neame said revenue rose 3.9 per cent to £150 million.\n\n' +
			'Shepherd Neame opened six new pubs during the year.\n\n' +
			'Chief executive Jonathan Neame said Shepherd Neame was a resilient business.\n\n' +
			'Shepherd Neame will pay a dividend of 21 pence a share in November.';
		for (const q of considered('Summer sunshine sells beer', body).filter(allowed))
			expect(q.answer).not.toBe('Shepherd Neame');
	});

	it('states what was announced without where it was announced, and no quotation without a speaker', () => {
		const body =
			'Cleveland Mayor Frank Jackson announced that he will not seek re-election during a special virtual town hall Thursday evening.\n\n' +
			'The town hall began around 5:30 p.m. He served as the city’s mayor for four terms.\n\n' +
			'“I was getting fed up,” resident Neil Aird said. “I sincerely hope it’s worth the discomfort to 120,000 people.”';
		for (const q of considered('Cleveland mayor holds town hall', body)) {
			expect(q.prompt).not.toMatch(/re-election during a special virtual town hall/);
			if (q.form === 'false' || q.form === 'true') expect(q.prompt).not.toMatch(/^“/);
		}
	});
});

describe('generator 2.49.1: commas in figures, clauses run together, agency datelines', () => {
	it('cuts no "which" aside at the comma inside "$US1,980"', () => {
		const body =
			'Samsung’s folding phone went on sale on Friday.\n\n' +
			'The Galaxy Fold, which has a starting retail price of $US1,980, or just over $2,900, is now available in South Korea.\n\n' +
			'It will reach Australia in October.';
		for (const p of prompts('Samsung Galaxy Fold', body))
			expect(p).not.toMatch(/Fold980|Fold,?\s*980/);
	});

	it('asks no question that runs two clauses together, and denies no participle before "so far"', () => {
		const body =
			'South Korea reported two more deaths from the virus on Tuesday.\n\n' +
			'According to the Health Ministry, out of the 179 confirmed cases, 27 have died, 16 are in critical condition, and 67 recovered.\n\n' +
			'Official results declared so far also point to a resounding victory for the party.';
		for (const p of prompts('Virus deaths rise', body))
			expect(p).not.toMatch(/died 16 are|did not declare so far/);
	});

	it('reads "New Delhi, Jul 24 (EFE).-" as a dateline', () => {
		const body =
			'New Delhi, Jul 24 (EFE).- The search and rescue operations after a landslide that buried a village in western India ended on Monday with authorities recovering 27 bodies.\n\n' +
			'Another 57 people remain missing, officials said.';
		for (const p of prompts('Search ends at landslide site', body))
			expect(p).not.toMatch(/New Delhi, Jul 24|EFE/);
	});
});

describe('generator 2.49.2: "the animal", "the play" and "the rest of the …"', () => {
	it('asks nothing of things only the sentences before name', () => {
		const body =
			'Up to 150 volunteers helped refloat 54 pilot whales on Monday.\n\n' +
			'One adult whale struggled to reach open sea. Rescuers said the animal was among the largest they had seen.\n\n' +
			'The rest of the animals were refloated on the high tide.\n\n' +
			'The actor died on Sunday at the age of 70. The play had been scheduled to run until May.';
		for (const p of prompts('Stranded whales rescued', body))
			expect(p).not.toMatch(
				/the animal was|^(?:Fill in the gap: |Choose the words that fill the gap: )?The rest of the animals|The play had/
			);
	});
});

describe('generator 2.49.3: a dateline closed up to its dash, and passives that keep their object', () => {
	it('reads "Flint, MI—On Election Day" as a dateline', () => {
		const body =
			'Flint, MI—On Election Day, Nov. 8, 2022, the Flint Mass Transportation Authority will provide free fare on all local routes, according to a press release.\n\n' +
			'Passengers are encouraged to call customer service at 767-0100.';
		for (const p of prompts('Free fares on Election Day', body)) expect(p).not.toMatch(/MI—/);
	});

	it('tears no "on Rodri" from its foul, and writes "VAR" in capitals after "by"', () => {
		const body =
			'Erling Haaland scored twice as Manchester City beat Manchester United 3-0 on Sunday.\n\n' +
			'VAR confirmed Rasmus Hojlund’s foul on Rodri during a free-kick.\n\n' +
			'VAR overturned the penalty in the 60th minute.';
		const all = prompts('Haaland’s double secures derby win', body);
		for (const p of all) expect(p).not.toMatch(/by vAR|was confirmed by VAR on Rodri/);
		expect(all.some((p) => /was overturned by VAR/.test(p))).toBe(true);
	});
});

describe('generator 2.50.0: the suspect, the store and the stock', () => {
	const robbery =
		'A Varn man who robbed a convenience store on a whim is expected to be arraigned today.\n\n' +
		'Detective Sgt. Ola Brandt said the suspect, 41, was arrested at the quarry at Dunbar and Hull Rds. Sunday about 13 hours after the Stop N Go store was robbed.\n\n' +
		'“They formulated a plan to rob the place,” Sgt. Brandt said.\n\n' +
		'The suspect took off his shirt and wrapped it around his hand as if concealing a gun. He also used a bandana to cover his face. He robbed the cashier and fled with more than $300 in cash.';

	it('reads "he" after "the suspect" as the suspect, never as the detective named before', () => {
		const all = prompts('Varn man arrested in robbery', robbery);
		for (const p of all) expect(p).not.toMatch(/Brandt robbed|Brandt also used/);
		expect(
			all.some((p) => /The suspect robbed the cashier and fled with _____ in cash/.test(p))
		).toBe(true);
	});

	it('goes on past "Hull Rds." into the day, and keeps "Stop N Go" whole', () => {
		const sentences = segment(robbery).sentences.map((s) => s.text);
		expect(sentences.some((s) => /Hull Rds\. Sunday about 13 hours/.test(s))).toBe(true);
		for (const p of prompts('Varn man arrested in robbery', robbery))
			expect(p).not.toMatch(/_____ N Go|Stop N _____/);
	});

	it('keeps "his" for the person the sentence before named, not the one it described', () => {
		const body =
			'The prime minister carried out a reshuffle of the government on Monday.\n\n' +
			'The prime minister sacked her deputy Rolf Anker last month in a row over his expenses.\n\n' +
			'His departure followed those of the defence and aid ministers in unrelated scandals.';
		for (const p of prompts('Reshuffle in Norland', body))
			expect(p).not.toMatch(/The prime minister’s departure/);
	});

	it('asks no "Where" of a title in a list of parts played', () => {
		const body =
			'Actor Rolf Anker, best known for The Time Machine, has died at 84, his daughter said on Thursday.\n\n' +
			'Anker also had a long television career with roles in Hong Kong, Bearcats!, The Oregon Trail and Falcon Crest.';
		for (const p of prompts('Rolf Anker dies at 84', body)) {
			expect(p).not.toMatch(/^Where\b/);
			expect(p).not.toMatch(/roles in (?!Hong Kong)\p{Lu}[\p{L} ]+, Bearcats/u);
		}
	});

	it('gives the market’s fall to nobody after "but", and strips "Recall that"', () => {
		const body =
			'Search company Osk said today its quarterly net profit more than doubled to $50.8 million, but the stock fell as some investors got less than they had hoped for.\n\n' +
			'Recall that Tribune Online reports that management increased tuition fees by over 300 percent this year.';
		const all = prompts('Osk results', body);
		for (const p of all)
			expect(p).not.toMatch(/According to Search company Osk, the stock fell|Recall that/);
		expect(all.some((p) => /The stock fell as some investors/.test(p))).toBe(true);
	});

	it('turns no idiom or two-verb object around, and denies no "again"', () => {
		const body =
			'Erling Haaland scored twice as Manchester City beat Manchester United 3-0 on Sunday.\n\n' +
			'Haaland found the back of the net again in the 49th minute.\n\n' +
			'The goal extended City’s lead and left United fans in a state of shock.';
		for (const p of prompts('Haaland’s double secures derby win', body))
			expect(p).not.toMatch(
				/The back of the net was found|Haaland did not find|were extended by the goal/
			);
	});
});

describe('generator 2.51.0: obituaries, festivals and wire copy', () => {
	it('reads past ", who had …," and "-born" to the one who died, and writes "His" as him', () => {
		const body =
			'Norland-born actor Rolf Anker, who had a long career that included roles in such films as The Time Machine and The Birds, died on Wednesday at age 84.\n\n' +
			'His daughter Felicia, a former CNN anchor, confirmed the news in a statement on Thursday.\n\n' +
			'After The Birds, he had roles in The V.I.Ps with Richard Burton. His most recent role was that of Winston Churchill in a war film.';
		const all = prompts('Rolf Anker dies at 84', body);
		expect(all.some((p) => /Rolf Anker’s daughter _____ confirmed/.test(p))).toBe(true);
		expect(all.some((p) => /Rolf Anker’s most recent role was that of _____/.test(p))).toBe(true);
	});

	it('writes "the festival" as the one the title names, and reads "This year" as no pronoun', () => {
		const body =
			'VARN (WPRI) — It’s going to be a busy weekend in Varn as the Folk Festival kicks off on Friday.\n\n' +
			'The festival is back to normal this year after it was canceled in 2020.\n\n' +
			'This year there will be three main stages and two side stages.\n\n' +
			'Varn Folk comes after the International Tennis Hall of Fame Open attracted big names last week, and next weekend is the Varn Jazz Festival.\n\n' +
			'12 News spoke to Evan Smith, the head of Discover Varn, about the many festivals in the city this summer.';
		const all = prompts('Varn Folk Festival kicks off Friday', body);
		expect(
			all.some((p) =>
				/The Varn Folk Festival is back to normal this year after it was canceled in _____/.test(p)
			)
		).toBe(true);
		expect(
			all.some((p) =>
				/^(?:Fill in the gap: |Choose the words that fill the gap: )?This year there will be/.test(
					p
				)
			)
		).toBe(true);
		for (const p of all) expect(p).not.toMatch(/_____ of Fame|Evan Smith, about/);
	});

	it('reads "Sheikh Athbi Al-Fahad Al-Sabah" as one person, and accepts "Helsinki" and "Fort Adams"', () => {
		const found = collectPeople([
			'The ruling family members include Sheikh Athbi Al-Fahad Al-Sabah, the former head of the state security police.',
			'Those exonerated include Youself Shamlan Al-Essa and Meshari Buyabis.'
		]);
		expect(found.map((p) => p.name)).toContain('Sheikh Athbi Al-Fahad Al-Sabah');
		expect(found.map((p) => p.name)).toContain('Youself Shamlan Al-Essa');
		const { slots } = slotsIn(
			'Mathias won his second gold at the 1952 Helsinki Games. Newport Folk will bring more than 50 artists to Fort Adams State Park this weekend.'
		);
		expect(acceptFor(slots.find((s) => s.answer === 'Helsinki Games')!)).toContain('Helsinki');
		expect(acceptFor(slots.find((s) => s.answer === 'Fort Adams State Park')!)).toContain(
			'Fort Adams'
		);
	});

	it('asks nothing broken, idiomatic or given by the game itself', () => {
		const body =
			'Two goals from Aaron Hawley helped Rushen United beat St Georges 2-0 on Saturday.\n\n' +
			'In the closing stages, the Saints were reduced to 10 men with the dismissal of Carl Henson.\n\n' +
			'“With his passing the Olympic movement has lost a loyal friend, and America has lost a true hero.”\n\n' +
			'The first day jitters looked a little different this year.\n\n' +
			'“The potential for long-term survival, effective cure, is definitely there,” Hawley said.\n\n' +
			'The fragmented opposition has pulled together after one of its leaders was arrested and in the face of other measures.';
		for (const p of prompts('Hawley double sees off the Saints', body))
			expect(p).not.toMatch(
				/reduced to _____|reduced to (?!10 men)\d+ men|What has and|second day jitters|definitely _____|^(?:Fill in the gap: )?One of its leaders/
			);
	});

	it('closes ‘spectacular\' and drops "In this trial," and "These results"', () => {
		const body =
			"New cancer trials have produced ‘spectacular' results, experts have claimed.\n\n" +
			'One of the trials involved almost 1,000 patients with advanced melanoma. In this trial, when the two drugs were used in combination, progression of the disease was halted for almost one year in nearly 60% of the participants.\n\n' +
			'These results were released at the annual conference of the American Society of Clinical Oncology in Chicago.';
		const all = prompts('Spectacular results from cancer trials', body);
		for (const p of all) expect(p).not.toMatch(/spectacular'|In this trial|These results/);
		expect(
			all.some((p) =>
				/The results were released at the annual conference of the _____|The results were released at the annual conference of the American Society of Clinical Oncology in _____/.test(
					p
				)
			)
		).toBe(true);
	});

	it('reads "Moscow/ Bishkek, Kyrgyzstan -" as a dateline, and asks no month of the elections', () => {
		const body =
			'Moscow/ Bishkek, Kyrgyzstan - Several thousand people gathered in a nationwide protest Friday of Kyrgyz President Kurmanbek Bakiyev ahead of elections in July.\n\n' +
			'The opposition accuses the government of corruption.';
		expect(segment(body).blocks[0]!.dateline).toBe('Moscow/ Bishkek, Kyrgyzstan');
		for (const p of prompts('Kyrgyz opposition holds rally', body)) {
			expect(p).not.toMatch(/Moscow\/|Kyrgyzstan -/);
			expect(p).not.toMatch(/^In which month/);
		}
	});

	it('asks what "it cost … to launch" as the thing that cost it', () => {
		const body =
			'The Mesa Police Department launched a new mobile app Wednesday.\n\n' +
			'It cost $30,000 to launch the app. The department uses a computer program to help predict crime hot spots.';
		expect(
			prompts('Mesa PD launches app', body).some((p) =>
				/The app cost (?:_____|\$\d[\d,]*) to launch/.test(p)
			)
		).toBe(true);
	});
});

describe('generator 2.52.0: a retailer’s own "it", and "Gap" the retailer', () => {
	const body =
		'Osk reported weak first-quarter sales Wednesday, and the discount retailer expects a continued slump.\n\n' +
		'The news sent shares down 9% in premarket trading.\n\n' +
		'What’s more, Osk said it expects comparable sales could fall as much as 2% this quarter, raising questions about whether the retailer’s turnaround, after a rough patch two years ago, has hit a wall.\n\n' +
		'Osk’s numbers follow dismal results from Macy’s, Kohl’s and Gap.';
	const all = prompts('Osk stock falls on weak sales', body);

	it('asks what the retailer said "it expects", never "… this quarter has hit a wall"', () => {
		expect(
			all.some((p) =>
				/Osk said it expects comparable sales could fall as much as _____ this quarter/.test(p)
			)
		).toBe(true);
		for (const p of all) expect(p).not.toMatch(/this quarter has hit a wall|the news expects/);
	});

	it('writes its own "Fill in the gap" in lower case, though the article names Gap', () => {
		expect(all.some((p) => p.startsWith('Fill in the gap: '))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/fill the Gap|Fill in the Gap/);
	});
});

describe('generator 2.52.0: a district assembly and a defender', () => {
	it('reads cedis, one assembly named in full and in short, and a role with no closing comma', () => {
		const body =
			'The Varn District Assembly is embarking on an aggressive infrastructure programme.\n\n' +
			'Mr Samuel Osk, the District Chief Executive said the aim is to help alleviate poverty in rural communities.\n\n' +
			'The GHs86,000.00 project is being financed solely by the district assembly.\n\n' +
			'He said the assembly was committed to providing social amenities such as school blocks and markets.\n\n' +
			'Reverend John Arthur praised the District Assembly for the support.';
		const all = prompts('Assembly embarks on infrastructure development', body);
		expect(all.some((p) => /The _____ project is being financed/.test(p))).toBe(true);
		expect(all.some((p) => /the assembly was committed to providing/.test(p))).toBe(true);
		for (const p of all) expect(p).not.toMatch(/District Chief Executive said|_____ Executive/);
	});

	it('reads "He, however," and "Instead of jubilating, he", and splits no "42nd and 70th minutes"', () => {
		const body =
			'Defender Joshua Okafor scored at both ends on Wednesday as Varn United beat Osk Stars 2-1.\n\n' +
			'Okafor was at the centre of the game, scoring an own goal in the 30th minute, and then going on to score in the 42nd and 70th minutes from assists by Elijah Akanni.\n\n' +
			'He, however, put a moment of drama into his situation after scoring with a header.\n\n' +
			'Instead of jubilating, he went to his team’s fans zone to kneel down as a mark of apology.\n\n' +
			'Having sung over 40,000 songs in various languages, the choir created a Guinness World Record.';
		const all = prompts('Okafor villain and hero as Varn beat Osk', body);
		for (const p of all)
			expect(p).not.toMatch(
				/^(?:Fill in the gap: |Choose the words that fill the gap: )?70th minutes|^He, however|^Instead of jubilating, he/
			);
		expect(
			all.some((p) => /Joshua Okafor (?:went|did not go) to his team’s fans zone/.test(p))
		).toBe(true);
		expect(all.some((p) => /Having sung _____ in various languages/.test(p))).toBe(true);
	});
});

describe('generator 2.53.0: tornadoes, an Act that would, and a share price despite a downturn', () => {
	it('writes "The second that hit" as the second of the tornadoes counted before', () => {
		const body =
			'The National Weather Service confirmed the first two tornadoes of the storm outbreak. Two separate EF-1 tornadoes hit the Varn area, blowing roofs off homes.\n\n' +
			'The first that hit the Skyline neighborhood was seven miles long.\n\n' +
			'The second that hit the Indian Creek neighborhood left a five-mile path.';
		const all = prompts('EF-1 tornadoes hit Varn County', body);
		expect(all.some((p) => /The first tornado that hit the Skyline neighborhood was/.test(p))).toBe(
			true
		);
		expect(all.some((p) => /The second tornado that hit the _____ neighborhood/.test(p))).toBe(
			true
		);
	});

	it('keeps "which would" with its verb, and asks no age as a verb, no "that activity", no "spaceX"', () => {
		const body =
			'President Joe Biden urged Congress to pass the Build Back Better Act, which would, among other things, make investments in child care and Medicare.\n\n' +
			'Michael Osk, aged 19, from Robertstown, was fined €500 for dangerous driving at a car rally.\n\n' +
			'“The reality is that all of this needs to be taken into account by those partaking in that activity,” Judge Ann Varn said.\n\n' +
			'SpaceX launched a satellite on Friday. SpaceX also attempted another rocket landing.';
		for (const p of prompts('Biden signs infrastructure bill', body))
			expect(p).not.toMatch(/Better Act make investments|^Who aged|in _____\.”|spaceX/);
	});

	it('turns no share price round "despite" a downturn, and asks no "1433 AEST"', () => {
		const body =
			'Agribusiness group Osk has reported a 90 per cent gain in half-year profit.\n\n' +
			'Osk shares were trading higher by more than 9.0 per cent to $10.31 at 1433 AEST.\n\n' +
			'The share price has increased by more than 51 per cent since January 1 despite a wider market downturn from the pandemic.';
		for (const p of prompts('Osk profit up 90%', body))
			expect(p).not.toMatch(
				/has (?:reduced|not increased|decreased)|at (?!1433)\d{4} AEST|at _____ AEST/
			);
	});
});

describe('generator 2.54.0: a ward is no person, a first trap has no second, a share stays under 100', () => {
	it('reads "the Cradley Heath and Old Hill ward" as a place and "Honorary Alderman" as a title', () => {
		const found = collectPeople([
			'Tributes have been paid to Honorary Alderman of Varn and former deputy mayor Margaret James, who has died aged 85.',
			'Mrs James served as a Labour councillor for the Cradley Heath and Old Hill ward for 12 years.',
			'She was a member of Cradley Heath Action Forum.',
			'Council leader Rajbir Singh said: "My thoughts are with Honorary Alderman Margaret James’ family."'
		]);
		const names = found.map((p) => p.name);
		expect(names).toContain('Margaret James');
		expect(names).not.toContain('Cradley Heath');
		expect(names.some((n) => /Alderman/.test(n))).toBe(false);
	});

	it('turns no "first trap" into a second, and no "second fastest" into a first', () => {
		const body =
			'Eliud Kipchoge ran the second fastest marathon time in history on Sunday.\n\n' +
			'The community group Capital Kiwi wants to set 4400 traps over the next three years.\n\n' +
			'The first trap was set at Terawhiti Station in Makara on Monday.';
		for (const p of prompts('Kipchoge and kiwi', body))
			expect(p).not.toMatch(/second trap|first fastest/);
	});

	it('asks no race distance, keeps "5,000m" whole in an aside, and offers no share above 100', () => {
		const body =
			'The race was all about Kipchoge, an athlete talented enough to win world championship gold over 5,000m as an 18-year-old, and to take Olympic bronze in 2004.\n\n' +
			'Eliud Kipchoge is even better over 26.2 miles.\n\n' +
			'The pass percentage of regular candidates in the examinations held in March is 94.48, the minister said on Sunday.';
		const all = raw('Kipchoge wins in Varn', body);
		for (const q of all) {
			expect(q.prompt).not.toMatch(/Kipchoge,000m|even better _____|over _____ as an/);
			for (const o of optionsOf(q))
				if (/^\d+\.\d+$/.test(o)) expect(Number(o)).toBeLessThanOrEqual(100);
			if (q.type === 'true_false')
				expect(q.prompt).not.toMatch(/is (?:1\d\d|[2-9]\d\d)\.\d+, the minister/);
		}
	});

	it('reads "He alleged that …, Modi was not" as someone other than Modi', () => {
		const body =
			'Chief Minister Bhupesh Baghel on Monday announced that the government will procure paddy at Rs 1,850 per quintal.\n\n' +
			'The Chief Minister has recently written to Prime Minister Narendra Modi asking him to raise the price.\n\n' +
			'He alleged that despite writing the letter, Modi was not giving him an appointment.';
		for (const p of prompts('Government to procure paddy', body))
			expect(p).not.toMatch(/Narendra Modi alleged|^Who alleged/);
	});

	it('splits no "Drones operated by Flirtey and an aircraft … delivered", and keeps "more than doubled" options above double', () => {
		const body =
			'Drones operated by the company Flirtey and a full-sized aircraft operated by a NASA research center delivered medical supplies on Friday.\n\n' +
			'The construction division also romped ahead with operating profit more than doubled from £9m to £20m over the year.';
		const all = raw('First drone delivery', body);
		for (const q of all) {
			expect(q.prompt).not.toMatch(/Drones (?:did not operate|operated by the company Flirtey\.)/);
			if (/doubled from £9m to _____/.test(q.prompt))
				for (const o of optionsOf(q))
					expect(Number(o.replace(/[£m]/g, ''))).toBeGreaterThanOrEqual(18);
			if (/doubled from _____ to £20m/.test(q.prompt))
				for (const o of optionsOf(q))
					expect(Number(o.replace(/[£m]/g, ''))).toBeLessThanOrEqual(10);
		}
	});
});

describe('generator 2.55.0: an actor and his parts, a minister named surname first', () => {
	it('reads "actor Rolf Anker" as a person and the parts he played as nobody, so "he" is him', () => {
		const body =
			'Hollywood is grieving following the death of legendary Oscar-winning actor Rolf Anker. The star died on Saturday at his home following a long illness. He was 84.\n\n' +
			'Over a career spanning seven decades, the icon portrayed such heroic figures as Moses, El Cid and Judah Ben-Hur.\n\n' +
			'In 2002, he issued a statement announcing he was suffering from Alzheimer’s disease. His last role was in 2003, when he played an elderly Josef Mengele.';
		const names = collectPeople(segment(body).sentences.map((s) => s.text)).map((p) => p.name);
		expect(names).toContain('Rolf Anker');
		expect(names).not.toContain('Judah Ben-Hur');
		expect(names).not.toContain('Josef Mengele');
		const all = prompts('Rolf Anker dies', body);
		expect(
			all.some((p) => /Rolf Anker died on (?:_____|Saturday)|did Rolf Anker die/.test(p))
		).toBe(true);
		for (const p of all) expect(p).not.toMatch(/Ben-Hur (?:died|issued|was 84)|Mengele issued/);
	});

	it('reads "Heng Swee Keat" and "Mr Heng" as one man, no budget as a person, and asks no tripled sum', () => {
		const texts = [
			'Deputy Prime Minister Heng Swee Keat announced on Thursday that the Supplementary Budget comes in addition to the S$6.4 billion.',
			'Mr Heng also announced the tripling of Grocery Vouchers given from S$100 to S$300.'
		];
		const names = collectPeople(texts).map((p) => p.name);
		expect(names).toEqual(['Heng Swee Keat']);
		for (const p of prompts('Resilience Budget', texts.join('\n\n')))
			expect(p).not.toMatch(
				/from (?:_____|S\$\d+) to (?:_____|S\$(?!300)\d+)|from _____ to S\$300/
			);
	});
});

describe('generator 2.55.1: "respectively", "five steel and iron companies" and "Kim Hak-ui"', () => {
	it('keeps what "respectively" pairs its figures with, and splits no count from its noun', () => {
		const body =
			'The metal industry was among the worst hit, as 31 non-ferrous firms reported a 22.29 percent retreat in their total net profits and five steel and iron companies saw a 41.03-percent shrink.\n\n' +
			'Sectors less sensitive to economic cycles, including pharmacy and food industries, maintained steady net growth rates of 6.25 percent and 35.13 percent respectively.\n\n' +
			'Serve dominated the first set with Serena fighting off the only two break points in the eighth game and it was her sister who seized control of the tiebreak.';
		const all = prompts('Listed firms report slower profits', body);
		for (const p of all) {
			expect(p).not.toMatch(
				/five steel\.|^(?:Fill in the gap: |Choose the words that fill the gap: )?Iron companies/
			);
			if (/respectively/.test(p)) expect(p).toMatch(/including pharmacy and food industries/);
		}
		expect(all.some((p) => /respectively/.test(p))).toBe(true);
	});

	it('reads "Kim Hak-ui" whole', () => {
		const names = collectPeople([
			'The Seoul High Court sentenced Kim Hak-ui, a former vice justice minister, to 2 1/2 years in prison.',
			'Kim also allegedly received some 131 million won from a businessman.'
		]).map((p) => p.name);
		expect(names).toContain('Kim Hak-ui');
		expect(names).not.toContain('Kim Hak');
	});
});

describe('generator 2.56.0: local places, a body announcing after a time, "Although he …, he", "alongside"', () => {
	it('reads a name after "in" or "near" as a place, and a site by its last word', () => {
		const claims = claimsOf(
			'The first nest box was set at Karanui Station in Tewhara on Monday.\n\n' +
				'Volunteers later found chicks near Oskarby.\n\n' +
				'Halden played in Test cricket for ten years and sang with Voices in Harmony.\n\n' +
				'A record 30.3C was recorded in Elmton in the Vale, Norshire, in March.'
		);
		const places = claims.flatMap((c) =>
			c.mentions.filter((m) => m.kind === 'place').map((m) => m.text)
		);
		expect(places).toEqual(expect.arrayContaining(['Karanui Station', 'Tewhara', 'Oskarby']));
		expect(places).not.toContain('Test');
		expect(places).not.toContain('Harmony');
		expect(places).not.toContain('Elmton');
		expect(places).not.toContain('March');
	});

	it('reads "By noon, Skyhop announced it has made …" as what Skyhop did', () => {
		const claims = claimsOf(
			'Skyhop flew its first delivery drone over Wise County on Friday.\n\n' +
				'By noon, Skyhop announced it has made two successful deliveries.\n\n' +
				'The mosquito district tested samples all summer.\n\n' +
				'To date, the district said it has found 148 infected samples in Yolo County.'
		);
		const texts = claims.map((c) => c.text);
		expect(texts).toContain('By noon, Skyhop has made two successful deliveries.');
		expect(texts.some((t) => /^To date, the district has found 148 infected samples/.test(t))).toBe(
			true
		);
	});

	it('reads "Although he …, he was elected" as the man the article is about', () => {
		const body =
			'Former MP and notary Karl Vell has died at the age of 66.\n\n' +
			'Although he did not stand in the most recent general election, he was elected to parliament in a 2015 casual election.';
		expect(claimsOf(body).at(-1)!.text).toMatch(
			/^Although he did not stand in the most recent general election, Karl Vell was elected/
		);
		expect(
			prompts('Karl Vell dies at 66', body).some((p) => /in a _____ casual election/.test(p))
		).toBe(true);
	});

	it('reads "They" after "A was charged alongside B, C and D" as all four, an alias as no fifth', () => {
		const claims = claimsOf(
			'Jon Arek Ode, a lawyer, was charged alongside traders Ali Veza, Mara Wenji Moo alias Eliza Mutu and Ira Wai Kim.\n\n' +
				'They faced a joint charge of defrauding businessman Tomas Rell of Sh20 million on March 19.'
		);
		expect(claims.at(-1)!.text).toMatch(
			/^Jon Arek Ode, Ali Veza, Mara Wenji Moo and Ira Wai Kim faced a joint charge/
		);
	});
});

describe('generator 2.56.0: spans of years, and no answer of three names or more', () => {
	it('reads both years of "between 2003 and 2008", but no count "between 1900 and 2000 units"', () => {
		const claims = claimsOf(
			'Former MP Karl Vell has died at 66.\n\n' +
				'Between 2003 and 2008 Vell was parliamentary secretary for defence.\n\n' +
				'The plant made between 1900 and 2000 units a day.'
		);
		const years = (i: number) =>
			claims[i]!.mentions.filter((m) => m.kind === 'date').map((m) => m.text);
		expect(years(1)).toEqual(['2003', '2008']);
		expect(years(2)).toEqual([]);
	});

	it('asks no "Who …?" nor a gap whose answer is four people', () => {
		const asked = raw(
			'Four charged over fake cash',
			'Four suspects were on Tuesday charged with fraud at a Norland court.\n\n' +
				'Jon Arek Ode, a lawyer, was charged alongside traders Ali Veza, Mara Wenji Moo and Ira Wai Kim.\n\n' +
				'They faced a joint charge of defrauding businessman Tomas Rell of Sh20 million on March 19.\n\n' +
				'Chief Magistrate Pol Andi released Ode on a Sh1 million cash bail.'
		);
		expect(asked.some((q) => /Sh20 million/.test(q.prompt))).toBe(true);
		for (const q of asked) {
			const key = 'answer' in q ? String(q.answer) : '';
			expect(key).not.toMatch(/,.*\band\b/);
		}
	});
});
