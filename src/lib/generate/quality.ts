import type { Question } from '../schema/bank';
import { Question as QuestionSchema } from '../schema/bank';
import { traitsOf } from '../question-types/traits';
import type { Slot } from './facts';
import { containsWord, escapeRegExp, normalize } from './text';
import { has } from './parse';
import { personNouns, thatClauseWords } from './lang/en/words';

const pronounStart =
	/^(?:(?:Fill in the gap|Choose the words that fill the gap|Who said this\?):\s+)?(?:According to [^,]+,\s+)?(?:He|She|It|They|His|Her|Its|Their|Them|Others|(?:This|These|Those|That)(?!\s+(?:years?|weeks?|months?|season|summer|winter|spring|autumn|fall|weekend|morning|afternoon|evening|time)\b))\b/i;
// "Some were …", "Two in particular suffered …": people the sentence before named.
const vagueStart =
	/^(?:(?:Fill in the gap|Choose the words that fill the gap):\s+)?(?:According to [^,]+,\s+)?(?:(?:The\s+)?(?:first|second|third|last|latest|next|other)\s+(?:that|who|which)\b|(?:Some|Many|Most|Few|Several|Both|All|Each|Another|One|Two|Three)(?:\s+of\s+(?:them|those|these))?\s+(?:were|was|had|have|are|is|could|would|will|said|did|in\s+particular)\b|(?:One|Some|Many|Most|Two|Three|Several|None)\s+of\s+(?:its|their|his|her)\s)/i;
// "Who welcomed the plan?" needs the sentence before it to make sense.
const anaphoricEnd =
	/\bthe (?:plan|deal|agreement|move|decision|proposal|idea|measure|bill|change|programme|program|project|occasion|plane|company|firm|group)[.?]$/;
const anaphoricAnywhere =
	/\b(?:that|this|these|those|such) (?:view|views|plan|deal|decision|claim|idea|move|proposal|criticism|argument|conditions|sums|figures|changes|measures|cases|occasion|moment|day|model|models|version|device|product)\b|\bblam(?:e|es|ed|ing) the (?:drop|fall|decline|rise|increase|loss|losses|slump)\b/i;
// "The move comes as …", "Just as it had begun, so it ended": openings that lean on what came before.
const leaning =
	/^(?:(?:Fill in the gap|Choose the words that fill the gap):\s+)?(?:According to [^,]+,\s+)?(?:[Tt]he (?:(?:(?:latest|new|previous|last|final|earlier|revised)\s+)?(?:figure|figures|total|number|rate|amount)(?!\s+of\b)|(?:[A-Za-z]+-[A-Za-z]+\s+(?:deal|agreement|pact|accord))|move|same|latter|former|plan|decision|proposal|idea|measure|step|change|firm|pair|duo|couple|enemies|rivals|effect|impact|trend|phenomenon|situation|incident)\b|[Tt]he other\b|Just as|And|But|So|Also|Still|Yet|Instead|Meanwhile|However|Then|Later|Earlier|Similar|Such|[Oo]ther(?!\s+than\b)|(?:Minutes|Hours|Days|Weeks|Months|Years|A (?:day|week|month|year)|Moments|Shortly) (?:earlier|later|before|after)|Similarly|Likewise|Such)\b/;

// "The study includes 108 participants": which study, only the sentences before say…
const leaningOnWork =
	/^(?:(?:Fill in the gap|Choose the words that fill the gap):\s+)?(?:According to [^,]+,\s+)?[Tt]he (study|report|survey)\b/;

/**
 * …unless the article tells of one study only: no "studies", no "another study", one "a study"
 * at most. Then "the study" is that one, and the question stands on its own.
 */
function onlyOne(head: string, body: string): boolean {
	if (new RegExp(`\\b${head === 'study' ? 'studies' : `${head}s`}\\b`, 'i').test(body))
		return false;
	if (
		new RegExp(
			`\\b(?:another|other|second|separate|earlier|previous|latest|new)\\s+(?:\\p{L}+\\s+)?${head}\\b`,
			'iu'
		).test(body)
	)
		return false;
	return (
		(body.match(new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?${head}\\b`, 'giu')) ?? [])
			.length <= 1
	);
}

/**
 * A "the river", "the museum" in `prompt` when the article names two or more rivers or museums
 * ("the Brazos River", "the Getty Museum", "the Museum of Fine Arts") and the prompt names none of
 * them: the noun, else undefined.
 */
function sameKindNames(prompt: string, body: string): string | undefined {
	for (const m of prompt.matchAll(/\b[Tt]he\s+(\p{Ll}{4,})\b(?!\s+of\b)/gu)) {
		const head = m[1]!;
		// "the Sekyere Kumawu District Assembly" and later "the District Assembly": one body named
		// in full and in short is one, not two to choose between.
		const all = [...namesOfKind(head, body)];
		const names = new Set(all.filter((n) => !all.some((o) => o !== n && o.endsWith(` ${n}`))));
		if (names.size < 2) continue;
		if ([...names].some((n) => prompt.includes(n))) continue;
		return head;
	}
	return undefined;
}

/** The names the article gives things of one kind, read once an article for each kind. */
let namesRead: { body: string; byHead: Map<string, Set<string>> } | undefined;
function namesOfKind(head: string, body: string): Set<string> {
	if (namesRead?.body !== body) namesRead = { body, byHead: new Map() };
	let names = namesRead.byHead.get(head);
	if (names) return names;
	const Head = head.charAt(0).toUpperCase() + head.slice(1);
	names = new Set<string>();
	const before = new RegExp(
		String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}${Head}\b|\b${Head}\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`,
		'gu'
	);
	for (const n of body.matchAll(before))
		names.add(n[0].replace(/^(?:The|A|An|In|On|At|But|And)\s+/, ''));
	namesRead.byHead.set(head, names);
	return names;
}

export interface Rejection {
	id: string;
	reason: string;
}

/** "the arm enlarged that trench on June 15": a "that" pointing back, not one opening a clause. */
const pointing = new RegExp(
	String.raw`\b(?!(?:${thatClauseWords.join('|')})\b)\p{Ll}{2,}\s+that\s+\p{Ll}{3,}(?=\s+(?:on|in|at|to|for|with|from|by|into|near|during|after|before)\b|\s*[.,;?])`,
	'u'
);

/** Why a question breaks the rules of a fair item, or undefined when it is fine. */
const describedBefore = new RegExp(
	`^(?:According to [^,]+,\\s+)?(?:the|a|an)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:${personNouns.filter((n) => !/s$|men$|people|couple|family|children/.test(n)).join('|')})\\b`,
	'iu'
);

export function problemOf(
	draft: Question,
	slot: Slot,
	body: string,
	negated = false
): string | undefined {
	const parsed = QuestionSchema.safeParse(draft);
	if (!parsed.success) return `schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
	const q = parsed.data;
	const source = body.slice(q.source.start, q.source.end);
	if (source !== slot.claim.sentence.text) return 'source span does not select the sentence';
	// A quotation may say "I" and "we": it is asked with its speaker.
	const quoted = /^Who said this\?/.test(q.prompt) || /^[^“]+ said: “/.test(q.prompt);
	if (!quoted && (pronounStart.test(q.prompt) || vagueStart.test(q.prompt)))
		return 'prompt starts with an unresolved pronoun';
	if (leaning.test(q.prompt)) return 'prompt leans on an earlier sentence';
	const work = leaningOnWork.exec(q.prompt)?.[1];
	if (work && !onlyOne(work, body)) return 'prompt leans on an earlier sentence';
	// "The with the jury deadlocked …": an article that lost words between them, read as written.
	if (
		/^(?:[^:“]*:\s+)?(?:According to [^,]+,\s+)?(?:[Tt]he|[Aa]n?)\s+(?:with|of|in|on|at|for|to|from|by|the|a|an)\b/.test(
			q.prompt
		)
	)
		return 'prompt is not a sentence';
	// "Who known as Brenda Foster?", "Who aged 19 from Robertstown?": a participle with no verb
	// before it is no question.
	if (
		/^(?:According to [^,]+,\s+)?(?:Who|What|Which \p{L}+)\s+(?:also\s+)?(?:known|aged|given|taken|seen|done|gone|been|written|shown|born|chosen|driven|eaten|fallen|forgotten|hidden|spoken|stolen|sworn|thrown|worn|beaten|broken|frozen|called|named|dubbed|nicknamed|described|considered|regarded)\b/u.test(
			q.prompt
		)
	)
		return 'prompt has no verb';
	// "What has and America lost?": a question whose verb runs straight into "and" lost its subject.
	if (/\b(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could)\s+and\b/.test(q.prompt))
		return 'prompt is not a sentence';
	// "… a 4 percent raise between the current 2018/19 school year?": a question cut at a comma
	// that left "between" without its other end.
	if (/\bbetween\s+(?![^?]*\band\b)[^?]*\?$/.test(q.prompt)) return 'prompt is cut short';
	// "has given me examples": the reporter's "me" outside a quotation means nothing in a quiz.
	// "a star other than our sun", "our galaxy": everyone's, no speaker's.
	// "In addition to his role in “The Godfather,” Caan played …": the comma a quotation holds
	// at its end is the sentence's, and stays.
	const unquoted = q.prompt
		.replace(/“[^”]*?([,;:]?)”|"[^"]*?([,;:]?)"/g, (_, a?: string, b?: string) => a || b || '')
		.replace(/\bour (?:own )?(?:sun|solar system|galaxy|planet|moon|home planet)\b/g, '');
	// "onto I-85": an interstate's letter is nobody, nor is the "I" of "The V.I.Ps" or "World War I".
	if (!quoted && /\b(?:me|my|(?<![.\p{L}]|\bWar\s)I(?![-–]\d|\.\p{L})|we|us|our)\b/u.test(unquoted))
		return 'prompt speaks in the first person';
	if (!negated && /\bnot\b/.test(q.prompt) && !/\bnot\b/.test(source))
		return 'prompt inserts "not"';
	const type = traitsOf(q);
	const form = type.answerForm(q);
	if (form === 'choice' || form === 'typed') {
		// The answer (or, for people, any of their names) must not give itself away.
		const keys = [q.answer, ...(slot.people?.flatMap((p) => [p.name, ...p.aliases]) ?? [])];
		const prompt = q.prompt.replace(/^Who said this\?/, '');
		for (const k of keys) if (containsWord(prompt, k)) return `answer "${k}" appears in the prompt`;
	}
	if (form === 'choice') {
		const opts = type.choices(q);
		const norm = opts.map(normalize);
		if (new Set(norm).size !== norm.length) return 'duplicate options';
		for (const o of opts) {
			if (o !== q.answer && (containsWord(o, q.answer) || containsWord(q.answer, o)))
				return `option "${o}" overlaps the answer`;
			// "Ross Sorkin" beside "Andrew Ross Sorkin": one person offered twice.
			if (opts.some((x) => x !== o && containsWord(x, o)))
				return `option "${o}" is part of another option`;
		}
		const lengths = opts.map((o) => o.length);
		if (Math.max(...lengths) > 3 * Math.min(...lengths) + 6)
			return 'options differ too much in length';
		const lower = opts.map((o) => /^[a-z]/.test(o));
		if (lower.some((l) => l !== lower[0]) && !opts.every((o) => /^(the |The )?\p{Lu}/u.test(o)))
			return 'options differ in case';
		// "one" beside "two hours": every option needs the answer's unit.
		const unit = /\s(\p{L}+)$/u.exec(q.answer)?.[1];
		if (unit && /^\d|^(?:about|around|nearly|more|less|some|at)\b/i.test(q.answer))
			for (const o of opts)
				if (!new RegExp(`\\s${unit.replace(/s$/, '')}s?$`, 'u').test(o))
					return 'options differ in unit';
	}
	// "the nation's capital _____": which nation, the question does not say.
	// "New Zealand's earthquake … the country's worst" names it; "in Velmora" does too.
	if (
		/\bthe (?:nation|country|state|city|region|island)[’']s\b/i.test(q.prompt) &&
		!/\b(?:[Ii]n|[Oo]f) \p{Lu}/u.test(q.prompt.replace(/^[^:]*:\s*/, '')) &&
		!slot.claim.mentions.some(
			(m) => m.kind === 'place' && containsWord(q.prompt.replace(/_____/g, ' '), m.text)
		)
	)
		return 'prompt depends on an earlier sentence';
	if (anaphoricEnd.test(q.prompt) || anaphoricAnywhere.test(q.prompt))
		return 'prompt depends on an earlier sentence';
	// "built this one from the ground up", "to prevent this from happening": "this" standing for
	// something the sentence before named (words inside quotation marks are the speaker's).
	// "… his room for manoeuvre" with nobody named before it: whose, the question does not say.
	const plain = unquoted.replace(/^(?:Fill in the gap|Choose the words that fill the gap):\s+/, '');
	const pronoun = /\b(?:his|her|their|him|them|he|she|they)\b/i.exec(plain);
	const earlier = plain.slice(0, pronoun?.index ?? 0);
	// "17,000 survivors are trying to resume their lives", "users charged their handsets": a
	// plural the sentence names is theirs.
	// "The winners will collect them": a verb's "them" is never its own subject.
	const subject = slot.claim.clause?.subject.text;
	const beside =
		/^them$/i.test(pronoun?.[0] ?? '') && subject
			? earlier.replace(new RegExp(escapeRegExp(subject), 'i'), '')
			: earlier;
	const pluralBefore =
		/^(?:their|them|they)$/i.test(pronoun?.[0] ?? '') &&
		/\b(?:[\p{Ll}-]{2,}[^s\W]s|people|men|women|children|police)\b/u.test(beside);
	// "Ebbers left the courthouse with his family": a person the claim names first is its "his"
	// (the first word of the prompt counts only as a name, never as "Sunday marked his …").
	const named =
		slot.claim.mentions.some(
			(m) =>
				m.kind === 'person' &&
				[m.text, m.text.split(/\s+/).pop() ?? ''].some((n) => n && containsWord(earlier, n))
		) ||
		(slot.kind === 'person' && earlier.includes('_____')) ||
		/\s\p{Lu}\p{Ll}/u.test(` ${plain.slice(1, pronoun?.index ?? 0)}`) ||
		// "The driver of the train in his account …": the person the sentence describes first.
		(/^(?:his|her|he|she)$/i.test(pronoun?.[0] ?? '') && describedBefore.test(earlier)) ||
		// "Zamalek had to recover from a shaky start - they were trailing …": a side the claim
		// names as its subject is its own "they".
		(/^(?:their|they)$/i.test(pronoun?.[0] ?? '') &&
			!!subject &&
			/^(?!(?:The|A|An|This|That|These|Those|Its|Their)\s)(?:\p{Lu}[\p{L}.&'’-]*\s*)+$/u.test(
				subject
			) &&
			earlier.startsWith(subject));
	// "To celebrate her forthcoming tour, Petras put out …": the opening phrase's "her" is the
	// name right after its comma.
	const comma = pronoun ? plain.indexOf(',', pronoun.index) : -1;
	// "After striking for the first time in their history, New Haven teachers are …": a plural
	// right after the comma is who "their" are.
	const namedAfter =
		!!pronoun &&
		comma > 0 &&
		!earlier.includes(',') &&
		((/^(?:his|her|he|she)$/i.test(pronoun[0]) &&
			slot.claim.mentions.some(
				(m) =>
					m.kind === 'person' &&
					new RegExp(`^,\\s*(?:[\\p{L}.-]+\\s+){0,3}?${escapeRegExp(m.text)}\\b`, 'u').test(
						plain.slice(comma)
					)
			)) ||
			(/^(?:their|they)$/i.test(pronoun[0]) &&
				/^,\s*(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Ll}{3,}s\s+(?:are|were|have|had|will|would|can|could|\p{Ll}+ed)\b/u.test(
					plain.slice(comma)
				)));
	if (!quoted && pronoun && !pluralBefore && !named && !namedAfter)
		return 'prompt leans on a person named before it';
	if (
		!quoted &&
		/\b(?:this|that) one\b|\bthis(?=\s+(?:from|is|was|will|would|has|had|could|in|to|as)\b|\s*[.,;:?])/i.test(
			unquoted
		)
	)
		return 'prompt depends on an earlier sentence';
	// "the population there is estimated at …": where "there" is, the sentence before said.
	if (!quoted && /\b(?:the|its|their) \p{Ll}+ there\b/u.test(plain))
		return 'prompt depends on an earlier sentence';
	// "three pairs of trains will run over this route": which route, the sentence before said.
	// "this year", "this week" are dates the quiz already anchors.
	if (
		!quoted &&
		/\b(?:this|these|those)\s+(?!(?:who|which|that|whose|of|in|with|at|on|used|made|killed|injured|affected|involved|living|working|who)\b)(?!(?:year|years|week|weeks|month|months|morning|afternoon|evening|night|weekend|season|summer|winter|spring|autumn|fall|time|century|decade|term|semester|quarter|year's|week's|month's)\b)\p{Ll}{3,}/iu.test(
			plain
		)
	)
		return 'prompt depends on an earlier sentence';
	// A "that" pointing back (see `pointing`), not "said that prices rose".
	const pointed = pointing.exec(plain);
	// "pieces that appeared on buildings": a "that" before a verb opens a relative clause.
	const pointedWord = pointed ? /\s(\p{Ll}+)$/u.exec(pointed[0])?.[1] : undefined;
	// "had blocked that rule from": after a verb, "that" and a word that may be a noun or a verb
	// is "that" pointing to the noun.
	const verbBefore = pointed ? /^(\p{Ll}+)/u.exec(pointed[0])?.[1] : undefined;
	const afterVerb =
		!!verbBefore &&
		slot.claim.parse.tokens.some(
			(t) => t.normal === verbBefore && has(t, 'Verb') && has(t, 'PastTense')
		);
	const noun =
		pointedWord &&
		slot.claim.parse.tokens.some(
			(t) => t.normal === pointedWord && has(t, 'Noun') && (!has(t, 'Verb') || afterVerb)
		);
	if (!quoted && noun) return 'prompt depends on an earlier sentence';
	// "NextEra will pay for that, with payment due": "that" after a preposition, standing alone.
	if (
		!quoted &&
		/\b(?:for|of|to|with|about|on|from|by|against|like|after|before)\s+that\s*[,.;?]/.test(plain)
	)
		return 'prompt depends on an earlier sentence';
	// "will increase the presence of troops here": where "here" is, only the dateline said.
	if (!quoted && /\bhere\b/i.test(plain)) return 'prompt depends on an earlier sentence: here';
	// "Not only did the announcement disclose …" with its "but" clause cut away.
	if (/^Not only\b/i.test(plain) && !/\bbut\b/.test(plain)) return 'prompt is cut short';
	// "The river was at 23.57 feet" in an article of the Brazos River and the San Jacinto River:
	// which one, the question does not say.
	const which = sameKindNames(plain, body);
	if (!quoted && which) return `prompt leans on an earlier sentence: which ${which}`;
	// "The two photos below", "(pictured)": what the page showed beside the text, not the quiz.
	if (
		/\b(?:photos?|photographs?|pictures?|images?|video|chart|graphic|map|gallery)\s+(?:below|above)\b|\b(?:see|seen|shown|pictured)\s+(?:below|above|here)\b|\(pictured\)/i.test(
			unquoted
		)
	)
		return 'prompt refers to a picture the quiz does not show';
	// "Others were less circumspect.": less or more than what, the sentence before said.
	if (
		!quoted &&
		/\b(?:is|was|were|are|been|be|seemed|appeared|looked|sounded)\s+(?:much\s+|far\s+|even\s+)?(?:less|more)\s+\p{Ll}{4,}(?=\s*[.,;:?]|\s*$|\s+(?:in|about|on|at|with|when|after)\b)/u.test(
			plain
		) &&
		!/\bthan\b/.test(plain)
	)
		return 'prompt depends on an earlier sentence';
	if (q.prompt.length > 320) return 'prompt too long';
	// "Saddam has been a fugitive since then": then is a time the prompt does not give.
	const then = /\b(?:since|by|until) then\b|\bafter that\b/i.exec(plain);
	if (
		!quoted &&
		then &&
		!/\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(
			plain.slice(0, then.index)
		)
	)
		return 'prompt depends on an earlier sentence';
	// "Who gave the following message to Iraqis?": the words came after the colon.
	if (!quoted && /\bthe following\b(?![^“"]*[“"])|\bwith the words[?.]$/.test(q.prompt))
		return 'prompt leans on what follows it';
	// "Firing several of its top executives, including CEO _____.": no subject, no claim.
	const firstWord = slot.claim.parse.tokens[0];
	if (
		!slot.claim.clause &&
		firstWord &&
		/^\p{Lu}\p{Ll}+ing$/u.test(firstWord.text) &&
		!slot.claim.quote &&
		// "Ticketing machines on some buses … jammed": a compound noun opening the claim.
		!/^\p{Ll}+s$/u.test(slot.claim.parse.tokens[1]?.text ?? '')
	)
		return 'prompt is a fragment';
	// "… nothing is beyond the realm of possibility,” US President Joe Biden tweeted.": a
	// quotation cut open at one end reads as a stray mark and a fragment.
	const curly = (q.prompt.match(/“/g) ?? []).length - (q.prompt.match(/”/g) ?? []).length;
	if (curly !== 0 || (q.prompt.match(/"/g) ?? []).length % 2 === 1)
		return 'prompt holds half a quotation';
	// "… beyond early adopters (.", "… might get a war brewing).": a bracket cut open.
	if ((q.prompt.match(/\(/g) ?? []).length !== (q.prompt.match(/\)/g) ?? []).length)
		return 'prompt holds half a bracket';
	// "Fill in the gap: _____ said.": no claim around the gap.
	if (q.type === 'cloze' && q.prompt.replace(/^[^:]*:\s*/, '').split(/\s+/).length < 5)
		return 'prompt says too little';
	// "Zaheer Khan opened proceedings with three consecutive maidens and.": a statement or gap
	// that stops on a word that must go on.
	// "Who opened proceedings with three consecutive maidens and?" ("… consist of?" is English).
	if (
		// ("… the first to congratulate her." ends on an object: "her" is no possessive there.)
		/\b(?:and|or|but|nor|the|a|an|of|that|which|whose|its|their|his)[.!]$/i.test(q.prompt) ||
		/\b(?:and|or|but|nor|the|a|an|that|which|whose|its|their|his)\?$/i.test(q.prompt)
	)
		return 'prompt stops mid-sentence';
	// "According to Ida Brenner, at the annual fair.": the words said were lost on the way.
	if (q.type === 'true_false') {
		const said = q.prompt.replace(/^According to [^,]+,\s*/, '');
		const words = said.split(/\s+/).length;
		if (
			words < 4 ||
			(words < 8 && /^(?:at|in|on|for|to|with|by|from|during|after|before)\b/i.test(said))
		)
			return 'statement says nothing';
	}
	return undefined;
}
