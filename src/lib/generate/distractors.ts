import type { Mention, Person } from './entities';
import {
	cities,
	countries,
	countryRegions,
	landmarks,
	months,
	organizations,
	placeHeads,
	regions,
	weekdays
} from './lang/en/gazetteer';
import { numberWords, shuffled, hash32, normalize } from './text';

export interface Pool {
	/** Every mention in the article's fact sentences, by kind, in order of first appearance. */
	byKind: Map<string, Mention[]>;
	people: Person[];
	/** The article's publication date (YYYY-MM-DD): a past event cannot fall after it. */
	published?: string;
}

const countryNames = new Set(countries.map(([n]) => n.replace(/^the /, '')));
const cityNames = new Set(cities);
const regionNames = new Set(regions.map((r) => r.replace(/^the /, '')));
const landmarkNames = new Set(landmarks.map((l) => l.replace(/^the /, '')));

/** Places only stand in for places of the same sort: cities for cities, straits for straits. */
function placeSort(text: string): string {
	const bare = text.replace(/^the /i, '');
	if (countryNames.has(bare)) return 'country';
	if (cityNames.has(bare)) return 'city';
	if (regionNames.has(bare)) return 'region';
	if (landmarkNames.has(bare)) return 'landmark';
	if (/ headquarters$/.test(bare)) return 'headquarters';
	const head = bare.split(/\s+/).pop() ?? '';
	if (placeHeads.includes(head)) return `head:${head}`;
	return 'other';
}

function gazetteerPlaces(sort: string): string[] {
	switch (sort) {
		case 'country':
			return countries.map(([n]) => n);
		case 'city':
			return [...cities];
		case 'region':
			return [...regions];
		case 'landmark':
			return [...landmarks];
		case 'headquarters':
			return organizations
				.filter(([, s]) => s && /^[A-Z0-9]{3,5}$/.test(s))
				.map(([, s]) => `${s} headquarters`);
		default:
			return [];
	}
}

/** Keeps "the" when the answer shows it and the gap needs it ("the United States" vs "China"). */
function matchCase(option: string, answer: string): string {
	if (/^[a-z]/.test(answer) && /^The /.test(option)) return 'the ' + option.slice(4);
	return option;
}

const formatNumber = (value: number, words: boolean, like: string): string => {
	if (words && Number.isInteger(value) && value < numberWords.length) return numberWords[value]!;
	// "71,4%" writes its decimals after a comma; "307 804" groups thousands with spaces.
	if (decimalComma.test(like)) return value.toFixed(decimalsOf(like)).replace('.', ',');
	if (/\d[ \u00a0\u202f]\d{3}/.test(like))
		return Math.round(value)
			.toString()
			.replace(/\B(?=(\d{3})+$)/g, ' ');
	const decimals = decimalsOf(like);
	const fixed = value.toFixed(decimals);
	// "1,220", not "1220", once a three-digit answer's neighbour reaches the thousands.
	const grouped = /,/.test(like) || (value >= 1000 && !/\d{4}/.test(like));
	return grouped
		? Number(fixed).toLocaleString('en-US', {
				minimumFractionDigits: decimals,
				maximumFractionDigits: decimals
			})
		: fixed;
};

const decimalComma = /^\d+,\d{1,2}$/;

/** Decimal places of the number as written: "3.80" has two, "1,300" none. */
function decimalsOf(raw: string): number {
	if (decimalComma.test(raw)) return raw.split(',')[1]!.length;
	return (raw.split('.')[1] ?? '').replace(/\D/g, '').length;
}

/**
 * The rounding step of a written number: 82,000 moves in thousands, 40 in fives, 3.8 in tenths,
 * 0.25 in twentieths, so a wrong option looks as rounded as the answer.
 */
function stepOf(v: number, decimals: number): number {
	if (decimals > 0) {
		const unit = 10 ** -decimals;
		const last = Math.round(v / unit) % 10;
		return last === 5 || last === 0 ? unit * 5 : unit;
	}
	let step = 1;
	for (let p = 10; p <= v / 5 && v % p === 0; p *= 10) step = p;
	if (step === 1 && v % 5 === 0 && v >= 25) step = 5;
	return step;
}

/** Conventional lengths: a 15-minute talk is offered as 10, 20 or 30 minutes, not 18. */
const minuteLadder = [5, 10, 15, 20, 30, 45, 60, 90];

export interface NumericContext {
	/** The sentence the number comes from: "fell to X, down from Y" bounds the options. */
	sentence?: string;
	/** Other amounts of the article, offered first when they share the answer's unit. */
	article?: readonly Mention[];
}

const scales: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};
const writtenAmount = String.raw`(?:about |around |some |nearly |almost )?[$€£¥]?\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion))?`;

/** The number a written amount stands for, scale words included: "£3.4 million" is 3,400,000. */
function absoluteOf(text: string): number | undefined {
	const n = /(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?/.exec(text);
	return n ? Number(n[1]!.replace(/,/g, '')) * (n[2] ? scales[n[2]]! : 1) : undefined;
}

/**
 * Limits from a part and its whole in the same sentence, in the answer's own scale: in "41 of
 * the 58 patients" the whole stays above 41, and in "Of the £3.4 million, about £2.9 million is
 * back pay" the part stays under £3.4 million and the whole above £2.9 million.
 */
function partWholeBounds(m: Mention, s: string, at: number): { low: number; high: number } {
	const a = m.amount!;
	const bounds = { low: 0, high: Infinity };
	if (/^\s*(%|percent|per cent|percentage)/.test(a.suffix)) return bounds;
	const unit = scales[/^\s*(thousand|million|billion|trillion)\b/.exec(a.suffix)?.[1] ?? ''] ?? 1;
	const inUnits = (text: string | undefined) => {
		const x = text === undefined ? undefined : absoluteOf(text);
		return x === undefined ? undefined : x / unit;
	};
	const before = s.slice(0, at);
	const after = s.slice(at + m.text.length);
	// "41 of the _____": the answer is the whole.
	const part = new RegExp(`(?:^|\\s)(${writtenAmount})\\s+of\\s+(?:the\\s+)?$`).exec(before);
	// "Of the _____, about £2.9 million is …": the whole, its part later in the clause.
	const ofThe = /(?:^|,\s+)[Oo]f\s+the\s+$/.test(before)
		? new RegExp(`^,\\s+[^,]*?(${writtenAmount})`).exec(after)
		: null;
	const low = inUnits(part?.[1] ?? ofThe?.[1]);
	if (low !== undefined) bounds.low = low;
	// "_____ of the 58 patients", or "Of the £3.4 million, _____ is …": the answer is the part.
	const whole =
		new RegExp(`^\\s+of\\s+(?:the\\s+)?(${writtenAmount})`).exec(after) ??
		new RegExp(`(?:^|,\\s+)[Oo]f\\s+the\\s+(${writtenAmount}),\\s[^,]*$`).exec(before);
	const high = inUnits(whole?.[1]);
	if (high !== undefined) bounds.high = high;
	return bounds;
}

/** Lower and upper limits a wrong option must keep to, from the unit and the sentence's direction words. */
function boundsOf(m: Mention, ctx: NumericContext): { low: number; high: number } {
	const a = m.amount!;
	let low = 0;
	let high = /^\s*(%|percent|per cent)/.test(a.suffix) ? 100 : Infinity;
	const s = ctx.sentence;
	if (!s) return { low, high };
	const at = s.indexOf(m.text);
	if (at < 0) return { low, high };
	const whole = partWholeBounds(m, s, at);
	low = Math.max(low, whole.low);
	high = Math.min(high, whole.high);
	const falls =
		/\b(?:fell|fall|falls|dropped|drop|declined|slipped|eased|down|decreased|cut|lower)\b/i;
	const rises = /\b(?:rose|rise|rises|climbed|increased|grew|jumped|up|higher|raised)\b/i;
	const numberAt = (text: string) => {
		const n = /^(?:about |around |some )?[$€£¥]?(\d[\d,]*(?:\.\d+)?)/.exec(text);
		return n ? Number(n[1]!.replace(/,/g, '')) : undefined;
	};
	// "X …, down from Y": the answer is X and Y follows "from".
	const from = /\bfrom\s+((?:about |around |some )?[$€£¥]?\d[\d,.]*)/.exec(
		s.slice(at + m.text.length)
	);
	const other = from ? numberAt(from[1]!) : undefined;
	if (other !== undefined) {
		const words = s.slice(0, at + m.text.length + (from?.index ?? 0) + 5);
		if (falls.test(words)) high = Math.min(high, other);
		else if (rises.test(words)) low = Math.max(low, other);
		return { low, high };
	}
	// "… from Y" with the answer as Y: the other way round.
	const before = s.slice(0, at);
	const fromBefore = /\bfrom\s*$/.test(before);
	if (fromBefore) {
		const x = /\bto\s+((?:about |around |some )?[$€£¥]?\d[\d,.]*)/.exec(before);
		const value = x ? numberAt(x[1]!) : undefined;
		if (value !== undefined) {
			if (falls.test(s)) low = Math.max(low, value);
			else if (rises.test(s)) high = Math.min(high, value);
		}
	}
	return { low, high };
}

/**
 * Other plausible amounts with the same unit and the same way of writing: from the article first,
 * then nearby values on both sides of the answer (about 10 to 40 percent away), never the answer,
 * within the unit's range and the sentence's direction ("fell to X, down from Y" keeps them under Y).
 */
export function numericVariants(
	m: Mention,
	count: number,
	seed: number,
	ctx: NumericContext = {}
): string[] {
	const a = m.amount;
	if (!a) return [];
	const v = a.value;
	const raw =
		/(\d[\d,.]*(?:[ \u00a0\u202f]\d{3})*|[a-z]+)/i.exec(m.text.slice(a.prefix.length))?.[0] ??
		String(v);
	const decimals = decimalsOf(raw);
	const { low, high } = boundsOf(m, ctx);
	const fits = (x: number) => x > low && x < high && x > 0 && x !== v;
	const key = (x: number) => x.toFixed(decimals);
	const picked: number[] = [];
	const seen = new Set<string>([key(v)]);
	const format = (x: number) => `${a.prefix}${formatNumber(x, a.words, raw)}${a.suffix}`;
	// A value the sentence itself names ("down from 4.6 percent") is no wrong option.
	const named = (x: number) =>
		!!ctx.sentence && normalize(ctx.sentence).includes(normalize(format(x)));
	const take = (x: number) => {
		if (!fits(x) || seen.has(key(x)) || picked.length >= count || named(x)) return;
		seen.add(key(x));
		picked.push(x);
	};
	// Amounts of the same unit elsewhere in the article, written to the answer's precision; a
	// bare number ("was also 34") has no unit to match, so the article's other numbers stay out.
	if (!a.words && a.suffix.trim())
		for (const o of sameUnit(ctx.article ?? [], a.suffix)) {
			const b = o.amount;
			if (!b || b.words || o.key === m.key) continue;
			if (b.prefix.replace(/^\D*?([$€£¥]?)$/, '$1') !== a.prefix.replace(/^\D*?([$€£¥]?)$/, '$1'))
				continue;
			if (Number(b.value.toFixed(decimals)) !== b.value) continue;
			if (b.value < v / 2 || b.value > v * 2) continue;
			// At most two from the article: the rest are near the answer, on both sides.
			if (picked.length < Math.min(2, count - 1)) take(b.value);
		}
	let near: number[];
	const minutes = /^(?:-|\s+)minutes?$/.test(a.suffix) && minuteLadder.includes(v);
	if (a.words || (Number.isInteger(v) && v <= 12 && decimals === 0 && !minutes)) {
		near = [v + 1, v - 1, v + 2, v - 2, v + 3].filter((x) => !a.words || x < numberWords.length);
	} else if (minutes) {
		const i = minuteLadder.indexOf(v);
		near = [i - 1, i + 1, i + 2, i - 2]
			.map((j) => minuteLadder[j])
			.filter((x): x is number => x !== undefined);
	} else {
		const step = stepOf(v, decimals);
		const round = (x: number) => Number((Math.round(x / step) * step).toFixed(decimals));
		const below = shuffled([0.9, 0.8, 0.7, 0.75, 0.85, 0.65], seed).map((f) => round(v * f));
		const above = shuffled([1.1, 1.2, 1.3, 1.25, 1.4, 1.15], seed >>> 3).map((f) => round(v * f));
		// Whole steps away when the percentages round back onto the answer (small numbers).
		for (let k = 1; k <= 4; k++) {
			below.push(round(v - k * step));
			above.push(round(v + k * step));
		}
		// Not all on one side: alternate, starting with the side the seed picks.
		const first = seed & 2 ? below : above;
		const second = first === below ? above : below;
		near = [];
		for (let i = 0; i < Math.max(first.length, second.length); i++)
			near.push(...[first[i], second[i]].filter((x): x is number => x !== undefined));
	}
	for (const x of near) take(x);
	// Not all on one side of the answer, when the bounds leave room on the other.
	if (picked.length > 1 && (picked.every((x) => x > v) || picked.every((x) => x < v))) {
		const other = near.find(
			(x) => fits(x) && !seen.has(key(x)) && !named(x) && (picked[0]! > v ? x < v : x > v)
		);
		if (other !== undefined) picked[picked.length - 1] = other;
	}
	const out: string[] = [];
	for (const x of picked) {
		let suffix = a.suffix;
		// "one hour", not "one hours"; "two hours", not "two hour".
		// "one man", "two men": the nouns that do not add "s".
		const irregular = /^(\s+(?:\p{L}+\s)*)(\p{L}+)$/u.exec(suffix);
		const word = irregular?.[2]?.toLowerCase() ?? '';
		const singular = irregularSingulars.get(word) ?? (irregularPlurals.has(word) ? word : '');
		if (irregular && singular)
			suffix = `${irregular[1]}${x === 1 ? singular : irregularPlurals.get(singular)!}`;
		else {
			// "one percentage point", "four percentage points".
			if (/^\s+(?:\p{L}+\s)*\p{L}+s$/u.test(suffix) && x === 1) suffix = suffix.replace(/s$/, '');
			if (
				/^\s+(?:\p{L}+\s)*\p{L}+[^s]$/u.test(suffix) &&
				v === 1 &&
				x !== 1 &&
				!/^\s+(percent|per cent)$/.test(suffix)
			)
				suffix += 's';
		}
		const text = `${a.prefix}${formatNumber(x, a.words, raw)}${suffix}`;
		if (m.text.charAt(0) === m.text.charAt(0).toUpperCase() && /^[a-z]/.test(text))
			out.push(text.charAt(0).toUpperCase() + text.slice(1));
		else out.push(text);
	}
	return out;
}

/** Nouns whose plural adds no "s": "one man", "two men". */
const irregularPlurals = new Map([
	['man', 'men'],
	['woman', 'women'],
	['child', 'children'],
	['person', 'people'],
	['foot', 'feet'],
	['tooth', 'teeth'],
	['mouse', 'mice']
]);
const irregularSingulars = new Map([...irregularPlurals].map(([one, many]) => [many, one]));

const byUnit = new WeakMap<readonly Mention[], Map<string, Mention[]>>();

/** The article's amounts with one unit, indexed once a list: linear however long the article. */
function sameUnit(amounts: readonly Mention[], suffix: string): Mention[] {
	let index = byUnit.get(amounts);
	if (!index) {
		index = new Map();
		for (const o of amounts) {
			if (!o.amount) continue;
			const key = normalize(o.amount.suffix);
			const list = index.get(key);
			if (list) list.push(o);
			else index.set(key, [o]);
		}
		byUnit.set(amounts, index);
	}
	return index.get(normalize(suffix)) ?? [];
}

const dayIso = /^\d{4}-\d\d-\d\d$/;

/**
 * Whether a date from elsewhere in the article can stand in for the answer: an event the
 * article dates on or before publication ("cleaned the tower on August 12") cannot be offered a
 * day after it, neither as that date was read where it appears ("will take effect on January 1",
 * next year) nor as the same day of the answer's year ("updated on November 7").
 */
function possibleDate(answer: Mention, option: Mention, published: string | undefined): boolean {
	const iso = answer.anchored?.iso;
	if (!published || !iso || !dayIso.test(iso) || iso > published) return true;
	const own = option.anchored?.iso;
	if (!own || !dayIso.test(own)) return true;
	const sameYear = /\d{4}/.test(option.text) ? own : `${iso.slice(0, 4)}${own.slice(4)}`;
	return own <= published && sameYear <= published;
}

/**
 * Up to `count` wrong answers of the same kind as `m`: from the article first, then from the
 * gazetteer. Nothing named in the source sentence is offered, so a wrong option is never also right.
 */
export function distractorsFor(
	m: Mention,
	sentenceText: string,
	pool: Pool,
	count: number
): string[] {
	const seed = hash32(`${m.key}|${sentenceText}`);
	const inSentence = (text: string) =>
		normalize(sentenceText).includes(normalize(text.replace(/^the /i, '')));
	const take = (fromArticle: string[], fromGazetteer: string[]) => {
		const seen = new Set<string>([normalize(m.text).replace(/^the /, '')]);
		const out: string[] = [];
		for (const list of [fromArticle, shuffled(fromGazetteer, seed)]) {
			for (const t of list) {
				const key = normalize(t).replace(/^the /, '');
				if (seen.has(key) || inSentence(t)) continue;
				// "a free and open _____" took "Indo-Pacific": "the Arctic" would not fit the gap.
				if (!/^the /i.test(m.text) && /^the /i.test(t)) continue;
				seen.add(key);
				out.push(matchCase(t, m.text));
				if (out.length >= count) return out;
			}
		}
		return out;
	};
	const article = (pool.byKind.get(m.kind) ?? []).map((x) => x.display);
	switch (m.kind) {
		case 'place': {
			const sort = placeSort(m.display);
			// A place no list knows could be a town, a club or a venue: nothing to set beside it.
			if (sort === 'other') return [];
			const same = (pool.byKind.get('place') ?? [])
				.filter((x) => placeSort(x.display) === sort)
				.map((x) => x.display);
			// Cities and regions come from the article only: a far-off city beside the article's
			// tests world knowledge. Countries come from the answer's own part of the world.
			if (sort !== 'country') return take(same, []);
			const region = countryRegions[m.display] ?? countryRegions[`the ${m.display}`];
			const near = gazetteerPlaces(sort).filter(
				(c) => !region || (countryRegions[c] ?? countryRegions[`the ${c}`]) === region
			);
			return take(same, near);
		}
		case 'weekday': {
			const day = weekdays.find((d) => m.text.endsWith(d)) ?? '';
			const workdays = weekdays.filter((d) => d !== 'Saturday' && d !== 'Sunday');
			return take(
				article.filter((d) => weekdays.includes(d)),
				workdays
			).map((d) => m.text.replace(day, d));
		}
		case 'month': {
			// Same shape as the answer: "June" with "March", "October 2022" with "March 2022".
			const year = /\s(\d{4})$/.exec(m.text)?.[1];
			const bare = article.map((a) => a.replace(/\s\d{4}$/, ''));
			const list = take(
				bare,
				[...months].filter((x) => x !== m.text.replace(/\s\d{4}$/, ''))
			);
			return list
				.map((x) => (year ? `${x} ${year}` : x))
				.filter((x) => normalize(x) !== normalize(m.text));
		}
		case 'duration':
		case 'quantity':
			return numericVariants(m, count, seed, {
				sentence: sentenceText,
				article: pool.byKind.get(m.kind) ?? []
			}).filter((t) => !inSentence(t));
		case 'date': {
			const year = /\b(19|20)\d\d\b/.exec(m.text)?.[0];
			if (year && m.text === year) {
				// Nothing that happened can have happened after the article was written.
				const latest = pool.published ? Number(pool.published.slice(0, 4)) : Infinity;
				const shifts = Number(year) <= latest ? [-2, -1, 1, 2, -3, 3] : [-2, -1, 1, 2];
				return take(
					[],
					shifts
						.map((d) => Number(year) + d)
						.filter((y) => Number(year) > latest || y <= latest)
						.map(String)
				);
			}
			const rel = /^(the (?:start|beginning|middle|end) of )?(last|next|this) year$/i.exec(m.text);
			if (rel) {
				// "fell … next year" breaks the tense: only the end of the same year may change, start
				// for end ("at the start of" and "at the end of" take the same preposition; "in the middle" not).
				const part = /start|beginning|end/i.exec(rel[1] ?? '')?.[0].toLowerCase();
				if (!part) return [];
				const which = rel[2]!.toLowerCase();
				const all = [`the ${part === 'end' ? 'start' : 'end'} of ${which} year`];
				return take(
					[],
					all.filter((x) => normalize(x) !== normalize(m.text))
				);
			}
			// A day for a day, a year for a year: "1976" is no option beside "2 March 1969".
			const shape = (t: string) => (/^\d{4}$/.test(t) ? 'year' : /\d{4}/.test(t) ? 'full' : 'day');
			const possible = (pool.byKind.get('date') ?? []).filter(
				(o) => possibleDate(m, o, pool.published) && shape(o.display) === shape(m.text)
			);
			return take(
				possible.map((o) => o.display),
				[]
			);
		}
		case 'organization': {
			const demonymGov =
				/^the (.+) (government|parliament|military|navy|army|central bank|economy)$/i.exec(m.text);
			if (demonymGov) {
				const noun = demonymGov[2]!;
				const places = (pool.byKind.get('place') ?? []).map((x) => x.display.replace(/^the /, ''));
				const fromArticle = countries
					.filter(([n]) => places.includes(n.replace(/^the /, '')))
					.map(([, d]) => `the ${d} ${noun}`);
				return take(
					fromArticle,
					countries.map(([, d]) => `the ${d} ${noun}`)
				);
			}
			// An agency for an agency, a bank for a bank: "Rivermouth United" is no stand-in for an association.
			const head = m.text.split(/\s+/).pop();
			return take(
				article.filter((a) => a.split(/\s+/).pop() === head),
				[]
			);
		}
		default:
			return take(article, []);
	}
}

export interface Group {
	keys: string[];
	words: Set<string>;
}

const stopWords = new Set(
	'that this with from were have been will would which their there about after before also into over under than they them then when where while what said says including based'.split(
		' '
	)
);

/** Content words of a text, for telling whether two sentences are about the same thing. */
export function contentWords(text: string): Set<string> {
	return new Set(
		normalize(text)
			.split(/[^\p{L}\p{N}-]+/u)
			.filter((w) => w.length >= 4 && !stopWords.has(w))
	);
}

/** "he" or "she", from the article's own pronouns or a gendered form of address. */
export function pronounOf(p: Person): 'he' | 'she' | undefined {
	if (p.pronoun) return p.pronoun;
	const address = p.honorific?.split(/\s+/)[0];
	if (address && /^(?:Mr|Sir|Lord)$/.test(address)) return 'he';
	if (address && /^(?:Mrs|Ms|Miss|Dame|Lady)$/.test(address)) return 'she';
	return undefined;
}

export function personDistractors(
	answer: Person[],
	sentenceText: string,
	people: Person[],
	count: number,
	groups: readonly Group[] = [],
	/** A prompt that says "he" or "she" takes only people the article calls the same. */
	pronoun?: 'he' | 'she'
): string[] {
	const others = people.filter(
		(p) =>
			!answer.some((a) => a.key === p.key) &&
			!sentenceText.includes(p.surname) &&
			(!pronoun || pronounOf(p) === pronoun)
	);
	const seed = hash32(answer.map((p) => p.key).join('|') + sentenceText);
	if (answer.length === 1)
		return shuffled(others, seed)
			.slice(0, count)
			.map((p) => p.name);
	// A pair is answered with pairs: only the exact pair is right. A pair that did something
	// similar elsewhere in the article ("signed a space agreement") could be defended, so it is left out.
	const words = contentWords(sentenceText);
	const similar = (pair: Person[]) =>
		groups.some(
			(g) =>
				g.keys.length === pair.length &&
				pair.every((p) => g.keys.includes(p.key)) &&
				[...g.words].some((w) => words.has(w))
		);
	const everyone = [...answer, ...others];
	const pairs: string[] = [];
	for (let i = 0; i < everyone.length; i++)
		for (let j = i + 1; j < everyone.length; j++) {
			const pair = [everyone[i]!, everyone[j]!];
			if (pair.every((p) => answer.includes(p)) || similar(pair)) continue;
			pairs.push(pair.map((p) => p.name).join(' and '));
		}
	return shuffled(pairs, seed).slice(0, count);
}
