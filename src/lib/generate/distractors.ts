import type { Mention, Person } from './entities';
import {
	cities,
	countries,
	landmarks,
	months,
	organizations,
	placeHeads,
	regions,
	weekdays
} from './gazetteer';
import { numberWords, shuffled, hash32, normalize } from './text';

export interface Pool {
	/** Every mention in the article's fact sentences, by kind, in order of first appearance. */
	byKind: Map<string, Mention[]>;
	people: Person[];
}

const countryNames = new Set(countries.map(([n]) => n.replace(/^the /, '')));
const cityNames = new Set(cities);
const regionNames = new Set(regions.map((r) => r.replace(/^the /, '')));
const landmarkNames = new Set(landmarks.map((l) => l.replace(/^the /, '')));

/** Places only stand in for places of the same sort: cities for cities, straits for straits. */
function placeSort(text: string): string {
	const bare = text.replace(/^the /i, '');
	if (countryNames.has(bare)) return 'country';
	if (cityNames.has(bare)) return 'city';
	if (regionNames.has(bare)) return 'region';
	if (landmarkNames.has(bare)) return 'landmark';
	if (/ headquarters$/.test(bare)) return 'headquarters';
	const head = bare.split(/\s+/).pop() ?? '';
	if (placeHeads.includes(head)) return `head:${head}`;
	return 'other';
}

function gazetteerPlaces(sort: string): string[] {
	switch (sort) {
		case 'country':
			return countries.map(([n]) => n);
		case 'city':
			return [...cities];
		case 'region':
			return [...regions];
		case 'landmark':
			return [...landmarks];
		case 'headquarters':
			return organizations
				.filter(([, s]) => s && /^[A-Z0-9]{3,5}$/.test(s))
				.map(([, s]) => `${s} headquarters`);
		default:
			return [];
	}
}

/** Keeps "the" when the answer shows it and the gap needs it ("the United States" vs "China"). */
function matchCase(option: string, answer: string): string {
	if (/^[a-z]/.test(answer) && /^The /.test(option)) return 'the ' + option.slice(4);
	return option;
}

const formatNumber = (value: number, words: boolean, like: string): string => {
	if (words && Number.isInteger(value) && value < numberWords.length) return numberWords[value]!;
	const decimals = (like.split('.')[1] ?? '').replace(/\D/g, '').length;
	const fixed = value.toFixed(decimals);
	return /,/.test(like)
		? Number(fixed).toLocaleString('en-US', {
				minimumFractionDigits: decimals,
				maximumFractionDigits: decimals
			})
		: fixed;
};

/** Rounds like the original: 15 gives 30, 45, 10 rather than 22.5 or 23. */
function nice(x: number, like: number): number {
	if (!Number.isInteger(like)) return Number(x.toFixed(1));
	const step = like % 100 === 0 ? 100 : like % 10 === 0 ? 10 : like % 5 === 0 ? 5 : 1;
	return Math.max(step, Math.round(x / step) * step);
}

/** Other plausible amounts with the same unit: halves, doubles and neighbours, never the answer. */
export function numericVariants(m: Mention, count: number, seed: number): string[] {
	const a = m.amount;
	if (!a) return [];
	const v = a.value;
	const raw = /(\d[\d,.]*|[a-z]+)/i.exec(m.text.slice(a.prefix.length))?.[0] ?? String(v);
	const candidates =
		a.words || (Number.isInteger(v) && v <= 12)
			? [v + 1, v - 1, v + 2, v * 2, v + 3].filter(
					(x) => x > 0 && (!a.words || x < numberWords.length)
				)
			: [v * 2, v / 2, v * 1.5, v * 3, v * 0.75].map((x) => nice(x, v));
	const out: string[] = [];
	for (const x of shuffled([...new Set(candidates)], seed)) {
		if (x === v || x <= 0) continue;
		let suffix = a.suffix;
		// "one hour", not "one hours"; "two hours", not "two hour".
		if (/^\s+\p{L}+s$/u.test(suffix) && x === 1) suffix = suffix.replace(/s$/, '');
		if (
			/^\s+\p{L}+[^s]$/u.test(suffix) &&
			v === 1 &&
			x !== 1 &&
			!/^\s+(percent|per cent)$/.test(suffix)
		)
			suffix += 's';
		const text = `${a.prefix}${formatNumber(x, a.words, raw)}${suffix}`;
		if (m.text.charAt(0) === m.text.charAt(0).toUpperCase() && /^[a-z]/.test(text))
			out.push(text.charAt(0).toUpperCase() + text.slice(1));
		else out.push(text);
		if (out.length >= count) break;
	}
	return out;
}

/**
 * Up to `count` wrong answers of the same kind as `m`: from the article first, then from the
 * gazetteer. Nothing named in the source sentence is offered, so a wrong option is never also right.
 */
export function distractorsFor(
	m: Mention,
	sentenceText: string,
	pool: Pool,
	count: number
): string[] {
	const seed = hash32(`${m.key}|${sentenceText}`);
	const inSentence = (text: string) =>
		normalize(sentenceText).includes(normalize(text.replace(/^the /i, '')));
	const take = (fromArticle: string[], fromGazetteer: string[]) => {
		const seen = new Set<string>([normalize(m.text).replace(/^the /, '')]);
		const out: string[] = [];
		for (const list of [fromArticle, shuffled(fromGazetteer, seed)]) {
			for (const t of list) {
				const key = normalize(t).replace(/^the /, '');
				if (seen.has(key) || inSentence(t)) continue;
				// "a free and open _____" took "Indo-Pacific": "the Arctic" would not fit the gap.
				if (!/^the /i.test(m.text) && /^the /i.test(t)) continue;
				seen.add(key);
				out.push(matchCase(t, m.text));
				if (out.length >= count) return out;
			}
		}
		return out;
	};
	const article = (pool.byKind.get(m.kind) ?? []).map((x) => x.display);
	switch (m.kind) {
		case 'place': {
			const sort = placeSort(m.display);
			const same = (pool.byKind.get('place') ?? [])
				.filter((x) => placeSort(x.display) === sort)
				.map((x) => x.display);
			return take(same, gazetteerPlaces(sort));
		}
		case 'weekday': {
			const day = weekdays.find((d) => m.text.endsWith(d)) ?? '';
			const workdays = weekdays.filter((d) => d !== 'Saturday' && d !== 'Sunday');
			return take(
				article.filter((d) => weekdays.includes(d)),
				workdays
			).map((d) => m.text.replace(day, d));
		}
		case 'month': {
			// Same shape as the answer: "June" with "March", "October 2022" with "March 2022".
			const year = /\s(\d{4})$/.exec(m.text)?.[1];
			const bare = article.map((a) => a.replace(/\s\d{4}$/, ''));
			const list = take(
				bare,
				[...months].filter((x) => x !== m.text.replace(/\s\d{4}$/, ''))
			);
			return list
				.map((x) => (year ? `${x} ${year}` : x))
				.filter((x) => normalize(x) !== normalize(m.text));
		}
		case 'duration':
		case 'quantity':
			return numericVariants(m, count, seed).filter((t) => !inSentence(t));
		case 'date': {
			const year = /\b(19|20)\d\d\b/.exec(m.text)?.[0];
			if (year && m.text === year)
				return take(
					[],
					[-2, -1, 1, 2].map((d) => String(Number(year) + d))
				);
			const rel = /^(the (?:start|beginning|middle|end) of )?(last|next|this) year$/i.exec(m.text);
			if (rel) {
				const parts = rel[1] ? ['the start of', 'the middle of', 'the end of'] : [''];
				const which = ['last', 'this', 'next'];
				const all = parts.flatMap((p) => which.map((w) => `${p} ${w} year`.trim()));
				return take(
					[],
					all.filter((x) => normalize(x) !== normalize(m.text))
				);
			}
			return take(article, []);
		}
		case 'organization': {
			const demonymGov =
				/^the (.+) (government|parliament|military|navy|army|central bank|economy)$/i.exec(m.text);
			if (demonymGov) {
				const noun = demonymGov[2]!;
				const places = (pool.byKind.get('place') ?? []).map((x) => x.display.replace(/^the /, ''));
				const fromArticle = countries
					.filter(([n]) => places.includes(n.replace(/^the /, '')))
					.map(([, d]) => `the ${d} ${noun}`);
				return take(
					fromArticle,
					countries.map(([, d]) => `the ${d} ${noun}`)
				);
			}
			// An agency for an agency, a bank for a bank: "Rivermouth United" is no stand-in for an association.
			const head = m.text.split(/\s+/).pop();
			return take(
				article.filter((a) => a.split(/\s+/).pop() === head),
				[]
			);
		}
		default:
			return take(article, []);
	}
}

export interface Group {
	keys: string[];
	words: Set<string>;
}

const stopWords = new Set(
	'that this with from were have been will would which their there about after before also into over under than they them then when where while what said says including based'.split(
		' '
	)
);

/** Content words of a text, for telling whether two sentences are about the same thing. */
export function contentWords(text: string): Set<string> {
	return new Set(
		normalize(text)
			.split(/[^\p{L}\p{N}-]+/u)
			.filter((w) => w.length >= 4 && !stopWords.has(w))
	);
}

export function personDistractors(
	answer: Person[],
	sentenceText: string,
	people: Person[],
	count: number,
	groups: readonly Group[] = []
): string[] {
	const others = people.filter(
		(p) => !answer.some((a) => a.key === p.key) && !sentenceText.includes(p.surname)
	);
	const seed = hash32(answer.map((p) => p.key).join('|') + sentenceText);
	if (answer.length === 1)
		return shuffled(others, seed)
			.slice(0, count)
			.map((p) => p.name);
	// A pair is answered with pairs: only the exact pair is right. A pair that did something
	// similar elsewhere in the article ("signed a space agreement") could be defended, so it is left out.
	const words = contentWords(sentenceText);
	const similar = (pair: Person[]) =>
		groups.some(
			(g) =>
				g.keys.length === pair.length &&
				pair.every((p) => g.keys.includes(p.key)) &&
				[...g.words].some((w) => words.has(w))
		);
	const everyone = [...answer, ...others];
	const pairs: string[] = [];
	for (let i = 0; i < everyone.length; i++)
		for (let j = i + 1; j < everyone.length; j++) {
			const pair = [everyone[i]!, everyone[j]!];
			if (pair.every((p) => answer.includes(p)) || similar(pair)) continue;
			pairs.push(pair.map((p) => p.name).join(' and '));
		}
	return shuffled(pairs, seed).slice(0, count);
}
