import { z } from 'zod';
import { IsoDate, Slug } from './article';
import { Id } from './bank';

/** A teacher-assigned set of questions drawn from one or more banks. */
export const AssignedSet = z.strictObject({
	version: z.literal(1),
	id: Slug,
	title: z.string().trim().min(1),
	instructions: z.string().trim().default(''),
	items: z
		.array(z.strictObject({ bank: Slug, question: Id }))
		.min(1, 'a set needs at least one question'),
	order: z.enum(['fixed', 'shuffled']).default('fixed'),
	mode: z.enum(['quiz', 'flashcards']).default('quiz'),
	feedback: z.enum(['immediate', 'end']).default('immediate'),
	due: IsoDate.optional(),
	/** Percentage needed to pass. */
	passMark: z.int().min(0).max(100).default(60),
	/** How many attempts a student may make; absent means unlimited. */
	attempts: z.int().min(1).optional()
});
export type AssignedSet = z.infer<typeof AssignedSet>;
