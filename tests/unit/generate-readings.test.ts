import { describe, expect, it } from 'vitest';
import { collectPeople, findMentions, generateBank, segment } from '../../src/lib/generate/index';
import { analyse } from '../../src/lib/generate/analyse';
import { passive } from '../../src/lib/generate/lang/en/clause';
import { numericVariants } from '../../src/lib/generate/distractors';
import { unshout } from '../../src/lib/generate/typography';
import { slotsOf } from '../../src/lib/generate/facts';
import { acceptFor } from '../../src/lib/generate/accept';
import type { Article } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

// Generator 2.13.0 to 2.16.2: sentences that open on "When …", compound nouns that open on "-ing", names
// that stop at a possessive, nationalities inside names, times read as objects, fractions and
// "its" in a later clause. Every article here is invented for the test.

const article = (title: string, body: string): Article => ({ ...syntheticArticle(body), title });
const published = '2024-02-02';

describe('a sentence that opens on "When …"', () => {
	it('keeps what happened, told in the past, as a claim of its own beside the sentence', () => {
		const people = collectPeople(['So when Tomas Berg won the longest final in chess history.']);
		const claims = analyse(
			segment(
				'So when Tomas Berg of Ostravia won the longest final in chess history and went to greet Ivo Lind, Berg pulled Lind in for a hug.'
			).sentences,
			{ people, published }
		).map((c) => c.text);
		expect(claims).toContain(
			'Tomas Berg of Ostravia won the longest final in chess history and went to greet Ivo Lind.'
		);
		// The sentence stays whole beside it: its "when" situates what the main clause says.
		expect(claims).toContain(
			'When Tomas Berg of Ostravia won the longest final in chess history and went to greet Ivo Lind, Berg pulled Lind in for a hug.'
		);
		expect(claims).not.toContain('Berg pulled Lind in for a hug.');
	});

	it('asks about it', () => {
		const a = article(
			'Berg wins the longest final',
			'So when Tomas Berg of Ostravia won the longest final in chess history after 19 hours, Berg pulled Ivo Lind in for a hug.\n\n' +
				'The match was played over three days in Varnholm.'
		);
		const prompts = generateBank(a).report.raw.map((q) => q.prompt);
		expect(prompts.some((p) => /19 hours|_____/.test(p) && p.includes('longest final'))).toBe(true);
	});

	it('leaves a "when" that has not happened as part of its sentence', () => {
		const claims = analyse(
			segment('When the vote is held in March, the council will decide the budget.').sentences,
			{ people: [], published }
		).map((c) => c.text);
		expect(claims).not.toContain('The vote is held in March.');
	});
});

describe('a sentence that opens on a compound noun in "-ing"', () => {
	it('asks "Ticketing machines on some buses in … jammed" as a statement', () => {
		const a = article(
			'Few faults as the new system starts',
			'The new payment system started on Saturday with few faults across Ostravia.\n\n' +
				'Ticketing machines on some buses in Sydney briefly jammed.\n\n' +
				'Engineers fixed them within an hour, the transport office said.'
		);
		const prompts = generateBank(a).report.raw.map((q) => q.prompt);
		expect(prompts.some((p) => p.includes('Ticketing machines'))).toBe(true);
	});
});

describe('names inside other names', () => {
	it('ends a name after a title at its possessive ("President Bush’s Cabinet")', () => {
		const people = collectPeople(['Kempthorne joined President Bush’s Cabinet in 2006.']);
		expect(people.map((p) => p.name)).not.toContain('Bush’s Cabinet');
		const mentions = findMentions('Kempthorne joined President Bush’s Cabinet in 2006.', {
			people,
			published,
			tense: 'past'
		}).map((m) => m.text);
		expect(mentions).not.toContain('Bush’s Cabinet');
	});

	it('swaps no nationality inside a name ("American Samoa")', () => {
		const a = article(
			'Few faults as the year 2000 begins',
			'The world’s computers hummed along as the year 2000 began on Saturday.\n\n' +
				'From power plants to ATMs, few problems surfaced as the year 2000 began in the South Pacific and swept west before ending in the American Samoa.\n\n' +
				'A computer at a Japanese nuclear plant failed.\n\n' +
				'Forecasting maps at the French weather service got the date wrong.'
		);
		const prompts = generateBank(a).report.raw.map((q) => q.prompt);
		expect(prompts.some((p) => /\b(?:French|Japanese) Samoa\b/.test(p))).toBe(false);
	});
});

describe('a time is no object', () => {
	it('makes no passive of "dawned Saturday morning"', () => {
		const [claim] = analyse(segment('The new millennium dawned Saturday morning.').sentences, {
			people: [],
			published
		});
		expect(passive(claim!.parse, claim!.clause!, (i) => `${i}ed`, false)).toBeUndefined();
	});

	it('makes no passive of "met Tuesday evening"', () => {
		const [claim] = analyse(segment('The town council met Tuesday evening.').sentences, {
			people: [],
			published
		});
		expect(claim!.clause?.object).toBeDefined();
		expect(passive(claim!.parse, claim!.clause!, (i) => `${i}ed`, false)).toBeUndefined();
	});
});

describe('fractions', () => {
	it('offers other fractions of a whole beside "two-thirds", never "three-thirds"', () => {
		// As the generator reads a claim: with compromise's tokens.
		const [claim] = analyse(
			segment('The study found that two-thirds of the polar bears will disappear.').sentences,
			{ people: [], published }
		);
		const m = claim!.mentions.find((x) => x.kind === 'quantity');
		expect(m?.text).toBe('two-thirds');
		for (const seed of [0, 1, 2, 3]) {
			const options = numericVariants(m!, 3, seed);
			expect(options).toHaveLength(3);
			expect(options).toContain('half');
			for (const o of options) expect(o).not.toMatch(/^(?:one|three|four)-thirds$/);
		}
	});
});

describe('"its" in a later clause', () => {
	it('is the first clause’s subject when that is a thing of a few words', () => {
		const claims = analyse(
			segment(
				'The drug generated $2.5 billion in worldwide sales last year, and its withdrawal slashed the company’s stock price by more than $12 a share.'
			).sentences,
			{ people: [], published }
		).map((c) => c.text);
		expect(claims).toContain(
			'The drug’s withdrawal slashed the company’s stock price by more than $12 a share.'
		);
	});
});

describe('denials', () => {
	it('denies no comparison and no score ("did not win more, 502-478")', () => {
		const a = article(
			'Berg beats Lind in the longest final',
			'Tomas Berg of Ostravia beat Ivo Lind of Varnholm in the longest chess final on record on Thursday.\n\n' +
				'There were 980 moves overall.\n\n' +
				'Lind won more, 502-478.\n\n' +
				'There were 711 moves in the fifth game.\n\n' +
				'Lind won more games, 365-346.'
		);
		const prompts = generateBank(a).report.raw.map((q) => q.prompt);
		expect(prompts.some((p) => /did not win more/.test(p))).toBe(false);
	});
});

describe('numbers in words', () => {
	it('offers no "Ten hundred" beside "Eight hundred"', () => {
		const [claim] = analyse(
			segment('Eight hundred slot machines shut down at a horse track.').sentences,
			{ people: [], published }
		);
		const m = claim!.mentions.find((x) => x.kind === 'quantity')!;
		for (const seed of [0, 1, 2, 3, 4, 5]) {
			const options = numericVariants(m, 3, seed);
			expect(options).toHaveLength(3);
			for (const o of options)
				expect(o).toMatch(/^(?:One|Two|Three|Four|Five|Six|Seven|Nine) hundred/);
		}
	});
});

describe('words that tie a sentence to the one before', () => {
	const claims = (body: string) =>
		analyse(segment(body).sentences, { people: [], published }).map((c) => c.text);

	it('drops "Still," and ", for example," and keeps the claim', () => {
		expect(
			claims('Still, the millennial bug was responsible for a few problems in Varnholm.')
		).toContain('The millennial bug was responsible for a few problems in Varnholm.');
		expect(
			claims(
				'In Varnholm, for example, residents own 10 percent of the company’s stock and will reap $2.3 billion.'
			)
		).toContain(
			'In Varnholm, residents own 10 percent of the company’s stock and will reap $2.3 billion.'
		);
	});
});

describe('one subject, two things done', () => {
	const claims = (body: string) =>
		analyse(segment(body).sentences, { people: [], published }).map((c) => c.text);

	it('makes each a claim with the subject written out', () => {
		const read = claims(
			'Marta Velden was sworn in as Ostravia’s first female president on Saturday and appealed for national unity after years of division.'
		);
		expect(read).toContain(
			'Marta Velden was sworn in as Ostravia’s first female president on Saturday.'
		);
		expect(read).toContain('Marta Velden appealed for national unity after years of division.');
	});

	it('leaves a subject that is no name as it is', () => {
		const read = claims(
			'The two men were seen in Varnholm on Saturday and appeared in court in Brask on Monday.'
		);
		expect(read).toEqual([
			'The two men were seen in Varnholm on Saturday and appeared in court in Brask on Monday.'
		]);
	});
});

describe('false statements', () => {
	it('swap no place used as a word of a phrase ("in a China province")', () => {
		const a = article(
			'Few faults as the year 2000 begins',
			'Few problems surfaced as the year 2000 began across Asia and Europe on Saturday.\n\n' +
				'Ticketing machines on some buses in Germany briefly jammed.\n\n' +
				'Taxi meters broke down in a China province.\n\n' +
				'A computer at a nuclear plant in Japan failed.'
		);
		const { raw } = generateBank(a).report;
		expect(raw.some((q) => /\b(?:a|an) (?!China)\p{Lu}\p{L}+ province\b/u.test(q.prompt))).toBe(
			false
		);
	});
});

describe('what the spent sets broke, read again', () => {
	const claims = (body: string) =>
		analyse(segment(body).sentences, { people: [], published }).map((c) => c.text);
	const prompts = (title: string, body: string) =>
		generateBank(article(title, body)).report.raw.map((q) => q.prompt);

	it('swaps the nationality of a role ("the Danish Prime Minister")', () => {
		const all = prompts(
			'Handshake seals the accord',
			'Mr Tomas Berg thrust his hand towards his bitter rival, Mr Ivo Lind, the Danish Prime Minister and architect of the 1967 war.\n\n' +
				'The Swedish delegation and the Danish side signed the accord in Brask on Monday.\n\n' +
				'Mr Berg, the Swedish leader, said the accord would last.'
		);
		expect(all.some((p) => /the Swedish Prime Minister/.test(p))).toBe(true);
	});

	it('denies no guess, no "there was" and no subject read out of an inverted sentence', () => {
		// Every statement the generator could make, asked or not.
		const a = article(
			'Accord signed in Brask',
			'The accord was signed in Brask on Monday after two years of talks.\n\n' +
				'Ivo Lind will probably call family members to plead for mercy.\n\n' +
				'There was jubilation but there was trepidation too.\n\n' +
				"To Mr Berg's left stood Mr Lind and Mr Dvorak, number three in the PLO."
		);
		const all = (generateBank(a, { explain: true }).report.explained ?? []).flatMap((c) =>
			c.questions.map((q) => q.prompt)
		);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) {
			expect(p).not.toMatch(/will not probably/);
			expect(p).not.toMatch(/There was not/);
			expect(p).not.toMatch(/did not leave stood/);
		}
	});

	it('makes no passive of an idiom ("shook hands")', () => {
		const [claim] = analyse(
			segment('Mr Tomas Berg shook hands with Mr Ivo Lind in Brask.').sentences,
			{ people: [], published }
		);
		expect(claim!.clause?.object).toBeDefined();
		expect(passive(claim!.parse, claim!.clause!, (i) => `${i}ed`, false)).toBeUndefined();
	});

	it('makes no passive of "toured the court high-fiving spectators"', () => {
		const [claim] = analyse(
			segment('Tomas Berg toured the court high-fiving spectators in the crowd.').sentences,
			{ people: [], published }
		);
		expect(passive(claim!.parse, claim!.clause!, (i) => `${i}ed`, false)).toBeUndefined();
	});

	it('ends a sentence at "a.m." before a capital that is no day, month or time zone', () => {
		const s = segment(
			'The earthquake struck at 5:30 a.m. Power lines were cut off all day. The plane left at 5 p.m. Friday.'
		).sentences.map((x) => x.text);
		expect(s).toEqual([
			'The earthquake struck at 5:30 a.m.',
			'Power lines were cut off all day.',
			'The plane left at 5 p.m. Friday.'
		]);
	});

	it('keeps the ends of a range in order ("70 to _____ percent")', () => {
		const [claim] = analyse(
			segment('The earthquake destroyed 70 to 90 percent of the homes in Varnholm.').sentences,
			{ people: [], published }
		);
		const high = claim!.mentions.find((m) => m.text === '90 percent')!;
		for (const seed of [0, 1, 2, 3])
			for (const o of numericVariants(high, 3, seed, { sentence: claim!.text }))
				expect(Number(/\d+/.exec(o)![0])).toBeGreaterThan(70);
	});

	it('reads "TEHRAN, Dec. 26" as a dateline', () => {
		const s = segment('VARNHOLM, Dec. 26 A powerful earthquake struck the city early on Friday.');
		expect(s.blocks[0]?.dateline).toBe('VARNHOLM, Dec. 26');
		expect(s.sentences[0]?.text).toBe('A powerful earthquake struck the city early on Friday.');
	});

	it('accepts "Kerman" for "Kerman Province" and never "2" for "two-thirds"', () => {
		const sentences = segment(
			'Varnholm is 610 miles southeast of Brask, in Kerman Province. Two-thirds of the homes were destroyed.'
		).sentences;
		const read = analyse(sentences, { people: [], published });
		const province = read
			.flatMap((c) => slotsOf(c, []))
			.find((s) => s.answer === 'Kerman Province')!;
		expect(acceptFor(province)).toContain('Kerman');
		const share = read.flatMap((c) => slotsOf(c, [])).find((s) => /thirds/i.test(s.answer))!;
		expect(acceptFor(share)).not.toContain('2');
	});

	it('keeps a "when" that situates its main clause with it', () => {
		expect(
			claims('When they met in the final in January, Berg had not lost a game all match.')
		).toContain('When they met in the final in January, Berg had not lost a game all match.');
	});
});

describe('what the last spent set broke, read again', () => {
	const claims = (body: string) =>
		analyse(segment(body).sentences, { people: [], published }).map((c) => c.text);

	it('keeps "NEW YORK —" a dateline, whatever the capitals after it', () => {
		// "New" and "York" elsewhere would otherwise make "New YORK —", which no dateline reads.
		const text = 'NEW YORK — Lehman Brothers has filed for bankruptcy in a New York court.';
		expect(unshout(text)).toBe(text);
		expect(
			segment(unshout('NEW YORK — Lehman Brothers has filed for bankruptcy.')).blocks[0]?.dateline
		).toBe('NEW YORK');
	});

	it('reads "March 14, 2011— --" as a dateline', () => {
		const s = segment(
			'March 14, 2011— -- Radiation has spread from the damaged reactors at the plant.'
		);
		expect(s.blocks[0]?.dateline).toBe('March 14, 2011');
		expect(s.sentences[0]?.text).toBe(
			'Radiation has spread from the damaged reactors at the plant.'
		);
	});

	it('splits no sentence at the "and" of "Standard-and-Poor’s"', () => {
		expect(
			claims(
				'The Nasdaq index is off 52 points and the Standard-and-Poor’s 500 index is down 47 points.'
			)
		).toEqual([
			'The Nasdaq index is off 52 points and the Standard-and-Poor’s 500 index is down 47 points.'
		]);
	});

	it('asks nothing that holds half a bracket, and denies no request', () => {
		const a = article(
			'Kindle unveiled',
			'The Kindle went on sale in Brask on Monday for $299, the company said.\n\n' +
				'Sony has made a more recent attempt with its Reader, but at $300 it has failed to catch fire with anyone beyond early adopters (though a new Borders partnership might get a war brewing).\n\n' +
				'“Please do not go outside. Please stay indoors. Please close windows,” the official said.'
		);
		const all = (generateBank(a, { explain: true }).report.explained ?? []).flatMap((c) =>
			c.questions
				.filter((q) => q.outcome === 'asked' || q.outcome === 'not selected')
				.map((q) => q.prompt)
		);
		expect(all.length).toBeGreaterThan(0);
		for (const p of all) {
			expect((p.match(/\(/g) ?? []).length).toBe((p.match(/\)/g) ?? []).length);
			expect(p).not.toMatch(/Please does not|Please do not stay/);
		}
	});

	it('accepts "Barclays" for "Barclays PLC"', () => {
		const [claim] = analyse(
			segment('British bank Barclays PLC withdrew its bid for the investment bank on Sunday.')
				.sentences,
			{ people: [], published }
		);
		const slot = slotsOf(claim!, []).find((s) => s.answer === 'Barclays PLC')!;
		expect(acceptFor(slot)).toContain('Barclays');
	});

	it('takes no prison for a person', () => {
		const names = collectPeople([
			'Breivik will serve his sentence at Ila Prison near Oslo, Judge Wenche Arntzen said.',
			'The judge said Ila Prison had a special wing.'
		]).map((p) => p.name);
		expect(names).not.toContain('Ila Prison');
	});

	it('keeps "1.0 billion years", "1 billion years" and "1.0 hours" plural', () => {
		const options = ['1.1 billion years', '2 billion years', '1.5 hours'].flatMap((amount) => {
			const [claim] = analyse(
				segment(`The collision occurred ${amount} ago, the scientists said.`).sentences,
				{ people: [], published }
			);
			const m = claim!.mentions.find((x) => x.kind === 'duration' || x.kind === 'quantity')!;
			return [0, 1, 2, 3, 4, 5].flatMap((seed) => numericVariants(m, 3, seed));
		});
		expect(options.some((o) => /^1(?:\.0)? billion/.test(o))).toBe(true);
		for (const o of options) expect(o).toMatch(/(?:years|hours)$/);
	});
});

describe('scores and votes', () => {
	const mentionsOf = (text: string) =>
		analyse(segment(text).sentences, { people: [], published })[0]!.mentions.filter(
			(m) => m.kind === 'quantity'
		);

	it('reads "7-1", "397-202" and "10-2" whole, but no set scores, ranges or years', () => {
		expect(
			mentionsOf('Ostravia thrashed Varnholm 7-1 on Tuesday in Brask.').map((m) => m.text)
		).toEqual(['7-1']);
		expect(
			mentionsOf('Legislators voted 397-202 to name her chancellor.').map((m) => m.text)
		).toEqual(['397-202']);
		expect(mentionsOf('Berg won 6-4 7-5 6-4 on Sunday.')).toEqual([]);
		expect(mentionsOf('The firm sold its 3-2 stake in Brask.')).toEqual([]);
		expect(mentionsOf('The survey asked people aged 25-30 in Brask.')).toEqual([]);
		expect(mentionsOf('The 1973-1990 dictatorship ended in Brask.')).toEqual([]);
	});

	it('offers scores in which the side that led still leads, and splits of the same total for a vote', () => {
		const [score] = mentionsOf('Ostravia beat Varnholm 2-1 on Tuesday in Brask.');
		const [vote] = mentionsOf('The jury deadlocked at 10-2 in favour of convicting Ivo Lind.');
		for (const seed of [0, 1, 2, 3]) {
			for (const o of numericVariants(score!, 3, seed)) {
				const [a, b] = o.split('-').map(Number);
				expect(a! > b!).toBe(true);
				expect(o).not.toBe('2-1');
			}
			const splits = numericVariants(vote!, 3, seed);
			expect(splits).toHaveLength(3);
			for (const o of splits) {
				const [a, b] = o.split('-').map(Number);
				expect(a! + b!).toBe(12);
				expect(a! > b!).toBe(true);
			}
		}
	});

	it('accepts "7 to 1" and never "7" alone', () => {
		const [claim] = analyse(
			segment('Ostravia thrashed Varnholm 7-1 on Tuesday in Brask.').sentences,
			{
				people: [],
				published
			}
		);
		const slot = slotsOf(claim!, []).find((s) => s.answer === '7-1')!;
		expect(acceptFor(slot)).toContain('7 to 1');
		expect(acceptFor(slot)).not.toContain('7');
	});
});

describe('what the fifth spent set broke, read again', () => {
	const quantities = (text: string) =>
		analyse(segment(text).sentences, { people: [], published })[0]!
			.mentions.filter((m) => m.kind === 'quantity' || m.kind === 'duration')
			.map((m) => m.text);

	it('starts no amount inside another number ("$US1.002 trillion")', () => {
		expect(
			quantities('Kestrel reached a market value of $US1.002 trillion on Thursday.')
		).not.toContain('002 trillion');
	});

	it('reads "will one day be able" as no duration', () => {
		expect(quantities('Scientists will one day be able to end the disease, he said.')).toEqual([]);
		expect(quantities('The crossing took one day in March.')).toEqual(['one day']);
	});

	it('offers no lower option for "more than 4,200 people"', () => {
		const [claim] = analyse(
			segment('The ship had more than 4,200 people on board when it ran aground.').sentences,
			{ people: [], published }
		);
		const m = claim!.mentions.find((x) => x.kind === 'quantity')!;
		for (const seed of [0, 1, 2, 3])
			for (const o of numericVariants(m, 3, seed))
				expect(Number(/[\d,]+/.exec(o)![0].replace(/,/g, ''))).toBeGreaterThan(4200);
	});

	it('resolves no "it" to a thing the same sentence then names', () => {
		const texts = analyse(
			segment(
				'Kestrel shares rose 9 percent on Thursday.\n\nIt was Kestrel’s best two-day run since April 2014.'
			).sentences,
			{ people: [], published }
		).map((c) => c.text);
		expect(texts.some((t) => /^Kestrel was Kestrel’s/.test(t))).toBe(false);
	});
});

describe('typed answers the readers gave and the grader refused', () => {
	const slotFor = (text: string, answer: string) => {
		const [claim] = analyse(segment(text).sentences, { people: [], published });
		return slotsOf(claim!, []).find((s) => s.answer.replace(/^the /, '') === answer)!;
	};

	it('accepts "AP" for "the Associated Press" and "FDA" for "the Food and Drug Administration"', () => {
		expect(
			acceptFor(
				slotFor('The fire was reported by the Associated Press on Monday.', 'Associated Press')
			)
		).toContain('AP');
		expect(
			acceptFor(
				slotFor(
					'By Tuesday, the firm had told the Food and Drug Administration of its plan.',
					'Food and Drug Administration'
				)
			)
		).toContain('FDA');
	});

	it('accepts "Leicester" and "University of Leicester" for "Leicester University"', () => {
		const forms = acceptFor(
			slotFor('The bones were studied at Leicester University in March.', 'Leicester University')
		);
		expect(forms).toEqual(expect.arrayContaining(['Leicester', 'University of Leicester']));
	});
});
