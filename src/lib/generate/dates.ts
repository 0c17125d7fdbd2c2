import { monthAbbreviations, months, weekdays } from './lang/en/gazetteer';

export type Tense = 'past' | 'future';

export interface AnchoredDate {
	/** ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) the phrase points to. */
	iso: string;
	/** The point in time in words, e.g. "Friday 13 January 2023". */
	label: string;
}

const dayMs = 86_400_000;

function isoDay(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

function labelDay(time: number): string {
	const d = new Date(time);
	return `${weekdays[d.getUTCDay()]} ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2023-01-14" as "Saturday 14 January 2023". */
export function formatDay(iso: string): string {
	return labelDay(publishedTime(iso));
}

/** Parses the article's YYYY-MM-DD publication date as UTC midnight. */
export function publishedTime(published: string): number {
	const [y, m, d] = published.split('-').map(Number);
	return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** How many days from publication a day and month with no year is taken as that year's. */
const nearDays = 45;

/**
 * Resolves a relative phrase against the publication date. News copy says "on Friday" for the
 * most recent Friday (or the coming one for future events) and "in May" for the nearest May in
 * the direction of the verb's tense.
 */
export function anchor(phrase: string, published: string, tense: Tense): AnchoredDate | undefined {
	const base = publishedTime(published);
	const now = new Date(base);
	const year = now.getUTCFullYear();
	const p = phrase.replace(/^(on|in|at|by|since|until|during)\s+/i, '').trim();
	const weekday = weekdays.indexOf(p.replace(/^(last|next|this)\s+/i, ''));
	if (weekday >= 0) {
		const today = now.getUTCDay();
		let delta = weekday - today;
		if (tense === 'past' || /^last\s/i.test(p)) {
			if (delta >= 0) delta -= 7;
			if (delta === -7 && !/^last\s/i.test(p)) delta = 0;
		} else if (delta <= 0) delta += 7;
		const time = base + delta * dayMs;
		return { iso: isoDay(time), label: labelDay(time) };
	}
	const month = months.indexOf(p.replace(/^(last|next|this)\s+/i, ''));
	if (month >= 0) {
		const current = now.getUTCMonth();
		let y = year;
		if (/^last\s/i.test(p) || (tense === 'past' && month > current)) y = year - 1;
		if (/^next\s/i.test(p) || (tense === 'future' && month < current)) y = year + 1;
		return { iso: `${y}-${String(month + 1).padStart(2, '0')}`, label: `${months[month]} ${y}` };
	}
	const explicit = /^(?:(\d{1,2})\s+)?([A-Z][a-z]+\.?)\s*(\d{1,2})?(?:,?\s+(\d{4}))?$/.exec(p);
	if (explicit) {
		const name = explicit[2]!;
		const m = months.indexOf(name) >= 0 ? months.indexOf(name) : monthAbbreviations[name];
		const dayNumber = Number(explicit[1] ?? explicit[3]);
		if (m !== undefined && m >= 0 && dayNumber >= 1 && dayNumber <= 31) {
			let y = explicit[4] ? Number(explicit[4]) : year;
			// A date a few weeks from publication is that year's whatever the verb's tense: "was set
			// for April 26" a week before it is no date a year back.
			const near = Math.abs(Date.UTC(y, m, dayNumber) - base) <= nearDays * dayMs;
			if (!explicit[4] && !near && tense === 'past' && Date.UTC(y, m, dayNumber) > base) y--;
			if (!explicit[4] && !near && tense === 'future' && Date.UTC(y, m, dayNumber) < base) y++;
			const time = Date.UTC(y, m, dayNumber);
			return { iso: isoDay(time), label: labelDay(time) };
		}
	}
	const relativeYear =
		/^(?:the\s+(start|beginning|middle|end)\s+of\s+)?(last|next|this)\s+year$/i.exec(p);
	if (relativeYear) {
		const y =
			year +
			(relativeYear[2]!.toLowerCase() === 'last'
				? -1
				: relativeYear[2]!.toLowerCase() === 'next'
					? 1
					: 0);
		const part = relativeYear[1]?.toLowerCase();
		return { iso: String(y), label: part ? `the ${part} of ${y}` : String(y) };
	}
	if (/^(yesterday)$/i.test(p)) return { iso: isoDay(base - dayMs), label: labelDay(base - dayMs) };
	if (/^(today)$/i.test(p)) return { iso: isoDay(base), label: labelDay(base) };
	if (/^(tomorrow)$/i.test(p)) return { iso: isoDay(base + dayMs), label: labelDay(base + dayMs) };
	const bareYear = /^(1[89]\d\d|20\d\d)$/.exec(p);
	if (bareYear) return { iso: bareYear[1]!, label: bareYear[1]! };
	return undefined;
}
