import type { Question } from '../schema/bank';
import type { Claim } from './analyse';
import type { Person } from './entities';
import { factId, type Slot } from './facts';
import { fill } from './lang/en/templates';
import { titles } from './lang/en/gazetteer';
import { rewrite, shorten } from './lang/en/shorten';
import type { BuildContext } from './questions';
import { sureAnchor } from './questions';
import { capitalize, normalize } from './text';
import { hashHex } from '../util/hash';

/**
 * Matching: each named person with the title the article gives them, when at least three people
 * have titles that tell them apart ("Prime Minister", "Foreign Minister", "Secretary of State").
 */
export function matchingQuestion(
	people: readonly Person[],
	claims: readonly Claim[]
): { question: Question; slot: Slot } | undefined {
	const taken = new Set<string>();
	const pairs: { left: string; right: string; claim: Claim }[] = [];
	for (const p of people) {
		// "chief economist at Fjordline Bank" describes; "Secretary of State" is a title.
		if (!p.role || taken.has(normalize(p.role))) continue;
		// "his son Adam", "Gov.": a relative is no position, and a bare short form says none.
		if (
			/^(?:(?:his|her|their)\s+)?(?:son|daughter|wife|husband|father|mother|brother|sister|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother|partner|fiancée?|girlfriend|boyfriend|widow|widower)$/i.test(
				p.role
			) ||
			/^\p{Lu}\p{Ll}{0,4}\.$/u.test(p.role)
		)
			continue;
		if (
			/\s(?:at|for)\s/.test(p.role) ||
			(/\sof\s/.test(p.role) && !titles.some((t) => p.role!.endsWith(t)))
		)
			continue;
		const claim = claims.find(
			(c) =>
				c.sentence.text.includes(`${p.role} ${p.name}`) ||
				c.sentence.text.includes(`${p.role} ${p.surname}`)
		);
		if (!claim) continue;
		taken.add(normalize(p.role));
		pairs.push({ left: p.name, right: p.role, claim });
	}
	if (pairs.length < 3) return undefined;
	const chosen = pairs.slice(0, 6);
	const first = chosen[0]!;
	const statement = `${first.left} is the ${first.right}.`;
	const slot: Slot = {
		id: factId(statement, first.right),
		claim: {
			...first.claim,
			text: statement,
			source: undefined,
			quote: undefined
		} as unknown as Claim,
		start: statement.length - first.right.length - 1,
		end: statement.length - 1,
		answer: first.right,
		kind: 'role',
		factKind: 'role',
		position: 'adjunct',
		weight: 0.5
	};
	const id = slot.id;
	const question = {
		id: `q-${id.slice(2)}-match`,
		type: 'matching',
		prompt: fill('matchingRoles', {}),
		answer: chosen.map((p) => `${p.left}: ${p.right}`).join('; '),
		accept: [],
		explanation: fill('rolesExplanation', {
			list: chosen.map((p) => `${p.right} ${p.left}`).join(', ')
		}),
		factId: id,
		source: { start: first.claim.sentence.start, end: first.claim.sentence.end },
		pairs: chosen.map(({ left, right }) => ({ left, right }))
	} as Question;
	return { question, slot };
}

/**
 * Ordering: events the article dates to a year or a day, earliest first, each named by its
 * claim without the date ("Concorde entered passenger service").
 */
export function orderingQuestion(slots: readonly Slot[], ctx: BuildContext): Question | undefined {
	const byDate = new Map<string, { slot: Slot; label: string }>();
	for (const s of slots) {
		const m = s.mention;
		if (s.factKind !== 'when' || !m?.anchored || !sureAnchor(m, ctx.published)) continue;
		if (!/^\d{4}(?:-\d\d(?:-\d\d)?)?$/.test(m.anchored.iso) || s.claim.quote) continue;
		const c = s.claim;
		const cuts = shorten(c.text, c.parse, c.clause, c.mentions, { dropLead: true });
		// The date goes with its preposition: "in 1976", "on March 2, 1969".
		// "had known of the defect since 2004", "by 2030": a time a state runs from or to, not
		// when something happened.
		if (/\b(?:since|until|till|by|before|after|through)\s+$/i.test(c.text.slice(0, s.start)))
			continue;
		// "Monday and Tuesday, September 9 and 10": a date in a list of dates names no one event.
		const dateWord =
			/(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)/;
		if (
			new RegExp(`${dateWord.source}[.,]?\\s+(?:and|or|to|-|–)\\s+$`).test(
				c.text.slice(0, s.start)
			) ||
			new RegExp(`^,?\\s+(?:and|or|to|-|–)\\s+${dateWord.source}`).test(c.text.slice(s.end)) ||
			new RegExp(`^,\\s+${dateWord.source}`).test(c.text.slice(s.end)) ||
			// "last year’s French Open runner-up": a date that describes, not when it happened.
			/^[’']s?\b/.test(c.text.slice(s.end))
		)
			continue;
		const prep = /\b(?:in|on|at|during|from|for)\s+$/i.exec(c.text.slice(0, s.start));
		const from = prep ? s.start - prep[0].length : s.start;
		if (cuts.some((x) => x.start < s.end && from < x.end)) continue;
		// The date must be the main verb's ("met … on Friday"), not a later one's ("talks to be held in May").
		const verb = c.clause?.verb;
		if (!verb || c.parse.verbs.some((v) => v.first > verb.last && v.end <= from)) continue;
		const label = rewrite(c.text, [...cuts, { start: from, end: s.end, insert: '' }])
			.replace(/\.$/, '')
			.replace(/,\s+(?:and|but|which|who|while)\b.*$/u, '');
		const words = label.split(/\s+/).length;
		if (
			words < 3 ||
			words > 18 ||
			/^(?:He|She|It|They|This|That|His|Her|Its|Their)\b/.test(label) ||
			// "“On April 2, he complained of cold and cough": a speaker's words, cut at the date.
			/[“”"]|^[^\p{L}\p{N}]/u.test(label)
		)
			continue;
		// "… planning another strike for", "… Monday and,": a label the date's removal broke.
		if (/\b(?:for|of|to|in|on|at|by|with|from|and|or|the)$|\s(?:and|or),|,\s*,/i.test(label))
			continue;
		// One event a sentence: two dates of one sentence are two parts of one event.
		if ([...byDate.values()].some((e) => e.slot.claim.sentence.index === c.sentence.index))
			continue;
		if (!byDate.has(m.anchored.iso)) byDate.set(m.anchored.iso, { slot: s, label });
	}
	// Years sort before the days of later years and after those of earlier ones, as strings do.
	const chosen = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 5);
	if (chosen.length < 3) return undefined;
	// Two events of one year (or month), one dated only by it: their order is not known.
	for (const [iso] of chosen)
		if (
			iso.length < 10 &&
			chosen.filter(([other]) => other !== iso && other.startsWith(iso)).length
		)
			return undefined;
	const items = chosen.map(([, e]) => e.label);
	if (new Set(items.map(normalize)).size !== items.length) return undefined;
	const first = chosen[0]![1].slot;
	return {
		id: `q-${hashHex(items.map(normalize).join('|'))}-order`,
		type: 'ordering',
		prompt: fill('ordering', {}),
		answer: items.join(' → '),
		accept: [],
		explanation: chosen
			.map(([, e]) =>
				fill('orderingStep', { event: e.label, label: e.slot.mention!.anchored!.label })
			)
			.join(' '),
		factId: first.id,
		source: { start: first.claim.sentence.start, end: first.claim.sentence.end },
		items
	} as Question;
}

/** A speaker's words as the article gives them: a quotation in its marks, else the claim said. */
function saidWords(claim: Claim): string | undefined {
	const words = claim.quote
		? `“${claim.quote.text.replace(/^[\s“”"]+|[\s,;:“”"]+$/gu, '').replace(/[.!?]$/, '')}”`
		: capitalize(claim.text.trim().replace(/[.!?]+$/, ''));
	// "it was a mistake": what a reported pronoun stands for, the statement alone does not say,
	// and one the generator resolved ("they" → "campaigners") is a guess, not the speaker's words.
	if (
		!claim.quote &&
		(claim.resolutions.length > 0 ||
			/^(?:he|she|it|they|this|that|these|those|there|we|i)\b/i.test(words))
	)
		return undefined;
	const count = words.split(/\s+/).length;
	return count < 5 || count > 24 ? undefined : words;
}

/**
 * Matching: what each speaker said, when at least three people are quoted or reported, each
 * matched to one statement of theirs ("“We rescued 45 people in 20 minutes”" → Chief Ann Blake).
 * The reactions, verdicts and findings of a story are its speakers' words; this asks them.
 */
export function speakersQuestion(
	people: readonly Person[],
	claims: readonly Claim[]
): { question: Question; slot: Slot } | undefined {
	const pairs: { left: string; right: string; claim: Claim; person: Person }[] = [];
	for (const claim of claims) {
		const person =
			claim.quote?.speaker ?? (claim.sourcePeople.length === 1 ? claim.sourcePeople[0] : undefined);
		if (!person || claim.unresolved || pairs.some((p) => p.person.key === person.key)) continue;
		const words = saidWords(claim);
		if (!words) continue;
		// A statement that names its speaker, or another's words said twice, asks nothing.
		const names = [person.name, person.surname].filter(Boolean) as string[];
		if (names.some((n) => words.includes(n))) continue;
		if (pairs.some((p) => normalize(p.left) === normalize(words))) continue;
		pairs.push({ left: words, right: person.name, claim, person });
	}
	if (pairs.length < 3) return undefined;
	const chosen = pairs.slice(0, 5);
	const first = chosen[0]!;
	const slot: Slot = {
		id: factId(first.claim.text, first.right),
		claim: first.claim,
		start: 0,
		end: 0,
		answer: first.right,
		kind: 'person',
		people: [first.person],
		factKind: 'quote',
		position: 'quote',
		weight: 0.6
	};
	const question = {
		id: `q-${hashHex(chosen.map((p) => normalize(p.left)).join('|'))}-said`,
		type: 'matching',
		prompt: fill('matchingSpeakers', {}),
		answer: chosen.map((p) => `${p.left}: ${p.right}`).join('; '),
		accept: [],
		explanation: chosen.map((p) => `${p.right}: ${p.left}.`).join(' '),
		factId: slot.id,
		source: { start: first.claim.sentence.start, end: first.claim.sentence.end },
		pairs: chosen.map(({ left, right }) => ({ left, right }))
	} as Question;
	return { question, slot };
}
