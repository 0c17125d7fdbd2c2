import { ordinalDigits } from '../distractors/numbers';
import nlp from 'compromise';
import type { Question } from '../../schema/bank';
import type { Claim } from '../analyse';
import type { Slot } from '../facts';
import { passive } from '../lang/en/clause';
import { contentStems } from '../lang/en/content-words';
import { countries, demonyms } from '../lang/en/gazetteer';
import { rewrite, type Edit } from '../lang/en/shorten';
import { saysAn } from '../lang/en/a-or-an';
import {
	comparatives,
	findingVerbs,
	opinionVerbs,
	oppositeVerbs,
	ordinals,
	sayVerbs as sayVerbList
} from '../lang/en/words';
import { has } from '../parse';
import { escapeRegExp, findWord, normalize } from '../text';
import { hash32 } from '../../util/hash';
import {
	attributed,
	cutsOf,
	explanation,
	questionId,
	tidyQuotes,
	type BuildContext,
	type Candidate
} from './build';
import { headlineSays, unresolvedSubject, vagueReference } from './giveaways';

// True and false statements about a claim: restated, one word swapped, or its verb denied.

const demonymCache = new WeakMap<BuildContext, string[]>();

/** The nationalities the article itself names, worked out once an article. */
function demonymsOf(ctx: BuildContext): string[] {
	let found = demonymCache.get(ctx);
	if (!found) {
		const text = [...ctx.statements].join(' ');
		found = demonyms.filter((d) => findWord(text, d.toLowerCase()) >= 0);
		demonymCache.set(ctx, found);
	}
	return found;
}

/**
 * A false statement made by changing one word of the claim to a neighbour the article rules
 * out: "second" for "third", "Belgian" for "Australian" (a nationality the article names). Never
 * "not", and never a word inside a quotation. An opposite ("rose" for "fell") is made apart, by
 * reversedStatement, only where nothing else in the sentence gives the direction away.
 */
/** Things that come in ranks or in turn: a "first" of them has a second. */
const rankedNouns =
	/^(?:time|place|win|victory|title|goal|term|season|half|round|stage|leg|period|game|match|woman|man|person|player|team|country|nation|state|city|company|president|minister|female|black|film|album|book|single|novel|century|hat-trick|medal|gold|case|death|quarter|year|month|week|day|major|grand)$/;

export function swappedStatement(
	claim: Claim,
	slot: Slot,
	ctx: BuildContext
): Candidate | undefined {
	if (unresolvedSubject(claim) || vagueReference(claim, ctx.title, ctx.body) || claim.quote)
		return undefined;
	const cuts = cutsOf(claim, true);
	const kept = (start: number, end: number) => !cuts.some((c) => c.start < end && start < c.end);
	const outsideQuotes = (at: number) =>
		(claim.text.slice(0, at).match(/[“”"]/g)?.length ?? 0) % 2 === 0;
	const articleDemonyms = demonymsOf(ctx);
	const seed = hash32(`${slot.id}|swap`);
	for (const t of claim.parse.tokens) {
		if (!kept(t.start, t.end) || !outsideQuotes(t.start)) continue;
		const word = t.text;
		const lower = word.toLowerCase();
		let replacement: string | undefined;
		// "the third straight year": the second or the fourth, never a zeroth; not in "first-ever",
		// and not beside another ordinal ("second place …, third …"), which would read as nonsense.
		const ordinal = ordinals.indexOf(lower);
		const otherOrdinals = claim.parse.tokens.filter(
			(x) => x !== t && ordinals.includes(x.normal)
		).length;
		// "first responders", "was first declared", "the first years of": an ordinal that counts
		// nothing here; only "the first fantasy film", "the third straight year" are swapped.
		const next = claim.parse.tokens[claim.parse.tokens.indexOf(t) + 1];
		const counts =
			(!next ||
				/[.,;]/.test(t.post) ||
				next.normal === 'to' ||
				((has(next, 'Noun') || has(next, 'Adjective')) && !has(next, 'Verb'))) &&
			!/^(?:responders?|aid|lady|class|half|quarter|years|days|months|weeks|hand)$/.test(
				next?.normal ?? ''
			) &&
			/^(?:the|its|his|her|their|a)$/.test(
				claim.parse.tokens[claim.parse.tokens.indexOf(t) - 1]?.normal ?? ''
			) &&
			// "light from the first stars": first of many is "earliest", and no "second stars" exist;
			// nor is there "one of the second MPs".
			!(next && (has(next, 'Plural') || /^\p{Lu}{2,}s$/u.test(next.text))) &&
			claim.parse.tokens[claim.parse.tokens.indexOf(t) - 2]?.normal !== 'of';
		// "London patient becomes 2nd …": a rank the headline gives is no rank to change.
		const titled =
			ordinal >= 0 && headlineSays(ctx.title, [lower, ordinalDigits(ordinal + 1)], true);
		// "the second year in a row" is never "the first year in a row", and "his first credited
		// debut" has no second: a run starts at two, and a debut is a first already.
		const after = claim.parse.tokens
			.slice(claim.parse.tokens.indexOf(t) + 1, claim.parse.tokens.indexOf(t) + 5)
			.map((x) => x.normal)
			.join(' ');
		const run = /\b(?:in a row|straight|consecutive|successive|running)\b/.test(after);
		// "The first day jitters", "at first glance": a first that is an idiom has no second.
		const first = /\b(?:debut|debuts|ever|jitters|nerves|impressions?|glance|sight)\b/.test(after);
		// "the second fastest marathon time" is never "the first fastest": a rank before a
		// superlative moves down, not up.
		const superlative = !!next && (has(next, 'Superlative') || /^\p{Ll}{3,}est$/u.test(next.text));
		// "The first trap was set at the top of the hill": a "second trap" the article never
		// mentions is neither true nor false. A first is turned only when the article counts
		// further ones of the same thing, or the thing is one that comes in ranks.
		const sequel =
			ordinal !== 0 ||
			!next ||
			rankedNouns.test(next.normal) ||
			new RegExp(`\\b(?:second|third|2nd|3rd)\\s+${escapeRegExp(next.normal)}`, 'i').test(
				ctx.body ?? ''
			);
		if (
			!replacement &&
			ordinal >= 0 &&
			!titled &&
			counts &&
			!first &&
			sequel &&
			has(t, 'Value') &&
			!t.post.startsWith('-') &&
			!otherOrdinals
		)
			replacement =
				ordinals[
					ordinal === 0 || (seed & 1) === 1 || ((run || superlative) && ordinal === 1)
						? ordinal + 1
						: ordinal - 1
				];
		// "The Australian had been told …": a nationality standing for a person is no adjective to swap.
		const asNoun = !has(claim.parse.tokens[claim.parse.tokens.indexOf(t) + 1], 'Noun');
		// "a sign in Spanish reading …": a language, which no other nationality stands for.
		const language = claim.parse.tokens[claim.parse.tokens.indexOf(t) - 1]?.normal === 'in';
		// "American Samoa", "the British Museum": a nationality inside a name is the name's.
		// …but "the Israeli Prime Minister" is a role: its nationality is the fact.
		const nextWord = claim.parse.tokens[claim.parse.tokens.indexOf(t) + 1]?.text ?? '';
		const inName = /^\p{Lu}/u.test(nextWord) && !roleWords.test(nextWord);
		// "North American release", "Latin American music": a region, not a nationality.
		const region =
			/^(?:north|south|east|west|central|latin|southeast|northeast|southwest|northwest)$/.test(
				claim.parse.tokens[claim.parse.tokens.indexOf(t) - 1]?.normal ?? ''
			);
		// "French director Julia Ducournau …" under "French director Julia Ducournau becomes …".
		const headlined = headlineSays(ctx.title, [word]);
		if (
			!replacement &&
			demonyms.includes(word) &&
			!asNoun &&
			!language &&
			!inName &&
			!region &&
			!headlined
		) {
			// "China opposed a Japanese plan" → never "a Chinese plan": no nationality of a country
			// the sentence names.
			const named = (d: string) =>
				countries.some(([n, dn]) => dn === d && findWord(claim.sentence.text, n) >= 0);
			const other = articleDemonyms.filter(
				(d) => d !== word && !claim.sentence.text.includes(d) && !named(d)
			);
			replacement = other[seed % Math.max(1, other.length)];
		}
		if (!replacement) continue;
		if (headlineStatement(claim, ctx)) return undefined;
		if (/^\p{Lu}/u.test(word) && !demonyms.includes(word))
			replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
		// "waved an Indian flag" → "a Russian flag": the article before follows the new word.
		const before = claim.parse.tokens[claim.parse.tokens.indexOf(t) - 1];
		if (
			before &&
			/^(?:a|an)$/.test(before.normal) &&
			saysAn(replacement) !== (before.normal === 'an')
		)
			continue;
		const statement = tidyQuotes(
			attributed(
				claim,
				rewrite(claim.text, [...cuts, { start: t.start, end: t.end, insert: replacement }])
			)
		);
		if (ctx.statements.has(normalize(statement)) || /\bnot\b/.test(replacement)) continue;
		if (statement.split(/\s+/).length > 40) continue;
		return statementCandidate(slot, ctx, statement, 'false', false, 0.8);
	}
	return undefined;
}

const sayVerbs = new Set([...sayVerbList, 'say', 'tell', 'add', 'report', 'announce', 'confirm']);
const auxiliaries = /^(?:is|are|was|were|has|have|had|will|would|can|must|does|do|did|am)$/i;

/**
 * A false statement for a claim nothing can be swapped in: its main verb denied, "The death
 * toll is expected to rise" → "The death toll is not expected to rise". Only plain claims: no
 * negation, modal of possibility, amount, quantifier or quotation of their own, and no verb
 * of saying, so the denial is clearly false by the article and reads as English.
 */
/** Words that open a role after a nationality: "the Israeli Prime Minister". */
const roleWords =
	/^(?:Prime|President|Vice|Foreign|Defence|Defense|Finance|Interior|Home|Minister|Chancellor|Ambassador|Embassy|Government|Parliament|Army|Navy|Air|Coast|Police|Premier|King|Queen|Prince|Princess)$/;

export function negatedStatement(
	claim: Claim,
	slot: Slot,
	ctx: BuildContext
): Candidate | undefined {
	const c = claim.clause;
	if (
		!c ||
		claim.quote ||
		unresolvedSubject(claim) ||
		vagueReference(claim, ctx.title, ctx.body) ||
		headlineStatement(claim, ctx) ||
		// "has not increased … despite a wider market downturn": a denial the "despite" undoes.
		/\b(?:despite|in spite of)\b/i.test(claim.text)
	)
		return undefined;
	if (c.verb.negative || /[“”"‘’]|``|''/.test(claim.sentence.text)) return undefined;
	// "An Air France Concorde did not crash outside Paris" under "Concorde Crash Near Paris":
	// denying the story's own event is given away by the headline and the lead.
	if (claim.sentence.index === 0 || titleShare(claim, ctx) >= 0.5) return undefined;
	// "At least a dozen people were not injured", "were not barely recognizable", "will not then
	// have to wait": a hedge or an adverb the denial would sit beside reads as nonsense.
	if (
		/\b(?:at least|at most|more than|fewer than|less than|dozens?|hundreds|thousands|millions|scores of)\b/i.test(
			claim.text.slice(0, c.verb.start)
		) ||
		/\b(?:barely|hardly|scarcely|then|almost|nearly|largely|mostly|partly|rarely|seldom|merely|simply|once|sometimes|often|usually|always|occasionally|frequently|generally|typically|still)\b/i.test(
			claim.text.slice(Math.max(0, c.verb.start - 12), c.verb.end + 12)
		) ||
		// "will not probably call": a guess denied is no clear statement.
		/\b(?:probably|likely|possibly|perhaps|reportedly|apparently|allegedly|expected)\b/i.test(
			claim.text.slice(c.verb.start, c.verb.end + 14)
		) ||
		// "There was not jubilation but …", "To Mr Clinton's did not leave stood …": an
		// existential or a subject read out of an inverted sentence makes no denial.
		/^there$/i.test(claim.text.slice(c.subject.start, c.subject.end)) ||
		// "Please stay indoors": a request is no statement to deny.
		/^(?:[“"]\s*)?please\b/i.test(claim.text) ||
		/['’]s?$/.test(claim.text.slice(c.subject.start, c.subject.end)) ||
		// "Mahut did not win more, 502-478": a comparison or a score denied is no statement.
		/^\s*(?:more|less|fewer|most|least)\b/i.test(claim.text.slice(c.verb.end)) ||
		/\b\d+-\d+\b/.test(claim.text.slice(c.verb.end))
	)
		return undefined;
	// "Davis was not principal of the school": who or what someone is, denied, says nothing; nor
	// "The suspects are not Rafiu Adebayo, Taiwo Omotayo …".
	if (
		/^(?:is|are|was|were)$/i.test(c.verb.text) &&
		(/^\s*(?:\p{Lu}|the\s+\p{Lu})/u.test(claim.text.slice(c.verb.end)) ||
			has(claim.parse.tokens[c.verb.main + 1], 'Noun') ||
			(has(claim.parse.tokens[c.verb.main + 1], 'Determiner') &&
				has(claim.parse.tokens[c.verb.main + 2], 'Noun')))
	)
		return undefined;
	// "James Caan was not 82": an age or a figure the verb only links is denied by no one.
	if (
		/^\s*(?:about\s+|around\s+)?\d[\d,.]*(?:\s+years?\s+old)?\s*[.!?]?$/.test(
			claim.text.slice(c.verb.end)
		)
	)
		return undefined;
	// "state-run Chennai Petroleum shut its refinery" after "suspended operations on Wednesday":
	// "shut" reads as present or past; its denial would guess the tense.
	if (
		/^(?:shut|put|cut|set|hit|let|cost|hurt|spread|quit|bet|cast|burst|split|read|beat)$/.test(
			c.verb.text.toLowerCase()
		)
	)
		return undefined;
	// "an unknown number of people are not unaccounted for": a word of "un-" already denies.
	if (
		/\bun(?:accounted|known|clear|identified|confirmed|able|likely|certain|disclosed|specified|named|harmed|hurt|injured)\b/i.test(
			claim.text
		)
	)
		return undefined;
	// "did not … few people", "was not little known": a word that already denies.
	if (
		/\b(?:not|no|never|nothing|none|nobody|only|neither|nor|without|n't|few|little)\b/i.test(
			claim.text
		)
	)
		return undefined;
	const p = claim.parse;
	const subject = p.tokens.slice(c.subject.first, c.subject.last + 1);
	if (
		subject.some(
			(t) =>
				has(t, 'Value') ||
				/^(?:some|many|most|few|several|all|each|every|any|both|just|everyone|everybody|everything|nobody|no-one|someone|somebody|anyone|anybody)$/.test(
					t.normal
				)
		)
	)
		return undefined;
	const first = p.tokens[c.verb.first]!;
	// "The capsized vessel has now been declared …": a participle after "the" describes a noun;
	// it is no verb to deny.
	if (
		/^(?:the|a|an|this|that|these|those|its|their|his|her|our)$/.test(
			p.tokens[c.verb.first - 1]?.normal ?? ''
		)
	)
		return undefined;
	// "By yesterday word had spread": a subject opening with a preposition was misread.
	if (has(p.tokens[c.subject.first], 'Preposition')) return undefined;
	// "had spread" read as "had" + object: a verb after "have" is its participle.
	if (/^(?:has|have|had)$/i.test(first.text) && has(p.tokens[c.verb.last + 1], 'Verb'))
		return undefined;
	if (sayVerbs.has(c.verb.infinitive) || /^(?:may|might|could|should|can)$/i.test(first.text))
		return undefined;
	// "Initial indications did not suggest …", "Reporters did not describe …", "were not that the
	// evacuation saved lives", "did not find that …": what someone reads into something, or a
	// finding put as a clause, denied is no clear statement.
	const after = claim.text.slice(c.verb.end);
	if (
		opinionVerbs.includes(c.verb.infinitive) ||
		(/^\s*that\b/i.test(after) &&
			(findingVerbs.includes(c.verb.infinitive) ||
				/^(?:be|is|are|was|were)$/.test(c.verb.infinitive)))
	)
		return undefined;
	// "look like" read as the verb "like": the denial would land inside the phrase.
	// "The triumph does not mean …": what something means is read, not denied.
	if (/^(?:like|look|seem|appear|mean)$/.test(c.verb.infinitive) || first.normal === 'like')
		return undefined;
	const verbWords = p.tokens.slice(c.verb.first, c.verb.last + 1);
	// "was … has been": two finite verbs, a misread clause; "The team's research, carried out
	// through …, was published": a comma before the verb, an aside read as the verb.
	if (verbWords.filter((t) => auxiliaries.test(t.text)).length > 2) return undefined;
	if (
		/^(?:was|were|is|are)$/i.test(first.text) &&
		verbWords.some((t) => /^(?:has|have|had)$/i.test(t.text))
	)
		return undefined;
	if (/,/.test(p.text.slice(c.subject.end, c.verb.start))) return undefined;
	// "Sabarkantha police and health departments have launched …": a noun read as the verb, the
	// real one later with its auxiliary and no comma between.
	if (
		p.verbs.some(
			(v) =>
				v.first > c.verb.last + 1 &&
				!!v.auxiliary &&
				/^(?:has|have|had|is|are|was|were|will)\b/i.test(v.auxiliary) &&
				!/[,;:—–]/.test(p.text.slice(c.verb.end, v.start)) &&
				!p.tokens
					.slice(c.verb.last + 1, v.first)
					.some((t) =>
						/^(?:that|which|who|whom|whose|when|where|if|because|as|after|before|while|since|until)$/.test(
							t.normal
						)
					)
		)
	)
		return undefined;
	// "even the floor boards retain their creaks": a noun read as the verb, the real verb after
	// it; the denial would land on the noun. After "even" or "only" no denial reads right.
	if (/^(?:even|only|just|also)\b/i.test(claim.text.slice(c.subject.start))) return undefined;
	// "Official results declared so far also point to …": a participle read as the verb, the real
	// one after "so far".
	if (/^\s+so far\s+(?![,.;])\S/.test(claim.text.slice(c.verb.end))) return undefined;
	// "There were fears the scale …": an existential, however its clause was read, has nothing
	// to deny.
	if (/^there\s+(?:is|are|was|were|has|have|had|will|would|could|may|might)\b/i.test(claim.text))
		return undefined;
	const next = p.tokens[c.verb.last + 1];
	// "The Harvey and Waroona dams all supply farms": a noun read as the verb, a floating "all"
	// before the real one.
	const beyond = p.tokens[c.verb.last + 2];
	if (
		next &&
		/^(?:all|both|each)$/.test(next.normal) &&
		beyond &&
		!has(beyond, 'Determiner') &&
		!/^(?:of|the|his|her|its|their|our)$/.test(beyond.normal)
	)
		return undefined;
	// "The BAFTA nominated actor was born …": a participle before its noun, the real verb right
	// after that noun.
	if (
		next &&
		has(next, 'Noun') &&
		!next.post.trim() &&
		beyond &&
		/^(?:is|are|was|were|has|have|had|will)$/.test(beyond.normal)
	)
		return undefined;
	if (
		next &&
		has(next, 'Verb') &&
		!has(next, 'Gerund') &&
		!has(next, 'Participle') &&
		!has(next, 'Noun') &&
		!has(next, 'Adjective') &&
		!/^(?:to|be|been|being)$/.test(next.normal)
	)
		return undefined;
	// "took a photo of the plate, later giving it to deputies", "will pay for that, with payment
	// due last week": what follows the comma goes on from the act the denial would undo.
	if (
		/,\s+(?:(?:later|then|before|after|afterwards|eventually)\s+)?(?:\p{Ll}+ing|with)\b/u.test(
			after
		)
	)
		return undefined;
	// "has … become" read from "become": the auxiliary before the group is the verb's own.
	if (
		auxiliaries.test(p.tokens[c.verb.first - 1]?.text ?? '') ||
		auxiliaries.test(p.tokens[c.verb.last + 1]?.text ?? '')
	)
		return undefined;
	// "tore copies … and staged a walkout": a second verb the denial would not reach.
	if (
		p.verbs.some(
			(v) =>
				v.first > c.verb.last &&
				(/^(?:and|but)$/.test(p.tokens[v.first - 1]?.normal ?? '') ||
					// "will not remain free on bond … but is facing": the "but" clause stays affirmed.
					p.tokens.slice(c.verb.last + 1, v.first).some((t) => t.normal === 'but'))
		)
	)
		return undefined;
	// "is also", "was still", "already have", "had to", "then withdrew": the denial would sit on
	// the wrong word.
	const around = p.tokens.slice(Math.max(0, c.verb.first - 1), c.verb.last + 2);
	if (
		around.some((t) =>
			/^(?:also|still|already|even|yet|now|just|always|ever|to|then|again)$/.test(t.normal)
		)
	)
		return undefined;
	// "Haaland did not find the back of the net again": "not … again" says he had never done so.
	if (p.tokens.slice(c.verb.last + 1).some((t) => t.normal === 'again')) return undefined;
	// "did not sit back in his seat, then embraced his daughter", "did not remove Sehwag, to
	// reduce India to 31-2", "did not crash outside Paris, slamming into a hotel": what the
	// sentence goes on to say after a comma stays affirmed and the denial reads as nonsense.
	const comma = p.tokens.findIndex((t, i) => i >= c.verb.last && /,\s*$/.test(t.post ?? ''));
	if (comma >= 0 && p.verbs.some((v) => v.first > comma)) return undefined;
	// "The board unanimously did not approve", "both did not give", "Maxwell separately does not
	// face": a word before the verb the denial would split from it.
	const beforeVerb = p.tokens[c.verb.first - 1];
	if (
		beforeVerb &&
		(has(beforeVerb, 'Adverb') || /^(?:both|all|each|jointly|separately)$/.test(beforeVerb.normal))
	)
		return undefined;
	// "Scientific does not research …": a subject with no noun, name or pronoun was misread.
	if (!subject.some((t) => has(t, 'Noun') || has(t, 'Pronoun') || has(t, 'ProperNoun')))
		return undefined;
	const mainOnly =
		c.verb.first === c.verb.main ||
		verbWords.slice(1).every((t) => has(t, 'Particle') || has(t, 'Adverb'));
	// "Scientific research into …", "Ibrahim … store at the port": a word that is also a noun,
	// read as the verb, makes nonsense once denied.
	if (mainOnly && has(first, 'Noun')) return undefined;
	let edit: Edit;
	if (
		auxiliaries.test(first.text) &&
		!(mainOnly && /^(?:has|have|had|does|do|did)$/i.test(first.text))
	)
		edit = { start: first.end, end: first.end, insert: ' not' };
	else if (mainOnly) {
		const base = /^(?:has|have|had)$/i.test(first.text)
			? 'have'
			: c.verb.infinitive.split(/\s+/)[0];
		if (!base || !/^\p{Ll}+$/u.test(base)) return undefined;
		const aux =
			has(first, 'PastTense') || first.normal === 'had'
				? 'did'
				: has(first, 'PresentTense') || /^(?:has|have)$/.test(first.normal)
					? first.normal === 'have' || c.plural
						? 'do'
						: 'does'
					: '';
		if (!aux) return undefined;
		edit = { start: first.start, end: first.end, insert: `${aux} not ${base}` };
	} else return undefined;
	const cuts = cutsOf(claim, true).filter((x) => !(x.start < edit.end && edit.start < x.end));
	const statement = tidyQuotes(attributed(claim, rewrite(claim.text, [...cuts, edit])));
	const length = statement.split(/\s+/).length;
	if (length > 30 || length < 5) return undefined;
	const candidate = statementCandidate(slot, ctx, statement, 'false', false, 0.6);
	return { ...candidate, negated: true };
}

/** The share of the headline's words a claim repeats. */
function titleShare(claim: Claim, ctx: BuildContext, text = claim.text): number {
	const words = [...contentStems(text)];
	const title = contentStems(ctx.title);
	if (title.size < 2) return 0;
	return [...title].filter((w) => words.includes(w)).length / title.size;
}

/**
 * A statement that says little more than the headline: the headline gives it away. "The World
 * Health Organization, in a rare move, has issued a warning against traveling to Hong Kong …
 * because of a deadly outbreak of a mysterious flu-like illness called SARS" repeats the
 * headline's words but tells more, and is asked.
 */
function headlineStatement(claim: Claim, ctx: BuildContext): boolean {
	if (titleShare(claim, ctx) < 0.6) return false;
	return beyondTitle(claim, ctx) < 5;
}

/** Whether the headline says all a statement says, but for one word and who said it. */
function withinTitle(statement: string, title: string): boolean {
	// "died" and "dies", "age" and "aged" are one word here.
	const loose = (w: string) => w.replace(/y$/, 'i').replace(/e$/, '');
	const heading = new Set([...contentStems(title)].map(loose));
	const words = [...contentStems(statement)].filter((w) => !reporting.test(w)).map(loose);
	return words.length >= 4 && words.filter((w) => !heading.has(w)).length <= 1;
}

/** Who said it and how roughly: words that add nothing the headline leaves open. */
const reporting =
	/^(?:say|said|tell|told|offici|accord|report|near|almost|about|around|rough|record|also)/;

/** How many content words the claim says that the headline does not, beyond who said it. */
function beyondTitle(claim: Claim, ctx: BuildContext, text = claim.text): number {
	const title = contentStems(ctx.title);
	return [...contentStems(text)].filter((w) => !title.has(w) && !reporting.test(w)).length;
}

/**
 * The past participle of a verb: "taken" for "take", else its past form when regular
 * ("cleared"); empty when neither is known ("mistook" read as its own infinitive).
 */
function participle(infinitive: string, past: string): string {
	const forms = nlp(infinitive).verbs().conjugate()[0] as
		{ Participle?: string; PastTense?: string } | undefined;
	const done = forms?.Participle ?? forms?.PastTense ?? past;
	return forms?.Participle || /ed$/i.test(done) || sameParticiple.has(done.toLowerCase())
		? done
		: '';
}
/** Irregular verbs whose past and participle are one word: "was won", "was held". */
const sameParticiple = new Set(
	'won held told found made paid sold built left met led kept brought bought caught taught sent spent lost heard fed read hit hurt set put cut struck stuck hung dug spun sat stood understood laid shot fought sought'.split(
		' '
	)
);

/**
 * The claim restated in other words, true by the article: in the passive ("Pistorius was cleared
 * by Judge Masipa …"), or an apposition made a sentence ("Manish Kumar is an official with the
 * state of Bihar"). A sentence merely copied or cut short is no restatement: none is made then.
 */
export function trueStatement(claim: Claim, slot: Slot, ctx: BuildContext): Candidate | undefined {
	// "Takata agreed to double a recall … to nearly 34 million vehicles" under "Takata US airbag
	// recall doubled to 34 m vehicles": whatever else it says, the headline makes it true.
	if (
		unresolvedSubject(claim) ||
		vagueReference(claim, ctx.title, ctx.body) ||
		headlineStatement(claim, ctx)
	)
		return undefined;
	let restated = claim.restated;
	if (!restated && claim.clause && !/[“”"‘]/.test(claim.text)) {
		const keep = claim.mentions.some(
			(m) => (m.outerStart ?? m.start) === claim.clause!.subject.start && m.kind !== 'quantity'
		);
		restated = passive(claim.parse, claim.clause, participle, keep);
		// "70 percent was reached by turnout …": a figure made the subject reads as a table row;
		// "Little trouble was encountered by Zverev": so does a quantifier made the subject.
		if (restated && /^(?:\d|(?:Little|No|Few|Nothing|None|Any|Some|Much|Many)\b)/.test(restated))
			restated = undefined;
		// "Addressing the nation …, magnanimity was shown by Weah": a participle opening the
		// sentence needs its doer as the subject after it.
		if (restated && /^\p{Lu}\p{Ll}+ing\b[^,]*,/u.test(claim.text)) restated = undefined;
	}
	// "Arguably the greatest driver to ever compete in the sport.": an infinitive is no verb of a
	// statement.
	const c = claim.clause;
	if (c && /\bto\s+(?:\p{Ll}+ly\s+|ever\s+|never\s+)?$/u.test(claim.text.slice(0, c.verb.start)))
		return undefined;
	// "Most expensive music draw yet: alternative rock and reggae band 311.", "stubbornly high
	// mortgage rates keeping buyers out": no clause of its own, no claim to state.
	if (
		!claim.parse.verbs.length ||
		(!claim.clause &&
			!claim.restated &&
			!claim.resolutions.length &&
			claim.text !== claim.sentence.text)
	)
		return undefined;
	// "“The services … are all incredibly valuable.”": words with no speaker are nobody's claim.
	if (/^[“"‘][^]*[”"’]\.?$/.test(claim.text.trim())) return undefined;
	const cuts = [...cutsOf(claim, true)];
	// "A deal was reached with district officials Friday evening.": when it happened, last in
	// the sentence, is no part of what a true statement needs to hold.
	const when = trailingTime.exec(claim.text);
	// "available for pre-orders starting Thursday": the time is what "starting" needs.
	if (
		when &&
		!/\b(?:starting|beginning|from|until|till|through|since|by|before|after)$/i.test(
			claim.text.slice(0, when.index)
		) &&
		!cuts.some((x) => x.start < claim.text.length && x.end > when.index)
	)
		cuts.push({ start: when.index, end: when.index + when[1]!.length, insert: '' });
	const shortened = rewrite(claim.text, cuts);
	// Shortened to its core: at least three words of the sentence left out.
	const dropped = claim.sentence.text.split(/\s+/).length - shortened.split(/\s+/).length;
	const statement = tidyQuotes(attributed(claim, restated ?? shortened));
	// "Five days later, the UN Security Council approved a resolution imposing additional
	// sanctions on North Korea" under "North Korea Nuclear Test": the headline's words, but eight
	// things more that it does not make true.
	if (titleShare(claim, ctx, statement) >= 0.5 && beyondTitle(claim, ctx, statement) < 8)
		return undefined;
	// "According to his family, British actor Joss Ackland has died at the age of 95" under
	// "Actor Joss Ackland … dies aged 95, family says": a long headline holding all the statement
	// says but one word makes it true.
	if (withinTitle(statement, ctx.title)) return undefined;
	const length = statement.split(/\s+/).length;
	// "SpaceX has done it again.": too short to hold a fact.
	if (length > 35 || length < 5) return undefined;
	const verbatim = !restated && dropped < 3;
	// "The verdict was read out in court." from a sentence three times as long: what is left
	// is a fragment true of anything.
	const kept = statement.split(/\s+/).length / claim.sentence.text.split(/\s+/).length;
	if (!restated && length < 9 && kept < 0.5) return undefined;
	return statementCandidate(
		slot,
		ctx,
		statement,
		'true',
		verbatim,
		verbatim ? 0.5 : restated ? 0.9 : 0.8
	);
}

/** A time that ends a sentence: " on Friday evening", " last week", " on Sept. 27". */
const trailingTime =
	/(\s+(?:(?:on|early|late|last|this|next)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|next)\s+(?:week|weekend|month|year|fall|autumn|spring|summer|winter)|yesterday|today|tonight))[.!]?["”’]?\s*$/u;

/** A true/false item on a claim: keyed by its form, its id following its wording. */
function statementCandidate(
	slot: Slot,
	ctx: BuildContext,
	statement: string,
	form: 'true' | 'false',
	verbatim: boolean,
	quality: number
): Candidate {
	const claim = slot.claim;
	const id = questionId(slot, form, statement);
	return {
		question: {
			id,
			type: 'true_false',
			prompt: statement,
			answer: form === 'true' ? 'True' : 'False',
			options: ['True', 'False'],
			accept: [],
			factId: slot.id,
			source: { start: claim.sentence.start, end: claim.sentence.end },
			explanation: explanation(slot, ctx.published)
		} as Question,
		slot,
		form,
		answerKey: `tf:${id}`,
		verbatim,
		quality
	};
}

/** Each verb the article may write, and the one that says the opposite happened. */
const opposite = new Map<string, string>();
for (const [a, b, way] of oppositeVerbs) {
	opposite.set(a, b);
	if (way === 'both') opposite.set(b, a);
}

/**
 * The clause of a claim whose event may be turned the other way for a false statement: one of
 * its own (no quotation), stated (not denied), saying who or what without leaning on a sentence
 * before, and not the headline's own.
 */
function turnable(claim: Claim, ctx: BuildContext): Claim['clause'] {
	const c = claim.clause;
	if (
		!c ||
		claim.quote ||
		c.verb.negative ||
		unresolvedSubject(claim) ||
		vagueReference(claim, ctx.title, ctx.body) ||
		headlineStatement(claim, ctx)
	)
		return undefined;
	return c;
}

/**
 * "Attendance dropped 7 percent" → "Attendance rose 7 percent": the claim's event turned the
 * other way, a false statement about what happened where no figure, name or place can be
 * swapped, and one a reader of the article can rule out. Never on a sentence that goes on to
 * say why ("fell as demand weakened", "rose but …"): its own words would give the direction
 * away. Never on the headline's own event, which the headline gives away.
 */
export function reversedStatement(
	claim: Claim,
	slot: Slot,
	ctx: BuildContext
): Candidate | undefined {
	const c = turnable(claim, ctx);
	if (!c) return undefined;
	if (/[“”"‘’]|``|''/.test(claim.sentence.text)) return undefined;
	const p = claim.parse;
	const verb = p.tokens[c.verb.main];
	if (!verb) return undefined;
	const word = verb.text.toLowerCase();
	const other = opposite.get(word);
	if (!other) return undefined;
	// "beats" → "loses to": a phrase stands only for a verb with no helper before it.
	if (/\s/.test(other) && c.verb.first !== c.verb.main) return undefined;
	// "opened fire", "ended up", "closed in on": an idiom, not the event turned round.
	const next = p.tokens[c.verb.main + 1]?.normal ?? '';
	if (/^(?:fire|up|in|out|off|down|over)$/.test(next)) return undefined;
	// The sentence, not only the claim: "dropped … as the roof was repaired" read as two claims
	// still explains the drop.
	const sentence = claim.sentence.text;
	const at = findWord(sentence, verb.text);
	const after = `${claim.text.slice(verb.end)} ${at >= 0 ? sentence.slice(at + verb.text.length) : sentence}`;
	if (
		/\b(?:not|no|never|n't|without|neither|nor)\b/i.test(claim.text) ||
		/\b(?:as|because|after|amid|despite|since|due to|thanks to|but|while|although|though|even|compared|than|from|versus)\b/i.test(
			after
		) ||
		// "defeated Benneteau … to win the Malaysian Open": a loss that wins nothing.
		/\bto\s+(?:win|claim|clinch|lift|take|secure|seal|book|reach|advance|retain|defend)\b/i.test(
			after
		)
	)
		return undefined;
	// The headline's own event, either way round, is given away by the headline.
	const stem = (w: string) => w.replace(/(?:ed|es|s|en|n)$/, '').slice(0, 5);
	const title = ctx.title.toLowerCase();
	if ([word, other].some((w) => title.includes(stem(w)))) return undefined;
	const cased = /^\p{Lu}/u.test(verb.text) ? other.charAt(0).toUpperCase() + other.slice(1) : other;
	const edit: Edit = { start: verb.start, end: verb.end, insert: cased };
	const cuts = cutsOf(claim, true).filter((x) => !(x.start < edit.end && edit.start < x.end));
	const statement = tidyQuotes(attributed(claim, rewrite(claim.text, [...cuts, edit])));
	const length = statement.split(/\s+/).length;
	if (length > 26 || length < 5) return undefined;
	return statementCandidate(slot, ctx, statement, 'false', false, 0.75);
}

/**
 * "Patients with kidney cancer ate more meat than the others" → "… ate less meat …": a finding
 * turned the other way, false by the article, where no figure or name can be swapped. Only a
 * claim with one comparative, outside quotations, that no number follows ("more than 20") and
 * that the headline does not state either way.
 */
export function comparedStatement(
	claim: Claim,
	slot: Slot,
	ctx: BuildContext
): Candidate | undefined {
	const c = turnable(claim, ctx);
	if (!c) return undefined;
	if (/[“”"‘]|``|''/.test(claim.sentence.text)) return undefined;
	if (/\b(?:not|no|never|n't|without|neither|nor)\b/i.test(claim.text)) return undefined;
	// "has increased by more than 51 per cent … despite a wider market downturn": turned round,
	// the "despite" says which way it went.
	if (/\b(?:despite|in spite of|even as)\b/i.test(claim.sentence.text)) return undefined;
	// A finding: what a study, a survey or a comparison showed. "cooperation leads to a better
	// future" turned round is absurd, not false.
	if (
		!/\b(?:than|compared (?:to|with)|found|finds|find|showed|shows|linked|links|associated|studies|study|research|researchers|survey|analysis)\b/i.test(
			claim.text
		)
	)
		return undefined;
	const found = [
		...claim.text.matchAll(
			new RegExp(`\\b(${Object.keys(comparatives).join('|')})\\b(?=\\s+(\\S+))`, 'giu')
		)
	].filter(
		(m) =>
			// "more than 20 people", "higher than 5 percent", "more of": a figure's hedge or a share.
			!/^(?:than|of|and|or|to|\d)/i.test(m[2]!) &&
			!/^\d/.test(m[2]!) &&
			// "the lower house", "Lower Manhattan": a name, not a comparison.
			!/^\p{Lu}/u.test(m[1]!) &&
			!/^(?:house|chamber|court|courts|body|level|levels|end|part|half|reaches|classes|class|education|income|ground)\b/i.test(
				m[2]!
			)
	);
	if (found.length !== 1) return undefined;
	const m = found[0]!;
	const word = m[1]!.toLowerCase();
	// "more" before a plural is "fewer"; before anything else "less".
	let other = comparatives[word]!;
	if (word === 'more' && /^\p{Ll}+[^s\W]s$/u.test(m[2]!)) other = 'fewer';
	// "more" as an adverb of time ("no more", "any more") or a verb's object ("want more"): a
	// comparison needs what is compared after it.
	if (/^(?:more|less|fewer)$/.test(word) && !/^\p{Ll}/u.test(m[2]!)) return undefined;
	// The headline's word either way gives the direction away.
	const title = ctx.title.toLowerCase();
	if ([word, other].some((w) => new RegExp(`\\b${w}\\b`).test(title))) return undefined;
	const edit: Edit = { start: m.index!, end: m.index! + m[1]!.length, insert: other };
	const cuts = cutsOf(claim, true).filter((x) => !(x.start < edit.end && edit.start < x.end));
	// A cut that takes the comparative away leaves nothing turned.
	if (cutsOf(claim, true).some((x) => x.start <= edit.start && edit.end <= x.end)) return undefined;
	const statement = tidyQuotes(attributed(claim, rewrite(claim.text, [...cuts, edit])));
	const length = statement.split(/\s+/).length;
	if (length > 30 || length < 5) return undefined;
	if (ctx.statements.has(normalize(statement))) return undefined;
	return statementCandidate(slot, ctx, statement, 'false', false, 0.75);
}
