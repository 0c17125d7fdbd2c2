import { gap, type Question } from '../../schema/bank';
import { acceptFor } from '../accept';
import { distractorsFor, numericVariants, personDistractors, rangeOther } from '../distractors';
import { isOffence, type Person } from '../entities';
import type { Slot } from '../facts';
import { fill } from '../lang/en/templates';
import { rewrite, type Edit } from '../lang/en/shorten';
import { saysAn } from '../lang/en/a-or-an';
import { whQuestion } from '../lang/en/wh';
import { idiomEnds, numberWords, thingVerbs } from '../lang/en/words';
import { capitalize, escapeRegExp, normalize } from '../text';
import { hash32 } from '../../util/hash';
import { shuffled } from '../../util/random';
import {
	attributed,
	cutsOf,
	explanation,
	questionId,
	tidyQuotes,
	type BuildContext,
	type Candidate,
	type Form
} from './build';
import {
	clean,
	containsName,
	giveaway,
	initials,
	rangePartner,
	sameSideOfPublication,
	staysTrue,
	trivialSlot,
	unresolvedSubject,
	vagueReference
} from './giveaways';

// The questions in words, gaps, false values and "Who said …?" each fact allows.

/** "Leave won by 52% to 48%": two shares of one whole, each given by the other. */
function complementary(slot: Slot): boolean {
	const percent = /%|\bper ?cent\b/i;
	if (slot.kind !== 'quantity' || !percent.test(slot.answer)) return false;
	const shares = slot.claim.mentions
		.filter((m) => m.kind === 'quantity' && percent.test(m.text) && m.amount)
		.map((m) => m.amount!.value);
	const own = slot.mention?.amount?.value;
	return own !== undefined && shares.some((b) => Math.abs(own + b - 100) <= 1);
}

/**
 * The first two or more words of a body's name that the article also writes alone: "Sea
 * Shepherd" of the Sea Shepherd Conservation Society. One word ("Bank") could be anything.
 */
function shortNames(name: string, body: string): string[] {
	const words = name.replace(/^the\s+/i, '').split(/\s+/);
	const out: string[] = [];
	for (let k = 2; k < words.length; k++) {
		const head = words.slice(0, k).join(' ');
		if (head.replace(/\W/g, '').length < 4 || !/^\p{Lu}/u.test(words[k - 1]!)) continue;
		const alone = new RegExp(
			`(?<![\\p{L}])${escapeRegExp(head)}(?![\\p{L}]|\\s+${escapeRegExp(words[k]!)}\\b)`,
			'u'
		);
		if (alone.test(body)) out.push(head);
	}
	return out;
}

/** "… and nearly 3,000 others", "… and one body": another figure after the answer's. */
const andAnotherFigure = new RegExp(
	`^[^,;]*?\\s+and\\s+(?:(?:almost|nearly|about|around|some|over|more than|at least|up to)\\s+)?(?:\\d|(?:${numberWords.slice(1).join('|')})\\s)`,
	'i'
);

/** The whole a count is part of: "Of the 43 leaders, _____ were new faces" → 43. */
function wholeOf(slot: Slot): number | undefined {
	if (slot.kind !== 'quantity') return undefined;
	const m = /^Of the (\d[\d,]*)\b/.exec(slot.claim.text);
	return m && slot.start > m[0].length ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

/** The first number written in an option: "36" of "36 leaders". */
const leadingNumber = (text: string): number =>
	Number(/\d[\d,]*(?:\.\d+)?/.exec(text)?.[0]?.replace(/,/g, '') ?? NaN);

/**
 * "a 6-under-par 64", "finished at 22-under 258", "a five-under-par 67", "carded a final-round
 * 69": strokes written after the score to par, or a round's strokes.
 */
function golfStrokes(slot: Slot): boolean {
	return slot.kind === 'quantity' && strokesBefore.test(slot.claim.text.slice(0, slot.start));
}
const strokesBefore = new RegExp(
	String.raw`(?:\b(?:\d+|${numberWords.join('|')})-(?:under|over)(?:-par)?|\bfinal-round|\b(?:carded|shot|signed for)\s+an?)\s+$`,
	'i'
);

/** Another value of the same kind from the article, for a statement that is clearly false. */
function wrongValue(slot: Slot, ctx: BuildContext, seed: number): string | undefined {
	const m = slot.mention;
	if (!m || staysTrue(slot) || complementary(slot) || golfStrokes(slot)) return undefined;
	// "approved … by last Oct. 1": a date after "last" or "next" is one with it; another in its
	// place ("by last this year") breaks the phrase.
	if (
		(m.kind === 'date' || m.kind === 'month' || m.kind === 'weekday') &&
		/\b(?:last|next|this|coming)\s+$/i.test(slot.claim.text.slice(0, slot.start))
	)
		return undefined;
	// "within the opening 15 minutes": a bound; "within 10 minutes" may be true as well.
	if (
		/\bwithin\s+(?:the\s+|a\s+)?(?:(?:first|opening|last|next|past|final)\s+)?$/i.test(
			slot.claim.text.slice(0, slot.start)
		)
	)
		return undefined;
	const whole = wholeOf(slot);
	const sentence = slot.claim.sentence.text;
	switch (m.kind) {
		case 'quantity':
		case 'duration': {
			// "more than 100 years" in the headline rules out "99 years" without the article.
			const unit = m.amount?.unit?.split(/\s+/)[0];
			if (unit && new RegExp(`\\d\\s*${escapeRegExp(unit)}`, 'i').test(ctx.title)) return undefined;
			// Far enough to be clearly wrong: at least a fifth away, or another whole count. A
			// figure the article gives roughly ("about 9", "some 50") is no whole count, and only a
			// third away is clearly another.
			const value = m.amount!.value;
			const before = slot.claim.text.slice(0, slot.start);
			const rough =
				/^(?:about|around|roughly|approximately|nearly|almost|some|an estimated|close to)\s/i.test(
					m.amount!.prefix
				) ||
				/\b(?:about|around|roughly|approximately|nearly|almost|some|an estimated|close to)\s+$/i.test(
					before
				);
			// "some 50 to 100 members", "between 200 and 260", "counts 24 through 42": a range with one end moved still
			// overlaps the article's, or runs backwards
			// (not "from 152 to 112", a change whose ends are two figures).
			const fromTo = /\bfrom\s+(?:\S+\s+)?$|\bfrom\s+\S+\s*(?:to|-|–)\s*$/i.test(before);
			if (
				(!fromTo &&
					(/\d\s*(?:to|through|-|–)\s*$/.test(before) ||
						/^\s*(?:to|through|-|–)\s*\d/.test(slot.claim.text.slice(slot.end)))) ||
				// "between 200 and 260", "$9.45 billion to $9.55 billion"
				/\bbetween\s+(?:\S+\s+and\s+)?$/i.test(before) ||
				Object.keys(rangeOther(slot.claim.text, slot.start, slot.end - slot.start)).length > 0
			)
				return undefined;
			// "one of the biggest ever one-day increases": a span that ranks a record is no
			// figure to change; "two-day" could be a record too.
			if (
				m.kind === 'duration' &&
				/\b(?:biggest|largest|highest|lowest|worst|best|longest|shortest|record|ever)\s+$/i.test(
					before
				)
			)
				return undefined;
			// "would not have been stable for even one day": a bound, and any longer span is as false.
			if (/\beven\s+$/i.test(before)) return undefined;
			// A rough figure needs a wider choice to find one far enough.
			const options = numericVariants(m, rough ? 12 : 4, seed, {
				sentence,
				article: ctx.pool.byKind.get(m.kind) ?? []
			});
			// "from 152 to 112": the change keeps its direction, or logic alone gives it away.
			const partner = rangePartner(slot);
			const far = options.filter((o) => {
				const n = leadingNumber(o);
				if (whole !== undefined && n >= whole) return false;
				if (!Number.isFinite(n)) return m.amount!.words;
				if (partner !== undefined && Math.sign(n - partner) !== Math.sign(value - partner))
					return false;
				if (rough) return Math.abs(n - value) / value >= 0.34;
				return value <= 12 && Number.isInteger(value)
					? n !== value
					: Math.abs(n - value) / value >= 0.2;
			});
			return far[0];
		}
		case 'thing': {
			// "cleared him of culpable homicide" for "premeditated murder": another offence the
			// article names, never one it does not rule out.
			if (!isOffence(m)) return undefined;
			const named = new Set(
				(ctx.pool.byKind.get('thing') ?? []).filter(isOffence).map((x) => normalize(x.text))
			);
			return distractorsFor(m, sentence, ctx.pool, 3).find((o) => named.has(normalize(o)));
		}
		case 'weekday':
			// "The study was published Monday" made false by its weekday hinges on a detail no
			// teacher asks; "On which day …?" asks it when the day matters.
			return undefined;
		case 'place':
		case 'organization':
		case 'month':
		case 'date': {
			// "the White House in Washington": a place that locates another is fixed by it.
			if (
				m.kind === 'place' &&
				slot.claim.mentions.some(
					(x) =>
						x.kind === 'place' &&
						x.end <= slot.start &&
						/^\s+(?:in|of|near)\s+$/.test(slot.claim.text.slice(x.end, slot.start))
				)
			)
				return undefined;
			// "between April 26 and May 29": a span's end moved makes another span, or one that runs
			// backwards, which a reader dismisses on sight.
			if (
				(m.kind === 'date' || m.kind === 'month') &&
				((/\b(?:between|from)\s+$/i.test(slot.claim.text.slice(0, slot.start)) &&
					/^,?\s*(?:and|an|to|through|until|-|–)\s/.test(slot.claim.text.slice(slot.end))) ||
					/\b(?:between|from)\s+[^,;]{1,30}?\s*(?:and|an|to|through|until|-|–)\s+$/i.test(
						slot.claim.text.slice(0, slot.start)
					))
			)
				return undefined;
			// "broke down in a China province": a name used as a word of a phrase is no place to swap.
			if (/\b(?:a|an)\s+$/i.test(slot.claim.text.slice(0, slot.start))) return undefined;
			// "on the same pitch as Milan", "beat Liverpool": a city standing for its team.
			if (
				m.kind === 'place' &&
				/\b(?:as|against|beat|beats|beating|beaten|defeated|over|versus|vs\.?)\s+$/i.test(
					slot.claim.text.slice(0, slot.start)
				)
			)
				return undefined;
			const options = distractorsFor(m, sentence, ctx.pool, 3).filter((o) =>
				sameSideOfPublication(slot.answer, o, ctx.published)
			);
			// A place or a body swapped in must be one the article names: "Rhino poaching in
			// Nigeria continues" is not false by an article that never mentions Nigeria.
			// Nor the one who acted: "China expressed full support for Japan" swaps the actor, which
			// the article does not rule out and a reader dismisses on sight.
			if ((m.kind === 'place' || m.kind === 'organization') && slot.position === 'subject')
				return undefined;
			if (m.kind === 'place' || m.kind === 'organization') {
				// Nor the article's own subject: "sanctions against Japan" in a story of Japan's
				// prime minister is absurd, not false.
				const named = new Set(
					(ctx.pool.byKind.get(m.kind) ?? [])
						.filter((x) => !ctx.topic.givenAway.has(x.key) && !ctx.topic.actors.has(x.key))
						.map((x) => normalize(x.text).replace(/^the /, ''))
				);
				return options.find((o) => named.has(normalize(o).replace(/^the /, '')));
			}
			// From the article first: distractorsFor lists the article's own values before any other.
			return options[0];
		}
		default:
			return undefined;
	}
}

function chooseOptions(answer: string, wrong: string[], seed: number): string[] {
	return shuffled([answer, ...wrong.slice(0, 3)], seed);
}

/** "music and movies" is also "movies and music". */
function eitherOrder(answer: string): string[] {
	const m = /^(?:(the|a|an) )?(.+?) and (.+)$/i.exec(answer);
	return m && !/\band\b/.test(m[3]!) ? [`${m[3]} and ${m[2]}`] : [];
}

function typeableThing(slot: Slot): boolean {
	const c = slot.claim.clause;
	if (!c) return false;
	const verb = c.chain
		? (slot.claim.parse.verbs.find((v) => v.first === c.chain!.first + 1)?.infinitive ?? '')
		: c.verb.infinitive;
	return (
		thingVerbs.has(verb.split(/\s+/)[0] ?? '') &&
		slot.answer.split(/\s+/).length <= 6 &&
		!/\d|\bor\b/.test(slot.answer)
	);
}

/** Every question that fits one fact, before selection. Quality filters run later. */
export function candidatesFor(slot: Slot, ctx: BuildContext): Candidate[] {
	const out: Candidate[] = [];
	const claim = slot.claim;
	const seed = hash32(slot.id);
	const common = {
		factId: slot.id,
		source: { start: claim.sentence.start, end: claim.sentence.end },
		explanation: explanation(slot, ctx.published)
	};
	const answerKey =
		slot.mention?.key ?? slot.people?.map((p) => p.key).join('+') ?? normalize(slot.answer);
	const push = (form: Form, q: Record<string, unknown>, quality: number, verbatim = false) => {
		const prompt = tidyQuotes(String(q.prompt));
		const id = questionId(slot, form, prompt);
		out.push({
			question: { id, ...common, ...q, prompt } as Question,
			slot,
			form,
			answerKey:
				form === 'true' || form === 'false' || form === 'quote-true' || form === 'quote-false'
					? `tf:${id}`
					: answerKey,
			verbatim,
			quality
		});
	};

	if (slot.position === 'quote') {
		if (slot.kind === 'thing') quoteGapCandidates(slot, ctx, push);
		else quoteCandidates(slot, ctx, push);
		return out;
	}
	// "Adede, Ejaz, Mwangi and Kimani faced a joint charge": three names or more are no answer a
	// reader types or picks out of a list.
	if (slot.people && slot.people.length > 2) return out;
	// "the Giants' victory in _____ XLII": a name cut before its number.
	if (slot.kind !== 'person' && /^\s+[IVXLC]{2,7}\b/.test(claim.text.slice(slot.end))) return out;
	// "52% to _____": the other share gives the key by arithmetic.
	if (
		complementary(slot) ||
		trivialSlot(slot, ctx) ||
		unresolvedSubject(claim) ||
		vagueReference(claim, ctx.title, ctx.body) ||
		!clean(slot)
	)
		return out;

	const accept = acceptFor(slot, ctx.pool.people);
	// "NDRF teams": the body whose teams they are is what a reader types.
	const teams =
		/^(\p{Lu}{2,6})\s+(?:teams|units|troops|personnel|staff|crews|squads|forces)$/u.exec(
			slot.answer
		)?.[1];
	if (teams && !accept.includes(teams)) accept.push(teams);
	// "a net loss of $256m (244 million Australian dollars)": the same amount in the other
	// currency the article gives beside it is as right.
	const converted = /^\s*\(([^()]*\d[^()]{0,40})\)/.exec(claim.text.slice(slot.end))?.[1]?.trim();
	if (
		slot.kind === 'quantity' &&
		converted &&
		(/^[A-Z$€£¥]{0,3}\s?\d/.test(converted) ||
			/\b(?:dollars?|euros?|pounds?|yen|yuan|rupees?)\b/i.test(converted))
	)
		accept.push(converted);
	// "American International Group Inc." is "AIG" when the article calls it so; so is a
	// programme or a law of capitalised words ("TARP", "ESA").
	// "the U.S. Environmental Protection Agency" is "EPA": the country before it is no letter.
	const capitalised =
		/^(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+(?:(?:of|for|and|the|on)\s+)?){1,6}\p{Lu}[\p{L}.'’&-]*$/u;
	if (slot.kind !== 'person' && capitalised.test(slot.answer)) {
		const short = initials(
			slot.answer
				.replace(/\b(?:Inc|Corp|Co|Ltd|Plc|LLC)\b\.?/g, '')
				.replace(/^(?:the\s+)?(?:U\.S\.|US|U\.K\.|UK)\s+/i, '')
		);
		if (short.length >= 2 && ctx.acronyms?.has(short) && !accept.includes(short))
			accept.push(short);
	}
	// "the GEM" after "The Grand Egyptian Museum (GEM)": the name the short form stands for is
	// as right.
	if (/^\p{Lu}{2,6}$/u.test(slot.answer)) {
		const long = new RegExp(
			String.raw`((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|on)\s+)?){1,6})\(${slot.answer}\)`,
			'u'
		)
			.exec(ctx.body ?? '')?.[1]
			?.trim()
			.replace(/^The\s+/, '');
		if (long && initials(long).startsWith(slot.answer.charAt(0)) && !accept.includes(long))
			accept.push(long);
	}
	if (slot.kind === 'organization') {
		// "UP Anti Terrorism Squad (ATS)": the short form the article gives it in brackets, and
		// the name without the state's short form before it.
		const bracketed = /^\s*\((\p{Lu}{2,6})\)/u.exec(claim.text.slice(slot.end))?.[1];
		if (bracketed && !accept.includes(bracketed)) accept.push(bracketed);
		const unprefixed = /^\p{Lu}{2,4}\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}-]*)+)$/u.exec(
			slot.answer
		)?.[1];
		if (unprefixed && !accept.includes(unprefixed)) accept.push(unprefixed);
		// "Sea Shepherd" for the Sea Shepherd Conservation Society, when the article calls it so.
		// Never a form another body of the article opens with ("Bank of …" twice).
		const others = (ctx.pool.byKind.get('organization') ?? [])
			.filter((m) => m.key !== slot.mention?.key)
			.map((m) => m.display.replace(/^the\s+/i, ''));
		for (const form of shortNames(slot.answer, ctx.body ?? ''))
			if (!accept.includes(form) && !others.some((o) => o.startsWith(form))) accept.push(form);
	}
	let wrong: string[] = [];
	if (slot.people) {
		// The claim as written out ("she" made "Michelle Bachelet") names people the sentence did not.
		wrong = personDistractors(
			slot.people,
			`${claim.sentence.text} ${claim.text}`,
			ctx.pool.people,
			3,
			ctx.groups
		);
		// "Caan played author _____": the parts the article's actors played stand beside a part,
		// the actors beside an actor; never the one among the other.
		const parts = charactersIn(ctx.body ?? '', ctx.pool.people);
		const isPart = slot.people.every((p) => parts.has(p.key));
		wrong = wrong.filter((w) => {
			const p = ctx.pool.people.find((x) => x.name === w);
			return !p || parts.has(p.key) === isPart;
		});
	}
	// "…, _____ acknowledged." → "Reid": the options are written as the key is, by family name.
	const person = slot.people?.length === 1 ? slot.people[0]! : undefined;
	if (person && slot.answer === person.surname && person.name !== person.surname)
		wrong = wrong.map((w) => ctx.pool.people.find((p) => p.name === w)?.surname ?? w);
	if (!slot.people && slot.mention)
		wrong = distractorsFor(slot.mention, claim.sentence.text, ctx.pool, 3).filter((o) =>
			sameSideOfPublication(slot.answer, o, ctx.published)
		);
	wrong = wrong.filter(
		(w) => !containsName(ctx.title, w.replace(/^the /i, '')) || slot.kind === 'quantity'
	);
	// "a 6-under-par 64", "22-under 258": a round's strokes are fixed by the par its score
	// gives; another number is no score a reader could believe.
	if (golfStrokes(slot)) wrong = [];
	// "Six people were rescued and _____ was found": "one body" alone agrees with "was".
	if (
		slot.kind === 'quantity' &&
		slot.mention?.amount?.value === 1 &&
		/^\s+(?:was|is|has|remains|remained)\b/.test(claim.text.slice(slot.end))
	)
		wrong = [];
	// "Of the 43 leaders, 36 were new faces": no part is more than its whole.
	const whole = wholeOf(slot);
	if (whole !== undefined) wrong = wrong.filter((o) => !(leadingNumber(o) >= whole));
	// "sending shares up from $31.99 to _____": an option on the other side of where it came
	// from turns the rise into a fall.
	const partner = slot.kind === 'quantity' ? rangePartner(slot) : undefined;
	const own = slot.mention?.amount?.value;
	if (partner !== undefined && own !== undefined && own !== partner)
		wrong = wrong.filter((o) => Math.sign(leadingNumber(o) - partner) === Math.sign(own - partner));
	// "like pope _____ II": a regnal number makes any other person's name absurd beside it.
	if (/^\s+[IVX]{1,5}\b/.test(claim.text.slice(slot.end))) wrong = [];
	// "up to 1,864 from 1,596 – a 16% rise": the other figure and the change rule out any
	// option but the key by arithmetic; the figure is typed, never chosen.
	const percent = /%|\bper ?cent\b/i;
	if (
		slot.kind === 'quantity' &&
		!percent.test(slot.answer) &&
		/\d\s*(?:%|per ?cent)\s+(?:rise|increase|jump|gain|fall|drop|decline|decrease|cut)\b|\b(?:up|down|rose|fell|increased|decreased|grew|dropped|jumped)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?\d[\d.]*\s*(?:%|per ?cent)/i.test(
			claim.text
		) &&
		claim.mentions.filter((m) => m.kind === 'quantity' && !percent.test(m.text)).length >= 2
	)
		wrong = [];

	// Four options: a person among two others is chosen by ruling them out ("the opponent could
	// not have been the first Briton"); other kinds keep three when the article has no fourth.
	const minWrong = slot.people ? 3 : 2;
	const cuts = cutsOf(claim, false);
	const slotCut = cuts.some((c) => c.start < slot.end && slot.start < c.end);
	const edits: Edit[] = slotCut ? [] : cuts;
	const answer = slot.answer;

	// A question in words: "How many people were killed …?", "Who commended …?". Not of one
	// figure of two joined by "and": "How many bridges and 12 schools did the storm destroy?".
	const joined =
		(slot.kind === 'quantity' || slot.kind === 'duration') &&
		// "Almost 4,000 people were killed and nearly 3,000 others are unaccounted for".
		(andAnotherFigure.test(claim.text.slice(slot.end)) ||
			/\d[\p{L}\s-]*\s+and\s+$/u.test(claim.text.slice(0, slot.start)));
	const wh =
		claim.clause && !joined
			? whQuestion(
					claim.parse,
					claim.clause,
					slot,
					edits,
					claim.mentions.map((m) => m.outerStart ?? m.start),
					claim.mentions.filter((m) => m.kind === 'place')
				)
			: undefined;
	// "In Sri Lanka, how many people were killed …?": a lead that places or dates the claim
	// stays with the question, which would otherwise ask about the whole toll.
	const lead = claim.clause?.lead;
	// "Of the 43, how many were new faces …?": the whole the count is part of stays too.
	// "Excluding results from Nokia, how many cents a share …?": so does what the figure leaves out.
	const situating =
		lead &&
		(/^of (?:the|those|these|them)\b/i.test(lead.text) ||
			/^(?:excluding|including|not including|not counting|adjusted|apart from|except|aside from)\b/i.test(
				lead.text
			) ||
			(/^(?:in|on|at|after|before|during|since|by|until|across|throughout|following)\b/i.test(
				lead.text
			) &&
				(/^(?:[Ii]n|[Aa]t) (?:the )?\p{Lu}/u.test(lead.text) ||
					claim.mentions.some(
						(m) =>
							m.start < lead.end && /^(?:date|month|weekday|place|quantity|duration)$/.test(m.kind)
					))));
	const whText =
		wh && situating && !(slot.start < lead.end)
			? `${lead.text.replace(/,\s*$/, '')}, ${wh.charAt(0).toLowerCase()}${wh.slice(1)}`
			: wh;
	const whPrompt = whText
		? claim.source
			? fill('according', {
					source: claim.source,
					clause: whText.charAt(0).toLowerCase() + whText.slice(1)
				})
			: whText
		: undefined;
	// "Who said on the sidelines of the summit?": said what, the question does not say.
	const saysNothing =
		!!whText && /^Who (?:said|says|added)\b/.test(whText) && !/\bthat\b|[“"]/.test(whText);
	if (whPrompt && !saysNothing && !giveaway(whPrompt, slot)) {
		if (wrong.length >= minWrong)
			push(
				'wh-choice',
				{ type: 'mcq', prompt: whPrompt, answer, options: chooseOptions(answer, wrong, seed) },
				1
			);
		// "What did Mark Cavendish take …?": a thing has too many right wordings to type, unless
		// the verb names it one way ("buy Tomahawk cruise missiles") and it is no list.
		if (slot.kind !== 'thing' || typeableThing(slot))
			push(
				'wh-typed',
				{
					type: 'short_answer',
					prompt: whPrompt,
					answer: capitalize(answer),
					accept: [answer, ...accept, ...eitherOrder(answer)].filter(
						(a, i, all) => a !== capitalize(answer) && all.indexOf(a) === i
					)
				},
				slot.kind === 'thing' ? 0.75 : 0.9
			);
	}
	// A gap in the claim: whole constituents only, never a thing with many possible fillers (an
	// offence has few), nor a weekday (which day of the week is rarely the fact; "On which day
	// …?" asks it when it is).
	if ((slot.kind !== 'thing' || isOffence(slot.mention)) && slot.kind !== 'weekday') {
		const gapped = attributed(
			claim,
			rewrite(claim.text, [...edits, { start: slot.start, end: slot.end, insert: gap }])
		);
		if (gapped.includes(gap) && !giveaway(gapped, slot)) {
			push(
				'gap-typed',
				{ type: 'cloze', prompt: fill('cloze', { text: gapped }), answer, accept },
				0.85
			);
			if (wrong.length >= minWrong && articleFits(gapped, [answer, ...wrong.slice(0, 3)]))
				push(
					'gap-choice',
					{
						type: 'cloze',
						prompt: fill('clozeChoice', { text: gapped }),
						answer,
						accept: [],
						options: chooseOptions(answer, wrong, seed)
					},
					0.8
				);
		}
	}
	// A false statement: the answer changed to another value of its kind from the article.
	const wrongOne = wrongValue(slot, ctx, seed);
	const articleBefore = /\b(a|an)\s+$/i.exec(claim.text.slice(0, slot.start))?.[1]?.toLowerCase();
	if (wrongOne && (!articleBefore || saysAn(wrongOne) === (articleBefore === 'an'))) {
		const tfCuts = cutsOf(claim, true);
		const safe = tfCuts.filter((c) => !(c.start < slot.end && slot.start < c.end));
		const statement = attributed(
			claim,
			rewrite(claim.text, [...safe, { start: slot.start, end: slot.end, insert: wrongOne }])
		);
		// "fetched $40.0 million … above its $40 million guide price": never a figure the sentence
		// gives to something else, however it is written.
		const plain = wrongOne.replace(/(\d)\.0(?=\D|$)/, '$1');
		// "“I sincerely hope it’s worth … to 80,000 people.”": words with no speaker are nobody's
		// claim to be true or false.
		if (
			!ctx.statements.has(normalize(statement)) &&
			!containsName(claim.sentence.text, wrongOne) &&
			!containsName(claim.sentence.text, plain) &&
			!/^[“"‘][^]*[”"’]\.?$/.test(statement.trim())
		)
			push('false', { type: 'true_false', prompt: statement, answer: 'False' }, 0.9);
	}
	return out;
}

/** "an _____": every option must take the article the prompt puts before the gap. */
function articleFits(prompt: string, options: readonly string[]): boolean {
	const article = new RegExp(`\\b(a|an)\\s+${escapeRegExp(gap)}`, 'i').exec(prompt)?.[1];
	if (!article) return true;
	return options.every((o) => saysAn(o) === (article.toLowerCase() === 'an'));
}

/**
 * What the speaker said, the quotation's last words a gap: "Laura Blank said: “There are a lot of
 * important needs, but the most important is _____.”" → "clean water". Typed, never chosen: the
 * speaker's own words have no wrong options of the same kind.
 */
function quoteGapCandidates(
	slot: Slot,
	ctx: BuildContext,
	push: (form: Form, q: Record<string, unknown>, quality: number) => void
): void {
	const claim = slot.claim;
	const quote = claim.quote!;
	const at = claim.text.indexOf(quote.text);
	if (at < 0 || slot.start < at) return;
	// "… reinvent the phone" under "Apple reinvents the phone": the headline says it.
	const head = slot.answer.split(/\s+/).pop()!;
	if (containsName(ctx.title, head) || containsName(ctx.title, slot.answer)) return;
	// "we're already hard at _____", "pivoting them in _____": an idiom's last words test
	// English, not the article.
	const before = claim.text.slice(at, slot.start);
	if (idiomEnds.some(([lead, end]) => lead.test(before) && end.test(slot.answer))) return;
	const words =
		claim.text.slice(at, slot.start) +
		gap +
		claim.text.slice(slot.end, at + quote.text.length).replace(/[,;:]\s*$/, '');
	const text = `“${words.replace(/([^.!?…])$/, '$1.')}”`;
	const prompt = fill('cloze', {
		text: fill('saidStatement', { speaker: quote.speaker.name, quote: text })
	});
	if (giveaway(prompt, slot)) return;
	push(
		'gap-typed',
		{ type: 'cloze', prompt, answer: slot.answer, accept: acceptFor(slot, ctx.pool.people) },
		0.8
	);
}

function quoteCandidates(
	slot: Slot,
	ctx: BuildContext,
	push: (form: Form, q: Record<string, unknown>, quality: number) => void
): void {
	const claim = slot.claim;
	const quote = claim.quote!;
	const words = quote.text.split(/\s+/).length;
	if (words < 5 || words > 45) return;
	const text = `“${quote.text.replace(/[,;:]$/, '.').replace(/([^.!?])$/, '$1.')}”`;
	const speaker = quote.speaker;
	// "Who said “My decision to resign …”?" under "Robert Mugabe has resigned": the one person the
	// headline names. With two in the headline, which of them said it is still a question.
	const titled = ctx.pool.people.filter((p) => p.aliases.some((a) => containsName(ctx.title, a)));
	if (titled.length === 1 && titled[0]!.key === speaker.key) return;
	// Only people the article has speak or gives a role: "James Bond" or a man long dead, named in
	// passing, is ruled out as a speaker on sight.
	// The others who speak first, then people the article gives an office or a calling.
	const others = [
		...ctx.speakers.filter((p) => p.key !== speaker.key),
		...ctx.pool.people.filter(
			(p) => p.key !== speaker.key && !ctx.speakers.includes(p) && p.role !== undefined
		)
	].filter((p) => !claim.sentence.text.includes(p.surname));
	const seed = hash32(slot.id);
	const prompt = fill('whoSaid', { quote: text });
	const names = others.map((p) => p.name);
	if (names.length >= 3)
		push(
			'quote-choice',
			{
				type: 'mcq',
				prompt,
				answer: speaker.name,
				options: chooseOptions(speaker.name, names, seed)
			},
			0.9
		);
	// "Who said this?" of the one person the article quotes asks nothing.
	if (ctx.speakers.length >= 2)
		push(
			'quote-typed',
			{
				type: 'short_answer',
				prompt,
				answer: speaker.name,
				accept: acceptFor(slot, ctx.pool.people)
			},
			0.85
		);
	const liar = ctx.speakers.find(
		(p) => p.key !== speaker.key && !claim.sentence.text.includes(p.surname)
	);
	// A quotation stated as true is the sentence copied: only the false attribution is asked.
	if (liar)
		push(
			'quote-false',
			{
				type: 'true_false',
				prompt: fill('saidStatement', { speaker: liar.name, quote: text }),
				answer: 'False'
			},
			0.75
		);
}

const characterCache = new Map<string, Set<string>>();
/**
 * The people an article names as parts played ("played author Paul Sheldon", "the role of Brian
 * Piccolo"), by key: a film's characters are no actors, and an actor is no character.
 */
function charactersIn(body: string, people: readonly Person[]): Set<string> {
	const cached = characterCache.get(body);
	if (cached) return cached;
	const out = new Set<string>();
	// "Rublev played Zverev in the final": only where actors and films are the story.
	const acting =
		/\b(?:actor|actress|actors|film|movie|starred|starring|character|sitcom|on stage)\b/i.test(
			body
		);
	for (const p of acting ? people : [])
		for (const form of [p.name, p.surname]) {
			const at = new RegExp(
				String.raw`\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying|roles? of|character|voiced|voices)\s+(?:(?:the\s+)?(?:role\s+of\s+)?(?:(?!by\b)[\p{Ll}-]+\s+){0,2})?${escapeRegExp(form)}\b`,
				'u'
			);
			if (at.test(body)) out.add(p.key);
		}
	if (characterCache.size > 50) characterCache.clear();
	characterCache.set(body, out);
	return out;
}
