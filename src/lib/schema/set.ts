import { IsoDate, Slug, Text } from './article';
import { Id } from './bank';
import { z } from './zod-mini';

/** A teacher-assigned set of questions drawn from one or more banks. */
export const AssignedSet = z.strictObject({
	version: z.literal(1),
	id: Slug,
	title: Text,
	instructions: z._default(z.string().check(z.trim()), ''),
	items: z
		.array(z.strictObject({ bank: Slug, question: Id }))
		.check(z.minLength(1, 'a set needs at least one question')),
	order: z._default(z.enum(['fixed', 'shuffled']), 'fixed'),
	mode: z._default(z.enum(['quiz', 'flashcards']), 'quiz'),
	feedback: z._default(z.enum(['immediate', 'end']), 'immediate'),
	due: z.optional(IsoDate),
	/** Percentage needed to pass. */
	passMark: z._default(z.int().check(z.gte(0), z.lte(100)), 60),
	/** How many attempts a student may make; absent means unlimited. */
	attempts: z.optional(z.int().check(z.gte(1)))
});
export type AssignedSet = z.infer<typeof AssignedSet>;
