import type { EntityKind, FactKind } from '../schema/bank';
import type { Claim } from './analyse';
import { isOffence, isWork, type Mention, type Person } from './entities';
import { has } from './parse';
import { joinNames, normalize } from './text';
import { hashHex } from '../util/hash';

/**
 * One fact: a claim with one part of it as the answer. "At least 230 people were killed" gives a
 * quantity fact whose answer is "at least 230 people"; questions ask for that answer.
 */
export interface Slot {
	id: string;
	claim: Claim;
	/** The answer's span in `claim.text`. */
	start: number;
	end: number;
	answer: string;
	kind: EntityKind;
	factKind: FactKind;
	mention?: Mention;
	/** For answers that are people (who did it, who said it). */
	people?: Person[];
	/** Where the answer sits in the claim's main clause. */
	position: 'subject' | 'object' | 'adjunct' | 'quote';
	/** How much the answer carries the claim's news, 0–1, before the claim's own salience. */
	weight: number;
}

const factKindOf: Record<EntityKind, FactKind> = {
	person: 'who',
	role: 'role',
	place: 'where',
	organization: 'what',
	date: 'when',
	weekday: 'when',
	month: 'when',
	duration: 'duration',
	quantity: 'quantity',
	document: 'what',
	event: 'what',
	thing: 'what'
};

/** Answers that carry news weigh most: amounts and actors, then what was done, then where and when. */
function weightOf(kind: EntityKind, m: Mention | undefined, position: Slot['position']): number {
	switch (kind) {
		case 'quantity':
			return m?.amount?.suffix.endsWith('-old') ? 0.55 : 1;
		case 'duration':
			return 0.85;
		case 'person':
			return position === 'subject' ? 0.9 : 0.75;
		case 'thing':
			// "acquitted Clinton of perjury": what a verdict is about carries the news.
			return isOffence(m) ? 1 : 0.8;
		case 'document':
		case 'event':
			return 0.8;
		case 'organization':
			return 0.7;
		case 'place':
			return 0.65;
		case 'date':
			return m?.anchored && /^\d{4}$/.test(m.anchored.iso) ? 0.6 : 0.55;
		case 'month':
			return 0.5;
		case 'weekday':
			return 0.3;
		default:
			return 0.5;
	}
}

export function factId(statement: string, answer: string): string {
	return `f-${hashHex(`${normalize(statement)}|${normalize(answer)}`)}`;
}

const within = (m: { start: number; end: number }, s: { start: number; end: number }) =>
	m.start >= s.start && m.end <= s.end;

/**
 * What a speaker said, as a gap: the noun phrase that ends the quotation ("… but the most
 * important is clean water", "Today Apple is going to reinvent the phone"), of one to three
 * words, a noun last, no pronoun, nothing named, and not said twice in the quotation.
 */
export function quotedWords(
	claim: Claim
): { start: number; end: number; answer: string } | undefined {
	const quote = claim.quote;
	if (!quote) return undefined;
	const at = claim.text.indexOf(quote.text);
	if (at < 0 || quote.text.split(/\s+/).length < 6) return undefined;
	// "They have a good pass rush": who "they" are, the quotation does not say.
	if (/^(?:this|that|these|those|it|they|he|she|we)\b/i.test(quote.text.replace(/^\W+/, '')))
		return undefined;
	const end = at + quote.text.replace(/[\s,.;:!?…]+$/u, '').length;
	const np = claim.parse.nouns.find((n) => n.end === end && n.start >= at);
	if (!np) return undefined;
	let first = np.first;
	const tokens = claim.parse.tokens;
	// "the most important is clean water": an adjective before the noun is the phrase's.
	while (
		first > 0 &&
		tokens[first - 1]!.start >= at &&
		has(tokens[first - 1], 'Adjective') &&
		!has(tokens[first - 1], 'Superlative') &&
		!/[,;:]/.test(tokens[first - 1]!.post) &&
		!/^(?:more|most|less|least|very|so|too)$/.test(tokens[first - 1]!.normal)
	)
		first--;
	while (first < np.last && has(tokens[first], 'Determiner')) first++;
	const words = tokens.slice(first, np.last + 1);
	if (words.length < 1 || words.length > 3) return undefined;
	if (
		!has(words[words.length - 1], 'Noun') ||
		words.some(
			(t) =>
				has(t, 'Pronoun') ||
				has(t, 'Value') ||
				/^\p{Lu}/u.test(t.text) ||
				!/^[\p{L}-]+$/u.test(t.text) ||
				/^(?:one|ones|thing|things|way|time|lot|kind|sort|type|part|all|it|this|that|year|years|week|weeks|month|months|day|days|season|night|today|tomorrow|yesterday|there|here|now|then|air|place|stuff|people|everything|anything|something|nothing|everyone|anyone|someone|moment|end|point|activity|implications|consequences|issue|issues|situation|problem|matter|fact)$/.test(
					t.normal
				)
		)
	)
		return undefined;
	const start = tokens[Math.min(first, np.first)]!.start;
	// "In some senses this is _____": what "this" is, the quotation does not say either.
	if (
		/\b(?:this|that|it|they|these|those|he|she)\s+(?:is|was|are|were|has|have|had|will|would|can|could)\b/i.test(
			claim.text.slice(at, start)
		)
	)
		return undefined;
	const answer = claim.text.slice(start, end);
	const head = words[words.length - 1]!.normal;
	const rest = claim.text.slice(at, start).toLowerCase();
	if (new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, '')}`, 'u').test(rest)) return undefined;
	return { start, end, answer };
}

/** "doubled", "tripling", "halves": a figure made a multiple of another. */
const multiplied = '(?:doubl|tripl|trebl|quadrupl|halv)(?:e|ed|es|ing)';

/** The distances races are run over: "5,000m", "10,000", "over 1500m", "26.2 miles". */
const raceDistance =
	/^(?:over\s+)?(?:(?:100|200|400|800|1,?500|3,?000|5,?000|10,?000)\s*(?:m|metres|meters)?|26\.2\s+miles|42\.195\s*(?:km|kilometres))$/;

/** The facts one claim offers, each answer a whole constituent of the claim. */
export function slotsOf(claim: Claim, people: readonly Person[]): Slot[] {
	const out: Slot[] = [];
	const add = (s: Omit<Slot, 'id' | 'factKind' | 'weight'> & { weight?: number }) => {
		if (out.some((o) => o.start < s.end && s.start < o.end)) return;
		out.push({
			...s,
			id: factId(claim.text, s.answer),
			factKind: s.position === 'quote' ? 'quote' : factKindOf[s.kind],
			weight: s.weight ?? weightOf(s.kind, s.mention, s.position)
		});
	};
	if (claim.quote) {
		add({
			claim,
			start: 0,
			end: 0,
			answer: claim.quote.speaker.name,
			kind: 'person',
			people: [claim.quote.speaker],
			position: 'quote',
			weight: 0.7
		});
		const said = quotedWords(claim);
		if (said)
			out.push({
				claim,
				...said,
				id: factId(claim.text, said.answer),
				kind: 'thing',
				factKind: 'quote',
				position: 'quote',
				weight: 0.75
			});
		// "“We rescued 45 people in 20 minutes,” the chief said": a figure, a span or a date a
		// speaker gives is a fact the article reports, asked as a gap in the quotation. Places and
		// bodies a speaker names are left: "“Japan and the United States …”" asks the story's own
		// subject, and "closer to China" swapped into a quotation is absurd.
		const quoted = claim.quoted ?? [];
		for (const m of quoted) {
			if (!/^(?:quantity|date|duration)$/.test(m.kind) || m.reference) continue;
			if (quoted.some((o) => o !== m && o.key === m.key)) continue;
			add({
				claim,
				start: m.start,
				end: m.end,
				answer: m.text.replace(/^The /, 'the '),
				kind: m.kind,
				mention: m,
				position: 'adjunct',
				weight: weightOf(m.kind, m, 'adjunct') * 0.8
			});
		}
		return out;
	}
	const clause = claim.clause;
	const text = claim.text;
	// Who did it: the people the subject names, when the subject is only them. "Who did not say
	// whether …?" is true of everyone the article does not quote: never asked.
	if (
		clause &&
		claim.subjectPeople.length &&
		!clause.verb.negative &&
		!/\b(?:declined|refused)\b/.test(clause.verb.text)
	) {
		const subject = clause.subject;
		const words = text.slice(subject.start, subject.end);
		const personMentions = claim.mentions.filter(
			(m) => m.kind === 'person' && within({ start: m.outerStart ?? m.start, end: m.end }, subject)
		);
		// "Prime Minister John Key", "Kishida and Biden": names, titles and "and" only.
		let rest = words;
		for (const m of [...personMentions].reverse())
			rest =
				rest.slice(0, (m.outerStart ?? m.start) - subject.start) +
				rest.slice(m.end - subject.start);
		// "Julian Alaphilippe (Deceuninck-QuickStep)": a team or a party in brackets after a name
		// is no more of the subject than a title before it.
		rest = rest.replace(/\([^()]*\)?/g, '');
		if (/^[\s,]*(?:and[\s,]*)*$/.test(rest))
			add({
				claim,
				start: subject.start,
				end: subject.end,
				answer: joinNames(claim.subjectPeople.map((p) => p.name)),
				kind: 'person',
				people: claim.subjectPeople,
				position: 'subject'
			});
	}
	const counts = new Map<string, number>();
	for (const m of claim.mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
	for (const m of claim.mentions) {
		if (m.reference || (counts.get(m.key) ?? 0) > 1) continue;
		// "the two governments", "the three suspects": a way of referring, not a figure to learn.
		if (
			m.kind === 'quantity' &&
			m.amount?.words &&
			/\bthe\s+$/i.test(text.slice(0, m.start)) &&
			/^(?:leaders|men|women|sides|countries|nations|governments|ministers|presidents|companies|parties|teams|brothers|sisters|sons|daughters|suspects|victims|officials|firms|banks)$/.test(
				m.amount.unit ?? ''
			)
		)
			continue;
		// "the world 5,000 and 10,000m record holder", "even better over 26.2 miles": the standard
		// distances of a race name the event; another is no event at all.
		if (
			raceDistance.test(m.text) &&
			(/26\.2|42\.195/.test(m.text) ||
				/\b(?:\d+m|metres|meters|marathon|race|record|champion|championships?|Olympic|athlete)\b/i.test(
					text
				))
		)
			continue;
		// "the tripling of Grocery Vouchers from S$100 to S$300": either end is the other times
		// three; the arithmetic gives it away.
		if (
			m.kind === 'quantity' &&
			new RegExp(String.raw`\b${multiplied}\b[^.;]{0,60}?\bfrom\b[^.;]{0,60}\bto\b`, 'i').test(
				text
			) &&
			!new RegExp(
				String.raw`\b(?:more than|nearly|almost|about|roughly|over)\s+${multiplied}`,
				'i'
			).test(text) &&
			new RegExp(String.raw`\b${multiplied}\b[^.;]{0,120}$`, 'i').test(text.slice(0, m.start))
		)
			continue;
		// "were reduced to 10 men": how many a side has left, any follower of the game knows.
		if (
			m.kind === 'quantity' &&
			/\breduced to\s+$/i.test(text.slice(0, m.start)) &&
			/^(?:men|players|women)$/.test(m.amount?.unit ?? '')
		)
			continue;
		// A list item and its lead-in share one statement: each asks only about its own words.
		if (claim.sentence.statement && !claim.sentence.text.includes(m.text)) continue;
		const position: Slot['position'] = !clause
			? 'adjunct'
			: within(m, clause.subject)
				? 'subject'
				: clause.object &&
					  (within(m, clause.object) ||
							(m.start <= clause.object.start && m.end > clause.object.start))
					? 'object'
					: 'adjunct';
		const person = m.kind === 'person' ? people.find((p) => p.key === m.key) : undefined;
		if (m.kind === 'person' && !person) continue;
		// "As of 99.18 percent vote counting, …": how far the count had got qualifies the news; it
		// is no news of its own.
		const qualifier = /^\s*As of\s+$/i.test(text.slice(0, m.start));
		add({
			...(qualifier ? { weight: 0.4 } : {}),
			claim,
			start: m.start,
			end: m.end,
			// "The Godfather" is a title: its capital stays.
			answer: isWork(m) ? m.text : m.text.replace(/^The /, 'the '),
			kind: m.kind,
			mention: m,
			...(person ? { people: [person] } : {}),
			position
		});
	}
	// What was done to what: the object noun phrase, when it holds no answer of its own.
	const object = clause?.object;
	if (object) {
		const tokens = claim.parse.tokens.slice(object.first, object.last + 1);
		const content = tokens.filter((t) => !has(t, 'Determiner') && !has(t, 'Pronoun'));
		const plain =
			content.length >= 1 &&
			tokens.length <= 6 &&
			!has(tokens[0], 'Possessive') &&
			!tokens.some((t) => has(t, 'Pronoun') || /^(?:its|their|his|her)$/.test(t.normal)) &&
			!claim.mentions.some((m) => m.start < object.end && object.start < m.end);
		// "the title", "the blaze", "similar bans": too generic or leaning on what came before.
		const generic =
			(content.length < 2 && !content.some((t) => /^\p{Lu}/u.test(t.text))) ||
			tokens.some((t) => /^(?:similar|same|other|such|this|that|these|those)$/.test(t.normal));
		if (plain && !generic)
			add({
				claim,
				start: object.start,
				end: object.end,
				answer: text.slice(object.start, object.end).replace(/^The /, 'the '),
				kind: 'thing',
				position: 'object'
			});
	}
	return out;
}
