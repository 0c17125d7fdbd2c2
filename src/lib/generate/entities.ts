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
	titleQualifiers,
	titles,
	weekdays
} from './gazetteer';
import { escapeRegExp, numberWords } from './text';

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
}

export interface Person {
	key: string;
	name: string;
	surname: string;
	role?: string;
	/** "Dr", "Prof", "Mrs Justice": how the article addresses them, without the full stop. */
	honorific?: string;
	/** "KC": rank letters the article writes after the name. */
	postNominal?: string;
	/** How the article refers back to them ("She found that …"), once it has. */
	pronoun?: 'he' | 'she';
}

const nameToken = String.raw`\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.`;
const nameRun = String.raw`(?:${nameToken})(?:\s+(?:${nameToken})){0,2}`;
const upperFirst = (t: string) =>
	`[${t.charAt(0).toUpperCase()}${t.charAt(0).toLowerCase()}]${escapeRegExp(t.slice(1))}`;
const demonyms = [...new Set(countries.map(([, d]) => d))];
const qualifier = `(?:(?:${[...titleQualifiers, ...demonyms].map(escapeRegExp).join('|')})\\s+)*`;
const titleAlternation = [...titles]
	.sort((a, b) => b.length - a.length)
	.map(upperFirst)
	.join('|');
const referencePattern = new RegExp(
	`\\bthe\\s+(${qualifier}(?:${[...titles]
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|')}))(?![\\p{L}])(?!\\s+of\\s+\\p{Lu})`,
	'giu'
);
// "Harbour City coach Ana Ruiz": a capitalised team or company may qualify a lower-case title.
const orgQualifier = String.raw`(?:(?:\p{Lu}\p{Ll}+\s+){1,3}(?=\p{Ll}))?`;
// Not inside a word: "Working Time Regulations" holds no "King Time Regulations".
const titledPattern = new RegExp(
	`(?<![\\p{L}])(${orgQualifier}${qualifier}(?:${titleAlternation}))\\s+(${nameRun})`,
	'gu'
);

const pluralTitlePattern = new RegExp(
	`(?<![\\p{L}])(${pluralTitles.map(([p]) => escapeRegExp(p)).join('|')})\\s+(${nameRun})\\s+and\\s+(${nameRun})`,
	'gu'
);
const postNominalPattern = new RegExp(
	`(${nameRun})\\s+(${postNominals.join('|')})(?![\\p{L}])`,
	'gu'
);
const postNominalAfter = `(?:\\s+(?:${postNominals.join('|')})(?![\\p{L}]))?`;
const honorificWords = new Set(honorifics);
// Words of titles ("Justice", "Councillor"): a name holding one is a title misread as a name.
const titleWords = new Set(titles.flatMap((t) => t.replace(/\./g, '').split(/\s+/)));
/** "Mr Justice", "Lady Justice": how English judges are addressed; the role is "Judge". */
const judicialAddress = /^(?:Mr|Mrs|Ms|Lord|Lady)\s+Justice$/;

const placeNames = new Map<string, string>();
for (const [name] of countries) placeNames.set(name.replace(/^the /, ''), name);
for (const c of cities) placeNames.set(c, c);
for (const r of regions) placeNames.set(r.replace(/^the /, ''), r);
for (const l of landmarks) placeNames.set(l.replace(/^the /, ''), l);
const orgNames = new Map<string, string>();
for (const [name, short] of organizations) {
	orgNames.set(name, name);
	if (short) orgNames.set(short, name);
}
const nonNameWords = new Set<string>([
	...notNames,
	...months,
	...weekdays,
	...placeNames.keys(),
	...orgNames.keys(),
	...demonyms
]);

function cleanName(text: string): string {
	return text
		.replace(/[’']s$/u, '')
		.replace(/[.,;:!?"“”’)-]+$/u, (m) => (/^\p{Lu}\.$/u.test(text.slice(-2)) ? m : ''))
		.trim();
}

/** Finds the people an article names, with their titles, so later mentions can be resolved. */
export function collectPeople(texts: readonly string[]): Person[] {
	const found: Person[] = [];
	const add = (rawName: string, role?: string, honorific?: string, postNominal?: string) => {
		const tokens = cleanName(rawName).split(/\s+/);
		// "Mrs Justice Helen Carrow" from compromise: the forms of address are not the name.
		while (tokens.length > 2 && honorificWords.has(tokens[0]!.replace(/\.$/, ''))) tokens.shift();
		while (tokens.length > 2 && titleWords.has(tokens[0]!)) tokens.shift();
		if (tokens.some((t) => nonNameWords.has(t))) return;
		const name = tokens.join(' ');
		const surname = tokens[tokens.length - 1]!;
		const same = found.find((p) => p.surname === surname);
		if (same) {
			// A longer name wins, unless it is longer by a title ("Councillor Aisha Brennan").
			const titled = tokens.some((t) => titleWords.has(t) || honorificWords.has(t));
			if (tokens.length > same.name.split(/\s+/).length && !titled) {
				same.name = name;
				same.key = `person:${name.toLowerCase()}`;
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
			add(m[2]!, honorific ? undefined : capitalizeRole(role), honorific);
		}
		for (const m of text.matchAll(postNominalPattern)) add(m[1]!, undefined, undefined, m[2]);
		// "Ana Ruiz, the chief economist at Northbank," gives a role by apposition.
		const apposition =
			/(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}),\s+(?:\d{1,3},\s+)?(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}]+(?:ist|er|or|ian|ain|ant|ent)))(\s+(?:of|at|for|with)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*)?[,.]/gu;
		for (const m of text.matchAll(apposition)) add(m[1]!, `${m[2]}${m[3] ?? ''}`.trim());
		for (const p of nlp(text).people().json({ offset: true }) as { text: string }[]) {
			const name = cleanName(
				p.text.replace(new RegExp(`^(?:${qualifier}(?:${titleAlternation}))\\s+`, 'u'), '')
			);
			if (/^(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+$/u.test(name)) add(name);
		}
	}
	return found;
}

function capitalizeRole(role: string): string {
	return role.charAt(0).toUpperCase() + role.slice(1);
}

interface Claim {
	start: number;
	end: number;
}

export interface FindOptions {
	people: readonly Person[];
	published: string;
	/** The tense around a position: "to be held in May" points forward, "met on Friday" back. */
	tense: Tense | ((index: number) => Tense);
}

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

/** All entity mentions in a text, non-overlapping, in order. */
export function findMentions(text: string, options: FindOptions): Mention[] {
	const out: Mention[] = [];
	const claimed: Claim[] = [];
	const tenseAt = (i: number) =>
		typeof options.tense === 'function' ? options.tense(i) : options.tense;
	const free = (start: number, end: number) =>
		claimed.every((c) => end <= c.start || start >= c.end);
	const push = (m: Omit<Mention, 'text'>) => {
		if (m.end <= m.start || !free(m.start, m.end)) return false;
		claimed.push({ start: m.start, end: m.end });
		out.push({ ...m, text: text.slice(m.start, m.end) });
		return true;
	};
	const each = (re: RegExp, fn: (m: RegExpMatchArray, start: number) => void) => {
		for (const m of text.matchAll(re)) fn(m, m.index ?? 0);
	};
	// Quotations are claimed first: what people say is asked as a quote, not mined for entities.
	each(/“[^”]+”|"[^"]+"/gu, (m, s) => claimed.push({ start: s, end: s + m[0].length }));

	// Named documents: "Article 5 of the Japan-U.S. Security Treaty", "National Security Strategy".
	const cap = String.raw`\p{Lu}[\p{L}\p{N}.'’-]*`;
	const heads = documentHeads.map(escapeRegExp).join('|');
	each(
		new RegExp(
			`(?:Article|Section|Chapter|Clause)\\s+\\d+[A-Za-z]?\\s+of\\s+the\\s+(?:${cap}\\s+)*(?:${heads})\\b`,
			'gu'
		),
		(m, s) =>
			push({
				kind: 'document',
				start: s,
				end: s + m[0].length,
				key: `document:${m[0].toLowerCase()}`,
				display: m[0]
			})
	);
	// A statute's year belongs to its name: "the Working Time Regulations 1998".
	each(
		new RegExp(`(?:${cap}\\s+){1,5}(?:${heads})\\b(?:\\s+(?:19|20)\\d\\d\\b)?`, 'gu'),
		(m, s) => {
			let t = m[0];
			let start = s;
			const lead = /^(?:The|A|An|In|On|At|Under|With|By)\s+/.exec(t);
			if (lead) {
				t = t.slice(lead[0].length);
				start += lead[0].length;
			}
			if (t.split(/\s+/).length < 2) return;
			// Possessive owners are not part of the name: "Japan’s National Security Strategy".
			const owner = /^[\p{L}.-]+[’']s\s+/u.exec(t);
			if (owner) {
				t = t.slice(owner[0].length);
				start += owner[0].length;
				if (t.split(/\s+/).length < 2) return;
			}
			push({
				kind: 'document',
				start,
				end: start + t.length,
				key: `document:${t.toLowerCase()}`,
				display: t
			});
		}
	);
	// Missions and programmes: "the Artemis manned lunar mission".
	each(
		new RegExp(
			`\\bthe\\s+(\\p{Lu}[\\p{L}\\p{N}-]+)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${programmeNouns.join('|')})\\b`,
			'gu'
		),
		(m, s) => {
			const name = m[1]!;
			if (nonNameWords.has(name)) return;
			const start = s + m[0].indexOf(name, 4);
			push({
				kind: 'event',
				start,
				end: start + name.length,
				key: `event:${name.toLowerCase()}`,
				display: name
			});
		}
	);

	// People with titles, then full names and surnames already known.
	each(titledPattern, (m, s) => {
		const name = cleanName(m[2]!);
		const person = options.people.find(
			(p) => p.name === name || p.surname === name.split(/\s+/).pop()
		);
		if (!person) return;
		const nameStart = s + m[0].lastIndexOf(m[2]!);
		if (
			push({
				kind: 'person',
				start: nameStart,
				end: nameStart + name.length,
				key: person.key,
				display: person.name,
				outerStart: s
			})
		)
			// The title itself is claimed so that "Secretary of State" is not read as a place.
			claimed.push({ start: s, end: nameStart });
	});
	// "Councillors Peter Hale and Jonah Whitfield": the title belongs to both; the first name carries it.
	each(pluralTitlePattern, (m, s) => {
		const name = cleanName(m[2]!);
		const person = options.people.find((p) => p.name === name);
		if (!person) return;
		const nameStart = s + m[0].indexOf(m[2]!, m[1]!.length);
		if (
			push({
				kind: 'person',
				start: nameStart,
				end: nameStart + name.length,
				key: person.key,
				display: person.name,
				outerStart: s
			})
		)
			claimed.push({ start: s, end: nameStart });
	});
	for (const person of [...options.people].sort((a, b) => b.name.length - a.name.length)) {
		for (const form of [person.name, person.surname]) {
			// "Rachel Imrie KC": the rank letters go with the name, so the verb follows the mention.
			each(
				new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])${postNominalAfter}`, 'gu'),
				(m, s) =>
					push({
						kind: 'person',
						start: s,
						end: s + m[0].length,
						key: person.key,
						display: person.name
					})
			);
		}
	}
	// "the prime minister", "the U.S. president": a title naming exactly one known person.
	each(referencePattern, (m, s) => {
		const said = m[1]!.toLowerCase();
		const matches = options.people.filter((p) => {
			const role = p.role?.toLowerCase();
			return !!role && (role === said || role.endsWith(` ${said}`) || said.endsWith(` ${role}`));
		});
		if (matches.length !== 1) return;
		const person = matches[0]!;
		push({
			kind: 'person',
			start: s,
			end: s + m[0].length,
			key: person.key,
			display: person.name,
			reference: true
		});
	});

	// Organisations: gazetteer names, "NASA headquarters" as a place, "X University", "the Japanese government".
	each(
		new RegExp(
			`(${[...orgNames.keys()]
				.sort((a, b) => b.length - a.length)
				.map(escapeRegExp)
				.join('|')})\\s+headquarters\\b`,
			'gu'
		),
		(m, s) =>
			push({
				kind: 'place',
				start: s,
				end: s + m[0].length,
				key: `place:${m[0].toLowerCase()}`,
				display: m[0]
			})
	);
	each(
		new RegExp(
			`(?<![\\p{L}-])(${[...orgNames.keys()]
				.sort((a, b) => b.length - a.length)
				.map(escapeRegExp)
				.join('|')})(?![\\p{L}\\p{N}-])`,
			'gu'
		),
		(m, s) =>
			push({
				kind: 'organization',
				start: s,
				end: s + m[0].length,
				key: `organization:${orgNames.get(m[0])!.toLowerCase()}`,
				display: m[0]
			})
	);
	each(
		new RegExp(
			`\\b[Tt]he\\s+(?:${demonyms.map(escapeRegExp).join('|')})\\s+(?:government|parliament|military|navy|army|central bank|economy)\\b`,
			'gu'
		),
		(m, s) =>
			push({
				kind: 'organization',
				start: s,
				end: s + m[0].length,
				key: `organization:${m[0].toLowerCase()}`,
				display: m[0]
			})
	);
	each(
		new RegExp(
			`(?:the\\s+)?(?:${cap}\\s+){1,4}(?:${organizationHeads.map(escapeRegExp).join('|')})(?![\\p{L}])(?:\\s+of\\s+(?:the\\s+)?${cap}(?:\\s+${cap})*)?`,
			'gu'
		),
		(m, s) => {
			let t = m[0];
			let start = s;
			const lead = /^(?:the|The|A|An|In|On|At|With|By|For)\s+/.exec(t);
			if (lead) {
				t = t.slice(lead[0].length);
				start += lead[0].length;
			}
			if (
				t.split(/\s+/).length < 2 ||
				(nonNameWords.has(t.split(/\s+/)[0]!) && t.split(/\s+/).length < 2)
			)
				return;
			push({
				kind: 'organization',
				start,
				end: start + t.length,
				key: `organization:${t.toLowerCase()}`,
				display: t
			});
		}
	);

	// Places: "Taiwan Strait", then gazetteer names. Parts of hyphenated compounds ("Japan-U.S.") are not places.
	each(new RegExp(`(?:${cap}\\s+){1,3}(?:${placeHeads.join('|')})\\b`, 'gu'), (m, s) => {
		let t = m[0];
		let start = s;
		const lead = /^(?:The|In|On|At|Near|From|To)\s+/.exec(t);
		if (lead) {
			t = t.slice(lead[0].length);
			start += lead[0].length;
		}
		push({
			kind: 'place',
			start,
			end: start + t.length,
			key: `place:${t.toLowerCase()}`,
			display: t
		});
	});
	const placeAlternation = [...placeNames.keys()]
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|');
	each(
		new RegExp(
			`(?<![\\p{L}-])(?:[Tt]he\\s+)?(${placeAlternation})(?![\\p{L}\\p{N}]|-\\p{L})`,
			'gu'
		),
		(m, s) => {
			const name = m[1]!;
			const canonical = placeNames.get(name)!;
			// Keep "the" in the mention when the canonical name has it ("the United States").
			const hasThe = canonical.startsWith('the ');
			const start = hasThe ? s : s + m[0].length - name.length;
			push({
				kind: 'place',
				start,
				end: s + m[0].length,
				key: `place:${canonical.replace(/^the /, '').toLowerCase()}`,
				display: canonical
			});
		}
	);

	// Dates.
	const monthNames = months.join('|');
	const abbr = Object.keys(monthAbbreviations).map(escapeRegExp).join('|');
	each(
		new RegExp(
			`\\b(?:(?:${monthNames}|${abbr})\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\d{1,2}\\s+(?:${monthNames})(?:\\s+\\d{4})?)(?![\\p{L}\\p{N}])`,
			'gu'
		),
		(m, s) => {
			// "every March 1", "each May 5": a yearly date, not one day to anchor.
			const anchored = /\b(?:every|each)\s+$/i.test(text.slice(0, s))
				? undefined
				: anchor(m[0], options.published, tenseAt(s));
			push({
				kind: 'date',
				start: s,
				end: s + m[0].length,
				key: `date:${anchored?.iso ?? m[0]}`,
				display: m[0],
				...(anchored ? { anchored } : {})
			});
		}
	);
	each(
		/\b(?:the\s+(?:start|beginning|middle|end)\s+of\s+)?(?:last|next|this)\s+year\b/giu,
		(m, s) => {
			const anchored = anchor(m[0], options.published, tenseAt(s));
			push({
				kind: 'date',
				start: s,
				end: s + m[0].length,
				key: `date:${m[0].toLowerCase()}`,
				display: m[0],
				...(anchored ? { anchored } : {})
			});
		}
	);
	each(new RegExp(`\\b(?:(?:last|next|this)\\s+)?(${weekdays.join('|')})\\b`, 'gu'), (m, s) => {
		const anchored = anchor(m[0], options.published, tenseAt(s));
		push({
			kind: 'weekday',
			start: s,
			end: s + m[0].length,
			key: `weekday:${m[1]!.toLowerCase()}`,
			display: m[0],
			...(anchored ? { anchored } : {})
		});
	});
	each(
		new RegExp(
			`\\b(?:in|since|until|by|from|during|of|last|next|this|early|late)\\s+(${monthNames})(?:\\s+(\\d{4}))?\\b`,
			'gu'
		),
		(m, s) => {
			const start = s + m[0].indexOf(m[1]!);
			const t = text.slice(start, s + m[0].length);
			// "every month from May to October" is a season, not one dated May: no year to anchor it to.
			const recurring =
				!m[2] &&
				/^from\b/i.test(m[0]) &&
				new RegExp(`^\\s+(?:to|until|through)\\s+(?:${monthNames})\\b(?!\\s+\\d{4})`).test(
					text.slice(s + m[0].length)
				);
			const anchored = recurring
				? undefined
				: anchor(m[2] ? `${m[1]} 1, ${m[2]}` : m[1]!, options.published, tenseAt(s));
			const month =
				m[2] && anchored ? { iso: anchored.iso.slice(0, 7), label: `${m[1]} ${m[2]}` } : anchored;
			push({
				kind: 'month',
				start,
				end: start + t.length,
				key: `month:${t.toLowerCase()}`,
				display: t,
				...(month ? { anchored: month } : {})
			});
		}
	);
	each(/\b(?:in|since|until|by|before|after|of)\s+((?:19|20)\d\d)\b(?![-–%])/gu, (m, s) => {
		const start = s + m[0].length - 4;
		push({
			kind: 'date',
			start,
			end: start + 4,
			key: `date:${m[1]}`,
			display: m[1]!,
			anchored: { iso: m[1]!, label: m[1]! }
		});
	});

	// Durations: "about two hours", "a 15-minute tete-a-tete", "three years".
	// A number ends on a digit: "£650,000." ends a sentence, the full stop is not part of the amount.
	const numberAlternation = `\\d(?:[\\d,.]*\\d)?|${numberWords.slice(1).join('|')}`;
	const unit = '(?:second|minute|hour|day|week|month|year|decade)s?';
	each(
		new RegExp(
			`\\b(?:(about|around|nearly|almost|more than|less than|over|some|roughly)\\s+)?(${numberAlternation})(-|\\s+)(${unit})\\b`,
			'giu'
		),
		(m, s) => {
			const amount = parseAmount(m[2]!);
			if (amount === undefined) return;
			const prefix = m[1] ? `${m[1]} ` : '';
			push({
				kind: 'duration',
				start: s,
				end: s + m[0].length,
				key: `duration:${m[0].toLowerCase()}`,
				display: m[0],
				amount: { value: amount, prefix, suffix: `${m[3]}${m[4]}`, words: !/\d/.test(m[2]!) }
			});
		}
	);
	// Quantities with a unit: "$4.5 billion", "3.2 percent", "42,000 fans", "three goals".
	each(
		new RegExp(
			`(?:(about|around|nearly|almost|more than|less than|over|some|roughly)\\s+)?([$€£¥])?(${numberAlternation})(\\s+(?:million|billion|trillion))?(\\s*%|\\s+(?:percentage points?|percent|per cent|[\\p{Ll}]+(?:\\s+(?:yen|dollars|euros|pounds))?))?`,
			'gu'
		),
		(m, s) => {
			const [all, approx, currency, num, scale, tail] = m;
			if (!num || (!currency && !tail && !scale)) return;
			if (!/\d/.test(num) && !currency) return;
			const amount = parseAmount(num);
			if (amount === undefined) return;
			// Only nouns make units ("42,000 fans"); "5 of", "two leaders" in subjects are kept as counts.
			let unitWord = (tail ?? '').trim();
			let shown = all;
			if (unitWord && !/^(%|percent|per cent|percentage)/.test(unitWord)) {
				const tags = nlp(unitWord).terms().json()[0]?.terms?.[0]?.tags as string[] | undefined;
				const isUnit = tags?.includes('Plural') || /(yen|dollars|euros|pounds)$/.test(unitWord);
				if (
					!isUnit ||
					/^(of|and|or|to|in|on|at|the|a|an|by|for|with|from|as|was|were|is|are|will|have|has|had)$/.test(
						unitWord
					)
				) {
					// "$4.5 billion was paid": the number stands alone when a currency or scale gives its unit.
					if (!currency && !scale) return;
					shown = all.slice(0, all.length - (tail?.length ?? 0));
					unitWord = '';
				}
			}
			const end = s + shown.length;
			const prefix = `${approx ? `${approx} ` : ''}${currency ?? ''}`;
			push({
				kind: 'quantity',
				start: s,
				end,
				key: `quantity:${shown.toLowerCase()}`,
				display: shown,
				amount: {
					value: amount,
					prefix,
					suffix: `${scale ?? ''}${unitWord ? (tail ?? '') : ''}`,
					words: !/\d/.test(num)
				}
			});
		}
	);
	return out.sort((a, b) => a.start - b.start);
}

export function parseAmount(text: string): number | undefined {
	const w = numberWords.indexOf(text.toLowerCase());
	if (w >= 0) return w;
	const n = Number(text.replace(/,/g, ''));
	return Number.isFinite(n) ? n : undefined;
}
