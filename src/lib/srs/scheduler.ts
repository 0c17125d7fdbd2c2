import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade } from 'ts-fsrs';
import type { CardPhase, CardState } from './card';
import { intervalLabel } from './queue';

export {
	CardStateSchema,
	cardStates,
	isMastered,
	masteryStabilityDays,
	type CardPhase,
	type CardState,
	type DueEntry
} from './card';
export {
	buildDueQueue,
	buildQueue,
	intervalLabel,
	pickQuestion,
	quizGrade,
	type DueQueueInput,
	type Queue,
	type QueueInput
} from './queue';

export type GradeValue = 1 | 2 | 3 | 4;
export const grades: readonly GradeValue[] = [1, 2, 3, 4];

const toState: Record<CardPhase, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning
};
const fromState: Record<State, CardPhase> = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
};

export function toFsrsCard(card: CardState): Card {
	const out: Card = {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsedDays,
		scheduled_days: card.scheduledDays,
		learning_steps: card.learningSteps,
		reps: card.reps,
		lapses: card.lapses,
		state: toState[card.state]
	};
	if (card.lastReview) out.last_review = new Date(card.lastReview);
	return out;
}

export function fromFsrsCard(card: Card): CardState {
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: fromState[card.state],
		lastReview: card.last_review ? card.last_review.toISOString() : null
	};
}

export interface SchedulerOptions {
	/** Probability of recall FSRS aims for at the due date, 0.7–0.99. */
	requestRetention?: number;
}

export interface Scheduler {
	readonly requestRetention: number;
	initial(now: Date): CardState;
	next(card: CardState, grade: GradeValue, now: Date): CardState;
	preview(card: CardState, now: Date): Record<GradeValue, { due: string; intervalLabel: string }>;
}

/** FSRS-6 with its default weights and learning steps (1m, 10m); no fuzz, so due dates are exact. */
export function createScheduler({ requestRetention = 0.9 }: SchedulerOptions = {}): Scheduler {
	const f = fsrs(generatorParameters({ request_retention: requestRetention, enable_fuzz: false }));
	const next = (card: CardState, grade: GradeValue, now: Date) => {
		// ts-fsrs throws on a review dated before the last one (clock skew, another tab's
		// answer landing first), so such a review counts as made at the last review's time.
		const last = card.lastReview ? Date.parse(card.lastReview) : -Infinity;
		const at = now.getTime() < last ? new Date(last) : now;
		return fromFsrsCard(f.next(toFsrsCard(card), at, grade as Grade).card);
	};
	return {
		requestRetention,
		initial: (now) => fromFsrsCard(createEmptyCard(now)),
		next,
		preview(card, now) {
			const entry = (grade: GradeValue) => {
				const due = next(card, grade, now).due;
				return { due, intervalLabel: intervalLabel(now, new Date(due)) };
			};
			return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
		}
	};
}
