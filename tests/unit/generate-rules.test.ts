import { describe, expect, it } from 'vitest';
import { segment } from '../../src/lib/generate/segment';
import { normalize } from '../../src/lib/generate/text';
import { gap, type Question } from '../../src/lib/schema';
import { generated, loadArticle, teamArticlePaths } from './team-articles';

type Of<T extends Question['type']> = Extract<Question, { type: T }>;
const isChoice = (q: Question): q is Of<'mcq'> | Of<'cloze'> =>
	q.type === 'mcq' || (q.type === 'cloze' && !!q.options);
const withoutAttribution = (text: string) => text.replace(/^According to [^,]+, /, '');

describe.each(teamArticlePaths)('the bank of %s', (path) => {
	const article = loadArticle(path);
	const { report, bank } = generated(path);
	const raw = report.raw;
	const paragraphs = segment(article.body, { title: article.title }).blocks.filter(
		(b) => b.kind === 'paragraph'
	);
	const paragraphOf = (q: Question) =>
		paragraphs.findIndex((p) => q.source.start >= p.start && q.source.start < p.end);
	const tf = raw.filter((q) => q.type === 'true_false');

	it('is schema-valid, tied to sentences of the body, and of several types', () => {
		expect(bank.questions.length).toBeGreaterThanOrEqual(15);
		expect(Object.keys(report.counts).length).toBeGreaterThanOrEqual(4);
		const sentences = new Set(segment(article.body).sentences.map((s) => `${s.start}:${s.end}`));
		for (const q of raw) expect(sentences.has(`${q.source.start}:${q.source.end}`)).toBe(true);
	});

	it('takes every answer from its source sentence, through a name the sentence refers to', () => {
		for (const q of raw) {
			if (q.type === 'true_false' || q.type === 'matching' || q.type === 'ordering') continue;
			const source = normalize(article.body.slice(q.source.start, q.source.end));
			const forms = [q.answer, ...q.accept, ...q.answer.split(/ and /), q.answer.split(' ').pop()!];
			const literal = forms.some((f) => source.includes(normalize(f).replace(/^the /, '')));
			// "She added …": the name comes from the sentences before, and the explanation says so.
			// A quotation that runs on from the sentence before is its speaker's, and says so.
			const resolved =
				q.explanation.includes(` refers to ${q.answer}.`) ||
				q.explanation.includes(`go on from what ${q.answer} said`);
			expect(literal || resolved).toBe(true);
		}
	});

	it('draws no fact from the headline, byline or caption lines', () => {
		const lines = segment(article.body, { title: article.title }).blocks.filter(
			(b) => b.kind !== 'paragraph'
		);
		for (const f of bank.facts)
			for (const l of lines) expect(f.source.start >= l.start && f.source.end <= l.end).toBe(false);
	});

	it('leads with the opening of the article', () => {
		expect(paragraphOf(raw[0]!)).toBeLessThan(3);
		// The first quarter of the bank comes mostly from the first half of the article.
		const early = raw
			.slice(0, Math.ceil(raw.length / 4))
			.filter((q) => paragraphOf(q) < paragraphs.length / 2);
		expect(early.length).toBeGreaterThanOrEqual(Math.ceil(raw.length / 8));
	});

	it('asks no amount, date or place that another question of another fact prints', () => {
		const sentences = segment(article.body).sentences.map((x) => normalize(x.text));
		const kinds = new Map(report.allFacts.map((f) => [f.id, f.kind]));
		for (const q of raw) {
			if (q.type !== 'cloze' && q.type !== 'short_answer' && q.type !== 'mcq') continue;
			// A person is named all through an article; one lower-case word turns up anywhere.
			if (kinds.get(q.factId) === 'who' || kinds.get(q.factId) === 'quote') continue;
			if (/^(?:the )?\p{Ll}+$/u.test(q.answer) || normalize(q.answer).length < 3) continue;
			const key = normalize(q.answer);
			// A figure the article repeats in three sentences is before the reader anyway.
			if (sentences.filter((t) => t.includes(key)).length >= 3) continue;
			for (const o of raw) {
				if (o.factId === q.factId || o.source.start === q.source.start) continue;
				if (o.type === 'true_false' && o.answer === 'False') continue;
				expect(normalize(o.prompt)).not.toContain(key);
			}
		}
	});

	it('keys no answer in more than a tenth of the bank', () => {
		const counts = new Map<string, number>();
		for (const q of raw)
			if (q.type !== 'true_false' && q.type !== 'matching' && q.type !== 'ordering')
				counts.set(normalize(q.answer), (counts.get(normalize(q.answer)) ?? 0) + 1);
		const cap = Math.max(1, Math.floor(raw.length / 10));
		for (const [, n] of counts) expect(n).toBeLessThanOrEqual(cap);
	});

	it('asks one fact at most twice beside one statement, and never as two gaps', () => {
		const byFact = new Map<string, Question[]>();
		for (const q of raw)
			if (q.type !== 'true_false') byFact.set(q.factId, [...(byFact.get(q.factId) ?? []), q]);
		for (const [, qs] of byFact) {
			expect(qs.length).toBeLessThanOrEqual(2);
			expect(qs.filter((q) => q.type === 'cloze').length).toBeLessThanOrEqual(1);
		}
	});

	it('keeps true/false keys between 40 % and 60 % False, with few sentences copied', () => {
		if (tf.length < 5) return;
		const falses = tf.filter((q) => q.answer === 'False').length;
		expect(falses / tf.length).toBeGreaterThanOrEqual(0.4);
		expect(falses / tf.length).toBeLessThanOrEqual(0.6);
		const sentence = (q: Question) => normalize(article.body.slice(q.source.start, q.source.end));
		const copied = tf.filter((q) => q.answer === 'True' && normalize(q.prompt) === sentence(q));
		expect(copied.length).toBeLessThanOrEqual(Math.floor(0.15 * tf.length));
	});

	it('makes false statements by changing a value or denying the main verb once, never a sentence of the article', () => {
		const negations = (t: string) => t.match(/\bnot\b|n’t\b|n't\b/g)?.length ?? 0;
		const body = normalize(article.body);
		for (const q of tf.filter((q) => q.answer === 'False')) {
			const source = article.body.slice(q.source.start, q.source.end);
			const added = negations(q.prompt) - negations(source);
			expect(added).toBeLessThanOrEqual(1);
			// A denial sits on an auxiliary: "is not expected", "did not destroy".
			if (added === 1)
				expect(q.prompt).toMatch(
					/\b(?:is|are|was|were|has|have|had|will|would|did|does|do|am) not \p{Ll}/u
				);
			expect(body.includes(normalize(withoutAttribution(q.prompt)).replace(/\.$/, ''))).toBe(false);
		}
	});

	it('gaps whole words and phrases: never half a word, never from a preposition', () => {
		for (const q of raw.filter((q): q is Of<'cloze'> => q.type === 'cloze')) {
			const at = q.prompt.indexOf(gap);
			expect(at).toBeGreaterThan(0);
			expect(q.prompt.charAt(at - 1)).not.toMatch(/[\p{L}\p{N}-]/u);
			expect(q.prompt.charAt(at + gap.length)).not.toMatch(/[\p{L}\p{N}-]/u);
			expect(q.answer).not.toMatch(/^(?:of|to|in|on|with|from|for|at|by|as)\s/i);
		}
	});

	it('asks nothing the headline gives away', () => {
		const title = normalize(article.title);
		for (const q of raw) {
			if (q.type === 'true_false' || q.type === 'matching' || q.type === 'ordering') continue;
			const answer = normalize(q.answer).replace(/^the /, '');
			if (answer.length < 3) continue;
			expect(
				new RegExp(
					`(?<![\\p{L}])${answer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
					'u'
				).test(title)
			).toBe(false);
		}
	});

	it('offers options of one kind and form, each person once', () => {
		for (const q of raw.filter(isChoice)) {
			const options = q.options!;
			expect(options.length).toBeGreaterThanOrEqual(3);
			expect(new Set(options.map(normalize)).size).toBe(options.length);
			if (/\d/.test(q.answer)) {
				const unit = /\s(\p{L}+)$/u.exec(q.answer)?.[1];
				for (const o of options) {
					expect(o).toMatch(/\d/);
					if (unit) expect(o.endsWith(unit) || o.endsWith(unit.replace(/s$/, ''))).toBe(true);
				}
			}
			const people = bank.facts.filter((f) => f.answerKind === 'person').map((f) => f.answer);
			if (people.includes(q.answer)) {
				const surnames = options.flatMap((o) => o.split(' and ').map((n) => n.split(' ').pop()));
				if (!q.answer.includes(' and ')) expect(new Set(surnames).size).toBe(surnames.length);
			}
		}
	});

	it('never opens a prompt with a pronoun it does not explain', () => {
		for (const q of raw)
			expect(q.prompt).not.toMatch(
				/^(?:(?:Fill in the gap|Choose the words that fill the gap):\s+)?(?:He|She|It|They|His|Her|Its|Their)\b/
			);
	});
});
