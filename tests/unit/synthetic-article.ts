import { analyse } from '../../src/lib/generate/analyse';
import { collectPeople, generateBank, segment } from '../../src/lib/generate/index';
import type { Article } from '../../src/lib/schema';

/** An article made of `body` alone, for generator tests of one construction. */
export const syntheticArticle = (body: string): Article =>
	({
		id: 'synthetic',
		title: 'A Synthetic Report',
		publisher: 'The Test Gazette',
		published: '2024-02-02',
		language: 'en',
		body
	}) as Article;

/** The synthetic article under its own headline, with any other field given. */
export const titledArticle = (
	title: string,
	body: string,
	meta: Partial<Article> = {}
): Article => ({
	...syntheticArticle(body),
	title,
	...meta
});

/** Each claim the generator reads in `body`, as a synthetic article's. */
export const claimsOf = (body: string) => {
	const sentences = segment(body).sentences;
	const people = collectPeople(sentences.map((s) => s.text));
	return analyse(sentences, { people, published: syntheticArticle(body).published });
};

/** Every question the generator considered for an article, chosen or not, with what became of it. */
export const considered = (title: string, body: string, meta: Partial<Article> = {}) =>
	(
		generateBank(titledArticle(title, body, meta), { explain: true }).report.explained ?? []
	).flatMap((c) => c.questions);

/** Whether the generator let a considered question through (chosen for the bank or not). */
export const allowed = (q: { outcome: string }) =>
	q.outcome === 'asked' || q.outcome === 'not selected';

/** The prompts of every question the generator let through. */
export const prompts = (title: string, body: string, meta: Partial<Article> = {}) =>
	considered(title, body, meta)
		.filter(allowed)
		.map((q) => q.prompt);

/** The names of the people the generator finds in `body`. */
export const peopleOf = (body: string) =>
	collectPeople(segment(body).sentences.map((s) => s.text)).map((p) => p.name);
