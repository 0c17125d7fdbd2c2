import { nameRoleName } from './wh';
import { has, phrase, type Parse, type Phrase, type Token, type VerbGroup } from '../../parse';
import { clauseOnlyVerbs, clauseVerbs, commonSources, skipAdverbs, subordinators } from './words';
import { months, weekdays } from './gazetteer';

/** "… on Rodri": whom an act was done to, by a capital that is no day or month ("on Monday"). */
const onWhom = new RegExp(
	String.raw`^\s*on\s+(?!(?:${[...weekdays, ...months, ...months.map((m) => m.slice(0, 3)), 'Sept'].join('|')})\b)\p{Lu}`,
	'u'
);

/** The main clause of a claim: who or what did what, with what is left after the verb. */
export interface Clause {
	/** An opening phrase before the subject, with its comma ("On Friday, "). */
	lead?: Phrase;
	subject: Phrase;
	verb: VerbGroup;
	/** Adverbs between subject and verb ("also"), dropped in questions. */
	adverbs?: Phrase;
	/** A noun phrase right after the verb (or after "to buy" in "plans to buy"). */
	object?: Phrase;
	/** Token index of "to" + verb between the verb and the object ("plans to buy …"). */
	chain?: Phrase;
	/** Whether the subject is plural ("the two leaders", "Kishida and Biden"). */
	plural: boolean;
}

const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);

/** A finite verb group: not "toppling", not "to buy", not a participle after a noun ("people killed"). */
function finite(p: Parse, v: VerbGroup): boolean {
	const first = p.tokens[v.first]!;
	if (has(first, 'Gerund') && !v.auxiliary) return false;
	if (has(first, 'Infinitive') && !v.auxiliary && p.tokens[v.first - 1]?.normal === 'to')
		return false;
	if (p.tokens[v.first - 1]?.normal === 'to') return false;
	return true;
}

/** Tokens that may make up a subject noun phrase. */
function nominal(t: Token): boolean {
	if (!isWord(t)) return false;
	if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'Adjective')) {
		// "confirmed dead", "the revised figures": participles inside a noun phrase.
		return has(t, 'PastTense') && !t.post.includes(',');
	}
	return true;
}

function pluralSubject(p: Parse, s: Phrase): boolean {
	const words = p.tokens.slice(s.first, s.last + 1);
	if (words.some((t) => t.normal === 'and')) return true;
	// The head is the last word before "of", a comma or the end: "dozens of buildings" is plural,
	// "the head of the agencies" singular.
	let head = words[words.length - 1]!;
	const of = words.findIndex((t) => t.normal === 'of');
	if (of > 0) head = words[of - 1]!;
	if (/^(?:they|we|you|people|police)$/.test(head.normal)) return true;
	return has(head, 'Plural');
}

/**
 * Finds the subject, verb and object of a claim's main clause, or undefined when the claim has
 * no clear one (a fragment, a question, a clause opening with a verb).
 */
export function mainClause(p: Parse): Clause | undefined {
	const tokens = p.tokens;
	if (tokens.length < 3) return undefined;
	let start = 0;
	let lead: Phrase | undefined;
	// "On Friday, …", "In a statement released Tuesday, …", "Regarding Taiwan, …".
	const comma = tokens.findIndex((t) => t.post.includes(','));
	if (comma >= 0 && comma < tokens.length - 3) {
		const opener = tokens[0]!;
		const opens =
			has(opener, 'Preposition') ||
			has(opener, 'Gerund') ||
			// "Founded in 1892, …", but not "United, a unit of UAL Corp., has …": one capitalised
			// word alone before the comma is a name.
			(has(opener, 'PastTense') && has(opener, 'Verb') && comma > 0) ||
			has(opener, 'Adverb') ||
			has(opener, 'Date') ||
			subordinators.has(opener.normal) ||
			// "Five days later, …", "A month ago, …", "Two years earlier, …".
			(comma <= 4 && /^(?:later|earlier|ago|afterwards|afterward)$/.test(tokens[comma]!.normal)) ||
			/^(?:regarding|despite|after|before|during|following|meanwhile|however|earlier|later|separately|having)$/.test(
				opener.normal
			);
		// "Regarding Taiwan, which has faced …, the leaders": the lead runs over its own aside.
		let leadEnd = comma;
		if (/^(?:which|who|whose)$/.test(tokens[comma + 1]?.normal ?? '')) {
			const close = tokens.findIndex((t, i) => i > comma + 1 && t.post.includes(','));
			if (close > 0 && close < tokens.length - 3) leadEnd = close;
		}
		// "When the eight-woman, four-man jury returned …, they pronounced": a clause opened by
		// "when" runs to the comma after its own verb.
		if (
			subordinators.has(opener.normal) &&
			!p.verbs.some((v) => v.first > 0 && v.last <= leadEnd && finite(p, v))
		) {
			const verb = p.verbs.find((v) => v.first > leadEnd && finite(p, v));
			const close = verb ? tokens.findIndex((t, i) => i >= verb.last && t.post.includes(',')) : -1;
			if (close > 0 && close < tokens.length - 3) leadEnd = close;
		}
		if (opens && leadEnd <= 30) {
			lead = phrase(p, 0, leadEnd);
			start = leadEnd + 1;
		}
	}
	let verb = p.verbs.find((v) => v.first > start && finite(p, v));
	if (!verb) return undefined;
	// "The summit talks in Washington lasted …": a plural noun read as a verb, the real verb later.
	if (
		!verb.auxiliary &&
		verb.first === verb.last &&
		/s$/.test(tokens[verb.first]!.normal) &&
		verb.form === 'simple-present'
	) {
		const later = p.verbs.find(
			(v) => v.first > verb!.last && finite(p, v) && v.form !== 'simple-present'
		);
		const between = later ? tokens.slice(verb.last + 1, later.first) : [];
		if (
			later &&
			between.length <= 6 &&
			has(between[0], 'Preposition') &&
			!between.some((w) => w.post.includes(','))
		)
			verb = later;
	}
	// "The company, established in 1892, has been feeling …": a participle opening an aside
	// after the subject is not its verb; the verb comes after the aside.
	if (
		!verb.auxiliary &&
		verb.form === 'simple-past' &&
		verb.first > 0 &&
		tokens[verb.first - 1]!.post.includes(',')
	) {
		const close = tokens.findIndex((t, i) => i >= verb!.first && t.post.includes(','));
		const later =
			close > 0
				? p.verbs.find((v) => v.first > close && v.first <= close + 2 && finite(p, v))
				: undefined;
		if (later) verb = later;
	}
	// "Actor Rod Taylor, who had a decades-long career …, died on Wednesday": the verb of an aside
	// opened by ", who" is the aside's; the main verb comes right after its closing comma.
	if (
		verb.first >= start + 2 &&
		/^(?:who|which)$/.test(tokens[verb.first - 1]!.normal) &&
		tokens[verb.first - 2]!.post.includes(',')
	) {
		const close = tokens.findIndex((t, i) => i >= verb!.first && t.post.includes(','));
		// "who beat Nishikori 2-6, 6-4, 7-6 in the semi-final,": a comma inside a score is no
		// end, and an aside that holds one is left as it was read.
		const later =
			close > 0 && !/\d,\s*\d/.test(p.text.slice(tokens[verb.first]!.start, tokens[close]!.end))
				? p.verbs.find((v) => v.first > close && v.first <= close + 2 && finite(p, v))
				: undefined;
		if (later) verb = later;
	}
	// "A piece of rail found at the site is now being assessed": a participle after the subject
	// with no comma; the verb is the one after its phrase.
	if (!verb.auxiliary && verb.form === 'simple-past' && verb.first > start) {
		// "a video posted by state media also showed …": "by" after it marks the participle.
		const byAgent = tokens[verb.last + 1]?.normal === 'by';
		const later = p.verbs.find(
			(v) =>
				v.first > verb!.last + 1 &&
				v.first <= verb!.last + 8 &&
				finite(p, v) &&
				(byAgent ||
					/^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must)$/.test(
						tokens[v.first]!.normal
					))
		);
		const between = later ? tokens.slice(verb.first, later.first) : [];
		if (
			later &&
			has(between[1], 'Preposition') &&
			!between.some(
				(w) =>
					w.post.includes(',') ||
					/^(?:and|or|but|that|which|who|when|while|as|because|if|than|so)$/.test(w.normal)
			)
		)
			verb = later;
	}
	// "A storm that brought more than an inch of rain … has triggered flash flooding": the verb
	// after "that" is the relative clause's; the main verb is the next finite one with an
	// auxiliary, not joined to it by "and" or a comma. The subject is the noun before "that".
	let relative = -1;
	if (
		verb.first >= start + 2 &&
		/^(?:that|which|who)$/.test(tokens[verb.first - 1]!.normal) &&
		!tokens[verb.first - 2]!.post.includes(',') &&
		has(tokens[verb.first - 2], 'Noun') &&
		!has(tokens[verb.first - 2], 'Pronoun')
	) {
		const main = p.verbs.find(
			(v) =>
				v.first > verb!.last + 1 &&
				v.first <= verb!.last + 20 &&
				finite(p, v) &&
				!!v.auxiliary &&
				/^(?:has|have|had|is|are|was|were|will|would|could|can|may|might)\b/i.test(v.auxiliary) &&
				!/^(?:and|or|but|to|that|which|who)$/.test(tokens[v.first - 1]!.normal) &&
				!tokens[v.first - 1]!.post.includes(',') &&
				!tokens.slice(verb!.last + 1, v.first).some((t) => /[,;:—–(]/.test(t.post))
		);
		if (!main) return undefined;
		relative = verb.first - 1;
		verb = main;
	}
	// "The pioneering rocket firm just pulled": a noun read as an auxiliary; too unsure to ask.
	if (
		verb.auxiliary &&
		!/^(?:(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|am|be|been|being|do|does|did|to|not|n’t|n't)\s*)+$/i.test(
			verb.auxiliary
		)
	)
		return undefined;
	// The subject runs from `start` to the verb, skipping adverbs right before the verb and one
	// appositive between commas ("John Key, the prime minister, said").
	let end = relative > 0 ? relative - 1 : verb.first - 1;
	let adverbs: Phrase | undefined;
	const adverbEnd = end;
	while (end >= start && skipAdverbs.has(tokens[end]!.normal)) end--;
	if (end < adverbEnd) adverbs = phrase(p, end + 1, adverbEnd);
	if (end < start) return undefined;
	// "China on Wednesday opened", "Police yesterday said": the day is no part of the subject.
	if (
		end > start &&
		/^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)$/.test(
			tokens[end]!.normal
		)
	) {
		end--;
		if (end > start && tokens[end]!.normal === 'on') end--;
	}
	let subjectEnd = end;
	const firstComma = tokens.slice(start, end).findIndex((t) => t.post.includes(','));
	if (firstComma >= 0) {
		// "John Key, the prime minister, said", "AST Research Inc. in Irvine, buffeted by slowing
		// sales, Tuesday reported": an aside closing right before the verb (or its day).
		if (tokens[end]!.post.includes(',')) subjectEnd = start + firstComma;
		// "Kishida, Biden and Yoon agreed": a list; any other comma is too complex to ask about.
		else if (!tokens.slice(start, end + 1).some((t) => t.normal === 'and')) return undefined;
	}
	const words = tokens.slice(start, subjectEnd + 1);
	if (words.length === 0 || words.length > 12) return undefined;
	if (!words.every(nominal)) return undefined;
	if (words.some((t) => subordinators.has(t.normal) && t.normal !== 'that')) return undefined;
	if (words.some((t) => t.normal === 'that')) return undefined;
	const subject = phrase(p, start, subjectEnd);
	let object: Phrase | undefined;
	let chain: Phrase | undefined;
	let next = verb.last + 1;
	// "plans to buy X", "agreed to acquire X": the object is the second verb's.
	const to = tokens[next];
	const inner = p.verbs.find((v) => v.first === next + 1);
	if (to?.normal === 'to' && inner && !to.post.includes(',')) {
		chain = phrase(p, next, inner.last);
		next = inner.last + 1;
	}
	if (
		!tokens[verb.last]!.post.includes(',') &&
		!(chain && tokens[chain.last]!.post.includes(','))
	) {
		// "killed at least 19 people": a hedge before the amount is not the object.
		const two = `${tokens[next]?.normal ?? ''} ${tokens[next + 1]?.normal ?? ''}`;
		if (/^(?:at least|more than|less than|fewer than|up to|as many|as much) /.test(`${two} `))
			next += 2;
		else if (
			/^(?:about|around|nearly|almost|some|over|roughly|approximately|only|just)$/.test(
				tokens[next]?.normal ?? ''
			)
		)
			next += 1;
		const np = p.nouns.find((n) => n.first === next);
		if (np && !tokens.slice(np.first, np.last + 1).some((t) => has(t, 'Pronoun'))) {
			// "dozens of buildings", "a state of national emergency": the "of" phrase belongs to it.
			let last = np.last;
			// "passed the package last month": the time is no part of what was passed.
			while (
				last > np.first &&
				(has(tokens[last]!, 'Date') ||
					/^(?:last|next|this|yesterday|today|tomorrow|tonight)$/.test(tokens[last]!.normal) ||
					(/^(?:week|month|year|weekend|night|morning|afternoon|evening|season)$/.test(
						tokens[last]!.normal
					) &&
						/^(?:last|next|this)$/.test(tokens[last - 1]?.normal ?? '')))
			)
				last--;
			const of = tokens[last + 1];
			const after = of?.normal === 'of' ? p.nouns.find((n) => n.first === last + 2) : undefined;
			if (after && !tokens[last]!.post.includes(',')) last = after.last;
			// "the payment of fees and other levies": a second noun phrase joined by "and" is part
			// of the object, unless a verb follows it (a new clause: "… fees and officials said").
			const and = tokens[last + 1];
			const second =
				and?.normal === 'and' && !tokens[last]!.post.includes(',')
					? p.nouns.find((n) => n.first === last + 2)
					: undefined;
			if (
				second &&
				!p.verbs.some((v) => v.first === second.last + 1) &&
				!tokens.slice(second.first, second.last + 1).some((t) => has(t, 'Pronoun'))
			)
				last = second.last;
			object = phrase(p, np.first, last);
		}
	}
	return {
		...(lead ? { lead } : {}),
		subject,
		verb,
		...(adverbs ? { adverbs } : {}),
		...(object ? { object } : {}),
		...(chain ? { chain } : {}),
		plural: pluralSubject(p, subject)
	};
}

const joiners = /^(?:and|but|while|whereas|as|after|when|because|although|though|since|;)$/;

/**
 * Where a sentence holds a second clause with its own subject and verb: "… past 75 as 300
 * people remained missing and rescuers scoured …" splits before "300 people" and "rescuers".
 * Each offset is where a clause's own words start; the joining word before it is left out.
 * Coordinated names ("Kishida and Biden agreed") never split: the left side must have a verb.
 */
export function clauseStarts(p: Parse): { joinStart: number; start: number }[] {
	const out: { joinStart: number; start: number }[] = [];
	const tokens = p.tokens;
	let lastSplit = 0;
	for (let i = 1; i < tokens.length - 2; i++) {
		const t = tokens[i]!;
		const semicolon = tokens[i - 1]!.post.includes(';');
		if (!joiners.test(t.normal) && !semicolon) continue;
		// "the Standard-and-Poor's 500": a joining word inside a hyphenated name joins nothing.
		if (tokens[i - 1]!.post.endsWith('-') || t.post.startsWith('-')) continue;
		const from = semicolon && !joiners.test(t.normal) ? i : i + 1;
		// "an improvement on November's figures, when 47 trusts kept …": a "when" after a time
		// says when, and the clause after it would lose the time it happened in.
		if (
			t.normal === 'when' &&
			tokens
				.slice(Math.max(0, i - 4), i)
				.some(
					(w) =>
						has(w, 'Date') ||
						/^(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:1[89]|20)\d\d)(?:['’]s)?$/.test(
							w.normal
						)
				)
		)
			continue;
		// "if countries honor their commitments, refugee camps would become the exception and a
		// framework would be put in place": the condition holds both sides; split, the second
		// would be stated as fact.
		if (tokens.slice(lastSplit, i).some((w) => /^(?:if|unless)$/.test(w.normal))) continue;
		// The left side needs a finite verb of its own since the last split.
		// "Malala Yousafzai, shot by the Taliban …, and Kailash Satyarthi have received": a
		// participle after a comma is an aside, no verb of the left side's own.
		const leftVerb = p.verbs.some(
			(v) =>
				v.first >= lastSplit &&
				v.last < i &&
				finite(p, v) &&
				!has(tokens[v.first], 'Gerund') &&
				!(!v.auxiliary && tokens[v.first - 1]?.post.includes(','))
		);
		if (!leftVerb) continue;
		// "the festival's biggest and most expensive music draw": two words of one noun phrase.
		if (
			t.normal === 'and' &&
			/^(?:most|more|least|less|very|so)$/.test(tokens[i + 1]?.normal ?? '') &&
			(has(tokens[i - 1], 'Adjective') || has(tokens[i - 1], 'Superlative'))
		)
			continue;
		// "13 men aged between 24 and 59 were held": the two ends of a span are one phrase.
		if (
			t.normal === 'and' &&
			tokens.slice(Math.max(lastSplit, i - 4), i).some((w) => w.normal === 'between') &&
			!tokens.slice(Math.max(lastSplit, i - 4), i).some((w) => w.post.includes(','))
		)
			continue;
		// "the jury found products of the company and two of its subsidiaries infringed …": after a
		// verb of finding or saying, "and" joins the parts of what was found, not two clauses.
		if (
			t.normal === 'and' &&
			!tokens[i - 1]!.post.includes(',') &&
			p.verbs.some(
				(v) =>
					v.first >= lastSplit &&
					v.last < i &&
					clauseVerbs.includes(v.infinitive) &&
					!tokens.slice(v.last + 1, i).some((w) => w.post.includes(','))
			)
		)
			continue;
		// "He ignored a request as the court went into recess and left the courtroom": after "as"
		// or "when", a verb with no subject after "and" may be the main clause's; no split.
		if (
			/^(?:as|when|while)$/.test(t.normal) &&
			tokens
				.slice(i + 1)
				.some(
					(w, k, rest) =>
						w.normal === 'and' && has(rest[k + 1], 'PastTense') && has(rest[k + 1], 'Verb')
				)
		)
			continue;
		// Inside a relative clause ("tourists who had abandoned their hotels after the quake
		// struck …") the joining word belongs to that clause: no split.
		if (tokens.slice(lastSplit, i).some((w) => /^(?:who|which|whom|whose|that)$/.test(w.normal)))
			continue;
		// "Breivik smiled as the verdict was read out": a bare verb before "as" or "when" is told
		// by the clause after it; apart, each half is true of anything.
		if (
			/^(?:as|when|while|after|before|until)$/.test(t.normal) &&
			p.verbs.some((v) => v.last === i - 1)
		)
			continue;
		// "… could have been 3,000 feet underground when the cave-in occurred", "eating dinner
		// while the storm rolled through": a short clause after "when" or "while" with no comma
		// only bounds the one before; apart, it says nothing.
		if (
			/^(?:when|while|as)$/.test(t.normal) &&
			!tokens[i - 1]!.post.includes(',') &&
			tokens.length - (i + 1) < 6
		)
			continue;
		// "The match was 53 seconds old when the Italians scored", "He was 12 when …": a state
		// whose point is the moment after "when".
		if (
			/^(?:as|when|while)$/.test(t.normal) &&
			(has(tokens[i - 1], 'Adjective') || has(tokens[i - 1], 'Value'))
		)
			continue;
		// "the most expansive expansion of marriage since the court struck down …": the clause
		// after "since" bounds the superlative; alone, the left side claims "ever".
		if (
			/^(?:since|until|before|after)$/.test(t.normal) &&
			tokens
				.slice(lastSplit, i)
				.some((w) => has(w, 'Superlative') || /^(?:most|least|first|only|record)$/.test(w.normal))
		)
			continue;
		// "101 years after the Wright brothers flew": a span of time before "after" measures it.
		if (
			/^(?:after|before|since)$/.test(t.normal) &&
			/^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)$/.test(
				tokens[i - 1]!.normal
			)
		)
			continue;
		// "… Laurel Clark, William McCool and Ilan Ramon brought grief": the last name of a list
		// of names is no subject of its own.
		if (
			t.normal === 'and' &&
			has(tokens[i - 1], 'ProperNoun') &&
			!tokens[i - 1]!.post.includes(',') &&
			tokens.slice(lastSplit, i - 1).some((w) => has(w, 'ProperNoun') && w.post.includes(','))
		)
			continue;
		// "the Hull and East Yorkshire Hospitals NHS Trust", "Perrig Quemeneur and Cyril Gautier
		// attacked": "and" between two names joins the names.
		if (
			t.normal === 'and' &&
			/^\p{Lu}/u.test(tokens[i - 1]!.text) &&
			/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') &&
			has(tokens[i - 1], 'ProperNoun') &&
			!tokens[i - 1]!.post.includes(',')
		)
			continue;
		// "had one weakness, and coach Nick Saban and his Alabama Crimson Tide exploited it": the
		// second "and" joins the two subjects the first opened, with no verb between.
		if (t.normal === 'and') {
			let k = i - 1;
			while (k > lastSplit && tokens[k]!.normal !== 'and') k--;
			if (
				k > lastSplit &&
				tokens[k - 1]!.post.includes(',') &&
				// "coach" read as a verb before "Nick Saban" is the name's title.
				!p.verbs.some(
					(v) =>
						v.first > k && v.last < i && !(v.first === k + 1 && has(tokens[k + 2], 'ProperNoun'))
				)
			)
				continue;
		}
		// "five steel and iron companies saw …": a count before a singular word and "and" is
		// still counting the plural noun to come.
		if (
			t.normal === 'and' &&
			/^(?:two|three|four|five|six|seven|eight|nine|ten|\d*[02-9]|\d{2,})$/.test(
				tokens[i - 2]?.normal ?? ''
			) &&
			has(tokens[i - 1], 'Noun') &&
			!has(tokens[i - 1], 'Plural') &&
			!tokens[i - 1]!.post.includes(',')
		)
			continue;
		// "buildings in and around L’Aquila": two prepositions joined lead one phrase.
		if (
			t.normal === 'and' &&
			has(tokens[i - 1], 'Preposition') &&
			has(tokens[i + 1], 'Preposition')
		)
			continue;
		// Each side says something on its own: "The move comes" is no claim. A semicolon always
		// closes a clause: "Ten people were hospitalized; eight others were treated".
		const least = semicolon ? 3 : 5;
		if (i - lastSplit < least || tokens.length - from < least - 1) continue;
		// "Drones operated by the company Flirtey and a full-sized aircraft … delivered": a left
		// side whose only verb is a participle before "by" is a noun phrase, no clause.
		const leftVerbs = p.verbs.filter((v) => v.first >= lastSplit && v.last < i);
		if (
			leftVerbs.length > 0 &&
			leftVerbs.every(
				(v) =>
					!v.auxiliary && /ed$/.test(tokens[v.last]!.normal) && tokens[v.last + 1]?.normal === 'by'
			)
		)
			continue;
		// The right side opens with a short noun phrase and its finite verb.
		const verb = p.verbs.find((v) => v.first > from && finite(p, v));
		if (!verb || verb.first - from > 6 || verb.first === from) continue;
		// "70 people were killed and 3,000 injured": the right side borrows the left's "were";
		// alone it is no sentence.
		const leftPassive = p.verbs.some(
			(v) => v.first >= lastSplit && v.last < i && /\b(?:was|were|is|are|been)\b/.test(v.auxiliary)
		);
		const countOnly = tokens
			.slice(from, verb.first)
			.every(
				(t) => has(t, 'Value') || /^(?:more|than|about|some|nearly|over|at|least)$/.test(t.normal)
			);
		if (leftPassive && countOnly && !verb.auxiliary && /ed$/.test(tokens[verb.first]!.normal))
			continue;
		// "and a child estimated to be 8 years old": a participle after a noun, no verb of a clause.
		if (
			!verb.auxiliary &&
			tokens[verb.last + 1]?.normal === 'to' &&
			/^(?:estimated|believed|thought|said|expected|reported|known|alleged|feared|understood|presumed|due)$/.test(
				tokens[verb.first]!.normal
			)
		)
			continue;
		// "between April and December generating US$10 billion": a participle, and "US$10" read
		// as a verb; no clause.
		if (!verb.auxiliary && has(tokens[verb.first], 'Gerund')) continue;
		if (!/^\p{L}[\p{L}'’-]*$/u.test(tokens[verb.first]!.text)) continue;
		// "in the 42nd and 70th minutes from assists by Elijah Akanni": a word after a preposition
		// is a noun, whatever it was read as.
		if (has(tokens[verb.first - 1], 'Preposition')) continue;
		// "a wider tech sell-off", "a shake-up": a verb and its particle joined are a noun.
		const verbWord = tokens[verb.first]!;
		if (
			verbWord.post === '-' &&
			/^(?:off|up|out|over|in|down|back)$/.test(tokens[verb.first + 1]?.normal ?? '')
		)
			continue;
		if (tokens.slice(from, verb.first).some((w) => has(w, 'Gerund'))) continue;
		const words = tokens.slice(from, verb.first);
		// compromise may keep no comma after a name with an apostrophe ("L’Aquila, snuggled"):
		// the text between the words says where the commas are.
		if (
			!words.every(
				(w, k) =>
					nominal(w) &&
					!p.text.slice(w.end, (words[k + 1] ?? tokens[verb.first]!).start).includes(',')
			)
		)
			continue;
		// "a net recommended decrease to expenditures … and a net recommended increase to
		// revenues": the right side opens as a phrase of the left does; two objects, one verb.
		const opening = p.text.slice(tokens[from]!.start, tokens[verb.first]!.end).toLowerCase();
		if (
			!verb.auxiliary &&
			p.text.slice(tokens[lastSplit]!.start, t.start).toLowerCase().includes(opening)
		)
			continue;
		// "as the previous model and will come in black": the verb belongs to the sentence's subject.
		if (words.some((w) => /^(?:and|or|but|nor)$/.test(w.normal))) continue;
		// A subject opens with a determiner, a name, a noun or a number, never a verb or adjective:
		// "and discussed the decision", "free and open international order based on …".
		const opener = words[0]!;
		if (has(opener, 'Verb') || (has(opener, 'Adjective') && !has(opener, 'Noun'))) continue;
		if (!words.some((w) => has(w, 'Noun') || has(w, 'Pronoun') || has(w, 'Value'))) continue;
		// "such programs as the Artemis mission": a comparison, not a clause.
		if (t.normal === 'as' && tokens.slice(Math.max(0, i - 4), i).some((w) => w.normal === 'such'))
			continue;
		if (words.some((w) => subordinators.has(w.normal))) continue;
		// "as many as", "as well as", "after all": not clauses.
		if (t.normal === 'as' && /^(?:many|much|well|soon|long|far|part)$/.test(tokens[i + 1]!.normal))
			continue;
		// "as a result of", "as a whole": a phrase, not a clause.
		if (
			t.normal === 'as' &&
			tokens[i + 1]?.normal === 'a' &&
			/^(?:result|consequence|whole|rule|matter|precaution|reminder|sign)$/.test(
				tokens[i + 2]?.normal ?? ''
			)
		)
			continue;
		out.push({
			joinStart: semicolon && from === i ? tokens[i - 1]!.end : t.start,
			start: tokens[from]!.start
		});
		lastSplit = from;
	}
	return out;
}

/** Verbs whose object is part of an idiom ("took flight", "made history"): never turned around. */
const light =
	/^(?:have|get|take|make|do|give|go|come|say|tell|let|keep|see|become|seem|remain|pull|put|set|hold)$/;

/** Verbs whose object takes a complement ("declared X the winner", "elected X president"). */
const complemented =
	/^(?:declare|name|elect|appoint|crown|call|deem|consider|vote|dub|label|make|proclaim|rate|rank)$/;

/** Verbs that take no object: what follows them is never turned into a passive subject. */
const intransitive =
	/^(?:occur|happen|arrive|die|fall|rise|go|come|exist|appear|remain|stay|sleep|live|lie|sit|stand|walk|run|fly|travel|grow|climb|jump|drop|surge|soar|plunge|slump|tumble|emerge|erupt|collapse|dawn|last|stroll|wander|march|stride)$/;

/** Verbs of leaving or entering a place or a group: "Guangzhou was left by another train" and
 * "Twitter was quit by Musk" say nobody's fact in the passive. */
const movement = /^(?:leave|quit|depart|flee|exit|board|enter|cross|join|approach|abandon)$/;

/**
 * The claim in the passive: "Judge Masipa cleared Pistorius of firing a pistol" becomes
 * "Pistorius was cleared by Judge Masipa of firing a pistol". A restatement, not a copy: the
 * same fact in other words. Only for a one-word past verb with a plain object.
 */
export function passive(
	p: Parse,
	c: Clause,
	participle: (infinitive: string, past: string) => string,
	keepCapital: boolean
): string | undefined {
	const v = c.verb;
	const o = c.object;
	if (!o || c.chain || v.auxiliary || v.negative || v.form !== 'simple-past' || v.first !== v.last)
		return undefined;
	if (!v.infinitive || light.test(v.infinitive) || /\s/.test(v.infinitive)) return undefined;
	// "occurred 39 miles above the Earth", "rose 5 percent": a measure is no object.
	if (intransitive.test(v.infinitive) || movement.test(v.infinitive)) return undefined;
	// "officials believed the bridge would hold": what is said or believed is a clause, and its
	// subject is no object to turn around.
	if (clauseOnlyVerbs.includes(v.infinitive)) return undefined;
	// "recorded a time of one hour, 59 minutes and 40.2 seconds": an object that goes on after a
	// comma would be cut in two by the passive.
	if (/^,\s*\S/.test(p.text.slice(o.end))) return undefined;
	// "declared Anton Reyes the winner": the object and its complement would come apart in the
	// passive ("declared a state of emergency" turns around).
	const objectTokens = p.tokens.slice(o.first, o.last + 1);
	// "certified Thursday afternoon …", "capsized Tuesday several miles south", "eased past
	// forecasts": a time or a preposition read as the object turns around into nonsense.
	if (
		/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|last|this|next|early|late|past|over|through|by|across|around|into|onto|up|down|off|out|back|away)$/.test(
			objectTokens[0]?.normal ?? ''
		)
	)
		return undefined;
	// "performed the night before for nearly as many": a time, not what was performed.
	if (
		/^(?:the\s+)?(?:night|day|morning|evening|afternoon|week|weekend|month|year|season)\s+(?:before|after|earlier|later|prior)\b/i.test(
			p.text.slice(o.start)
		)
	)
		return undefined;
	// "gifted Sydney an equaliser", "delivered Adelaide United the FFA Cup": two objects; the
	// passive would take the first and strand the second.
	if (/^\s+(?:a|an|the|his|her|their|its|another|\d[\d,.]*)\s/i.test(p.text.slice(o.end)))
		return undefined;
	// "approved the measure by 56-43": "by" after the object would meet the agent's "by".
	if (/^\s+by\b/i.test(p.text.slice(o.end))) return undefined;
	// "snapped a four-way tie for the lead": a "for" phrase after the object is the object's own
	// ("A four-way tie was snapped by the putt for the lead" tears it off).
	if (
		/^\s+for\s+(?:the|a|an|his|her|their|its)\s/i.test(p.text.slice(o.end)) &&
		/^(?:tie|bid|race|battle|fight|search|hunt|calls?|demands?|requests?|warrant|nomination|candidacy|campaign|contest|quest|push|pleas?|appeals?)$/.test(
			p.tokens[o.last]!.normal
		)
	)
		return undefined;
	const objectWords = p.tokens.slice(o.first, o.last + 1);
	if (
		objectWords.some(
			(t, i) =>
				i > 0 &&
				/^(?:a|an|the)$/.test(t.normal) &&
				has(objectWords[i - 1], 'ProperNoun') &&
				!objectWords[i - 1]!.post.trim()
		)
	)
		return undefined;
	// "found the back of the net", "broke the deadlock", "paid tribute": an idiom's object is no
	// thing the passive could be about.
	if (
		/^(?:the\s+)?(?:back of the net|net|deadlock|stalemate|tribute|homage|attention|notice|note|place|part|shape|suit|hands|ground|floor|stage|spotlight|limelight|headlines|way|mark|toll|lead|nod|blame|credit)\b(?!\s+of\s+(?!the\s+net))/i.test(
			p.text.slice(o.start, o.end)
		)
	)
		return undefined;
	// "extended City’s lead and left United fans in a state of shock": an object read on past
	// "and" into a second verb's object is two.
	if (
		objectTokens.some(
			(t, i) =>
				i > 0 &&
				objectTokens[i - 1]!.normal === 'and' &&
				(has(t, 'Verb') ||
					/^(?:left|led|won|lost|sent|kept|held|made|took|gave|put|set|hit|cut|brought|caught|struck|drew|threw|handed)$/.test(
						t.normal
					))
		) ||
		p.verbs.some((w) => w.first > o.first && w.first <= o.last)
	)
		return undefined;
	// "opened the world's longest rail line": an object read up to a possessive is half of one.
	if (/['’]s?$/u.test(p.text.slice(o.start, o.end).trim())) return undefined;
	if (
		complemented.test(v.infinitive) &&
		objectTokens.some(
			(t, i) =>
				i > 0 &&
				has(t, 'Determiner') &&
				!has(objectTokens[i - 1], 'Preposition') &&
				!/^(?:of|and|or)$/.test(objectTokens[i - 1]!.normal)
		)
	)
		return undefined;
	if (
		objectTokens.some(
			(t) =>
				has(t, 'Pronoun') || (has(t, 'Adjective') && t === objectTokens[objectTokens.length - 1])
		)
	)
		return undefined;
	if (objectTokens.length > 8 || !has(objectTokens[objectTokens.length - 1], 'Noun'))
		return undefined;
	// "strolled the court high-fiving spectators": a participle after the noun is what the
	// subject did, not part of the object.
	if (
		objectTokens.some(
			(t, i) =>
				i > 0 &&
				(has(t, 'Gerund') ||
					/-\p{Ll}+ing$/u.test(t.text) ||
					// "a resolution imposing new sanctions": compromise may call it an adjective.
					(!has(t, 'Noun') && /^\p{Ll}{3,}ing$/u.test(t.text)) ||
					(/ing$/.test(t.text) && objectTokens[i - 1]!.post === '-'))
		)
	)
		return undefined;
	// "shook hands", "took part", "made history": a bare noun after the verb is an idiom's.
	if (objectTokens.length === 1 && !has(objectTokens[0], 'ProperNoun')) return undefined;
	// "dawned Saturday morning", "met last week": a time is no object.
	if (has(objectTokens[0], 'Date') || has(objectTokens[0], 'Time')) return undefined;
	// "looked skyward in silence": an adverb is no object to turn around.
	if (has(objectTokens[0], 'Adverb') && !has(objectTokens[0], 'Determiner')) return undefined;
	const subject = p.text.slice(c.subject.start, c.subject.end);
	// "and their bare hands, they": a subject read across an aside is no agent for "by".
	if (
		/,|^and\b/i.test(subject) ||
		p.tokens.slice(c.subject.first, c.subject.last + 1).some((t) => has(t, 'Pronoun'))
	)
		return undefined;
	if (
		/^(?:he|she|it|they|we|i|you|this|that|many|some|most|few|several|others|all)\b/i.test(subject)
	)
		return undefined;
	// "The Bank of Japan strongly supported": an adverb read into the subject.
	if (/\s\p{Ll}+ly$/u.test(subject)) return undefined;
	// "one of 10 teams" is one; "Kishida and Biden", "schools" are more.
	const of = objectTokens.findIndex((t) => t.normal === 'of');
	const head = of > 0 ? objectTokens[of - 1]! : objectTokens[objectTokens.length - 1]!;
	const plural = objectTokens.some((t) => t.normal === 'and') || has(head, 'Plural');
	const rest = p.text.slice(o.end).replace(/[.!?]+["”’]?\s*$/u, '');
	// "… teams that reached the town": a clause about the object cannot follow "by X"; nor can a
	// second verb ("…, and discussed …", "plan to procure …").
	if (/^\s*(?:that|which|who|whose|where)\b/.test(rest)) return undefined;
	// "scored a magnificent maiden Test century": a noun right after the object is its own head,
	// cut off by a capital the parse took for a name's end.
	const after = p.tokens[o.last + 1];
	if (
		after &&
		!p.tokens[o.last]!.post.trim() &&
		has(after, 'Noun') &&
		!has(after, 'Pronoun') &&
		// "bought the firm Tuesday": a day is no part of the object ("century" is, a Date to the
		// parse though it is).
		!has(after, 'WeekDay') &&
		!has(after, 'Month') &&
		!has(after, 'Time') &&
		!/^(?:today|yesterday|tonight|tomorrow)$/.test(after.normal)
	)
		return undefined;
	// "described the overnight hunt for bodies in Granbury", "the start of the season": a
	// phrase that belongs to the object would be torn from it by "by X".
	// "confirmed Hojlund’s foul on Rodri": whom the object was done to goes with it ("on Monday",
	// a day, and "on revenue of …" do not).
	if (onWhom.test(rest)) return undefined;
	if (
		/^\s*of\b/.test(rest) ||
		(/^\s*for\b/.test(rest) &&
			/^(?:hunt|search|calls?|demands?|bids?|quest|requests?|appeals?|campaign|warrants?|cure|vaccines?|tickets?|applications?|nominations?|candidates?|recipe)$/.test(
				objectTokens[objectTokens.length - 1]!.normal
			) &&
			!/^(?:thank|praise|blame|criticise|criticize|punish|fine|arrest|jail|sentence|reward|award|nominate|select|choose|pick|elect|name|honour|honor|charge|sue|pay|fire|sack|suspend|ban|credit|applaud|commend|condemn|investigate|prosecute|convict|indict)$/.test(
				v.infinitive
			))
	)
		return undefined;
	if (p.verbs.some((x) => x.first > o.last)) return undefined;
	if (rest.split(/\s+/).length > 12) return undefined;
	const lead = c.lead ? p.text.slice(0, c.subject.start) : '';
	// "Marlow Ferries", "Google": a name keeps its capital even when no list knows it.
	// "Doctors at St. Columba Hospital": a plural noun opening the sentence has its capital
	// from the sentence, not from a name.
	const opener = c.subject.first === 0 && commonSources.has(p.tokens[0]!.normal);
	const named =
		!opener &&
		(keepCapital ||
			has(p.tokens[c.subject.first], 'ProperNoun') ||
			/^\p{Lu}\S*\s+\p{Lu}/u.test(subject) ||
			// "Velmora’s electoral commission": a name's possessive keeps its capital.
			/^\p{Lu}\p{L}*[’']s\s/u.test(subject) ||
			// "Facebook owner Meta": a name, its role, a name.
			nameRoleName(subject) ||
			// "VAR", "NASA": a short form in capitals keeps them; "SpaceX", "eBay", "iPhone" a
			// capital inside the word.
			/^\p{Lu}{2,}\b/u.test(subject) ||
			/^\p{L}\p{Ll}+\p{Lu}/u.test(subject));
	const by = named
		? subject.replace(/^The /, 'the ')
		: subject.charAt(0).toLowerCase() + subject.slice(1);
	const object = p.text.slice(o.start, o.end);
	const opening = lead ? object.charAt(0) : object.charAt(0).toUpperCase();
	// "was mistook by": an irregular verb whose participle is not known makes no passive.
	const done = participle(v.infinitive, p.tokens[v.first]!.text);
	if (!done) return undefined;
	const text = `${lead}${opening}${object.slice(1)} ${plural ? 'were' : 'was'} ${done} by ${by}${rest}.`;
	return text.replace(/\s+([,.])/g, '$1');
}
