import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { extractFacts } from '../../src/lib/generate/facts';
import { segment } from '../../src/lib/generate/segment';

const body = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
).body;
const segmented = segment(body);
const { facts, context } = extractFacts(segmented, '2023-01-14');
const statementOf = (fragment: string) =>
	context.analysed.find((a) => a.sentence.text.includes(fragment))?.statement;

describe('reference resolution', () => {
	it('replaces "They", "the two leaders" and "the U.S. president" with names', () => {
		expect(statementOf('They stressed')).toBe(
			'According to Kishida and Biden, using or threatening to use nuclear weapons was unacceptable.'
		);
		expect(statementOf('The two leaders also agreed to cooperate in space')).toBe(
			'Kishida and Biden also agreed to cooperate in space.'
		);
		expect(statementOf('The U.S. president commended')).toMatch(
			/^Biden commended the Japanese government/
		);
	});

	it('phrases reported speech as "According to …" and keeps who said it', () => {
		const claim = facts.find((f) =>
			f.statement.startsWith('According to Kishida, the Hiroshima summit')
		);
		expect(claim?.attribution).toBe('Fumio Kishida');
		const who = facts.find((f) => f.question?.startsWith('Who said the Hiroshima summit'));
		expect(who?.answer).toBe('Fumio Kishida');
	});
});

describe('facts', () => {
	it('gives each fact the span of its supporting sentence', () => {
		for (const f of facts)
			expect(body.slice(f.sentence.start, f.sentence.end)).toBe(f.sentence.text);
	});

	it('finds who did what, where, when and for how long', () => {
		const find = (kind: string, answer: string) =>
			facts.find((f) => f.kind === kind && f.answer === answer);
		expect(find('who', 'Fumio Kishida and Joe Biden')).toBeDefined();
		expect(find('who', 'Yoshimasa Hayashi and Antony Blinken')?.question).toBe(
			'Who signed a comprehensive agreement for Japan-U.S. collaboration in space exploration at NASA headquarters in Washington on Friday?'
		);
		expect(find('where', 'Hiroshima')).toBeDefined();
		expect(find('when', 'Friday')?.mention?.anchored?.iso).toBe('2023-01-13');
		expect(find('duration', 'about two hours')?.question).toBe(
			'How long did the summit talks in Washington last?'
		);
		expect(find('what', 'Article 5 of the Japan-U.S. Security Treaty')).toBeDefined();
	});

	it('attributes every quotation to its speaker', () => {
		const quotes = facts.filter((f) => f.kind === 'quote');
		expect(quotes.map((q) => q.answer)).toEqual([
			'Fumio Kishida',
			'Joe Biden',
			'Fumio Kishida',
			'Fumio Kishida'
		]);
		for (const q of quotes) expect(q.statement).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ said: “.+”$/);
	});

	it('records the role of each titled person', () => {
		const roles = facts.filter((f) => f.kind === 'role').map((f) => f.statement);
		expect(roles).toEqual([
			'Fumio Kishida is the Prime Minister.',
			'Joe Biden is the U.S. President.',
			'Yoshimasa Hayashi is the Foreign Minister.',
			'Antony Blinken is the U.S. Secretary of State.'
		]);
	});

	it('draws at least one fact from every paragraph', () => {
		const paragraphs = segmented.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.index);
		const covered = new Set(facts.map((f) => f.sentence.block));
		expect(paragraphs.filter((p) => !covered.has(p))).toEqual([]);
	});

	it('never draws a fact from a heading', () => {
		expect(facts.some((f) => f.sentence.text.includes('Space collaboration pact inked'))).toBe(
			false
		);
	});

	it('does not resolve a pronoun across a paragraph break', () => {
		const text =
			'Coach Ana Ruiz praised the team.\n\nShe said the club would sign a striker in June.';
		const { context: c } = extractFacts(segment(text), '2024-01-10');
		expect(c.analysed[1]!.statement.startsWith('She said')).toBe(true);
	});
});

describe('a sentence opened by a titled person', () => {
	it('lets "She" in the next sentence resolve to that person', () => {
		const text = [
			'Mrs Justice Helen Carrow said the ferry operator had “deliberately organised its rotas” so that crews worked unpaid hours. She found that the practice breached the Working Time Regulations 1998.',
			'',
			'“Freedom to stand on a car deck with a radio is not a rest break,” Mrs Justice Carrow wrote in her judgment.'
		].join('\n');
		const { facts: found, context: ctx } = extractFacts(segment(text), '2024-09-12');
		expect(ctx.analysed[1]?.statement).toBe(
			'Carrow found that the practice breached the Working Time Regulations 1998.'
		);
		expect(found.find((f) => f.answerKind === 'document')?.answer).toBe(
			'Working Time Regulations 1998'
		);
		expect(found.find((f) => f.kind === 'quote')?.answer).toBe('Helen Carrow');
	});
});
