import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, segment } from '../../src/lib/generate/index';
import { Article, Bank } from '../../src/lib/schema';

const dir = 'tests/fixtures/articles';
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.md'))
	.sort();

function load(path: string): Article {
	const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'));
	return Article.parse({ ...(data as object), id: basename(path, '.md'), body });
}

const pronounLed =
	/^(?:(?:Fill in the gap|Choose the option that fills the gap):\s+)?(?:He|She|It|They|His|Her|Its|Their)\b/;

describe.each(files)('fixture %s', (file) => {
	const article = load(join(dir, file));
	const { bank, report } = generateBank(article);
	const sentences = segment(article.body, { title: article.title }).sentences;

	it('gives a schema-valid bank with enough questions of several types', () => {
		expect(Bank.safeParse(JSON.parse(JSON.stringify(bank))).success).toBe(true);
		expect(bank.questions.length).toBeGreaterThanOrEqual(30);
		expect(bank.facts.length).toBeGreaterThanOrEqual(12);
		expect(Object.keys(report.counts).length).toBeGreaterThanOrEqual(4);
		expect(report.paragraphs.covered / report.paragraphs.total).toBeGreaterThanOrEqual(0.8);
	});

	it('points every question at a real sentence of the body', () => {
		const starts = new Set(sentences.map((s) => `${s.start}:${s.end}`));
		for (const q of bank.questions)
			expect(starts.has(`${q.source.start}:${q.source.end}`)).toBe(true);
	});

	it('takes answers from their source sentences', () => {
		for (const q of bank.questions) {
			if (q.type === 'true_false' || q.type === 'matching' || q.type === 'ordering') continue;
			const source = article.body.slice(q.source.start, q.source.end).toLowerCase();
			const fact = bank.facts.find((f) => f.id === q.factId)!;
			const candidates = [q.answer, ...q.accept, ...q.answer.split(/ and /)].map((a) =>
				a.toLowerCase()
			);
			const surname = fact.answerKind === 'person' ? q.answer.split(' ').pop()!.toLowerCase() : '';
			const literal =
				candidates.some((c) => source.includes(c)) || (!!surname && source.includes(surname));
			// "She added …", "The judge also ordered …": the name comes from a pronoun or the one
			// person with that title, and the fact says so.
			const resolved =
				/^(he|she|they|it|the [a-z]+)\b/.test(source) &&
				!!surname &&
				fact.statement.toLowerCase().includes(surname);
			expect(literal || resolved).toBe(true);
		}
	});

	it('never starts a prompt with an unresolved pronoun', () => {
		for (const q of bank.questions) expect(q.prompt).not.toMatch(pronounLed);
	});

	it('draws no fact from the headline, byline or caption lines', () => {
		const lines = article.body.split('\n').slice(0, 3);
		for (const f of bank.facts)
			for (const l of lines.filter((l) => !/[.!?]$/.test(l) || /speaks to reporters/.test(l)))
				expect(article.body.slice(f.source.start, f.source.end)).not.toBe(l);
	});
});

describe('fixture specifics', () => {
	it('resolves "It" and "She" inside a paragraph (science)', () => {
		const { report } = generateBank(load(join(dir, 'comet-probe-findings.md')));
		expect(report.raw.some((q) => q.prompt.includes('The probe drilled into the crust on'))).toBe(
			true
		);
		expect(
			report.raw.some(
				(q) =>
					q.prompt ===
						'Who added that the probe’s batteries were expected to last another 14 months?' ||
					q.prompt.startsWith('Who added that the probe')
			)
		).toBe(true);
	});

	it('asks about the score line, crowd and scorer (sport)', () => {
		const { report } = generateBank(load(join(dir, 'harbour-city-cup-final.md')));
		const answers = report.raw.map((q) => q.answer);
		expect(answers).toEqual(expect.arrayContaining(['Kofi Mensah', '82,000 fans', 'Saturday']));
		const who = report.raw.find((q) =>
			q.prompt.startsWith('Who added that the team would return stronger')
		);
		expect(who?.answer).toBe('Sofia Brandt');
	});

	it('keeps percentages with their unit and reports claims (economy)', () => {
		const { report } = generateBank(load(join(dir, 'northbank-rate-decision.md')));
		const pct = report.raw.find((q) => q.type === 'mcq' && q.answer === '4.5 percent');
		expect(
			pct && 'options' in pct ? (pct.options ?? []).every((o) => /percent$/.test(o)) : false
		).toBe(true);
		expect(
			report.raw.some((q) => q.prompt.includes('According to Castell, wages were rising by'))
		).toBe(true);
	});
});
