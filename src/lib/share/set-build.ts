// The rules of building a set on /teach: its id, what it needs before it can be shared, and how a
// random draw picks questions.
import { spreadOverFacts } from '../util/spread';
import type { StudyQuestion } from '../schema/bank';
import { shuffle } from '../util/random';
import { slugify } from '../util/slug';

/**
 * A set's id: its title as a slug, with a random suffix (`bytes`, as hex) so two sets of the same
 * title never share their results.
 */
export function setId(title: string, bytes: Uint8Array): string {
	const base = slugify(title, { max: 40, fallback: 'set', cutInWord: true, canonicalOnly: true });
	const suffix = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${base}-${suffix}`;
}

/** What the teacher must do before the set can be shared, if anything. */
export function setProblem(title: string, picked: number): string | undefined {
	if (!title.trim()) return 'Give the set a title.';
	if (picked === 0) return 'Pick at least one question.';
	return undefined;
}

export interface Drawable {
	key: string;
	bankId: string;
	question: { factId: string };
}

/**
 * Up to `count` more questions drawn at random from `candidates`, none already `picked`: one per
 * fact first, so a drawn set covers as many facts as it can.
 */
export function drawQuestions<T extends Drawable>(
	candidates: readonly T[],
	picked: readonly T[],
	count: number,
	random: () => number
): T[] {
	const taken = new Set(picked.map((p) => p.key));
	const pool = shuffle(
		candidates.filter((c) => !taken.has(c.key)),
		random
	);
	const factOf = (c: Drawable) => `${c.bankId}/${c.question.factId}`;
	return spreadOverFacts(pool, factOf, picked.map(factOf)).slice(0, Math.max(0, count));
}

/** A bank as the set builder offers it: its facts' statements and its quoted questions. */
export interface TeachBank {
	id: string;
	title: string;
	facts: { id: string; statement: string }[];
	questions: StudyQuestion[];
}
