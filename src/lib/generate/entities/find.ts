import { has } from '../parse';
import { organizationHeads } from '../lang/en/gazetteer';
import { alternation, postNominalAfter } from './patterns';
import { amountRecognisers } from './recognise-amounts';
import { nameRecognisers, placeAfterPreposition } from './recognise-names';
import { workRecognisers } from './recognise-works';
import type { Context, FindOptions, PeopleIndex, Recogniser } from './recogniser';
import type { Mention, Person } from './types';
import type { Token } from '../parse';

// Recognisers: one list, in order of precedence, each compiled once.
const recognisers: readonly Recogniser[] = [
	...workRecognisers,
	...nameRecognisers,
	...amountRecognisers,
	placeAfterPreposition
];

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

/**
 * Runs of tokens compromise gave `tag`, from token `from` on, as [first, last]: opening on a
 * word `first` matches, on through words `rest` matches written right after it (or after a
 * word `runsOn` lets run on).
 */
function* taggedRuns(
	tokens: readonly Token[],
	from: number,
	tag: string,
	first: RegExp,
	rest: RegExp,
	runsOn: (t: Token) => boolean = () => false
): Generator<[number, number]> {
	for (let i = from; i < tokens.length; i++) {
		if (!has(tokens[i], tag) || !first.test(tokens[i]!.text)) continue;
		let j = i;
		while (
			j + 1 < tokens.length &&
			has(tokens[j + 1], tag) &&
			rest.test(tokens[j + 1]!.text) &&
			(!tokens[j]!.post.trim() || runsOn(tokens[j]!))
		)
			j++;
		yield [i, j];
		i = j;
	}
}

const leadingNumber =
	/^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Dozens)(?:-\p{Ll}+)?\s+(?=\p{Lu})/u;

/** One pattern for whole-word mentions of any of `words`; none matches nothing. */
const anyOf = (words: readonly string[]): RegExp =>
	words.length
		? new RegExp(`(?<![\\p{L}])(?:${alternation(new Set(words))})(?![\\p{L}])`, 'gu')
		: /(?!)/gu;

/** All entity mentions in a text, non-overlapping, in order. */
/** Words before a list of titles: "roles in", "starred in", "credits include". */
const partsPlayedIn =
	/\b(?:roles?|parts?|starred|starring|appeared|appearances?|credits|series|shows|films|movies)\s+(?:in|include|included|including)\s+$/;

export function findMentions(text: string, options: FindOptions): Mention[] {
	const out: Mention[] = [];
	const claimed: { start: number; end: number }[] = [];
	const free = (start: number, end: number) =>
		claimed.every((c) => end <= c.start || start >= c.end);
	const tokens = options.tokens ?? [];
	const placeWords: string[] = [];
	// A capital opening the sentence says nothing: a place's run starts after it.
	for (const [i, j] of taggedRuns(
		tokens,
		1,
		'Place',
		/^\p{Lu}\p{Ll}+$/u,
		/^\p{Lu}/u,
		(t) =>
			// "St. Louis", "Mt. Everest": an abbreviated first word runs on into the name.
			t.post.trim() === '.' && /^(?:St|Ste|Mt|Ft|Pt)$/.test(t.text)
	)) {
		const t = tokens[i]!;
		// "Minister for Road Transport and Highways": a portfolio, not a place.
		if (
			!/\b(?:Minister|Ministry|Department|Secretary|Secretariat|Office|Commissioner)\s+(?:for|of)\s+(?:the\s+)?$/.test(
				text.slice(Math.max(0, t.start - 40), t.start)
			)
		)
			placeWords.push(text.slice(t.start, tokens[j]!.end));
	}
	// Companies and bodies compromise knows ("Honda", "Goldman Sachs", "UCI"), as one run each.
	const orgWords: string[] = [];
	const orgWord = /^\p{Lu}[\p{L}&]+$/u;
	for (const [i, j] of taggedRuns(tokens, 0, 'Organization', orgWord, orgWord)) {
		const run = text.slice(tokens[i]!.start, tokens[j]!.end);
		const next = tokens[j + 1];
		// "University", "Party" alone: the head of a name compromise did not see whole; "Rescue
		// workers" opening a sentence, "Nuremberg trials", "the 4th Infantry Division": part of
		// a phrase, not a body's name.
		const partOfPhrase =
			(next && !tokens[j]!.post.trim() && /^\p{Ll}/u.test(next.text) && has(next, 'Noun')) ||
			has(tokens[i - 1], 'Value') ||
			(i === 0 && i === j && !/^\p{Lu}{2,}$/u.test(run));
		if (!partOfPhrase && (i < j || !organizationHeads.includes(run))) orgWords.push(run);
	}
	const ctx: Context = {
		text,
		options,
		taggedOrganizations: anyOf(orgWords),
		taggedPlaces: anyOf(placeWords),
		people: peopleIndex(options.people),
		tenseAt: (i) => (typeof options.tense === 'function' ? options.tense(i) : options.tense),
		claim: (start, end) => void claimed.push({ start, end }),
		push: (m) => {
			// "Twenty Orange County positions": a number opening the sentence counts the noun after
			// the name; it is no part of the name.
			const counted =
				m.kind !== 'quantity' &&
				/^\s+\p{Ll}+s\b/u.test(text.slice(m.end)) &&
				leadingNumber.exec(text.slice(m.start, m.end));
			if (counted) m = { ...m, start: m.start + counted[0].length };
			if (m.end <= m.start || !free(m.start, m.end)) return false;
			// "roles in Hong Kong, Bearcats!, The Oregon Trail …": a title in a list of parts played.
			if (
				m.kind === 'place' &&
				partsPlayedIn.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
				/^,?\s+(?:and\s+)?\p{Lu}/u.test(text.slice(m.end, m.end + 12))
			)
				return false;
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
