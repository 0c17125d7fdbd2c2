import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	checkPaste,
	markupIn,
	maxPastedBody,
	normalizeBody,
	slugify,
	uniqueSlug,
	type PasteInput
} from '../../src/lib/authoring/paste';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, GenerateError } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema/article';

const input = (overrides: Partial<PasteInput> = {}): PasteInput => ({
	title: 'Harbour City Win First Cup Title in 31 Years',
	publisher: 'The Northern Ledger',
	published: '2024-05-19',
	body: 'Harbour City won the National Cup on Saturday. Kofi Mensah scored both goals.',
	...overrides
});

const problemsOf = (overrides: Partial<PasteInput>, taken = new Set<string>()) => {
	const result = checkPaste(input(overrides), taken);
	return result.ok ? [] : result.problems;
};

describe('checkPaste', () => {
	it('turns a good paste into a valid Article with a slug id and language en', () => {
		const result = checkPaste(
			input({ byline: 'Tom Aldane', url: 'https://example.com/x' }),
			new Set()
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(Article.parse(result.article)).toEqual(result.article);
		expect(result.article).toMatchObject({
			id: 'harbour-city-win-first-cup-title-in-31-years',
			language: 'en',
			byline: 'Tom Aldane',
			url: 'https://example.com/x'
		});
	});

	it('lists every problem at once, each under its field', () => {
		const problems = problemsOf({ title: ' ', publisher: '', published: '', body: '' });
		expect(problems.map((p) => p.field).sort()).toEqual(
			['body', 'published', 'publisher', 'title'].sort()
		);
		for (const p of problems) expect(p.message).toMatch(/^[A-Z].*\.$/);
	});

	it('says how long an over-long body is', () => {
		const body = 'A sentence here. '.repeat(Math.ceil((maxPastedBody + 10) / 17));
		const [problem] = problemsOf({ body });
		expect(problem?.field).toBe('body');
		expect(problem?.message).toContain(body.trim().length.toLocaleString('en-US'));
		expect(problem?.message).toContain('200,000');
	});

	it('refuses a body without sentences, as the generator would', () => {
		const body = 'Big News Today\n\nAnother Heading Here';
		expect(problemsOf({ body }).map((p) => p.message)).toEqual([
			expect.stringMatching(/no sentences/)
		]);
		expect(() => generateBank({ ...(checkArticle(input()) as Article), body })).toThrowError(
			/no sentences/
		);
	});

	it('refuses text that is mostly not letters', () => {
		expect(problemsOf({ body: '1234 5678. 9012 3456. 7890 1234 5678.' })[0]?.message).toMatch(
			/% of it is letters/
		);
	});

	it.each([
		['<p>Hello there.</p>', '<p>'],
		['Read this. <script>alert(1)</script>', '<script>'],
		['An image <img src=x onerror=alert(1)> here.', '<img src=x onerror=alert(1)>'],
		['<custom-tag onclick="go()">Click.</custom-tag>', '<custom-tag onclick="go()">'],
		['Click <a href="javascript:alert(1)">here</a>.', '<a href="javascript:alert(1)">'],
		['Go to javascript:alert(document.cookie) now.', 'javascript:a'],
		['<!DOCTYPE html> The text.', '<!DOCTYPE'],
		['Line one.<br/>Line two.', '<br/>'],
		['The AT&amp;T deal &nbsp; closed.', '&amp;'],
		['He said &#8220;no&#8221; twice.', '&#8220;']
	])('refuses markup or script: %s', (body, shown) => {
		const problems = problemsOf({ body });
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain(shown);
		expect(problems[0]!.message).toMatch(/Paste the article's text, not its page source\.$/);
	});

	it('refuses markup in the title, publisher and byline too', () => {
		const problems = problemsOf({
			title: 'Big <b>news</b>',
			publisher: '<script>x</script>',
			byline: 'By <i>Someone</i>'
		});
		expect(problems.map((p) => p.field).sort()).toEqual(['byline', 'publisher', 'title']);
	});

	it.each([
		'If a < b and 3 > 2, then b > a.',
		'AT&T and Q&A sessions continued. R&D spending rose.',
		'The score was 2<3 at half time. Fans cheered <3 loudly.',
		'JavaScript: The Good Parts is a book. It sold well.',
		'He wrote x<y then y>z. It was maths.'
	])('accepts ordinary text: %s', (body) => {
		expect(markupIn(body)).toBeUndefined();
		expect(problemsOf({ body })).toEqual([]);
	});

	it('refuses control characters and says where the first one is', () => {
		const [problem] = problemsOf({ body: 'A fine sentence.\u0007 Another one.' });
		expect(problem?.message).toMatch(/U\+0007 at character 17/);
		expect(problemsOf({ title: 'Bad\u0000title' })[0]?.field).toBe('title');
		expect(problemsOf({ body: 'Broken \ud800 surrogate here.' })).toHaveLength(1);
	});

	it('refuses impossible dates and accepts any real one, past or future', () => {
		expect(problemsOf({ published: '2023-02-29' })[0]?.message).toBe(
			'2023-02-29 is not a real day.'
		);
		expect(problemsOf({ published: '2024-13-01' })[0]?.field).toBe('published');
		expect(problemsOf({ published: '19 May 2024' })[0]?.message).toMatch(/YYYY-MM-DD/);
		expect(problemsOf({ published: '2024-02-29' })).toEqual([]);
		expect(problemsOf({ published: '2999-12-31' })).toEqual([]);
	});

	it('accepts only http and https links', () => {
		expect(problemsOf({ url: 'javascript:alert(1)' })[0]?.field).toBe('url');
		expect(problemsOf({ url: 'ftp://example.com/a' })[0]?.field).toBe('url');
		expect(problemsOf({ url: 'example.com' })[0]?.field).toBe('url');
		expect(problemsOf({ url: 'http://example.com/a?b=c' })).toEqual([]);
	});

	it('normalises line ends, trailing blanks and runs of blank lines, and trims', () => {
		expect(normalizeBody('\r\n  One.  \r\n\r\n\r\n\r\nTwo.\rThree.\n\n\n \n')).toBe(
			'One.\n\nTwo.\nThree.'
		);
		const result = checkPaste(
			input({ body: 'First one.\r\n\r\n\r\nSecond one.', title: '  A \n title ' }),
			new Set()
		);
		expect(result.ok && result.article.body).toBe('First one.\n\nSecond one.');
		// One line per paragraph and no blank line anywhere, as many pages copy: lines are paragraphs.
		const lines = [
			'Harbour Ferries Strike',
			'Ferry crews in Port Ellis stayed off work on Friday for a second day.',
			'The union said talks with the operator would resume on Monday morning.'
		];
		expect(normalizeBody(lines.join('\r\n'))).toBe(lines.join('\n\n'));
		// Hard-wrapped lines that end mid-sentence are left as they are.
		const wrapped =
			'Ferry crews in Port Ellis stayed off work on\nFriday for a second day, and the union said\ntalks would resume on Monday.';
		expect(normalizeBody(wrapped)).toBe(wrapped);
		expect(result.ok && result.article.title).toBe('A title');
	});

	it('makes the id unique against taken ids', () => {
		const taken = new Set(['cup-final', 'cup-final-2']);
		const result = checkPaste(input({ title: 'Cup Final' }), taken);
		expect(result.ok && result.article.id).toBe('cup-final-3');
	});

	it('accepts the seed article and the test fixtures, keeping their bodies', () => {
		const files = [
			'questions/articles/kishida-biden-summit.md',
			...readdirSync('tests/fixtures/articles').map((f) => `tests/fixtures/articles/${f}`)
		];
		for (const file of files) {
			const { data, body } = parseFrontMatter(readFileSync(file, 'utf8'));
			const meta = data as { title: string; publisher: string; published: string; byline?: string };
			const result = checkPaste(
				{
					title: meta.title,
					publisher: meta.publisher,
					published: meta.published,
					...(meta.byline ? { byline: meta.byline } : {}),
					body
				},
				new Set()
			);
			expect(result.ok, file).toBe(true);
			expect(result.ok && result.article.body).toBe(body);
		}
	});
});

function checkArticle(i: PasteInput) {
	const result = checkPaste(i, new Set());
	return result.ok ? result.article : undefined;
}

describe('slugs', () => {
	it('transliterates, lowercases and hyphenates', () => {
		expect(slugify('Café Zürich: Straße & Øresund — 2024!')).toBe(
			'cafe-zurich-strasse-and-oresund-2024'
		);
		expect(slugify('日本語のみ')).toBe('article');
		expect(slugify('   ')).toBe('article');
	});

	it('are valid slugs of at most 60 characters, unique against any taken set', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 200 }),
				fc.uniqueArray(fc.constantFrom('article', 'article-2', 'a', 'a-2', 'a-3'), {
					maxLength: 5
				}),
				(title, taken) => {
					const slug = uniqueSlug(slugify(title), new Set(taken));
					expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
					expect(slug.length).toBeLessThanOrEqual(60);
					expect(taken).not.toContain(slug);
				}
			)
		);
		const long = 'word '.repeat(40);
		const taken = new Set([slugify(long)]);
		expect(uniqueSlug(slugify(long), taken)).toMatch(/-2$/);
		expect(uniqueSlug(slugify(long), taken).length).toBeLessThanOrEqual(60);
	});
});

describe('what checkPaste accepts, the generator reads', () => {
	it('never passes a body the generator refuses as not text or without sentences', () => {
		let accepted = 0;
		const words = fc.constantFrom(
			'The',
			'mayor',
			'said',
			'on',
			'Friday',
			'a',
			'42',
			'<',
			'&',
			'—',
			'Q&A'
		);
		const sentence = fc
			.array(words, { minLength: 1, maxLength: 8 })
			.map((w) => w.join(' '))
			.chain((s) => fc.constantFrom(`${s}.`, s, `“${s},” he said.`, s.toUpperCase()));
		const body = fc
			.array(fc.tuple(sentence, fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\t')), {
				maxLength: 12
			})
			.map((parts) => parts.map(([s, sep]) => s + sep).join(''));
		fc.assert(
			fc.property(fc.oneof(body, fc.string({ maxLength: 80 })), (text) => {
				const article = checkArticle(input({ body: text }));
				if (!article) return;
				accepted++;
				try {
					generateBank(article);
				} catch (error) {
					expect(error).toBeInstanceOf(GenerateError);
					expect((error as Error).message).toMatch(/no question survived/);
				}
			}),
			{ numRuns: 150 }
		);
		expect(accepted).toBeGreaterThan(20);
	});
});
