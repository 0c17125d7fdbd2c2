import { z } from '../schema/zod-mini';
import { cardStates } from './card-phase';

// The stored card and what pages read from it, apart from scheduler.ts so that reading progress
// (the home page, the progress page, a quiz's setup) never loads ts-fsrs.

export {
	cardStates,
	isMastered,
	masteryStabilityDays,
	type CardPhase,
	type DueEntry
} from './card-phase';

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
