import { editDistance } from '../util/edit-distance';
import { scaleWords as scales, smallNumberWords, tensWords } from '../util/number-words';

export { editDistance };

// "hundred" counts as a number word too: "two hundred and five" reads on past the "and".
const numberWords: Record<string, number> = {
	...Object.fromEntries(smallNumberWords.map((word, value) => [word, value])),
	...tensWords,
	hundred: 100
};

const articles = new Set(['a', 'an', 'the']);
const honorifics = new Set([
	'mr',
	'mrs',
	'ms',
	'miss',
	'mx',
	'dr',
	'sir',
	'dame',
	'lord',
	'lady',
	'prof',
	'professor'
]);

/** Names people type for a country, as one form: "USA", "America" and "the U.S." alike. */
const placeForms: [RegExp, string][] = [
	[/^(?:usa|us|america|united states of america|united states|the states)$/, 'united states'],
	[/^(?:uk|britain|great britain|united kingdom)$/, 'united kingdom'],
	[/^(?:holland|netherlands)$/, 'netherlands'],
	[/^(?:uae|united arab emirates)$/, 'united arab emirates'],
	...usStates()
];

/**
 * A US state and the short form news copy gives it after a town ("Cape Canaveral, Fla."): the
 * Associated Press's abbreviation, and the postal code where that is no English word. Louisiana's
 * "La." is left out: "LA" is Los Angeles more often.
 */
function usStates(): [RegExp, string][] {
	const states: [string, string][] = [
		['alabama', 'ala al'],
		['arizona', 'ariz az'],
		['arkansas', 'ark ar'],
		['california', 'calif ca'],
		['colorado', 'colo co'],
		['connecticut', 'conn ct'],
		['delaware', 'del de'],
		['florida', 'fla fl'],
		['georgia', 'ga'],
		['illinois', 'ill il'],
		['indiana', 'ind'],
		['kansas', 'kan kans ks'],
		['kentucky', 'ky'],
		['maryland', 'md'],
		['massachusetts', 'mass ma'],
		['michigan', 'mich mi'],
		['minnesota', 'minn mn'],
		['mississippi', 'miss ms'],
		['missouri', 'mo'],
		['montana', 'mont mt'],
		['nebraska', 'neb ne'],
		['nevada', 'nev nv'],
		['new hampshire', 'nh'],
		['new jersey', 'nj'],
		['new mexico', 'nm'],
		['new york', 'ny'],
		['north carolina', 'nc'],
		['north dakota', 'nd'],
		['oklahoma', 'okla'],
		['oregon', 'ore'],
		['pennsylvania', 'pa'],
		['rhode island', 'ri'],
		['south carolina', 'sc'],
		['south dakota', 'sd'],
		['tennessee', 'tenn tn'],
		['texas', 'tex tx'],
		['vermont', 'vt'],
		['virginia', 'va'],
		['washington', 'wash wa'],
		['west virginia', 'wva wv'],
		['wisconsin', 'wis wisc wi'],
		['wyoming', 'wyo wy']
	];
	return states.map(([name, short]) => [
		new RegExp(`^(?:${name}|${short.split(' ').join('|')})$`),
		name
	]);
}

const monthNames: Record<string, string> = {
	jan: 'january',
	feb: 'february',
	mar: 'march',
	apr: 'april',
	jun: 'june',
	jul: 'july',
	aug: 'august',
	sep: 'september',
	sept: 'september',
	oct: 'october',
	nov: 'november',
	dec: 'december'
};
const fullMonths = new Set(Object.values(monthNames).concat(['may']));

/** Spans of time people write in words: "a fortnight" is "2 weeks". */
const spans: Record<string, string> = { fortnight: '2 weeks', fortnights: '2 weeks' };

const currencies: Record<string, string> = {
	'£': 'pounds',
	'€': 'euros',
	$: 'dollars',
	'¥': 'yen'
};

/** One spelling per unit, so "40 cm" = "40 centimetres" and "20 km" = "20 kilometers". */
const units: Record<string, string> = {
	km: 'kilometres',
	kilometre: 'kilometres',
	kilometer: 'kilometres',
	kilometers: 'kilometres',
	kg: 'kilograms',
	kilogram: 'kilograms',
	cm: 'centimetres',
	centimetre: 'centimetres',
	centimeter: 'centimetres',
	centimeters: 'centimetres',
	mm: 'millimetres',
	millimetre: 'millimetres',
	millimeter: 'millimetres',
	millimeters: 'millimetres',
	metre: 'metres',
	meter: 'metres',
	meters: 'metres',
	bn: 'billion',
	mn: 'million'
};

/** The value of a run of number words at `i` ("two hundred and five"), and how many tokens it takes. */
function wordNumber(tokens: string[], i: number): [number, number] | undefined {
	let total = 0;
	let current = 0;
	let j = i;
	let seen = false;
	for (; j < tokens.length; j++) {
		const t = tokens[j]!;
		const small = numberWords[t];
		if (small !== undefined && t !== 'hundred') {
			current += small;
			seen = true;
		} else if (t === 'hundred' && seen) current *= 100;
		else if (scales[t] && seen && t !== 'hundred') {
			total += current * scales[t]!;
			current = 0;
		} else if (t === 'and' && seen && numberWords[tokens[j + 1] ?? ''] !== undefined) continue;
		else break;
	}
	return seen ? [total + current, j - i] : undefined;
}

/**
 * Numbers as digits: "twenty-two" is "22", "two million" and "2 million" are "2000000", "2.5
 * billion" is "2500000000", "a dozen" is "12". A year stays as written.
 */
function numbersToDigits(tokens: string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const next = tokens[i + 1];
		if ((token === 'a' || token === 'one') && next === 'dozen') {
			out.push('12');
			i++;
			continue;
		}
		if (token === 'a' && next && scales[next] && next !== 'hundred') {
			out.push(String(scales[next]));
			i++;
			continue;
		}
		const words = wordNumber(tokens, i);
		if (words) {
			let [value, used] = words;
			const scale = tokens[i + used];
			if (scale && scales[scale] && scale !== 'hundred') {
				value *= scales[scale]!;
				used++;
			}
			out.push(String(value));
			i += used - 1;
			continue;
		}
		if (/^\d+(?:\.\d+)?$/.test(token) && next && scales[next]) {
			out.push(String(Math.round(Number(token) * scales[next]! * 1000) / 1000));
			i++;
			continue;
		}
		out.push(token);
	}
	return out;
}

/** "8th" is "8"; "Sept" is "september"; "8 september" is "september 8". */
function datesInOrder(tokens: string[]): string[] {
	const out = tokens.map((t) => monthNames[t] ?? t.replace(/^(\d{1,2})(?:st|nd|rd|th)$/, '$1'));
	for (let i = 0; i + 1 < out.length; i++) {
		const day = /^\d{1,2}$/.test(out[i]!) && Number(out[i]) <= 31;
		let k = i + 1;
		if (out[k] === 'of') k++;
		if (day && fullMonths.has(out[k] ?? '')) {
			const month = out[k]!;
			out.splice(i, k - i + 1, month, out[i]!);
			i++;
		}
	}
	return out;
}

/** Whole-answer forms: a country's other names, a fortnight as two weeks, "years old" as "year old". */
function canonical(text: string): string {
	const bare = text.replace(/^the /, '');
	for (const [re, form] of placeForms) if (re.test(bare)) return form;
	return text
		.replace(/\b(fortnights?)\b/g, (w) => spans[w] ?? w)
		.replace(/\b(\d+) years? old\b/g, '$1 year old');
}

/**
 * The comparable form of a typed answer: lower case, no diacritics, quotes and dots dropped
 * ("U.S." = "US", "O’Brien" = "O'Brien"), other punctuation as spaces, no leading article,
 * number words as digits, "%" as "percent", single spaces.
 */
export function normalizeAnswer(text: string): string {
	const plain = text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/(\d)[,\u00a0](?=\d{3}(?!\d))/g, '$1')
		.replace(/(\d)\.(?=\d)/g, '$1\ue000')
		.replace(/[\u2018\u2019\u201a\u201b\u2032'`\u00b4.\u201c\u201d\u201e\u2033"]/g, '')
		.replace(/\ue000/g, '.')
		.replace(/%/g, ' percent ')
		// "£4m" and "€610 million" are "4 million pounds" and "610 million euros".
		.replace(
			/([£€$¥])\s?(\d[\d.]*)\s*(million|billion|trillion|bn|m|k)?\b/gu,
			(_, symbol: string, amount: string, scale: string | undefined) =>
				` ${amount} ${scale === 'm' ? 'million' : scale === 'k' ? 'thousand' : (scale ?? '')} ${currencies[symbol] ?? ''} `
		)
		.replace(/(\d)(km|kg|cm|mm|bn)\b/g, '$1 $2')
		.replace(/\bper cent\b/g, 'percent')
		.replace(/[^\p{L}\p{N}.]+/gu, ' ')
		.trim();
	if (!plain) return '';
	const first = plain.split(/\s+/).map((token) => units[token] ?? token);
	const tokens = datesInOrder(numbersToDigits(canonical(first.join(' ')).split(' ')));
	if (tokens.length > 1 && articles.has(tokens[0]!)) tokens.shift();
	// "Mr Mugabe", "Sir Liam Donaldson": a form of address is never what tells people apart.
	if (tokens.length > 1 && honorifics.has(tokens[0]!)) tokens.shift();
	return canonical(tokens.join(' '));
}

/** Words that only say an amount is rounded: optional on either side. */
const hedge = /^(?:about|around|approximately|roughly|nearly|almost|some) (?=\d)/;
/** Words that set a limit: the article's may be left out, but a typed one must be the same. */
const limitWords = /^(?:more than|over|less than|under|at least|up to|fewer than) (?=\d)/;
const currencyWords =
	/(?<=\d(?: (?:million|billion|trillion|thousand))?) (?:pounds|euros|dollars|yen)\b/g;

/**
 * The other forms a normalised expected answer may be typed in: an amount without the rounding
 * word or the limit the article put before it ("about £2.9 million" is "£2.9 million", "more than
 * 400" is "400"), and without its currency (the gap's sentence names it). Only the expected side
 * drops a limit or a currency: a typed "less than 400" or "€2.9 million" must be the article's.
 */
export function answerForms(expected: string): string[] {
	const rounded = expected.replace(hedge, '');
	const forms = [expected, rounded, rounded.replace(limitWords, '')];
	return [...new Set(forms.flatMap((f) => [f, f.replace(currencyWords, '')]))];
}

/** The typed answer without a rounding word ("about 2.9 million" is "2.9 million"); limits stay. */
export const withoutHedge = (given: string): string => given.replace(hedge, '');

/**
 * Typos allowed for an expected answer of `length` letters: none up to 4 (so "Iran" is never
 * "Iraq"), then one, then two from 10 letters: never more than a fifth of the word.
 */
export function typoAllowance(length: number): number {
	if (length <= 4) return 0;
	if (length < 10) return 1;
	return 2;
}

/**
 * Whether two normalised answers name the same thing allowing for small typos. Different
 * entities stay apart: the first letter must agree, numbers must agree exactly, and the
 * allowance is relative to length, so "Hayashi" is not "Kishida" nor "Biden" "Blinken".
 */
export function closeEnough(expected: string, given: string): boolean {
	if (expected === given) return true;
	if (!expected || !given || expected[0] !== given[0]) return false;
	const digits = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).join(' ');
	if (digits(expected) !== digits(given)) return false;
	const letters = expected.replace(/ /g, '').length;
	const allowance = typoAllowance(letters);
	if (allowance === 0) return false;
	const a = expected.split(' ');
	const b = given.split(' ');
	// Word by word when the word counts agree, so each short word keeps its own strictness.
	if (a.length === b.length && a.length > 1) {
		let total = 0;
		for (let i = 0; i < a.length; i++) {
			const x = a[i]!;
			const y = b[i]!;
			if (x === y) continue;
			if (x[0] !== y[0]) return false;
			const d = editDistance(x, y, typoAllowance(x.length));
			if (d > typoAllowance(x.length)) return false;
			total += d;
		}
		return total <= allowance;
	}
	return editDistance(expected, given, allowance) <= allowance;
}
