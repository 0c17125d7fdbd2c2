import { z } from '../schema/zod-mini';

// The stored card and what pages read from it, apart from scheduler.ts so that reading progress
// (the home page, the progress page, a quiz's setup) never loads ts-fsrs.

export const cardStates = ['new', 'learning', 'review', 'relearning'] as const;
export type CardPhase = (typeof cardStates)[number];

/** What the review queue needs of a card: its due time in ms since the epoch and its phase. */
export interface DueEntry {
	due: number;
	state: CardPhase;
}

const isoDate = z.iso.datetime();
const count = z.int().check(z.nonnegative());
const amount = z.number().check(z.nonnegative());

/** ts-fsrs's Card as plain JSON: camelCase fields, ISO date strings, the state as a word. */
export const CardStateSchema = z.strictObject({
	due: isoDate,
	stability: amount,
	difficulty: amount,
	elapsedDays: amount,
	scheduledDays: amount,
	learningSteps: count,
	reps: count,
	lapses: count,
	state: z.enum(cardStates),
	lastReview: z.nullable(isoDate)
});
export type CardState = z.infer<typeof CardStateSchema>;

/** Days of stability after which a fact counts as learnt. */
export const masteryStabilityDays = 21;

export function isMastered(card: CardState): boolean {
	return card.state === 'review' && card.stability >= masteryStabilityDays;
}
