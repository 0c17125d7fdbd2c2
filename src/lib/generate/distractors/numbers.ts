import type { Amount, Mention } from '../entities';
import { numberWords, ordinals } from '../lang/en/words';
import { normalize } from '../text';
import { shuffled } from '../../util/random';
import { smallNumberWords } from '../../util/number-words';

// Wrong amounts: other values with the same unit and the same way of writing.

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
const storageLadder = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048];
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
	const part = new RegExp(
		`(?:^|\\s)(${writtenAmount})\\s+of\\s+(?:(?:the|its|their|his|her|our)\\s+)?$`
	).exec(before);
	// "Of the _____, about £2.9 million is …": the whole, its part later in the clause.
	const ofThe = /(?:^|,\s+)[Oo]f\s+the\s+$/.test(before)
		? new RegExp(`^,\\s+[^,]*?(${writtenAmount})`).exec(after)
		: null;
	const low = inUnits(part?.[1] ?? ofThe?.[1]);
	if (low !== undefined) bounds.low = low;
	// "_____ of the 58 patients", "79 of its 100 stores", or "Of the £3.4 million, _____ is …": the
	// answer is the part.
	const whole =
		new RegExp(`^\\s+of\\s+(?:(?:the|its|their|his|her|our)\\s+)?(${writtenAmount})`).exec(after) ??
		new RegExp(`(?:^|,\\s+)[Oo]f\\s+the\\s+(${writtenAmount}),\\s[^,]*$`).exec(before);
	const high = inUnits(whole?.[1]);
	if (high !== undefined) bounds.high = high;
	return bounds;
}

const rangeAmount = String.raw`([$€£¥]?)(\d[\d,]*(?:\.\d+)?)((?:\s*(?:%|percent|per cent)|\s+(?:thousand|million|billion|trillion)|\s*(?:mph|kph|km\/h|km|kg|mm|cm|m|ft|lb|miles|metres|meters|feet|degrees|points))?)`;

/**
 * The other end of a range the amount written at `at` (`length` characters) in `s` is one end
 * of: "70 to 90 percent", "$9.45 billion to $9.55 billion", "between 12 per cent and 17 per
 * cent". Never "from 152 to 112" (a change, whose ends may fall either way) nor "rose 18 per
 * cent to $9.4 billion" (two figures of two kinds). `high` is given when the amount is the low
 * end, `low` when it is the high end, in the amount's own scale.
 */
export function rangeOther(s: string, at: number, length: number): { low?: number; high?: number } {
	// "15-mile stretch" after "a 12- to": the number is the range's end, the unit joined on.
	const own = new RegExp(`^${rangeAmount}(?:$|(?=-\\p{L}))`, 'u').exec(
		s.slice(at, at + length).trim()
	);
	if (!own) return {};
	const kind = (m: RegExpExecArray) => ({
		sign: m[1]!,
		unit: (m[3] ?? '').trim().replace(/^(?:percent|per cent)$/, '%'),
		value: Number(m[2]!.replace(/,/g, ''))
	});
	const ours = kind(own);
	// Two ends of one range: written alike, or the first bare ("70 to 90 percent").
	const alike = (first: ReturnType<typeof kind>, second: ReturnType<typeof kind>) =>
		(first.sign === second.sign && first.unit === second.unit) || (!first.sign && !first.unit);
	const before = s.slice(0, at);
	const after = s.slice(at + length);
	const lowEnd =
		// "a 12- to 15-mile stretch": the first end keeps the hyphen of the unit it shares.
		new RegExp(String.raw`(?<![\d.,$€£¥])${rangeAmount}-?\s*(?:to|-|–)\s*$`).exec(before) ??
		new RegExp(String.raw`\bbetween\s+${rangeAmount}\s+and\s+$`, 'i').exec(before);
	if (lowEnd && !/\bfrom\s+$/i.test(before.slice(0, lowEnd.index))) {
		const other = kind(lowEnd);
		if (alike(other, ours) && other.value < ours.value) return { low: other.value };
	}
	const highEnd = /\bfrom\s+$/i.test(before)
		? null
		: /\bbetween\s+$/i.test(before)
			? new RegExp(String.raw`^\s+and\s+${rangeAmount}`).exec(after)
			: new RegExp(String.raw`^\s*(?:to|-|–)\s*${rangeAmount}(?![\d.,])`).exec(after);
	if (highEnd) {
		const other = kind(highEnd);
		if (alike(ours, other) && other.value > ours.value) return { high: other.value };
	}
	return {};
}

/** "two or ", "12 or ": a number before "or", whose other end is the amount after it. */
const numberThenOr = new RegExp(
	String.raw`(?<!\bfrom\s+)\b(\d+|${smallNumberWords.join('|')})\s+(?:or|to)\s+$`,
	'i'
);

/** "doubled" 2, "quadrupled" 4, "tripled" or "trebled" 3. */
const factorOf = (verb: string) =>
	/^doubled$/i.test(verb) ? 2 : /^quadrupled$/i.test(verb) ? 4 : 3;

/** Lower and upper limits a wrong option must keep to, from the unit and the sentence's direction words. */
function boundsOf(m: Mention, ctx: NumericContext): { low: number; high: number } {
	const a = m.amount!;
	let low = 0;
	let high = /^\s*(%|percent|per cent)/.test(a.suffix) ? 100 : Infinity;
	// "nearly 200 countries": there are no 280; "the seven continents" no eight.
	if (/^\s*(?:countries|nations|states and territories)\b/.test(a.suffix))
		high = Math.min(high, 196);
	if (/^\s*continents\b/.test(a.suffix)) high = Math.min(high, 8);
	// "magnitude-8.5": no quake has reached 10.
	if (a.unit === 'magnitude') high = Math.min(high, 9.6);
	// "more than 4,200 people": a lower option would be true too; "fewer than 50" the other way.
	if (/^(?:more than|over|at least)\s/i.test(a.prefix)) low = Math.max(low, a.value);
	if (/^(?:fewer than|less than|under|up to|at most)\s/i.test(a.prefix))
		high = Math.min(high, a.value);
	// "sales of $1.1 billion": an option of "$0.974 billion" is written as no one writes it.
	if (/^\s*(?:billion|million|trillion)\b/i.test(a.suffix) && a.value >= 1)
		low = Math.max(low, 0.999);
	const s = ctx.sentence;
	if (!s) return { low, high };
	const at = s.indexOf(m.text);
	if (at < 0) return { low, high };
	const said = s.slice(0, at);
	// "profit more than doubled from £9m to _____": the new figure is at least twice the old.
	const times =
		/\b(doubled|tripled|trebled|quadrupled)\s+from\s+\D{0,4}(\d[\d,.]*)\s*(?:m|bn|million|billion)?\s+to\s+$/i.exec(
			said
		);
	if (times) {
		const factor = factorOf(times[1]!);
		const from = Number(times[2]!.replace(/,/g, ''));
		if (from > 0 && from * factor <= a.value) low = Math.max(low, from * factor);
	}
	// …and the old figure at most half the new: "more than doubled from _____ to £20m".
	const timesFrom = /\b(doubled|tripled|trebled|quadrupled)\s+from\s+$/i.exec(said);
	const toValue = timesFrom
		? /^\s*(?:m|bn|million|billion)?\s+to\s+\D{0,4}(\d[\d,.]*)/.exec(s.slice(at + m.text.length))
		: null;
	if (timesFrom && toValue) {
		const factor = factorOf(timesFrom[1]!);
		const to = Number(toValue[1]!.replace(/,/g, ''));
		if (to / factor >= a.value) high = Math.min(high, to / factor);
	}
	// "The pass percentage of regular candidates … is 94.48": a share written bare is still a share.
	if (
		/\b(?:percentage|pass rate|percent|per cent)\b[^.;:]{0,80}?\b(?:is|was|of|stood at|at)\s+$/i.test(
			said
		) &&
		a.value <= 100
	)
		high = Math.min(high, 100);
	// "twice in the past two days": "the past one day" is no English.
	if (/\b(?:the\s+)?(?:past|last|next|previous|coming|first)\s+$/i.test(said) && a.value >= 2)
		low = Math.max(low, 1);
	// "two or three problems", "two to three weeks": the other end of "or" or of a range is no
	// option, nor anything below it (but "from 152 to 112" may fall).
	const orBefore = numberThenOr.exec(said);
	if (orBefore) {
		const other = /\d/.test(orBefore[1]!)
			? Number(orBefore[1])
			: smallNumberWords.indexOf(orBefore[1]!.toLowerCase());
		if (other >= 0 && other < a.value) low = Math.max(low, other);
	}
	const whole = partWholeBounds(m, s, at);
	low = Math.max(low, whole.low);
	high = Math.min(high, whole.high);
	// "destroying 70 to 90 percent", "between 12 per cent and 17 per cent": a range's ends keep
	// their order (not after "from", where a figure may fall: "from 152 to 112").
	const range = rangeOther(s, at, m.text.length);
	if (range.low !== undefined) low = Math.max(low, range.low);
	if (range.high !== undefined) high = Math.min(high, range.high);
	// "won nearly 58 percent of the vote, … Diallo, who won a tick over 31 percent": shares of
	// one whole; a wrong option must leave the others room within 100 percent.
	if (high === 100) {
		const others = [
			...(s.slice(0, at) + ' '.repeat(m.text.length) + s.slice(at + m.text.length)).matchAll(
				/(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/g
			)
		].map((x) => Number(x[1]));
		const taken = others.reduce((sum, x) => sum + x, 0);
		if (others.length && taken + a.value <= 100) high = Math.min(high, 100 - taken + 0.5);
	}
	const falls =
		/\b(?:fell|fall|falls|dropped|drop|declined|slipped|eased|down|decreased|cut|lower)\b/i;
	const rises = /\b(?:rose|rise|rises|climbed|increased|grew|jumped|up|higher|raised)\b/i;
	const numberAt = (text: string) => {
		const n = /^(?:about |around |some )?[$€£¥]?(\d[\d,]*(?:\.\d+)?)/.exec(text);
		return n ? Number(n[1]!.replace(/,/g, '')) : undefined;
	};
	// "X …, down from Y": the answer is X and Y follows "from".
	const from = /\bfrom\s+(?:the\s+)?((?:about |around |some )?[$€£¥]?\d[\d,.]*)/.exec(
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
	const fromBefore = /\bfrom\s+(?:the\s+)?$|\bfrom\s*$/.test(before);
	if (fromBefore) {
		// "rose to X from Y", "was X, up from the Y": the answer Y and the X it moved to.
		const x =
			/\bto\s+((?:about |around |some )?[$€£¥]?\d[\d,.]*)/.exec(before) ??
			/((?:about |around |some )?[$€£¥]?\d[\d,.]*)[^\d]{0,60}\b(?:up|down|an? (?:drop|decline|fall|decrease|rise|increase|jump|gain))\s+from\s+(?:the\s+)?$/.exec(
				before
			);
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
/** Common fractions, as news writes them, in order of size. */
const fractions: [string, number][] = [
	['one-fifth', 1 / 5],
	['one-quarter', 1 / 4],
	['one-third', 1 / 3],
	['half', 1 / 2],
	['two-thirds', 2 / 3],
	['three-quarters', 3 / 4],
	['four-fifths', 4 / 5]
];

/**
 * "two-thirds" beside "one-third", "half" and "three-quarters": a fraction's wrong options are
 * other fractions of a whole, never "three-thirds" or "four-thirds".
 */
function fractionVariants(text: string, count: number, seed: number): string[] | undefined {
	const m = /^(one|two|three|four)[- ](halves|half|thirds?|quarters?|fifths?)$/i.exec(text.trim());
	if (!m) return undefined;
	const numerator = ['one', 'two', 'three', 'four'].indexOf(m[1]!.toLowerCase()) + 1;
	const denominator = /^hal/i.test(m[2]!)
		? 2
		: /^thir/i.test(m[2]!)
			? 3
			: /^quar/i.test(m[2]!)
				? 4
				: 5;
	const value = numerator / denominator;
	const others = fractions
		.filter(([, v]) => Math.abs(v - value) > 0.01)
		.sort((x, y) => Math.abs(x[1] - value) - Math.abs(y[1] - value) || (seed & 1 ? 1 : -1));
	return others.slice(0, count).map(([f]) => f);
}

/**
 * "voted 397-202", "deadlocked at 10-2": the same people split otherwise ("9-3", "11-1"), the
 * side that led still ahead, so no option is ruled out by the count alone.
 */
function ordinalVariants(m: Mention, a: Amount, count: number, sentence = ''): string[] {
	const v = a.value;
	const out: string[] = [];
	// "one of the first MPs to be criticised": "one of the second" is no English.
	const at = sentence.indexOf(m.text);
	if (at >= 0 && /\bone of the\s+$/i.test(sentence.slice(0, at))) return out;
	for (const x of [v + 1, v - 1, v + 2, v - 2, v + 3, v + 4]) {
		if (x < 2 || out.length >= count) continue;
		const word = a.words ? ordinals[x - 1] : ordinalDigits(x);
		if (!word) continue;
		let text = `${word}${a.suffix}`;
		if (/^\p{Lu}/u.test(m.text)) text = text.charAt(0).toUpperCase() + text.slice(1);
		if (!normalize(sentence).includes(normalize(text))) out.push(text);
	}
	return out;
}

/** 2 → "2nd", 13 → "13th", 23 → "23rd". */
export function ordinalDigits(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const end = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${end}`;
}

/** "397-202": a tally's dash and its second number, which its suffix holds. */
export const tallyEnds = (a: Amount) => ({
	dash: a.suffix.charAt(0),
	other: Number(a.suffix.slice(1))
});

/** "10:28" and "pm" for 22:28: a time of day, in minutes after midnight, as a clock shows it. */
export function clockFace(minutesOfDay: number): { twelve: string; half: 'am' | 'pm' } {
	const hours = Math.floor(minutesOfDay / 60);
	const minutes = String(minutesOfDay % 60).padStart(2, '0');
	return { twelve: `${hours % 12 || 12}:${minutes}`, half: hours >= 12 ? 'pm' : 'am' };
}

function voteVariants(a: Amount, count: number): string[] {
	const { dash, other } = tallyEnds(a);
	const total = a.value + other;
	if (a.value === other) return [];
	const step = Math.max(1, Math.round(total / 40));
	const out: string[] = [];
	for (let k = 1; out.length < count && k <= 12; k++)
		for (const f of [a.value - k * step, a.value + k * step]) {
			const g = total - f;
			if (f <= 0 || g < 0 || Math.sign(f - g) !== Math.sign(a.value - other)) continue;
			if (out.length < count) out.push(`${f}${dash}${g}`);
		}
	return out;
}

/**
 * "beat US Monastir 76-63": a game's final score of many points. Both sides' points move a
 * little, the side that led still leads, and no option is a score the sentence names.
 */
function pointsVariants(a: Amount, count: number, seed: number, sentence = ''): string[] {
	const { dash, other } = tallyEnds(a);
	const v = a.value;
	if (v === other) return [];
	const step = Math.max(1, Math.round(Math.max(v, other) / 25));
	const moves: [number, number][] = [
		[2, -1],
		[-1, 3],
		[3, 2],
		[-2, -3],
		[4, -2],
		[-3, 1],
		[1, 4],
		[-4, -1]
	];
	const out: string[] = [];
	for (const [dx, dy] of shuffled(moves, seed)) {
		const x = v + dx * step;
		const y = other + dy * step;
		const score = `${x}${dash}${y}`;
		if (x <= 0 || y <= 0 || Math.sign(x - y) !== Math.sign(v - other)) continue;
		if (sentence.includes(score) || out.includes(score)) continue;
		if (out.length < count) out.push(`${a.prefix}${score}`);
	}
	return out;
}

/**
 * "touched down at 10:28 p.m.": other times of the same half of the day, a quarter of an hour
 * to an hour and a half away, written as the answer is ("9:58 p.m.", "11:13 p.m.").
 */
function clockVariants(a: Amount, count: number, seed: number): string[] {
	const half = a.value >= 720 ? 720 : 0;
	const out: string[] = [];
	for (const d of shuffled([-30, 15, 45, -45, 30, -15, 60, -60, 90, -90], seed)) {
		const v = a.value + d;
		if (v < half || v >= half + 720 || out.length >= count) continue;
		out.push(`${a.prefix}${clockFace(v).twelve}${a.suffix.replace(/^:\d\d/, '')}`);
	}
	return out;
}

/** "beat Nishikori 2-6, 6-4, 7-6", "won in straight sets": scores of sets of tennis. */
const setScores = /\b\d-\d(?:\s*\(\d+[-/]\d+\))?,\s+\d-\d\b|\bsets?\b|\btie-?break/i;

/**
 * Other scores a set of tennis can end with, won or lost as the answer's was: "6-4" is among
 * "6-1", "6-3", "7-5", never "7-4" or "8-4". A score the sentence names already is left out.
 */
function setVariants(a: Amount, count: number, seed: number, sentence: string): string[] {
	const v = a.value;
	const { dash, other } = tallyEnds(a);
	const won: [number, number][] = [
		[6, 0],
		[6, 1],
		[6, 2],
		[6, 3],
		[6, 4],
		[7, 5],
		[7, 6]
	];
	const scores = won.map(([w, l]) => (v > other ? [w, l] : [l, w]));
	if (!scores.some(([x, y]) => x === v && y === other)) return [];
	const named = new Set([...sentence.matchAll(/\b(\d)[-–](\d)\b/g)].map((x) => `${x[1]}-${x[2]}`));
	return shuffled(
		scores.filter(([x, y]) => !(x === v && y === other) && !named.has(`${x}-${y}`)),
		seed
	)
		.slice(0, count)
		.map(([x, y]) => `${a.prefix}${x}${dash}${y}`);
}

export function numericVariants(
	m: Mention,
	count: number,
	seed: number,
	ctx: NumericContext = {}
): string[] {
	const a = m.amount;
	if (!a) return [];
	if (a.unit === 'vote') return voteVariants(a, count);
	if (a.unit === 'clock') return clockVariants(a, count, seed);
	if (a.unit === 'tally' && ctx.sentence && setScores.test(ctx.sentence))
		return setVariants(a, count, seed, ctx.sentence);
	if (a.unit === 'tally' && Math.max(a.value, tallyEnds(a).other) > 20)
		return pointsVariants(a, count, seed, ctx.sentence);
	if (a.unit === 'ordinal') return ordinalVariants(m, a, count, ctx.sentence);
	const fraction = fractionVariants(m.text.slice(a.prefix.length), count, seed);
	if (fraction) return fraction.map((f) => `${a.prefix}${f}`);
	const v = a.value;
	const raw =
		/(\d[\d,.]*(?:[ \u00a0\u202f]\d{3})*|[a-z]+)/i.exec(m.text.slice(a.prefix.length))?.[0] ??
		String(v);
	const decimals = decimalsOf(raw);
	const { low, high } = boundsOf(m, ctx);
	// "Eight hundred slot machines": a number of hundreds stops at nine, never "Ten hundred".
	const hundreds = a.words && /^\s*hundred\b/i.test(a.suffix);
	// "7-1": the first number changes and the side that led still leads; a draw has no variant.
	const other = a.unit === 'tally' ? tallyEnds(a).other : undefined;
	if (other === v) return [];
	const led = (x: number) => other === undefined || Math.sign(x - other) === Math.sign(v - other);
	// "another two people": never "another one person".
	const another =
		!!ctx.sentence && /\banother\s+$/i.test(ctx.sentence.slice(0, ctx.sentence.indexOf(m.text)));
	const fits = (x: number) =>
		x > low && x < high && x > (another ? 1 : 0) && x !== v && (!hundreds || x < 10) && led(x);
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
			// "24 per cent" beside "36.9 per cent" reads "24.0": only figures written as the answer is.
			const bRaw = /\d[\d,.]*/.exec(o.text.slice(b.prefix.length))?.[0] ?? '';
			if (decimalsOf(bRaw) !== decimals) continue;
			if (b.value < v / 1.6 || b.value > v * 1.6) continue;
			// "more than 121,500" beside the article's 121,526: the two may both be right.
			if (Math.abs(b.value - v) <= Math.abs(v) * 0.02) continue;
			// At most two from the article: the rest are near the answer, on both sides.
			if (picked.length < Math.min(2, count - 1)) take(b.value);
		}
	let near: number[];
	const minutes = /^(?:-|\s+)minutes?$/.test(a.suffix) && minuteLadder.includes(v);
	// "16GB", "$299 for 16 GB": memory comes in powers of two.
	const after = ctx.sentence
		? ctx.sentence.slice(ctx.sentence.indexOf(m.text) + m.text.length)
		: '';
	// "128 or 512 gigabytes": the unit may come once, after the last of two sizes.
	const memoryUnit = String.raw`(?:GB|TB|MB|gigabytes?|terabytes?|megabytes?)\b`;
	const storage =
		(new RegExp(`^\\s*${memoryUnit}$`).test(a.suffix) ||
			(!a.suffix.trim() &&
				new RegExp(`^\\s*(?:(?:or|and|to)\\s+\\d+\\s*)?${memoryUnit}`).test(after))) &&
		storageLadder.includes(v);
	if (storage) {
		const i = storageLadder.indexOf(v);
		near = [i + 1, i - 1, i + 2, i - 2, i + 3]
			.map((j) => storageLadder[j])
			.filter((x): x is number => x !== undefined);
	} else if (a.words || (Number.isInteger(v) && v <= 12 && decimals === 0 && !minutes)) {
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
		// "1.0 billion years", "1 million people": one thing only when the number alone is one.
		const one =
			x === 1 &&
			formatNumber(x, a.words, raw) === (a.words ? numberWords[1] : '1') &&
			!/^\s+(?:thousand|million|billion|trillion)\b/i.test(a.suffix);
		let suffix = a.suffix;
		// "one hour", not "one hours"; "two hours", not "two hour".
		// "one man", "two men": the nouns that do not add "s".
		const irregular = /^(\s+(?:\p{L}+\s)*)(\p{L}+)$/u.exec(suffix);
		const word = irregular?.[2]?.toLowerCase() ?? '';
		const singular = irregularSingulars.get(word) ?? (irregularPlurals.has(word) ? word : '');
		if (irregular && singular)
			suffix = `${irregular[1]}${one ? singular : irregularPlurals.get(singular)!}`;
		else {
			// "one percentage point", "four percentage points".
			if (/^\s+(?:\p{L}+\s)*\p{L}+s$/u.test(suffix) && one) {
				// "fetuses", "houses", "nurses": no rule tells "fetus" from "house"; no "one" then.
				if (/[^s]ses$/.test(suffix)) continue;
				suffix = suffix.replace(/\p{L}+$/u, singularOf);
			}
			if (
				/^\s+(?:\p{L}+\s)*\p{L}+[^s]$/u.test(suffix) &&
				v === 1 &&
				!one &&
				!/^\s+(percent|per cent)$/.test(suffix) &&
				// "$2 trillion", "3 million people": a magnitude never takes the plural, nor does the
				// noun an amount with one describes ("a $1 million fine" → "a $3 million fine").
				!/(?:hundred|thousand|million|billion|trillion|dozen|percent|per cent)$/i.test(suffix) &&
				!/^\s*(?:hundred|thousand|million|billion|trillion|bn|m)\s/i.test(suffix)
			)
				suffix = suffix.replace(/\p{L}+$/u, pluralOf);
		}
		const text = `${a.prefix}${formatNumber(x, a.words, raw)}${suffix}`;
		if (m.text.charAt(0) === m.text.charAt(0).toUpperCase() && /^[a-z]/.test(text))
			out.push(text.charAt(0).toUpperCase() + text.slice(1));
		else out.push(text);
	}
	return out;
}

/** "countries" → "country", "matches" → "match", "hours" → "hour". */
function singularOf(word: string): string {
	if (/[^aeiou]ies$/.test(word)) return word.replace(/ies$/, 'y');
	if (/(?:ch|sh|x|ss|z)es$/.test(word)) return word.replace(/es$/, '');
	return word.replace(/s$/, '');
}

/** "country" → "countries", "match" → "matches", "hour" → "hours". */
function pluralOf(word: string): string {
	if (/[^aeiou]y$/.test(word)) return word.replace(/y$/, 'ies');
	if (/(?:ch|sh|x|s|z)$/.test(word)) return `${word}es`;
	return `${word}s`;
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
