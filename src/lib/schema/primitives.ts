// The small shapes the other schemas are built from, apart so that a page that parses only
// questions (a set link, a result code) loads no article or bank schema.
import { z } from './zod-mini';

/** A calendar date written as YYYY-MM-DD, checked to be a real day. */
export const IsoDate = z.iso.date();

/** Offsets into an article body, as JavaScript string indices, end exclusive. */
export const Span = /* @__PURE__ */ z
	.object({
		start: /* @__PURE__ */ z.int().check(z.nonnegative()),
		end: /* @__PURE__ */ z.int().check(z.positive())
	})
	.check(
		z.refine((span) => span.end > span.start, {
			message: 'end must be greater than start',
			path: ['end']
		})
	);
export type Span = z.infer<typeof Span>;

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = /* @__PURE__ */ z
	.string()
	.check(
		z.regex(slugPattern, 'must be lowercase letters, digits and single hyphens (a-z, 0-9, -)')
	);

/** Non-blank text, trimmed. */
export const Text = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1));

export const Id = /* @__PURE__ */ z
	.string()
	.check(z.regex(/^[a-z0-9][a-z0-9_-]{2,63}$/, 'must be 3–64 characters of a-z, 0-9, "_" or "-"'));
