import { describe, expect, it } from 'vitest';
import { acceptFor } from '../../src/lib/generate/accept';
import { analyse } from '../../src/lib/generate/analyse';
import {
	collectPeople,
	findMentions,
	tenseNear,
	type Mention
} from '../../src/lib/generate/entities';
import { slotsOf, type Slot } from '../../src/lib/generate/facts';
import { countryRegions } from '../../src/lib/generate/lang/en/gazetteer';
import { problemOf } from '../../src/lib/generate/quality';
import type { Question } from '../../src/lib/schema';
import type { Claim } from '../../src/lib/generate/analyse';
import { generateBank } from '../../src/lib/generate/index';
import { mainClause, passive } from '../../src/lib/generate/lang/en/clause';
import { rewrite, shorten } from '../../src/lib/generate/lang/en/shorten';
import { parse } from '../../src/lib/generate/parse';
import {
	rangePartner,
	sameSideOfPublication,
	trivialSlot,
	type BuildContext
} from '../../src/lib/generate/questions';
import { segment } from '../../src/lib/generate/segment';
import { gradeAnswer } from '../../src/lib/grading/grade';
import { syntheticArticle } from './synthetic-article';

// Sentences written for these tests: each one a construction that broke a rewrite once.
const published = '2024-02-02';

function shortened(text: string): string {
	const people = collectPeople([text]);
	const mentions = findMentions(text, { people, published, tense: (i) => tenseNear(text, i) });
	const p = parse(text);
	return rewrite(text, shorten(text, p, mentions.length ? mainClause(p) : undefined, mentions));
}

describe('shortening a sentence', () => {
	it('drops a "which" aside whose list of names runs to the end whole', () => {
		expect(
			shortened(
				'About 230 scientists from 30 countries contributed to the assessment, which is led by the World Meteorological Organization, United Nations Environment Programme, NOAA, NASA and the European Commission.'
			)
		).toBe('About 230 scientists from 30 countries contributed to the assessment.');
	});

	it('drops an apposition after a name with both its commas', () => {
		expect(
			shortened(
				'Lena Varga, a chemist at the Northfield Centre for Soil Research, says rain is the main cause.'
			)
		).toBe('Lena Varga says rain is the main cause.');
	});

	it('drops an age and an apposition after it together', () => {
		expect(
			shortened(
				'Mrs Okoro, 61, a nurse at one of the city hospitals, had arrived early for her shift.'
			)
		).toBe('Mrs Okoro had arrived early for her shift.');
	});

	it('keeps the comma of an aside that follows the one it drops', () => {
		expect(shortened('Lara Okoro, 24, of Northfield, and her brother were questioned.')).toBe(
			'Lara Okoro, of Northfield, and her brother were questioned.'
		);
		expect(shortened('Tomas Berg, 27, also charged in the case, will be released on Monday.')).toBe(
			'Tomas Berg, also charged in the case, will be released on Monday.'
		);
	});

	it('drops an apposition in the middle of a sentence with both its commas', () => {
		expect(shortened('Tomas Berg, the mayor, and his deputy signed the letter.')).toBe(
			'Tomas Berg and his deputy signed the letter.'
		);
	});

	it('never shortens inside a quotation, nor breaks a number at its thousands comma', () => {
		const text =
			'The valley "has the fastest soil loss in the region, with an average 12,500 tonnes lost every year," the survey found.';
		const out = shortened(text);
		expect(out).toContain('12,500 tonnes');
		expect(out).toContain('with an average');
	});
});

describe('reading the parts of a sentence', () => {
	it('reads a plural noun after a noun as a noun, not a second verb', () => {
		const p = parse('The team compiled years of field surveys about the river population.');
		const surveys = p.tokens.find((t) => t.normal === 'surveys')!;
		expect(surveys.tags.has('Noun')).toBe(true);
		expect(p.verbs.map((v) => v.text)).toEqual(['compiled']);
	});

	it('leaves a verb at the end of a sentence a verb', () => {
		const p = parse('The ban on smoking in enclosed public places begins.');
		expect(p.verbs.some((v) => v.text === 'begins')).toBe(true);
	});

	it('reads an organisation named with "for" whole, and a journal title as no entity', () => {
		const text =
			'The study by the Northfield Institute for Coastal Research was published in the Proceedings of the National Academy of Sciences.';
		const found = findMentions(text, { people: [], published, tense: 'past' });
		expect(found.map((m) => [m.kind, m.text])).toEqual([
			['organization', 'Northfield Institute for Coastal Research']
		]);
	});

	it('keeps no claim that is half a sentence', () => {
		const body =
			'The census allowed the researchers to count the birds and how their numbers have changed over time.\n\nThe island has been my home and';
		const s = segment(body);
		const claims = analyse(s.sentences, { people: [], published });
		expect(claims.map((c) => c.text).filter((t) => /^How\b|\band\.$/.test(t))).toEqual([]);
	});
});

describe('questions from these sentences', () => {
	const body = [
		'Lena Varga, a chemist at the Northfield Centre for Soil Research, says rain is the main cause of the losses.',
		'Varga and her team compiled years of field surveys about the valley soils.',
		'The valley has the largest erosion rates in the region.'
	].join('\n\n');
	const { report } = generateBank(syntheticArticle(body));

	it('asks no question with a noun left after its verb or a comma before its verb', () => {
		for (const q of report.raw) {
			expect(q.prompt).not.toMatch(/compile surveys|have rates|Varga, says|_____, says/);
			expect(q.prompt).not.toMatch(/Northfield Centre for _____|_____ for Soil Research/);
		}
	});
});

describe('what a headline or the prompt gives away', () => {
	const article = (title: string, body: string) => ({ ...syntheticArticle(body), title });

	it('asks no organisation whose acronym the headline uses, nor a number the headline states', () => {
		const { report } = generateBank(
			article(
				'WMO Raises Drought Alert to Level 4',
				[
					'The World Meteorological Organization raised its drought alert to level 4 on Monday, the agency said.',
					'The alert covers 31 countries in three regions, up from 12 countries in March.'
				].join('\n\n')
			)
		);
		for (const q of report.raw) {
			expect(q.answer).not.toMatch(/World Meteorological Organization/);
			expect(q.answer).not.toMatch(/^(?:level )?4$/i);
		}
	});

	it('writes no wrong option a prompt\'s "a" or "an" rules out', () => {
		const { report } = generateBank(
			syntheticArticle(
				[
					'The ministry approved an 8 million dollar grant for the harbour on Monday.',
					'A separate 3 million dollar grant went to the museum, and a 5 million dollar grant to the port.'
				].join('\n\n')
			)
		);
		for (const q of report.raw) {
			const article = /\b(a|an) _____/.exec(q.prompt)?.[1];
			if (!article || !('options' in q) || !q.options) continue;
			for (const o of q.options) expect(/^(?:8|11|18|8\d)\b/.test(o)).toBe(article === 'an');
		}
		const falses = report.raw.filter((q) => q.type === 'true_false' && q.answer === 'False');
		for (const q of falses) expect(q.prompt).not.toMatch(/\ban (?:[1-79]|1[02-79])\b|\ba 8\b/);
	});

	// A fact of a claim, as far as these rules read it.
	const slotIn = (text: string, answer: string, kind: string) => {
		const start = text.indexOf(answer);
		return {
			claim: { text },
			start,
			end: start + answer.length,
			answer,
			kind,
			position: 'object',
			people:
				kind === 'person'
					? [{ key: 'p', name: answer, surname: answer.split(' ').pop(), aliases: [] }]
					: undefined
		} as unknown as Slot;
	};

	it('knows what an amount is measured against, so a false value keeps its direction', () => {
		const text = 'The merger will cut the number of districts from 140 to 96.';
		expect(rangePartner(slotIn(text, '96', 'quantity'))).toBe(140);
		expect(rangePartner(slotIn(text, '140', 'quantity'))).toBe(96);
		expect(rangePartner(slotIn('The council has 140 members.', '140', 'quantity'))).toBeUndefined();
		const lower = 'The 61,5% pass rate was slightly lower than last year’s rate of 64,2%.';
		expect(rangePartner(slotIn(lower, '61,5%', 'quantity'))).toBe(64.2);
	});

	it('asks nothing about the reporter a person spoke to', () => {
		const ctx = {
			topic: { givenAway: new Set(), actors: new Set() },
			pool: { people: [] },
			title: 'Bridge approved'
		} as unknown as BuildContext;
		for (const text of [
			"Anna Holm told The Harbour Gazette's Piet Larsen that the vote was close.",
			"Anna Holm told The Harbour Times' Piet Larsen that the vote was close."
		])
			expect(trivialSlot(slotIn(text, 'Piet Larsen', 'person'), ctx)).toBe('the reporter');
		expect(
			trivialSlot(
				slotIn('Anna Holm told Piet Larsen that the vote was close.', 'Piet Larsen', 'person'),
				ctx
			)
		).toBeUndefined();
	});
});

describe('amounts written in options', () => {
	it('writes a unit of two words in the plural beside a count other than one', async () => {
		const { numericVariants } = await import('../../src/lib/generate/distractors');
		const [m] = findMentions('The figure may move by about one percentage point.', {
			people: [],
			published,
			tense: 'past'
		}).filter((x) => x.kind === 'quantity');
		const out = numericVariants(m!, 3, 7);
		expect(out.length).toBeGreaterThan(0);
		for (const o of out) expect(o).toMatch(/percentage points$/);
	});

	it('writes "one country" and "three countries", never "one countrie" or "three countrys"', async () => {
		const { numericVariants } = await import('../../src/lib/generate/distractors');
		const quantity = (text: string) =>
			findMentions(text, { people: [], published, tense: 'past' }).find(
				(x) => x.kind === 'quantity'
			)!;
		const fromTwo = numericVariants(
			quantity('It was the first contact of the two countries.'),
			3,
			7
		);
		for (const o of fromTwo) expect(o).toMatch(/^(?:one country|\w+ countries)$/);
		expect(fromTwo.length).toBeGreaterThan(0);
		const fromFive = numericVariants(quantity('Ten matches were played in five cities.'), 3, 7);
		expect(fromFive.length).toBeGreaterThan(0);
		for (const o of fromFive) expect(o).toMatch(/^(?:one city|\w+ cities|\w+ matches)$/);
	});
});

describe('amounts written the way other countries write them', () => {
	const amounts = (text: string) =>
		findMentions(text, { people: [], published, tense: 'past' }).filter(
			(m) => m.kind === 'quantity'
		);

	it('reads "307 804" as one number and "71,4%" as seventy-one point four', () => {
		const [candidates] = amounts('This year 307 804 candidates passed.');
		expect(candidates?.amount?.value).toBe(307804);
		const [rate] = amounts('The pass rate was 71,4% this year.');
		expect(rate?.amount?.value).toBe(71.4);
	});

	it("writes wrong options in the answer's own style and accepts the answer typed with a point", async () => {
		const { numericVariants } = await import('../../src/lib/generate/distractors');
		const [rate] = amounts('The pass rate was 71,4% this year.');
		for (const o of numericVariants(rate!, 3, 11)) expect(o).toMatch(/^\d+,\d%$/);
		const [count] = amounts('This year 307 804 candidates passed.');
		for (const o of numericVariants(count!, 3, 11)) expect(o).toMatch(/^\d{3} \d{3} candidates$/);
		const typed = (m: Mention) =>
			({
				type: 'short_answer',
				answer: m.text,
				accept: acceptFor({ mention: m, answer: m.text, kind: 'quantity' } as Slot)
			}) as Question;
		expect(gradeAnswer(typed(rate!), '71.4%').correct).toBe(true);
		expect(gradeAnswer(typed(rate!), '71%').correct).toBe(false);
		expect(gradeAnswer(typed(count!), '307,804').correct).toBe(true);
		expect(gradeAnswer(typed(count!), '307').correct).toBe(false);
	});
});

describe('prompts that name their own place', () => {
	it('keeps a question that says "the country\'s" when the country is named in it', () => {
		const sentence =
			'The earthquake killed 75 people across Chile’s north coast in the country’s worst disaster in 80 years.';
		const [claim] = analyse(segment(sentence).sentences, { people: [], published });
		const slot = slotsOf(claim!, []).find((x) => x.answer === '75 people')!;
		const question = (prompt: string) =>
			({
				id: 'q-1',
				type: 'cloze',
				prompt,
				answer: '75 people',
				accept: [],
				factId: slot.id,
				source: { start: 0, end: sentence.length },
				explanation: 'x'
			}) as Question;
		const named = question(`Fill in the gap: ${sentence.replace('75 people', '_____')}`);
		expect(problemOf(named, slot, sentence)).toBeUndefined();
		const unnamed = question(
			'Fill in the gap: The earthquake killed _____ in the country’s worst disaster in 80 years.'
		);
		expect(problemOf(unnamed, slot, sentence)).toBe('prompt depends on an earlier sentence');
	});
});

describe('who says what, and who is who', () => {
	const claimsOf = (...paragraphs: string[]) => {
		const s = segment(paragraphs.join('\n\n'));
		const people = collectPeople(s.sentences.map((x) => x.text));
		return { people, claims: analyse(s.sentences, { people, published }) };
	};

	it('reads the speaker of "…, Name, an official with …, told reporters" as the name', () => {
		const { claims } = claimsOf(
			'Rescue work was in progress though hampered by darkness, Lara Moss, an official with the regional council, told reporters.',
			'P.J. Okafor, a railway official who was on the train at the time, said most injuries were in the third coach.'
		);
		expect(claims.map((c) => [c.text, c.source])).toEqual([
			['Rescue work was in progress though hampered by darkness.', 'Lara Moss'],
			['Most injuries were in the third coach.', 'P.J. Okafor']
		]);
	});

	it('keeps two people who share a family name apart', () => {
		const { people } = claimsOf(
			'President Anton Varga resigned on Tuesday.',
			'Mr Varga was accused of letting first lady Grace Varga run the ministry.'
		);
		expect(people.map((p) => p.name).sort()).toEqual(['Anton Varga', 'Grace Varga']);
		const [m] = findMentions('Mr Varga left.', { people, published, tense: 'past' });
		expect(m?.display).toBe('Anton Varga');
	});

	it('reads "he said it was …" as the person\'s claim about a thing, not about himself', () => {
		const { claims } = claimsOf(
			'Commander Ruth Adeyemi spoke to reporters outside the station on Monday.',
			'She said it was likely to be some time before the victims were named.'
		);
		const second = claims.find((c) => c.text.includes('some time'))!;
		expect(second.text.startsWith('It was likely')).toBe(true);
		expect(second.source).toBe('Ruth Adeyemi');
	});

	it('finds a place its kind names: "the capital, Harare", "the town of Port Elm"', () => {
		const found = (t: string) =>
			findMentions(t, { people: [], published, tense: 'past' })
				.filter((m) => m.kind === 'place')
				.map((m) => m.text);
		expect(found('The news spread across the capital, Vantara.')).toEqual(['Vantara']);
		expect(found('The teams reached the town of Port Elm.')).toEqual(['Port Elm']);
	});
});

describe('false statements that deny the claim', () => {
	it('denies a plain claim nothing can be swapped in, on its auxiliary or with "did"', () => {
		const { report } = generateBank(
			syntheticArticle(
				[
					'A huge fire destroyed the old harbour warehouse in Velmora on Monday.',
					'The cause of the fire is expected to take weeks to establish.',
					'Residents complained the warehouse had no working sprinklers.',
					'The council will review safety rules for every warehouse in the port.'
				].join('\n\n')
			)
		);
		const denials = report.raw.filter(
			(q) => q.type === 'true_false' && q.answer === 'False' && /\bnot\b/.test(q.prompt)
		);
		expect(denials.length).toBeGreaterThan(0);
		for (const q of denials)
			expect(q.prompt).toMatch(/\b(?:is|are|was|were|has|have|had|will|did|does|do) not \p{Ll}+/u);
	});

	it('never denies a quotation, a claim with an amount in its subject, or one already negative', async () => {
		const { negatedStatement } = await import('../../src/lib/generate/questions');
		const ctx = {
			topic: { givenAway: new Set(), headline: new Set() },
			title: 'Storm',
			statements: new Set()
		} as unknown as BuildContext;
		for (const sentence of [
			'At least six people have died in the storm.',
			'The storm did not reach the capital.',
			'“The worst is over,” the mayor said.'
		]) {
			const [claim] = analyse(segment(sentence).sentences, { people: [], published });
			const slot = slotsOf(claim!, [])[0] ?? ({ id: 'f', claim, kind: 'thing' } as unknown as Slot);
			expect(negatedStatement(claim!, slot, ctx)).toBeUndefined();
		}
	});
});

describe('counts of people in options', () => {
	it('writes "two men", not "two mans", and asks no "one man" that "his" gives away', async () => {
		const { numericVariants } = await import('../../src/lib/generate/distractors');
		const text = 'Residents reported one man had said it started in his kitchen.';
		const [m] = findMentions(text, {
			people: [],
			published,
			tense: 'past',
			tokens: parse(text).tokens
		}).filter((x) => x.kind === 'quantity');
		for (const o of numericVariants(m!, 3, 5)) expect(o).toMatch(/^(?:two|three|four|five) men$/);
		const ctx = { topic: { givenAway: new Set() }, title: 'Fire' } as unknown as BuildContext;
		const start = text.indexOf('one man');
		const slot = {
			claim: { text },
			start,
			end: start + 7,
			answer: 'one man',
			kind: 'quantity',
			mention: m,
			position: 'object'
		} as unknown as Slot;
		expect(trivialSlot(slot, ctx)).toBe('its pronoun gives it away');
	});
});

describe('what logic, the calendar or another question gives away', () => {
	it("keeps a wrong year on the same side of the article's date as the answer", () => {
		expect(sameSideOfPublication('1882', '2030', '2024-09-30')).toBe(false);
		expect(sameSideOfPublication('2030', '1967', '2024-09-30')).toBe(false);
		expect(sameSideOfPublication('1882', '1967', '2024-09-30')).toBe(true);
		expect(sameSideOfPublication('2030', '2035', '2024-09-30')).toBe(true);
		expect(sameSideOfPublication('six boosters', '1967', '2024-09-30')).toBe(true);
	});

	it('asks no relative date, and makes no statement false by its weekday alone', () => {
		const { report } = generateBank(
			syntheticArticle(
				[
					'The Velmora council approved the new harbour bridge on Tuesday this year.',
					'The study of the harbour was published on Monday in the journal Coastal Works.',
					'The bridge will cost $40 million and open in 2027, the council said.'
				].join('\n\n')
			)
		);
		for (const q of report.raw) {
			expect(q.answer).not.toMatch(/^this year$/i);
			if (q.type === 'true_false' && q.answer === 'False')
				expect(q.prompt).not.toMatch(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b/);
		}
	});

	it('asks "Who said this?" only when the article quotes more than one person', () => {
		const { report } = generateBank(
			syntheticArticle(
				[
					'“We will rebuild the harbour within two years,” Mayor Anna Holm said on Tuesday.',
					'The storm destroyed 40 boats and damaged the ferry terminal in Velmora.',
					'“Nothing like this has happened here since 1953,” Holm said.'
				].join('\n\n')
			)
		);
		expect(report.raw.filter((q) => /^Who said this\?/.test(q.prompt))).toEqual([]);
	});

	it('writes a name as the agent of a passive statement with its capital', () => {
		const [claim] = analyse(
			segment(
				'Northfield Ferries reported a profit of £12.6 million last year on revenue of £188 million.'
			).sentences,
			{
				people: [],
				published
			}
		);
		const restated = passive(claim!.parse, claim!.clause!, (i) => `${i}ed`, false);
		expect(restated).toContain('was reported by Northfield Ferries');
	});

	it('writes "doctors" opening the sentence in lower case as the agent of a passive', () => {
		const [claim] = analyse(
			segment(
				'Doctors at St. Columba Hospital reported an unusual cluster of pneumonia cases in the Riverside district.'
			).sentences,
			{ people: [], published }
		);
		const restated = passive(claim!.parse, claim!.clause!, (i) => `${i}ed`, true);
		expect(restated).toContain('was reported by doctors at St. Columba Hospital');
	});
});

describe('content questions a student can type', () => {
	const { report } = generateBank(
		syntheticArticle(
			[
				'The two governments issued a joint statement after the talks in Velmora on Friday.',
				'The rider took the green jersey for the best sprinter in the race.',
				'The new phone plays music and movies from its flash memory, the company said.'
			].join('\n\n')
		)
	);
	const typed = report.raw.filter((q) => q.type === 'short_answer');

	it('asks what a verb of making or deciding acts on, and no other thing', () => {
		expect(
			typed.some(
				(q) =>
					q.prompt === 'What did the two governments issue after the talks in Velmora on Friday?' ||
					q.answer === 'A joint statement'
			)
		).toBe(true);
		expect(typed.some((q) => /green jersey/i.test(q.answer))).toBe(false);
	});
});

describe('reading names that open a sentence', () => {
	it('knows "Claudio Ranieri\'s men …" names a person, so a later "He" is not someone else', () => {
		const s = segment(
			[
				"Claudio Ranieri's men went top of the table on November 21.",
				'Jamaica international Wes Morgan made the Team of the Year.',
				"The title is the first major league trophy of Ranieri's career.",
				'He also won the cup with Fiorentina.'
			].join('\n\n')
		);
		const people = collectPeople(s.sentences.map((x) => x.text));
		expect(people.map((p) => p.name).sort()).toEqual(['Claudio Ranieri', 'Wes Morgan']);
		const claims = analyse(s.sentences, { people, published });
		expect(claims.at(-1)?.text).toBe('Claudio Ranieri also won the cup with Fiorentina.');
	});
});

describe('what is left of a sentence', () => {
	it('keeps "smiled as the verdict was read out" whole: apart, each half is true of anything', () => {
		const { report } = generateBank(
			syntheticArticle(
				[
					'Varga, wearing a dark suit with a white shirt and a grey tie, smiled as the verdict against him was read out in the court in Velmora on Friday.',
					'The court sentenced Varga to 21 years in prison for the attacks, the longest term the law allows.'
				].join('\n\n')
			)
		);
		for (const q of report.raw.filter((x) => x.type === 'true_false')) {
			expect(q.prompt).not.toMatch(/smiled\.$/);
			expect(q.prompt).not.toMatch(/^The verdict against him was (?:not )?read out/);
		}
	});
});

/** A true statement about a one-sentence article, with the slot its claim gives: for quality rules. */
function statementAbout(sentence: string) {
	const [claim] = analyse(segment(sentence).sentences, { people: [], published });
	const slot = slotsOf(claim!, [])[0] ?? ({ id: 'f', claim, kind: 'thing' } as unknown as Slot);
	const statement = (prompt: string) =>
		({
			id: 'q-1',
			type: 'true_false',
			prompt,
			answer: 'True',
			options: ['True', 'False'],
			accept: [],
			factId: 'f-1',
			source: { start: 0, end: sentence.length },
			explanation: 'x'
		}) as Question;
	return { sentence, slot, statement };
}

describe('prompts that lean on the sentence before', () => {
	it('refuses "this one", a bare "this" and a "Similar …" opening, but not "Who said this?"', () => {
		const { sentence, slot, statement } = statementAbout(
			'Google built the car from the ground up.'
		);
		for (const prompt of [
			'Google built this one from the ground up.',
			'Chan urged solidarity to prevent this from happening.',
			'Similar information was shared by officials.'
		])
			expect(problemOf(statement(prompt), slot, sentence)).toBeDefined();
		expect(
			problemOf(statement('Google built the car from the ground up.'), slot, sentence)
		).toBeUndefined();
	});
});

describe("options from the answer's own part of the world", () => {
	it('sets European countries beside a European answer', async () => {
		const { distractorsFor } = await import('../../src/lib/generate/distractors');
		const text = 'The plant was built in a suburb of Toulouse in southwest France.';
		const [france] = findMentions(text, { people: [], published, tense: 'past' }).filter(
			(m) => m.kind === 'place' && m.text === 'France'
		);
		const options = distractorsFor(france!, text, { byKind: new Map(), people: [] }, 3);
		expect(options).toHaveLength(3);
		for (const o of options)
			expect(countryRegions[o] ?? countryRegions[`the ${o}`]).toBe('western europe');
	});
});

describe('clauses and the people a prompt leans on', () => {
	it('keeps "101 years after the Wright brothers flew" in one claim', () => {
		const claims = analyse(
			segment(
				'About 30,000 spectators watched the plane take off and land, 101 years after the Wright brothers achieved the first controlled flight.'
			).sentences,
			{ people: [], published }
		);
		expect(claims).toHaveLength(1);
	});

	it('refuses "his" or "the firm" with nobody named before them', () => {
		const { sentence, slot, statement } = statementAbout(
			'Any decision will now be for the minister.'
		);
		expect(
			problemOf(statement('Any decision will limit his room for manoeuvre.'), slot, sentence)
		).toBe('prompt leans on a person named before it');
		expect(
			problemOf(statement('The firm expects profit to rise by 19.5%.'), slot, sentence)
		).toBeDefined();
		expect(
			problemOf(statement('Jack Straw said his room for manoeuvre was small.'), slot, sentence)
		).toBeUndefined();
	});
});

describe('restatements of misread clauses', () => {
	const claimOf = (text: string) => analyse(segment(text).sentences, { people: [], published })[0]!;

	it('turns no subject read across an aside into the agent of a passive', () => {
		const c = claimOf('Using shovels and picks, and their bare hands, they dug out the survivors.');
		expect(
			c.clause ? passive(c.parse, c.clause, (i) => `${i}ed`, false) : undefined
		).toBeUndefined();
	});

	it('denies no clause whose subject opens with a preposition or whose "had" is an auxiliary', async () => {
		const { negatedStatement } = await import('../../src/lib/generate/questions');
		const ctx = {
			topic: { givenAway: new Set(), headline: new Set() },
			title: 'Storm',
			statements: new Set()
		} as unknown as BuildContext;
		const c = claimOf('By yesterday word had spread around the world.');
		const slot = slotsOf(c, [])[0] ?? ({ id: 'f', claim: c, kind: 'thing' } as unknown as Slot);
		expect(negatedStatement(c, slot, ctx)?.question.prompt ?? '').not.toMatch(/did not have/);
	});
});

describe('a family name inside another name, and names written family name first', () => {
	const text = [
		'Chinese writer Wen Lu won the prize on Thursday, the academy announced.',
		'According to the Harlow Prize website, Wen was born in 1955 in Shandong province.',
		'His parents were farmers.',
		'Edgar Harlow, a Swedish industrialist, established the prizes in 1895.'
	];
	const people = collectPeople(text);

	it('reads a name used alone by its first word as family name first', () => {
		expect(people.find((p) => p.name === 'Wen Lu')?.surname).toBe('Wen');
	});

	it('takes no "Harlow Prize" for Edgar Harlow, so "His" stays with the writer', () => {
		const found = findMentions(text[1]!, { people, published, tense: 'past' });
		expect(found.filter((m) => m.kind === 'person').map((m) => m.display)).toEqual(['Wen Lu']);
		const claims = analyse(segment(text.join('\n\n')).sentences, { people, published });
		expect(claims.find((c) => c.text.includes('parents'))?.text).toMatch(/^Wen Lu’s parents/);
	});
});

describe('a dateline in brackets', () => {
	it('keeps "Manila, (APP - Coast News - 11th Nov, 2024)" out of the first sentence', () => {
		const s = segment(
			'Manila, (APP - Coast News - 11th Nov, 2024) Thousands of villages were ordered to evacuate on Monday.\n\nThe storm hit the coast.'
		);
		expect(s.sentences[0]!.text).toBe('Thousands of villages were ordered to evacuate on Monday.');
		expect(s.blocks[0]!.dateline).toBe('Manila');
	});

	it('leaves a sentence that opens with a name and an aside in brackets whole', () => {
		const s = segment('Velmora (population 4,000) voted for the bridge on Monday.');
		expect(s.sentences[0]!.text).toBe('Velmora (population 4,000) voted for the bridge on Monday.');
	});
});

describe('a past form with no known infinitive', () => {
	it('asks no "did" question on it', async () => {
		const { whQuestion } = await import('../../src/lib/generate/lang/en/wh');
		const text = 'The spaceship glided in for a landing in Florida.';
		const p = parse(text);
		const c = mainClause(p)!;
		const at = text.indexOf('Florida');
		const slot = {
			start: at,
			end: at + 'Florida'.length,
			kind: 'place',
			position: 'adjunct'
		} as const;
		expect(c.verb.infinitive).toBe('');
		expect(whQuestion(p, c, slot, [], [at], [slot])).toBeUndefined();
		const landed = 'The spaceship landed in Florida.';
		const q = parse(landed);
		const l = landed.indexOf('Florida');
		const place = { start: l, end: l + 7, kind: 'place', position: 'adjunct' } as const;
		expect(whQuestion(q, mainClause(q)!, place, [], [l], [place])).toBe(
			'Where did the spaceship land?'
		);
	});
});

describe('a list of names before the verb', () => {
	it('splits no clause before the last name of the list', async () => {
		const { clauseStarts } = await import('../../src/lib/generate/lang/en/clause');
		const text =
			"The loss of seven explorers of space's dark reaches shuttle commander Rick Husband, Michael Anderson, Laurel Clark, William McCool and Ilan Ramon brought grief to the nation.";
		expect(clauseStarts(parse(text))).toEqual([]);
		const two = 'The storm hit the coast on Monday and rescuers searched the ruins all night.';
		expect(clauseStarts(parse(two)).map((c) => two.slice(c.start, c.start + 9))).toEqual([
			'rescuers '
		]);
	});
});

describe('a thing named only as "the app" or "the book"', () => {
	const body =
		'Facebook will pay WhatsApp $4 billion in cash and $12 billion in shares, the company said on Wednesday. Facebook promises that the app will still stand as an individual product with 450 million users. Its first awards were handed out six years later in Stockholm.';
	it('asks nothing of a claim that names its thing only so, unless the headline does', () => {
		const prompts = (title: string) =>
			generateBank({ ...syntheticArticle(body), title }).bank.questions.map((q) => q.prompt);
		const plain = prompts('Facebook buys WhatsApp');
		expect(plain.length).toBeGreaterThan(0);
		expect(plain.filter((p) => /\bthe app\b/.test(p))).toEqual([]);
		expect(plain.filter((p) => /years later/.test(p))).toEqual([]);
		expect(prompts('Facebook buys the WhatsApp app').some((p) => /\bthe app\b/.test(p))).toBe(true);
	});
});

describe('restatements that would not be English or not be anybody’s claim', () => {
	it('turns no measure or intransitive verb into a passive', () => {
		const occurred = parse('The catastrophe occurred 39 miles above the Earth.');
		expect(passive(occurred, mainClause(occurred)!, () => 'occurred', false)).toBeUndefined();
		const killed = parse('The earthquake killed 19 people in the north.');
		expect(passive(killed, mainClause(killed)!, () => 'killed', false)).toBe(
			'19 people were killed by the earthquake in the north.'
		);
	});

	it('states no quotation without its speaker as true', async () => {
		const { trueStatement } = await import('../../src/lib/generate/questions');
		const ctx = {
			topic: { givenAway: new Set(), headline: new Set() },
			title: 'Storm',
			statements: new Set()
		} as unknown as BuildContext;
		const statementOf = (text: string) => {
			const c = analyse(segment(text).sentences, { people: [], published })[0]!;
			const slot = slotsOf(c, [])[0] ?? ({ id: 'f', claim: c, kind: 'thing' } as unknown as Slot);
			return trueStatement(c, slot, ctx)?.question.prompt;
		};
		expect(
			statementOf('"The services that reach that milestone are all incredibly valuable."')
		).toBeUndefined();
		expect(statementOf('The services that reach that milestone are all incredibly valuable.')).toBe(
			'The services that reach that milestone are all incredibly valuable.'
		);
	});
});

describe('answers that are only part of a name or an amount', () => {
	it('asks for no part of a longer name, no "No" without its number and no number glued to its unit', async () => {
		const { partOfMore } = await import('../../src/lib/generate/questions/giveaways');
		const slotIn = (text: string, answer: string, kind = 'organization') => {
			const c = analyse(segment(text).sentences, { people: [], published })[0]!;
			const start = c.text.indexOf(answer);
			return { claim: c, start, end: start + answer.length, answer, kind } as unknown as Slot;
		};
		const said = 'Paul Newman works at the NASA Goddard Space Flight Center in Maryland.';
		expect(partOfMore(slotIn(said, 'NASA'))).toBe(true);
		expect(partOfMore(slotIn(said, 'Maryland', 'place'))).toBe(false);
		const won = 'Parasite won at the 92nd Annual Academy Awards on Sunday in Los Angeles.';
		expect(partOfMore(slotIn(won, 'Annual Academy', 'event'))).toBe(true);
		expect(partOfMore(slotIn(won, 'Los Angeles', 'place'))).toBe(false);
		const mine = 'Nine miners remained underground at Blue Creek No. 5 mine in Alabama.';
		expect(partOfMore(slotIn(mine, 'Blue Creek No', 'place'))).toBe(true);
		const fraud = 'The victims lost more than $13bn to the fraud run by Madoff.';
		expect(partOfMore(slotIn(fraud, '$13', 'quantity'))).toBe(true);
		const met = 'Kishida met Biden Friday at the White House in Washington.';
		expect(partOfMore(slotIn(met, 'Washington', 'place'))).toBe(false);
	});
});

describe('an attribution to the claim’s own subject', () => {
	it('writes no "According to Chin, Denny Chin …"', async () => {
		const { attributed } = await import('../../src/lib/generate/questions/build');
		const claim = {
			source: 'Chin',
			sourcePeople: [
				{ key: 'person:denny chin', name: 'Denny Chin', surname: 'Chin', aliases: [] }
			],
			text: 'The fraud was the largest in history.',
			parse: parse('The fraud was the largest in history.'),
			mentions: []
		} as unknown as Claim;
		expect(attributed(claim, 'Denny Chin considered other crimes.')).toBe(
			'Denny Chin considered other crimes.'
		);
		expect(attributed(claim, 'The fraud was the largest in history.')).toBe(
			'According to Chin, the fraud was the largest in history.'
		);
	});
});

describe('claims read from the final sentences of unseen articles', () => {
	const claimOf = (text: string) => analyse(segment(text).sentences, { people: [], published })[0]!;
	const ctx = {
		topic: { givenAway: new Set(), headline: new Set() },
		title: 'Fossils',
		statements: new Set()
	} as unknown as BuildContext;
	const slot = (c: Claim) =>
		slotsOf(c, [])[0] ?? ({ id: 'f', claim: c, kind: 'thing' } as unknown as Slot);

	it('splits no clause before a noun with a participle ("a child estimated to be 8 years old")', async () => {
		const { clauseStarts } = await import('../../src/lib/generate/lang/en/clause');
		const text =
			'The fossils belong to five individuals including three young adults, an adolescent and a child estimated to be 8 years old.';
		expect(clauseStarts(parse(text))).toEqual([]);
	});

	it('denies no "look like" and swaps no nationality that stands for a person', async () => {
		const { negatedStatement, swappedStatement } = await import('../../src/lib/generate/questions');
		const looks = claimOf('The facial features of the skull look like a modern human.');
		expect(negatedStatement(looks, slot(looks), ctx)?.question.prompt).toBeUndefined();
		const told = claimOf(
			'Federer beat Philippoussis. The Australian had been told he may never play at the top level again.'
		);
		const swapCtx = { ...ctx, statements: new Set(['federer beat philippoussis']) } as BuildContext;
		expect(swappedStatement(told, slot(told), swapCtx)).toBeUndefined();
	});

	it('asks nothing of a question, of "that time" or of a "them" the claim does not name', async () => {
		const { vagueReference } = await import('../../src/lib/generate/questions/giveaways');
		expect(vagueReference(claimOf('What happened in between that time?'), 'Fossils')).toBe(true);
		expect(
			vagueReference(
				claimOf('The fossils give insight into this evolutionary time for humans.'),
				'Fossils'
			)
		).toBe(true);
		expect(
			vagueReference(
				claimOf('Ten miners went to rescue them, but a second blast followed.'),
				'Mine'
			)
		).toBe(true);
		expect(
			vagueReference(claimOf('This time Ireland held on to win 40-29 in Chicago.'), 'Rugby')
		).toBe(false);
		expect(
			vagueReference(
				claimOf('The fossils were found at a site in Jebel Irhoud, Morocco.'),
				'Fossils'
			)
		).toBe(false);
	});

	it('writes "company officials" in lower case as the speaker of a claim', () => {
		const c = claimOf('Company officials said a team would search the mine again on Monday.');
		expect(c.source).toBe('company officials');
	});
});
