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
