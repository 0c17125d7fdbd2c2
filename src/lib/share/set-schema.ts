// What a set link carries, as zod/mini schemas: all a device needs to read a saved assignment
// back. Encoding and decoding links (compression, base64) live in set-link.ts.
import { z } from '../schema/zod-mini';
import { Slug } from '../schema/primitives';
import { Question } from '../schema/question';
import { setSettings } from '../schema/set';
import { checkStrings, plainText } from './text';

export const setLinkPrefix = 's1.';
/** A set whose questions all come from built-in banks, named by reference (set-reference.ts). */
export const referenceLinkPrefix = 's2.';
/**
 * A set mixing built-in banks and banks made on the teacher's device: the built-in questions named
 * by reference, the others carried whole.
 */
export const mixedLinkPrefix = 's3.';
export const setLinkLimits = {
	/** Most compressed bytes in a link (about 87,000 characters of base64url). */
	compressed: 64 * 1024,
	/** Most bytes the JSON may inflate to. */
	decompressed: 512 * 1024,
	title: 200,
	instructions: 2000,
	questions: 200,
	/** Every other string in the payload (prompts, options, quotes). */
	text: 4000
} as const;

/** The set as a link carries it: AssignedSet without the bank references, its text kept plain. */
export const SharedSetInfo = z.strictObject({
	id: Slug,
	title: plainText(setLinkLimits.title).check(z.trim(), z.minLength(1, 'the set needs a title')),
	instructions: z._default(plainText(setLinkLimits.instructions).check(z.trim()), ''),
	...setSettings
});
export type SharedSetInfo = z.infer<typeof SharedSetInfo>;

/** One question with the bank it came from and the sentence it is based on. */
export const SharedQuestion = z.strictObject({
	bankId: Slug,
	question: Question,
	/** The source sentence, quoted so the student sees it without the article. */
	quote: plainText(setLinkLimits.text).check(z.trim(), z.minLength(1)),
	/** The fact's statement, when the bank has one; the teacher's weakest-facts list shows it. */
	statement: z.optional(plainText(setLinkLimits.text).check(z.trim(), z.minLength(1)))
});
export type SharedQuestion = z.infer<typeof SharedQuestion>;

/** Everything a student's device needs to do a set: the payload of a set link. */
export const SharedSet = z
	.strictObject({
		v: z.literal(1),
		set: SharedSetInfo,
		questions: z
			.array(SharedQuestion)
			.check(
				z.minLength(1, 'a set needs at least one question'),
				z.maxLength(
					setLinkLimits.questions,
					`a set can have at most ${setLinkLimits.questions} questions`
				)
			),
		createdAt: z.iso.datetime()
	})
	.check(
		z.superRefine((shared, ctx) => {
			const seen = new Set<string>();
			shared.questions.forEach((q, i) => {
				if (seen.has(q.question.id)) {
					ctx.addIssue({
						code: 'custom',
						message: `question "${q.question.id}" appears twice`,
						path: ['questions', i, 'question', 'id']
					});
				}
				seen.add(q.question.id);
			});
			checkStrings(shared, ctx, setLinkLimits.text);
		})
	);
export type SharedSet = z.infer<typeof SharedSet>;
export type SharedSetInput = z.input<typeof SharedSet>;
