import type { CardState } from '../srs/card';
import type { GradeValue, Scheduler } from '../srs/scheduler';
import type { ReviewRecord } from './records';

// A card's state is a function of its review log: replaying the log in time order from a new card
// gives the state, whichever device or tab each review was made on.

/** Time order of the review log: by review time, ties by review id (the same on every device). */
export const inTimeOrder = (a: ReviewRecord, b: ReviewRecord): number =>
	a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : a.id < b.id ? -1 : 1;

/** One fact's reviews, as replay rewrote them: each with the state before it and after it. */
export interface Replayed {
	reviews: ReviewRecord[];
	/** The state after the last review; null when there is none left to replay. */
	card: CardState | null;
	lastReviewId: string | null;
}

/**
 * Replays the reviews of one fact in time order (the undone ones left out) from a new card made at
 * the first review's time. Each review comes back with `previous`, `previousReviewId` and `card`
 * set from the replay, so undoing the last one restores what the replay had before it.
 */
export function replayFact(
	reviews: readonly ReviewRecord[],
	undone: ReadonlySet<string>,
	scheduler: Scheduler
): Replayed {
	const kept = reviews.filter((r) => !undone.has(r.id)).sort(inTimeOrder);
	const out: ReviewRecord[] = [];
	let card: CardState | null = null;
	let lastReviewId: string | null = null;
	for (const review of kept) {
		const at = new Date(review.reviewedAt);
		const next = scheduler.next(card ?? scheduler.initial(at), review.grade as GradeValue, at);
		out.push({ ...review, previous: card, previousReviewId: lastReviewId, card: next });
		card = next;
		lastReviewId = review.id;
	}
	return { reviews: out, card, lastReviewId };
}

/** True when two card states are the same (a stored one read back, or one replayed). */
export function sameCard(
	a: CardState | null | undefined,
	b: CardState | null | undefined
): boolean {
	if (!a || !b) return !a && !b;
	return (
		a.due === b.due &&
		a.stability === b.stability &&
		a.difficulty === b.difficulty &&
		a.elapsedDays === b.elapsedDays &&
		a.scheduledDays === b.scheduledDays &&
		a.learningSteps === b.learningSteps &&
		a.reps === b.reps &&
		a.lapses === b.lapses &&
		a.state === b.state &&
		a.lastReview === b.lastReview
	);
}

/** True when a review record's replayed fields differ from what is stored. */
export const replayChanged = (stored: ReviewRecord, replayed: ReviewRecord): boolean =>
	stored.previousReviewId !== replayed.previousReviewId ||
	!sameCard(stored.previous, replayed.previous) ||
	!sameCard(stored.card, replayed.card);
