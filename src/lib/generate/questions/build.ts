import { smallNumbers } from '../lang/en/words';
import { gap, type Question } from '../../schema/bank';
import type { Claim } from '../analyse';
import { formatDay } from '../dates';
import type { Group, Pool } from '../distractors';
import type { Mention, Person } from '../entities';
import type { Slot } from '../facts';
import { fill } from '../lang/en/templates';
import { nameRoleName } from '../lang/en/wh';
import { shorten as shortenText, type Edit } from '../lang/en/shorten';
import { has } from '../parse';
import type { Topic } from '../salience';
import { capitalize, normalize } from '../text';
import { hashHex } from '../../util/hash';

// What every question of a fact shares: its form, its id, its explanation, the claim's cuts.

/** How a candidate asks its fact. */
export type Form =
	| 'wh-choice'
	| 'wh-typed'
	| 'gap-typed'
	| 'gap-choice'
	| 'true'
	| 'false'
	| 'quote-choice'
	| 'quote-typed'
	| 'quote-true'
	| 'quote-false';

/** A question the generator could ask, with what selection needs to weigh it. */
export interface Candidate {
	question: Question;
	slot: Slot;
	form: Form;
	/** Identity of the answer, for keeping any one answer under a share of the bank. */
	answerKey: string;
	/** A true statement that is the article's sentence word for word. */
	verbatim: boolean;
	/** How surely this form reads well, 0–1. */
	quality: number;
	/** A false statement made by denying the claim's verb: the one form that may add "not". */
	negated?: boolean;
}

const shortened = new WeakMap<Claim, Map<boolean, Edit[]>>();

/** The claim's cuts, worked out once a claim: every question of it shortens it the same way. */
function shorten(
	text: string,
	parsed: Claim['parse'],
	clause: Claim['clause'],
	mentions: Claim['mentions'],
	options: { dropLead?: boolean } = {},
	claim?: Claim
): Edit[] {
	if (!claim) return shortenText(text, parsed, clause, mentions, options);
	let byLead = shortened.get(claim);
	if (!byLead) shortened.set(claim, (byLead = new Map()));
	const key = !!options.dropLead;
	let cuts = byLead.get(key);
	if (!cuts) byLead.set(key, (cuts = shortenText(text, parsed, clause, mentions, options)));
	return cuts;
}

/** The claim's cuts, with or without its lead phrase. */
export const cutsOf = (claim: Claim, dropLead: boolean): Edit[] =>
	shorten(claim.text, claim.parse, claim.clause, claim.mentions, { dropLead }, claim);

export interface BuildContext {
	pool: Pool;
	published: string;
	title: string;
	topic: Topic;
	/** Normalised text of every sentence and claim: a false statement must be none of them. */
	statements: ReadonlySet<string>;
	groups: readonly Group[];
	/** Every person the article quotes, for "Who said …?" options. */
	speakers: readonly Person[];
	/** The article's words in capitals ("AIG", "NUT"): an organisation's short name a reader may type. */
	acronyms?: ReadonlySet<string>;
	/** The article's text, for the shorter names it gives a body ("Sea Shepherd"). */
	body?: string;
	/** The dateline's place ("SAN DIEGO", "YANGON, Myanmar"): where the story is, given at its top. */
	dateline?: string;
}

const idSuffix: Record<Form, string> = {
	'wh-choice': 'mcq',
	'wh-typed': 'short',
	'gap-typed': 'cloze',
	'gap-choice': 'choice',
	true: 'tf',
	false: 'tf',
	'quote-choice': 'mcq',
	'quote-typed': 'short',
	'quote-true': 'tf',
	'quote-false': 'tf'
};

/** Ids depend only on the fact's wording and the form, so editing other paragraphs keeps them. */
export function questionId(
	slot: Pick<Slot, 'claim' | 'answer'>,
	form: Form,
	prompt?: string
): string {
	const suffix = idSuffix[form];
	if (suffix === 'tf') return `q-${hashHex(normalize(prompt ?? ''))}-tf`;
	return `q-${hashHex(`${normalize(slot.claim.text)}|${normalize(slot.answer)}`)}-${suffix}`;
}

export function explanation(slot: Slot, published: string): string {
	const s = slot.claim.sentence.text;
	const parts = [
		/^[“"]/.test(s)
			? fill('explanationQuote', { sentence: s })
			: fill('explanation', { sentence: s.replace(/^[“"]|[”"]$/g, '') })
	];
	parts.push(...slot.claim.resolutions);
	const anchored = slot.mention?.anchored;
	if (
		anchored &&
		slot.mention &&
		anchored.label !== slot.mention.text &&
		sureAnchor(slot.mention, published)
	)
		parts.push(
			fill('anchored', {
				text: slot.mention.text,
				label: anchored.label,
				published: formatDay(published)
			})
		);
	if (slot.claim.source && slot.factKind !== 'quote' && slot.factKind !== 'who')
		parts.push(fill('attributed', { source: slot.claim.source }));
	return parts.join(' ');
}

/**
 * Whether a relative date ("on Friday", "in May") points to one day beyond doubt: a weekday
 * named on the publication day itself could be that day or a week away, so it is left as said.
 */
export function sureAnchor(m: Mention, published: string): boolean {
	if (!m.anchored) return false;
	if (m.kind !== 'weekday') return true;
	return m.anchored.iso !== published;
}

/** "The rocket …" opens a sentence; after "According to X," it reads "the rocket …". */
function lowerFirst(claim: Claim, text: string): string {
	const first = claim.parse.tokens[0];
	if (
		claim.mentions.some(
			(m) => (m.outerStart ?? m.start) === 0 && m.kind !== 'quantity' && m.kind !== 'duration'
		)
	)
		return text;
	// "More than 20 years of work …": a hedge or quantifier opening the claim is no name.
	// "Twenty Orange County positions": a number written out is no name either.
	const common =
		!!first &&
		(/^(?:more|over|about|nearly|almost|some|many|most|few|several|around|at|up|only|just|less|fewer|roughly|approximately)$/.test(
			first.normal
		) ||
			(smallNumbers.includes(first.normal) && !/^(?:one|no)$/.test(first.normal)) ||
			// "Detectives saw Gardner …": a plural common noun before its verb is no name.
			(has(first, 'Plural') &&
				has(first, 'Actor') &&
				!has(first, 'ProperNoun') &&
				has(claim.parse.tokens[1], 'Verb')));
	const proper =
		first &&
		!common &&
		(has(first, 'ProperNoun') ||
			has(first, 'Person') ||
			has(first, 'Place') ||
			has(first, 'Organization') ||
			// "U.S. District Judge James Spencer": initials keep their capitals.
			/^\p{Lu}{2,}|^I\b|^\p{Lu}\.(?:\p{Lu}\.)+/u.test(text) ||
			// "Office Depot shareholders": two capitalised words open a name.
			(/^\p{Lu}\p{Ll}+,?\s+\p{Lu}\p{Ll}/u.test(text) &&
				!/^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Each|Every|Some|No|All|Both|In|On|At|For|By|After|Before|During|When|While|Last|Next)\s/.test(
					text
				)) ||
			nameRoleName(text));
	return proper || text.startsWith(gap) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The claim's text with who said it: "According to officials, the storm …". */
export function attributed(claim: Claim, text: string): string {
	// "He managed to get away with _____ in cash." goes on from the commander's quotation: it is
	// asked as his words, "Gerald Lim said: “He managed …”".
	if (
		claim.quote &&
		/[“”"]/.test(claim.sentence.text) &&
		!/[“”"]/.test(text.replace(/["”]\s*$/, '')) &&
		normalize(claim.text.replace(/["”“]/g, '')) ===
			normalize(claim.quote.text.replace(/["”“]/g, ''))
	)
		return fill('saidStatement', {
			speaker: claim.quote.speaker.name,
			quote: `“${text.replace(/["”]\s*$/, '').replace(/([^.!?…])$/, '$1.')}”`
		});
	if (!claim.source) return text;
	// "According to Chin, Denny Chin considered …": a speaker who is the claim's own subject.
	const surname = claim.sourcePeople[0]?.surname;
	if (surname && new RegExp(`^[^,]{0,40}\\b${surname}\\b`).test(text)) return text;
	// "Research In Motion said its earnings jumped 37 percent": a body's "its" is the body that
	// said it, as the article wrote it; "According to Research In Motion, its …" leaves it open.
	// "According to Kim, the world will see … and that he …": a second "that" needs the verb
	// of saying the article gave it.
	// "Target said it expects comparable sales could fall": so is its "it".
	if ((!claim.sourcePeople.length && /^(?:Its|Their|It)\s/.test(text)) || /\band that\s/.test(text))
		return fill('saidOwn', { source: capitalize(claim.source), clause: lowerFirst(claim, text) });
	return fill('according', { source: claim.source, clause: lowerFirst(claim, text) });
}

/** Straight quotes (``…'' and "…") as typewriters wrote them become real quotation marks. */
export function tidyQuotes(text: string): string {
	return (
		text
			.replace(/``/g, '“')
			.replace(/''/g, '”')
			.replace(/"([^"]*)"/g, '“$1”')
			// "down from 769 rhino in in 2018": a word the article typed twice is written once.
			.replace(/\b(in|on|at|of|to|the|a|an|and|for|by|from|with)\s+\1\b/gi, '$1')
	);
}
