import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, type Stage } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema/article';

const { data, body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);

it('reports progress through a long article, not only between stages', () => {
	// Three copies of the seed: long enough for several reports while the facts are read.
	const article = Article.parse({
		...(data as object),
		id: 'long',
		body: [body, body, body].join('\n\n')
	});
	const reports: [Stage, number][] = [];
	generateBank(article, { onProgress: (stage, fraction) => reports.push([stage, fraction]) });
	const facts = reports.filter(([stage]) => stage === 'facts').map(([, f]) => f);
	expect(facts.length).toBeGreaterThan(3);
	expect(facts).toEqual([...facts].sort((a, b) => a - b));
	expect(Math.min(...facts)).toBe(0.15);
	expect(Math.max(...facts)).toBeLessThan(0.6);
	expect(reports.map(([, f]) => f)).toEqual([...reports.map(([, f]) => f)].sort((a, b) => a - b));
	expect(reports.at(-1)).toEqual(['done', 1]);
});
