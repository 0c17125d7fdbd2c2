import { describe, expect, it } from 'vitest';
import { collectPeople, findMentions, generateBank, segment } from '../../src/lib/generate/index';
import { analyse } from '../../src/lib/generate/analyse';
import type { Article } from '../../src/lib/schema';
import { syntheticArticle } from './synthetic-article';

// Generator 2.13.0: who a sentence is about when the article names two people of one family,
// describes its subject by age, or opens on a longer lead before "she"; and bodies whose names
// hold "and" or "&"; "the company" when the article has named one; wrong people for a gap.
// Every article here is invented for the test.

const article = (title: string, body: string): Article => ({ ...syntheticArticle(body), title });

const inauguration = article(
	'Velden sworn in as Ostravia’s first woman leader',
	'Socialist Marta Velden was sworn in as Ostravia’s first female president on Saturday and appealed for national unity.\n\n' +
		'Velden’s election in January marked a sharp political shift in Ostravia.\n\n' +
		'Her first act as president was to swear in a Cabinet of 10 men and 10 women, fulfilling a promise made in January.\n\n' +
		'The 54-year-old paediatrician took her oath before Senate president Karel Dvorsky in the port city of Varnholm, where she was applauded by hundreds of people.\n\n' +
		'On returning to the capital, in a speech from the palace balcony, she called for national unity after the 1973-1990 dictatorship of General Anton Brask.\n\n' +
		'In the speech, Velden paid homage to her father, General Tomas Velden, on the eve of the 32nd anniversary of his death.'
);
const statements = () => generateBank(inauguration).report.allFacts.map((f) => f.statement);

describe('two people of one family', () => {
	it('gives the family name alone to the one the article names first', () => {
		const sentences = segment(inauguration.body, { title: inauguration.title }).sentences;
		const people = collectPeople(sentences.map((s) => s.text));
		const [m] = findMentions('Velden paid homage.', {
			people,
			published: inauguration.published,
			tense: 'past'
		});
		expect(m?.key).toBe('person:marta velden');
	});

	it('writes "her" out as that person, not as the relative named later', () => {
		const first = statements().find((s) => s.includes('first act as president'));
		expect(first).toMatch(/^Marta Velden’s first act/);
	});
});

describe('a subject described, not named', () => {
	it('reads "The 54-year-old paediatrician" as the person the sentence before named', () => {
		const oath = statements().filter((s) => s.includes('took her oath'));
		expect(oath.length).toBeGreaterThan(0);
		for (const s of oath) expect(s).toMatch(/^Marta Velden took her oath/);
	});

	it('reads "she" after a lead of two phrases as that person', () => {
		const unity = statements().filter((s) => s.includes('called for national unity'));
		expect(unity.length).toBeGreaterThan(0);
		for (const s of unity) expect(s).toContain('Marta Velden called for national unity');
	});

	it('leaves an aged subject alone when the sentence before named no one', () => {
		const a = article(
			'Flooding closes the river road',
			'Mayor Karel Dvorsky opened the new bridge at Varnholm on Friday.\n\n' +
				'The river rose by two metres overnight and closed the coast road at Varnholm on Sunday.\n\n' +
				'The 54-year-old paediatrician took her oath before the senate in the port city of Brask.'
		);
		const oath = generateBank(a)
			.report.allFacts.map((f) => f.statement)
			.filter((s) => s.includes('took her oath'));
		for (const s of oath) expect(s).toMatch(/^The 54-year-old paediatrician/);
	});
});

describe('bodies whose names hold "and" or "&"', () => {
	const names = (text: string) =>
		findMentions(text, { people: [], published: '2024-02-02', tense: 'past' })
			.filter((m) => m.kind === 'organization')
			.map((m) => m.text);

	it('reads "the Food and Drug Administration" whole', () => {
		expect(
			names('By Tuesday, the firm had told the Food and Drug Administration of its plan.')
		).toEqual(['Food and Drug Administration']);
	});

	it('reads "Merck & Co." and "Procter & Gamble" whole', () => {
		expect(names('The drug was taken off the market yesterday by Merck & Co.')).toEqual([
			'Merck & Co.'
		]);
		expect(names('Procter & Gamble said sales rose.')).toEqual(['Procter & Gamble']);
		expect(names('The Food & Drug Administration said no.')).toEqual([
			'Food & Drug Administration'
		]);
	});

	it('keeps a country before "and" out of the name', () => {
		expect(names('Britain and France Defence Ministry staff met.')).toEqual([
			'France Defence Ministry'
		]);
	});
});

describe('"the company"', () => {
	const claims = (body: string) =>
		analyse(segment(body).sentences, { people: [], published: '2024-02-02' }).map((c) => c.text);

	it('is the one company the article has named', () => {
		expect(
			claims(
				'The arthritis drug Velox was taken off the market yesterday by Kestrel & Co. after a study.\n\n' +
					'By Tuesday, the company had told regulators that it planned to withdraw the drug.'
			)
		).toContain(
			'By Tuesday, Kestrel & Co. had told regulators that it planned to withdraw the drug.'
		);
	});

	it('stays as written when the article has named two', () => {
		const read = claims(
			'Kestrel & Co. bought Marlow & Sons on Wednesday for $2 billion.\n\n' +
				'By Tuesday, the company had told regulators that it planned to close the plant.'
		);
		expect(read).toContain(
			'By Tuesday, the company had told regulators that it planned to close the plant.'
		);
	});
});

describe('wrong people for a gap', () => {
	it('never offers the person the prompt itself names, once "she" is written out', () => {
		for (const q of generateBank(inauguration).report.raw) {
			if (!('options' in q) || !q.options) continue;
			for (const o of q.options as readonly string[])
				if (o !== q.answer) expect(q.prompt.includes(o)).toBe(false);
		}
	});
});

describe('"they" after a named person and a team', () => {
	it('is the person and the team', () => {
		const sentences = segment(
			'Dr Ana Ruiz of the Marlow Institute in Brask, Ostravia, and her colleagues found the skull in September 2003.\n\n' +
				'They reported the finding in the journal Nature.'
		).sentences;
		const people = collectPeople(sentences.map((s) => s.text));
		const texts = analyse(sentences, { people, published: '2004-10-27' }).map((c) => c.text);
		expect(texts).toContain(
			'Ana Ruiz and her colleagues reported the finding in the journal Nature.'
		);
	});
});

describe('the person a sentence before named, once more', () => {
	it('is found after a sentence read as two claims (a name and its apposition)', () => {
		const sentences = segment(
			'Marta Velden, a pastor’s daughter known for her ambition, became Ostravia’s first female chancellor yesterday.\n\n' +
				'The 51-year-old conservative will lead a fragile coalition in Brask.'
		).sentences;
		const people = collectPeople(sentences.map((s) => s.text));
		const texts = analyse(sentences, { people, published: '2005-11-23' }).map((c) => c.text);
		expect(texts).toContain('Marta Velden will lead a fragile coalition in Brask.');
	});

	it('may end a question on "her" as an object', () => {
		const a = article(
			'Velden sworn in',
			'Marta Velden was sworn in as chancellor of Ostravia in Brask on Tuesday after a vote of 397 to 202.\n\n' +
				'Karel Dvorsky walked over to Velden after the vote and was the first to congratulate her.'
		);
		const { filtered } = generateBank(a).report;
		expect(filtered.filter((r) => r.reason === 'prompt stops mid-sentence')).toEqual([]);
	});
});
