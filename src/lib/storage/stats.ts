import { questionTypes, type QuestionType } from '../schema/question-types';
import type { CardState } from '../srs/card';
import { cardFigures, localDay } from './card-figures';
import type { ReviewRecord } from './records';

export { deviceTimeZoneOffset, isoDayStart, localDay } from './card-figures';

export interface StudyStats {
	/** Facts with a card, i.e. studied at least once (and not undone back to nothing). */
	seen: number;
	mastered: number;
	/** Seen facts due by the end of today, overdue ones included. */
	dueToday: number;
	/** Due counts for today (with overdue) and the next 13 days. */
	dueByDay: number[];
	accuracyByType: Record<QuestionType, { correct: number; total: number }>;
	/** Consecutive days with at least one review, ending today or yesterday. */
	streakDays: number;
	totalTimeMs: number;
	/** Facts studied for the first time today: pass to `buildQueue` as `newIntroducedToday`. */
	newToday: number;
	reviewsToday: number;
}

export interface StatsInput {
	facts: readonly { factId: string }[];
	cards: ReadonlyMap<string, CardState>;
	/** The bank's reviews, undone ones already left out. */
	reviews: readonly ReviewRecord[];
	questionTypeOf: (questionId: string) => QuestionType | undefined;
	now: Date;
	timeZoneOffsetMinutes: number;
}

const noAccuracy = () =>
	Object.fromEntries(questionTypes.map((t) => [t, { correct: 0, total: 0 }])) as Record<
		QuestionType,
		{ correct: number; total: number }
	>;

/** Today's answers and new facts among `reviews` (any answers, the undone ones left out). */
function todayFigures(
	reviews: readonly ReviewRecord[],
	today: number,
	timeZoneOffsetMinutes: number
) {
	let newToday = 0;
	let reviewsToday = 0;
	for (const review of reviews) {
		if (localDay(Date.parse(review.reviewedAt), timeZoneOffsetMinutes) !== today) continue;
		reviewsToday++;
		if (!review.previous || review.previous.state === 'new') newToday++;
	}
	return { newToday, reviewsToday };
}

/** The figures from the bank's whole log: what the running totals must always agree with. */
export function computeStats({
	facts,
	cards,
	reviews,
	questionTypeOf,
	now,
	timeZoneOffsetMinutes
}: StatsInput): StudyStats {
	const today = localDay(now.getTime(), timeZoneOffsetMinutes);
	const { seen, mastered, dueByDay } = cardFigures(facts, cards, today, timeZoneOffsetMinutes);
	const accuracyByType = noAccuracy();
	const days = new Set<number>();
	let totalTimeMs = 0;
	for (const review of reviews) {
		const type = questionTypeOf(review.questionId) ?? review.questionType;
		accuracyByType[type].total++;
		if (review.correct) accuracyByType[type].correct++;
		totalTimeMs += review.durationMs;
		days.add(localDay(Date.parse(review.reviewedAt), timeZoneOffsetMinutes));
	}
	let streakDays = 0;
	let day = days.has(today) ? today : today - 1;
	while (days.has(day)) {
		streakDays++;
		day--;
	}
	return {
		seen,
		mastered,
		dueToday: dueByDay[0]!,
		dueByDay,
		accuracyByType,
		streakDays,
		totalTimeMs,
		...todayFigures(reviews, today, timeZoneOffsetMinutes)
	};
}

export interface TotalsInput {
	facts: readonly { factId: string }[];
	cards: ReadonlyMap<string, CardState>;
	/** The card figures when read from the bank's figures record (`cards` is then not read). */
	figures?: { seen: number; mastered: number; dueByDay: number[] };
	/**
	 * Each answered question (`ids[i]`): its answers and right answers (undone ones left out), its
	 * stored type.
	 */
	questions: {
		ids: readonly string[];
		types: ArrayLike<QuestionType>;
		total: ArrayLike<number>;
		correct: ArrayLike<number>;
	};
	totalTimeMs: number;
	/** The bank's answers from the start of today on, undone ones left out. */
	recent: readonly ReviewRecord[];
	streakDays: number;
	questionTypeOf: (questionId: string) => QuestionType | undefined;
	now: Date;
	timeZoneOffsetMinutes: number;
}

/** The same figures as computeStats, from running totals and today's answers only. */
export function statsFromTotals(input: TotalsInput): StudyStats {
	const { timeZoneOffsetMinutes } = input;
	const today = localDay(input.now.getTime(), timeZoneOffsetMinutes);
	const { seen, mastered, dueByDay } =
		input.figures ?? cardFigures(input.facts, input.cards, today, timeZoneOffsetMinutes);
	const accuracyByType = noAccuracy();
	const { ids, types, total, correct } = input.questions;
	for (let i = 0; i < ids.length; i++) {
		const a = accuracyByType[input.questionTypeOf(ids[i]!) ?? types[i]!];
		a.total += total[i]!;
		a.correct += correct[i]!;
	}
	return {
		seen,
		mastered,
		dueToday: dueByDay[0]!,
		dueByDay,
		accuracyByType,
		streakDays: input.streakDays,
		totalTimeMs: input.totalTimeMs,
		...todayFigures(input.recent, today, timeZoneOffsetMinutes)
	};
}
