import { isOffence, isWork, type Mention, type Person } from '../entities';
import {
	cities,
	commonOffences,
	countries,
	offenceFamilies,
	countryRegions,
	landmarks,
	months,
	organizations,
	placeHeads,
	regions,
	weekdays
} from '../lang/en/gazetteer';
import { containsWord, normalize } from '../text';
import { hash32 } from '../../util/hash';
import { shuffled } from '../../util/random';
import { numericVariants } from './numbers';

export interface Pool {
	/** Every mention in the article's fact sentences, by kind, in order of first appearance. */
	byKind: Map<string, Mention[]>;
	people: Person[];
	/** The article's publication date (YYYY-MM-DD): a past event cannot fall after it. */
	published?: string;
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

const dayIso = /^\d{4}-\d\d-\d\d$/;

/**
 * Whether a date from elsewhere in the article can stand in for the answer: an event the
 * article dates on or before publication ("cleaned the tower on August 12") cannot be offered a
 * day after it, neither as that date was read where it appears ("will take effect on January 1",
 * next year) nor as the same day of the answer's year ("updated on November 7").
 */
function possibleDate(answer: Mention, option: Mention, published: string | undefined): boolean {
	const iso = answer.anchored?.iso;
	if (!published || !iso || !dayIso.test(iso) || iso > published) return true;
	const own = option.anchored?.iso;
	if (!own || !dayIso.test(own)) return true;
	const sameYear = /\d{4}/.test(option.text) ? own : `${iso.slice(0, 4)}${own.slice(4)}`;
	return own <= published && sameYear <= published;
}

/**
 * Up to `count` wrong answers of the same kind as `m`: from the article first, then from the
 * gazetteer. Nothing named in the source sentence is offered, so a wrong option is never also right.
 */
/** Words that place a sentence in one part of the world. */
const regionWord =
	/\b(?:European|Asian|African|South American|Latin American|North American|Middle Eastern|Scandinavian|Caribbean|Pacific|overseas|abroad|international)\b/;

export function distractorsFor(
	m: Mention,
	sentenceText: string,
	pool: Pool,
	count: number
): string[] {
	const seed = hash32(`${m.key}|${sentenceText}`);
	// "The _____ and Pheu Thai also secured …": "Pheu Thai Party" is in the sentence already.
	const inSentence = (text: string) =>
		normalize(sentenceText).includes(normalize(text.replace(/^the /i, ''))) ||
		(/\s(?:Party|Group|Company|Corporation|Inc\.?|Ltd\.?)$/.test(text) &&
			containsWord(
				normalize(sentenceText),
				normalize(text.replace(/^the /i, '').replace(/\s\S+$/, ''))
			));
	const take = (fromArticle: string[], fromGazetteer: string[]) => {
		const seen = new Set<string>([normalize(m.text).replace(/^the /, '')]);
		const out: string[] = [];
		for (const list of [fromArticle, shuffled(fromGazetteer, seed)]) {
			for (const t of list) {
				const key = normalize(t).replace(/^the /, '');
				if (seen.has(key) || inSentence(t)) continue;
				// "Mexico's San Benito Islands" for "the San Benito Islands": the same place, named
				// longer, is no other.
				const own = normalize(m.text).replace(/^the /, '');
				if (own && key && (containsWord(key, own) || containsWord(own, key))) continue;
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
			// A place no list knows could be a town, a club or a venue: nothing to set beside it.
			if (sort === 'other') return [];
			const same = (pool.byKind.get('place') ?? [])
				.filter((x) => placeSort(x.display) === sort)
				.map((x) => x.display);
			// Cities and regions come from the article only: a far-off city beside the article's
			// tests world knowledge. Countries come from the answer's own part of the world.
			// "a final set of European stops …, closing out in _____": the article's American
			// cities are ruled out by the sentence; with no way to tell which are European, none.
			if (sort !== 'country' && regionWord.test(sentenceText)) return [];
			if (sort !== 'country') return take(same, []);
			const region = countryRegions[m.display] ?? countryRegions[`the ${m.display}`];
			const near = gazetteerPlaces(sort).filter(
				(c) => !region || (countryRegions[c] ?? countryRegions[`the ${c}`]) === region
			);
			return take(same, near);
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
			return numericVariants(m, count, seed, {
				sentence: sentenceText,
				article: pool.byKind.get(m.kind) ?? []
			}).filter((t) => !inSentence(t));
		case 'date': {
			const year = /\b(19|20)\d\d\b/.exec(m.text)?.[0];
			if (year && m.text === year) {
				// Nothing that happened can have happened after the article was written.
				const latest = pool.published ? Number(pool.published.slice(0, 4)) : Infinity;
				const shifts = Number(year) <= latest ? [-2, -1, 1, 2, -3, 3] : [-2, -1, 1, 2];
				return take(
					[],
					shifts
						.map((d) => Number(year) + d)
						.filter((y) => Number(year) > latest || y <= latest)
						.map(String)
				);
			}
			const rel = /^(the (?:start|beginning|middle|end) of )?(last|next|this) year$/i.exec(m.text);
			if (rel) {
				// "fell … next year" breaks the tense: only the end of the same year may change, start
				// for end ("at the start of" and "at the end of" take the same preposition; "in the middle" not).
				const part = /start|beginning|end/i.exec(rel[1] ?? '')?.[0].toLowerCase();
				if (!part) return [];
				const which = rel[2]!.toLowerCase();
				const all = [`the ${part === 'end' ? 'start' : 'end'} of ${which} year`];
				return take(
					[],
					all.filter((x) => normalize(x) !== normalize(m.text))
				);
			}
			// A day for a day, a year for a year: "1976" is no option beside "2 March 1969".
			// "Last year" is no option beside "May 31": a date written without a number is relative.
			const shape = (t: string) =>
				/^\d{4}$/.test(t) ? 'year' : /\d{4}/.test(t) ? 'full' : /\d/.test(t) ? 'day' : 'relative';
			const possible = (pool.byKind.get('date') ?? []).filter(
				(o) => possibleDate(m, o, pool.published) && shape(o.display) === shape(m.text)
			);
			return take(
				possible.map((o) => o.display),
				[]
			);
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
		case 'thing': {
			if (!isOffence(m)) return take(article, []);
			// Offences for an offence: the article's own first, then common ones; two for two.
			const partsOf = (t: string) => t.split(/,\s+(?:and\s+)?|\s+and\s+/).length;
			const parts = partsOf(m.text);
			const charges = (pool.byKind.get('thing') ?? [])
				.filter((x) => isOffence(x) && partsOf(x.text) > 1 === parts > 1)
				.map((x) => x.display);
			// The family of the key's last offence ("attempted second-degree murder" → murder).
			const last =
				m.text
					.toLowerCase()
					.split(/,\s+(?:and\s+)?|\s+and\s+/)
					.pop() ?? '';
			const family = offenceFamilies.find((f) =>
				f.some((o) => new RegExp(`\\b${o.split(' ').pop()}$`).test(last))
			);
			// Charges of the key's family; a family too small for the options, any common charge.
			const common = shuffled(
				family && family.length >= (parts < 2 ? 6 : 10) ? family : commonOffences,
				seed
			);
			const sets =
				parts < 2
					? common
					: common.flatMap((a, i) =>
							i % 2 === 0 && common[i + 1] ? [`${a} and ${common[i + 1]}`] : []
						);
			return take(charges, sets);
		}
		case 'event':
		case 'document': {
			// A work for a work: "Thief" and "Elf" beside "Misery", never a treaty.
			if (isWork(m))
				return take(
					(pool.byKind.get('document') ?? []).filter(isWork).map((x) => x.display),
					[]
				);
			// An award for an award, a festival for a festival: "the Cannes Film Festival" is no prize.
			const head = (t: string) => t.split(/\s+/).pop()?.replace(/s$/, '').toLowerCase();
			return take(
				article.filter((a) => head(a) === head(m.text)),
				[]
			);
		}
		default:
			return take(article, []);
	}
}
