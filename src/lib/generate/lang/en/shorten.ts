import type { Mention } from '../../entities';
import { has, type Parse } from '../../parse';
import { capitalize } from '../../text';
import type { Clause } from './clause';
import { trailingOpeners } from './words';

export interface Span {
	start: number;
	end: number;
}

/** A change to a claim's text: the span [start, end) replaced by `insert` ("" to leave it out). */
export interface Edit extends Span {
	insert: string;
}

const trailing = new RegExp(
	String.raw`,\s+(?:(?:${trailingOpeners.join('|')})\b|according to\b|among other\b|with (?:a|an|the|some|many|no)\b|a (?:move|decision|step|day|week|month|year)\b)`,
	'giu'
);

/**
 * Applies non-overlapping edits to `text` and tidies what cuts leave behind: doubled spaces, a
 * space before a comma, a small letter at the start, a missing full stop. Overlapping edits are
 * a caller's bug: the later one is dropped.
 */
export function rewrite(text: string, edits: readonly Edit[]): string {
	const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
	let out = '';
	let pos = 0;
	for (const e of sorted) {
		if (e.start < pos) {
			// A replacement inside a cut span vanishes with it; merge cuts that overlap.
			if (e.insert === '') pos = Math.max(pos, e.end);
			continue;
		}
		out += text.slice(pos, e.start) + e.insert;
		pos = e.end;
	}
	out += text.slice(pos);
	let t = out
		.replace(/\s+([,.;:!?])/g, '$1')
		.replace(/,\s*,/g, ',')
		.replace(/,([.!?])/g, '$1')
		// "since 1880,primarily": a comma the article ran into the next word.
		.replace(/,(?=\p{L})/gu, ', ')
		.replace(/\s{2,}/g, ' ')
		.trim()
		.replace(/^[,;:]\s*/, '')
		// "from 1 to 3 p.m.." after the clause behind "p.m.," was cut: one full stop.
		.replace(/(\b\p{L}\.)\.$/u, '$1');
	// "…in October, which Xfinity “patched and mitigated.”" cut after "October": the closing
	// mark of a quotation cut away goes with it.
	const opened = (t.match(/“/g) ?? []).length;
	const closed = (t.match(/”/g) ?? []).length;
	if (closed > opened) t = t.replace(/([.!?]?)”([.!?]?)$/u, '$1$2');
	else if ((t.match(/"/g) ?? []).length % 2 === 1) t = t.replace(/([.!?]?)"([.!?]?)$/u, '$1$2');
	t = capitalize(t);
	if (!/[.!?]["”’]?$/u.test(t)) t = `${t}.`;
	return t;
}

/** The next comma from `from` that is not a thousands separator ("350,000"), or -1. */
function nextComma(text: string, from: number): number {
	const re = /,(?!\d{3}\b)/gu;
	re.lastIndex = from;
	return re.exec(text)?.index ?? -1;
}

/**
 * The first of the next three commas after `from` that the main verb follows ("…, became"),
 * with three words or more before it, or -1.
 */
function verbAfterComma(
	parsed: Parse,
	text: string,
	from: number,
	end: number,
	commas = 3
): number {
	let at = from;
	for (let i = 0; i < commas; i++) {
		const comma = nextComma(text, at);
		if (comma < 0 || comma >= end) return -1;
		at = comma + 1;
		if (text.slice(from, comma).trim().split(/\s+/).length < 2) continue;
		const k = parsed.tokens.findIndex((t) => t.start > comma);
		const t = parsed.tokens[k];
		const after = has(t, 'Adverb') ? parsed.tokens[k + 1] : t;
		if (after && has(after, 'Verb') && !has(after, 'Gerund') && !has(after, 'PastTense'))
			return comma;
		if (
			after &&
			has(after, 'Verb') &&
			has(after, 'PastTense') &&
			!/^(?:and|or)$/.test(t?.normal ?? '')
		)
			return comma;
	}
	return -1;
}

/** Verbs that go on with "as" what they call someone: "characterized …, as a thief". */
const asComplement =
	/\b(?:characteri[sz]ed|described|portrayed|depicted|labell?ed|branded|regarded|viewed|seen|considered|identified|classified|hailed|billed|touted|dismissed|denounced|criticized|criticised|praised|cast|served|works?|worked|ranked|rated|listed)\b(?![^,]*\bas\b)[^]*$/i;

/**
 * Whether the clause an aside at `at` belongs to ("as the police counsel, Abraham Fadipe, who
 * prayed …") opens with "as", "because" or "when" and has no verb before the aside: its verb is
 * the aside's, and cut, the clause has none.
 */
function verbOnlyInAside(parsed: Parse, text: string, at: number): boolean {
	const sub = [...text.slice(0, at).matchAll(/\b(?:as|because|since|when|while|until)\s/gi)].pop();
	if (!sub) return false;
	return !parsed.verbs.some((v) => {
		const t = parsed.tokens[v.first]!;
		// "the police counsel": a noun that could be a verb, after its determiner or noun.
		const before = parsed.tokens[v.first - 1];
		if (has(before, 'Determiner') || (has(before, 'Noun') && !has(before, 'Pronoun'))) return false;
		return t.start > sub.index && t.end <= at;
	});
}

/** Words that point back into an aside before them: "since then", "after that". */
const pointsBack = /\b(?:since then|by then|until then|after that|before that)\b/i;

/** Spans between quotation marks, straight or curly. */
export function quotedSpans(text: string): Span[] {
	const out: Span[] = [];
	for (const m of text.matchAll(/[“"][^“”"]*[”"]/gu))
		out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

/**
 * The claim without what a reader can drop and still know the fact: asides in brackets,
 * ", which …" and ", who …" clauses, appositions after a name, a trailing ", including …" or
 * ", giving …" clause. The lead phrase ("On Friday,") goes too when `dropLead` is set.
 */
export function shorten(
	text: string,
	parsed: Parse,
	clause: Clause | undefined,
	mentions: readonly Mention[],
	options: { dropLead?: boolean } = {}
): Edit[] {
	// "Sectors …, including pharmacy and food industries, maintained growth rates of 6.25 percent
	// and 35.13 percent respectively": what "respectively" pairs the figures with stays.
	if (/\brespectively\b/i.test(text)) return [];
	const cut: Span[] = [];
	const end = text.replace(/[.!?]+["”’]?\s*$/u, '').length;
	// Asides in brackets.
	for (const m of text.matchAll(/\s*\(([^()]{1,120})\)/gu)) {
		// "A (H1N1) swine flu": a code of letters and digits is part of the name.
		// "(6m)", "(20ft)" are a figure's conversion, not a code: they go like any aside.
		if (
			/^(?=[^\s]*\p{L})(?=[^\s]*\d)[\p{L}\d-]+$/u.test(m[1]!) &&
			!/^\d[\d,.]*\s*(?:m|km|cm|mm|ft|in|mi|kg|g|lb|lbs|t|mph|kmh|kph|sq)$/i.test(m[1]!)
		)
			continue;
		cut.push({ start: m.index, end: m.index + m[0].length });
	}
	// A trailing clause after a comma: "…, toppling dozens of buildings."
	trailing.lastIndex = 0;
	const quoted = quotedSpans(text);
	for (const m of text.matchAll(trailing)) {
		if (clause && m.index < clause.verb.end) continue;
		// "… were not taken as the police counsel, Abraham Fadipe, who prayed the court to …":
		// the clause after "as" has its verb only in the "who" clause; cut, it has none.
		if (/^,\s+(?:who|which|whose)\b/i.test(m[0]) && verbOnlyInAside(parsed, text, m.index))
			continue;
		// "12 serving ministers, including Harsh Vardhan, … and others were dropped": with no
		// clause read, a verb after the aside may be the sentence's own; cut nothing then.
		if (
			!clause &&
			/^,\s+(?:including|such as)\b/.test(m[0]) &&
			parsed.verbs.some((v) => v.start > m.index && v.auxiliary)
		)
			continue;
		// Words inside quotation marks are the speaker's: never shortened.
		if (quoted.some((q) => m.index > q.start && m.index < q.end)) continue;
		// "the Build Back Better Act, which would, among other things, make investments": a
		// "which" with only its helping verb before a comma is no aside that closes there.
		if (
			/^,\s+(?:which|who)\s+(?:would|will|could|can|may|might|must|should)\s*,/.test(
				text.slice(m.index)
			)
		)
			continue;
		// "Rucker was characterized by Rendon, in a statement, as having used …": the "as" is
		// what the verb says; cut, the sentence says nothing.
		if (/^,\s+as\b/i.test(m[0]) && asComplement.test(text.slice(0, m.index))) continue;
		if (cut.some((c) => m.index >= c.start && m.index < c.end)) continue;
		// "includes, among other things, a 3 percent pay raise": the aside goes, what the verb
		// includes stays.
		const among = /^,\s+among other (?:things|items|measures|steps|changes),(?=\s)/iu.exec(
			text.slice(m.index)
		);
		if (among) {
			cut.push({ start: m.index, end: m.index + among[0].length });
			continue;
		}
		// "…, compared to opposition leader Diallo, who won 31 percent": the clause holds the
		// other side of the comparison; without it the comparison dangles.
		if (
			/\b(?:compared (?:to|with)|versus|than|against)\s+[^,]{1,60}$/i.test(text.slice(0, m.index))
		)
			continue;
		// An aside that closes with a comma and lets the sentence go on ("nations, including
		// Sweden and Belgium, got there sooner") goes alone; one that runs to the end goes whole.
		const next = nextComma(text, m.index + m[0].length);
		// "…, who turned the side around in three years, in the process becoming the first …":
		// a participle after the aside is still the aside's.
		if (next > 0 && /^,\s+(?:in the process\s+|thereby\s+)?\p{Ll}+ing\b/u.test(text.slice(next)))
			continue;
		const word = /,\s+(\p{L}+)/u.exec(m[0])?.[1]?.toLowerCase() ?? '';
		// The aside closes where the sentence goes on with its verb: "Smith, who ran for Newham
		// before moving to Portland, Oregon, became …", "the deadline, which, were it not met,
		// would have …". Elsewhere ("issues, including its goals, how to …") it does not close.
		// "…, noting TJX, the parent company of HomeGoods, owns …": a clause of saying after the
		// comma takes the rest of the sentence as what was said; it never closes.
		const saying =
			/^(?:noting|saying|adding|arguing|explaining|claiming|insisting|warning|stressing|pointing)$/.test(
				word
			);
		// "…, raising questions about whether the retailer’s turnaround, after a rough patch two
		// years ago, has hit a wall": the verb after the comma is the "whether" clause's; the
		// aside runs to the end.
		const opened = (at: number) =>
			/\b(?:whether|that|if|because|why|how)\b/.test(text.slice(m.index + m[0].length, at));
		const found = saying ? -1 : verbAfterComma(parsed, text, m.index + m[0].length, end);
		const closing = found > 0 && opened(found) ? -1 : found;
		// "…, which it called “the most cost-effective, proven, and …”": a comma inside a
		// quotation closes no aside; cut there, half the quotation is left.
		if (closing > 0 && quoted.some((q) => closing > q.start && closing < q.end)) continue;
		if (closing > 0) {
			cut.push({ start: m.index, end: closing + 1 });
			continue;
		}
		// "…, as the news spread across the capital, Harare.": a name after the comma is the
		// aside's own apposition, not the sentence going on.
		const tail = next > 0 ? text.slice(next + 1, end).trim() : '';
		// "…, which is led by the WMO, UNEP, NOAA and NASA.": the names after the comma continue
		// the aside's list; the aside runs to the end.
		const parts = tail.split(/,\s*|\s+and\s+/);
		const list = parts.length >= 2 && parts.every((x) => /^(?:the\s+)?\p{Lu}/u.test(x.trim()));
		const goesOn = tail.split(/\s+/).length > 4 && !list;
		// A relative clause that does not close before the sentence goes on is left whole; any
		// other aside runs to the end ("…, as was its head of legal, policy, and trust, …").
		if (next > 0 && next < end && goesOn && /^(?:which|who|whose|where)$/.test(word)) continue;
		cut.push({ start: m.index, end });
		break;
	}
	// ", which …," and ", who …," before the verb too: "Taiwan, which has faced …, the leaders"
	// keeps the lead's comma; "the Treaty, which stipulates …, applies" loses both.
	// "which has a starting retail price of $US1,980, …": a comma inside a number is no end.
	for (const m of text.matchAll(
		/,\s+(?:which|who|whose)\s+(?:[^,]|(?<=\d),(?=\d{3}))+?,(?!\d)/gu
	)) {
		if (m[0].length > 130) continue;
		if (clause && m.index > clause.verb.start) continue;
		// "the Build Back Better Act, which would, among other things, make investments": a
		// "which" with only its helping verb before the comma goes on after the aside.
		if (
			/^,\s+(?:which|who)\s+(?:would|will|could|can|may|might|must|should|is|was|has|had)\s*,$/.test(
				m[0]
			)
		)
			continue;
		// "Saddam, who ruled Iraq until his ouster in April, has been a fugitive since then":
		// the rest points back into the aside.
		if (pointsBack.test(text.slice(m.index + m[0].length))) continue;
		// "…, who she trains with, and “plays chess with”": the "and" goes on with the clause.
		if (/^\s*(?:and|or|but)\b/.test(text.slice(m.index + m[0].length))) continue;
		// "The six parties, which also include China, Japan, Russia, …, began": the comma ends
		// an item of the aside's list, not the aside.
		// "The brewer, which also makes Castle, Snow, Pilsner Urquell and Aguila beers, said": so
		// does a list of names that runs on to its "and".
		const listAfter =
			/^\s*(?:the\s+)?\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3}\s*(?:,|and\b)/u.test(
				text.slice(m.index + m[0].length)
			);
		const includes = /\b(?:include|includes|included|including|such as)\b/.test(m[0]);
		const closing =
			listAfter && (includes || /\s\p{Lu}[\p{L}.'’-]*,$/u.test(m[0]))
				? verbAfterComma(parsed, text, m.index + m[0].length, end, 8)
				: -1;
		const names = closing > 0 && /\band\b/.test(text.slice(m.index + m[0].length, closing));
		// "departments, which includes sheriff, probation and district attorney departments,".
		if (listAfter && includes) {
			// The whole list goes, up to the comma before the sentence's verb.
			if (closing > 0) cut.push({ start: m.index, end: closing + 1 });
			continue;
		}
		if (names) {
			cut.push({ start: m.index, end: closing + 1 });
			continue;
		}
		const inLead = clause && m.index < clause.subject.start;
		cut.push({ start: m.index, end: m.index + m[0].length - (inLead ? 1 : 0) });
	}
	// An apposition after a person: "John Key, the prime minister, said"; "Smith, 45, said";
	// "Mrs Fogarty, 57, a cleaner at …, had come".
	for (const p of mentions) {
		if (p.kind !== 'person') continue;
		const after = text.slice(p.end);
		// "Mobolade, a West African immigrant, entrepreneur and political newcomer, had …": the
		// apposition's further items, with no article of their own, go with it ("…, said," is
		// the sentence's verb, never an item).
		const a =
			/^(?:,\s+(?:\d{1,3}|(?:the|a|an|who|whose)\s+(?:[^,]|(?<=\d),(?=\d{3})){2,120}))+(?:(?<=\s(?:the|a|an)\s(?:[^,]|(?<=\d),(?=\d{3})){2,120})(?:,\s+(?!(?:of|in|from|at|on|for|with|by|also|now|then|still|who|which|whose|and|said|says|told|tells|added|adds|noted|stated|explained|insisted|argued|wrote|writes|tweeted|declared|warned|announced|claimed|replied|asked)\b)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3}(?=,))+)?,/u.exec(
				after
			);
		if (!a || pointsBack.test(after.slice(a[0].length))) continue;
		if (/,\s+(?:who|whose)\b/.test(a[0]) && verbOnlyInAside(parsed, text, p.end)) continue;
		// "Ken Warren, a spokesperson for the Fish and Wildlife Service, one of several
		// organizations …": what follows still describes the aside; cut, it would describe him.
		if (/^\s*(?:one|part|among|some|several|many|both)\s+of\b/i.test(after.slice(a[0].length)))
			continue;
		// "Banda Aceh, the main city in northern Sumatra was destroyed, …": a noun phrase with a
		// verb of its own is the sentence going on, not an apposition.
		if (/,\s+(?:the|a|an)\s+[^,]*\b(?:was|were|is|are|has|have|had|will|would)\b/.test(a[0]))
			continue;
		// "in Puerto Bolívar, a building housing a museum … dropped into water, but": so is one
		// with a past verb outside any "who" or "which".
		const aStart = p.end;
		const aEnd = p.end + a[0].length;
		if (
			parsed.verbs.some(
				(v) =>
					v.first === v.last &&
					v.form === 'simple-past' &&
					parsed.tokens[v.first]!.start > aStart + 2 &&
					parsed.tokens[v.first]!.end < aEnd &&
					!parsed.tokens
						.filter((t) => t.start > aStart && t.end <= parsed.tokens[v.first]!.start)
						.some((t) => /^(?:who|which|that|whose|whom)$/.test(t.normal))
			)
		)
			continue;
		// "Rusnak, who she trains with in Ostrava, and “plays chess with”": the "and" goes on
		// with the relative clause, which cannot go alone.
		// "Kipchoge, an athlete talented enough to win … gold over 5,000m as an 18-year-old, and to
		// take Olympic bronze": so does a description whose "and" goes on with it.
		const goesOn = after.slice(a[0].length);
		if (
			(/,\s+(?:who|whose)\b/.test(a[0]) && /^\s*(?:and|or|but)\b/.test(goesOn)) ||
			/^\s*(?:and|or)\s+(?:to|\p{Ll}+ing)\b/u.test(goesOn)
		)
			continue;
		// "Steve Benjamin, 51, who broke his back …, evidenced by a 20-inch scar": a participle
		// with its "by" after the aside is still the aside's.
		if (/^\s*\p{Ll}+ed\s+by\b/u.test(after.slice(a[0].length))) continue;
		// "Otto Brandl, who turned the side around …, in the process becoming the first …": so is
		// a participle that runs on from it.
		if (/^\s*(?:in the process\s+|thereby\s+)\p{Ll}+ing\b/u.test(after.slice(a[0].length)))
			continue;
		// "Maria Voigt, a scientist at …, says": both commas go ("Maria Voigt says"), unless
		// another aside follows ("Amanda Knox, 24, of Seattle, and …" keeps "Knox, of Seattle,").
		const end = p.end + a[0].length;
		const next = parsed.tokens.find((t) => t.start >= end);
		// "Rafiu Adebayo, 19, Taiwo Omotayo, 19, and …": in a list of names, the comma that
		// ends one name's age starts the next name.
		// "spoke to Evan Smith, the head of Discover Newport, about the many festivals …": a
		// preposition that goes on to the sentence's end is the sentence's, and takes no comma.
		const asideNext =
			!!next &&
			(((has(next, 'Preposition') || has(next, 'Adverb')) &&
				/^\s*[^,.;]{1,40},/.test(text.slice(end))) ||
				/^\p{Lu}/u.test(next.text));
		cut.push({ start: p.end, end: asideNext ? end - 1 : end });
	}
	// "Before, related agreements were …": some leads carry the claim's time and must stay.
	const keepsTime =
		clause?.lead &&
		/^(?:before|previously|formerly|earlier|until|once|originally|initially|in the past|so far|for now|now|after|during|following|in the \d{4}s)\b/i.test(
			clause.lead.text
		);
	// "In 1990, coal provided about 80 percent": a date in the lead is part of the claim, and so
	// is a place ("In Sri Lanka, 17,800 people were killed" is not the whole toll).
	const dated =
		clause?.lead &&
		mentions.some(
			(m) =>
				m.start < clause.lead!.end &&
				/^(?:date|month|weekday|quantity|duration|place)$/.test(m.kind)
		);
	// "In Ostravia, 17,800 people were killed": a name after "in" places the claim; "Of the 43,
	// 36 were new faces": the whole a part is of.
	const placed =
		clause?.lead &&
		(/^(?:[Ii]n|[Aa]t) (?:the )?\p{Lu}/u.test(clause.lead.text) ||
			/^of (?:the|those|these|them)\b/i.test(clause.lead.text));
	// "“Today we are launching …,” Cook said": a quotation is never a lead to drop.
	const quotedLead = clause?.lead && /[“”"]/.test(text.slice(0, clause.subject.start));
	// "As consumers' demand shifts from cars, automakers have devised …": a reason given as a
	// clause is what the claim is about; without it, the claim is a truism.
	const reason =
		clause?.lead &&
		/^(?:as|because|since|although|though|while)\s(?!(?:part|a|an|the|expected|usual|such|well|of)\b)/i.test(
			clause.lead.text
		) &&
		clause.lead.text.split(/\s+/).length >= 4;
	// "Excluding results from Nokia, profit was 55 cents a share": what the figure leaves out is
	// part of the figure.
	const scope =
		clause?.lead &&
		/^(?:excluding|including|not including|not counting|without|adjusted|apart from|except|aside from|before|after adjusting)\b/i.test(
			clause.lead.text
		);
	if (
		options.dropLead &&
		clause?.lead &&
		!keepsTime &&
		!dated &&
		!placed &&
		!quotedLead &&
		!reason &&
		!scope
	) {
		const leadEnd = text.indexOf(',', clause.lead.end);
		if (leadEnd >= 0 && leadEnd < clause.subject.start)
			cut.push({ start: 0, end: clause.subject.start });
	}
	return cut.map((c) => ({ ...c, insert: '' }));
}
