import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lib/generate/analyse';
import { collectPeople, type Mention } from '../../src/lib/generate/entities';
import { generateBank, GenerateError, serializeBank } from '../../src/lib/generate/index';
import { segment } from '../../src/lib/generate/segment';
import { containsWord, normalize } from '../../src/lib/generate/text';
import { gradeAnswer } from '../../src/lib/grading/grade';
import { normalizeAnswer } from '../../src/lib/grading/normalize';
import { Bank, Id, type Article, type Question } from '../../src/lib/schema';
import { generated, loadArticle, teamArticlePaths } from './team-articles';

const articles = teamArticlePaths.map(
	(p) => ({ ...loadArticle(p), id: 'property-test' }) as Article
);

/** A random article made of some of the paragraphs of one of the team's, in their order. */
const subsetArticle = fc
	.record({
		which: fc.nat({ max: articles.length - 1 }),
		keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 })
	})
	.map(({ which, keep }) => {
		const a = articles[which]!;
		const paragraphs = a.body.split(/\n\n+/);
		const kept = paragraphs.filter((_, i) => keep[i % keep.length]);
		return { ...a, body: (kept.length ? kept : paragraphs.slice(0, 1)).join('\n\n') } as Article;
	});

function tryGenerate(a: Article) {
	try {
		return generateBank(a);
	} catch (error) {
		// A subset with nothing to ask about must say so clearly, never crash.
		expect(error).toBeInstanceOf(GenerateError);
		return undefined;
	}
}

// Each run generates a whole bank (about a second): few runs, generous time on a busy machine.
const runs = { numRuns: 6 };
const slow = 240_000;

describe('generator invariants over random paragraph subsets', () => {
	it(
		'keeps every question fair: answer among unique options, not in the prompt, a valid bank',
		() => {
			fc.assert(
				fc.property(subsetArticle, (a) => {
					const result = tryGenerate(a);
					if (!result) return;
					const ids = result.bank.questions.map((q) => q.id);
					expect(new Set(ids).size).toBe(ids.length);
					for (const id of ids) expect(Id.safeParse(id).success).toBe(true);
					expect(Bank.safeParse(JSON.parse(serializeBank(result.bank))).success).toBe(true);
					for (const q of result.bank.questions) {
						if (q.type === 'mcq' || (q.type === 'cloze' && q.options)) {
							expect(q.options).toContain(q.answer);
							expect(new Set(q.options!.map(normalize)).size).toBe(q.options!.length);
						}
						if (q.type === 'mcq' || q.type === 'cloze' || q.type === 'short_answer')
							expect(containsWord(q.prompt.replace(/^Who said this\?/, ''), q.answer)).toBe(false);
					}
				}),
				runs
			);
		},
		slow
	);

	it(
		'is deterministic, and gives one question one id whatever else is in the article',
		() => {
			const seen = new Map<string, string>();
			fc.assert(
				fc.property(subsetArticle, (a) => {
					const first = tryGenerate(a);
					const second = tryGenerate({ ...a });
					expect(first && serializeBank(first.bank)).toBe(second && serializeBank(second.bank));
					for (const q of first?.bank.questions ?? []) {
						if (q.type === 'matching' || q.type === 'ordering') continue;
						const key = `${q.type}|${q.prompt}|${q.answer}`;
						const previous = seen.get(key);
						if (previous) expect(q.id).toBe(previous);
						seen.set(key, q.id);
					}
				}),
				runs
			);
		},
		slow
	);
});

/** Every entity the article names, as a reader might type it. */
function entitiesOf(article: Article): Mention[] {
	const s = segment(article.body, { title: article.title });
	const people = collectPeople(s.sentences.map((x) => x.text));
	const seen = new Map<string, Mention>();
	for (const c of analyse(s.sentences, { people, published: article.published }))
		for (const m of c.mentions) if (!m.reference && !seen.has(m.key)) seen.set(m.key, m);
	return [...seen.values()];
}

type Typed = Extract<Question, { type: 'short_answer' }> | Extract<Question, { type: 'cloze' }>;

describe.each(teamArticlePaths)('grading the typed questions of %s', (path) => {
	const article = loadArticle(path);
	const typed = generated(path).report.raw.filter(
		(q): q is Typed => q.type === 'short_answer' || (q.type === 'cloze' && !q.options)
	);
	const entities = entitiesOf(article);
	// Another entity is one whose every written form differs from the key and its accepted forms.
	const others = (q: Typed) => {
		const own = [q.answer, ...q.accept].map(normalizeAnswer);
		return entities.filter((m) => {
			const forms = [m.text, m.display].map(normalizeAnswer);
			return !forms.some((f) => own.some((o) => o === f || o.includes(f) || f.includes(o)));
		});
	};

	it('accepts the key and every form it lists', () => {
		for (const q of typed)
			for (const a of [q.answer, ...q.accept]) expect(gradeAnswer(q, a).correct).toBe(true);
	});

	it('never accepts another entity of the article, however it is typed', () => {
		if (typed.length === 0) return;
		const pairs = typed.flatMap((q) => others(q).map((m) => [q, m] as const));
		expect(pairs.length).toBeGreaterThan(0);
		fc.assert(
			fc.property(
				fc.constantFrom(...pairs),
				fc.constantFrom('as written', 'lower case', 'upper case', 'display name', 'with "the"'),
				([q, m], style) => {
					const typedText =
						style === 'lower case'
							? m.text.toLowerCase()
							: style === 'upper case'
								? m.text.toUpperCase()
								: style === 'display name'
									? m.display
									: style === 'with "the"'
										? `the ${m.text}`
										: m.text;
					expect(gradeAnswer(q, typedText).correct).toBe(false);
				}
			),
			{ numRuns: 300 }
		);
	});
});
