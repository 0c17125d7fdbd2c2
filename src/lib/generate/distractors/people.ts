import type { Person } from '../entities';
import { contentWords } from '../lang/en/content-words';
import { contestWords, femaleWords, maleWords } from '../lang/en/words';
import { hash32 } from '../../util/hash';
import { shuffled } from '../../util/random';

// Wrong people: others the article names, or other pairs for a pair.

export interface Group {
	keys: string[];
	words: Set<string>;
}

/** "he" or "she", from the article's own pronouns or a gendered form of address. */
export function pronounOf(p: Person): 'he' | 'she' | undefined {
	if (p.pronoun) return p.pronoun;
	const address = p.honorific?.split(/\s+/)[0];
	if (address && /^(?:Mr|Sir|Lord)$/.test(address)) return 'he';
	if (address && /^(?:Mrs|Ms|Miss|Dame|Lady)$/.test(address)) return 'she';
	return undefined;
}

/** "he" or "she" by the article, or else by what the given name usually says. */
const genderOf = (p: Person): 'he' | 'she' | undefined => pronounOf(p) ?? p.nameGender;

/** A person's office, as a word to compare: "Sen." and "Senator" are one. */
function roleOf(p: Person): string | undefined {
	const role = p.role?.toLowerCase().replace(/\./g, '').trim();
	if (!role) return undefined;
	return (
		(
			{ sen: 'senator', sens: 'senator', rep: 'representative', gov: 'governor' } as Record<
				string,
				string
			>
		)[role] ?? role
	);
}

export function personDistractors(
	answer: Person[],
	sentenceText: string,
	people: Person[],
	count: number,
	groups: readonly Group[] = [],
	/** A prompt that says "he" or "she" takes only people the article calls the same. */
	pronoun?: 'he' | 'she'
): string[] {
	const others = people.filter(
		(p) =>
			!answer.some((a) => a.key === p.key) &&
			!sentenceText.includes(p.surname) &&
			(!pronoun || pronounOf(p) === pronoun)
	);
	const seed = hash32(answer.map((p) => p.key).join('|') + sentenceText);
	if (answer.length === 1) {
		// "Sen. Lisa Murkowski" among senators first: a president beside them is ruled out by role.
		// Then people the article or a given name says are of the answer's sex; in a contest,
		// where men and women play apart, no one else (Djokovic's opponents are men).
		const role = roleOf(answer[0]!);
		const inContest = contestWords.test(sentenceText);
		// "wins over Rafael Nadal and _____": in a contest the others the sentence names say it.
		const named = new Set(
			people
				.filter((p) => p.key !== answer[0]!.key && sentenceText.includes(p.surname))
				.map(genderOf)
				.filter((g) => g !== undefined)
		);
		// "the sixth female director to win": the sentence says which sex the answer is.
		const said = femaleWords.test(sentenceText)
			? 'she'
			: maleWords.test(sentenceText)
				? 'he'
				: undefined;
		const gender =
			genderOf(answer[0]!) ?? said ?? (inContest && named.size === 1 ? [...named][0] : undefined);
		const sameSex = (p: Person) => !gender || (genderOf(p) ?? gender) === gender;
		// Where the sentence says it, people known to be of that sex come first of all.
		const known = said && said === gender ? others.filter((p) => genderOf(p) === gender) : [];
		const pool =
			known.length >= count
				? known
				: gender && (inContest || said === gender)
					? others.filter(sameSex)
					: others;
		const tier = (p: Person) => (role && roleOf(p) === role ? 0 : 2) + (sameSex(p) ? 0 : 1);
		const ranked = shuffled(pool, seed).sort((a, b) => tier(a) - tier(b));
		return ranked.slice(0, count).map((p) => p.name);
	}
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
