import type { Claim } from './analyse';
import type { Mention } from './entities';
import { contentStems } from './lang/en/content-words';
import { countries } from './lang/en/gazetteer';
import { boilerplate, newsVerbs } from './lang/en/words';
import { normalize } from './text';

/** What the whole article is about: its main actors and the place it happens. */
export interface Topic {
	/** Entity keys by how often the article names them, most first. */
	frequency: Map<string, number>;
	/** Keys of the main actors: named often, or in the headline. */
	actors: Set<string>;
	/** Keys whose answer the headline or the article's subject gives away. */
	givenAway: Set<string>;
	/** Content words of the headline, stemmed. */
	titleWords: Set<string>;
}

/**
 * Finds the article's subject from how often each entity is named and what the headline names.
 * A place or organisation the headline names, or the one place most of the article is in, is
 * no answer: every reader knows it before reading a question.
 */
/** Countries the news names by letters: each with the forms that stand for it. */
const shortNames: [RegExp, string][] = [
	[/^(?:the\s+)?(?:United States|US|U\.S\.|USA|America)$/i, 'U\\.S\\.|US|USA|America'],
	[/^(?:the\s+)?(?:United Kingdom|UK|U\.K\.|Britain)$/i, 'U\\.K\\.|UK|Britain']
];

export function topicOf(claims: readonly Claim[], title: string): Topic {
	const frequency = new Map<string, number>();
	const display = new Map<string, Mention>();
	for (const c of claims) {
		const seen = new Set<string>();
		for (const m of c.mentions) {
			if (seen.has(m.key)) continue;
			seen.add(m.key);
			frequency.set(m.key, (frequency.get(m.key) ?? 0) + 1);
			if (!display.has(m.key)) display.set(m.key, m);
		}
		if (c.quote) frequency.set(c.quote.speaker.key, (frequency.get(c.quote.speaker.key) ?? 0) + 1);
	}
	const titleText = normalize(title);
	const inTitle = (m: Mention) => {
		// "Chinese toy recall" names China: a country's adjective in the headline is the country.
		const demonym =
			m.kind === 'place'
				? countries.find(([name]) => normalize(name) === normalize(m.text))?.[1]
				: undefined;
		const forms = [m.text, m.display, ...(demonym ? [demonym] : [])].map((f) =>
			normalize(f).replace(/^the /, '')
		);
		return forms.some(
			(f) =>
				f.length > 1 && new RegExp(`(?<![\\p{L}])${escape(f)}(?![\\p{L}])`, 'u').test(titleText)
		);
	};
	const actors = new Set<string>();
	const givenAway = new Set<string>();
	const ranked = [...frequency.entries()].sort((a, b) => b[1] - a[1]);
	for (const [key, count] of ranked) {
		const m = display.get(key);
		const kind = key.split(':')[0];
		if (!kind || !['person', 'organization', 'place', 'event', 'document'].includes(kind)) continue;
		const titled = m ? inTitle(m) : false;
		if (titled || (count >= 3 && actors.size < 3)) actors.add(key);
		if (titled) givenAway.add(key);
	}
	// The place most of the article happens in: named in a third of its sentences or more, its
	// adjective counting for it ("a southern Chinese province", "South African rangers").
	const demonymOf = (key: string) => {
		const m = display.get(key);
		return m ? countries.find(([name]) => normalize(name) === normalize(m.text))?.[1] : undefined;
	};
	const withDemonyms = new Map(frequency);
	for (const [key] of ranked) {
		if (!key.startsWith('place:')) continue;
		const demonym = demonymOf(key);
		// "the US House", "U.S. President": the country's short names count for it too.
		const short = shortNames.find(([name]) => name.test(display.get(key)?.text ?? ''))?.[1];
		if (!demonym && !short) continue;
		const forms = [...(demonym ? [escape(demonym)] : []), ...(short ? [short] : [])].join('|');
		const re = new RegExp(`(?<![\\p{L}])(?:${forms})(?![\\p{L}])`, 'u');
		const extra = claims.filter(
			(c) => re.test(c.text) && !c.mentions.some((m) => m.key === key)
		).length;
		withDemonyms.set(key, (withDemonyms.get(key) ?? 0) + extra);
	}
	// "Uttar Pradesh state" is "Uttar Pradesh": a place counts the longer names that hold it.
	const placeKeys = [...withDemonyms.keys()].filter((k) => k.startsWith('place:'));
	const within = (k: string) => placeKeys.filter((o) => o === k || o.startsWith(`${k} `));
	const merged = new Map(
		placeKeys.map((k) => [
			k,
			claims.filter((c) => c.mentions.some((m) => within(k).includes(m.key))).length +
				(withDemonyms.get(k) ?? 0) -
				(frequency.get(k) ?? 0)
		])
	);
	const places = [...merged.entries()].sort((a, b) => b[1] - a[1]);
	const top = places[0];
	const often = Math.max(3, claims.length / 3);
	if (top && top[1] >= often && (places[1]?.[1] ?? 0) < top[1])
		for (const k of within(top[0])) givenAway.add(k);
	// A second place named in half the article or more ("the northern state of Uttar Pradesh"
	// in a report of India's floods) is as well known to the reader as the first.
	for (const [k, n] of places.slice(1))
		if (n >= Math.max(4, claims.length / 2)) for (const o of within(k)) givenAway.add(o);
	// "Shepherd Neame" in a report of its results, "Frank Jackson" in one of his retirement: the
	// person or body the lead names and the article keeps naming, far more than any other, is
	// who the story is about, known before any question is read.
	for (const kind of ['person', 'organization'] as const) {
		const named = [...frequency.entries()]
			.filter(([k]) => k.startsWith(`${kind}:`))
			.sort((a, b) => b[1] - a[1]);
		const [first, second] = named;
		if (
			first &&
			first[1] >= Math.max(4, claims.length / 3) &&
			first[1] >= 2 * (second?.[1] ?? 0) &&
			claims[0]?.mentions.some((m) => m.key === first[0])
		)
			givenAway.add(first[0]);
	}
	return { frequency, actors, givenAway, titleWords: contentStems(title) };
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How much a claim carries the article's news, 0–1.5: the lead and the sentences that share the
 * headline's words come first, then those with numbers, main actors and verbs of news.
 */
export function salienceOf(claim: Claim, paragraphRank: number, topic: Topic): number {
	const text = claim.sentence.text;
	if (boilerplate.some((re) => re.test(text))) return 0;
	const position = paragraphRank === 0 ? 1 : Math.max(0.35, 0.85 - 0.08 * (paragraphRank - 1));
	const words = contentStems(claim.text);
	const shared = [...topic.titleWords].filter((w) => words.has(w)).length;
	const title = topic.titleWords.size ? (0.45 * shared) / topic.titleWords.size : 0;
	const amounts = claim.mentions.some(
		(m) => (m.kind === 'quantity' || m.kind === 'duration') && !m.amount?.suffix.endsWith('-old')
	)
		? 0.2
		: 0;
	const actor = claim.mentions.some((m) => topic.actors.has(m.key)) ? 0.1 : 0;
	const verb =
		claim.clause && newsVerbs.has(claim.clause.verb.infinitive.split(' ')[0]!) ? 0.15 : 0;
	// Quotes colour a story; a teacher tests them less than what happened.
	const quote = claim.quote ? (topic.actors.has(claim.quote.speaker.key) ? -0.1 : -0.25) : 0;
	const short = claim.parse.tokens.length < 6 ? -0.2 : 0;
	return Math.max(0, position + title + amounts + actor + verb + quote + short);
}
