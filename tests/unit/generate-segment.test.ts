import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { segment, splitSentences } from '../../src/lib/generate/segment';

const seed = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
).body;

describe('splitSentences', () => {
	const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

	it('keeps abbreviations, initials and dotted acronyms inside sentences', () => {
		expect(
			texts('Dr. Ana Ruiz met U.S. officials on Jan. 5 in St. Louis. She left at noon.')
		).toEqual(['Dr. Ana Ruiz met U.S. officials on Jan. 5 in St. Louis.', 'She left at noon.']);
	});

	it('ends a sentence after "U.S." only before a typical sentence opener', () => {
		expect(texts('Troops returned to the U.S. The move was expected.')).toEqual([
			'Troops returned to the U.S.',
			'The move was expected.'
		]);
	});

	it('handles curly quotes that end a sentence and quotes followed by an attribution', () => {
		expect(texts('He said, “We will win.” Then he left. “It is done,” she said.')).toEqual([
			'He said, “We will win.”',
			'Then he left.',
			'“It is done,” she said.'
		]);
	});

	it('does not split on em dashes, decimals or question marks inside a quote with attribution', () => {
		expect(texts('Rates rose 4.5 percent — the highest in years. “Why now?” she asked.')).toEqual([
			'Rates rose 4.5 percent — the highest in years.',
			'“Why now?” she asked.'
		]);
	});
});

describe('segment', () => {
	it('gives exact offsets into the body for every sentence', () => {
		const { sentences } = segment(seed);
		expect(sentences.length).toBeGreaterThan(25);
		for (const s of sentences) expect(seed.slice(s.start, s.end)).toBe(s.text);
	});

	it('keeps the dateline out of the first sentence', () => {
		const { blocks, sentences } = segment(seed);
		expect(blocks[0]!.dateline).toBe('WASHINGTON');
		expect(sentences[0]!.text.startsWith('Prime Minister Fumio Kishida')).toBe(true);
	});

	it('classifies the sub-heading and keeps it out of fact sources', () => {
		const { blocks, sentences } = segment(seed);
		const heading = blocks.find((b) => b.text === 'Space collaboration pact inked');
		expect(heading?.kind).toBe('heading');
		expect(sentences.some((s) => s.text.includes('Space collaboration pact inked'))).toBe(false);
	});

	it('classifies a pasted headline, byline and photo caption', () => {
		const raw = [
			'Kishida, Biden Agree to Strengthen Deterrence',
			'Masanori Genko / The Yomiuri Shimbun',
			'Prime Minister Fumio Kishida and U.S. President Joe Biden shake hands at the White House on Friday.',
			'',
			seed
		].join('\n');
		const { blocks, sentences } = segment(raw);
		expect(blocks.slice(0, 3).map((b) => b.kind)).toEqual(['heading', 'byline', 'caption']);
		expect(blocks[3]!.kind).toBe('paragraph');
		expect(sentences.some((s) => s.text.includes('shake hands'))).toBe(false);
		for (const s of sentences) expect(raw.slice(s.start, s.end)).toBe(s.text);
	});

	it('recognises "By" bylines and credited captions', () => {
		const { blocks } = segment(
			'By Jane Doe\nThe mayor speaks on Monday. (Photo: AP)\nThe city opened a bridge on Monday.'
		);
		expect(blocks.map((b) => b.kind)).toEqual(['byline', 'caption', 'paragraph']);
	});
});

describe('lists', () => {
	const body = [
		'Under the ordinance, owners of the city’s registered cooling towers must:',
		'',
		'- report any positive result to the health department within 24 hours;',
		'- keep maintenance records for at least three years.',
		'',
		'The plan has three parts.',
		'',
		'• a fine',
		'1) a register'
	].join('\n');
	const { blocks, sentences } = segment(body);

	it('never takes a lead-in or a list item for a heading', () => {
		expect(blocks.slice(0, 3).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
	});

	it('joins each item to its lead-in and quotes no list marker', () => {
		expect(sentences.map((s) => s.statement ?? s.text)).toEqual([
			'Under the ordinance, owners of the city’s registered cooling towers must report any positive result to the health department within 24 hours.',
			'Under the ordinance, owners of the city’s registered cooling towers must report any positive result to the health department within 24 hours.',
			'Under the ordinance, owners of the city’s registered cooling towers must keep maintenance records for at least three years.',
			'The plan has three parts.'
		]);
		for (const s of sentences) {
			expect(body.slice(s.start, s.end)).toBe(s.text);
			expect(s.text).not.toMatch(/^(?:[-•*]|\d+[.)])\s/);
		}
	});
});

describe('exclamations inside a quotation', () => {
	it('ends no sentence inside a quotation that runs on in lower case', () => {
		const text =
			'A crowd chanted, "Shame! Shame!" outside the courthouse. Then "Why? Now!" He left.';
		expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
			'A crowd chanted, "Shame! Shame!" outside the courthouse.',
			'Then "Why?',
			'Now!"',
			'He left.'
		]);
	});
});

describe('long and wire-service text', () => {
	it('keeps a wire dateline with its agency out of the first sentence', () => {
		const { blocks, sentences } = segment(
			'PATNA, India (AP) — A train has derailed in eastern India.'
		);
		expect(blocks[0]!.dateline).toBe('PATNA');
		expect(sentences[0]!.text).toBe('A train has derailed in eastern India.');
	});

	it('keeps a dateline with a region and a date out of the first sentence', () => {
		const { blocks, sentences } = segment(
			'PERUGIA, Italy, Oct. 3 (UPI) -- American Amanda Knox was acquitted on Monday.'
		);
		expect(blocks[0]!.dateline).toBe('PERUGIA');
		expect(sentences[0]!.text).toBe('American Amanda Knox was acquitted on Monday.');
	});

	it('cuts a passage with no full stop into pieces it does not read, so cost grows with the words', () => {
		const run = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
		const { sentences, overlong, maxWords, blocks } = segment(
			`${run}\n\nA real sentence ends here.`
		);
		expect(overlong).toBe(1);
		expect(sentences.map((s) => s.text)).toEqual(['A real sentence ends here.']);
		expect(blocks[0]!.sentences.length).toBe(Math.ceil(500 / maxWords));
		for (const s of blocks[0]!.sentences)
			expect(s.text.split(' ').length).toBeLessThanOrEqual(maxWords);
	});

	it('joins a list item to its lead-in, with any bullet', () => {
		const body =
			'Owners of cooling towers must:\n\n• register them with the council;\n\n• test the water every month.';
		const statements = segment(body).sentences.map((s) => s.statement ?? s.text);
		expect(statements).toContain('Owners of cooling towers must register them with the council.');
		expect(statements).toContain('Owners of cooling towers must test the water every month.');
	});
});
