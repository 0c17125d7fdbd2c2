// The rules of building a set on /teach: its id, what it needs before it can be shared, and how a
// random draw picks questions.
import { spreadOverFacts } from '../util/spread';
import type { StudyQuestion } from '../schema/bank';
import { shuffle } from '../util/random';
import { slugify } from '../util/slug';
import { dueStatus } from './due';
import { traitsOf } from '../question-types/traits';
import type { QuestionBase } from '../question-types/types';

/**
 * A set's id: its title as a slug, with a random suffix (`bytes`, as hex) so two sets of the same
 * title never share their results.
 */
export function setId(title: string, bytes: Uint8Array): string {
	const base = slugify(title, { max: 40, fallback: 'set', cutInWord: true, canonicalOnly: true });
	const suffix = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${base}-${suffix}`;
}

/**
 * What the teacher must do before the set can be shared, if anything. A due date (if any) must
 * not have passed on `today`, the teacher's day.
 */
export function setProblem(
	title: string,
	picked: number,
	due?: { date: string; today: string }
): string | undefined {
	if (!title.trim()) return 'Give the set a title.';
	if (picked === 0) return 'Pick at least one question.';
	if (due?.date && dueStatus(due.date, due.today).when === 'passed') {
		return 'The due date has already passed. Pick today or a later day, or leave it empty.';
	}
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

/** A picked question as the picker's rules read it. */
export interface Pickable {
	key: string;
	bankId: string;
	question: QuestionBase;
}

/** Two picked questions that weaken each other, and the one to swap for another. */
export interface PickConflict {
	kind: 'same-fact' | 'gives-away';
	/** For `gives-away`, the question whose prompt holds the other's answer. */
	first: string;
	second: string;
	/** The question a swap replaces: the later of one fact, or the one whose answer is given. */
	swap: string;
}

const words = (text: string) =>
	` ${text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLocaleLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;

/**
 * The answer a prompt could give away: the key a learner picks or types. A verdict (True/False)
 * or an arrangement (pairs, an order) is not a phrase a prompt can hold.
 */
function givenKey(question: QuestionBase): string | undefined {
	const form = traitsOf(question).answerForm(question);
	if (form === 'verdict' || form === 'arranged') return undefined;
	const key = words(question.answer);
	// Shorter keys ("a", "US") turn up in prompts by chance.
	return key.trim().length >= 3 ? key : undefined;
}

/** The pairs of picked questions that test one fact, or where one prompt holds another's answer. */
export function pickConflicts(picked: readonly Pickable[]): PickConflict[] {
	const conflicts: PickConflict[] = [];
	const prompts = picked.map((p) => words(p.question.prompt));
	const keys = picked.map((p) => givenKey(p.question));
	picked.forEach((a, i) => {
		picked.forEach((b, j) => {
			if (j <= i) return;
			if (a.bankId === b.bankId && a.question.factId === b.question.factId) {
				conflicts.push({ kind: 'same-fact', first: a.key, second: b.key, swap: b.key });
			}
		});
		picked.forEach((b, j) => {
			const key = keys[j];
			if (i !== j && key && prompts[i]!.includes(key)) {
				conflicts.push({ kind: 'gives-away', first: a.key, second: b.key, swap: b.key });
			}
		});
	});
	return conflicts;
}

/**
 * A question to put in place of `key`: the first of `pool` not picked and in no conflict with the
 * other picked questions, or undefined when there is none.
 */
export function swapFor<T extends Pickable>(
	key: string,
	picked: readonly T[],
	pool: readonly T[]
): T | undefined {
	const rest = picked.filter((p) => p.key !== key);
	const taken = new Set(picked.map((p) => p.key));
	return pool.find(
		(c) =>
			!taken.has(c.key) &&
			pickConflicts([...rest, c]).every((x) => x.first !== c.key && x.second !== c.key)
	);
}

/** What the teacher types and picks in the set builder. */
export interface DraftFields {
	title: string;
	instructions: string;
	order: 'fixed' | 'shuffled';
	mode: 'quiz' | 'flashcards';
	feedback: 'immediate' | 'end';
	due: string;
	passMark: number;
	attempts?: number;
	picked: string[];
}

const draftFields = [
	'title',
	'instructions',
	'order',
	'mode',
	'feedback',
	'due',
	'passMark',
	'attempts'
] as const;

/**
 * A kept set read back while the teacher was already changing the form: what they changed since
 * the page opened (`base` to `mine`) wins, the rest comes from `kept`. Questions picked meanwhile
 * are added at the end, questions unpicked meanwhile are left out.
 */
export function newestWins<T extends DraftFields>(
	base: DraftFields,
	mine: DraftFields,
	kept: T
): T {
	const out: T = { ...kept, picked: [...kept.picked] };
	for (const field of draftFields) {
		if (mine[field] !== base[field]) Object.assign(out, { [field]: mine[field] });
	}
	if (out.attempts === undefined) delete out.attempts;
	const added = mine.picked.filter((k) => !base.picked.includes(k));
	const removed = base.picked.filter((k) => !mine.picked.includes(k));
	out.picked = [...out.picked.filter((k) => !removed.includes(k) && !added.includes(k)), ...added];
	return out;
}

/** True when the teacher changed anything since `base`. */
export const draftChanged = (base: DraftFields, mine: DraftFields): boolean =>
	draftFields.some((field) => mine[field] !== base[field]) ||
	mine.picked.join('\n') !== base.picked.join('\n');
