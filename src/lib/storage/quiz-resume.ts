// The quiz in progress on each bank, kept after every step so that a reload or a closed tab can
// resume it. Its own small database (`databases.quiz`), under the same policy as every other
// store: a record from a newer version is left alone, an unreadable one set aside and listed on
// /progress. A quiz in progress is not progress (the answers given are stored there as they are
// given), so backups leave it out. The schemas load only when there is a record to check, so a
// quiz's setup screen that finds none loads no zod.
import { get, type UseStore } from 'idb-keyval';
import type { KeptQuiz } from '../schema/kept-quiz';
import { storeOf as databaseStore } from './database';
import { recordStore, type RecordKind } from './record-store';

/**
 * Keys in the store:
 *   quiz:<bankId>               KeptQuiz
 *   quarantine:quiz:<bankId>    a kept quiz that failed validation (policy.ts)
 */
const quizKey = (bankId: string) => `quiz:${bankId}`;
const policy = { version: 1, field: 'v' } as const;

const quizStore = (store?: UseStore) => store ?? databaseStore('quiz');
const records = (store?: UseStore) => recordStore(() => quizStore(store));

async function quizKind(): Promise<RecordKind<KeptQuiz>> {
	const { KeptQuiz } = await import('../schema/kept-quiz');
	return {
		...policy,
		prefix: 'quiz:',
		schema: KeptQuiz,
		migrations: [],
		fits: (quiz, key) =>
			key === quizKey(quiz.bankId) ? undefined : 'bankId: does not match the key'
	};
}

export type LoadedQuiz =
	| { found: false }
	| { found: true; quiz: KeptQuiz }
	/** Set aside: it could not be read. */
	| { found: true; problem: string }
	/** Kept by a newer version of Factdeck (another tab): left where it is. */
	| { found: true; newer: true };

/**
 * Keeps `quiz` as its bank's quiz in progress, replacing the one before. Refused when a newer
 * version kept that bank's quiz; an unreadable one there is set aside first.
 */
export async function keepQuiz(quiz: KeptQuiz, store?: UseStore): Promise<void> {
	const [kind, { RecordId }] = await Promise.all([quizKind(), import('./records')]);
	const parsed = kind.schema.safeParse(quiz);
	if (!parsed.success || !RecordId.safeParse(quiz.bankId).success)
		throw new Error(
			`The quiz could not be kept: ${parsed.success ? 'invalid bank id' : (parsed.error.issues[0]?.message ?? 'invalid')}`
		);
	// Eager: kept after every step, so the write starts before anything else can happen.
	await records(store).update(kind, quizKey(quiz.bankId), () => parsed.data, new Date(), {
		eager: true
	});
}

/**
 * The bank's quiz in progress, if any. A record that does not read back is set aside under
 * `quarantine:quiz:<bankId>` and reported, never thrown; one from a newer version is left.
 */
export async function loadKeptQuiz(bankId: string, store?: UseStore): Promise<LoadedQuiz> {
	const key = quizKey(bankId);
	// A quick look first, so that finding nothing loads no schema.
	if ((await get(key, quizStore(store))) === undefined) return { found: false };
	const read = await records(store).read(await quizKind(), key);
	if (read.state === 'missing') return { found: false };
	if (read.state === 'ok') return { found: true, quiz: read.value };
	if (read.state === 'newer') return { found: true, newer: true };
	return { found: true, problem: `it could not be read back (${read.error})` };
}

/** Forgets the bank's quiz in progress: finished, or abandoned with Start over. */
export async function discardKeptQuiz(bankId: string, store?: UseStore): Promise<void> {
	await records(store).remove([quizKey(bankId)], policy);
}
