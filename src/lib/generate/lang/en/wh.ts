import type { EntityKind } from '../../../schema/bank';
import type { Mention } from '../../entities';
import { has, type Parse, type Token } from '../../parse';
import type { Clause } from './clause';
import type { Edit } from './shorten';
import { rewrite } from './shorten';
import { subordinators, vagueQuantifiers } from './words';

/** A slot as the question writer needs it: where the answer is and what it is. */
export interface WhSlot {
	start: number;
	end: number;
	kind: EntityKind;
	position: 'subject' | 'object' | 'adjunct' | 'quote';
	mention?: Mention;
}

const auxiliaries =
	/^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|am|do|does|did)$/;
const singular: Record<string, string> = { were: 'was', are: 'is', have: 'has', do: 'does' };

const properStart = (t: Token | undefined) =>
	!!t &&
	(has(t, 'ProperNoun') ||
		has(t, 'Person') ||
		has(t, 'Place') ||
		has(t, 'Organization') ||
		/^\p{Lu}{2,}/u.test(t.text) ||
		/^\p{Lu}\.(?:\p{Lu}\.)+/u.test(t.text));

/**
 * "Facebook owner Meta", "Labour leader Keir Starmer": a name, its role, a name, whose first
 * capital is the name's, not the sentence's. Not "Police officer John Reyes".
 */
export function nameRoleName(text: string): boolean {
	// "Parts of U.S. 49": a word of grammar between the capitals joins no name to a role.
	const m =
		/^(\p{Lu}\p{Ll}+)\s+(?!(?:of|in|on|at|for|from|to|with|and|or|by|near)\s)\p{Ll}+\s+\p{Lu}/u.exec(
			text
		);
	// "The potential COVID-19 vaccine": a determiner opens no name.
	return !!m && !institutions.test(m[1]!.toLowerCase()) && !lowerable.test(m[1]!.toLowerCase());
}

/** "Police officer John Reyes": words that open a role, never a name. */
const institutions =
	/^(?:police|fire|rescue|security|government|state|army|military|navy|health|hospital|company|party|court|team|club|school|university|city|council|county|border|coast|emergency|aid|union|industry|federal|defence|defense|foreign|finance|prison)$/;

const lowerable =
	/^(?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|the|a|an|this|that|these|those|its|their|his|her|our|some|many|most|several|both|all|each|every|no|other|another|one|two|three|four|five|six|seven|eight|nine|ten|thousands|hundreds|dozens|millions|around|about|nearly|almost|more|over|only|just|at|up|roughly|approximately|some)$/;

/**
 * The subject as it reads inside a question: "the summit talks", "rescuers", but "Falcon Heavy",
 * "SpaceX" and "Musk". A word is lowered only when it is a determiner or a common noun.
 */
function subjectInQuestion(p: Parse, c: Clause, named: readonly number[]): string {
	const text = p.text.slice(c.subject.start, c.subject.end);
	const first = p.tokens[c.subject.first]!;
	const common =
		lowerable.test(first.normal) ||
		(!properStart(first) &&
			!named.includes(first.start) &&
			/^\p{Lu}\p{Ll}+$/u.test(first.text) &&
			(has(first, 'Plural') ||
				has(first, 'Adjective') ||
				(has(first, 'Noun') && !has(first, 'ProperNoun')))) ||
		// "Rescue workers": a capital that was the sentence's, on the first word of a compound.
		(!named.includes(first.start) &&
			/^\p{Lu}\p{Ll}+$/u.test(first.text) &&
			!has(first, 'Person') &&
			!has(first, 'Place') &&
			!first.post.trim() &&
			c.subject.first < c.subject.last &&
			/^\p{Ll}+$/u.test(p.tokens[c.subject.first + 1]!.text) &&
			has(p.tokens[c.subject.first + 1], 'Noun'));
	return common && !nameRoleName(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The verb group's words without the adverbs compromise keeps inside it ("are currently facing"). */
function verbWords(p: Parse, c: Clause): string[] {
	return p.tokens
		.slice(c.verb.first, c.verb.last + 1)
		.filter((t) => !has(t, 'Adverb') || has(t, 'Particle'))
		.map((t) => t.text);
}

/** "did" + "meet", "will" + "meet", "has" + "shaken up": the verb split for a question. */
function inverted(p: Parse, c: Clause): { aux: string; rest: string } | undefined {
	const v = c.verb;
	if (v.negative) return undefined;
	const words = verbWords(p, c);
	if (words.length === 0 || words.some((w) => /^to$/i.test(w))) return undefined;
	if (v.auxiliary) {
		const first = words[0]!.toLowerCase();
		if (!auxiliaries.test(first)) return undefined;
		return { aux: first, rest: words.slice(1).join(' ') };
	}
	if (v.form === 'copula') return undefined;
	if (words.length > 2 || !v.infinitive) return undefined;
	if (v.form === 'simple-past') return { aux: 'did', rest: v.infinitive };
	// "France shut down 24 airports": a singular subject's present would be "shuts"; without the
	// "s" the verb is past.
	if (
		v.form === 'simple-present' &&
		!c.plural &&
		!/s$/.test(words[0]!) &&
		/^(?:shut|put|cut|set|hit|let|cost|hurt|quit|spread|cast|bet|split|burst|upset|shed|beat|read)$/i.test(
			words[0]!
		)
	)
		return { aux: 'did', rest: v.infinitive };
	if (v.form === 'simple-present') return { aux: c.plural ? 'do' : 'does', rest: v.infinitive };
	return undefined;
}

/** Where the clause ends: the first comma, dash or semicolon after `from`, else the full stop. */
function clauseEnd(p: Parse, from: number): number {
	for (let i = 0; i < p.tokens.length; i++) {
		const t = p.tokens[i]!;
		if (t.end <= from) continue;
		if (/[,;:—–]|\s-\s/.test(t.post)) return t.end;
		// "… on an Ariane 5 rocket and weighs …": a second verb of the same subject ends it.
		const next = p.tokens[i + 1];
		if (next && /^(?:and|but)$/.test(next.normal) && p.verbs.some((v) => v.first === i + 2))
			return t.end;
		// "fifteen were injured but railway officials released …": a clause of its own follows.
		if (
			next &&
			/^(?:but|whereas|while)$/.test(next.normal) &&
			p.verbs.some((v) => v.first > i + 2 && v.first <= i + 5)
		)
			return t.end;
	}
	return p.text.replace(/[.!?]+["”’]?\s*$/u, '').length;
}

/** The words after the verb, the asked part and any cut left out. */
function tail(p: Parse, from: number, until: number, remove: readonly Edit[]): string {
	const edits = remove
		.filter((e) => e.end > from && e.start < until)
		.map((e) => ({ start: Math.max(e.start, from), end: Math.min(e.end, until), insert: '' }));
	const text = rewrite(p.text.slice(0, until), [{ start: 0, end: from, insert: '' }, ...edits]);
	// rewrite() opens with a capital; the words after a verb keep the case the article gave them.
	const first = p.text.slice(from).trimStart().charAt(0);
	const lowered =
		first && first === first.toLowerCase()
			? text.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
			: text;
	return lowered.replace(/[.!?]$/, '').trim();
}

const preposition = /\b(on|in|at|by|during|since|for|from)\s+$/i;

function whWord(
	kind: EntityKind,
	prep: string | undefined,
	m: Mention | undefined
): string | undefined {
	switch (kind) {
		case 'weekday':
			return prep === 'on' ? 'On which day' : undefined;
		case 'month':
			return prep === 'in' ? 'In which month' : undefined;
		case 'date':
			if (m?.anchored && /^\d{4}$/.test(m.anchored.iso) && /^\d{4}$/.test(m.text))
				return prep === 'in' ? 'In which year' : undefined;
			return prep === 'on' ? 'On what date' : undefined;
		case 'place':
			return prep === 'in' || prep === 'at' ? 'Where' : undefined;
		case 'duration':
			return prep === 'for' ? 'For how long' : undefined;
		case 'quantity':
			return m?.amount?.unit === 'clock' && prep === 'at' ? 'At what time' : undefined;
		default:
			return undefined;
	}
}

/** The counted noun right after a quantity's number: "people" in "at least 230 people were …". */
function countedNoun(m: Mention | undefined): string | undefined {
	const unit = m?.amount?.unit;
	if (!unit || /^(?:percent|per cent|percentage)/.test(unit) || /^\s*%/.test(m.amount!.suffix))
		return undefined;
	if (m.amount!.suffix.endsWith('-old') || /-/.test(m.amount!.suffix.slice(0, 1))) return undefined;
	// "One man held up a sign": "How many man …?" is not English, and one is no count to ask.
	if (m.amount!.value === 1) return undefined;
	// "The magnitude-8.5 offshore quake": a reading on a scale is no count ("How many magnitude …").
	if (/^(?:magnitude|ordinal|vote|tally|clock)$/.test(unit)) return undefined;
	return unit;
}

/** "Who was elected …?": the verb agrees with one person. */
function whoDid(verb: readonly string[], rest: string): string | undefined {
	const first = verb[0]!.toLowerCase();
	const agreed = [singular[first] ?? verb[0]!, ...verb.slice(1)].join(' ');
	return finish(`Who ${agreed} ${rest}?`);
}

/**
 * "Who …?" of a name that ends the words before the verb: "Liberia's former finance minister
 * Ellen Johnson-Sirleaf, 67, became …", "Hospital chief Ana Ruiz resigned …". Only when nothing
 * before the name is a verb, a list ("Smith and Jones") or another clause, and the name meets the
 * verb directly or after a closing comma (and an age).
 */
function frontedWho(
	p: Parse,
	c: Clause,
	slot: WhSlot,
	end: number,
	cuts: readonly Edit[]
): string | undefined {
	if (c.verb.negative || slot.end > c.verb.start) return undefined;
	if (!/^(?:\s*,\s*\d{1,3})?\s*,?\s*$/.test(p.text.slice(slot.end, c.verb.start))) return undefined;
	const before = p.text.slice(0, slot.start);
	if (before.split(/\s+/).filter(Boolean).length > 10) return undefined;
	if (/\b(?:and|or|with|nor|than)\s*$|\b(?:and|or)\s+\p{Lu}/u.test(before)) return undefined;
	// "After police arrived, Smith …", "Says Smith …": a clause or a verb before the name.
	if (p.tokens.some((t) => t.end <= slot.start && (has(t, 'Verb') || subordinators.has(t.normal))))
		return undefined;
	// "told Smith", "by Smith": a preposition or a verb just before the name makes it no subject.
	if (/\b(?:by|to|of|for|from|told|at|on|in)\s*$/i.test(before)) return undefined;
	// "The sister of victim Ronald Goldman broke out in sobs": the sister did, not Goldman.
	if (/\b(?:of|with|and)\b/i.test(before)) return undefined;
	// "Ray Illingworth’s wife Shirley died …": who she is to him is the fact a bare "Who died …?"
	// would lose (and he may fit it too).
	if (
		/\b(?:wife|husband|widow|widower|partner|son|daughter|mother|father|brother|sister|child|grandson|granddaughter|girlfriend|boyfriend|fiancée?|nephew|niece|uncle|aunt|cousin)\s*$/i.test(
			before
		)
	)
		return undefined;
	const verb = verbWords(p, c);
	if (!verb.length || !wholeClause(p, c.verb.end, end)) return undefined;
	return whoDid(verb, tail(p, c.verb.end, end, cuts));
}

/**
 * Whether the words from `from` to `end` read as one clause's rest: a clause with a pronoun for
 * its subject follows a word that opens it ("… when she was declared …", not "… at Soldier Field
 * he was dancing …"), and no "that" is left without its verb ("told state television that Kuwait").
 */
function wholeClause(p: Parse, from: number, end: number): boolean {
	const inside = p.tokens.filter((t) => t.start >= from && t.end <= end);
	const opener = (t: Token) => subordinators.has(t.normal) || /^(?:that|who|which)$/.test(t.normal);
	for (const v of p.verbs) {
		if (v.start < from || v.end > end) continue;
		// "… at Soldier Field he was dancing": a pronoun opens a clause nothing introduced.
		const subject = p.tokens[v.first - 1];
		if (!subject || !/^(?:he|she|they|it|we|i|you)$/.test(subject.normal)) continue;
		if (!inside.some((t) => t.end <= subject.start && opener(t))) return false;
	}
	const that = [...inside].reverse().find((t) => t.normal === 'that');
	if (that && !p.verbs.some((v) => v.start > that.start && v.end <= end)) return false;
	return true;
}

/** Words in -ing that name a thing, not a doing: "a meeting", "the building". */
const notDoings =
	/^(?:morning|evening|building|meeting|wedding|spring|ceiling|king|ring|thing|nothing|something|anything|everything|funding|training|ruling|hearing|landing|bombing|shooting|opening|ending|beginning|offering|spending|housing|clothing|feeling|during|ceasing|sibling|darling|pudding|string|wing|sting|swing|bring|sing)$/;

function finish(question: string): string | undefined {
	const q = question
		.replace(/\s+/g, ' ')
		.replace(/\s+([,?])/g, '$1')
		.trim();
	const words = q.split(' ').length;
	if (words < 4 || words > 30 || /[“”"!]/.test(q)) return undefined;
	// "… who has mastered?": a verb left without the object a comma cut away.
	if (/\b(?:who|which|that)\s+(?:has|have|had)\s+\p{Ll}+ed\s*[?.]?$/u.test(q)) return undefined;
	// "… how many have died 16 are in critical condition?": a second clause run into the first.
	if (/\b\p{Ll}+\s+\d[\d,.]*\s+(?:are|is|was|were|have|has|had|remain|remained)\b/u.test(q))
		return undefined;
	// "Who was seen walking unaided folding?": a list of doings cut after its first item.
	const last = /\b(\p{Ll}+ing)[,.]?\?$/u.exec(q)?.[1];
	if (last && /\b\p{Ll}+ing\s+(?:\p{Ll}+\s+)?\p{Ll}+ing[,.]?\?$/u.test(q) && !notDoings.test(last))
		return undefined;
	return q.replace(/[.,;:]?\?$/, '?').replace(/([^?])$/, '$1?');
}

/**
 * A question that asks for the slot: "How many people were killed after the quake struck
 * central Mexico?", "What does Japan plan to buy from the United States?", "Where did the two
 * leaders meet?". Undefined when the clause does not allow a clean one.
 */
export function whQuestion(
	p: Parse,
	c: Clause,
	slot: WhSlot,
	cuts: readonly Edit[],
	/** Where the sentence's names start: they keep their capitals. */
	named: readonly number[] = [],
	/** The sentence's places, so "Where" is asked only of the one place in the clause. */
	places: readonly { start: number; end: number }[] = []
): string | undefined {
	// "‘Visions’ by Norah Jones won …": a title in quotation marks as the subject is no subject
	// a question can carry.
	if (/[‘“"']/.test(p.text.slice(Math.max(0, c.subject.start - 1), c.subject.start + 1)))
		return undefined;
	// "about 50 volunteers, staff and contracted people": the count is of the whole list.
	if (
		slot.kind === 'quantity' &&
		/^,\s+[\p{Ll}\s-]+(?:,\s+[\p{Ll}\s-]+)*,?\s+and\s+/u.test(p.text.slice(slot.end))
	)
		return undefined;
	const afterVerb = c.chain ? c.chain.end : c.verb.end;
	const end = clauseEnd(p, afterVerb);
	const between = (a: number, b: number) =>
		p.tokens
			.filter((t) => t.start >= a && t.end <= b)
			.some((t) => subordinators.has(t.normal) && t.normal !== 'that');
	if (slot.position === 'subject') {
		if (slot.start !== c.subject.start && slot.kind === 'person')
			return frontedWho(p, c, slot, end, cuts);
		if (slot.start !== c.subject.start && !(slot.kind === 'quantity')) return undefined;
		const verb = verbWords(p, c);
		if (!verb.length || c.verb.negative) return undefined;
		const rest = tail(p, c.verb.end, end, cuts);
		if (slot.kind === 'person') {
			if (slot.start !== c.subject.start || slot.end !== c.subject.end)
				return frontedWho(p, c, slot, end, cuts);
			return wholeClause(p, c.verb.end, end) ? whoDid(verb, rest) : undefined;
		}
		// "Eight were pulled from the building": the number is the whole subject.
		if (
			slot.kind === 'quantity' &&
			slot.start === c.subject.start &&
			slot.end === c.subject.end &&
			!slot.mention?.amount?.unit &&
			// "about £2.9 million is back pay" is no count: "How many is …" is not English.
			!/[$€£¥]|%|percent/.test(p.text.slice(slot.start, slot.end))
		)
			return finish(`How many ${verb.join(' ')} ${rest}?`);
		if (slot.kind === 'quantity' && slot.mention?.amount) {
			// "At least 230 people were killed": the amount opens the subject.
			const lead = p.text.slice(c.subject.start, slot.start).trim();
			if (lead && !/^(?:the|a|an|only|just)$/i.test(lead)) return undefined;
			const noun = countedNoun(slot.mention);
			if (!noun) return undefined;
			const unitAt = p.text.indexOf(noun, slot.start);
			if (unitAt < 0 || unitAt >= slot.end + 1) return undefined;
			const subjectRest = p.text.slice(slot.end, c.subject.end).trim();
			return finish(
				`How many ${noun}${subjectRest ? ` ${subjectRest}` : ''} ${verb.join(' ')} ${rest}?`
			);
		}
		return undefined;
	}
	// "Liberia's “Iron Lady,” former Finance Minister Ellen Johnson-Sirleaf, became …": the name
	// ends a subject of titles and descriptions that compromise read as something else.
	if (slot.kind === 'person' && slot.end <= c.verb.start) return frontedWho(p, c, slot, end, cuts);
	if (slot.start < afterVerb || slot.end > end) return undefined;
	const inv = inverted(p, c);
	if (!inv) return undefined;
	const subject = subjectInQuestion(p, c, named);
	if (/^(?:he|she|it|they|this|that|these|those|i|we|you)\b/i.test(subject)) return undefined;
	// "What did two in particular suffer?": a subject with no noun of its own.
	const nouns = p.tokens
		.slice(c.subject.first, c.subject.last + 1)
		.filter((t) => has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'Value'));
	if (nouns.length === 0 || nouns.every((t) => vagueQuantifiers.has(t.normal))) return undefined;
	// A subject that ends on a verb or a preposition ("the ban on smoking in enclose") was misread.
	const lastWord = p.tokens[c.subject.last]!;
	if (!has(lastWord, 'Noun') && !has(lastWord, 'Value')) return undefined;
	// "the population … has gone up" with "has" read into the subject: "did … has go up".
	if (/\b(?:has|have|had|is|are|was|were|will|would)$/i.test(subject)) return undefined;
	const head = `${inv.aux} ${subject} ${inv.rest}${c.chain ? ` ${p.text.slice(c.chain.start, c.chain.end)}` : ''}`;
	// A second finite verb after the answer ("… onlookers gathered to watch the occasion was")
	// means the clause was misread.
	const misread = p.verbs.some(
		(v) =>
			v.first > c.verb.last &&
			v.start >= slot.end &&
			v.end <= end &&
			(v.form === 'copula' || v.form === 'simple-past' || !!v.auxiliary) &&
			!has(p.tokens[v.first], 'Gerund') &&
			p.tokens[v.first - 1]?.normal !== 'to'
	);
	if (misread) return undefined;
	// "killed at least 19 people": the hedge may stand before the object compromise found.
	const objectStart =
		c.object && slot.start <= c.object.start && slot.end > c.object.start ? c.object.start : -1;
	if (
		slot.position === 'object' &&
		c.object &&
		(slot.start === c.object.start || objectStart >= 0)
	) {
		const rest = tail(p, c.object.end, end, cuts);
		// "destroy a tower block": a noun right after the object means the phrase was cut short;
		// "won the best film prize at …": so does any word that is no preposition, conjunction or
		// adverb ("prize" read as a verb).
		const after = p.tokens.find((t) => t.start >= c.object!.end);
		if (
			after &&
			after.start - c.object.end <= 1 &&
			!/[,;:.]/.test(p.text.slice(c.object.end, after.start)) &&
			((has(after, 'Noun') && !has(after, 'Pronoun')) ||
				(/^\p{Ll}+$/u.test(after.text) &&
					!has(after, 'Preposition') &&
					!has(after, 'Conjunction') &&
					!has(after, 'Adverb') &&
					!has(after, 'Determiner') &&
					!/^(?:to|that|which|who|as|than|and|or|but)$/.test(after.normal)))
		)
			return undefined;
		// "the largest deforestation rates in the world": the phrase after a superlative is its own.
		if (
			/^(?:in|on|of|among)\b/.test(rest) &&
			p.tokens.slice(c.object.first, c.object.last + 1).some((t) => has(t, 'Superlative'))
		)
			return undefined;
		// "Scientists also discovered the world's smallest wallaby, a pair of new imperial pigeons
		// … and a giant woolly rat": the first of a list is not what was discovered, and after
		// "also" the article has named other things before.
		if (
			(slot.kind === 'thing' || slot.kind === 'person') &&
			(/^,\s+[^,.;:]{1,80}(?:,|\s+and\s)/u.test(p.text.slice(c.object.end)) ||
				/\balso\b/i.test(p.text.slice(c.subject.end, c.verb.end)))
		)
			return undefined;
		// "brought in Singh, JMM’s Shibu Soren and …": one name of a list is not who was brought.
		if (slot.kind === 'person' && /^\s*(?:,\s*|\s+and\s+)\p{Lu}/u.test(p.text.slice(slot.end)))
			return undefined;
		if (slot.kind === 'person' && slot.end === c.object.end) return finish(`Who ${head} ${rest}?`);
		// "proposed fee hikes of up to 11.5 percent": an "of" phrase is the object's own.
		if (slot.kind === 'thing' && /^of\b/.test(rest)) return undefined;
		// A long tail after the object usually belongs to it ("the revision at the end of …").
		// "a resolution imposing additional sanctions on North Korea": the phrase after a participle
		// is the participle's, not the verb's.
		if (
			slot.kind === 'thing' &&
			/^(?:on|in|at|to|for|from|against|with|of|over)\b/.test(rest) &&
			p.tokens
				.slice(c.object.first + 1, c.object.last + 1)
				.some((t) => has(t, 'Gerund') || (!has(t, 'Noun') && /\p{Ll}{3}ing$/u.test(t.normal)))
		)
			return undefined;
		if (slot.kind === 'thing' && slot.end === c.object.end && rest.split(/\s+/).length <= 8)
			return finish(`What ${head} ${rest}?`);
		if (slot.kind === 'quantity') {
			const noun = countedNoun(slot.mention);
			if (!noun) return undefined;
			// "Government voted 130 votes": "How many votes did … vote?" asks the verb of itself.
			if (noun.toLowerCase().startsWith(c.verb.infinitive.toLowerCase())) return undefined;
			const after = p.text.slice(slot.end, c.object.end).trim();
			// "two forums regarding the boundaries and numerous listening sessions": the object
			// goes on past the counted thing.
			if (/\band\b/.test(after)) return undefined;
			return finish(
				`How many ${noun}${after ? ` ${after}` : ''} ${head} ${tail(p, c.object.end, end, cuts)}?`
			);
		}
		if (slot.kind === 'duration' && /^(?:last|take|run|continue)$/.test(c.verb.infinitive))
			return finish(`How long ${head} ${rest}?`);
		return undefined;
	}
	if (slot.position === 'object') return undefined;
	// An adjunct: "on Friday", "in Hiroshima", "for three years".
	const before = p.text.slice(afterVerb, slot.start);
	if (between(afterVerb, slot.start)) return undefined;
	// "Europe will see it this year and Asia in 2008": after "and" the phrase may be another's.
	if (/\band\b/.test(before)) return undefined;
	// "agreed to work … at the talks to be held in Hiroshima": the phrase belongs to a later verb.
	if (p.verbs.some((v) => v.first > c.verb.last && v.start >= afterVerb && v.end <= slot.start))
		return undefined;
	// "moved up a day in preparation for a possible landing on Tuesday", "gathered … ahead of
	// elections in July": the time is the landing's or the vote's, not when the verb happened.
	if (
		/\b(?:for|of|to|before|after|ahead of)\s+(?:(?:an?|the|its|their|his|her|a possible|the planned|the scheduled)\s+)?(?:[\p{L}-]+\s+)?(?:landing|launch|meeting|hearing|trial|vote|election|summit|talks|visit|return|arrival|departure|match|game|race|ceremony|sentencing|deadline|release|opening|debate|referendum|poll)s?\s+(?:on|in|at|during)\s+$/iu.test(
			before
		)
	)
		return undefined;
	const prep = preposition.exec(before);
	if (
		slot.kind === 'duration' &&
		!prep &&
		/^(?:last|take|run|continue)$/.test(c.verb.infinitive) &&
		!before.trim()
	)
		return finish(`How long ${head} ${tail(p, slot.end, end, cuts)}?`);
	const word = whWord(slot.kind, prep?.[1]?.toLowerCase(), slot.mention);
	if (!word) return undefined;
	// The phrase must end the clause or be followed by another phrase, not sit inside a noun phrase.
	const after = p.text.slice(slot.end, end);
	if (!/^(?:\s*$|\s+(?:on|in|at|after|before|for|from|to|with|during)\s)/.test(after))
		return undefined;
	const removeFrom = prep ? slot.start - prep[0].length : slot.start;
	const rest = tail(p, afterVerb, end, [...cuts, { start: removeFrom, end: slot.end, insert: '' }]);
	// "Where is the painting being kept at the Van Gogh Museum?": a named building left in the
	// question says where already.
	if (
		slot.kind === 'place' &&
		/\b(?:at|in|inside|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/u.test(
			rest
		)
	)
		return undefined;
	// "Where did they meet at the White House?": another place left in the question.
	if (
		slot.kind === 'place' &&
		places.some((x) => x.start !== slot.start && x.start >= afterVerb && x.end <= end)
	)
		return undefined;
	return finish(`${word} ${head} ${rest}?`);
}
