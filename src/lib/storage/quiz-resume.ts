// The quiz in progress on each bank, kept after every step so that a reload or a closed tab can
// resume it. Its own small database: a quiz in progress is not progress (the answers given are
// stored there as they are given), so backups leave it out. The schemas load only when there is
// a record to check, so a quiz's setup screen that finds none loads no zod.
import { createStore, del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { KeptQuiz } from '../schema/kept-quiz';
import type { QuarantineRecord } from './records';

export const quizDatabaseName = 'factdeck-quiz';
export const quizStoreName = 'quizzes';

/**
 * Keys in the store:
 *   quiz:<bankId>               KeptQuiz
 *   quarantine:quiz:<bankId>    QuarantineRecord: a kept quiz that failed validation
 */
const quizKey = (bankId: string) => `quiz:${bankId}`;
const quarantineKey = (key: string) => `quarantine:${key}`;

let defaultStore: UseStore | undefined;
const storeOf = (store?: UseStore) =>
	store ?? (defaultStore ??= createStore(quizDatabaseName, quizStoreName));

export type LoadedQuiz =
	{ found: false } | { found: true; quiz: KeptQuiz } | { found: true; problem: string };

/** Keeps `quiz` as its bank's quiz in progress, replacing the one before. */
export async function keepQuiz(quiz: KeptQuiz, store?: UseStore): Promise<void> {
	const [{ KeptQuiz }, { RecordId }] = await Promise.all([
		import('../schema/kept-quiz'),
		import('./records')
	]);
	const parsed = KeptQuiz.safeParse(quiz);
	if (!parsed.success || !RecordId.safeParse(quiz.bankId).success)
		throw new Error(
			`The quiz could not be kept: ${parsed.error?.issues[0]?.message ?? 'invalid bank id'}`
		);
	await set(quizKey(quiz.bankId), parsed.data, storeOf(store));
}

/**
 * The bank's quiz in progress, if any. A record that does not read back is set aside under
 * `quarantine:quiz:<bankId>` and reported, never thrown.
 */
export async function loadKeptQuiz(bankId: string, store?: UseStore): Promise<LoadedQuiz> {
	const s = storeOf(store);
	const key = quizKey(bankId);
	const value: unknown = await get(key, s);
	if (value === undefined) return { found: false };
	const { KeptQuiz } = await import('../schema/kept-quiz');
	const parsed = KeptQuiz.safeParse(value);
	if (parsed.success && parsed.data.bankId === bankId) return { found: true, quiz: parsed.data };
	const error = parsed.success
		? 'bankId: does not match the key'
		: (parsed.error.issues[0]?.message ?? 'invalid');
	const aside: QuarantineRecord = {
		v: 1,
		key,
		raw: value,
		error,
		quarantinedAt: new Date().toISOString()
	};
	await s('readwrite', (os) => {
		os.put(aside, quarantineKey(key));
		os.delete(key);
		return promisifyRequest(os.transaction);
	});
	return { found: true, problem: `it could not be read back (${error})` };
}

/** Forgets the bank's quiz in progress: finished, or abandoned with Start over. */
export async function discardKeptQuiz(bankId: string, store?: UseStore): Promise<void> {
	await del(quizKey(bankId), storeOf(store));
}
