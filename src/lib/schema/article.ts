import { z } from './zod-mini';

/** A calendar date written as YYYY-MM-DD, checked to be a real day. */
export const IsoDate = z.iso.date();

/** Offsets into an article body, as JavaScript string indices, end exclusive. */
export const Span = z
	.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.positive()) })
	.check(
		z.refine((span) => span.end > span.start, {
			message: 'end must be greater than start',
			path: ['end']
		})
	);
export type Span = z.infer<typeof Span>;

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = z
	.string()
	.check(
		z.regex(slugPattern, 'must be lowercase letters, digits and single hyphens (a-z, 0-9, -)')
	);

/** Non-blank text, trimmed. */
export const Text = z.string().check(z.trim(), z.minLength(1));

/** The front matter of `questions/articles/<slug>.md`. */
export const ArticleMeta = z.strictObject({
	title: Text,
	publisher: Text,
	published: IsoDate,
	byline: z.optional(Text),
	photoCredit: z.optional(Text),
	photoCaption: z.optional(Text),
	dateline: z.optional(Text),
	language: z
		.string()
		.check(z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as "en"')),
	/** Only a web address: it becomes a link, so no javascript: or data: address may get in. */
	url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http or https address' }))
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = z.extend(ArticleMeta, {
	id: Slug,
	body: z.string().check(z.trim(), z.minLength(1, 'the article has no body'))
});
export type Article = z.infer<typeof Article>;
