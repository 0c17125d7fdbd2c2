import type { UseStore } from 'idb-keyval';
import { z } from '../schema/zod-mini';
import { storeOf } from '../storage/database';
import { requestPersistentStorage } from '../storage/persist';
import { recordStore, type RecordKind } from '../storage/record-store';
import { SharedSet } from './set-link';

/** A set this device's teacher made: kept so its results can be read back later. */
export const TeacherSet = z.strictObject({
	v: z.literal(1),
	shared: SharedSet,
	link: z.string().check(z.minLength(1)),
	savedAt: z.iso.datetime()
});
export type TeacherSet = z.infer<typeof TeacherSet>;

/**
 * The result codes collected for one set, every attempt of every student, as they came in.
 * Version 0 was the bare list of codes. Version 2 may hold compact (`r2.`) codes, which an older
 * tab cannot read: its number keeps such a tab from saving the list without them.
 */
const TeacherResults = z.strictObject({ v: z.literal(2), codes: z.array(z.string()) });
type TeacherResults = z.infer<typeof TeacherResults>;

/**
 * Keys in the store (database `factdeck-teacher`):
 *   set:<setId>        TeacherSet
 *   results:<setId>    TeacherResults
 *   quarantine:<key>   a record that could not be read, kept (storage/policy.ts)
 */
const kinds = {
	set: {
		prefix: 'set:',
		version: 1,
		schema: TeacherSet,
		migrations: [],
		fits: (value: TeacherSet, key: string) =>
			key === `set:${value.shared.set.id}` ? undefined : 'key: does not match the set'
	} satisfies RecordKind<TeacherSet>,
	results: {
		prefix: 'results:',
		version: 2,
		schema: TeacherResults,
		migrations: [
			(list: unknown) => ({ v: 1, codes: list }),
			(record: Record<string, unknown>) => ({ ...record, v: 2 })
		]
	} satisfies RecordKind<TeacherResults>
};

const records = (store?: UseStore) => recordStore(() => store ?? storeOf('teacher'));

export async function saveTeacherSet(
	shared: SharedSet,
	link: string,
	now = new Date(),
	store?: UseStore
): Promise<void> {
	const record: TeacherSet = { v: 1, shared, link, savedAt: now.toISOString() };
	await records(store).update(kinds.set, `set:${shared.set.id}`, () => record, now);
	void requestPersistentStorage();
}

/**
 * The teacher's sets, newest first; records that fail validation are set aside (kept under
 * `quarantine:`) and counted. Records of a newer version are left alone.
 */
export async function listTeacherSets(
	store?: UseStore
): Promise<{ sets: TeacherSet[]; setAside: number }> {
	const { records: found, setAside } = await records(store).list({ set: kinds.set });
	const sets = found.set.map((r) => r.value as TeacherSet);
	return {
		sets: sets.sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
		setAside: setAside.length
	};
}

/** The result codes a teacher has added for a set, so the class table is there next time. */
export async function saveTeacherResults(setId: string, codes: string[], store?: UseStore) {
	await records(store).update(kinds.results, `results:${setId}`, () => ({
		v: 2,
		codes: [...new Set(codes)]
	}));
	if (codes.length) void requestPersistentStorage();
}

export async function loadTeacherResults(setId: string, store?: UseStore): Promise<string[]> {
	const read = await records(store).read(kinds.results, `results:${setId}`);
	return read.state === 'ok' ? read.value.codes : [];
}

/** The records of the teacher's store that were set aside, for the progress page. */
export const teacherSetAside = (store?: UseStore) => records(store).quarantined();
