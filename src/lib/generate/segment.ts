import type { Span } from '../schema/article';
import {
	cities,
	countries,
	monthAbbreviations,
	months,
	namedOnlyCities,
	states,
	weekdays
} from './lang/en/gazetteer';

export type BlockKind = 'paragraph' | 'heading' | 'byline' | 'caption';

export interface Sentence {
	/** Index in the document's sentence list. */
	index: number;
	block: number;
	start: number;
	end: number;
	text: string;
	/**
	 * The self-contained wording when the sentence alone is a fragment: a list item with its
	 * lead-in ("Owners … must keep records …."), a lead-in with its first item.
	 */
	statement?: string;
}

export interface Block {
	index: number;
	kind: BlockKind;
	start: number;
	end: number;
	text: string;
	/** A leading "WASHINGTON —" dateline, kept out of the first sentence's span. */
	dateline?: string;
	/** What the dateline adds after its place: "Lebanon" in "BEIRUT, Lebanon (AP) —". */
	datelineRegion?: string;
	sentences: Sentence[];
}

export interface Segmented {
	blocks: Block[];
	/** Sentences of paragraph blocks only: the ones facts may come from. */
	sentences: Sentence[];
	/** Passages longer than `maxWords` words with no sentence end: kept for display, never read. */
	overlong: number;
	maxWords: number;
}

/**
 * A "sentence" longer than this (text without full stops) is cut into pieces of this many words
 * and not read for facts: every later stage then costs the same per word whatever the punctuation.
 */
export const maxSentenceWords = 80;

export interface SegmentHints {
	title?: string;
	byline?: string;
	photoCaption?: string;
	/** "AceShowbiz - French director …": the publisher's name opening the first paragraph. */
	publisher?: string;
}

// A period after these never ends a sentence on its own.
const abbreviations = new Set(
	(
		'mr mrs ms dr prof st jr sr gen gov sen sens rep reps lt col capt sgt maj cmdr adm supt insp ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx dept est fig inc corp ltd co mt ft'
	).split(' ')
);
// Words that start a new sentence after an ambiguous "U.S." or "Inc.".
const sentenceStarters = new Set(
	'The A An He She It They We I But And In On At This That These Those His Her Their Its Our After Before While When Meanwhile However'.split(
		' '
	)
);

/** A day or month name, whole or short: after "5 a.m." or "Hull Rds." it says when, and goes on. */
const dayOrMonth = new RegExp(
	`^(?:${[
		...weekdays,
		...months,
		...Object.keys(monthAbbreviations).map((m) => m.slice(0, -1)),
		'Jun',
		'Jul',
		'Mon',
		'Tue',
		'Tues',
		'Wed',
		'Thu',
		'Thur',
		'Thurs',
		'Fri',
		'Sat',
		'Sun'
	].join('|')})$`
);

const closers = '"”’\')]';

/** Whether a quotation opened in `text` is still open at its end. */
function insideQuote(text: string): boolean {
	const curly = (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0);
	return curly || (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Splits one line into sentence spans relative to `base`. */
export function splitSentences(text: string, base = 0): Span[] {
	const spans: Span[] = [];
	let start = 0;
	const skipSpace = (i: number) => {
		while (i < text.length && /\s/.test(text[i]!)) i++;
		return i;
	};
	start = skipSpace(0);
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch !== '.' && ch !== '!' && ch !== '?') continue;
		let end = i + 1;
		while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?'))
			end++;
		while (end < text.length && closers.includes(text[end]!)) end++;
		// "… in a worsening situation.Italians, Germans …": a page that lost the space after a full
		// stop still ends its sentence there, between a word and a capitalised word.
		const glued =
			ch === '.' &&
			end === i + 1 &&
			/\p{Ll}{3}$/u.test(text.slice(Math.max(0, i - 3), i)) &&
			/^\p{Lu}\p{Ll}+\b/u.test(text.slice(end, end + 30)) &&
			!/^(?:com|org|net)\b/i.test(text.slice(end, end + 4));
		if (end < text.length && !/\s/.test(text[end]!) && !glued) continue;
		const next = skipSpace(end);
		if (next >= text.length) break;
		const after = text.slice(next, next + 80);
		// The next sentence must open with a capital, digit or opening quote.
		// "… 128 GB. iPhone 6 Plus starts …": a name written with a small first letter opens one too.
		if (!/^[\p{Lu}\p{N}"“‘'(]|^[ie]\p{Lu}\p{Ll}/u.test(after)) continue;
		// A crowd chanted, "Shame! Shame!" outside …: inside a quotation that closes and runs on
		// in lower case, an exclamation or question is no sentence end.
		if (ch !== '.' && insideQuote(text.slice(start, i))) {
			const close = /["”]\s*([\p{L},])/u.exec(text.slice(end, end + 120));
			if (close && /[\p{Ll},]/u.test(close[1]!)) continue;
		}
		// “Why aren't we getting cures?” Ramsey said.: a question or exclamation quoted, then
		// who said it, is one sentence.
		if (
			ch !== '.' &&
			/["”]/.test(text.slice(i + 1, end)) &&
			/^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|wrote|shouted|exclaimed)\b/u.test(
				after
			)
		)
			continue;
		if (ch === '.') {
			// A bounded window: searching from the text's start at every full stop is quadratic.
			// "the mid-1970s." ends on a word, not on an initial "s.".
			const word =
				/(?<![\p{L}\p{N}'’-])([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, i - 40), i + 1))?.[1] ??
				'';
			const nextWord = /^[\p{L}]+/u.exec(after.slice(0, 60).replace(/^["“‘'(]/, ''))?.[0] ?? '';
			if (abbreviations.has(word.toLowerCase())) continue;
			// Initials and dotted acronyms ("U.S.", "J.") end a sentence only before a typical opener.
			// "It struck at 5:30 a.m. Power lines …": after a clock time, a capital ends the
			// sentence unless it names the day, the month or the time zone ("5 p.m. Friday").
			const clockEnd =
				/^[ap]\.m$/i.test(word) &&
				/^\p{Lu}\p{Ll}/u.test(nextWord) &&
				!dayOrMonth.test(nextWord) &&
				!/^(?:Eastern|Pacific|Central|Mountain|Greenwich|British|local|Local)$/.test(nextWord);
			if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && !sentenceStarters.has(nextWord) && !clockEnd)
				continue;
			// "arrested at Dunbar and Hull Rds. Sunday about 13 hours after …": a road's short form
			// before a day or month goes on to say when.
			if (/^(?:rd|rds|ave|blvd|hwy|ln|pl|sq)$/i.test(word) && dayOrMonth.test(nextWord)) continue;
			// A closing quote followed by a lower-case attribution ("," he said) is handled above.
		}
		spans.push({ start: base + start, end: base + end });
		start = next;
		i = next - 1;
	}
	let last = text.length;
	while (last > start && /\s/.test(text[last - 1]!)) last--;
	if (last > start) spans.push({ start: base + start, end: base + last });
	return spans;
}

/** A span of more than `maxSentenceWords` words as pieces of at most that many, cut between words. */
function capped(body: string, span: Span): Span[] {
	const pieces: Span[] = [];
	const word = /\S+/g;
	word.lastIndex = span.start;
	let pieceStart = span.start;
	let count = 0;
	let lastEnd = span.start;
	for (let m = word.exec(body); m && m.index < span.end; m = word.exec(body)) {
		if (count === maxSentenceWords) {
			pieces.push({ start: pieceStart, end: lastEnd });
			pieceStart = m.index;
			count = 0;
		}
		count++;
		lastEnd = Math.min(m.index + m[0].length, span.end);
	}
	pieces.push({ start: pieceStart, end: span.end });
	return pieces;
}

// "LE BOURGET/UNITED NATIONS - …", "BAGHDAD, Iraq, Dec. 14, 2003 — -- …", "RICHMOND, Va., (Reuters) – …",
// "L’AQUILA, Italy (AP) — …", "NEW YORK ( The Deal) -- …".
const datelinePattern =
	/^([\p{Lu}][\p{Lu}.'’/ -]{1,40}?)(?:,\s*[\p{L}\p{N}. ]{2,30}){0,3},?(?:\s*\(\s*(?:AP|AFP|Reuters|UPI|CNN|dpa|Xinhua|[A-Z]{2,6}|\p{Lu}[\p{L}\p{N} /&.-]{1,30})\))?(?:\s*(?:—|–|--|-|_))+\s+/u;

/** "… via the web. - Bloomberg": a news agency's credit closing a paragraph. */
const trailingCredit =
	/(?<=[.!?”"’])\s*(?:—|–|--|-)\s*(?:Bloomberg|Reuters|AFP|AP|Associated Press|PTI|IANS|ANI|Xinhua|dpa|UPI|Bernama|Kyodo|Yonhap|Agencies|agencies|NYT|The New York Times|The Washington Post)\.?\s*$/u;

/** "(CNN) -- Scientists have discovered …": the agency alone, with no place, before a dash. */
const agencyOnlyDateline =
	/^\(\s*(?:AP|AFP|Reuters|UPI|CNN|dpa|Xinhua|[A-Z]{2,6}|\p{Lu}[\p{L}\p{N} /&.-]{1,30})\)\s*(?:(?:—|–|--|-)\s*)+(?=\p{Lu})/u;

/** "TEHRAN, Dec. 26 A powerful earthquake …": a place in capitals and a date, with no dash. */
const datedDateline =
	/^(\p{Lu}{3,}(?:\s+\p{Lu}{2,})*(?:,\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}))\s+(?=\p{Lu}[\p{Ll}\s])/u;

/** "March 14, 2011— -- Radiation has spread …": a date and dashes opening the article. */
const dateDashDateline =
	/^((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+\d{4})\s*(?:(?:—|–|--|-)\s*)+(?=\p{Lu})/u;

/** "Moscow/ Bishkek, Kyrgyzstan - Several thousand people …": two places the agency filed from,
 * the second with its country, before a dash. */
const slashDateline =
	/^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*\/\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?)\s+(?:—|–|--|-)\s+(?=\p{Lu})/u;

/** "BEIJING—China on Wednesday opened …": a place in capitals closed up to its dash. */
const closedDashDateline =
	/^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*)(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:—|–)(?=\p{Lu}\p{Ll})/u;

/**
 * "New Delhi, Jul 18 (FN Bureau) French filmmaker …", "New Delhi, Jul 24 (EFE).- The search …": a
 * place, a date and the agency in brackets, with or without a dash after them.
 */
const datedBracketDateline =
	/^(\p{Lu}[\p{L}.' -]{1,30}?,\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*\([^()]{2,40}\)(?:\.?\s*(?:—|–|-)+)?\s+(?=\p{Lu})/u;

/** "Copiapo: All of Chile's 33 trapped miners …", "PUTRAJAYA (Dec 12): …", "Washington DC, July
 * 29 : …", "NEW DELHI, HYDERABAD: …": a place or two (a date, a bracket) and a
 * colon opening the article. */
const colonDateline =
	/^(\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\p{Ll}+|\p{Lu}{2})){0,2}|\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2}(?:,\s*\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2})?)(?:,\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?(?:\s*\([^()]{2,30}\))?\s*:\s+(?=\p{Lu})/u;
const notPlaces = new Set(
	'Update Updated Note Editor Warning Correction Analysis Opinion Exclusive Breaking Watch Video Photos Live Summary Background Context Review Interview'.split(
		' '
	)
);

/** "Bhubaneswar (Odisha) [India], January 14 (ANI): Railway …": a news agency's dateline, with
 * the state and country in brackets and the agency before a colon. */
const agencyColonDateline =
	/^(\p{Lu}[\p{L}.' -]{1,40}?)\s*(?:\([^()]{2,40}\)\s*)?(?:\[[^[\]]{2,40}\]\s*)?(?:,\s*[\p{L}\p{N}. ]{2,30}?)?\s*\((?:ANI|PTI|IANS|UNI|AP|AFP|Reuters|Xinhua|Bernama|[A-Z]{2,6})\)\s*:\s+(?=\p{Lu})/u;

/** "Los Angeles — Pop superstar …": a dateline in ordinary case, told by naming a known place. */
const titleCaseDateline =
	/^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:,\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}))?(?:\s*\([^()]{2,30}\))?\s*(?:—|–|--)\s*(?=\p{Lu})/u;

/** "Washington County, FL –", "Washington, DC (CNN) —": a county, or a place with its state's
 * short form, is a dateline's place whether or not a list knows it. */
const datelinePlace = (place: string, region: string | undefined) =>
	knownPlaces.has(place) ||
	/\s(?:County|Parish|Borough)$/.test(place) ||
	(!!region && /^(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)$/.test(region));
const knownPlaces = new Set<string>([
	...cities,
	...namedOnlyCities,
	...states,
	...countries.map(([n]) => n)
]);

/** "Manila, (APP - UrduPoint / Pakistan Point News - 11th Nov, 2024) Thousands …": a place and
 * a bracket naming the agency or the date, before the first sentence. */
const bracketDateline =
	/^([\p{Lu}][\p{L}.' -]{1,40}?),?\s*\(((?=[^()]*(?:\b(?:19|20)\d\d\b|\b(?:AP|AFP|APP|PTI|IANS|UPI|Reuters|Xinhua|Bernama|News)\b))[^()]{3,120})\)\s+(?=\p{Lu})/u;

/** Whether every bracket in `text` that opens also closes, in order. */
function balanced(text: string): boolean {
	let depth = 0;
	for (const c of text) {
		if (c === '(') depth++;
		else if (c === ')' && --depth < 0) return false;
	}
	return depth === 0;
}

function endsLikeSentence(text: string): boolean {
	return /[.!?]["”’')\]]*$/.test(text.trim());
}

const listMarker = /^(?:[-•*]|\d{1,2}[.)])\s+/u;

/** "Owners … must:" and "- keep records for three years;" as one sentence: "Owners … must keep records for three years." */
function joinItem(lead: string, item: string): string {
	const body = item.replace(/(?:[;,]|;?\s+(?:and|or))\s*$/u, '').replace(/[.!?]$/, '');
	return `${lead.replace(/:\s*$/, '')} ${body}.`;
}

function classify(
	text: string,
	index: number,
	previous: BlockKind | undefined,
	inHeader: boolean,
	hints: SegmentHints
): BlockKind {
	const t = text.trim();
	const same = (a?: string) => !!a && a.trim().toLowerCase() === t.toLowerCase();
	if (same(hints.photoCaption)) return 'caption';
	if (same(hints.title)) return 'heading';
	if (/^(photo|caption|image|pictured)\b[:.]?/i.test(t)) return 'caption';
	if (/\((?:photo|file photo|AP|AFP|Reuters|Getty|Kyodo)[^)]*\)\s*$/i.test(t)) return 'caption';
	if (/^[Bb]y\s+\p{Lu}/u.test(t) && t.split(/\s+/).length <= 12) return 'byline';
	// "Masanori Genko / The Yomiuri Shimbun": a name, a slash and a publisher.
	if (/^[\p{Lu}][\p{L}.' -]{1,60}\s\/\s[\p{Lu}][\p{L}.' &-]{1,60}$/u.test(t)) return 'byline';
	if (same(hints.byline) && !endsLikeSentence(t)) return 'byline';
	// A lead-in ("… must:") or a list item ("- report it within 24 hours;") is never a heading.
	if (listMarker.test(t) || /[:;]$/.test(t)) return 'paragraph';
	if (!endsLikeSentence(t) && t.split(/\s+/).length <= 14) return 'heading';
	// A one-sentence line right under the headline or byline, before the story starts, is a caption.
	if (inHeader && index > 0 && (previous === 'heading' || previous === 'byline')) {
		if (!datelinePattern.test(t) && splitSentences(t).length === 1) return 'caption';
	}
	return 'paragraph';
}

/** Splits a body into blocks (one per non-empty line) and sentences, with exact offsets. */
export function segment(body: string, hints: SegmentHints = {}): Segmented {
	const blocks: Block[] = [];
	const sentences: Sentence[] = [];
	const linePattern = /[^\n]+/g;
	let match: RegExpExecArray | null;
	let inHeader = true;
	let overlong = 0;
	// The line before a run of list items, when it ends with ":" and the items continue it.
	let leadIn: Sentence | undefined;
	while ((match = linePattern.exec(body))) {
		const raw = match[0];
		const lead = raw.length - raw.trimStart().length;
		const text = raw.trim();
		if (!text) continue;
		const start = match.index + lead;
		const previous = blocks[blocks.length - 1]?.kind;
		const kind = classify(text, blocks.length, previous, inHeader, hints);
		const firstParagraph = kind === 'paragraph' && !blocks.some((b) => b.kind === 'paragraph');
		if (kind === 'paragraph') inHeader = false;
		const block: Block = {
			index: blocks.length,
			kind,
			start,
			end: start + text.length,
			text,
			sentences: []
		};
		let from = 0;
		const marker = listMarker.exec(text);
		if (marker) from = marker[0].length;
		else if (kind === 'paragraph') {
			const dateline = datelinePattern.exec(text);
			const agency = dateline ? undefined : agencyColonDateline.exec(text);
			const bracketed = dateline || agency ? undefined : bracketDateline.exec(text);
			const titled = titleCaseDateline.exec(text);
			const dated = firstParagraph
				? (datedDateline.exec(text) ??
					dateDashDateline.exec(text) ??
					closedDashDateline.exec(text) ??
					datedBracketDateline.exec(text) ??
					slashDateline.exec(text))
				: null;
			if (dateline && dateline[1]!.replace(/[^\p{Lu}]/gu, '').length >= 2) {
				block.dateline = dateline[1]!.trim();
				// "BEIRUT, Lebanon (AP) —": the country after the place is the dateline's too.
				const region = dateline[0]
					.slice(dateline[1]!.length)
					.replace(/\s*\([^()]*\)/u, '')
					.replace(/^[\s,]+|[\s,—–_-]+$/gu, '');
				if (region) block.datelineRegion = region;
				from = dateline[0].length;
			} else if (agency) {
				block.dateline = agency[1]!.trim();
				from = agency[0].length;
			} else if (titled && datelinePlace(titled[1]!, titled[2])) {
				block.dateline = titled[2] ? `${titled[1]}, ${titled[2]}` : titled[1]!;
				from = titled[0].length;
			} else if (titled && titled[2] && /^[A-Z]{3,6}$/.test(titled[2]) && firstParagraph) {
				// "Izmir, MINA – At least 14 people …": a place and the agency's name in capitals.
				block.dateline = titled[1]!;
				from = titled[0].length;
			} else if (bracketed) {
				block.dateline = bracketed[1]!.trim();
				from = bracketed[0].length;
			} else if (dated) {
				block.dateline = dated[1]!;
				from = dated[0].length;
			} else if (
				firstParagraph &&
				hints.publisher &&
				text.startsWith(hints.publisher) &&
				/^\s*(?:[-–—:|]|--)\s+\S/.test(text.slice(hints.publisher.length))
			) {
				from =
					hints.publisher.length +
					/^\s*(?:[-–—:|]|--)\s+/.exec(text.slice(hints.publisher.length))![0].length;
			} else if (firstParagraph && agencyOnlyDateline.test(text)) {
				from = agencyOnlyDateline.exec(text)![0].length;
			} else if (firstParagraph) {
				const colon = colonDateline.exec(text);
				const word = colon?.[1]?.split(' ')[0] ?? '';
				if (colon && !notPlaces.has(word.charAt(0) + word.slice(1).toLowerCase())) {
					block.dateline = colon[1]!;
					from = colon[0].length;
				}
			}
		}
		// "… delivered via the web. - Bloomberg": the agency that filed the story, after its last
		// sentence, is no part of that sentence.
		const credit = kind === 'paragraph' ? trailingCredit.exec(text) : null;
		const to = credit ? credit.index : text.length;
		const spans: (Span & { overlong?: boolean })[] = [];
		for (const span of splitSentences(text.slice(from, Math.max(from, to)), start + from)) {
			const pieces = capped(body, span);
			if (pieces.length > 1) overlong++;
			spans.push(...pieces.map((p) => (pieces.length > 1 ? { ...p, overlong: true } : p)));
		}
		spans.forEach((span, i) => {
			// "(The probe's signals take about 15 minutes …)": a sentence in brackets is read without them.
			const whole = body.slice(span.start, span.end);
			if (/^\([^]*[.!?]\)$/u.test(whole) && balanced(whole.slice(1, -1)))
				span = { ...span, start: span.start + 1, end: span.end - 1 };
			const sentence: Sentence = {
				index: sentences.length,
				block: block.index,
				start: span.start,
				end: span.end,
				text: body.slice(span.start, span.end)
			};
			let source = kind === 'paragraph' && !span.overlong;
			// An item that continues its lead-in ("- keep records …") is asked with the lead-in's words;
			// one that does not ("- a fine", with no "…:" before it) is no statement and no source.
			if (marker && i === 0 && /^\p{Ll}/u.test(sentence.text)) {
				if (leadIn) {
					sentence.statement = joinItem(leadIn.text, sentence.text);
					leadIn.statement ??= sentence.statement;
				} else source = false;
			}
			block.sentences.push(sentence);
			if (source) sentences.push(sentence);
		});
		if (!marker) {
			const last = block.sentences[block.sentences.length - 1];
			leadIn = kind === 'paragraph' && last && /:$/.test(last.text) ? last : undefined;
		}
		blocks.push(block);
	}
	// A lead-in no item continued stays a fragment: it is no source either.
	const sources = sentences.filter((x) => !/:$/.test(x.text) || x.statement);
	// Sentence indices count fact sources only; renumber so they are contiguous.
	sources.forEach((s, i) => (s.index = i));
	return { blocks, sentences: sources, overlong, maxWords: maxSentenceWords };
}
