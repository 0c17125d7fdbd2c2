import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/generate/analyse';
import { collectPeople, findMentions, generateBank, segment } from '../../src/lib/generate/index';
import { unresolvedSubject } from '../../src/lib/generate/questions/giveaways';
import { slotsOf } from '../../src/lib/generate/facts';
import { acceptFor } from '../../src/lib/generate/accept';
import { unshout } from '../../src/lib/generate/typography';
import type { Article } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

// The rules of generator 2.9.0: what "the company", "the film" and "it" stand for, opening
// words set in capitals, amounts written "$1bn", and false statements a reader cannot dismiss on
// sight. Every article here is invented for the test.

const article = (title: string, body: string): Article => ({ ...syntheticArticle(body), title });
const raw = (a: Article) => generateBank(a).report.raw;
const prompts = (a: Article) => raw(a).map((q) => q.prompt);
const falses = (a: Article) =>
	raw(a)
		.filter((q) => q.type === 'true_false' && q.answer === 'False')
		.map((q) => q.prompt);

describe('an article’s opening words in capitals', () => {
	it('reads them as the words the article writes elsewhere, keeping every offset', () => {
		const text = 'THE Silver Harp dominated the Velmora awards. The Silver Harp won nine prizes.';
		const read = unshout(text);
		expect(read.startsWith('The Silver Harp dominated')).toBe(true);
		expect(read.length).toBe(text.length);
		expect(unshout('ROUTINE checks of the dam began. Routine work resumed.')).toMatch(
			/^Routine checks/
		);
	});

	it('leaves a dateline, an acronym and a name it cannot place as they are', () => {
		expect(unshout('EASTVALE — The council voted.')).toBe('EASTVALE — The council voted.');
		expect(unshout('NASA said on Monday that NASA will fly.')).toBe(
			'NASA said on Monday that NASA will fly.'
		);
		expect(unshout('IT firms closed their offices.')).toBe('IT firms closed their offices.');
		expect(unshout('THISARA PERERA was elected. Perera said he was glad.')).toBe(
			'THISARA PERERA was elected. Perera said he was glad.'
		);
	});

	it('writes a first name it knows as a name: "MARTA OLSEN", "ELEANOR Catton"', () => {
		expect(unshout('MARTA OLSEN was elected. Olsen said she was glad.')).toBe(
			'Marta Olsen was elected. Olsen said she was glad.'
		);
		expect(unshout('ELEANOR Catton has won.')).toBe('Eleanor Catton has won.');
	});

	it('asks about the opening sentence without a word in capitals', () => {
		const a = article(
			'Velmora film sweeps the Kestrel awards',
			'THE Silver Harp dominated the 2021 Kestrel awards ceremony, winning 9 awards from 12 nominations.\n\n' +
				'The film, which marks the final part of Ida Brenner’s trilogy, also won for best score and best sound.\n\n' +
				'It also became the first animated film to win best picture at the ceremony.'
		);
		const all = prompts(a).join('\n');
		expect(all).not.toMatch(/\bTHE\b|\btHE\b/);
	});
});

describe('amounts written with a short scale', () => {
	const kinds = (text: string) =>
		findMentions(text, {
			people: collectPeople([text]),
			published: '2020-05-01',
			tense: 'past'
		}).map((m) => `${m.kind}:${m.text}`);

	it('reads "$1bn" and "£534m" whole, and "5m" alone as a length, no amount of money', () => {
		expect(kinds('The film took more than $1bn (£534m) in global receipts.')).toEqual([
			'quantity:more than $1bn',
			'quantity:£534m'
		]);
		expect(kinds('The wall is 5m high.')).toEqual(['quantity:5m']);
		const wall = findMentions('The wall is 5m high.', {
			people: [],
			published: '2024-01-01',
			tense: 'past'
		})[0];
		expect(wall?.amount).toMatchObject({ value: 5, prefix: '', unit: 'm' });
	});

	it('asks the amount, its conversion in brackets being no acronym', () => {
		const a = article(
			'Silver Harp becomes a box office hit',
			'The Silver Harp has taken more than $1bn (£534m) in global receipts, the studio Kestrel Pictures said on Monday.\n\n' +
				'The studio said the film had sold 90 million tickets in 40 countries.\n\n' +
				'Ida Brenner, who directed the film, said she was astonished by the success.'
		);
		const qs = raw(a);
		expect(qs.some((q) => q.type !== 'true_false' && q.answer === 'more than $1bn')).toBe(true);
	});
});

describe('what "the company", "the film" and "it" stand for', () => {
	const sony = article(
		'Kestrel Motors to cut 9,000 jobs',
		'Kestrel Motors Corp. said on Tuesday it will cut about 9,000 jobs around the world by March 2026 as part of a restructuring plan.\n\n' +
			'The Velmoran carmaker also plans to close 4 of its 31 assembly plants by the end of 2026.\n\n' +
			'It will also cut investment in its battery division by 30 percent from the amount planned in June.\n\n' +
			'Analysts at Marlow Securities said the cuts were larger than expected.'
	);

	it('writes the article’s own body for "the carmaker" and for the "It" after it', () => {
		const all = prompts(sony);
		expect(all.some((p) => /^Kestrel Motors Corp\.? also plans to close/.test(p))).toBe(true);
		expect(all.some((p) => /Kestrel Motors Corp\.? will also cut investment/.test(p))).toBe(true);
		expect(all.some((p) => /^The Velmoran carmaker\b|^It will\b/.test(p))).toBe(false);
	});

	it('leaves "another company" and a company of another kind alone', () => {
		const a = article(
			'Kestrel Motors opens a plant',
			'Kestrel Motors Corp. opened a new assembly plant in Port Elm on Monday.\n\n' +
				'The rival company also plans to open a plant in the city next year.'
		);
		expect(prompts(a).some((p) => /Kestrel Motors Corp\.? also plans/.test(p))).toBe(false);
	});

	it('reads "In doing so, it" as the film the sentence before named', () => {
		const a = article(
			'Silver Harp sweeps the Kestrel awards',
			'THE Silver Harp dominated the 2021 Kestrel awards ceremony, winning 9 awards from 12 nominations.\n\n' +
				'The film, which marks the final part of Ida Brenner’s trilogy, also won for best score and best sound.\n\n' +
				'In doing so, it also became the first animated film to win best picture at the ceremony.\n\n' +
				'Ida Brenner said she was proud of her 200-strong team.'
		);
		const all = prompts(a);
		expect(
			all.some((p) => /The Silver Harp also became the (?:first|second) animated film/i.test(p))
		).toBe(true);
	});

	it('reads "X said he would" as X’s own plan, not an unknown "he"', () => {
		const sentences = segment(
			'Anton Reyes won the vote on Saturday.\n\nMarek Olsen said he would not appeal to the court.'
		).sentences;
		const people = collectPeople(sentences.map((x) => x.text));
		const claims = analyse(sentences, { people, published: '2020-05-01' });
		const said = claims.find((c) => /appeal/.test(c.text))!;
		expect(unresolvedSubject(said)).toBe(false);
	});

	it('reads a speaker after "In announcing …," and his apposition, and the "He said" after him', () => {
		const sentences = segment(
			'In announcing the new rules, Velmora Labour Party chief Anton Reyes, a new member of the ruling council, said the border posts would stay open until Parliament passes a travel law.\n\n' +
				'He said police had been told to issue visas to everyone who asks.'
		).sentences;
		const people = collectPeople(sentences.map((x) => x.text));
		expect(people.map((p) => p.name)).toContain('Anton Reyes');
		const claims = analyse(sentences, { people, published: '2020-05-01' });
		const rules = claims.find((c) => /border posts/.test(c.text))!;
		expect(rules.source).toMatch(/Anton Reyes$/);
		expect(rules.text).toMatch(/^The border posts would stay open/);
		const visas = claims.find((c) => /visas/.test(c.text))!;
		expect(visas.source).toBe('Anton Reyes');
		expect(visas.unresolved ?? false).toBe(false);
	});

	it('never turns "declared X the winner" into a broken passive', () => {
		const a = article(
			'Velmora election result disputed',
			'Velmora’s electoral commission declared Anton Reyes the winner of the presidential vote on Saturday.\n\n' +
				'Anton Reyes won 58 percent of the vote, against 31 percent for Marek Olsen.\n\n' +
				'Olsen called on his 2 million supporters to march in Port Elm on Monday.'
		);
		expect(prompts(a).some((p) => /the winner of the presidential vote was declared/.test(p))).toBe(
			false
		);
	});
});

describe('false statements a reader cannot dismiss on sight', () => {
	it('never denies the lead’s own event', () => {
		const a = article(
			'Airliner crashes near Port Elm',
			'A Velmora Air airliner bound for Marlow crashed near Port Elm shortly after takeoff on Tuesday, killing all 80 people on board.\n\n' +
				'The plane hit a hotel near the airport and burst into flames.\n\n' +
				'Investigators found both flight recorders on Wednesday.'
		);
		expect(falses(a).some((p) => /did not crash/.test(p))).toBe(false);
	});

	it('denies no statement opening with a hedged count or leaning on "barely"', () => {
		const a = article(
			'Hotel fire in Port Elm',
			'Firefighters fought a blaze at the Grand Hotel in Port Elm for six hours on Monday.\n\n' +
				'At least a dozen guests were injured at the hotel.\n\n' +
				'The remains of the roof were barely recognizable after the fire.\n\n' +
				'The hotel opened in 1921 and has 140 rooms.'
		);
		const denied = falses(a).join('\n');
		expect(denied).not.toMatch(/were not injured|were not barely/);
	});

	it('changes an ordinal only where it counts something', () => {
		const a = article(
			'Forecasters expect calmer weather',
			'The storm was the third to hit the coast of Velmora this year.\n\n' +
				'Forecasters in Port Elm said the rain would ease soon.\n\n' +
				'First responders reached the village of Tarn on Monday.\n\n' +
				'Tarn was first declared a disaster zone in 2019.'
		);
		const changed = falses(a).join('\n');
		expect(changed).not.toMatch(/Second responders|was second declared/);
		expect(changed).toMatch(/the (?:second|fourth) to hit/);
	});

	it('swaps in only a place the article names, and never the one who acted', () => {
		const a = article(
			'Dam opens in Velmora',
			'The Velmoran government opened the Tarn dam in Port Elm on Friday.\n\n' +
				'The dam will supply water to Port Elm and to Marlow, 40 kilometres away.\n\n' +
				'Kestrel Engineering built the dam over six years.\n\n' +
				'Velmora expressed its thanks to Kestrel Engineering.'
		);
		const named = ['Velmora', 'Port Elm', 'Marlow', 'Tarn'];
		for (const p of falses(a)) {
			const places = findMentions(p, { people: [], published: '2020-05-01', tense: 'past' })
				.filter((m) => m.kind === 'place')
				.map((m) => m.text.replace(/^the /, ''));
			for (const place of places) expect(named.some((n) => place.includes(n))).toBe(true);
			expect(p).not.toMatch(/^(?:Port Elm|Marlow|Tarn) expressed its thanks/);
		}
	});
});

describe('what the headline gives away', () => {
	it('does not ask the country whose adjective the headline uses', () => {
		const a = article(
			'Chinese toy recall widens',
			'Kestrel Toys recalled 800,000 toys made in China on Tuesday because of lead paint.\n\n' +
				'The toys were made by a supplier in China and sold in 30 countries.\n\n' +
				'Kestrel Toys said it had stopped all orders from the supplier.'
		);
		const gapped = raw(a).filter((q) => q.type !== 'true_false' && q.answer === 'China');
		expect(gapped).toEqual([]);
	});

	it('writes a word the article typed twice once', () => {
		const a = article(
			'Rhino poaching falls in Velmora',
			'Rangers in Velmora recorded 594 rhino killings in 2019, down from 769 rhino in in 2018.\n\n' +
				'The park service said 31 elephants were killed in 2019.\n\n' +
				'Ranger patrols were doubled in Tarn National Park in 2018.'
		);
		expect(prompts(a).some((p) => /\bin in\b/.test(p))).toBe(false);
		expect(
			prompts(a).some(
				(p) => /594 rhino killings in 2019, down from/.test(p) || /How many rhino killings/.test(p)
			)
		).toBe(true);
	});
});

describe('typed answers a reader would give', () => {
	const typed = (a: Article) =>
		raw(a).filter(
			(q): q is Extract<ReturnType<typeof raw>[number], { type: 'cloze' | 'short_answer' }> =>
				(q.type === 'cloze' || q.type === 'short_answer') && !('options' in q && q.options)
		);

	it('takes a national body without its country and a club without "Golf Club"', () => {
		const a = article(
			'Phones recalled',
			'The U.S. Consumer Product Safety Commission ordered the recall of 1 million Velmora phones on Thursday.\n\n' +
				'The final round was played at Augusta Vale Golf Club on Sunday.\n\n' +
				'Kestrel Phones said it had stopped selling the phone.'
		);
		const qs = typed(a);
		const body = qs.find((q) => q.answer === 'U.S. Consumer Product Safety Commission');
		expect(body?.accept).toContain('Consumer Product Safety Commission');
		const club = qs.find((q) => q.answer === 'Augusta Vale Golf Club');
		expect(club?.accept).toContain('Augusta Vale');
		// The day after the club is no part of its name.
		expect(qs.some((q) => /Golf Club on Sunday/.test(q.answer))).toBe(false);
	});

	it('takes "around" for "about" and "over" for "more than", never another number', () => {
		const a = article(
			'Kestrel chief guilty',
			'Former Kestrel chief Anton Reyes was found guilty of fraud in Port Elm on Tuesday.\n\n' +
				'Reyes faces more than 20 years in prison when he is sentenced in June.\n\n' +
				'The fraud cost investors about $9 billion, prosecutors said.\n\n' +
				'The trial lasted six weeks.'
		);
		const sentences = segment(a.body).sentences;
		const slot = analyse(sentences, {
			people: collectPeople(sentences.map((x) => x.text)),
			published: '2024-02-02'
		})
			.flatMap((c) => slotsOf(c, []))
			.find((x) => x.answer === 'about $9 billion');
		const accept = acceptFor(slot!);
		expect(accept).toContain('around $9 billion');
		expect(accept.some((x) => /\b(?:8|10)\b/.test(x))).toBe(false);
		const statements = raw(a).map((q) => q.prompt);
		expect(statements.some((p) => /According to prosecutors, More\b/.test(p))).toBe(false);
	});
});
