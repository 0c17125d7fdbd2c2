import { demonyms, organizationHeads, placeHeads, weekdays } from '../lang/en/gazetteer';
import { cleanName, surnameOf } from './people';
import {
	alternation,
	cap,
	namesBeforeShortForms,
	nonNameWords,
	orgNames,
	placeNames,
	pluralTitlePattern,
	postNominalAfter,
	referencePattern,
	titledPattern,
	titleWords
} from './patterns';
import { fixed, trimLead, type Context, type Recogniser } from './recogniser';
import type { Person } from './types';

// People, organisations and places, in that order of precedence.

const demonymWords = new Set<string>(demonyms);

function personNamed(ctx: Context, name: string): Person | undefined {
	const tokens = name.split(/\s+/);
	return (
		ctx.people.byForm.get(name) ?? ctx.options.people.find((p) => p.surname === surnameOf(tokens))
	);
}

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

/** A place or a body named by the words `text` at `start`, keyed by those words. */
function pushNamed(
	ctx: Context,
	kind: 'organization' | 'place',
	start: number,
	text: string
): void {
	ctx.push({
		kind,
		start,
		end: start + text.length,
		key: `${kind}:${text.toLowerCase()}`,
		display: text
	});
}

/** A weekday straight after a name: "Ruiz Monday" is the name and a day, not a longer name. */
const weekdayNext = new RegExp(`^\\s+(?:${weekdays.join('|')})\\b`);

/** A recogniser of the runs compromise tagged as one kind of name. */
function tagged(
	name: string,
	kind: 'organization' | 'place',
	pattern: (ctx: Context) => RegExp
): Recogniser {
	return {
		name,
		pattern,
		read: (m, ctx) => {
			if (nonNameWords.has(m[0]) || titleWords.has(m[0])) return;
			ctx.push({
				kind,
				start: m.index,
				end: m.index + m[0].length,
				key: `${kind}:${m[0].toLowerCase()}`,
				display: m[0]
			});
		}
	};
}

export const nameRecognisers: readonly Recogniser[] = [
	{
		// "UP Anti Terrorism Squad (ATS)": the words its short form spells are a body's name.
		name: 'body before its short form',
		pattern: fixed(/[^]+/gu),
		read: (m, ctx) => {
			for (const { start, name } of namesBeforeShortForms(m[0]))
				// A body the gazetteer knows is named by its own recogniser, with its own key.
				if (![...orgNames.keys()].some((k) => name.endsWith(k)))
					pushNamed(ctx, 'organization', m.index + start, name);
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
				!weekdayNext.test(ctx.text.slice(m.index + m[0].length))
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
				if (!role) return false;
				if (role === said) return true;
				// "a spokeswoman for the governor" is not the governor.
				if (
					role.endsWith(` ${said}`) &&
					!/\b(?:for|of|to|at|with|from|by|under|the|a|an)$/.test(role.slice(0, -said.length - 1))
				)
					return true;
				// "the Austrian director" is not the one the article called "Director" and Mexican:
				// a nationality the role does not have names someone else.
				const extra = said.endsWith(` ${role}`) ? said.slice(0, -role.length - 1) : undefined;
				return (
					extra !== undefined &&
					!demonyms.some((d) => new RegExp(`(?:^|\\s)${d.toLowerCase()}(?:$|\\s)`).test(extra))
				);
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
			// "UN Security Council": a known name that opens a longer body's name is that body's.
			new RegExp(
				`(?<![\\p{L}-])(${alternation(orgNames.keys())})(?![\\p{L}\\p{N}-])(?!\\s+(?:${cap}\\s+){0,3}(?:${alternation(organizationHeads)})(?![\\p{L}]))`,
				'gu'
			)
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
		// "AT&T Corp.", "S&P Inc.": capitals joined by "&" with no space are one name.
		name: 'initials joined by an ampersand',
		pattern: fixed(
			// "R&B", "Q&A", "R&D" are no companies: one letter before the "&" needs a company's word.
			/(?<![\p{L}&])(?:\p{Lu}{2,4}&\p{Lu}{1,4}(?:\s+(?:Corp|Inc|Co|Ltd)\.)?|\p{Lu}&\p{Lu}{1,4}\s+(?:Corp|Inc|Co|Ltd)\.)(?![\p{L}&])/gu
		),
		read: (m, ctx) => pushNamed(ctx, 'organization', m.index, m[0])
	},
	{
		// "Merck & Co.", "Procter & Gamble": capitalised words joined by "&" name a company, and so
		// do "Stop N Go" and "Rock 'n' Roll" by their "n".
		name: 'organisation with an ampersand',
		pattern: fixed(
			// "Bed, Bath & Beyond", "Arts, Beats & Eats": the words before "&" may go in a list.
			new RegExp(
				`(?<![\\p{L}])${cap}(?:,?\\s+${cap})*\\s+(?:&|N|n|['’]n['’])\\s+${cap}(?:\\s+${cap})*`,
				'gu'
			)
		),
		read: (m, ctx) => {
			// "… by Merck & Co.": the full stop of "Co." is the name's; another word's is the sentence's.
			const whole = /\s(?:Co|Corp|Inc|Ltd|Bros)\.$/.test(m[0]) ? m[0] : m[0].replace(/\.$/, '');
			// "The Food & Drug Administration": the article is the sentence's, not the name's.
			const [t, start] = trimLead(whole, m.index, /^(?:The|A|An)\s+/);
			pushNamed(ctx, 'organization', start, t);
		}
	},
	{
		// "the International Tennis Hall of Fame Open": a hall of fame, and what it holds, whole.
		name: 'hall of fame',
		pattern: fixed(new RegExp(`(?:${cap}\\s+){0,4}Hall\\s+of\\s+Fame(?:\\s+${cap}){0,2}`, 'gu')),
		read: (m, ctx) => {
			const [t, start] = trimLead(m[0], m.index, /^(?:The|In|On|At|With|By|For)\s+/);
			pushNamed(ctx, 'organization', start, t.replace(/\.$/, ''));
		}
	},
	{
		name: 'organisation by its last word',
		pattern: fixed(
			new RegExp(
				// "the Food and Drug Administration": "and" may join two of its capitalised words.
				`(?:the\\s+)?(?:${cap}\\s+(?:and\\s+(?=\\p{Lu}))?){1,4}(?:(?:${alternation(organizationHeads)})(?![\\p{L}])(?:\\s+(?:of|for|on)\\s+(?!(?:${weekdays.join('|')})\\b)(?:the\\s+)?${cap}(?:\\s+(?:and\\s+)?${cap})*)?|(?:Centre|Center)\\s+(?:of|for)\\s+(?:the\\s+)?${cap}(?:\\s+(?:and\\s+)?${cap})*)`,
				'gu'
			)
		),
		read: (m, ctx) => {
			let [lead, start] = trimLead(m[0], m.index, /^(?:the|The|A|An|In|On|At|With|By|For)\s+/);
			// "Britain and France Defence Ministry": a place before "and" is not part of the name.
			const joined = /^(.+?)\s+and\s+/.exec(lead);
			if (joined && (placeNames.has(joined[1]!) || demonymWords.has(joined[1]!))) {
				start += joined[0].length;
				lead = lead.slice(joined[0].length);
			}
			// "… to the Supreme Court of Velmora.": the sentence's full stop is not the name's.
			const t =
				/\s\p{Lu}\p{Ll}{2,}\.$/u.test(lead) &&
				!/\s(?:Co|Corp|Inc|Ltd|Bros|Dept|Univ|Assn)\.$/.test(lead)
					? lead.slice(0, -1)
					: lead;
			if (t.split(/\s+/).length < 2) return;
			pushNamed(ctx, 'organization', start, t);
		}
	},
	{
		// "Taiwan Strait", "Okinawa Prefecture".
		name: 'place by its last word',
		pattern: fixed(new RegExp(`(?:${cap}\\s+){1,3}(?:${placeHeads.join('|')})\\b`, 'gu')),
		read: (m, ctx) => {
			const [t, start] = trimLead(m[0], m.index, /^(?:The|In|On|At|Near|From|To)\s+/);
			pushNamed(ctx, 'place', start, t);
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
	// Companies and bodies no list knows ("Honda", "Goldman Sachs"), as compromise tags them.
	tagged('tagged organisation', 'organization', (ctx) => ctx.taggedOrganizations),
	// Towns and places no list knows ("Christchurch", "Toulouse"), as compromise tags them.
	tagged('tagged place', 'place', (ctx) => ctx.taggedPlaces)
];

/** Words a capital after "in" often opens that name no place: "in Parliament", "in Test cricket". */
const notPlaceAfterIn = new Set([
	'Parliament',
	'Congress',
	'Court',
	'Government',
	'Internet',
	'Heaven',
	'Hell',
	'Christ',
	'God',
	'Budget',
	'Phase',
	'Grade',
	'Year',
	'Class',
	'Federal',
	'State',
	'National',
	'English',
	'Latin',
	'Arabic',
	'Hindi',
	'Mathematics',
	'Science',
	'History'
]);
/** The last words of a site's name, which may stand in a town: "Rigasa Station in Kaduna". */
const siteHeads = new Set([
	'Station',
	'Harbour',
	'Harbor',
	'Beach',
	'Park',
	'Hospital',
	'Village',
	'Farm',
	'Hall',
	'Club',
	'Reserve',
	'Camp',
	'Base',
	'Mine',
	'Prison',
	'Market',
	'Mall',
	'Bridge',
	'Cove',
	'Creek'
]);
/** Tags by which compromise knows a word for something other than a place. */
const notPlaceTags = ['Person', 'FirstName', 'Honorific', 'Date', 'Month', 'WeekDay', 'Holiday'];

/**
 * "at Terawhiti Station in Makara on Monday", "flooding near Porirua": a name no list knows,
 * after "in" or "near", is a place. It comes last of all, so that a person, a body, a work or a
 * date the text names there is read as itself first.
 */
export const placeAfterPreposition: Recogniser = {
	name: 'place after "in" or "near"',
	pattern: fixed(
		/(?<![\p{L}])(?:in|near)\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2})(?![\p{L}\p{N}'’&-]|\s+[\p{Lu}\p{N}]|\s+(?:and|&)\s+\p{Lu}|\s+(?:(?:in|on|under|by)\s+the|upon)\s+\p{Lu})/gu
	),
	read: (m, ctx) => {
		const name = m[1]!;
		const start = m.index + m[0].length - name.length;
		const end = start + name.length;
		// "Voices in Harmony": "in" inside a longer name; "Terawhiti Station in Makara" is a place
		// in a place.
		const before = /(\p{Lu}[\p{L}'’.]*)\s*$/u.exec(
			ctx.text.slice(Math.max(0, m.index - 30), m.index)
		)?.[1];
		if (
			before &&
			!placeHeads.includes(before) &&
			!organizationHeads.includes(before) &&
			!siteHeads.has(before)
		)
			return;
		const words = name.split(/[\s-]+/);
		if (
			words.some(
				(w) =>
					nonNameWords.has(w) ||
					titleWords.has(w) ||
					notPlaceAfterIn.has(w) ||
					ctx.people.byForm.has(w)
			) ||
			ctx.people.byForm.has(name)
		)
			return;
		const tokens = (ctx.options.tokens ?? []).filter((t) => t.start >= start && t.end <= end);
		if (tokens.some((t) => notPlaceTags.some((tag) => t.tags.has(tag)))) return;
		// "in Test cricket", "in Federal prison": a capitalised word before a noun describes it.
		const next = (ctx.options.tokens ?? []).find((t) => t.start >= end);
		if (
			next &&
			/^\s*$/.test(ctx.text.slice(end, next.start)) &&
			/^\p{Ll}/u.test(next.text) &&
			next.tags.has('Noun') &&
			!next.tags.has('Pronoun')
		)
			return;
		pushNamed(ctx, 'place', start, name);
	}
};
