import { isMastered, type CardPhase } from '../srs/card-phase';

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
