import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { z } from '../schema/zod-mini';
import { SharedSet } from './set-link';

/** A set this device's teacher made: kept so its results can be read back later. */
export const TeacherSet = z.strictObject({
	v: z.literal(1),
	shared: SharedSet,
	link: z.string().check(z.minLength(1)),
	savedAt: z.iso.datetime()
});
export type TeacherSet = z.infer<typeof TeacherSet>;

let defaultStore: UseStore | undefined;
const storeOf = (store?: UseStore) =>
	store ?? (defaultStore ??= createStore('factdeck-teacher', 'sets'));

export async function saveTeacherSet(
	shared: SharedSet,
	link: string,
	now = new Date(),
	store?: UseStore
): Promise<void> {
	const record: TeacherSet = { v: 1, shared, link, savedAt: now.toISOString() };
	await set(`set:${shared.set.id}`, TeacherSet.parse(record), storeOf(store));
}

/** The teacher's sets, newest first; records that fail validation are set aside and counted. */
export async function listTeacherSets(
	store?: UseStore
): Promise<{ sets: TeacherSet[]; setAside: number }> {
	const sets: TeacherSet[] = [];
	let setAside = 0;
	for (const [key, value] of await entries(storeOf(store))) {
		if (typeof key !== 'string' || !key.startsWith('set:')) continue;
		const parsed = TeacherSet.safeParse(value);
		if (parsed.success) sets.push(parsed.data);
		else {
			setAside++;
			await set(`quarantine:${key}`, { value, error: parsed.error.message }, storeOf(store));
			await del(key, storeOf(store));
		}
	}
	return { sets: sets.sort((a, b) => b.savedAt.localeCompare(a.savedAt)), setAside };
}

/** The result codes a teacher has added for a set, so the class table is there next time. */
export async function saveTeacherResults(setId: string, codes: string[], store?: UseStore) {
	await set(`results:${setId}`, [...new Set(codes)], storeOf(store));
}

export async function loadTeacherResults(setId: string, store?: UseStore): Promise<string[]> {
	const value: unknown = await get(`results:${setId}`, storeOf(store));
	return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
}
