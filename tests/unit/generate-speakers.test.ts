import { describe, expect, it } from 'vitest';
import { collectPeople, findMentions, generateBank, segment } from '../../src/lib/generate/index';
import { analyse } from '../../src/lib/generate/analyse';
import { slotsOf } from '../../src/lib/generate/facts';
import { acceptFor } from '../../src/lib/generate/accept';
import { distractorsFor } from '../../src/lib/generate/distractors';
import { offenceHeads } from '../../src/lib/generate/lang/en/gazetteer';
import type { Article } from '../../src/lib/schema';
import {
	allowed,
	claimsOf as claims,
	considered,
	titledArticle as article
} from './synthetic-article';

// Generator 2.19.0: who "she said" is, amounts with their scale glued on ("$1trillion"), dashes
// typed as two hyphens, phrases read as clauses, appositions with a verb of their own, a verb's
// "them", and approximate limits. Every article here is invented for the test.

const published = '2024-02-02';
const raw = (a: Article) => generateBank(a).report.raw;
const asked = (title: string, body: string) => considered(title, body).filter(allowed);
const slots = (text: string) =>
	analyse(segment(text).sentences, { people: [], published }).flatMap((c) => slotsOf(c, []));

describe('"she said" after someone else’s words', () => {
	const body =
		'Judge Ada Lindqvist said that Tomas Berg had acted recklessly at the pier.\n\n' +
		'She said Berg was therefore guilty of negligence, and cleared him of the more serious charge.';

	it('is the speaker going on, not the person her words were about', () => {
		const second = claims(body).filter((c) => c.sentence.index === 1);
		expect(second.length).toBeGreaterThan(0);
		for (const c of second) expect(c.source).toMatch(/Lindqvist/);
	});

	it('is the one other person named when the last one is known as "he"', () => {
		const read = claims(
			'Tomas Berg crashed the boat. He said the pier was dark, and Ada Lindqvist agreed with Berg on Monday.\n\n' +
				'“The lights were out for a week,” she said.'
		);
		const quote = read.find((c) => c.quote);
		expect(quote?.quote?.speaker.name).toBe('Ada Lindqvist');
	});
});

describe('an amount with its scale glued on', () => {
	it('is read whole: "$1trillion", "£150billion"', () => {
		const found = findMentions(
			'Varnet became the first firm to hit a valuation of $1trillion after adding £150billion.',
			{ people: [], published, tense: 'past' }
		)
			.filter((m) => m.kind === 'quantity')
			.map((m) => m.text);
		expect(found).toEqual(expect.arrayContaining(['$1trillion', '£150billion']));
		expect(found).not.toContain('$1');
	});

	it('is typed with its scale written out, never as the bare number', () => {
		const slot = slots('The rival was valued at $3bn last year.').find((s) => s.answer === '$3bn')!;
		const accept = acceptFor(slot);
		expect(accept).toEqual(expect.arrayContaining(['$3 billion', '3 billion']));
		expect(accept).not.toContain('3');
		expect(accept).not.toContain('$3');
	});
});

describe('a dash typed as two hyphens', () => {
	it('sets off an aside, and no clause starts inside it', () => {
		const prompts = considered(
			'Fight stopped',
			'Referee Lane took two points from Berg after the first foul--which came with 33 seconds left in the round--then warned Berg he would be out.'
		).map((q) => q.prompt);
		expect(prompts.some((p) => /Referee Lane took two points/.test(p))).toBe(true);
		for (const p of prompts) expect(p).not.toMatch(/^(?:[^:]*: )?The first foul/);
	});
});

describe('phrases that are not clauses', () => {
	it('reads "as a result of a wider tech sell-off" as a phrase', () => {
		const read = claims(
			'Varnet and Osk joined the club in 2021, but later tumbled out again as a result of a wider tech sell-off.'
		);
		for (const c of read) expect(c.text).not.toMatch(/^A result/);
		expect(
			asked('Club', read[0]!.sentence.text)
				.map((q) => q.prompt)
				.join('\n')
		).not.toMatch(/does not sell-off/);
	});

	it('reads "a wider tech sell-off" as a noun, not a clause', () => {
		const read = claims('Shares in Varnet fell 9 percent on Monday after a wider tech sell-off.');
		for (const c of read) expect(c.text).not.toMatch(/^A wider tech/);
	});

	it('keeps "Facebook owner Meta" a name in a question', () => {
		const prompts = considered(
			'Club grows',
			'Varnet owner Meta and Osk joined the trillion dollar club in 2021, analysts said.'
		).map((q) => q.prompt);
		expect(prompts.some((p) => /did Varnet owner Meta and Osk join/.test(p))).toBe(true);
		expect(prompts.some((p) => /varnet owner/.test(p))).toBe(false);
	});
});

describe('an apposition with a verb of its own', () => {
	it('is the sentence going on, and is never cut out', () => {
		const prompts = considered(
			'Flood toll rises',
			'Some 60 percent of Kota Marel, the main town on the coast was destroyed, the agency estimated, and 115 miles of the shore was flooded.'
		).map((q) => q.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const p of prompts) if (/Kota Marel|_____ of/.test(p)) expect(p).toMatch(/was destroyed/);
	});
});

describe('a verb’s "them"', () => {
	it('is never its own subject: "The winners will collect them" is refused', () => {
		const qs = considered(
			'Prize announced',
			'The Ostravian Prize for Poetry was the last of 12 prizes to be announced this year.\n\nThe winners will collect them at a ceremony on Dec. 10.'
		).filter((q) => /collect them/.test(q.prompt));
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(allowed(q)).toBe(false);
	});

	it('is a plural the sentence names after its verb', () => {
		const qs = considered(
			'Arrests',
			'Police in Varnet arrested four fishermen on Tuesday and questioned them for 12 hours.'
		).filter((q) => /questioned them/.test(q.prompt) && q.answer === '12 hours');
		expect(qs.some(allowed)).toBe(true);
	});
});

describe('a figure "well past" a limit', () => {
	it('is never made false by raising it: "well past 120,000" could be true', () => {
		const qs = considered(
			'Cases soar',
			'The number of worldwide cases soared well past 100,000 on Tuesday, the agency said.'
		);
		expect(qs.some((q) => q.answer === '100,000')).toBe(true);
		for (const q of qs)
			if (q.form === 'false') expect(q.prompt).not.toMatch(/well past (?!100,000)[\d,]+/);
	});
});

describe('an offence in a verdict', () => {
	const body =
		'The Varnish Senate acquitted Tomas Berg of perjury and obstruction of justice Friday, ending a 13-month drama that led to only the second impeachment trial in Varnish history.\n\n' +
		'Judge Ada Lind said Berg had also been cleared of premeditated murder and the lesser charge of murder.\n\n' +
		'Prosecutors had asked for a sentence of 15 years in prison.';

	it('is one answer, asked whole as a gap, and typed in either order', () => {
		const gaps = considered('Senate ends trial', body).filter(
			(q) => q.form === 'gap-typed' && q.answer === 'perjury and obstruction of justice'
		);
		expect(gaps.map((q) => q.prompt)).toEqual([
			expect.stringMatching(/acquitted Tomas Berg of _____ Friday/)
		]);
		// The verdict is in the bank, not only among the candidates.
		expect(
			raw(article('Senate ends trial', body)).some(
				(q) => q.answer === 'perjury and obstruction of justice'
			)
		).toBe(true);
		const slot = slots(body).find((x) => x.answer === 'perjury and obstruction of justice')!;
		expect(acceptFor(slot)).toContain('obstruction of justice and perjury');
	});

	it('is offered beside other offences, the article’s own first, two for two', () => {
		const text =
			'Judge Ada Lind cleared Tomas Berg of premeditated murder but found him guilty of culpable homicide. ' +
			'The Senate acquitted Osk of perjury and obstruction of justice.';
		const found = findMentions(text, { people: [], published, tense: 'past' });
		const charges = found.filter((m) => m.key.startsWith('charge:'));
		expect(charges.map((m) => m.text)).toEqual([
			'premeditated murder',
			'culpable homicide',
			'perjury and obstruction of justice'
		]);
		const pool = { byKind: new Map([['thing', charges]]), people: [] };
		const single = distractorsFor(
			charges[0]!,
			'Lind cleared Berg of premeditated murder.',
			pool,
			3
		);
		expect(single[0]).toBe('culpable homicide');
		expect(single).toHaveLength(3);
		const pair = distractorsFor(charges[2]!, 'The Senate acquitted Osk.', pool, 3);
		expect(pair).toHaveLength(3);
		const offence = new RegExp(`^(?:\\w+ )?(?:${offenceHeads.join('|')})(?: of justice)?$`);
		for (const o of single) expect(o).toMatch(offence);
		for (const o of pair) {
			const parts = o.split(' and ');
			expect(parts).toHaveLength(2);
			for (const p of parts) expect(p).toMatch(offence);
		}
	});

	it('stops before a list it cannot read to its end', () => {
		const found = findMentions(
			'Stewart was found guilty of conspiracy, obstruction of justice, and making false statements.',
			{ people: [], published, tense: 'past' }
		);
		expect(found.some((m) => m.key.startsWith('charge:'))).toBe(false);
	});

	it('is made false only by another offence the article names', () => {
		const falses = considered('Senate ends trial', body).filter(
			(q) => q.form === 'false' && /cleared of/.test(q.prompt)
		);
		for (const q of falses)
			expect(q.prompt).not.toMatch(/cleared of (?!premeditated murder)\w+ (?:and|or)/);
		const single = considered(
			'Court rules',
			'Judge Ada Lind found Tomas Berg guilty of fraud on Monday.\n\nLind cleared Berg of bribery in a separate case heard in 2019.'
		).filter((q) => q.form === 'false');
		for (const q of single)
			if (/guilty of/.test(q.prompt)) expect(q.prompt).toMatch(/guilty of (?:fraud|bribery)/);
	});

	it('is typed as the offence alone: "perjury" for "the charge of perjury"', () => {
		const slot = slots('Senators rejected the charge of perjury by a 55-45 vote.').find(
			(s) => s.kind === 'thing' && /perjury/.test(s.answer)
		);
		expect(slot).toBeDefined();
		expect(acceptFor(slot!)).toEqual(expect.arrayContaining(['perjury', 'perjury charge']));
	});
});

describe('a name that is a thing', () => {
	it('is no person when every use of it names a platform or a play', () => {
		const people = collectPeople([
			'Shell will seek a licence to dismantle the massive Brent Spar platform on shore.',
			'Fo performed the one-man play Mistero Buffo around the world, said Sara Danius.'
		]).map((p) => p.name);
		expect(people).not.toContain('Brent Spar');
		expect(people).not.toContain('Mistero Buffo');
		expect(people).toContain('Sara Danius');
	});
});

describe('a figure the article gives roughly', () => {
	it('is made false only by one at least a third away: "about 500" is not "about 400"', () => {
		const falses = considered(
			'Storm hits coast',
			'About 500 people were evacuated from their homes in Ostrava on Tuesday, officials said.\n\n' +
				'The storm destroyed 40 bridges across the province.'
		).filter((q) => q.form === 'false' && /people were evacuated/.test(q.prompt));
		expect(falses.length).toBeGreaterThan(0);
		for (const q of falses) {
			const n = Number(/([\d,]+) people/.exec(q.prompt)![1]!.replace(/,/g, ''));
			expect(Math.abs(n - 500) / 500).toBeGreaterThanOrEqual(0.34);
		}
	});
});

describe('an article that lost words', () => {
	it('gives no question on "The with the jury deadlocked …"', () => {
		const prompts = considered(
			'Producer guilty',
			'The producer stood trial in 2007, but the with the jury deadlocked at 10-2 in favour of convicting Berg the judge ruled a mis-trial.\n\n' +
				'Berg faces 15 years in prison.'
		)
			.filter(allowed)
			.map((q) => q.prompt);
		for (const p of prompts) expect(p).not.toMatch(/\bThe with\b/);
		expect(prompts.length).toBeGreaterThan(0);
	});
});

describe('a span that ranks a record', () => {
	it('is never made false: "one of the biggest ever two-day rises" could be true', () => {
		const falses = considered(
			'Chip maker soars',
			'Varnet clocked up one of the biggest ever one-day stock market increases last week, adding 24 percent on Thursday.\n\n' +
				'Its shares traded at $406 on Friday.'
		).filter((q) => q.form === 'false');
		for (const q of falses) expect(q.prompt).not.toMatch(/ever (?!one-day)\S+-day/);
	});
});

describe('an abbreviation with a possessive', () => {
	it('is never cut before its full stop: no "_____.’ decision"', () => {
		const prompts = considered(
			'Format war ends',
			'Warner Bros.’ decision last month to support only Blu-ray had a major impact on the HD DVD business, Toshiba chief Atsutoshi Nishida admitted on Tuesday.'
		).map((q) => q.prompt);
		for (const p of prompts) expect(p).not.toMatch(/_____\.['’]/);
	});
});

describe('a relative named by one name', () => {
	it('is a person, the subject of "X’s uncle Arnold said", and the "he" who adds a quote', () => {
		const read = claims(
			'Judge Ada Lindqvist found Tomas Berg guilty on Friday.\n\n' +
				'In a brief statement, Berg’s uncle Arnold said that the family was grateful to the judge.\n\n' +
				'“We always knew the facts,” he added.'
		);
		const statement = read.find((c) => c.sentence.index === 1)!;
		expect(statement.subjectPeople.map((p) => p.name)).toEqual(['Arnold']);
		expect(read.find((c) => c.quote)?.quote?.speaker.name).toBe('Arnold');
	});
});

describe('a range', () => {
	it('is never made false by moving one end: "40 to 100" overlaps "50 to 100"', () => {
		const qs = considered(
			'Beam circles ring',
			'In the control room in Ostrava, 50 to 100 senior members of the project watched the monitors on Wednesday.'
		);
		expect(qs.some((q) => /_____ to 100|50 to _____/.test(q.prompt))).toBe(true);
		expect(qs.filter((q) => q.form === 'false' && /\d+ to \d+/.test(q.prompt))).toEqual([]);
	});

	it('is not a change: "from 152 to 112" may still be made false', () => {
		const falses = considered(
			'Toll falls',
			'The number of deaths in Ostrava fell from 152 to 112 last year, officials said on Monday.'
		).filter((q) => q.form === 'false' && /from 152 to (?!112)\d+/.test(q.prompt));
		expect(falses.length).toBeGreaterThan(0);
	});
});

describe('a statement made false by "not"', () => {
	it('is never made across a word before the verb or on a subject with no noun', () => {
		const falses = considered(
			'Medal decision',
			'The IOC executive board unanimously approved the recommendation on Tuesday in Ostrava.\n\n' +
				'Scientific research into the virus has in recent years led to new drugs.\n\n' +
				'Judge Ada Lind sentenced Tomas Berg on Monday. Tomas Berg took his own life in his cell while awaiting trial.\n\n' +
				'Osk Varga quietly took his own life in his cell in Ostrava.'
		)
			.filter((q) => q.form === 'false')
			.map((q) => q.prompt);
		for (const p of falses) {
			expect(p).not.toMatch(/(?:unanimously|quietly) did not/);
			expect(p).not.toMatch(/^Scientific does not/);
		}
		expect(falses.some((p) => /Tomas Berg did not take his own life/.test(p))).toBe(true);
	});
});

describe('figures that add up', () => {
	it('give each other away: no question on a total or a part of "964 people -- 776 passengers and 188 crew"', () => {
		const qs = considered(
			'Ferry sinks',
			'Border guards said 964 people -- 776 passengers and 188 crew -- were aboard the vessel.\n\n' +
				'In six games played over nine days, the system won two, drew three and lost one.\n\n' +
				'The storm destroyed 40 bridges and 12 schools across the province.'
		).filter(allowed);
		const answers = qs.filter((q) => q.form !== 'true' && q.form !== 'false').map((q) => q.answer);
		for (const a of ['964 people', '776 passengers', '188', 'six games'])
			expect(answers).not.toContain(a);
		// Two figures that add up to nothing in the claim are asked.
		expect(answers).toContain('40 bridges');
	});

	it('count nothing when they label: "unit 4" is not "units 1 and 3"', () => {
		const answers = considered(
			'Plant fire',
			'At the plant, where units 1 and 3 had exploded, 4 workers were hurt on Friday, officials in Ostrava said.'
		)
			.filter(allowed)
			.map((q) => q.answer);
		expect(answers).toContain('4 workers');
	});

	it('never ask "How many bridges and 12 schools …?"', () => {
		const prompts = considered(
			'Storm',
			'The storm destroyed 40 bridges and 12 schools across the province on Monday.'
		).map((q) => q.prompt);
		for (const p of prompts) expect(p).not.toMatch(/How many \w+ and \d/);
	});
});

describe('a family name with a particle', () => {
	it('is one person, never the first name alone: "Andre van der Merwe", "van der Merwe said"', () => {
		const texts = [
			'The surgery was led by Prof. Andre van der Merwe, the university said.',
			'“Our goal was met,” van der Merwe said.'
		];
		const people = collectPeople(texts);
		expect(people.map((p) => [p.name, p.surname])).toEqual([
			['Andre van der Merwe', 'van der Merwe']
		]);
		const found = texts.flatMap((t) =>
			findMentions(t, { people, published, tense: 'past' })
				.filter((m) => m.kind === 'person')
				.map((m) => m.text)
		);
		expect(found).toEqual(['Andre van der Merwe', 'van der Merwe']);
	});
});

describe('more false statements that are not clearly false', () => {
	it('no lower limit changed under its currency: "at least $35 billion" is not made "$25 billion"', () => {
		const falses = considered(
			'Shares fall',
			'Shares of dozens of grocers lost at least $35 billion in market value on Friday in New York.'
		).filter((q) => q.form === 'false');
		for (const q of falses) expect(q.prompt).not.toMatch(/at least \$(?!35)\d+ billion/);
	});

	it('no range run backwards: "between 200 and 260" is never "between 280 and 260"', () => {
		const qs = considered(
			'Smog alert',
			'The air pollution index in Beijing recorded an average of between 200 and 260 on Monday.'
		);
		expect(qs.filter((q) => q.form === 'false' && /between \d+ and \d+/.test(q.prompt))).toEqual(
			[]
		);
	});

	it('no "not" on what something means, and no "it" read as a place in "It means …"', () => {
		const qs = considered(
			'Smog alert',
			'Beijing issued its first red alert for smog on Monday night. It means traffic will be heavily controlled.\n\n' +
				'The triumph means Tomas Berg is now level with Ostrava Schmidt.'
		).map((q) => q.prompt);
		for (const p of qs) {
			expect(p).not.toMatch(/^Beijing (?:does not )?means?\b/);
			expect(p).not.toMatch(/does not mean/);
		}
	});

	it('no rank the headline gives: "seven titles" under "seventh world title", "first" under "2nd"', () => {
		const qs = considered(
			'Hamilton seals seventh world title',
			'The triumph leaves the driver level with Ostrava Schmidt with seven titles to his name.\n\n' +
				'Schmidt won his titles in Europe between 1994 and 2004.'
		);
		expect(qs.filter((q) => q.answer === 'seven titles')).toEqual([]);
		const ranks = considered(
			'London patient becomes 2nd AIDS cure hope',
			'An HIV-positive man in Ostrava has become the second known adult to be cleared of HIV, his doctors said on Monday.\n\n' +
				'The man received a bone marrow transplant from a donor in Varnet in 2016.'
		).filter((q) => q.form === 'false');
		for (const q of ranks) expect(q.prompt).not.toMatch(/\b(?:first|third) known adult/);
	});

	it('no statement from a sentence with no verb of its own', () => {
		const prompts = considered(
			'Hamilton wins',
			'Lewis Hamilton won the race in Istanbul on Sunday.\n\nArguably the greatest driver to ever compete in the sport.'
		).map((q) => q.prompt);
		expect(prompts.some((p) => /^Arguably/.test(p))).toBe(false);
	});
});

describe('counts that are no counts', () => {
	it('asks no "How many man …?" of "One man held up a sign", nor "the 22nd century"', () => {
		const qs = considered(
			'Verdict',
			'One man held up a sign calling for Berg to be jailed in Ostrava on Monday.\n\n' +
				'One point is awarded for a win and a half point for a draw in the Ostrava league.\n\n' +
				'The party, led by the son of the most famous figure of the 20th century, won 184 seats.'
		);
		for (const q of qs) expect(q.prompt).not.toMatch(/^How many (?:man|point)\b/);
		expect(qs.filter((q) => q.answer === '20th')).toEqual([]);
	});
});

describe('a later clause that reports someone else', () => {
	it('keeps its own speaker: "…, but some officials indicated the figure might not be precise"', () => {
		const read = claims(
			'Border guards and Finnish officials said 964 people were aboard the vessel, but some Estonian officials indicated the figure might not be precise.'
		);
		const second = read.find((c) => /^Some Estonian officials indicated/.test(c.text));
		expect(second).toBeDefined();
		expect(second!.source).toBeUndefined();
	});
});

describe('read from fresh articles', () => {
	it('takes no source from a "while" clause: "While Binance’s CEO said …, the company announced …"', () => {
		const prompts = considered(
			'Deal collapses',
			'While Binance co-founder and CEO Changpeng Zhao said Varnet has a significant liquidity crunch, the company announced Wednesday that the deal will not go through.'
		).map((q) => q.prompt);
		for (const p of prompts) expect(p).not.toMatch(/According to While/);
	});

	it('asks no count its list gives: "all three charges against him - murder, assault and arson -"', () => {
		const qs = considered(
			'Verdict',
			'A jury in Ostrava found Tomas Berg guilty of all three charges against him - murder, assault and arson - after deliberating for just over 10 hours.'
		);
		expect(qs.filter((q) => q.answer === 'three charges')).toEqual([]);
		expect(qs.some((q) => /over 10 hours|10 hours/.test(q.answer))).toBe(true);
	});

	it('counts "15 member states", not "15 member states voting"', () => {
		const answers = considered(
			'Ban backed',
			'The 15 member states voting in favour gave 189 weighted votes in Brussels on Monday.'
		).map((q) => q.answer);
		expect(answers).toContain('15 member states');
		expect(answers).not.toContain('15 member states voting');
	});

	it('types a company without its legal word: "FTX" for "FTX Group"', () => {
		const slot = slots('The firm said that Varnet Group has filed for bankruptcy in the US.').find(
			(s) => s.answer === 'Varnet Group'
		);
		expect(slot).toBeDefined();
		expect(acceptFor(slot!)).toContain('Varnet');
	});

	it('reads no person in "a 41-year-old Black Minneapolis resident"', () => {
		const people = collectPeople([
			'Tears rolled down the face of Chris Dixon, a 41-year-old Black Minneapolis resident, as he took the verdict in.',
			'The former Minneapolis police officer was found guilty.'
		]).map((p) => p.name);
		expect(people).toEqual(['Chris Dixon']);
	});
});
