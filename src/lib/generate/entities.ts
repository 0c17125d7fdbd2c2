import nlp from 'compromise';
import type { EntityKind } from '../schema/bank';
import { anchor, type AnchoredDate, type Tense } from './dates';
import {
	cities,
	countries,
	documentHeads,
	honorifics,
	landmarks,
	monthAbbreviations,
	months,
	notNames,
	organizationHeads,
	organizations,
	placeHeads,
	pluralTitles,
	postNominals,
	programmeNouns,
	regions,
	states,
	titleQualifiers,
	titles,
	weekdays
} from './lang/en/gazetteer';
import { measureUnits, smallNumbers, surnameFirst, timeUnits } from './lang/en/words';
import { has, type Token } from './parse';
import { escapeRegExp } from './text';

export interface Mention {
	kind: EntityKind;
	/** Exactly the characters of the mention in the text searched. */
	text: string;
	start: number;
	end: number;
	/** Identity across the article, e.g. `person:fumio kishida` or `place:japan`. */
	key: string;
	/** How options and answers show it: "Fumio Kishida", "Japan", "Friday". */
	display: string;
	/** Where a title before the name starts ("U.S. President Joe Biden"). */
	outerStart?: number;
	/** Set when the text only refers to the person ("the prime minister"). */
	reference?: boolean;
	anchored?: AnchoredDate;
	/** For durations and quantities: the number and the words around it. */
	amount?: Amount;
}

export interface Amount {
	value: number;
	/** Text before the number ("about ", "$"). */
	prefix: string;
	/** Text after the number ("-minute", " hours", " billion yen"). */
	suffix: string;
	/** The number was written in words ("two"). */
	words: boolean;
	/** The counted or measured noun ("people", "hours", "percent"), lower case. */
	unit?: string;
}

export interface Person {
	key: string;
	name: string;
	surname: string;
	/** Other ways the article writes the name on its own ("Xi" for "Xi Jinping"). */
	aliases: string[];
	role?: string;
	/** "Dr", "Prof", "Mrs Justice": how the article addresses them, without the full stop. */
	honorific?: string;
	/** "KC": rank letters the article writes after the name. */
	postNominal?: string;
	/** How the article refers back to them ("She found that …"), once it has. */
	pronoun?: 'he' | 'she';
}

// ---------------------------------------------------------------------------------------------
// Word lists turned into patterns, once.

const nameToken = String.raw`\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.`;
const nameRun = String.raw`(?:${nameToken})(?:\s+(?:${nameToken})){0,2}`;
const upperFirst = (t: string) =>
	`[${t.charAt(0).toUpperCase()}${t.charAt(0).toLowerCase()}]${escapeRegExp(t.slice(1))}`;
const alternation = (items: Iterable<string>, map: (s: string) => string = escapeRegExp) =>
	[...items]
		.sort((a, b) => b.length - a.length)
		.map(map)
		.join('|');
const demonyms = [...new Set(countries.map(([, d]) => d))];
const qualifier = `(?:(?:${alternation([...titleQualifiers, ...demonyms])})\\s+)*`;
const titleAlternation = alternation(titles, upperFirst);
const cap = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*`;
// "Harbour City coach Ana Ruiz": a capitalised team or company may qualify a lower-case title.
const orgQualifier = String.raw`(?:(?:\p{Lu}\p{Ll}+\s+){1,3}(?=\p{Ll}))?`;
// Not inside a word: "Working Time Regulations" holds no "King Time Regulations".
const titledPattern = new RegExp(
	`(?<![\\p{L}])(${orgQualifier}${qualifier}(?:${titleAlternation}))\\s+(${nameRun})`,
	'gu'
);
const pluralTitlePattern = new RegExp(
	`(?<![\\p{L}])(${alternation(pluralTitles.map(([p]) => p))})\\s+(${nameRun})\\s+and\\s+(${nameRun})`,
	'gu'
);
const postNominalPattern = new RegExp(
	`(${nameRun})\\s+(${postNominals.join('|')})(?![\\p{L}])`,
	'gu'
);
const postNominalAfter = `(?:\\s+(?:${postNominals.join('|')})(?![\\p{L}]))?`;
const referencePattern = new RegExp(
	`\\bthe\\s+(${qualifier}(?:${alternation(titles)}))(?![\\p{L}])(?!\\s+of\\s+\\p{Lu})`,
	'giu'
);
const titlePrefix = new RegExp(`^(?:${qualifier}(?:${titleAlternation}))\\s+`, 'u');
const apposition =
	/(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s+(?:\d{1,3},\s+)?(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}]+(?:ist|er|or|ian|ain|ant|ent)))(\s+(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*)?[,.]/gu;
const honorificWords = new Set(honorifics);
// Words of titles ("Justice", "Councillor"): a name holding one is a title misread as a name.
const titleWords = new Set(titles.flatMap((t) => t.replace(/\./g, '').split(/\s+/)));
/** "Mr Justice", "Lady Justice": how English judges are addressed; the role is "Judge". */
const judicialAddress = /^(?:Mr|Mrs|Ms|Lord|Lady)\s+Justice$/;

export const placeNames = new Map<string, string>();
for (const [name] of countries) placeNames.set(name.replace(/^the /, ''), name);
for (const c of cities) placeNames.set(c, c);
for (const r of regions) placeNames.set(r.replace(/^the /, ''), r);
for (const l of landmarks) placeNames.set(l.replace(/^the /, ''), l);
for (const st of states) placeNames.set(st, st);
const orgNames = new Map<string, string>();
for (const [name, short] of organizations) {
	orgNames.set(name, name);
	if (short) orgNames.set(short, name);
}
/** Short forms of organisations ("NATO"), for telling that an acronym names its own answer. */
export const orgShortForms = new Map<string, string>(
	organizations.filter(([, s]) => !!s).map(([n, s]) => [n, s!])
);
const organizationHeadWords = new Set<string>(organizationHeads);
const nonNameWords = new Set<string>([
	...notNames,
	...months,
	...weekdays,
	...placeNames.keys(),
	...orgNames.keys(),
	...demonyms
]);
const monthNames = months.join('|');
const monthAbbr = alternation(Object.keys(monthAbbreviations));
const numberWordAlternation = smallNumbers.slice(1).join('|');
// Whole numbers only: not the "3" of "MP3", not the "one" of "phone".
const numberAlternation = `(?<![\\p{L}\\p{N}])(?:\\d{1,3}(?:\\u00a0|\\u202f| )\\d{3}(?:(?:\\u00a0|\\u202f| )\\d{3})*(?![\\d-])|\\d(?:[\\d,.]*\\d)?|(?:${numberWordAlternation})(?![\\p{L}]))`;
const hedgeAlternation =
	'about|around|nearly|almost|more than|less than|fewer than|over|some|roughly|at least|up to|an estimated|approximately';
const timeUnit = '(?:second|minute|hour|day|week|fortnight|month|year|decade)s?';
const unitWords = new Set([...measureUnits, ...timeUnits]);

// ---------------------------------------------------------------------------------------------
// People.

function cleanName(text: string): string {
	return text
		.replace(/[’']s$/u, '')
		.replace(/[.,;:!?"“”’)-]+$/u, (m) => (/^\p{Lu}\.$/u.test(text.slice(-2)) ? m : ''))
		.trim();
}

/** The family name: the last word, or the first in a Chinese or Korean name ("Xi Jinping"). */
function surnameOf(tokens: readonly string[]): string {
	if (tokens.length >= 2 && tokens.length <= 3 && surnameFirst.has(tokens[0]!)) return tokens[0]!;
	return tokens[tokens.length - 1]!;
}

/** Finds the people an article names, with their titles, so later mentions can be resolved. */
export function collectPeople(texts: readonly string[]): Person[] {
	const found: Person[] = [];
	const add = (rawName: string, role?: string, honorific?: string, postNominal?: string) => {
		const tokens = cleanName(rawName).split(/\s+/);
		// "Mrs Justice Helen Carrow" from compromise: the forms of address are not the name.
		while (tokens.length > 2 && honorificWords.has(tokens[0]!.replace(/\.$/, ''))) tokens.shift();
		while (tokens.length > 2 && titleWords.has(tokens[0]!)) tokens.shift();
		// "Premier League", "Kennedy Space Center": the last word says it is no person.
		if (
			tokens.some(
				(t) => nonNameWords.has(t) || organizationHeadWords.has(t) || placeHeads.includes(t)
			)
		)
			return;
		const name = tokens.join(' ');
		const surname = surnameOf(tokens);
		// "Grace Mugabe" beside "Robert Mugabe": one family name, two people.
		const given = (t: readonly string[]) => {
			const first = t[0]!.replace(/\.$/, '');
			if (honorificWords.has(first) || titleWords.has(first)) return '';
			return t.length >= 2 && surnameOf(t) === t[t.length - 1] ? t[0]! : '';
		};
		const same = found.find(
			(p) =>
				(p.surname === surname &&
					!(
						given(tokens) &&
						given(p.name.split(/\s+/)) &&
						given(tokens).replace(/\.$/, '') !== given(p.name.split(/\s+/)) &&
						!given(p.name.split(/\s+/)).startsWith(given(tokens).replace(/\.$/, ''))
					)) ||
				(tokens.length === 1 && p.aliases.includes(name))
		);
		if (same) {
			// A longer name wins, unless it is longer by a title ("Councillor Aisha Brennan").
			const titled = tokens.some((t) => titleWords.has(t) || honorificWords.has(t));
			if (tokens.length > same.name.split(/\s+/).length && !titled) {
				same.name = name;
				same.surname = surname;
				same.key = `person:${name.toLowerCase()}`;
				same.aliases = aliasesOf(tokens);
			}
			if (role && !same.role) same.role = role;
			if (honorific && !same.honorific) same.honorific = honorific;
			if (postNominal && !same.postNominal) same.postNominal = postNominal;
			return;
		}
		found.push({
			key: `person:${name.toLowerCase()}`,
			name,
			surname,
			aliases: aliasesOf(tokens),
			...(role ? { role } : {}),
			...(honorific ? { honorific } : {}),
			...(postNominal ? { postNominal } : {})
		});
	};
	for (const text of texts) {
		for (const m of text.matchAll(pluralTitlePattern)) {
			const role = pluralTitles.find(([p]) => p === m[1])![1];
			add(m[2]!, role);
			add(m[3]!, role);
		}
		for (const m of text.matchAll(titledPattern)) {
			const role = m[1]!.trim();
			if (judicialAddress.test(role)) {
				add(m[2]!, 'Judge', role);
				continue;
			}
			// "Dr." and similar are honorifics, not roles worth asking about.
			const honorific = /^(Dr|Prof)\.?$/.exec(role)?.[1];
			add(m[2]!, honorific ? undefined : capitalize(role), honorific);
		}
		for (const m of text.matchAll(postNominalPattern)) add(m[1]!, undefined, undefined, m[2]);
		// "Ana Ruiz, the chief economist at Northbank," gives a role by apposition.
		for (const m of text.matchAll(apposition)) add(m[1]!, `${m[2]}${m[3] ?? ''}`.trim());
	}
	// compromise finds untitled names; one pass over the whole text is much cheaper than one a sentence.
	const all = texts.join('\n');
	// A few sentences at a time: compromise's cost grows faster than the text it is given.
	const names: { text: string }[] = [];
	for (let i = 0; i < texts.length; i += 20)
		names.push(
			...(nlp(texts.slice(i, i + 20).join('\n'))
				.people()
				.json() as { text: string }[])
		);
	for (const p of names) {
		const name = cleanName(p.text.replace(titlePrefix, ''));
		if (/^(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+$/u.test(name)) add(name);
	}
	// "girlfriend Reeva Steenkamp … shot Steenkamp dead": a two-word name whose last word the
	// article also uses alone is a person compromise did not know. Words standing alone (no
	// capitalised word beside them) are counted once for the whole text.
	const alone = new Map<string, number>();
	for (const m of all.matchAll(
		/(?<![\p{Lu}][\p{L}'’-]*\s)(?<![\p{L}])(\p{Lu}\p{Ll}+)(?![\p{L}]|\s+\p{Lu})/gu
	))
		alone.set(m[1]!, (alone.get(m[1]!) ?? 0) + 1);
	for (const m of all.matchAll(
		/(?<=\p{Ll}[\s,]*\s)(\p{Lu}\p{Ll}{1,}(?:\s+\p{Lu}\p{Ll}{1,}){1,2})(?![\p{L}])/gu
	)) {
		const tokens = m[1]!.split(/\s+/);
		if (
			tokens.some(
				(t) =>
					nonNameWords.has(t) ||
					titleWords.has(t) ||
					organizationHeadWords.has(t) ||
					placeHeads.includes(t)
			)
		)
			continue;
		// "first lady Grace Mugabe" beside "Robert Mugabe": a known family name, another person.
		const last = tokens[tokens.length - 1]!;
		if ((alone.get(last) ?? 0) > 0 || found.some((p) => p.surname === last)) add(m[1]!);
	}
	// "Claudio Ranieri's men went top …" opens a sentence: a first name compromise knows and a
	// family name the article uses alone.
	for (const m of all.matchAll(
		/(?:^|\n|[.!?]["”’]?\s+)(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?=['’]s\b|\s+\p{Ll}|[,.])/gu
	)) {
		const [first, last] = [m[1]!, m[2]!];
		if ((alone.get(last) ?? 0) === 0 || nonNameWords.has(first) || titleWords.has(first)) continue;
		if (nlp(first).has('#FirstName')) add(`${first} ${last}`);
	}
	// "Mo Yan … Mo was born in 1955": a name whose first word the article uses alone, and never
	// its last, is written family name first.
	for (const p of found) {
		const tokens = p.name.split(/\s+/);
		if (tokens.length !== 2 || p.surname === tokens[0]) continue;
		if ((alone.get(tokens[0]!) ?? 0) > 0 && (alone.get(tokens[1]!) ?? 0) === 0) {
			p.surname = tokens[0]!;
			p.aliases = [...new Set([...p.aliases, tokens[0]!])];
		}
	}
	return found;
}

/** Every form of a name that may stand alone: the full name, the family name, the last word. */
function aliasesOf(tokens: readonly string[]): string[] {
	const forms = [tokens.join(' '), surnameOf(tokens), tokens[tokens.length - 1]!];
	return [...new Set(forms.filter((f) => f.length > 1))];
}

function capitalize(role: string): string {
	return role.charAt(0).toUpperCase() + role.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Recognisers: one list, in order of precedence, each compiled once.

export interface FindOptions {
	people: readonly Person[];
	published: string;
	/** The tense around a position: "to be held in May" points forward, "met on Friday" back. */
	tense: Tense | ((index: number) => Tense);
	/** The text's tokens, when parsed: lets a quantity check that its unit is a noun. */
	tokens?: readonly Token[];
}

interface Context {
	text: string;
	options: FindOptions;
	tenseAt: (i: number) => Tense;
	/** Claims a span for a mention; false when it overlaps one already found. */
	push: (m: Omit<Mention, 'text'>) => boolean;
	/** Claims a span without a mention (a quotation, a title). */
	claim: (start: number, end: number) => void;
	people: PeopleIndex;
	/** The capitalised runs compromise tagged as places, as one pattern. */
	taggedPlaces: RegExp;
}

interface Recogniser {
	name: string;
	pattern: (ctx: Context) => RegExp;
	read: (m: RegExpExecArray, ctx: Context) => void;
}

const fixed = (re: RegExp) => () => re;

interface PeopleIndex {
	/** Every alias of every person, longest first, as one pattern. */
	forms: RegExp;
	byForm: Map<string, Person>;
}

const peopleIndexes = new WeakMap<readonly Person[], PeopleIndex>();

function peopleIndex(people: readonly Person[]): PeopleIndex {
	let index = peopleIndexes.get(people);
	if (index) return index;
	const byForm = new Map<string, Person>();
	// A family name two people share ("Mugabe") stands for the one the article named first.
	for (const p of people)
		for (const form of [p.name, ...p.aliases]) if (!byForm.has(form)) byForm.set(form, p);
	const forms = byForm.size
		? new RegExp(
				`(?<![\\p{L}])(?:${alternation(byForm.keys())})(?![\\p{L}])${postNominalAfter}`,
				'gu'
			)
		: /(?!)/gu;
	index = { forms, byForm };
	peopleIndexes.set(people, index);
	return index;
}

function personNamed(ctx: Context, name: string): Person | undefined {
	const tokens = name.split(/\s+/);
	return (
		ctx.people.byForm.get(name) ?? ctx.options.people.find((p) => p.surname === surnameOf(tokens))
	);
}

/** "Japan’s National Security Strategy": a possessive owner is not part of the name. */
function trimLead(text: string, start: number, lead: RegExp): [string, number] {
	const m = lead.exec(text);
	return m ? [text.slice(m[0].length), start + m[0].length] : [text, start];
}

const articleLead = /^(?:The|A|An|In|On|At|Under|With|By|For|the)\s+/;

/** A person named after a title: the name is the mention; the title is claimed so that
 * "Secretary of State" is not read as a place. */
function pushTitled(
	ctx: Context,
	person: Person | undefined,
	titleStart: number,
	nameStart: number,
	name: string
): void {
	if (!person) return;
	const pushed = ctx.push({
		kind: 'person',
		start: nameStart,
		end: nameStart + name.length,
		key: person.key,
		display: person.name,
		outerStart: titleStart
	});
	if (pushed) ctx.claim(titleStart, nameStart);
}

function amountOf(num: string, prefix: string, suffix: string, unit?: string): Amount | undefined {
	const value = parseAmount(num);
	if (value === undefined) return undefined;
	return { value, prefix, suffix, words: !/\d/.test(num), ...(unit ? { unit } : {}) };
}

const recognisers: readonly Recogniser[] = [
	{
		// Quotations are claimed first: what people say is asked as a quote, not mined for entities.
		name: 'quotation',
		pattern: fixed(/“[^”]+”|"[^"]+"/gu),
		read: (m, ctx) => ctx.claim(m.index, m.index + m[0].length)
	},
	{
		// "Proceedings of the National Academy of Sciences" is a journal: no half of it is asked.
		name: 'journal title',
		pattern: fixed(
			/\b(?:Proceedings|Journal|Annals|Bulletin|Transactions|Archives) of (?:the )?\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for|on|the)\s+)*\p{Lu}[\p{L}-]*)*/gu
		),
		read: (m, ctx) => ctx.claim(m.index, m.index + m[0].length)
	},
	{
		// Clock times ("1:45 pm") and fractions ("2 1/2 minutes") are read whole or not at all.
		name: 'clock time or fraction',
		pattern: fixed(
			/\b\d{1,2}:\d\d\s*(?:[ap]\.?m\.?|GMT|UTC|[A-Z]{2,4}T)?(?![\p{L}\d])|\b\d{1,2}\.\d\d\s*(?:[ap]\.?m\.?)(?![\p{L}\d])|\b\d{3,4}\s*(?:GMT|UTC|BST|EST|PST|hours|hrs)\b|\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m)(?![\p{L}])|\b\d+\s+\d\/\d+\s+\p{L}+|\b\d+\/\d+\b/gu
		),
		read: (m, ctx) => ctx.claim(m.index, m.index + m[0].length)
	},
	{
		name: 'article of a treaty',
		pattern: fixed(
			new RegExp(
				`(?:Article|Section|Chapter|Clause)\\s+\\d+[A-Za-z]?\\s+of\\s+the\\s+(?:${cap}\\s+)*(?:${alternation(documentHeads)})\\b`,
				'gu'
			)
		),
		read: (m, ctx) =>
			void ctx.push({
				kind: 'document',
				start: m.index,
				end: m.index + m[0].length,
				key: `document:${m[0].toLowerCase()}`,
				display: m[0]
			})
	},
	{
		// A statute's year belongs to its name: "the Working Time Regulations 1998".
		name: 'named document',
		pattern: fixed(
			new RegExp(
				`(?:${cap}\\s+){1,5}(?:${alternation(documentHeads)})\\b(?:\\s+(?:19|20)\\d\\d\\b)?`,
				'gu'
			)
		),
		read: (m, ctx) => {
			let [t, start] = trimLead(m[0], m.index, articleLead);
			if (t.split(/\s+/).length < 2) return;
			[t, start] = trimLead(t, start, /^[\p{L}.-]+[’']s\s+/u);
			if (t.split(/\s+/).length < 2) return;
			ctx.push({
				kind: 'document',
				start,
				end: start + t.length,
				key: `document:${t.toLowerCase()}`,
				display: t
			});
		}
	},
	{
		// Missions and programmes: "the Artemis manned lunar mission".
		name: 'programme',
		pattern: fixed(
			new RegExp(
				`\\bthe\\s+(\\p{Lu}[\\p{L}\\p{N}-]+)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${programmeNouns.join('|')})\\b`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const name = m[1]!;
			if (nonNameWords.has(name)) return;
			const start = m.index + m[0].indexOf(name, 4);
			ctx.push({
				kind: 'event',
				start,
				end: start + name.length,
				key: `event:${name.toLowerCase()}`,
				display: name
			});
		}
	},
	{
		name: 'titled person',
		pattern: fixed(titledPattern),
		read: (m, ctx) => {
			const name = cleanName(m[2]!);
			pushTitled(ctx, personNamed(ctx, name), m.index, m.index + m[0].lastIndexOf(m[2]!), name);
		}
	},
	{
		// "Councillors Peter Hale and Jonah Whitfield": the title belongs to both; the first name carries it.
		name: 'plural title',
		pattern: fixed(pluralTitlePattern),
		read: (m, ctx) => {
			const name = cleanName(m[2]!);
			const nameStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
			pushTitled(ctx, ctx.people.byForm.get(name), m.index, nameStart, name);
		}
	},
	{
		// Full names, family names and other forms already known; "Rachel Imrie KC" with her letters.
		name: 'known person',
		pattern: (ctx) => ctx.people.forms,
		read: (m, ctx) => {
			const form = m[0].replace(new RegExp(`${postNominalAfter}$`, 'u'), '');
			const person = ctx.people.byForm.get(form);
			if (!person) return;
			// "the Nobel Prize website": a family name inside another name is not the person.
			if (
				!/\s/.test(form) &&
				form !== person.name &&
				/^\s+\p{Lu}\p{Ll}/u.test(ctx.text.slice(m.index + m[0].length)) &&
				!/^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(
					ctx.text.slice(m.index + m[0].length)
				)
			)
				return;
			ctx.push({
				kind: 'person',
				start: m.index,
				end: m.index + m[0].length,
				key: person.key,
				display: person.name
			});
		}
	},
	{
		// "the prime minister", "the U.S. president": a title naming exactly one known person.
		name: 'reference by title',
		pattern: fixed(referencePattern),
		read: (m, ctx) => {
			const said = m[1]!.toLowerCase();
			const matches = ctx.options.people.filter((p) => {
				const role = p.role?.toLowerCase();
				return !!role && (role === said || role.endsWith(` ${said}`) || said.endsWith(` ${role}`));
			});
			if (matches.length !== 1) return;
			const person = matches[0]!;
			ctx.push({
				kind: 'person',
				start: m.index,
				end: m.index + m[0].length,
				key: person.key,
				display: person.name,
				reference: true
			});
		}
	},
	{
		name: 'organisation headquarters',
		pattern: fixed(new RegExp(`(${alternation(orgNames.keys())})\\s+headquarters\\b`, 'gu')),
		read: (m, ctx) =>
			void ctx.push({
				kind: 'place',
				start: m.index,
				end: m.index + m[0].length,
				key: `place:${m[0].toLowerCase()}`,
				display: m[0]
			})
	},
	{
		name: 'known organisation',
		pattern: fixed(
			new RegExp(`(?<![\\p{L}-])(${alternation(orgNames.keys())})(?![\\p{L}\\p{N}-])`, 'gu')
		),
		read: (m, ctx) =>
			void ctx.push({
				kind: 'organization',
				start: m.index,
				end: m.index + m[0].length,
				key: `organization:${orgNames.get(m[0])!.toLowerCase()}`,
				display: m[0]
			})
	},
	{
		name: 'national body',
		pattern: fixed(
			new RegExp(
				`\\b[Tt]he\\s+(?:${alternation(demonyms)})\\s+(?:government|parliament|military|navy|army|central bank|economy|police|coast guard)\\b`,
				'gu'
			)
		),
		read: (m, ctx) =>
			void ctx.push({
				kind: 'organization',
				start: m.index,
				end: m.index + m[0].length,
				key: `organization:${m[0].toLowerCase()}`,
				display: m[0]
			})
	},
	{
		name: 'organisation by its last word',
		pattern: fixed(
			new RegExp(
				`(?:the\\s+)?(?:${cap}\\s+){1,4}(?:(?:${alternation(organizationHeads)})(?![\\p{L}])(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?${cap}(?:\\s+(?:and\\s+)?${cap})*)?|(?:Centre|Center)\\s+(?:of|for)\\s+(?:the\\s+)?${cap}(?:\\s+(?:and\\s+)?${cap})*)`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const [t, start] = trimLead(m[0], m.index, /^(?:the|The|A|An|In|On|At|With|By|For)\s+/);
			if (t.split(/\s+/).length < 2) return;
			ctx.push({
				kind: 'organization',
				start,
				end: start + t.length,
				key: `organization:${t.toLowerCase()}`,
				display: t
			});
		}
	},
	{
		// "Taiwan Strait", "Okinawa Prefecture".
		name: 'place by its last word',
		pattern: fixed(new RegExp(`(?:${cap}\\s+){1,3}(?:${placeHeads.join('|')})\\b`, 'gu')),
		read: (m, ctx) => {
			const [t, start] = trimLead(m[0], m.index, /^(?:The|In|On|At|Near|From|To)\s+/);
			ctx.push({
				kind: 'place',
				start,
				end: start + t.length,
				key: `place:${t.toLowerCase()}`,
				display: t
			});
		}
	},
	{
		// Parts of hyphenated compounds ("Japan-U.S.") are not places.
		name: 'known place',
		pattern: fixed(
			new RegExp(
				`(?<![\\p{L}-])(?:[Tt]he\\s+)?(${alternation(placeNames.keys())})(?![\\p{L}\\p{N}]|-\\p{L})`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const name = m[1]!;
			const canonical = placeNames.get(name)!;
			// Keep "the" in the mention when the canonical name has it ("the United States").
			const start = canonical.startsWith('the ') ? m.index : m.index + m[0].length - name.length;
			ctx.push({
				kind: 'place',
				start,
				end: m.index + m[0].length,
				key: `place:${canonical.replace(/^the /, '').toLowerCase()}`,
				display: canonical
			});
		}
	},
	{
		// "the capital, Harare", "the town of Port Elm", "the state of Bihar": a place its kind names.
		name: 'place named by its kind',
		pattern: fixed(
			/\b[Tt]he\s+(?:capital|city|town|village|port|province|state|region|district|island|county)(?:\s+city)?(?:,\s+|\s+of\s+|\s+)(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2})(?![\p{L}])/gu
		),
		read: (m, ctx) => {
			const name = m[1]!;
			if (nonNameWords.has(name) || titleWords.has(name.split(/\s+/)[0]!)) return;
			const start = m.index + m[0].length - name.length;
			ctx.push({
				kind: 'place',
				start,
				end: start + name.length,
				key: `place:${(placeNames.get(name) ?? name).replace(/^the /, '').toLowerCase()}`,
				display: placeNames.get(name) ?? name
			});
		}
	},
	{
		// Towns and places no list knows ("Christchurch", "Toulouse"), as compromise tags them.
		name: 'tagged place',
		pattern: (ctx) => ctx.taggedPlaces,
		read: (m, ctx) => {
			if (nonNameWords.has(m[0]) || titleWords.has(m[0])) return;
			ctx.push({
				kind: 'place',
				start: m.index,
				end: m.index + m[0].length,
				key: `place:${m[0].toLowerCase()}`,
				display: m[0]
			});
		}
	},
	{
		name: 'day of a month',
		pattern: fixed(
			new RegExp(
				`\\b(?:(?:${monthNames}|${monthAbbr})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${monthNames})(?:\\s+\\d{4})?)(?![\\p{L}\\p{N}])`,
				'gu'
			)
		),
		read: (m, ctx) => {
			// "every March 1", "each May 5": a yearly date, not one day to anchor.
			const yearly = /\b(?:every|each)\s+$/i.test(ctx.text.slice(0, m.index));
			const anchored = yearly
				? undefined
				: anchor(
						m[0].replace(/(\d)(?:st|nd|rd|th)/, '$1').replace(/\sof\s/, ' '),
						ctx.options.published,
						ctx.tenseAt(m.index)
					);
			ctx.push({
				kind: 'date',
				start: m.index,
				end: m.index + m[0].length,
				key: `date:${anchored?.iso ?? m[0]}`,
				display: m[0],
				...(anchored ? { anchored } : {})
			});
		}
	},
	{
		name: 'relative year',
		pattern: fixed(
			/\b(?:the\s+(?:start|beginning|middle|end)\s+of\s+)?(?:last|next|this)\s+year\b/giu
		),
		read: (m, ctx) => {
			const anchored = anchor(m[0], ctx.options.published, ctx.tenseAt(m.index));
			ctx.push({
				kind: 'date',
				start: m.index,
				end: m.index + m[0].length,
				key: `date:${m[0].toLowerCase()}`,
				display: m[0],
				...(anchored ? { anchored } : {})
			});
		}
	},
	{
		name: 'weekday',
		pattern: fixed(new RegExp(`\\b(?:(?:last|next|this)\\s+)?(${weekdays.join('|')})\\b`, 'gu')),
		read: (m, ctx) => {
			const anchored = anchor(m[0], ctx.options.published, ctx.tenseAt(m.index));
			ctx.push({
				kind: 'weekday',
				start: m.index,
				end: m.index + m[0].length,
				key: `weekday:${m[1]!.toLowerCase()}`,
				display: m[0],
				...(anchored ? { anchored } : {})
			});
		}
	},
	{
		name: 'month',
		pattern: fixed(
			new RegExp(
				`\\b(?:in|since|until|by|from|during|of|last|next|this|early|late|mid-)\\s*(${monthNames})(?:\\s+(\\d{4}))?\\b`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const start = m.index + m[0].indexOf(m[1]!);
			const t = ctx.text.slice(start, m.index + m[0].length);
			// "every month from May to October" is a season, not one dated May: no year to anchor it to.
			const recurring =
				!m[2] &&
				/^from\b/i.test(m[0]) &&
				new RegExp(`^\\s+(?:to|until|through)\\s+(?:${monthNames})\\b(?!\\s+\\d{4})`).test(
					ctx.text.slice(m.index + m[0].length)
				);
			const anchored = recurring
				? undefined
				: anchor(m[2] ? `${m[1]} 1, ${m[2]}` : m[1]!, ctx.options.published, ctx.tenseAt(m.index));
			const month =
				m[2] && anchored ? { iso: anchored.iso.slice(0, 7), label: `${m[1]} ${m[2]}` } : anchored;
			ctx.push({
				kind: 'month',
				start,
				end: start + t.length,
				key: `month:${t.toLowerCase()}`,
				display: t,
				...(month ? { anchored: month } : {})
			});
		}
	},
	{
		name: 'year',
		pattern: fixed(
			/\b(?:in|since|until|by|before|after|of|from|to)\s+((?:1[89]|20)\d\d)\b(?![-–%])/gu
		),
		read: (m, ctx) => {
			const start = m.index + m[0].length - 4;
			ctx.push({
				kind: 'date',
				start,
				end: start + 4,
				key: `date:${m[1]}`,
				display: m[1]!,
				anchored: { iso: m[1]!, label: m[1]! }
			});
		}
	},
	{
		// "about two hours", "a 15-minute tete-a-tete", "three years", "a 12-year-old girl".
		name: 'duration or age',
		pattern: fixed(
			new RegExp(
				`\\b(?:(${hedgeAlternation})\\s+)?(${numberAlternation})(-|\\s+)(${timeUnit})(-old)?\\b`,
				'giu'
			)
		),
		read: (m, ctx) => {
			const prefix = m[1] ? `${m[1]} ` : '';
			const amount = amountOf(m[2]!, prefix, `${m[3]}${m[4]}${m[5] ?? ''}`, m[4]!.toLowerCase());
			if (!amount) return;
			ctx.push({
				kind: m[5] ? 'quantity' : 'duration',
				start: m.index,
				end: m.index + m[0].length,
				key: `${m[5] ? 'quantity' : 'duration'}:${m[0].toLowerCase()}`,
				display: m[0],
				amount
			});
		}
	},
	{
		// "a magnitude 6.3 quake", "the 7.1-magnitude earthquake": the scale goes with the number.
		name: 'magnitude',
		pattern: fixed(/\b[Mm]agnitude[\s-]+(\d(?:\.\d)?)(?![\d.])|\b(\d(?:\.\d)?)[\s-]+magnitude\b/gu),
		read: (m, ctx) => {
			const num = m[1] ?? m[2]!;
			const before = m[1] !== undefined;
			const at = m.index + m[0].indexOf(num);
			const amount = amountOf(
				num,
				before ? m[0].slice(0, at - m.index) : '',
				before ? '' : m[0].slice(at - m.index + num.length),
				'magnitude'
			);
			if (!amount) return;
			ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + m[0].length,
				key: `quantity:magnitude ${num}`,
				display: m[0],
				amount
			});
		}
	},
	{
		// "$4.5 billion", "3.2 percent", "42,000 fans", "7.1 magnitude", "three goals".
		name: 'amount',
		pattern: fixed(
			new RegExp(
				`(?<![\\p{L}])(?:(${hedgeAlternation})\\s+)?([$€£¥])?(${numberAlternation})(\\s+(?:hundred|thousand|million|billion|trillion))?(\\s*%|\\s+(?:percentage points?|percent|per cent)|[\\s-]+[\\p{Ll}]+(?:\\s+(?:yen|dollars|euros|pounds))?)?`,
				'gu'
			)
		),
		read: (m, ctx) => {
			const [all, approx, currency, num, scale, tail] = m;
			if (!num || (!currency && !tail && !scale)) return;
			if (!/\d/.test(num) && !currency && !tail) return;
			// A year, a date or a clock time is not an amount.
			if (/^(?:1[89]|20)\d\d$/.test(num) && !currency && !scale && !/%|percent/.test(tail ?? ''))
				return;
			let unitWord = (tail ?? '').replace(/^[\s-]+/, '').trim();
			let shown = all;
			if (unitWord && !/^(%|percent|per cent|percentage)/.test(unitWord)) {
				if (!isUnit(unitWord, m.index + all.length - unitWord.length, ctx, parseAmount(num))) {
					// "$4.5 billion was paid": the number stands alone when a currency or scale gives its unit.
					if (!currency && !scale) return;
					shown = all.slice(0, all.length - (tail?.length ?? 0));
					unitWord = '';
				}
			}
			// "two side boosters": the counted thing is the whole noun compound.
			if (unitWord && !/^(?:%|percent|per cent|percentage)/.test(unitWord) && ctx.options.tokens) {
				let end = m.index + shown.length;
				for (const t of ctx.options.tokens) {
					if (t.start < end) continue;
					const nounLike =
						has(t, 'Noun') ||
						(/^\p{Ll}{3,}s$/u.test(t.text) &&
							!has(t, 'Copula') &&
							!has(t, 'Auxiliary') &&
							!has(t, 'Determiner') &&
							!has(t, 'Preposition'));
					if (t.start > end + 1 || !nounLike || has(t, 'Pronoun') || notUnits.test(t.normal)) break;
					if (!/^\s*$/.test(ctx.text.slice(end, t.start))) break;
					end = t.end;
					if (t.post.trim()) break;
				}
				if (end > m.index + shown.length) {
					const extra = ctx.text.slice(m.index + shown.length, end);
					shown += extra;
					unitWord += extra;
				}
			}
			const prefix = `${approx ? `${approx} ` : ''}${currency ?? ''}`;
			const numEnd = all.indexOf(num, prefix.length) + num.length;
			const amount = amountOf(
				num,
				prefix,
				shown.slice(numEnd),
				unitWord ? unitWord.replace(/^%$/, 'percent').toLowerCase() : undefined
			);
			if (!amount) return;
			ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + shown.length,
				key: `quantity:${shown.toLowerCase()}`,
				display: shown,
				amount
			});
		}
	},
	{
		// "climbed past 75", "55 of the 75": a number standing alone, not a year, a time or a fraction.
		name: 'bare number',
		pattern: fixed(
			/(?<![\p{L}\p{N}.,:/$€£¥-])(?:(about|around|nearly|almost|some|roughly|at least|more than|over|only)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\p{L}\p{N}:/%-]|[.,]\d)/gu
		),
		read: (m, ctx) => {
			const num = m[2]!;
			if (/^(?:1[89]|20)\d\d$/.test(num)) return;
			// "a 114 notice", "Route 66": a number naming something, not counting it.
			if (
				/\b(?:an?|[Rr]oute|[Nn]o\.|[Nn]umber|[Cc]ount|[Aa]rticle|[Ss]ection|[Rr]oom|[Pp]latform|[Gg]ate)\s+$/.test(
					ctx.text.slice(0, m.index)
				)
			)
				return;
			const amount = amountOf(num, m[1] ? `${m[1]} ` : '', '');
			if (!amount) return;
			ctx.push({
				kind: 'quantity',
				start: m.index,
				end: m.index + m[0].length,
				key: `quantity:${m[0].toLowerCase()}`,
				display: m[0],
				amount
			});
		}
	}
];

const notUnits =
	/^(?:of|and|or|to|in|on|at|the|a|an|by|for|with|from|as|was|were|is|are|will|have|has|had|percent|who|which|that|times|per|more|less|than|times)$/;

/** Whether the word after a number names what is counted: a noun ("fans", "magnitude"), not "of". */
function isUnit(word: string, at: number, ctx: Context, value?: number): boolean {
	if (notUnits.test(word)) return false;
	// "a 114 notice", "Route 66 bus": a number before a singular noun is a label, not a count.
	const tokens = ctx.options.tokens ?? [];
	const index = tokens.findIndex((t) => t.start <= at && t.end > at);
	const token = tokens[index];
	// …unless a plural noun follows it: "two side boosters" counts boosters.
	const compound = has(tokens[index + 1], 'Plural') && !token?.post.trim();
	if (
		value !== undefined &&
		value > 1 &&
		token &&
		has(token, 'Singular') &&
		!unitWords.has(word) &&
		!compound
	)
		return false;
	if (/(?:yen|dollars|euros|pounds)$/.test(word) || unitWords.has(word)) return true;
	if (token) return has(token, 'Noun') && !has(token, 'Pronoun');
	// Without a parse: a plural-looking word.
	return /^\p{Ll}{3,}s$/u.test(word) && !/(?:ss|us|is)$/.test(word);
}

/** All entity mentions in a text, non-overlapping, in order. */
export function findMentions(text: string, options: FindOptions): Mention[] {
	const out: Mention[] = [];
	const claimed: { start: number; end: number }[] = [];
	const free = (start: number, end: number) =>
		claimed.every((c) => end <= c.start || start >= c.end);
	const placeWords: string[] = [];
	const tokens = options.tokens ?? [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (!has(t, 'Place') || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || i === 0) continue;
		let j = i;
		while (
			j + 1 < tokens.length &&
			has(tokens[j + 1], 'Place') &&
			/^\p{Lu}/u.test(tokens[j + 1]!.text) &&
			!tokens[j]!.post.trim()
		)
			j++;
		placeWords.push(text.slice(t.start, tokens[j]!.end));
		i = j;
	}
	const ctx: Context = {
		text,
		options,
		taggedPlaces: placeWords.length
			? new RegExp(`(?<![\\p{L}])(?:${alternation(new Set(placeWords))})(?![\\p{L}])`, 'gu')
			: /(?!)/gu,
		people: peopleIndex(options.people),
		tenseAt: (i) => (typeof options.tense === 'function' ? options.tense(i) : options.tense),
		claim: (start, end) => void claimed.push({ start, end }),
		push: (m) => {
			if (m.end <= m.start || !free(m.start, m.end)) return false;
			claimed.push({ start: m.start, end: m.end });
			out.push({ ...m, text: text.slice(m.start, m.end) });
			return true;
		}
	};
	for (const r of recognisers) {
		const re = r.pattern(ctx);
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (m[0].length === 0) {
				re.lastIndex++;
				continue;
			}
			r.read(m, ctx);
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

/** The names of the recognisers, in the order they claim text: for tests and documentation. */
export const recogniserNames: readonly string[] = recognisers.map((r) => r.name);

// Tested before the past marker, whose "\w{3,}ed" would read "scheduled for" as past.
const futureMarker =
	/\b(will|would|shall|expects?|expected|to be held|to take place|is (?:expected|scheduled|set|due) to|are (?:expected|scheduled|set|due) to|(?:scheduled|set) for|due (?:on|by|in)|plans? to|next|upcoming|coming|begins?|starts?|resumes?|opens?)\b/i;
const pastMarker = /\b(was|were|had|did|said|met|told|\w{3,}ed)\b/i;

/**
 * The tense governing a position in a sentence: the nearest clause before it that shows either
 * tense decides ("…will publish its results in the journal in June"; "…would attempt a second,
 * deeper sample in April"); past when none does.
 */
export function tenseNear(text: string, index: number): Tense {
	const clauses = text.slice(0, index).split(/[,;]|\b(?:when|after|before|which|who)\b/);
	for (let i = clauses.length - 1; i >= 0; i--) {
		const clause = clauses[i] ?? '';
		if (futureMarker.test(clause)) return 'future';
		if (pastMarker.test(clause)) return 'past';
	}
	return 'past';
}

export function parseAmount(text: string): number | undefined {
	const w = smallNumbers.indexOf(text.toLowerCase());
	if (w >= 0) return w;
	// "71,4%": a comma before one or two digits is a decimal comma; "307 804" groups thousands.
	const plain = /^\d+,\d{1,2}$/.test(text)
		? text.replace(',', '.')
		: text.replace(/[,\s\u00a0\u202f]/g, '');
	const n = Number(plain);
	return Number.isFinite(n) ? n : undefined;
}
