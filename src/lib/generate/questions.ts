import { gap, type Question } from '../schema/bank';
import type { Claim } from './analyse';
import { formatDay } from './dates';
import {
	distractorsFor,
	numericVariants,
	personDistractors,
	type Group,
	type Pool
} from './distractors';
import type { Mention, Person } from './entities';
import type { Slot } from './facts';
import { fill } from './lang/en/templates';
import { rewrite, shorten as shortenText, type Edit } from './lang/en/shorten';
import { whQuestion } from './lang/en/wh';
import { passive } from './lang/en/clause';
import nlp from 'compromise';
import { limitWords, ordinals, sayVerbs as sayVerbList, thingVerbs } from './lang/en/words';
import { titles } from './lang/en/gazetteer';
import { countries } from './lang/en/gazetteer';
import { acceptFor } from './accept';
import { has } from './parse';
import { contentWords, type Topic } from './salience';
import { escapeRegExp, findWord, hash32, hashHex, normalize, shuffled } from './text';

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
const cutsOf = (claim: Claim, dropLead: boolean): Edit[] =>
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

function explanation(slot: Slot, published: string): string {
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
	if (claim.mentions.some((m) => (m.outerStart ?? m.start) === 0 && m.kind !== 'quantity'))
		return text;
	const proper =
		first &&
		(has(first, 'ProperNoun') ||
			has(first, 'Person') ||
			has(first, 'Place') ||
			has(first, 'Organization') ||
			/^\p{Lu}{2,}|^I\b/u.test(first.text));
	return proper || text.startsWith(gap) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The claim's text with who said it: "According to officials, the storm …". */
export function attributed(claim: Claim, text: string): string {
	if (!claim.source) return text;
	return fill('according', { source: claim.source, clause: lowerFirst(claim, text) });
}

/** Straight quotes (``…'' and "…") as typewriters wrote them become real quotation marks. */
function tidyQuotes(text: string): string {
	return text
		.replace(/``/g, '“')
		.replace(/''/g, '”')
		.replace(/"([^"]*)"/g, '“$1”');
}

/** Forms of an answer a reader would know it by, for telling that a prompt gives it away. */
function namesOf(slot: Slot): string[] {
	const names = [slot.answer.replace(/^the /i, '')];
	if (slot.mention) names.push(slot.mention.display.replace(/^the /i, ''));
	for (const p of slot.people ?? []) names.push(p.name, ...p.aliases);
	if (slot.mention?.amount) {
		const n =
			/\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.exec(
				slot.answer
			)?.[0];
		if (n) names.push(n);
	}
	return [...new Set(names.filter((n) => n.length > 1))];
}

const containsName = (haystack: string, name: string) =>
	findWord(normalize(haystack), normalize(name)) >= 0;

/** Initials of a name's capitalised words: "United Nations Environment Programme" is "UNEP". */
function initials(name: string): string {
	return name
		.split(/[\s-]+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w.charAt(0))
		.join('');
}

/**
 * Why asking this slot would be trivial, or undefined: the headline or the article's subject
 * gives it away, it sits inside a name ("Tour de _____"), a possessive ("_____’s coordinator"),
 * or beside its own acronym.
 */
export function trivialSlot(slot: Slot, ctx: BuildContext): string | undefined {
	const text = slot.claim.text;
	if (slot.mention && ctx.topic.givenAway.has(slot.mention.key)) return 'the article’s own subject';
	for (const p of slot.people ?? [])
		if (ctx.topic.givenAway.has(p.key)) return 'named in the headline';
	if (slot.kind !== 'weekday' && slot.kind !== 'month')
		for (const n of namesOf(slot)) if (containsName(ctx.title, n)) return 'named in the headline';
	if (
		slot.kind === 'place' ||
		slot.kind === 'organization' ||
		slot.kind === 'event' ||
		slot.kind === 'person'
	) {
		// "Leicester City" when the headline says "Leicester"; "Tasmania" under "Tasmanian devils".
		const titleWords = ctx.title.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
		for (const n of namesOf(slot))
			for (const w of n.split(/[\s-]+/).filter((x) => /^\p{Lu}\p{L}{3,}/u.test(x)))
				if (titleWords.some((t) => t === w || (t.startsWith(w) && t.length - w.length <= 3)))
					return 'named in the headline';
	}
	// "Raises Swine Flu Alert to Phase 6" gives away "6"; "WHO …" gives away the World Health
	// Organization.
	const ini = initials(slot.answer);
	if (ini.length >= 2 && new RegExp(`\\b${escapeRegExp(ini)}\\b`).test(ctx.title))
		return 'its acronym is in the headline';
	const amount = slot.mention?.amount;
	if (amount && !amount.words) {
		const digits = /\d[\d,.]*/.exec(slot.answer)?.[0]?.replace(/[.,]$/, '');
		if (
			digits &&
			new RegExp(`(?<![\\d.,])${escapeRegExp(digits)}(?![\\d]|[.,]\\d)`).test(ctx.title)
		)
			return 'named in the headline';
	}
	if (slot.position === 'quote') return undefined;
	// "this year", "last week": a filler phrase, not a date to learn.
	if (
		(slot.kind === 'date' || slot.kind === 'month') &&
		/^(?:this|last|next|that|the same|the following|the previous) (?:year|month|week|day)$|^(?:today|yesterday|tomorrow|tonight)$/i.test(
			slot.answer
		)
	)
		return 'a date relative to the article';
	// "reported one man had said it started in his fridge": "his" says how many.
	if (
		amount?.value === 1 &&
		/^(?:one|1|a|an|single)\b/i.test(slot.answer) &&
		/\b(?:his|her|he|she|him)\b/i.test(text.slice(slot.end))
	)
		return 'its pronoun gives it away';
	if (/^[’'](?:s\b|\s)/u.test(text.slice(slot.end))) return 'a possessive';
	// "Englert told The Local's David Landes": the reporter is no fact of the story.
	if (
		slot.kind === 'person' &&
		/\btold\s+(?:the\s+)?\p{Lu}[\p{L}\s]*?['’]s?\s+$/u.test(text.slice(0, slot.start))
	)
		return 'the reporter';
	// Ages ("Trimovillas, 40", "a 27-year-old") and conversions in brackets ("(849-foot)") are
	// details no teacher asks.
	const a = slot.mention?.amount;
	if (
		a &&
		(/-old$/.test(a.suffix) ||
			(/\p{Lu}\p{L}+,\s*$/u.test(text.slice(Math.max(0, slot.start - 40), slot.start)) && !a.unit))
	)
		return 'an age';
	if (/\(\s*$/.test(text.slice(0, slot.start)) && /^\s*\)/.test(text.slice(slot.end)))
		return 'in brackets';
	if (slot.kind === 'place' && /^\s+time\b/.test(text.slice(slot.end))) return 'a time zone';
	if (
		slot.kind === 'place' &&
		/\b(?:central|northern|southern|eastern|western|north|south|east|west)\s+$/i.test(
			text.slice(0, slot.start)
		)
	)
		return 'a region of the article’s country';
	// "including South Africa", "such as Tokyo": an example is one of many right answers.
	if (/\b(?:including|such as|like|e\.g\.)\s+$/i.test(text.slice(0, slot.start)))
		return 'an example';
	// "from Tokyo and New York to Taiwan": one place of an illustrative list is no fact.
	if (
		slot.kind === 'place' &&
		slot.claim.mentions.some(
			(x) =>
				x.kind === 'place' &&
				x.start !== slot.start &&
				(/^\s*(?:,|and|or|to|,\s*and)\s*$/.test(text.slice(x.end, slot.start)) ||
					/^\s*(?:,|and|or|to|,\s*and)\s*$/.test(text.slice(slot.end, x.start)))
		)
	)
		return 'one of a list';
	const before = text.slice(0, slot.start);
	if (
		/\p{Lu}[\p{L}.'’-]*\s+(?:(?:de|du|la|le|of|von|van|del)\s+)?$/u.test(before) &&
		slot.start > 0 &&
		// "Vice President Emmerson Mnangagwa": a title before a person is no longer name.
		!(slot.kind === 'person' && titleBefore.test(before))
	) {
		// "Tour de France", "Bank of England": the answer completes a longer name.
		const lastWord = /(\S+)\s+(?:\S+\s+)?$/.exec(before)?.[1] ?? '';
		if (!/^(?:The|In|On|At|For|From|To|By|And|But|As|With|Of)$/.test(lastWord))
			return 'inside a name';
	}
	if (/^-\p{L}/u.test(text.slice(slot.end)) || /\p{L}-$/u.test(before)) return 'half a compound';
	if (
		ini.length >= 2 &&
		new RegExp(`\\(${escapeRegExp(ini)}\\)|\\b${escapeRegExp(ini)}\\b`).test(text)
	)
		return 'its acronym is beside it';
	if (/^\s*\(/.test(text.slice(slot.end))) return 'its acronym is beside it';
	return undefined;
}

const titleBefore = new RegExp(`\\b(?:${titles.map(escapeRegExp).join('|')})\\s+$`, 'i');

/** Whether a prompt names the answer (in any of its forms) outside the gap. */
function giveaway(prompt: string, slot: Slot): boolean {
	const body = prompt.replace(gap, ' ');
	return namesOf(slot).some((n) => containsName(body, n));
}

const limitPattern = new RegExp(`\\b(?:${limitWords.join('|')})\\s*$`, 'i');

/** Whether a different value here could leave the statement true: "more than 400", "since 2012". */
function staysTrue(slot: Slot): boolean {
	const before = slot.claim.text.slice(0, slot.start);
	const m = slot.mention;
	if (m?.amount && (limitPattern.test(before) || limitPattern.test(m.amount.prefix))) return true;
	if (/\b(?:since|by|until|before|after)\s*$/i.test(before)) return true;
	if (/\b(?:stayed|remained|unchanged|steady|flat)\b/i.test(slot.claim.text)) return true;
	return false;
}

/**
 * The figure a slot's amount is measured against in its claim: the other end of "from X to Y",
 * or what it is "lower than", "up from", "more than last year's". A false value must stay on the
 * same side of it, or logic alone gives the statement away.
 */
export function rangePartner(slot: Slot): number | undefined {
	const text = slot.claim.text;
	const num = String.raw`(\d[\d,]*(?:\.\d+)?)`;
	const number = (t: string) =>
		Number(/^\d+,\d{1,2}$/.test(t) ? t.replace(',', '.') : t.replace(/,/g, ''));
	const before = text.slice(0, slot.start);
	const after = text.slice(slot.end);
	if (/\bfrom\s+$/i.test(before)) {
		const to = new RegExp(String.raw`^\s+to\s+${num}`).exec(after);
		if (to) return number(to[1]!);
	}
	const from = new RegExp(String.raw`\bfrom\s+${num}[^\d]{0,30}\s+to\s+$`, 'i').exec(before);
	if (from) return number(from[1]!);
	const compared = new RegExp(
		String.raw`^[^.;:\d]{0,40}?\b(?:lower|higher|less|more|fewer|greater|smaller|larger|bigger|up|down|above|below)\b[^.;:\d]{0,30}?\b(?:than|from)\s+[^.;:\d]{0,30}?${num}`,
		'i'
	).exec(after);
	return compared ? number(compared[1]!) : undefined;
}

/**
 * "opened in 2030" for a plant that opened in 1882, "renewable by 1967" for a goal set for 2030:
 * a year on the other side of the article's date from the answer is ruled out by logic.
 */
export function sameSideOfPublication(answer: string, option: string, published: string): boolean {
	const year = (t: string) => Number(/\b(1[0-9]|20)\d\d\b/.exec(t)?.[0] ?? NaN);
	const a = year(answer);
	const o = year(option);
	const now = Number(published.slice(0, 4));
	if (!Number.isFinite(a) || !Number.isFinite(o) || !Number.isFinite(now)) return true;
	return a > now === o > now;
}

/** Another value of the same kind from the article, for a statement that is clearly false. */
function wrongValue(slot: Slot, ctx: BuildContext, seed: number): string | undefined {
	const m = slot.mention;
	if (!m || staysTrue(slot)) return undefined;
	const sentence = slot.claim.sentence.text;
	switch (m.kind) {
		case 'quantity':
		case 'duration': {
			const options = numericVariants(m, 4, seed, {
				sentence,
				article: ctx.pool.byKind.get(m.kind) ?? []
			});
			// "more than 100 years" in the headline rules out "99 years" without the article.
			const unit = m.amount?.unit?.split(/\s+/)[0];
			if (unit && new RegExp(`\\d\\s*${escapeRegExp(unit)}`, 'i').test(ctx.title)) return undefined;
			// Far enough to be clearly wrong: at least a quarter away, or another whole count.
			const value = m.amount!.value;
			// "from 152 to 112": the change keeps its direction, or logic alone gives it away.
			const partner = rangePartner(slot);
			const far = options.filter((o) => {
				const n = Number(/\d[\d,]*(?:\.\d+)?/.exec(o)?.[0]?.replace(/,/g, '') ?? NaN);
				if (!Number.isFinite(n)) return m.amount!.words;
				if (partner !== undefined && Math.sign(n - partner) !== Math.sign(value - partner))
					return false;
				return value <= 12 && Number.isInteger(value)
					? n !== value
					: Math.abs(n - value) / value >= 0.2;
			});
			return far[0];
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
			const options = distractorsFor(m, sentence, ctx.pool, 3).filter((o) =>
				sameSideOfPublication(slot.answer, o, ctx.published)
			);
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

/** An answer with a quotation mark or an exclamation in it was cut from a name or a title. */
const clean = (slot: Slot) => !/[“”"!?]/.test(slot.answer);

/** A claim whose subject is still "they", "it" or "others": nothing about it stands alone. */
export function unresolvedSubject(claim: Claim): boolean {
	if (claim.unresolved) return true;
	const subject = claim.clause?.subject.text.toLowerCase();
	if (
		subject &&
		/^(?:he|she|it|they|this|that|these|those|others|we|i|you|many|some|most|few|several|all|both|each|one)$/.test(
			subject
		)
	)
		return true;
	// "Using only their hands, they threw …", "by 2023 it stood at …": a pronoun early in the claim.
	if (/^[^,]{1,80},\s+(?:he|she|it|they|we)\s/i.test(claim.text)) return true;
	return claim.parse.tokens
		.slice(0, 6)
		.some((t) => /^(?:he|she|it|they)$/.test(t.normal) && t.text === t.normal);
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
		quoteCandidates(slot, ctx, push);
		return out;
	}
	if (trivialSlot(slot, ctx) || unresolvedSubject(claim) || !clean(slot)) return out;

	const accept = acceptFor(slot);
	// "American International Group Inc." is "AIG" when the article calls it so.
	if (slot.kind === 'organization') {
		const short = initials(slot.answer.replace(/\b(?:Inc|Corp|Co|Ltd|Plc|LLC)\b\.?/g, ''));
		if (short.length >= 2 && ctx.acronyms?.has(short) && !accept.includes(short))
			accept.push(short);
	}
	let wrong: string[] = [];
	if (slot.people)
		wrong = personDistractors(slot.people, claim.sentence.text, ctx.pool.people, 3, ctx.groups);
	else if (slot.mention)
		wrong = distractorsFor(slot.mention, claim.sentence.text, ctx.pool, 3).filter((o) =>
			sameSideOfPublication(slot.answer, o, ctx.published)
		);
	wrong = wrong.filter(
		(w) => !containsName(ctx.title, w.replace(/^the /i, '')) || slot.kind === 'quantity'
	);

	const cuts = cutsOf(claim, false);
	const slotCut = cuts.some((c) => c.start < slot.end && slot.start < c.end);
	const edits: Edit[] = slotCut ? [] : cuts;
	const answer = slot.answer;

	// A question in words: "How many people were killed …?", "Who commended …?".
	const wh = claim.clause
		? whQuestion(
				claim.parse,
				claim.clause,
				slot,
				edits,
				claim.mentions.map((m) => m.outerStart ?? m.start),
				claim.mentions.filter((m) => m.kind === 'place')
			)
		: undefined;
	const whPrompt = wh
		? claim.source
			? fill('according', {
					source: claim.source,
					clause: wh.charAt(0).toLowerCase() + wh.slice(1)
				})
			: wh
		: undefined;
	if (whPrompt && !giveaway(whPrompt, slot)) {
		if (wrong.length >= 2)
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
					answer: capitalizeAnswer(answer),
					accept: [answer, ...accept, ...eitherOrder(answer)].filter(
						(a, i, all) => a !== capitalizeAnswer(answer) && all.indexOf(a) === i
					)
				},
				slot.kind === 'thing' ? 0.75 : 0.9
			);
	}
	// A gap in the claim: whole constituents only, never a thing with many possible fillers, nor
	// a weekday (which day of the week is rarely the fact; "On which day …?" asks it when it is).
	if (slot.kind !== 'thing' && slot.kind !== 'weekday') {
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
			if (wrong.length >= 2 && articleFits(gapped, [answer, ...wrong.slice(0, 3)]))
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
		if (!ctx.statements.has(normalize(statement)) && !containsName(claim.sentence.text, wrongOne))
			push('false', { type: 'true_false', prompt: statement, answer: 'False' }, 0.9);
	}
	return out;
}

/** "an" before a word said with a vowel first: "an 8 million", "an hour", "a union". */
const saysAn = (word: string) =>
	/^(?:[aeio]|u(?!n[iy]|s[aeu]|r[aeo]|t)|8|11\b|18\b|hour|honou?r|honest|heir)/i.test(word);

/** "an _____": every option must take the article the prompt puts before the gap. */
function articleFits(prompt: string, options: readonly string[]): boolean {
	const article = new RegExp(`\\b(a|an)\\s+${escapeRegExp(gap)}`, 'i').exec(prompt)?.[1];
	if (!article) return true;
	return options.every((o) => saysAn(o) === (article.toLowerCase() === 'an'));
}

function capitalizeAnswer(answer: string): string {
	return answer.charAt(0).toUpperCase() + answer.slice(1);
}

const demonymList = [...new Set(countries.map(([, d]) => d))];
const demonymCache = new WeakMap<BuildContext, string[]>();

/** The nationalities the article itself names, worked out once an article. */
function demonymsOf(ctx: BuildContext): string[] {
	let found = demonymCache.get(ctx);
	if (!found) {
		const text = [...ctx.statements].join(' ');
		found = demonymList.filter((d) => findWord(text, d.toLowerCase()) >= 0);
		demonymCache.set(ctx, found);
	}
	return found;
}

/**
 * A false statement made by changing one word of the claim to a neighbour the article rules
 * out: "second" for "third", "Belgian" for "Australian" (a nationality the article names). Never
 * "not", never a word inside a quotation, and never an opposite ("rose" for "fell"), which reads
 * as absurd beside the rest of a story.
 */
export function swappedStatement(
	claim: Claim,
	slot: Slot,
	ctx: BuildContext
): Candidate | undefined {
	if (unresolvedSubject(claim) || claim.quote) return undefined;
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
		if (
			!replacement &&
			ordinal >= 0 &&
			has(t, 'Value') &&
			!t.post.startsWith('-') &&
			!otherOrdinals
		)
			replacement = ordinals[ordinal === 0 || (seed & 1) === 1 ? ordinal + 1 : ordinal - 1];
		if (!replacement && demonymList.includes(word)) {
			const other = articleDemonyms.filter((d) => d !== word && !claim.sentence.text.includes(d));
			replacement = other[seed % Math.max(1, other.length)];
		}
		if (!replacement) continue;
		if (headlineStatement(claim, ctx)) return undefined;
		if (/^\p{Lu}/u.test(word) && !demonymList.includes(word))
			replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
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
export function negatedStatement(
	claim: Claim,
	slot: Slot,
	ctx: BuildContext
): Candidate | undefined {
	const c = claim.clause;
	if (!c || claim.quote || unresolvedSubject(claim) || headlineStatement(claim, ctx))
		return undefined;
	if (c.verb.negative || /[“”"‘’]|``|''/.test(claim.sentence.text)) return undefined;
	if (/\b(?:not|no|never|nothing|none|nobody|only|neither|nor|without|n't)\b/i.test(claim.text))
		return undefined;
	const p = claim.parse;
	const subject = p.tokens.slice(c.subject.first, c.subject.last + 1);
	if (
		subject.some(
			(t) =>
				has(t, 'Value') ||
				/^(?:some|many|most|few|several|all|each|every|any|both|just)$/.test(t.normal)
		)
	)
		return undefined;
	const first = p.tokens[c.verb.first]!;
	// "By yesterday word had spread": a subject opening with a preposition was misread.
	if (has(p.tokens[c.subject.first], 'Preposition')) return undefined;
	// "had spread" read as "had" + object: a verb after "have" is its participle.
	if (/^(?:has|have|had)$/i.test(first.text) && has(p.tokens[c.verb.last + 1], 'Verb'))
		return undefined;
	if (sayVerbs.has(c.verb.infinitive) || /^(?:may|might|could|should|can)$/i.test(first.text))
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
	// "has … become" read from "become": the auxiliary before the group is the verb's own.
	if (
		auxiliaries.test(p.tokens[c.verb.first - 1]?.text ?? '') ||
		auxiliaries.test(p.tokens[c.verb.last + 1]?.text ?? '')
	)
		return undefined;
	// "tore copies … and staged a walkout": a second verb the denial would not reach.
	if (p.verbs.some((v) => v.first > c.verb.last && p.tokens[v.first - 1]?.normal === 'and'))
		return undefined;
	// "is also", "was still", "already have", "had to": the denial would sit on the wrong word.
	const around = p.tokens.slice(Math.max(0, c.verb.first - 1), c.verb.last + 2);
	if (
		around.some((t) => /^(?:also|still|already|even|yet|now|just|always|ever|to)$/.test(t.normal))
	)
		return undefined;
	const mainOnly =
		c.verb.first === c.verb.main ||
		verbWords.slice(1).every((t) => has(t, 'Particle') || has(t, 'Adverb'));
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

/** A statement most of whose words are the headline's: the headline gives it away. */
function headlineStatement(claim: Claim, ctx: BuildContext): boolean {
	const words = [...contentWords(claim.text)];
	const title = contentWords(ctx.title);
	if (title.size < 2) return false;
	const shared = [...title].filter((w) => words.includes(w)).length;
	return shared / title.size >= 0.6;
}

/** The past participle of a verb: "taken" for "take", else its past form ("cleared"). */
function participle(infinitive: string, past: string): string {
	const forms = nlp(infinitive).verbs().conjugate()[0] as
		{ Participle?: string; PastTense?: string } | undefined;
	return forms?.Participle ?? forms?.PastTense ?? past;
}

/**
 * The claim restated in other words, true by the article: in the passive ("Pistorius was cleared
 * by Judge Masipa …"), or an apposition made a sentence ("Manish Kumar is an official with the
 * state of Bihar"). A sentence merely copied or cut short is no restatement: none is made then.
 */
export function trueStatement(claim: Claim, slot: Slot, ctx: BuildContext): Candidate | undefined {
	if (unresolvedSubject(claim) || headlineStatement(claim, ctx)) return undefined;
	let restated = claim.restated;
	if (!restated && claim.clause && !/[“”"‘]/.test(claim.text)) {
		const keep = claim.mentions.some(
			(m) => (m.outerStart ?? m.start) === claim.clause!.subject.start && m.kind !== 'quantity'
		);
		restated = passive(claim.parse, claim.clause, participle, keep);
	}
	const cuts = cutsOf(claim, true);
	const shortened = rewrite(claim.text, cuts);
	// Shortened to its core: at least three words of the sentence left out.
	const dropped = claim.sentence.text.split(/\s+/).length - shortened.split(/\s+/).length;
	const statement = tidyQuotes(attributed(claim, restated ?? shortened));
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
	const others = [
		...ctx.speakers.filter((p) => p.key !== speaker.key),
		...ctx.pool.people.filter((p) => p.key !== speaker.key && !ctx.speakers.includes(p))
	].filter((p) => !claim.sentence.text.includes(p.surname));
	const seed = hash32(slot.id);
	const prompt = fill('whoSaid', { quote: text });
	const names = others.map((p) => p.name);
	if (names.length >= 2)
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
			{ type: 'short_answer', prompt, answer: speaker.name, accept: acceptFor(slot) },
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
