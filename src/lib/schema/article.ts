import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD, checked to be a real day. */
export const IsoDate = z.iso.date();

/** Offsets into an article body, as JavaScript string indices, end exclusive. */
export const Span = z
	.object({
		start: z.int().nonnegative(),
		end: z.int().positive()
	})
	.refine((span) => span.end > span.start, {
		message: 'end must be greater than start',
		path: ['end']
	});
export type Span = z.infer<typeof Span>;

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = z
	.string()
	.regex(slugPattern, 'must be lowercase letters, digits and single hyphens (a-z, 0-9, -)');

/** The front matter of `questions/articles/<slug>.md`. */
export const ArticleMeta = z.strictObject({
	title: z.string().trim().min(1),
	publisher: z.string().trim().min(1),
	published: IsoDate,
	byline: z.string().trim().min(1).optional(),
	photoCredit: z.string().trim().min(1).optional(),
	photoCaption: z.string().trim().min(1).optional(),
	dateline: z.string().trim().min(1).optional(),
	language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as "en"'),
	/** Only a web address: it becomes a link, so no javascript: or data: address may get in. */
	url: z.url({ protocol: /^https?$/, error: 'must be an http or https address' }).optional()
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = ArticleMeta.extend({
	id: Slug,
	body: z.string().trim().min(1, 'the article has no body')
});
export type Article = z.infer<typeof Article>;
