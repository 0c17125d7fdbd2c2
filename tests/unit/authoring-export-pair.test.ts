import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import fc from 'fast-check';
import { createStore } from 'idb-keyval';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import * as prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import {
	addFromSelection,
	buildBank,
	createDraft,
	edit,
	reject
} from '../../src/lib/authoring/draft';
import { articleMarkdown, exportPair, reviewJson } from '../../src/lib/authoring/export-pair';
import { getLocalBank, localBankRecord, saveLocalBank } from '../../src/lib/storage/local-banks';
import { checkPaste } from '../../src/lib/authoring/paste';
import { runGenerator } from '../../src/lib/authoring/run-generator';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { Review } from '../../src/lib/generate/index';
import { ArticleMeta } from '../../src/lib/schema/article';

const run = promisify(execFile);
const temp = mkdtempSync(join(tmpdir(), 'factdeck-export-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Pastes an article file's fields as a teacher would, then drafts and builds a local bank. */
async function localBankFrom(path: string, selection: string) {
	const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'));
	const meta = data as Record<string, string>;
	const pasted = checkPaste(
		{
			title: meta.title!,
			publisher: meta.publisher!,
			published: meta.published!,
			...(meta.byline ? { byline: meta.byline } : {}),
			...(meta.url ? { url: meta.url } : {}),
			body
		},
		new Set()
	);
	if (!pasted.ok) throw new Error(JSON.stringify(pasted.problems));
	const article = pasted.article;
	const draft = createDraft(article, await runGenerator(article));
	expect(reject(draft, draft.raw[1]!.id).ok).toBe(true);
	const mcq = draft.raw.find((q) => q.type === 'mcq')!;
	expect(edit(draft, mcq.id, { explanation: 'Edited by the teacher: see the article.' }).ok).toBe(
		true
	);
	const at = article.body.indexOf(selection);
	expect(addFromSelection(draft, at, at + selection.length, 'cloze').ok).toBe(true);
	const built = await buildBank(draft);
	if (!built.ok) throw new Error(built.message);
	const store = createStore(`export-${article.id}`, 'banks');
	await saveLocalBank(
		localBankRecord({ article, review: built.review, bank: built.result.bank }, new Date()),
		store
	);
	return (await getLocalBank(article.id, store))!;
}

describe('an exported pair, run through the real CLI', () => {
	for (const [path, selection] of [
		['tests/fixtures/articles/comet-probe-findings.md', 'French Guiana'],
		['questions/articles/kishida-biden-summit.md', 'about two hours']
	] as const) {
		it(`rebuilds the local bank exactly (${basename(path)})`, async () => {
			const local = await localBankFrom(path, selection);
			expect(local.review.additions).toHaveLength(1);
			const root = join(temp, local.id, 'questions');
			for (const file of exportPair(local.article, local.review)) {
				const target = join(root, '..', file.path);
				mkdirSync(join(target, '..'), { recursive: true });
				writeFileSync(target, file.text);
			}
			await run('npx', ['tsx', 'scripts/generate.ts', join(root, 'articles', `${local.id}.md`)]);
			const written: unknown = JSON.parse(
				readFileSync(join(root, 'banks', `${local.id}.json`), 'utf8')
			);
			expect(written).toEqual(local.bank);
		}, 60_000);
	}

	it('names the files after the article id', () => {
		const article = ArticleMeta.parse({
			title: 'T',
			publisher: 'P',
			published: '2024-01-01',
			language: 'en'
		});
		const [md, json] = exportPair(
			{ ...article, id: 'my-article', body: 'Body.' },
			{ version: 1, decisions: {} }
		);
		expect([md.path, md.name, json.path, json.name]).toEqual([
			'questions/articles/my-article.md',
			'my-article.md',
			'questions/reviews/my-article.json',
			'my-article.json'
		]);
	});
});

const tricky = fc.constantFrom(
	'"',
	"'",
	': ',
	':',
	' #',
	'#',
	'---',
	'\n---\n',
	'  ',
	'\\',
	'\t',
	'- ',
	'? ',
	'&a',
	'*b',
	'!tag',
	'%',
	'@',
	'`',
	'{',
	'[',
	'|',
	'>',
	'null',
	'true',
	'2024-01-01',
	'0x1F',
	'1e3',
	'~',
	'é',
	'日本',
	'🦀',
	'\u0085',
	'\u2028',
	'\ufeff',
	'\u00a0'
);
const text = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.array(fc.oneof(tricky, fc.string({ maxLength: 5 })), { maxLength: 8 }).map((a) => a.join(''))
);

describe('articleMarkdown', () => {
	it('round-trips arbitrary meta and bodies through parseFrontMatter and ArticleMeta', () => {
		let checked = 0;
		fc.assert(
			fc.property(
				fc.record(
					{
						title: text,
						publisher: text,
						published: fc
							.date({
								min: new Date('1900-01-01'),
								max: new Date('2100-12-31'),
								noInvalidDate: true
							})
							.map((d) => d.toISOString().slice(0, 10)),
						byline: text,
						photoCredit: text,
						photoCaption: text,
						dateline: text,
						language: fc.constantFrom('en', 'fr', 'pt-BR'),
						url: fc.webUrl()
					},
					{ requiredKeys: ['title', 'publisher', 'published', 'language'] }
				),
				text,
				(raw, rawBody) => {
					const meta = ArticleMeta.safeParse(raw);
					const body = rawBody.replace(/\r/g, '').trim();
					if (!meta.success || !body) return;
					checked++;
					const document = parseFrontMatter(
						articleMarkdown({ ...meta.data, id: 'any-slug', body })
					);
					expect(ArticleMeta.parse(document.data)).toEqual(meta.data);
					expect(document.body).toBe(body);
				}
			),
			{ numRuns: 400 }
		);
		expect(checked).toBeGreaterThan(50);
	});

	it('refuses a body whose offsets would move', () => {
		const article = {
			title: 'T',
			publisher: 'P',
			published: '2024-01-01',
			language: 'en',
			id: 'x'
		};
		expect(() => articleMarkdown({ ...article, body: ' Leading space.' })).toThrow(/offsets/);
		expect(() => articleMarkdown({ ...article, body: 'One.\r\nTwo.' })).toThrow(/offsets/);
	});
});

describe('reviewJson', () => {
	const options = async (name: string) => ({
		...(await prettier.resolveConfig(`questions/reviews/${name}`)),
		filepath: `questions/reviews/${name}`
	});

	it('writes the committed seed review byte for byte', () => {
		const committed = readFileSync('questions/reviews/kishida-biden-summit.json', 'utf8');
		expect(reviewJson(Review.parse(JSON.parse(committed)))).toBe(committed);
	});

	it('is laid out as Prettier lays it out, for arbitrary reviews', async () => {
		const config = await options('any.json');
		const word = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('"', '\\', '\n', 'é'));
		const reviews = fc.sample(
			fc.record({
				version: fc.constant(1),
				decisions: fc.dictionary(
					fc.string({ minLength: 1, maxLength: 30 }),
					fc.oneof(
						fc.record({ action: fc.constant('reject'), note: word }, { requiredKeys: ['action'] }),
						fc.record(
							{
								action: fc.constant('edit'),
								prompt: word,
								options: fc.array(word, { maxLength: 6 }),
								accept: fc.array(word, { maxLength: 6 })
							},
							{ requiredKeys: ['action'] }
						)
					),
					{ maxKeys: 6 }
				),
				additions: fc.array(
					fc.record({
						fact: fc.record({ id: word, source: fc.record({ start: fc.nat(), end: fc.nat() }) }),
						question: fc.record({ id: word, accept: fc.array(word, { maxLength: 4 }) })
					}),
					{ maxLength: 3 }
				)
			}),
			300
		);
		for (const review of reviews) {
			const json = reviewJson(review as unknown as Review);
			expect(JSON.parse(json)).toEqual(review);
			expect(json).toBe(await prettier.format(json, config));
		}
	});
});
