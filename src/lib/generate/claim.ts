import { findMentions, type Mention, type Person } from './entities';
import { mainClause, type Clause } from './lang/en/clause';
import { tenseNear } from './lang/en/tense';
import { parse, type Parse } from './parse';
import type { Sentence } from './segment';

/**
 * One claim of a sentence, in its own words with references resolved: "Key declared a national
 * emergency" from "He declared a national emergency, giving …". Questions are written from claims.
 */
export interface Claim {
	sentence: Sentence;
	/** The claim's text: the sentence, or the clause a speaker is reported to have said. */
	text: string;
	/** Who the article says made the claim ("officials", "Prime Minister John Key"). */
	source?: string;
	sourcePeople: Person[];
	/** A quotation with a known speaker: asked as "Who said …?"; its own figures are in `quoted`. */
	quote?: { text: string; speaker: Person };
	mentions: Mention[];
	/** What a quotation's own words name (figures, places), where they stand in `text`. */
	quoted?: Mention[];
	parse: Parse;
	clause?: Clause;
	/** The people the clause's subject names. */
	subjectPeople: Person[];
	/** Notes for explanations: "“He” refers to John Key." */
	resolutions: string[];
	/** Its speaker is a pronoun no earlier sentence explains: nothing about it stands alone. */
	unresolved?: boolean;
	/** The sentence before it, for what "the agreement" or "the book" may refer back to. */
	previous?: string;
	/** The claim in other words than the article's, when it was built from an apposition. */
	restated?: string;
}

export interface AnalyseContext {
	people: Person[];
	published: string;
	/** Sentences inside a quotation that runs over several, by index: who said them, and the words. */
	quoted?: ReadonlyMap<number, { speaker: string; words: string }>;
	/** The place a dateline names ("L’Aquila"), and the block it opens. */
	dateline?: { block: number; place: string };
	/** The article's title: the person it names is the one the article is about. */
	title?: string;
}

export function peopleIn(mentions: Mention[], people: Person[]): Person[] {
	const out: Person[] = [];
	for (const m of mentions)
		if (m.kind === 'person') {
			const p = people.find((x) => x.key === m.key);
			if (p && !out.includes(p)) out.push(p);
		}
	return out;
}

export function find(text: string, ctx: AnalyseContext, tokens?: Parse['tokens']): Mention[] {
	return findMentions(text, {
		people: ctx.people,
		published: ctx.published,
		tense: (i) => tenseNear(text, i),
		...(tokens ? { tokens } : {})
	});
}

/** The one person a short source names ("Prime Minister John Key", "Key"), if exactly one. */
export function speakerOf(text: string, ctx: AnalyseContext): Person | undefined {
	const people = peopleIn(find(text, ctx), ctx.people);
	return people.length === 1 ? people[0] : undefined;
}

/**
 * Pieces that are not statements: "How they've changed over time." (half of "estimate numbers
 * and how they've changed"), "Concorde has been part of my life and." (a line cut short).
 */
export function fragment(text: string): boolean {
	const bare = text.replace(/[.!?]+["”’]?\s*$/u, '');
	if (/\b(?:and|or|but|because|of|the|a|an|to|with|that)$/i.test(bare)) return true;
	// "Satellite use, among other things.": the tail of a list, cut from its verb.
	if (/^[^,]{1,40},\s+among other things$/i.test(bare)) return true;
	// "For $299 at 64GB, $399 for 128 GB.": prices and sizes with no verb state nothing.
	if (!/[“”"]/.test(bare) && /^(?:For|At|With|In|From|And|Plus)\s/.test(bare)) {
		if (!parse(bare).verbs.length) return true;
	}
	// "When they played in January, Murray had not broken …": a time clause before a main one.
	if (
		/^when\b[^,]{3,},\s+\S/i.test(bare) &&
		completeClause(parse(bare.slice(bare.indexOf(',') + 1)))
	)
		return false;
	return /^(?:how|what|why|whether|where|when|which)\b/i.test(bare) && !/\?["”’]?\s*$/u.test(text);
}

export function buildClaim(
	sentence: Sentence,
	text: string,
	ctx: AnalyseContext,
	from: Pick<Claim, 'source' | 'sourcePeople' | 'quote' | 'resolutions' | 'unresolved'>
): Claim {
	const parsed = parse(text);
	const mentions = find(text, ctx, parsed.tokens);
	const clause = from.quote ? undefined : mainClause(parsed);
	const inSubject = clause
		? mentions.filter(
				(m) => (m.outerStart ?? m.start) >= clause.subject.start && m.end <= clause.subject.end
			)
		: [];
	// "Pistorius’s uncle Arnold said": the subject is the uncle, not the one whose uncle he is.
	const possessor = (m: Mention) =>
		/^[’']s\b/.test(text.slice(m.end)) &&
		inSubject.some((o) => o.kind === 'person' && o.start > m.end);
	const subjectPeople = peopleIn(
		inSubject.filter((m) => !possessor(m)),
		ctx.people
	);
	// A quotation is claimed whole by the recognisers; its own words are read apart.
	const at = from.quote ? text.indexOf(from.quote.text) : -1;
	const quoted =
		from.quote && at >= 0
			? find(from.quote.text, ctx).map((m) => ({
					...m,
					start: m.start + at,
					end: m.end + at,
					...(m.outerStart !== undefined ? { outerStart: m.outerStart + at } : {})
				}))
			: undefined;
	return {
		sentence,
		text,
		...(from.source ? { source: from.source } : {}),
		sourcePeople: from.sourcePeople,
		...(from.quote ? { quote: from.quote } : {}),
		...(quoted?.length ? { quoted } : {}),
		mentions,
		parse: parsed,
		...(clause ? { clause } : {}),
		subjectPeople,
		resolutions: from.resolutions,
		...(from.unresolved ? { unresolved: true } : {})
	};
}

/** Whether a piece of a sentence is a clause of its own: a subject, a verb, no dangling "while". */
export function completeClause(p: Parse): boolean {
	if (!mainClause(p)) return false;
	for (let i = 0; i < p.tokens.length; i++) {
		if (
			!/^(?:while|as|after|when|because|although|though|since|if|unless|until|whereas|before)$/.test(
				p.tokens[i]!.normal
			)
		)
			continue;
		if (!p.verbs.some((v) => v.first > i)) return false;
	}
	return true;
}
