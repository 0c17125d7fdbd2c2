import { Id, IsoDate, Slug, Text } from './primitives';
import { z } from './zod-mini';

/** How a set is done: the settings a set file and a set link both carry. */
export const setSettings = {
	order: z._default(z.enum(['fixed', 'shuffled']), 'fixed'),
	mode: z._default(z.enum(['quiz', 'flashcards']), 'quiz'),
	feedback: z._default(z.enum(['immediate', 'end']), 'immediate'),
	due: z.optional(IsoDate),
	/** Percentage needed to pass. */
	passMark: z._default(/* @__PURE__ */ z.int().check(z.gte(0), z.lte(100)), 60),
	/** How many attempts a student may make; absent means unlimited. */
	attempts: z.optional(/* @__PURE__ */ z.int().check(z.gte(1)))
};

/** A teacher-assigned set of questions drawn from one or more banks. */
export const AssignedSet = z.strictObject({
	version: z.literal(1),
	id: Slug,
	title: Text,
	instructions: z._default(/* @__PURE__ */ z.string().check(z.trim()), ''),
	items: /* @__PURE__ */ z
		.array(z.strictObject({ bank: Slug, question: Id }))
		.check(z.minLength(1, 'a set needs at least one question')),
	...setSettings
});
export type AssignedSet = z.infer<typeof AssignedSet>;
