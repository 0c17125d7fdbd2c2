import { IsoDate, Slug, Text } from './primitives';
import { z } from './zod-mini';

export { IsoDate, Slug, slugPattern, Span, Text } from './primitives';

/** The front matter of `questions/articles/<slug>.md`. */
export const ArticleMeta = z.strictObject({
	title: Text,
	publisher: Text,
	published: IsoDate,
	byline: z.optional(Text),
	photoCredit: z.optional(Text),
	photoCaption: z.optional(Text),
	dateline: z.optional(Text),
	language: /* @__PURE__ */ z
		.string()
		.check(z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as "en"')),
	/** Only a web address: it becomes a link, so no javascript: or data: address may get in. */
	url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http or https address' }))
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const Article = z.extend(ArticleMeta, {
	id: Slug,
	body: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1, 'the article has no body'))
});
export type Article = z.infer<typeof Article>;
