import { questionTypes, type QuestionType } from '../schema/question-types';
import type { CardState } from '../srs/card';
import { cardFigures, localDay } from './card-figures';
import { accuracyOf } from './figures-window';
import type { BankFiguresRecord } from './progress-card-figures';
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
	/** Answers and right answers by the question type stored with each answer. */
	accuracyByType: Record<QuestionType, { correct: number; total: number }>;
	/** Consecutive days with at least one review, ending today or yesterday. */
	streakDays: number;
	totalTimeMs: number;
}

export interface StatsInput {
	facts: readonly { factId: string }[];
	cards: ReadonlyMap<string, CardState>;
	/** The bank's reviews, undone ones already left out. */
	reviews: readonly ReviewRecord[];
	now: Date;
	timeZoneOffsetMinutes: number;
}

/** The figures from the bank's cards and whole log: what the running figures must always agree with. */
export function computeStats({
	facts,
	cards,
	reviews,
	now,
	timeZoneOffsetMinutes
}: StatsInput): StudyStats {
	const today = localDay(now.getTime(), timeZoneOffsetMinutes);
	const { seen, mastered, dueByDay } = cardFigures(facts, cards, today, timeZoneOffsetMinutes);
	const accuracyByType = Object.fromEntries(
		questionTypes.map((t) => [t, { correct: 0, total: 0 }])
	) as StudyStats['accuracyByType'];
	const days = new Set<number>();
	let totalTimeMs = 0;
	for (const review of reviews) {
		accuracyByType[review.questionType].total++;
		if (review.correct) accuracyByType[review.questionType].correct++;
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
		totalTimeMs
	};
}

/** The same figures as computeStats, from the bank's figures record and its streak. */
export function statsOfFigures(
	figures: { seen: number; mastered: number; dueByDay: number[] },
	record: Pick<BankFiguresRecord, 'types' | 'total' | 'correct' | 'timeMs'>,
	streakDays: number
): StudyStats {
	return {
		seen: figures.seen,
		mastered: figures.mastered,
		dueToday: figures.dueByDay[0]!,
		dueByDay: figures.dueByDay,
		accuracyByType: accuracyOf(record),
		streakDays,
		totalTimeMs: record.timeMs
	};
}
