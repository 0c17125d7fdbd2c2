import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, type GenerateResult } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema';

/** The team's own articles: the seed and the fixtures, for unit tests only (never for scoring). */
export const teamArticlePaths = [
	'questions/articles/kishida-biden-summit.md',
	...readdirSync('tests/fixtures/articles')
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => join('tests/fixtures/articles', f))
];

export function loadArticle(path: string): Article {
	const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'));
	return Article.parse({ ...(data as object), id: basename(path, '.md'), body });
}

const banks = new Map<string, GenerateResult>();

/** The generator's result for a team article, made once per test file. */
export function generated(path: string): GenerateResult {
	let result = banks.get(path);
	if (!result) {
		result = generateBank(loadArticle(path));
		banks.set(path, result);
	}
	return result;
}
