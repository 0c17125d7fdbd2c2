import {
	cities,
	namedOnlyCities,
	countries,
	demonyms,
	honorifics,
	landmarks,
	monthAbbreviations,
	months,
	notNames,
	organizationHeads,
	organizations,
	pluralTitles,
	postNominals,
	regions,
	states,
	titleQualifiers,
	titles,
	weekdays
} from '../lang/en/gazetteer';
import { measureUnits, smallNumbers, timeUnits } from '../lang/en/words';
import { escapeRegExp } from '../text';

// Word lists turned into patterns, once.

// "Johnson-Sirleaf", "Lloyd-Webber": a double-barrelled name is one word of a name; so are
// "McDonnell", "DeSantis" and "O'Brien", with a capital inside.
export const namePart = String.raw`(?:\p{Lu}['’](?=\p{Lu}))?\p{Lu}(?:[\p{Ll}-]|['’](?!s(?![\p{L}])))*\p{Ll}(?:\p{Lu}\p{Ll}{2,})?(?:-\p{Lu}[\p{Ll}'’]*\p{Ll})*`;
const nameToken = String.raw`${namePart}|\p{Lu}\.`;
const nameRun = String.raw`(?:${nameToken})(?:\s+(?:${nameToken})){0,2}`;
const upperFirst = (t: string) =>
	`[${t.charAt(0).toUpperCase()}${t.charAt(0).toLowerCase()}]${escapeRegExp(t.slice(1))}`;
export const alternation = (items: Iterable<string>, map: (s: string) => string = escapeRegExp) =>
	[...items]
		.sort((a, b) => b.length - a.length)
		.map(map)
		.join('|');
const qualifier = `(?:(?:${alternation([...titleQualifiers, ...demonyms])})\\s+)*`;
const titleAlternation = alternation(titles, upperFirst);
export const cap = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*`;
// "Harbour City coach Ana Ruiz": a capitalised team or company may qualify a lower-case title.
const orgQualifier = String.raw`(?:(?:\p{Lu}\p{Ll}+\s+){1,3}(?=\p{Ll}))?`;
// Not inside a word: "Working Time Regulations" holds no "King Time Regulations".
// "CDC Director Dr. Tom Frieden": a form of address between the title and the name is neither.
export const titledPattern = new RegExp(
	`(?<![\\p{L}])(${orgQualifier}${qualifier}(?:${titleAlternation}))\\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+(?=\\p{Lu}\\p{Ll}))?(${nameRun})`,
	'gu'
);
export const pluralTitlePattern = new RegExp(
	`(?<![\\p{L}])(${alternation(pluralTitles.map(([p]) => p))})\\s+(${nameRun})\\s+and\\s+(${nameRun})`,
	'gu'
);
export const postNominalPattern = new RegExp(
	`(${nameRun})\\s+(${postNominals.join('|')})(?![\\p{L}])`,
	'gu'
);
export const postNominalAfter = `(?:\\s+(?:${postNominals.join('|')})(?![\\p{L}]))?`;
export const referencePattern = new RegExp(
	`\\bthe\\s+(${qualifier}(?:${alternation(titles)}))(?![\\p{L}])(?!\\s+of\\s+\\p{Lu})`,
	'giu'
);
export const titlePrefix = new RegExp(`^(?:${qualifier}(?:${titleAlternation}))\\s+`, 'u');
export const apposition =
	/(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s+(?:\d{1,3},\s+)?(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}]+(?:ist|er|or|ian|ain|ant|ent)))(\s+(?:of|at|for|with)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*)?[,.]/gu;
export const honorificWords = new Set(honorifics);
// Words of titles ("Justice", "Councillor"): a name holding one is a title misread as a name.
export const titleWords = new Set(titles.flatMap((t) => t.replace(/\./g, '').split(/\s+/)));
/** "Mr Justice", "Lady Justice": how English judges are addressed; the role is "Judge". */
export const judicialAddress = /^(?:Mr|Mrs|Ms|Lord|Lady)\s+Justice$/;

export const placeNames = new Map<string, string>();
for (const [name] of countries) placeNames.set(name.replace(/^the /, ''), name);
for (const c of [...cities, ...namedOnlyCities]) placeNames.set(c, c);
for (const r of regions) placeNames.set(r.replace(/^the /, ''), r);
for (const l of landmarks) placeNames.set(l.replace(/^the /, ''), l);
for (const st of states) placeNames.set(st, st);
export const orgNames = new Map<string, string>();
for (const [name, short] of organizations) {
	orgNames.set(name, name);
	if (short) orgNames.set(short, name);
}
/** Short forms of organisations ("NATO"), for telling that an acronym names its own answer. */
export const orgShortForms = new Map<string, string>(
	organizations.filter(([, s]) => !!s).map(([n, s]) => [n, s!])
);
export const organizationHeadWords = new Set<string>(organizationHeads);
export const nonNameWords = new Set<string>([
	...notNames,
	...months,
	...weekdays,
	...placeNames.keys(),
	...orgNames.keys(),
	...demonyms
]);
export const monthNames = months.join('|');
export const monthAbbr = alternation(Object.keys(monthAbbreviations));
const numberWordAlternation = smallNumbers.slice(1).join('|');
// "Four miners died …": a number word opens a sentence with a capital; elsewhere a capitalised
// one is part of a name ("Formula One", "Channel Four").
const openingNumberWords = `(?<=^[\\s"“‘'(]*|[.!?]["”’']?\\s+)(?:${smallNumbers
	.slice(1)
	.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
	.join('|')})`;
// Whole numbers only: not the "3" of "MP3", not the "one" of "phone".
/** A number in digits: "83 240" (grouped by spaces), "1,420", "3.5". */
export const digitNumber = `\\d{1,3}(?:\\u00a0|\\u202f| )\\d{3}(?:(?:\\u00a0|\\u202f| )\\d{3})*(?![\\d-])|\\d(?:[\\d,.]*\\d)?`;
export const numberAlternation = `(?<![\\p{L}\\p{N}])(?:${digitNumber}|(?:${numberWordAlternation}|${openingNumberWords})(?![\\p{L}]))`;
/** Currencies written by letters before the figure: "GHs86,000.00" (cedis), "Ksh 500" (shillings). */
export const currencyCodes = 'GH[s¢₵S]|GHC|Ksh|KSh|TSh|USh|UGX|KES|TZS|ZAR|NGN';
/**
 * A currency before its amount: "$", "£", "US$158 000", "A$2m", "$US1.002 trillion", "R4 500 000"
 * (rand), "Rs 500", "₹", "₦".
 */
export const currencySign = `(?:US|A|AU|NZ|C|CA|HK|S|NT|R)\\$|\\$US|[$€£¥₹₦₵]|Rs\\.?\\s?(?=\\d)|R(?=\\d)|(?:${currencyCodes})\\s?(?=\\d)`;
const hedges =
	'about|around|nearly|almost|more than|less than|fewer than|over|some|roughly|at least|up to|an estimated|approximately';
// "Nearly 23,000 children lost …": a hedge opening a sentence has a capital.
export const hedgeAlternation = `${hedges}|${hedges
	.split('|')
	.map((h) => h.charAt(0).toUpperCase() + h.slice(1))
	.join('|')}`;
export const timeUnit = '(?:second|minute|hour|day|week|fortnight|month|year|decade)s?';
export const unitWords = new Set([...measureUnits, ...timeUnits]);

/**
 * "UP Anti Terrorism Squad (ATS)", "the World Health Organisation (WHO)": capitalised words whose
 * initials the short form in brackets after them spells name a body, never a person. Returns
 * each such name (the words the short form spells) with where it starts.
 */
export function namesBeforeShortForms(text: string): { start: number; name: string }[] {
	const out: { start: number; name: string }[] = [];
	for (const m of text.matchAll(shortFormAfter)) {
		const words = [...m[1]!.matchAll(/\S+/g)];
		const letters = m[2]!;
		// Walk back over the words, "of", "and", "the", "for" spelling nothing.
		let i = words.length;
		let spelled = '';
		while (i > 0 && spelled.length < letters.length) {
			const w = words[--i]![0];
			if (/^(?:of|and|the|for|on|&)$/.test(w)) continue;
			if (!/^\p{Lu}/u.test(w)) break;
			spelled = w.charAt(0).toUpperCase() + spelled;
		}
		if (spelled !== letters || i === words.length) continue;
		// "UP Anti Terrorism Squad": a short form before the name (a state's) is the name's own.
		if (i > 0 && /^\p{Lu}{2,4}$/u.test(words[i - 1]![0])) i--;
		const first = words[i]!;
		const start = m.index + first.index!;
		out.push({ start, name: text.slice(start, m.index + m[1]!.trimEnd().length) });
	}
	return out;
}
const shortFormAfter =
	/((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|and|the|for|on|&)\s+)?){2,8})\((\p{Lu}{2,6})\)/gu;
