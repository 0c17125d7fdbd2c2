import { isOffence, orgShortForms, type Mention, type Person } from './entities';
import { capitalOf, months } from './lang/en/gazetteer';
import { awardNames, numberWords, ordinals } from './lang/en/words';
import { clockFace, ordinalDigits, tallyEnds } from './distractors/numbers';
import type { Slot } from './facts';
import { has } from './parse';
import { escapeRegExp, joinNames, normalize } from './text';

/** A scale glued to its number, written out: "$3bn" is "$3 billion". */
const scaleWords: Record<string, string> = {
	bn: 'billion',
	mn: 'million',
	m: 'million',
	tn: 'trillion'
};

/**
 * The other ways a reader may rightly type an answer. The grader also forgives case,
 * punctuation, articles, number words, units it knows and small typos; these are the forms it
 * cannot work out alone: a surname, a title with a name, the number without its unit.
 */
export function acceptFor(slot: Slot, people: readonly Person[] = []): string[] {
	let forms: string[];
	if (slot.people?.length) forms = personForms(slot.people);
	else if (slot.mention) forms = mentionForms(slot.mention);
	else if (slot.kind === 'thing') forms = thingForms(slot);
	else forms = [];
	// "talks with _____", "_____ recognises the family as owner": a capital that stands for its
	// government is as rightly typed by its country; "in Beijing" is the city alone.
	const country = capitalOf[slot.answer];
	const before = country ? slot.claim.text.slice(0, slot.start) : '';
	if (
		country &&
		slot.kind === 'place' &&
		!/\b(?:in|at|to|near|outside|into|around|across|over|via|through|toward|towards|of)\s+$/i.test(
			before
		) &&
		// "returned from Tokyo" is the city; "promises from Pyongyang" its government.
		(!/\bfrom\s+$/i.test(before) ||
			/\b(?:promises?|pledges?|demands?|threats?|pressure|support|response|reaction|messages?|statements?|offers?|requests?|proposals?|aid|assurances?|guarantees?|concessions?|commitments?|warnings?|signals?)\s+from\s+$/i.test(
				before
			))
	)
		forms.push(country);
	const answer = normalize(slot.answer);
	// "Skelos" for Adam Skelos, when his father Dean Skelos is in the article too: a form that
	// names another person of the article is no right answer.
	const own = new Set((slot.people ?? []).map((p) => p.key));
	const others = new Set(
		people.filter((p) => !own.has(p.key)).flatMap((p) => [p.name, ...p.aliases].map(normalize))
	);
	// "Boulevard" for "Jake Alexander Boulevard": a kind of place alone names none.
	return [...new Set(forms)].filter(
		(f) =>
			f.trim() &&
			normalize(f) !== answer &&
			!genericHead.test(f.trim()) &&
			!(own.size && others.has(normalize(f)))
	);
}

/** Words that say what kind of place a name is, and name nothing alone. */
const genericHead =
	/^(?:the\s+)?(?:Boulevard|Road|Street|Avenue|Lane|Drive|Highway|Way|Place|Square|Bridge|River|Park|Station|Airport|Tower|Hall|Centre|Center|County|District|Province|State|Region|University|Hospital|Bank|Company|Party|Department|Ministry)$/i;

/** Cities the news and its readers write by letters. */
const cityShort: Record<string, string[]> = {
	'Los Angeles': ['LA', 'L.A.'],
	'New York City': ['NYC', 'New York'],
	'San Francisco': ['SF'],
	'Washington, D.C.': ['Washington', 'DC']
};

/** The same length of time in other words: "two decades" → "20 years", "twenty years". */
function durationInYears(text: string): string[] | undefined {
	const t = text.trim().toLowerCase();
	if (t === 'a fortnight') return ['two weeks', '2 weeks', '14 days'];
	if (t === 'half a century') return ['50 years', 'fifty years'];
	if (t === 'a century') return ['100 years', 'a hundred years'];
	if (t === 'a decade') return ['10 years', 'ten years'];
	const decades = /^(\d+|two|three|four|five|six|seven|eight|nine)\s+decades$/.exec(t)?.[1];
	if (!decades) return undefined;
	const n = /\d/.test(decades) ? Number(decades) : numberWords.indexOf(decades);
	if (!(n > 0)) return undefined;
	const tens = [
		'',
		'ten',
		'twenty',
		'thirty',
		'forty',
		'fifty',
		'sixty',
		'seventy',
		'eighty',
		'ninety'
	];
	return [`${n * 10} years`, ...(tens[n] ? [`${tens[n]} years`] : [])];
}

/** "Fumio Kishida" is also "Kishida", "Prime Minister Kishida", "Mr Kishida"'s title forms. */
export function personForms(people: readonly Person[]): string[] {
	if (people.length === 1) {
		const p = people[0]!;
		// "Prime Minister Fumio Kishida", but not "chief economist at Fjordline Bank Maria Castell".
		const titled = p.role && /^\p{Lu}/u.test(p.role) && !/\s(?:at|of|for)\s/.test(p.role);
		const forms = [p.name, ...p.aliases];
		if (titled && p.role) {
			// "U.S. President Joe Biden" is also "President Biden".
			const bare = p.role.replace(/^(?:\p{Lu}\.)+\s+/u, '');
			for (const role of new Set([p.role, bare]))
				forms.push(`${role} ${p.name}`, `${role} ${p.surname}`);
		}
		// "Dr. Lionel Prasad" is also "Dr Prasad", "Dr. Prasad" and "Dr Lionel Prasad".
		if (p.honorific)
			for (const h of [p.honorific, ...(/\s/.test(p.honorific) ? [] : [`${p.honorific}.`])])
				forms.push(`${h} ${p.name}`, `${h} ${p.surname}`);
		if (p.postNominal) forms.push(`${p.name} ${p.postNominal}`);
		return forms;
	}
	const surnames = people.map((p) => p.surname);
	return [
		joinNames(surnames),
		joinNames([...surnames].reverse()),
		joinNames(people.map((p) => p.name).reverse())
	];
}

function mentionForms(m: Mention): string[] {
	const out: string[] = [];
	// "Academy Award" is also typed "Oscar", and the other way.
	for (const [a, b] of awardNames) if (a.test(m.display)) out.push(b);
	// "FTX Group", "Kroger Co": the company is typed without its legal word.
	const legal = /^(.+?)\s+(?:Group|Holdings|Inc\.?|Corp\.?|Co\.?|Ltd\.?|Plc|PLC|LLC|SA|AG)$/.exec(
		m.display
	);
	if (m.kind === 'organization' && legal && /\p{Lu}/u.test(legal[1]!)) out.push(legal[1]!);
	// "Adelphia Communications", "Tyco International": the company by its own name alone.
	const trade =
		/^((?:the\s+)?\p{Lu}[\p{L}&.'’-]+(?:\s+\p{Lu}[\p{L}&.'’-]+)?)\s+(?:Communications|Airlines|Airways|Motors|Pharmaceuticals|Technologies|Technology|Systems|Industries|Energy|Entertainment|International|Enterprises|Bancorp|Financial|Resources|Networks|Software|Electronics|Foods|Brands|Petroleum|Oil|Media)(?:\s+(?:Group|Holdings|Inc\.?|Corp\.?|Co\.?|Ltd\.?|Plc|PLC|LLC))?$/u.exec(
			m.display
		);
	if (
		m.kind === 'organization' &&
		trade &&
		!/^(?:the\s+)?(?:United|American|National|General|International|First)$/i.test(trade[1]!)
	)
		out.push(trade[1]!);
	if (m.kind === 'organization' || m.kind === 'place') {
		// "Ecuador’s Geophysical Institute" is typed "Geophysical Institute".
		const owned = /^(?:the\s+)?\p{Lu}[\p{L}.]+['’]s?\s+(\p{Lu}.+)$/u.exec(m.display);
		if (owned && owned[1]!.split(/\s+/).length >= 2) out.push(owned[1]!);
		// "the Flint Center for the Performing Arts" is typed "the Flint Center".
		const building =
			/^((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:Center|Centre|Institute|Museum|Hall|Theatre|Theater|Arena|Stadium|Hospital|Library|Gallery))\s+(?:for|of)\s+(?:the\s+)?\p{Lu}/u.exec(
				m.display
			);
		if (building && building[1]!.replace(/^the\s+/, '').split(/\s+/).length >= 2)
			out.push(building[1]!);
		const city = cityShort[m.display.replace(/^the\s+/, '')];
		if (city) out.push(...city);
	}
	// "perjury and obstruction of justice" is also "obstruction of justice and perjury".
	const pair = isOffence(m) && /^(.+?)\s+and\s+(.+)$/.exec(m.text);
	if (pair && !/,/.test(m.text)) out.push(`${pair[2]} and ${pair[1]}`);
	// "bribery, fraud and extortion" in any order.
	const three = isOffence(m) && /^([^,]+),\s+([^,]+?),?\s+and\s+([^,]+)$/.exec(m.text);
	if (three) {
		const [a, b, c] = [three[1]!, three[2]!, three[3]!];
		for (const [x, y, z] of [
			[a, c, b],
			[b, a, c],
			[b, c, a],
			[c, a, b],
			[c, b, a]
		] as const)
			out.push(`${x}, ${y} and ${z}`);
	}
	// "the Nobel Prize for Literature" is also "the Nobel Prize", "the Nobel"; "the Presidential
	// Medal of Freedom" is not "the Presidential Medal": only a prize's field may go.
	// "the John Schlesinger Award" is also "the Schlesinger Award".
	const named =
		/^(?:the\s+)?\p{Lu}\p{Ll}+\s+(\p{Lu}[\p{L}'’-]+\s+(?:Award|Prize|Medal|Trophy|Cup))$/u.exec(
			m.display
		);
	if (named) out.push(named[1]!);
	if (m.kind === 'event') {
		const field = /^(.+?\s+Prizes?)\s+(?:in|for)\s+/.exec(m.display)?.[1];
		if (field) out.push(field);
		const prize = /^(.+?)\s+Prizes?\b/.exec(m.display)?.[1];
		if (prize && /^\p{Lu}\p{Ll}+$/u.test(prize)) out.push(prize);
		// "the 1952 Helsinki Games" is also "Helsinki": the Games by their city.
		const games =
			/^(?:the\s+)?(?:\d{4}\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:Games|Olympics)$/u.exec(
				m.display
			)?.[1];
		if (games && !/^(?:Olympic|Commonwealth|Asian|Pan|Winter|Summer|Paralympic)$/.test(games))
			out.push(games);
	}
	// "Grenfell Tower" is also "Grenfell"; "Group of Seven" is also "G7", and the other way.
	if (m.kind === 'place' || m.kind === 'organization') {
		const head =
			/^(?:the\s+)?(.+?)\s+(?:(?:State|National|Memorial|Regional|Country)\s+(?=Park\b))?(?:Tower|Center|Centre|Building|Airport|Stadium|Station|Square|Bridge|Hospital|Park|Street|Road|Avenue|Boulevard|Lane|Drive|Highway|Theater|Theatre|Auditorium|Arena|Hall|Air Base|Base|River|Sea|Ocean|Lake|Desert|Valley|Canal)$/.exec(
				m.display
			);
		if (head && head[1]!.split(/\s+/).length <= 3) out.push(head[1]!);
		// "Kerman Province" is also "Kerman"; "the Treasury Department" also "the Treasury".
		const region =
			/^(?:the\s+)?(.+?)\s+(?:Province|Prefecture|County|District|Region|State|Department)$/.exec(
				m.display
			);
		if (region && region[1]!.split(/\s+/).length <= 2 && !/^(?:U\.S\.|US)$/.test(region[1]!))
			out.push(region[1]!);
		// "the Congress Party" is also "Congress"; "the Labour Party" also "Labour".
		const party = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+Party$/u.exec(
			m.display
		);
		if (
			m.kind === 'organization' &&
			party &&
			!/^(?:The|A|Communist|Socialist|Green|National)$/.test(party[1]!)
		)
			out.push(party[1]!);
		// "Augusta National Golf Club" is also "Augusta National".
		const club = /^(.+?)\s+(?:Golf Club|Country Club|Football Club|Club)$/.exec(m.display);
		if (club && club[1]!.split(/\s+/).length >= 2) out.push(club[1]!);
		// "Newcastle University" is also "University of Newcastle" and "Newcastle", and the other way.
		const university =
			/^(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+University$/u.exec(m.display)?.[1] ??
			/^(?:the\s+)?University\s+of\s+(\p{Lu}[\p{L}-]+)$/u.exec(m.display)?.[1];
		if (m.kind === 'organization' && university)
			out.push(university, `University of ${university}`, `${university} University`);
		// "Barclays PLC" is also "Barclays"; "Kraft Inc." also "Kraft".
		const firm = /^(.+?),?\s+(?:PLC|Plc|plc|Inc\.?|Corp\.?|Co\.?|Ltd\.?|LLC|AG|SA|NV)$/.exec(
			m.display
		);
		if (m.kind === 'organization' && firm && !/&$/.test(firm[1]!)) out.push(firm[1]!);
		// "U.S. Consumer Product Safety Commission" is also "Consumer Product Safety Commission".
		const national =
			/^(?:the\s+)?(?:U\.S\.|US|U\.K\.|UK|British|American|federal|Federal)\s+((?:\S+\s+){2,}\S+)$/.exec(
				m.display
			);
		if (m.kind === 'organization' && national) out.push(national[1]!);
		// "U.S. State Department" is also "State Department", "the State Department".
		const state =
			/^(?:the\s+)?(?:U\.S\.|US)\s+(State Department|Justice Department|Defense Department|Treasury|Army|Navy|Senate|Congress|Supreme Court|Air Force|Marine Corps|Coast Guard|Postal Service|Census Bureau|Border Patrol)$/.exec(
				m.display
			);
		if (state) out.push(state[1]!);
		for (const [long, short] of orgShortForms) {
			if (m.display === long || m.text === long) out.push(short);
			if (m.display === short || m.text === short) out.push(long);
			// "United Nations headquarters" is also "UN headquarters" and "the United Nations".
			const inside = new RegExp(
				`^(?:the\\s+)?${escapeRegExp(long)}\\s+(headquarters|building|offices?|compound|summit)$`
			).exec(m.display);
			if (inside) out.push(`${short} ${inside[1]}`, long);
		}
		// "New York City" is also "New York".
		if (m.display === 'New York City') out.push('New York');
	}
	if (/^the /i.test(m.text)) out.push(m.text.replace(/^the /i, ''));
	if (m.display !== m.text) out.push(m.display);
	out.push(...dayOrders(m));
	// A year or month written out in full is the same answer; a weekday's date is not asked.
	if (m.anchored && (m.kind === 'month' || m.kind === 'date') && /\d{4}/.test(m.text))
		out.push(m.anchored.label);
	const a = m.amount;
	// "seventh" is also "7th", and the other way; never "7" alone.
	if (a?.unit === 'ordinal') {
		const word = ordinals[a.value - 1];
		out.push(`${ordinalDigits(a.value)}${a.suffix}`, ...(word ? [`${word}${a.suffix}`] : []));
		return out;
	}
	// "10:28 p.m." is also "10:28", "10:28 pm", "10.28pm" and "22:28"; never "10" alone.
	if (a?.unit === 'clock') {
		const { twelve, half } = clockFace(a.value);
		const minutes = twelve.slice(-2);
		out.push(
			twelve,
			`${twelve} ${half}`,
			`${twelve}${half}`,
			`${twelve.replace(':', '.')} ${half}`,
			`${String(Math.floor(a.value / 60)).padStart(2, '0')}:${minutes}`
		);
		return out;
	}
	// "7-1" is also "7–1" and "7 to 1"; never "7" alone.
	if (a?.unit === 'tally' || a?.unit === 'vote') {
		const { other } = tallyEnds(a);
		out.push(`${a.value}-${other}`, `${a.value}–${other}`, `${a.value} to ${other}`);
		return out;
	}
	if (a) {
		const bare = m.text.slice(a.prefix.length);
		if (bare !== m.text) out.push(bare);
		// "82,000 fans" is also "82,000"; "28 percent" also "28"; "a 12-year-old" also "12": the
		// unit is in the sentence around the gap, and a number alone names no other amount.
		const number =
			/^[$€£¥]?\d(?:[\d,.]*\d)?(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:\s*(?:million|billion|trillion|thousand)|(?:bn|mn|tn|m)(?!\p{L}))?/u.exec(
				bare
			)?.[0];
		if (number) {
			// "$3bn" is also "$3 billion" and "3 billion"; never "3" alone.
			const spelled = number.replace(
				/(\d)\s*(bn|mn|tn|m|million|billion|trillion)$/,
				(_, d: string, scale: string) => `${d} ${scaleWords[scale] ?? scale}`
			);
			for (const n of new Set([number, spelled])) {
				out.push(n, `${a.prefix}${n}`.trim());
				if (/^[$€£¥]/.test(n)) out.push(n.slice(1));
				// "US$158 000", "$US1.5bn", "A$30": a dollar of a country is a dollar when typed.
				if (/^(?:\p{Lu}{1,2}\$|\$\p{Lu}{2})$/u.test(a.prefix)) out.push(`$${n}`);
			}
		}
		// "71,4%" typed as "71.4%"; "307 804" as "307,804" or "307804".
		if (!a.words && /\d[, \u00a0\u202f]\d/.test(bare) && !/^\d{1,3}(?:,\d{3})+$/.test(number ?? ''))
			out.push(`${a.value}${a.suffix}`, String(a.value), a.value.toLocaleString('en-US'));
		// "two dozen witnesses" is 24 of them, never "2".
		const dozen = /^\s*dozens?\b/i.exec(a.suffix);
		if (a.words && dozen) {
			const rest = a.suffix.slice(dozen[0].length);
			out.push(`${a.value * 12}${rest}`, String(a.value * 12), `${a.prefix}${a.value * 12}${rest}`);
		}
		// "two-thirds" is no "2": a fraction is only ever its words.
		else if (
			a.words &&
			!/^(?:one|two|three|four)[- ](?:half|halves|thirds?|quarters?|fifths?)$/i.test(bare)
		)
			out.push(`${a.value}${a.suffix}`, String(a.value), `${a.prefix}${a.value}${a.suffix}`);
		// "two decades" is also "20 years"; "a fortnight" "two weeks"; "half a century" "50 years".
		const span = durationInYears(bare);
		if (span) out.push(...span);
		// "more than 20 years" typed "over 20 years"; "about 9,000" as "around 9,000".
		const hedge = /^(more than|over|about|around|approximately|roughly|nearly|almost)\s+/i.exec(
			m.text
		);
		if (hedge) {
			const same: Record<string, string[]> = {
				'more than': ['over'],
				over: ['more than'],
				about: ['around', 'approximately', 'roughly'],
				around: ['about', 'approximately', 'roughly'],
				approximately: ['about', 'around', 'roughly'],
				roughly: ['about', 'around', 'approximately'],
				nearly: ['almost'],
				almost: ['nearly']
			};
			for (const other of same[hedge[1]!.toLowerCase()] ?? [])
				out.push(`${other} ${m.text.slice(hedge[0].length)}`);
		} else if (a.unit && /^(?:hours?|minutes?|days?|weeks?|months?|years?)$/.test(a.unit))
			out.push(`${a.value} ${a.unit}`);
	}
	return out;
}

/** "March 21" is also "21 March", "21 March 2024" and "March 21, 2024"; "21 March" the other way. */
function dayOrders(m: Mention): string[] {
	const iso = m.anchored?.iso;
	if (!iso || !/^\d{4}-\d\d-\d\d$/.test(iso) || m.kind !== 'date') return [];
	const d =
		/^(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{Lu}\p{Ll}+\.?)|(\p{Lu}\p{Ll}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(\d{4}))?$/u.exec(
			m.text
		);
	if (!d) return [];
	const day = String(Number(d[1] ?? d[4]));
	const month = /^\d{4}-(\d\d)/.exec(iso)![1]!;
	const name = months[Number(month) - 1]!;
	const year = iso.slice(0, 4);
	return [
		`${day} ${name}`,
		`${name} ${day}`,
		`${day} ${name} ${year}`,
		`${name} ${day}, ${year}`,
		`${name} ${day} ${year}`
	];
}

/**
 * A noun phrase without its determiner and without one or two of its describing words: "a
 * national emergency" is also "national emergency" and "an emergency"; "Tomahawk cruise
 * missiles" also "cruise missiles" and "Tomahawk missiles". The head noun alone is accepted
 * only when it is all that is left of a two-word phrase.
 */
function thingForms(slot: Slot): string[] {
	const tokens = slot.claim.parse.tokens.filter((t) => t.start >= slot.start && t.end <= slot.end);
	// "second-hand smoke": a hyphenated compound is one word here.
	const words: { text: string; tags: ReadonlySet<string>; normal: string }[] = [];
	for (const t of tokens) {
		if (has(t, 'Determiner') && words.length === 0) continue;
		const last = words[words.length - 1];
		const joined = last && /-$/.test(last.text);
		if (joined) last.text += t.text;
		else
			words.push({
				text: t.text + (t.post.trim() === '-' ? '-' : ''),
				tags: t.tags,
				normal: t.normal
			});
	}
	if (words.length === 0) return [];
	const out = [words.map((t) => t.text).join(' ')];
	// Proper names ("Coppa Italia") keep every word; in "Tomahawk cruise missiles" only the
	// common words may go ("Tomahawk missiles").
	if (words.every((t) => /^\p{Lu}/u.test(t.text))) return out;
	// "the charge of perjury" is also "perjury" and "the perjury charge": the offence is the answer.
	const charge = /^(charges?|counts?|crimes?|offen[cs]es?)\s+of\s+(.+)$/i.exec(out[0]!);
	if (charge) out.push(charge[2]!, `${charge[2]} ${charge[1]}`);
	// Phrases with a preposition ("a state of national emergency", "cooperation in lunar
	// exploration") keep their shape: only the determiner goes.
	if (words.some((t) => t.tags.has('Preposition') || t.normal === 'and' || t.normal === 'or'))
		return out;
	const head = words[words.length - 1]!;
	const modifiers = words.slice(0, -1);
	for (let i = 0; i < modifiers.length; i++)
		if (!/^\p{Lu}/u.test(modifiers[i]!.text))
			out.push(
				[...modifiers.slice(0, i), ...modifiers.slice(i + 1), head].map((t) => t.text).join(' ')
			);
	if (modifiers.length <= 2 && !modifiers.some((t) => /^\p{Lu}/u.test(t.text))) out.push(head.text);
	return out;
}
