// What pages read from a stored card without validating it: its phases and when it counts as
// learnt. Free of zod and ts-fsrs, so the home page's figures load neither.

export const cardStates = ['new', 'learning', 'review', 'relearning'] as const;
export type CardPhase = (typeof cardStates)[number];

/** What the review queue needs of a card: its due time in ms since the epoch and its phase. */
export interface DueEntry {
	due: number;
	state: CardPhase;
}

/** Days of stability after which a fact counts as learnt. */
export const masteryStabilityDays = 21;

export function isMastered(card: { state: CardPhase; stability: number }): boolean {
	return card.state === 'review' && card.stability >= masteryStabilityDays;
}
