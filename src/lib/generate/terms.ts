import type { Claim } from './analyse';
import type { Slot } from './facts';
import { factId } from './facts';
import { contentStems, stemOf } from './lang/en/content-words';
import { functionWords, measureUnits, sayVerbs, timeUnits, vagueNouns } from './lang/en/words';
import { has, type Token } from './parse';

// The word that carries a claim's news when no name, number or date does: "has been classified
// as a vulnerable species" asks "vulnerable", "dropped all restrictions on travel" asks "travel".

export interface TermContext {
	/** Stems of the headline's content words: a word the headline prints is given away. */
	titleStems: ReadonlySet<string>;
	/** In how many of the article's sentences each stem occurs. */
	spread: ReadonlyMap<string, number>;
}

/** Stems by the number of sentences they occur in. */
export function stemSpread(texts: readonly string[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const t of texts) for (const s of contentStems(t)) out.set(s, (out.get(s) ?? 0) + 1);
	return out;
}

const units = new Set([...measureUnits, ...timeUnits]);
/** Words between quotation marks are the speaker's, asked as "Who said …?" if at all. */
const quoted = (text: string, at: number) =>
	(text.slice(0, at).match(/[“”"]/g) ?? []).length % 2 === 1;

const classifying = /(?:al|ic|ary|ian|ive|ous|able|ible|ese|ish|ern)$/;
const lightVerbs = new Set(
	'take make have get give do bear tie draw pay put keep hold mark play'.split(' ')
);

const isNoun = (t: Token | undefined) =>
	!!t && has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'Possessive') && !has(t, 'Value');
const isAdjective = (t: Token | undefined) => !!t && has(t, 'Adjective') && !has(t, 'Noun');
/** Only a space between two words: "travel restrictions" is one compound. */
const joined = (a: Token, b: Token) => a.post === ' ' && b.pre === '';

/**
 * The one word after the main verb whose gap tests the claim: a common noun heading its own
 * phrase (never half of "theft report" or "travel restrictions") or an adjective before its noun,
 * not a vague or general word, not printed in the headline, not elsewhere in the claim, and not a
 * word that is all over the article (a gap any other question fills in).
 */
export function termSlot(claim: Claim, ctx: TermContext): Slot | undefined {
	const clause = claim.clause;
	if (!clause || claim.quote || clause.verb.negative) return undefined;
	// "take the actions", "draw attention", "tie the knot": the verb and noun say one thing.
	if (lightVerbs.has(clause.verb.infinitive.split(' ')[0] ?? '')) return undefined;
	// A quotation running in or out of the claim: its words are the speaker's.
	if ((claim.text.match(/[“”"]/g) ?? []).length % 2 === 1) return undefined;
	const tokens = claim.parse.tokens;
	const stems = claim.parse.tokens.map((t) => stemOf(t.normal));
	let best: { token: Token; score: number; noun: boolean } | undefined;
	const last = Math.min(tokens.length - 1, clause.verb.main + 20);
	for (let i = clause.verb.main + 1; i <= last; i++) {
		const t = tokens[i]!;
		// A clause of its own after a comma or a relative word is another claim's business.
		if (i > clause.verb.main + 1 && /[;:—–]/.test(t.pre + (tokens[i - 1]?.post ?? ''))) break;
		if (!/^\p{Ll}[\p{Ll}-]{4,}$/u.test(t.text)) continue;
		if (functionWords.has(t.normal) || vagueNouns.has(t.normal) || units.has(t.normal)) continue;
		if (quoted(claim.text, t.start)) continue;
		if (claim.mentions.some((m) => m.start < t.end && t.start < m.end)) continue;
		const prev = tokens[i - 1];
		const next = tokens[i + 1];
		const noun = isNoun(t) && !has(t, 'Gerund');
		const adjective = isAdjective(t) && isNoun(next) && joined(t, next!);
		if (!noun && !adjective) continue;
		// "the brunt of", "in support of", "a series of": the news is in what follows.
		if (noun && /^(?:of|to)$/.test(next?.normal ?? '')) continue;
		// "a simple truth", "the largest planet": a judgement or a degree, not a fact; the
		// adjectives that classify ("presidential", "coastal", "vulnerable") are asked.
		if (
			adjective &&
			(has(t, 'Comparative') || has(t, 'Superlative') || !classifying.test(t.normal))
		)
			continue;
		// Half of "restaurants and pubs" is no constituent.
		const after = adjective ? tokens[i + 2] : next;
		if (/^(?:and|or|nor)$/.test(after?.normal ?? '') || /^(?:and|or|nor)$/.test(prev?.normal ?? ''))
			continue;
		if (/\b(?:and|or)\s*$/.test(prev?.post ?? '')) continue;
		// One item of "road accidents, work accidents, drugs, murder" is no fact of its own.
		if (/,/.test(t.post) && /,/.test(prev?.post ?? '')) continue;
		// "the governor said": who tells it, not what is told.
		if (next && sayVerbs.includes(next.normal)) continue;
		if (noun && next && isNoun(next) && joined(t, next)) continue;
		if (noun && prev && isNoun(prev) && joined(prev, t) && !has(prev, 'ProperNoun')) continue;
		// "first responders", "final results": a general word before makes one name of the two.
		if (noun && prev && joined(prev, t) && (vagueNouns.has(prev.normal) || has(prev, 'Ordinal')))
			continue;
		if (adjective && next && tokens[i + 2] && isNoun(tokens[i + 2]) && joined(next, tokens[i + 2]!))
			continue;
		const stem = stems[i]!;
		if (ctx.titleStems.has(stem)) continue;
		if (stems.filter((s) => s === stem).length > 1) continue;
		if ((ctx.spread.get(stem) ?? 0) > 2) continue;
		const inObject = clause.object && t.start >= clause.object.start && t.end <= clause.object.end;
		const score =
			(inObject ? 1 : 0) +
			(adjective ? 0.4 : 0) +
			Math.min(t.text.length, 12) / 12 -
			(i - clause.verb.main) * 0.04;
		if (!best || score > best.score) best = { token: t, score, noun };
	}
	if (!best) return undefined;
	const { token } = best;
	return {
		id: factId(claim.text, token.text),
		claim,
		start: token.start,
		end: token.end,
		answer: token.text,
		kind: 'thing',
		factKind: 'what',
		position: 'object',
		weight: 0.6,
		term: best.noun ? 'noun' : 'adjective'
	};
}
