import { isMastered, type CardPhase, type DueEntry } from '../srs/card-phase';
import type { BankFiguresRecord } from './progress-card-figures';

// Calendar days and the figures read from a bank's cards alone, free of zod: shared by the
// progress page's full figures (stats.ts) and the home page's light read (progress-glance.ts).

const dayMs = 86_400_000;

/**
 * The learner's calendar day number for an instant. `timeZoneOffsetMinutes` is minutes east of
 * UTC (UTC+2 → 120; note this is the negation of `Date.prototype.getTimezoneOffset()`).
 */
export function localDay(ms: number, timeZoneOffsetMinutes: number): number {
	return Math.floor((ms + timeZoneOffsetMinutes * 60_000) / dayMs);
}

/** The instant local day `day` starts, as the ISO time that review keys hold. */
export function isoDayStart(day: number, timeZoneOffsetMinutes: number): string {
	return new Date(day * dayMs - timeZoneOffsetMinutes * 60_000).toISOString();
}

/** The offset in effect on this device at `now`, in the sense `localDay` expects. */
export function deviceTimeZoneOffset(now: Date): number {
	return -now.getTimezoneOffset();
}

/** Seen, mastered and due counts from the bank's cards. */
export function cardFigures(
	facts: readonly { factId: string }[],
	cards: ReadonlyMap<string, { due: string; state: CardPhase; stability: number }>,
	today: number,
	timeZoneOffsetMinutes: number
) {
	const dueByDay = new Array<number>(14).fill(0);
	let seen = 0;
	let mastered = 0;
	for (const { factId } of facts) {
		const card = cards.get(factId);
		if (!card || card.state === 'new') continue;
		seen++;
		if (isMastered(card)) mastered++;
		const offset = Math.max(0, localDay(Date.parse(card.due), timeZoneOffsetMinutes) - today);
		if (offset < 14) dueByDay[offset]!++;
	}
	return { seen, mastered, dueByDay };
}

export const figuresPrefix = 'figures:';
export const figuresKey = (bankId: string) => `${figuresPrefix}${bankId}`;

/**
 * Seen, mastered and due counts by local day (today with overdue, then 13 days) of the bank's
 * facts, as cardFigures counts them from the cards, from the figures and the due index's entries
 * (fact → due time and phase); undefined when the two do not describe the same cards, or a card
 * belongs to a fact the bank no longer has (the cards must be read then).
 */
export function figuresWithIndex(
	figures: Pick<BankFiguresRecord, 'cards' | 'seen' | 'mastered'>,
	entries: ReadonlyMap<string, DueEntry>,
	facts: readonly { factId: string }[],
	today: number,
	timeZoneOffsetMinutes: number
): { seen: number; mastered: number; dueByDay: number[] } | undefined {
	if (entries.size !== figures.cards) return undefined;
	const factIds = new Set(facts.map((f) => f.factId));
	const dueByDay = new Array<number>(14).fill(0);
	let seen = 0;
	for (const [factId, { due, state }] of entries) {
		if (!factIds.has(factId)) return undefined;
		if (state === 'new') continue;
		seen++;
		const offset = Math.max(0, localDay(due, timeZoneOffsetMinutes) - today);
		if (offset < 14) dueByDay[offset]!++;
	}
	if (seen !== figures.seen) return undefined;
	return { seen, mastered: figures.mastered, dueByDay };
}
