import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, generateBankAsync, type Stage } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema/article';
import { teamArticlePaths } from './team-articles';

// Three different articles in one: long enough for several reports while the sentences are read.
const long = Article.parse({
	...(parseFrontMatter(readFileSync(teamArticlePaths[0]!, 'utf8')).data as object),
	id: 'long',
	body: teamArticlePaths
		.slice(0, 3)
		.map((p) => parseFrontMatter(readFileSync(p, 'utf8')).body)
		.join('\n\n')
});

it('reports progress while it reads a long article, not only between stages', () => {
	const reports: [Stage, number][] = [];
	generateBank(long, { onProgress: (stage, fraction) => reports.push([stage, fraction]) });
	const reading = reports.filter(([stage]) => stage === 'facts').map(([, f]) => f);
	expect(reading.length).toBeGreaterThan(5);
	expect(Math.max(...reading)).toBeLessThanOrEqual(0.6);
	const fractions = reports.map(([, f]) => f);
	expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
	expect(reports.at(-1)).toEqual(['done', 1]);
});

it('gives the thread back during the work in its async form, not after it', async () => {
	const events: string[] = [];
	// A timer due at once fires only when the generator gives the thread back.
	const tick = () =>
		setTimeout(() => {
			events.push('timer');
			if (events.filter((e) => e === 'timer').length < 50) tick();
		}, 0);
	tick();
	const result = await generateBankAsync(long, { onProgress: (stage) => events.push(stage) });
	const firstTimer = events.indexOf('timer');
	const done = events.lastIndexOf('done');
	expect(firstTimer).toBeGreaterThanOrEqual(0);
	// Timers ran between the reports of reading the facts, before the work was done.
	const betweenFacts = events.slice(events.indexOf('facts'), events.lastIndexOf('facts'));
	expect(betweenFacts.filter((e) => e === 'timer').length).toBeGreaterThan(2);
	expect(firstTimer).toBeLessThan(done);
	expect(result.bank.questions.length).toBeGreaterThan(0);
});
