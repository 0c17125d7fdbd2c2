import { isOffence, isWork } from '../entities';
import { gap } from '../../schema/bank';
import type { Claim } from '../analyse';
import type { Slot } from '../facts';
import {
	capitalOf,
	continents,
	countries,
	demonyms,
	organizationHeads,
	placeHeads,
	titles
} from '../lang/en/gazetteer';
import { awardNames, bodysDoing, limitWords, ordinals, smallNumbers } from '../lang/en/words';
import { ordinalDigits } from '../distractors/numbers';
import { escapeRegExp, findWord, normalize } from '../text';
import { cutsOf, type BuildContext } from './build';

// What would make a question trivial or its false statement true by logic alone.

/** Forms of an answer a reader would know it by, for telling that a prompt gives it away. */
export function namesOf(slot: Slot): string[] {
	const names = [slot.answer.replace(/^the /i, '')];
	if (slot.mention) names.push(slot.mention.display.replace(/^the /i, ''));
	for (const p of slot.people ?? []) names.push(p.name, ...p.aliases);
	if (slot.mention?.amount) {
		const n =
			/\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.exec(
				slot.answer
			)?.[0];
		if (n) names.push(n);
		// "seven titles" under "… seals seventh world title": the rank names the count.
		const value = slot.mention.amount.value;
		if (Number.isInteger(value) && value >= 2 && ordinals[value - 1])
			names.push(ordinals[value - 1]!, ordinalDigits(value));
	}
	// "The Oscar nominee … landed him that _____ nomination": the award's other name.
	for (const [a, b] of awardNames) {
		if (a.test(slot.answer)) names.push(b);
	}
	return [...new Set(names.filter((n) => n.length > 1))];
}

export const containsName = (haystack: string, name: string) =>
	findWord(normalize(haystack), normalize(name)) >= 0;

/** Initials of a name's capitalised words: "United Nations Environment Programme" is "UNEP". */
export function initials(name: string): string {
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
const genericHeads = new Set<string>([
	...placeHeads,
	...organizationHeads,
	...'Bridge Road Street Highway Expressway Tunnel Station Stadium Park Square Avenue Dam Canal Port Harbour Harbor Hospital School'.split(
		' '
	)
]);

/** Words many bodies' names share: "United" in a prompt gives away no "United Nations". */
const sharedNameWords =
	/^(?:National|International|United|American|British|European|World|General|Royal|Federal|State|Central|New|Global|North|South|East|West|Northern|Southern|Eastern|Western|Great|First|Union|Council|Group|Bank|Trust|Foundation|Institute|Society|Association|Party|Force|Service|Services|Museum|Gallery|Court|House)$/;

/** Whether the headline says one of these words whole ("WHO", "French", "2nd"), not inside another. */
export function headlineSays(title: string, words: readonly string[], ignoreCase = false): boolean {
	return new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, ignoreCase ? 'i' : '').test(
		title
	);
}

/** Whether the headline gives this number, not as part of another ("7" in "7 missing", not "1.7"). */
export function headlineNumber(title: string, digits: string): boolean {
	return new RegExp(`(?<![\\d.,])${escapeRegExp(digits)}(?![\\d]|[.,]\\d)`).test(title);
}

export function trivialSlot(slot: Slot, ctx: BuildContext): string | undefined {
	const text = slot.claim.text;
	if (sumOfParts(slot)) return 'the figures beside it add up to it';
	if (countedList(slot)) return 'the list after it counts it';
	// "…, says Clancy DuBos, according to the _____": the agency that reported it is no fact.
	if (
		/\baccording to (?:the )?$/i.test(text.slice(0, slot.start)) &&
		/^\s*[.,]?\s*$/.test(text.slice(slot.end))
	)
		return 'who reported it';
	if (slot.mention && ctx.topic.givenAway.has(slot.mention.key)) return 'the article’s own subject';
	// "grew _____ to $13.76 billion from $10.81 billion": the change is the two figures' arithmetic.
	if (
		slot.kind === 'quantity' &&
		/%|\bper ?cent\b/i.test(slot.answer) &&
		/\b(?:from\s+[$€£]\d[\d,.]*(?:\s+(?:million|billion|trillion))?\s+to\s+[$€£]\d|to\s+[$€£]\d[\d,.]*(?:\s+(?:million|billion|trillion))?\s+from\s+[$€£]\d)/i.test(
			text
		)
	)
		return 'the figures beside it give it by arithmetic';
	// "robbing residents of Ijora-Badia area of _____" → "Lagos", in a story set in Lagos all
	// through: the place the article keeps naming is no fact to learn. Nor is a continent
	// ("a frog found in _____" → "South America" in a story from Ecuador).
	if (slot.kind === 'place') {
		const bare = slot.answer.replace(/^the\s+/i, '');
		const times = (ctx.body ?? '').match(
			new RegExp(`(?<![\\p{L}])${escapeRegExp(bare)}(?![\\p{L}])`, 'gu')
		)?.length;
		// …and names in its headline or first sentence: a place it merely mentions often
		// ("intimidation from China" in a story of a Japan–U.S. summit) is still a fact.
		const first = (ctx.body ?? '').split(/(?<=[.!?])\s+/)[0] ?? '';
		if ((times ?? 0) >= 3 && (containsName(first, bare) || containsName(ctx.title, bare)))
			return 'the article’s own place';
		if (continents.includes(bare)) return 'a continent';
	}
	// "a net profit of AU$250m in the previous _____" → "12 months": the span a report's figures
	// cover is a frame, not news.
	if (
		(slot.kind === 'duration' || slot.kind === 'quantity') &&
		/\b(?:previous|past|last|preceding|prior|next|coming|following)\s+$/i.test(
			text.slice(0, slot.start)
		) &&
		/^(?:12 months|twelve months|24 hours|twenty-four hours|seven days|7 days|30 days|year)$/i.test(
			slot.answer
		)
	)
		return 'a frame of time';
	// "a Japanese plan to buy the islands from the family that _____ recognises" → "Tokyo": the
	// country's own adjective beside its capital standing for its government.
	const country = capitalOf[slot.answer];
	if (slot.kind === 'place' && country) {
		const demonym = countries.find(([n]) => n === country)?.[1];
		const outside = text.slice(0, slot.start) + ' ' + text.slice(slot.end);
		if (
			containsName(outside, country.replace(/^the /, '')) ||
			(demonym && containsName(outside, demonym))
		)
			return 'its country beside it';
	}
	// "For example, a river dividing two populations can limit gene flow": a figure of an example
	// is no fact of the story.
	if (
		(slot.kind === 'quantity' || slot.kind === 'duration') &&
		/^(?:For (?:example|instance)|E\.g\.)\b/i.test((slot.claim.sentence?.text ?? text).trim())
	)
		return 'a figure of an example';
	// "Wall Street was looking for _____" → "49 million units": units of what, the gap does not say.
	if (
		slot.kind === 'quantity' &&
		/\bunits$/i.test(slot.answer) &&
		!/^\s+of\b/.test(text.slice(slot.end))
	)
		return 'units of nothing named';
	// "sentenced to 21-_____ months": one end of a range written with a dash is half a figure.
	if (
		(slot.kind === 'quantity' || slot.kind === 'duration') &&
		(/\d\s*[-–]\s*$/.test(text.slice(0, slot.start)) || /^\s*[-–]\s*\d/.test(text.slice(slot.end)))
	)
		return 'one end of a range';
	// "two wickets in a single over, dismissing Andile Phehlukwayo and Lungi Ngidi": the names
	// that follow count the figure.
	const listed =
		/^[^.,;:]{0,30}?[,:—–]\s*(?:(?:\p{Ll}+ing|including|namely)\s+)?((?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})*,?\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(
			text.slice(slot.end)
		)?.[1];
	if (
		slot.kind === 'quantity' &&
		listed &&
		slot.mention?.amount?.value === listed.split(/,\s+|,?\s+and\s+/).length
	)
		return 'the names after it count it';
	// "four or _____" → "five hours", "grades _____ and 12" → "11": the number next to the one
	// beside it, which anyone would write.
	const numberWord = [String.raw`\d{1,3}`, ...smallNumbers.slice(1, 13)].join('|');
	const beside =
		new RegExp(String.raw`\b(${numberWord})\s+(?:or|and)\s+$`, 'i').exec(
			text.slice(Math.max(0, slot.start - 20), slot.start)
		)?.[1] ??
		new RegExp(String.raw`^\s+(?:or|and)\s+(${numberWord})\b`, 'i').exec(
			text.slice(slot.end, slot.end + 20)
		)?.[1];
	const value = slot.mention?.amount?.value;
	const other = beside
		? /\d/.test(beside)
			? Number(beside)
			: smallNumbers.indexOf(beside.toLowerCase())
		: undefined;
	if (
		(slot.kind === 'quantity' || slot.kind === 'duration') &&
		value !== undefined &&
		other !== undefined &&
		Math.abs(value - other) === 1
	)
		return 'the next number after the one before it';
	// "denuclearisation of the _____ peninsula" → "Korean" in a story of North Korea: the
	// article's own country, as its adjective.
	// "Korean" is both Koreas' adjective.
	const lands = countries
		.filter(([, d]) => d === slot.answer || d.endsWith(` ${slot.answer}`))
		.map(([n]) => n);
	if (slot.kind === 'place' && (demonyms.includes(slot.answer) || lands.length)) {
		const stem = slot.answer.replace(/(?:an|n|ese|ish|i)$/, '');
		const named = (n: string) =>
			((ctx.body ?? '').match(new RegExp(`\\b${escapeRegExp(n)}\\b`, 'g')) ?? []).length;
		const mentions =
			lands.reduce((a, n) => a + named(n.replace(/^the /, '')), 0) +
			(stem.length >= 4 ? named(`North ${stem}`) + named(`South ${stem}`) : 0);
		if (mentions >= 2) return 'the article’s own country';
	}
	// "rated the tornado an EF3 on the _____ Scale" → "Enhanced Fujita": the initials beside the
	// gap spell it.
	const spelled = initials(text.slice(slot.start, slot.end));
	if (
		spelled.length >= 2 &&
		new RegExp(`\\b${spelled}\\d*\\b`).test(
			text.slice(Math.max(0, slot.start - 40), slot.start) +
				' ' +
				text.slice(slot.end, slot.end + 40)
		)
	)
		return 'its initials beside it';
	// "rising all over the Lone Star State": a state's nickname stands for a place the story
	// names; it tests the phrase, not the article.
	if (
		slot.kind === 'place' &&
		/^(?:\p{Lu}[\p{L}’'-]*\s+){1,3}State$/u.test(text.slice(slot.start, slot.end)) &&
		/\bthe\s+$/i.test(text.slice(0, slot.start))
	)
		return 'a place’s nickname';
	// "Brighton and _____", "_____ and Markets department": half of a name joined by "and".
	if (
		slot.kind !== 'person' &&
		slot.kind !== 'quantity' &&
		(/\b\p{Lu}\p{Ll}+\s+(?:and|&)\s+$/u.test(text.slice(0, slot.start)) ||
			/^\s+(?:and|&)\s+\p{Lu}\p{Ll}+\s+(?:department|ministry|committee|board|commission|agency|division|council|authority|service|office)\b/iu.test(
				text.slice(slot.end)
			))
	)
		return 'half of a name joined by “and”';
	// "50.29 cents per _____ of property valuation": what a rate is counted by is a convention,
	// not a fact of the story.
	if (
		slot.kind === 'quantity' &&
		/\b(?:per|for every|out of every)\s+$/i.test(text.slice(0, slot.start)) &&
		/\d/.test(text.slice(Math.max(0, slot.start - 40), slot.start))
	)
		return 'what a rate is counted by';
	// "the Houston area in _____", "Lyon, _____": where a named place lies is general knowledge.
	if (slot.kind === 'place') {
		const before = text.slice(0, slot.start);
		const inside =
			/(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)(?:\s+(?:area|region|suburbs|metro area|metropolitan area))?(?:\s+in|,)\s+$/u.exec(
				before
			);
		if (
			inside &&
			slot.claim.mentions.some(
				(m) => m.kind === 'place' && m.end <= slot.start && m.text === inside[1]
			)
		)
			return 'the place it names lies there';
	}
	// "rumors for the last _____ to a month": one end of a span whose other end is in words.
	if (
		(slot.kind === 'duration' || slot.kind === 'quantity') &&
		/^\s+to\s+(?:a|an|one)\s+\p{L}+/u.test(text.slice(slot.end))
	)
		return 'half a span';
	// "alongside _____, Kyle Mann, Todd Lin and Ana Ruiz": one name of a long list of credits.
	if (slot.kind === 'person') {
		const item = /^\p{Lu}[^,]{0,40}$/u;
		const after = text
			.slice(slot.end)
			.replace(/[.!?]["”’]?\s*$/u, '')
			.split(/,\s+(?:and\s+)?|\s+and\s+/)
			.slice(1);
		const before = text
			.slice(0, slot.start)
			.split(/,\s+(?:and\s+)?|\s+and\s+/)
			.slice(0, -1)
			.reverse();
		const run = (parts: string[]) => {
			let n = 0;
			while (
				n < parts.length &&
				item.test(parts[n]!.trim()) &&
				parts[n]!.trim().split(/\s+/).length <= 4
			)
				n++;
			return n;
		};
		// The list's first name ends the words that lead into it ("… alongside John Kercy").
		const lead = run(before);
		const opener =
			lead < before.length &&
			/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(before[lead]!)
				? 1
				: 0;
		// The last name may run on into the sentence ("… and Colin Leonard on Sunday").
		const tail = run(after);
		const closer =
			tail < after.length &&
			/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\b/u.test(after[tail]!.trim())
				? 1
				: 0;
		if (1 + tail + closer + lead + opener >= 4) return 'one name of a long list';
	}
	// "between 6 and slightly _____": the word before the gap hedges the figure; the two go
	// together or not at all.
	if (
		(slot.kind === 'quantity' || slot.kind === 'duration') &&
		/^(?:more|less|fewer|over|under)\b/i.test(slot.answer) &&
		/\b(?:slightly|well|far|much|somewhat|a little|a bit|considerably|significantly)\s+$/i.test(
			text.slice(0, slot.start)
		)
	)
		return 'half a hedged figure';
	// "Feb. 14 -19 and Feb. 21 – _____": one end of a span of days is half a date.
	if (
		(slot.kind === 'date' || slot.kind === 'quantity') &&
		(/^\s*[-–]\s*\d/.test(text.slice(slot.end)) ||
			/(?:\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2})\s*[-–]\s*$/.test(
				text.slice(0, slot.start)
			))
	)
		return 'half a span of days';
	// "starts on Thursday, _____, before … Monday, June 26": the weekday and the other date
	// give the date by the calendar.
	if (
		slot.kind === 'date' &&
		/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[,(]\s*$/.test(
			text.slice(0, slot.start)
		) &&
		slot.claim.mentions.some((m) => m.kind === 'date' && m.start !== slot.start)
	)
		return 'the calendar gives it away';
	for (const p of slot.people ?? [])
		if (ctx.topic.givenAway.has(p.key)) return 'named in the headline';
	// "completed sales in _____" under "Home prices … climb in August": the headline's month.
	if (
		slot.kind === 'month' &&
		/^\p{L}+$/u.test(slot.answer) &&
		containsName(ctx.title, slot.answer)
	)
		return 'named in the headline';
	// "Sister to Rep. William Jefferson pleads guilty": the family name another person of the
	// article shares names neither of them alone.
	const shared = new Set(
		(slot.people ?? [])
			.filter((p) => ctx.pool.people.some((o) => o.key !== p.key && o.surname === p.surname))
			.map((p) => p.surname)
	);
	if (slot.kind !== 'weekday' && slot.kind !== 'month')
		for (const n of namesOf(slot))
			if (!shared.has(n) && containsName(ctx.title, n)) return 'named in the headline';
	// "party leaders meeting in the Indian capital, _____": a country's capital, its country
	// named beside the gap, is known before the article is read.
	if (
		slot.kind === 'place' &&
		new RegExp(`\\bthe\\s+(?:${demonyms.join('|')})\\s+capital,?\\s+$`, 'u').test(
			slot.claim.text.slice(0, slot.start)
		)
	)
		return 'the capital of the country named beside it';
	// "SAN DIEGO — …": the dateline prints where the story happens above every question.
	if (slot.kind === 'place' && ctx.dateline)
		for (const n of namesOf(slot))
			if (containsName(ctx.dateline, n)) return 'named in the dateline';
	if (
		slot.kind === 'place' ||
		slot.kind === 'organization' ||
		slot.kind === 'event' ||
		slot.kind === 'person'
	) {
		// "Leicester City" when the headline says "Leicester"; "Tasmania" under "Tasmanian devils".
		const titleWords = ctx.title.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
		// "Abdul Bari Bridge" under a headline about another bridge: a name's head word ("Bridge",
		// "University") is no giveaway; its own words are.
		for (const n of namesOf(slot))
			for (const w of n
				.split(/[\s-]+/)
				.filter((x) => /^\p{Lu}\p{L}{3,}/u.test(x) && !genericHeads.has(x) && !shared.has(x)))
				if (titleWords.some((t) => t === w || (t.startsWith(w) && t.length - w.length <= 3)))
					return 'named in the headline';
	}
	// "What did hackers steal?" → "personal data" under "Hack exposed data of 36 million": a
	// thing the headline names by its head noun.
	if (slot.kind === 'thing' && !slot.mention && slot.position === 'object') {
		const head = slot.answer.split(/\s+/).pop()!.toLowerCase();
		const stem = head.replace(/(?:es|s)$/, '');
		if (
			stem.length >= 3 &&
			ctx.title
				.toLowerCase()
				.split(/[^\p{L}]+/u)
				.some((w) => w === head || w.replace(/(?:es|s)$/, '') === stem)
		)
			return 'named in the headline';
	}
	// "Raises Swine Flu Alert to Phase 6" gives away "6"; "WHO …" gives away the World Health
	// Organization.
	const ini = initials(slot.answer);
	if (ini.length >= 2 && headlineSays(ctx.title, [ini])) return 'its acronym is in the headline';
	const amount = slot.mention?.amount;
	// "seven missing" under "7 missing": a number written in words, given by the headline in digits.
	if (
		amount?.words &&
		Number.isInteger(amount.value) &&
		headlineNumber(ctx.title, String(amount.value))
	)
		return 'named in the headline';
	if (amount && !amount.words) {
		const digits = /\d[\d,.]*/.exec(slot.answer)?.[0]?.replace(/[.,]$/, '');
		if (digits && headlineNumber(ctx.title, digits)) return 'named in the headline';
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
	// "a £120m (€169.4m, $186m) fine": an amount in another currency or unit, in brackets.
	if (
		/\d[\d,.]*\s*\p{L}*\s*\([^()]*$/u.test(text.slice(0, slot.start)) &&
		/^[^()]*\)/.test(text.slice(slot.end))
	)
		return 'a conversion in brackets';
	// "rise by as much as _____ (6m)": a unit's conversion after the gap gives the amount away
	// (another currency, "$1bn (£534m)", does not: its rate is no common knowledge).
	// The prompts cut the brackets away, so only the statements keep them: their figure is fixed.
	if (
		slot.kind === 'quantity' &&
		/^\s*\(\s*(?:about\s+|around\s+|some\s+)?\d[\d,.]*\s*[\p{L}%°]{0,12}\.?\s*\)/u.test(
			text.slice(slot.end)
		) &&
		!cutsBracket(slot)
	)
		return 'a conversion in brackets gives it away';
	// "since the Sept. 11, 2001, terrorist attacks": a date that names an event.
	if (
		(slot.kind === 'date' || slot.kind === 'month') &&
		/^,?\s+(?:terrorist\s+)?(?:attacks?|bombings?|massacre|earthquake|tsunami|disaster)\b/.test(
			text.slice(slot.end)
		)
	)
		return 'a date that names an event';
	if (slot.kind === 'place' && /^\s+time\b/.test(text.slice(slot.end))) return 'a time zone';
	// "Greensburg, Kan.", "Easley, Mo.": a state written short after its town is the town's address.
	if (
		slot.kind === 'place' &&
		/^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|N\.[HJMYCD]|S\.[CD]|R\.I|W\.Va)\.?$/.test(
			slot.answer
		) &&
		/\p{Lu}[\p{L}.'’-]*,\s*$/u.test(text.slice(0, slot.start))
	)
		return 'a state after its town';
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
	// "New York, 50; Texas, 26 with one death; …": one line of a tally.
	if (
		slot.kind === 'place' &&
		(text.match(/;/g)?.length ?? 0) >= 2 &&
		tallyLine.test(text.slice(slot.end))
	)
		return 'one of a list';
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
		/\p{Lu}[\p{L}.'’-]*\s+(?:(?:de|du|la|le|of|von|van|del|the)\s+)?$/u.test(before) &&
		slot.start > 0 &&
		// "acquitted Clinton of perjury": an offence is never a name's last words.
		!isOffence(slot.mention) &&
		// "Vice President Emmerson Mnangagwa": a title before a person is no longer name.
		!(slot.kind === 'person' && titleBefore.test(before)) &&
		// "beat Tunisian rivals US Monastir 76-63": a score follows the side that lost, no name.
		!(slot.kind === 'quantity' && /^\d{1,3}-\d{1,3}$/.test(slot.answer))
	) {
		// "Tour de France", "Bank of England": the answer completes a longer name.
		const lastWord = /(\S+)\s+(?:\S+\s+)?$/.exec(before)?.[1] ?? '';
		// "Nearly 23,000 children …": a hedge opening the sentence is no part of a name.
		if (
			!/^(?:The|In|On|At|For|From|To|By|And|But|As|With|Of|Nearly|About|Around|Almost|Some|Over|More|Only|Just|Roughly|Approximately|Up|At least|Fewer|Less|Another|Among|All|Both|Each|Every|Many|Most|Several|These|Those|This|That|Even|Under|After|Before|During|Since|While|When|If|Then|Its|His|Her|Their|Our)$/.test(
				lastWord
			)
		)
			return 'inside a name';
	}
	// "including Ponkan Reserve, Hammock at Rock Springs, Residences at Emerson Park": in a list of
	// names, "Hammock at _____" is half of one.
	if (
		/(?:,|\bincluding|\band)\s+\p{Lu}[\p{L}'’-]*\s+at\s+$/u.test(before) &&
		/^\s*(?:,|and\b)/.test(text.slice(slot.end))
	)
		return 'inside a name';
	if (/^-\p{L}/u.test(text.slice(slot.end)) || /\p{L}-$/u.test(before)) return 'half a compound';
	// "The _____, Arts and Culture": a ministry whose name runs on in a list of capitals.
	if (
		slot.kind === 'organization' &&
		/^,\s+\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)*\s+and\s+\p{Lu}\p{Ll}+\b/u.test(text.slice(slot.end))
	)
		return 'inside a name';
	// "Album of the Year", "Bank of England": a capitalised word before "of" + a capital opens a name.
	if (/^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(slot.end)) && !/\s/.test(slot.answer.trim()))
		return 'inside a name';
	if (
		ini.length >= 2 &&
		new RegExp(`\\(${escapeRegExp(ini)}\\)|\\b${escapeRegExp(ini)}\\b`).test(text)
	)
		return 'its acronym is beside it';
	// "more than $1bn (£534m)", "135mph (220km/h)": the same amount in another currency or
	// unit is no acronym.
	// …but "transferred to UP Anti Terrorism Squad (ATS).": a short form in brackets is cut from
	// every prompt, and accepted as an answer; the name is asked.
	const short = /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(slot.end))?.[1];
	if (
		/^\s*\(/.test(text.slice(slot.end)) &&
		!/^\s*\((?:about\s+|some\s+|around\s+|roughly\s+)?[$€£¥\d]/.test(text.slice(slot.end)) &&
		!(
			short &&
			slot.kind === 'organization' &&
			text.split(new RegExp(`\\b${short}\\b`)).length === 2
		)
	)
		return 'its acronym is beside it';
	const counted = slot.mention?.amount;
	// "between the two cities", "the six miners": a few things already named, counted again.
	if (
		slot.kind === 'quantity' &&
		counted?.words &&
		counted.value <= 12 &&
		!counted.unit?.match(/percent|per cent/) &&
		// "the seventh player to win a maiden title": a rank among all who did it, not a count of
		// things named ("the second set", "the third floor" still are).
		!(
			ordinals.includes(slot.answer.split(/\s+/)[0]!.toLowerCase()) &&
			/^\s+(?:[\p{L}-]+\s+){0,2}?(?:to\s+\p{Ll}+|since|ever|in history)\b/u.test(
				text.slice(slot.end)
			)
		) &&
		/\b(?:the|these|those|both)\s+$/i.test(before)
	)
		return 'a reference to what was named before';
	// "One research group at the university …": "one" written out is "a", no count to ask.
	if (
		slot.kind === 'quantity' &&
		counted?.value === 1 &&
		counted.words &&
		!/percent|per cent|point|dollar|pound|euro|yen|degree|met(?:re|er)|mile|kilomet|f(?:oo|ee)t|inch|tonne|ton\b/i.test(
			counted.unit ?? ''
		)
	)
		return 'a count of one';
	// "_____ nearly struck a patrol vehicle" in a story about the one person it names: who else.
	if (
		slot.kind === 'person' &&
		ctx.pool.people.length === 1 &&
		slot.people?.every((p) => ctx.topic.actors.has(p.key))
	)
		return 'the only person the article names';
	return undefined;
}

const tallyLine = new RegExp(
	`^,?\\s*(?:\\d[\\d,.]*|${smallNumbers.slice(1, 21).join('|')})\\s*(?:[;,.]|$|with\\b|each\\b)`,
	'i'
);
const titleBefore = new RegExp(`\\b(?:${titles.map(escapeRegExp).join('|')})\\s+$`, 'i');

/** Whether a prompt names the answer (in any of its forms) outside the gap. */
export function giveaway(prompt: string, slot: Slot): boolean {
	const body = prompt.replace(gap, ' ');
	if (namesOf(slot).some((n) => containsName(body, n))) return true;
	if (slot.kind === 'place' || slot.kind === 'document') {
		// "the White Mountain Apache Tribe … searching the _____" → "White Mountains"; "the role
		// of Brian Piccolo in “_____”" → "Brian's Song": the name's own words beside the gap.
		const words = slot.answer
			.split(/[\s-]+/)
			.map((w) => w.replace(/[.,]$/, '').replace(/['’]s$/, ''))
			.filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w) && !/^(?:The|And|For)$/.test(w));
		const inBody = (w: string) =>
			containsName(body, w) || (/[^s]s$/.test(w) && containsName(body, w.slice(0, -1)));
		if (isWork(slot.mention))
			return words.some((w) => w.length >= 4 && !sharedNameWords.test(w) && inBody(w));
		return words.length >= 2 && words.every(inBody);
	}
	// "Michael Frahm of the firm _____" → "Frahm Ltd.": a body's own name word beside the gap.
	if (slot.kind !== 'organization') return false;
	return slot.answer
		.split(/[\s-]+/)
		.filter(
			(w) =>
				/^\p{Lu}\p{Ll}{3,}/u.test(w) &&
				!genericHeads.has(w.replace(/[.,]$/, '')) &&
				!sharedNameWords.test(w.replace(/[.,]$/, ''))
		)
		.some((w) => containsName(body, w.replace(/[.,]$/, '')));
}

const limitPattern = new RegExp(`\\b(?:${limitWords.join('|')})\\s*$`, 'i');

/** Whether a different value here could leave the statement true: "more than 400", "since 2012". */
export function staysTrue(slot: Slot): boolean {
	const before = slot.claim.text.slice(0, slot.start);
	const m = slot.mention;
	// "at least $35 billion": the currency sign comes between the limit and the figure.
	if (
		m?.amount &&
		(limitPattern.test(before) || limitPattern.test(m.amount.prefix.replace(/[$€£¥]|US\$?$/g, '')))
	)
		return true;
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
	// "from $31.99 to $35.37": a currency sign before either figure.
	const num = String.raw`[$€£¥]?(\d[\d,]*(?:\.\d+)?)`;
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
	// "revenue of _____ to $51 billion", "between $49 billion and _____": the other end of a
	// range the sentence gives.
	const upTo = new RegExp(String.raw`^\s*(?:to|and|-|–)\s*${num}`, 'i').exec(after);
	if (upTo && !/\d\s*(?:to|and|-|–)\s*$/.test(before)) return number(upTo[1]!);
	const downTo = new RegExp(
		String.raw`${num}(?:\s+(?:million|billion|trillion))?\s*(?:to|-|–)\s*$`,
		'i'
	).exec(before);
	if (downTo) return number(downTo[1]!);
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

/** An answer with a quotation mark or an exclamation in it was cut from a name or a title. */
export const clean = (slot: Slot) => !/[“”"!?]/.test(slot.answer) && !partOfMore(slot);

const calendarWord =
	/^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * An answer that is only part of what the sentence names or counts: "NASA" in "the NASA Goddard
 * Space Flight Center", "Annual Academy" in "the 92nd Annual Academy Awards", "Blue Creek No" in
 * "Blue Creek No. 5 mine", "13" in "$13bn". Asked alone, it is a fragment and its natural answer
 * is marked wrong.
 */
export function partOfMore(slot: Slot): boolean {
	const text = slot.claim.text;
	const after = text.slice(slot.end, slot.end + 40);
	const before = text.slice(Math.max(0, slot.start - 1), slot.start);
	if (/^\p{L}/u.test(after) || /\p{L}/u.test(before)) return true;
	if (/\bNo$/.test(slot.answer) && /^\.\s*\d/.test(after)) return true;
	// "Mt. Airy", "St. Louis": a short form before its full stop opens a longer name.
	if (
		/^(?:Mt|St|Ft|Pt|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Dr|Prof)$/.test(slot.answer) &&
		/^\.\s+\p{Lu}/u.test(after)
	)
		return true;
	// "Space Launch Complex 2-West", "Pad 39A", "Terminal 5": the number after the name is the
	// name's last part.
	if (
		slot.kind !== 'quantity' &&
		slot.kind !== 'date' &&
		(/^\s+\d+(?:-\p{Lu}\p{L}*|\p{Lu})(?![\p{L}\d])/u.test(after) ||
			(/\b(?:Complex|Pad|Terminal|Gate|Route|Road|Highway|Interstate|Flight|Unit|Reactor|Building|Platform|Block|Ward|Sector|Zone|District|Precinct|Pier|Berth|Runway)$/.test(
				slot.answer
			) &&
				/^\s+\d/.test(after)))
	)
		return true;
	// "Washington D.C.", "Washington, DC": the district is the city's name too.
	if (/^,?\s+(?:D\.C\.|DC\b)/.test(after)) return true;
	// "Warner Bros.’ decision": the abbreviation's full stop and its possessive are the name's.
	if (/^\.['’]/.test(after)) return true;
	// "13 ½ hours": the fraction is the number's own.
	if (/^\s?[½¼¾⅓⅔⅛]/u.test(after)) return true;
	// "the 9th U.S. Circuit Court of Appeals": the rank is the name's first word.
	if (/\b\d+(?:st|nd|rd|th)\s+$/.test(text.slice(0, slot.start))) return true;
	// "her seventh Australian Open title": a rank before a name ranks it; it is no part of it.
	if (slot.mention?.amount?.unit === 'ordinal') return false;
	return slot.kind !== 'person' && /^\s+\p{Lu}\p{Ll}/u.test(after) && !calendarWord.test(after);
}

/** A claim whose subject is still "they", "it" or "others": nothing about it stands alone. */
export function unresolvedSubject(claim: Claim): boolean {
	if (claim.unresolved) return true;
	const subject = claim.clause?.subject.text.toLowerCase();
	// "When the jury returned to the courtroom …, they pronounced …": the clause before the
	// pronoun names who it is, in the same sentence.
	const lead = claim.clause?.lead?.text ?? '';
	if (
		subject &&
		/^(?:he|she|it|they)$/.test(subject) &&
		/^(?:When|After|Before|As|While|Once|Until|Because|Since|Although)\s+(?:the|a|an)\s+\S/.test(
			lead
		) &&
		!/\b(?:he|she|it|they|his|her|its|their|him|them)\b/i.test(lead)
	)
		return false;
	// "Target said it expects comparable sales could fall …": a body's own "it", asked as "Target
	// said it expects …" (see `attributed`).
	const bodysOwn =
		subject === 'it' &&
		!!claim.source &&
		!claim.sourcePeople.length &&
		!claim.quote &&
		/^\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}$/u.test(claim.source) &&
		// …when "it" does what a body does: "it expects", "it plans", "it will cut"; "NASA said it
		// will zoom by" is the asteroid's.
		bodysDoing.test(claim.text);
	if (
		subject &&
		!bodysOwn &&
		/^(?:he|she|it|they|this|that|these|those|others|we|i|you|many|some|most|few|several|all|both|each|one)$/.test(
			subject
		)
	)
		return true;
	// "Using only their hands, they threw …", "by 2023 it stood at …": a pronoun early in the claim.
	if (/^[^,]{1,80},\s+(?:he|she|it|they|we)\s/i.test(claim.text)) return true;
	// "Cellou Dalein Diallo said he would not appeal": "he" is the one person who said it.
	const saidOwn =
		claim.subjectPeople.length === 1 &&
		/^[^,]{2,60}?\s(?:said|says|told\s+(?:the\s+)?\p{Ll}+|insisted|added|warned|denied)\s+(?:that\s+)?(?:he|she)\s/u.test(
			claim.text
		);
	// "Geoff Calder says the levels are the lowest he can recall": asked as "According to Geoff
	// Calder, …", the one person speaking is who "he" is, after the subject.
	const speakers = claim.sourcePeople.filter((p) => claim.source?.startsWith(p.name));
	const speaker =
		speakers.length === 1 &&
		!claim.subjectPeople.length &&
		!/^(?:he|she|it|they)$/.test(subject ?? '');
	// "While he spent much of his time …, Ackland was also …": a "he" in the lead is the one
	// person the main clause then names.
	const named = claim.subjectPeople.length === 1 ? claim.subjectPeople[0] : undefined;
	const ahead = (t: { start: number; normal: string }) =>
		!!named &&
		!!claim.clause?.lead &&
		t.start < claim.clause.subject.start &&
		/^(?:he|she)$/.test(t.normal) &&
		(named.pronoun ?? t.normal) === t.normal;
	// "The US, where it operates through its MillerCoors venture, remained weak": an aside the
	// questions leave out holds the pronoun, not the claim.
	const cuts = claim.parse.tokens
		.slice(0, 6)
		.some((t) => /^(?:he|she|it|they)$/.test(t.normal) && t.text === t.normal)
		? cutsOf(claim, true)
		: [];
	const asideOnly = (t: { start: number; normal: string }) =>
		/^(?:it|they)$/.test(t.normal) &&
		cuts.some(
			(c) =>
				!c.insert &&
				c.start <= t.start &&
				t.start < c.end &&
				/^,\s+(?:where|which|who)\b/.test(claim.text.slice(c.start, c.end))
		);
	// "Researchers have discovered what they say are …", "Police said they were dealing with …":
	// a pronoun after its own clause's subject is that subject.
	const clause = claim.clause;
	const ownSubject = (t: { start: number; normal: string }) =>
		!!clause &&
		!!subject &&
		t.start >= clause.subject.end &&
		!/^(?:he|she|it|they|we|i|you|this|that|these|those)$/.test(subject) &&
		((t.normal === 'they' && clause.plural && !claim.subjectPeople.length) ||
			(/^(?:he|she)$/.test(t.normal) &&
				claim.subjectPeople.length === 1 &&
				subject === claim.subjectPeople[0]!.name.toLowerCase() &&
				(claim.subjectPeople[0]!.pronoun ?? t.normal) === t.normal));
	return claim.parse.tokens
		.slice(0, 6)
		.some(
			(t) =>
				/^(?:he|she|it|they)$/.test(t.normal) &&
				t.text === t.normal &&
				!ahead(t) &&
				!asideOnly(t) &&
				!ownSubject(t) &&
				!(
					(saidOwn && /^(?:he|she)$/.test(t.normal)) ||
					(speaker &&
						(speakers[0]!.pronoun ?? t.normal) === t.normal &&
						/^(?:he|she)$/.test(t.normal))
				)
		);
}

/** Nouns that stand for something the article named before: "the app", "the book". */
const referringHeads =
	/\b[Tt]he (app|book|novel|novella|film|movie|album|announcement|remark|remarks|comment|comments|quarter|half|period|inning|innings|round|set|voting|trip|animal|play)\b(?![-‑–]|\s+(?:of|for|by|to|on|about|called|named|titled|that|which|ended|ending|\p{Lu}|["“]))/u;

/**
 * A claim that names its subject or object only as "the app", "the book" or "the announcement",
 * when neither the headline nor the sentence before says which: a reader cannot tell which of
 * the article's things it means. "Facebook promises that the app will still stand …", "The book consists of …".
 * A relative time with nothing to count from ("handed out six years later") is as vague.
 */
export function vagueReference(claim: Claim, title: string, body = ''): boolean {
	const text = claim.text;
	const outsideQuotes = text.replace(/[“"][^”"]*[”"]/g, '');
	// "What did not happen in between that time?": a question states no fact.
	if (/\?["”’]?$/.test(claim.sentence.text.trim()) && !/[“"]/.test(claim.sentence.text))
		return true;
	// "this evolutionary time", "that time": a demonstrative pointing back at something unnamed.
	const pointer =
		/\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?: \p{Ll}+)? (?:time|period|point|moment|era|stage)\b/u;
	if (pointer.test(outsideQuotes.replace(/\b[Tt]his time\b/g, ''))) return true;
	// "ten miners went to rescue them": "them" with nothing in the claim to stand for.
	if (
		/\b(?:to|rescue|help|saw|told|helped|found|killed|freed|reach|reached) them\b/.test(
			outsideQuotes
		)
	)
		return true;
	// "Of that group, all but …", "The second is a revolutionary mobile phone", "North Korea may
	// do so", "take such action": words that point back at what only the sentences before say.
	if (
		// "Thomas hopes to expand that to five days": what "that" is, only the sentence before says.
		/\b(?:expand|extend|increase|raise|reduce|cut|lower|boost|double|triple|change|move|push|bring|turn|keep|continue|repeat)\s+(?:that|this)\s+(?:to|by|into|from|until|beyond)\b/i.test(
			outsideQuotes
		) ||
		// "…, with the group reporting weaker sentiment": a company's group, after its subject, is
		// the company; "The group" opening the claim or "that group" is someone the sentences
		// before named.
		/\b(?:that|this) group\b|^the group\b|^(?:all|none|most|both|each) but\b|\b(?:do|does|did) so\b|\bsuch (?:action|a move|a step|steps|measures)\b/i.test(
			outsideQuotes
		) ||
		/^(?:the )?(?:first|second|third|fourth|fifth|latter|former|other|rest)\s+(?:is|was|are|were|will|has|had)\b/i.test(
			outsideQuotes
		) ||
		// "the population there", "residents there": where "there" is, only the sentences before say.
		/\b(?:the|its|their) \p{Ll}+ there\b/u.test(outsideQuotes) ||
		// "Three whales later died there.": likewise.
		/\b(?:died|lived|worked|stayed|remained|arrived|live|work|stay|remain|arrive|buried|held|kept|found|killed|injured|trapped|stranded) there\b(?!\s+(?:is|are|was|were|will|would|has|have|had)\b)/u.test(
			outsideQuotes
		) ||
		// "such malware", "such attacks": of the kind the sentences before describe.
		// …but "such programs as the Artemis mission" names its kind.
		/\bsuch (?:an?\s+)?(?!as\b|a\b|an\b)\p{Ll}{3,}\b(?!\s+(?:\p{Ll}+\s+)?as\b)/u.test(
			outsideQuotes
		) ||
		// "A further 26 airlines would start using it": what "it" is, the sentence before says.
		/\b(?:using|use|uses|used) it\b/.test(outsideQuotes) ||
		// "The rest of the animals were refloated": the rest after those the sentence before named.
		/^the rest of (?:the|them|those)\b/i.test(outsideQuotes) ||
		// "The first one came in the 12th minute": the first of what, the sentence before says.
		/^the (?:first|second|third|last|latest|other|new|old) one\b/i.test(outsideQuotes) ||
		// "Another person died elsewhere in Cuenca": another than whom, the sentences before say.
		/^another (?:person|man|woman|child|boy|girl|victim|body|one)\b/i.test(outsideQuotes) ||
		// "Eight others were treated and released": others than whom, likewise.
		/^(?:(?:\d+|\p{L}+) )?others\b/iu.test(outsideQuotes) ||
		// "Both communications service providers upgraded …", "Both men were freed": which ones
		// only the sentences before say.
		/^both (?!of\b)\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,3}?\s+(?:\p{Ll}+ed|are|were|have|had|will|would|said|say|told|agreed|won|went|made|beat|topped|missed|exceeded|surpassed|fell|rose)\b/u.test(
			outsideQuotes.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
		)
	)
		return true;
	const head = referringHeads.exec(outsideQuotes)?.[1];
	// Named that way in the headline, or just before ("signed an agreement … The agreement"), or
	// earlier in the same sentence: the reader knows which.
	// "Apple Quarterly Results … Gross margin for the quarter": the title's "quarterly" names it.
	const named = new RegExp(`\\b${head}(?:s|ly)?\\b`, 'i');
	const before = head ? outsideQuotes.slice(0, outsideQuotes.search(referringHeads)) : '';
	// "33 seconds left in the round", "late in the half": a moment of a game, which the claim
	// places; no other round is meant.
	// "RIM shares rose almost 34 percent during the quarter": a report of a quarter's results
	// has one quarter.
	const reportedQuarter =
		head === 'quarter' &&
		/\b(?:first|second|third|fourth|fiscal|latest|1st|2nd|3rd|4th)[- ]quarter\b|\bquarterly\b/i.test(
			body
		);
	const momentOfPlay =
		/^(?:quarter|half|period|inning|innings|round|set)$/.test(head ?? '') &&
		/\b(?:left|remaining|to go|late|early|midway|later|earlier) (?:in|into|through) $/i.test(
			before
		);
	if (
		head &&
		!momentOfPlay &&
		!reportedQuarter &&
		!named.test(title) &&
		!named.test(claim.previous ?? '') &&
		!named.test(before)
	)
		return true;
	// "Five days later" after "… a nuclear device Oct. 9": the sentence before dates it.
	const datedBefore =
		/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(
			claim.previous ?? ''
		);
	return (
		/\b(?:\w+|a few|several) (?:days|weeks|months|years|decades) later\b/i.test(outsideQuotes) &&
		!/\b(?:1[6-9]|20)\d\d\b/.test(text) &&
		!datedBefore
	);
}

/**
 * "964 people -- 776 passengers and 188 crew", "In six games …, won two, drew three and lost
 * one": a list of figures that adds up to the answer, or that with the answer adds up to another
 * figure of the claim, gives it away by arithmetic. Labels ("unit 4", "No. 2") and scores count
 * for nothing.
 */
function sumOfParts(slot: Slot): boolean {
	const value = slot.mention?.amount?.value;
	if (slot.kind !== 'quantity' || value === undefined || !Number.isInteger(value) || value < 2)
		return false;
	const text = slot.claim.text;
	const figures: { value: number; start: number; end: number; own: boolean }[] = [];
	for (const m of text.matchAll(figure)) {
		const word = m[0].toLowerCase();
		const n = /\d/.test(word) ? Number(word.replace(/,/g, '')) : smallNumbers.indexOf(word);
		const before = text.slice(0, m.index);
		const after = text.slice(m.index + m[0].length);
		if (
			n < 0 ||
			(n >= 1800 && n <= 2100) ||
			/[:\-–]\s*$/.test(before) ||
			/^\s*[:\-–]\s*\d/.test(after)
		)
			continue;
		if (labelBefore.test(before)) continue;
		const own = m.index < slot.end && m.index + m[0].length > slot.start;
		figures.push({ value: own ? value : n, start: m.index, end: m.index + m[0].length, own });
	}
	// Runs of figures a few words apart, joined by a comma or "and".
	const runs: (typeof figures)[] = [];
	for (const f of figures) {
		const run = runs[runs.length - 1];
		const last = run?.[run.length - 1];
		const between = last ? text.slice(last.end, f.start) : '';
		if (last && between.split(/\s+/).filter(Boolean).length <= 4 && /,|\band\b/.test(between))
			run!.push(f);
		else runs.push([f]);
	}
	// "one vote for the 400 constituency members … the 100 party-list MPs, voters will elect a
	// total of 500": a total the sentence names with its parts, however far apart.
	if (/\b(?:a total of|in total|in all|altogether|combined)\b/i.test(text))
		for (const t of figures)
			for (let i = 0; i < figures.length; i++)
				for (let j = i + 1; j < figures.length; j++) {
					const [a, b] = [figures[i]!, figures[j]!];
					if (a === t || b === t || a.value + b.value !== t.value) continue;
					if (t.own || a.own || b.own) return true;
				}
	for (const run of runs)
		for (let i = 0; i < run.length; i++)
			for (let j = i + 2; j <= run.length; j++) {
				const part = run.slice(i, j);
				const total = part.reduce((a, f) => a + f.value, 0);
				const inPart = part.some((f) => f.own);
				if (!inPart && total === value) return true;
				if (inPart && figures.some((f) => !part.includes(f) && !f.own && f.value === total))
					return true;
			}
	return false;
}

/** A number that labels rather than counts: "unit 4", "No. 2", "Flight 370". */
const labelBefore =
	/\b(?:units?|No\.|numbers?|flights?|routes?|rooms?|gates?|platforms?|terminals?|lines?|channels?|highways?|chapters?|articles?|sections?|stages?|rounds?|games?|apollo)\s+$/i;

const figure = new RegExp(
	`(?<![\\p{L}\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+|${smallNumbers.slice(1, 21).join('|')})(?![\\p{L}\\d])`,
	'giu'
);

/** "all three charges against him - second- and third-degree murder and manslaughter -": the list counts itself. */
function countedList(slot: Slot): boolean {
	const value = slot.mention?.amount?.value;
	if (slot.kind !== 'quantity' || value === undefined || value < 2 || value > 12) return false;
	const after = slot.claim.text.slice(slot.end);
	// "… in six markets: India, …": a colon needs no space before it.
	const open = /^[^.;:—–]{0,40}?(?:\s[-–—:]|:)\s+/u.exec(after);
	const list = open ? after.slice(open[0].length).split(/\s[-–—]\s|[.;]/u)[0] : undefined;
	// "between the top two finishers, Eric Jackson and Paul Perez.": names after a comma count it.
	const names = open
		? undefined
		: /^[^,.;:]{0,30},\s+((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)*,?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)(?:,[^.;]{0,40})?\s*[.;]?$/u.exec(
				after
			)?.[1];
	const items = list ?? names;
	if (!items || !/,|\band\b/.test(items)) return false;
	return items.split(/,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim()).length === value;
}

/** Whether the cuts every question of the claim makes take the bracket after the slot away. */
function cutsBracket(slot: Slot): boolean {
	const open = slot.claim.text.indexOf('(', slot.end);
	return open >= 0 && cutsOf(slot.claim, true).some((c) => c.start <= open && c.end > open);
}
