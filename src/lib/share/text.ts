// The small part of the share code that validating stored records needs: plain-text rules,
// readable zod issues and content hashes. Kept apart from codec.ts (compression, base64, CRC), so a
// page that only lists saved assignments does not load the link and code machinery.
import { z } from '../schema/zod-mini';
import { hasControlCharacter } from '../util/checks';

/** A link, code or file that cannot be used; `message` is written for the person who pasted it. */
export class ShareError extends Error {
	override name = 'ShareError';
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
	}
}

/** Text without whitespace or the zero-width characters some chat apps slip into long words. */
export const withoutSpaces = (text: string): string =>
	text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');

/** A plain-text field: at most `max` characters, no control characters other than \n and \t. */
export const plainText = (max: number) =>
	z.string().check(
		z.maxLength(max, `must be at most ${max} characters`),
		z.refine((s) => !hasControlCharacter(s), 'must not contain control characters')
	);

/**
 * Rejects control characters in every string of a parsed value (question text arrives through the
 * bank schema, which does not check them). Reports at most `limit` issues.
 */
export function checkStrings(
	value: unknown,
	ctx: z.core.$RefinementCtx,
	maxLength: number,
	limit = 5
) {
	let reported = 0;
	const walk = (v: unknown, path: (string | number)[]) => {
		if (reported >= limit) return;
		if (typeof v === 'string') {
			const problem = hasControlCharacter(v)
				? 'must not contain control characters'
				: v.length > maxLength
					? `must be at most ${maxLength} characters`
					: undefined;
			if (problem) {
				reported++;
				ctx.addIssue({ code: 'custom', message: problem, path, input: v });
			}
		} else if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
		else if (v && typeof v === 'object') {
			for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
		}
	};
	walk(value, []);
}

/** The first few zod issues as one readable line. */
export function describeIssues(error: z.core.$ZodError, count = 3): string {
	const shown = error.issues
		.slice(0, count)
		.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`)
		.join('; ');
	const more = error.issues.length - count;
	return more > 0 ? `${shown} (and ${more} more)` : shown;
}
