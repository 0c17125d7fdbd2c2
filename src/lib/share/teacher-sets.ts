import type { UseStore } from 'idb-keyval';
import { z } from '../schema/zod-mini';
import { IsoDate, Slug } from '../schema/primitives';
import { storeOf } from '../storage/database';
import { requestPersistentStorage } from '../storage/persist';
import { recordStore, type RecordKind } from '../storage/record-store';
import { SharedSet, setLinkLimits } from './set-link';

const teacherSetFields = {
	shared: SharedSet,
	link: z.string().check(z.minLength(1)),
	savedAt: z.iso.datetime()
};

/** Version 1 of a kept set, before sets had versions: still read from stores and backups. */
export const TeacherSetV1 = z.strictObject({ v: z.literal(1), ...teacherSetFields });
export type TeacherSetV1 = z.infer<typeof TeacherSetV1>;

/**
 * A set this device's teacher made: kept so it can be found, shared again and edited, and its
 * results read back. Editing and sharing again makes a new set (its own id, link and results)
 * in the same series: `series` is the id of the first version, `edition` counts from 1.
 */
export const TeacherSet = z.strictObject({
	v: z.literal(2),
	...teacherSetFields,
	series: Slug,
	edition: /* @__PURE__ */ z.int().check(z.gte(1))
});
export type TeacherSet = z.infer<typeof TeacherSet>;

const fromV1 = (record: { shared: { set: { id: string } } }) => ({
	...record,
	v: 2,
	series: record.shared.set.id,
	edition: 1
});

/** A kept set as a backup file holds it: either version, read as today's. */
export const TeacherSetInFile = z.union([TeacherSet, TeacherSetV1]);
export const currentTeacherSet = (record: TeacherSet | TeacherSetV1): TeacherSet =>
	record.v === 2 ? record : (fromV1(record) as TeacherSet);

/**
 * The set being built on /teach, kept after every change so a reload brings it back: its
 * settings as the form holds them, the picked questions (`<bank id>/<question id>`, in order)
 * and, when it edits a kept set, that set's id.
 */
export const SetDraft = z.strictObject({
	v: z.literal(1),
	title: z.string().check(z.maxLength(setLinkLimits.title)),
	instructions: z.string().check(z.maxLength(setLinkLimits.instructions)),
	order: z.enum(['fixed', 'shuffled']),
	mode: z.enum(['quiz', 'flashcards']),
	feedback: z.enum(['immediate', 'end']),
	due: z.union([z.literal(''), IsoDate]),
	passMark: /* @__PURE__ */ z.int().check(z.gte(0), z.lte(100)),
	attempts: z.optional(/* @__PURE__ */ z.int().check(z.gte(1))),
	picked: z.array(z.string().check(z.minLength(3), z.maxLength(200))).check(z.maxLength(1000)),
	editing: z.optional(Slug),
	savedAt: z.iso.datetime()
});
export type SetDraft = z.infer<typeof SetDraft>;

/**
 * The result codes collected for one set, every attempt of every student, as they came in.
 * Version 0 was the bare list of codes. Version 2 may hold compact (`r2.`, `r3.`) codes, which an older
 * tab cannot read: its number keeps such a tab from saving the list without them.
 */
const TeacherResults = z.strictObject({ v: z.literal(2), codes: z.array(z.string()) });
type TeacherResults = z.infer<typeof TeacherResults>;

/**
 * Keys in the store (database `factdeck-teacher`):
 *   set:<setId>        TeacherSet
 *   results:<setId>    TeacherResults
 *   draft:builder      SetDraft, the set being built on /teach
 *   quarantine:<key>   a record that could not be read, kept (storage/policy.ts)
 */
const kinds = {
	set: {
		prefix: 'set:',
		version: 2,
		schema: TeacherSet,
		// There was never a version 0. 1 → 2: sets gained versions; a set kept before is the
		// first version of its own series.
		migrations: [
			() => {
				throw new Error('no version 0 of a kept set');
			},
			(record: Record<string, unknown>) => fromV1(record as never)
		],
		fits: (value: TeacherSet, key: string) =>
			key === `set:${value.shared.set.id}` ? undefined : 'key: does not match the set'
	} satisfies RecordKind<TeacherSet>,
	draft: {
		prefix: 'draft:',
		version: 1,
		schema: SetDraft,
		migrations: []
	} satisfies RecordKind<SetDraft>,
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

/**
 * Keeps a shared set. `version` places it in a series (an edit of an earlier set); without it
 * the set starts its own.
 */
export async function saveTeacherSet(
	shared: SharedSet,
	link: string,
	now = new Date(),
	store?: UseStore,
	version: { series: string; edition: number } = { series: shared.set.id, edition: 1 }
): Promise<void> {
	const record: TeacherSet = { v: 2, shared, link, savedAt: now.toISOString(), ...version };
	await records(store).update(kinds.set, `set:${shared.set.id}`, () => record, now);
	void requestPersistentStorage();
}

/**
 * Keeps a set just shared: a new version of `of` when it edits that set (the earlier versions
 * stay, with their links and results), else the first of its own series.
 */
export async function keepSharedSet(
	shared: SharedSet,
	link: string,
	of?: TeacherSet,
	now = new Date(),
	store?: UseStore
): Promise<TeacherSet> {
	const version = of
		? nextVersion(of, (await listTeacherSets(store)).sets)
		: { series: shared.set.id, edition: 1 };
	await saveTeacherSet(shared, link, now, store, version);
	return { v: 2, shared, link, savedAt: now.toISOString(), ...version };
}

/** A kept set by id, or undefined. */
export async function loadTeacherSet(setId: string, store?: UseStore) {
	const read = await records(store).read(kinds.set, `set:${setId}`);
	return read.state === 'ok' ? read.value : undefined;
}

/** The place in `of`'s series of a new version of it: after every version kept. */
export function nextVersion(
	of: TeacherSet,
	kept: readonly TeacherSet[]
): { series: string; edition: number } {
	const editions = kept.filter((t) => t.series === of.series).map((t) => t.edition);
	return { series: of.series, edition: Math.max(of.edition, ...editions) + 1 };
}

/**
 * Forgets the sets `setIds` and the result codes collected for them, in two transactions (the
 * sets first). Refuses, changing nothing, when a newer version wrote any of them.
 */
export async function deleteTeacherSets(setIds: readonly string[], store?: UseStore) {
	await records(store).remove(
		setIds.map((id) => `set:${id}`),
		kinds.set
	);
	await records(store).remove(
		setIds.map((id) => `results:${id}`),
		kinds.results
	);
}

/** The set being built, or undefined when there is none (or it cannot be read here). */
export async function loadSetDraft(store?: UseStore): Promise<SetDraft | undefined> {
	const read = await records(store).read(kinds.draft, 'draft:builder');
	return read.state === 'ok' ? read.value : undefined;
}

/**
 * Keeps the set being built. Eager, so a save asked for as the page goes is carried out; a draft
 * a newer version wrote still refuses it.
 */
export async function saveSetDraft(draft: SetDraft, store?: UseStore): Promise<void> {
	await records(store).update(kinds.draft, 'draft:builder', () => draft, new Date(), {
		eager: true
	});
}

export async function clearSetDraft(store?: UseStore): Promise<void> {
	await records(store).remove(['draft:builder'], kinds.draft);
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

/**
 * The result codes of every set that has some on this device: sets built here, committed sets,
 * and sets whose link was only pasted on /teach/results.
 */
export async function listTeacherResults(
	store?: UseStore
): Promise<{ setId: string; codes: string[] }[]> {
	const { records: found } = await records(store).list({ results: kinds.results });
	return found.results
		.map((r) => ({
			setId: r.key.slice('results:'.length),
			codes: (r.value as TeacherResults).codes
		}))
		.filter((r) => r.codes.length > 0)
		.sort((a, b) => a.setId.localeCompare(b.setId));
}

/** The records of the teacher's store that were set aside, for the progress page. */
export const teacherSetAside = (store?: UseStore) => records(store).quarantined();

/** One set and its versions: the one to share now and the ones before it. */
export interface KeptSeries {
	/** The id of its first version. */
	id: string;
	latest: TeacherSet;
	/** Earlier versions, newest first. */
	earlier: TeacherSet[];
}

/** The kept sets grouped by series, the series shared last first. */
export function groupSeries(sets: readonly TeacherSet[]): KeptSeries[] {
	const byId = new Map<string, TeacherSet[]>();
	for (const set of sets) byId.set(set.series, [...(byId.get(set.series) ?? []), set]);
	return [...byId]
		.map(([id, versions]) => {
			const [latest, ...earlier] = versions.sort(
				(a, b) => b.edition - a.edition || b.savedAt.localeCompare(a.savedAt)
			);
			return { id, latest: latest!, earlier };
		})
		.sort((a, b) => b.latest.savedAt.localeCompare(a.latest.savedAt));
}
