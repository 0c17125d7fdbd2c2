import type { UseStore } from 'idb-keyval';
import { z } from '../schema/zod-mini';
import { Slug } from '../schema/primitives';
import { section } from '../storage/backup/device-backup';
import { duplicate } from '../storage/backup/sections';
import {
	AssignmentRecord,
	AttemptState,
	assignmentKey,
	createAssignmentStore,
	type AssignmentStore
} from './assignments';
import {
	currentTeacherSet,
	listTeacherResults,
	listTeacherSets,
	loadSetDraft,
	loadTeacherResults,
	saveSetDraft,
	saveTeacherResults,
	saveTeacherSet,
	SetDraft,
	TeacherSetInFile
} from './teacher-sets';

// The backup sections of what share/ keeps: a student's assignments and attempts, a teacher's
// sets and the class results added for them.

/** As the assignment store's keys: `<setId>@<content hash>`. */
const AssignmentKey = z.string().check(z.regex(/^[a-z0-9-]+@[0-9a-z]{11}$/));
const AttemptsOf = z.strictObject({ key: AssignmentKey, attempts: z.array(AttemptState) });
type AttemptsOf = z.infer<typeof AttemptsOf>;
const ResultsOf = z.strictObject({
	setId: Slug,
	codes: z.array(z.string().check(z.minLength(1), z.maxLength(64_000)))
});
type ResultsOf = z.infer<typeof ResultsOf>;

/** An attempt is the same one on two devices when the same student started it at the same time. */
const sameAttempt = (a: AttemptState, b: AttemptState) =>
	a.startedAt === b.startedAt && a.student === b.student;

/**
 * `incoming` merged into `local`: answers are kept by question (this device's first), an attempt
 * only the backup has is added (renumbered after this device's when its number is taken). Returns
 * the attempts that changed.
 */
export function mergeAttempts(
	local: readonly AttemptState[],
	incoming: readonly AttemptState[]
): AttemptState[] {
	const all = [...local];
	const changed: AttemptState[] = [];
	for (const theirs of incoming) {
		const i = all.findIndex((ours) => sameAttempt(ours, theirs));
		const ours = all[i];
		if (!ours) {
			const taken = all.some((a) => a.attempt === theirs.attempt);
			const attempt = taken ? Math.max(...all.map((a) => a.attempt)) + 1 : theirs.attempt;
			const added = { ...theirs, attempt };
			all.push(added);
			changed.push(added);
			continue;
		}
		const answered = new Set(ours.answers.map((a) => a.questionId));
		const answers = [...ours.answers, ...theirs.answers.filter((a) => !answered.has(a.questionId))];
		const finishedAt = ours.finishedAt ?? theirs.finishedAt;
		const resultCode = ours.resultCode ?? theirs.resultCode;
		if (
			answers.length === ours.answers.length &&
			finishedAt === ours.finishedAt &&
			resultCode === ours.resultCode
		)
			continue;
		const merged: AttemptState = {
			...ours,
			answers,
			...(finishedAt ? { finishedAt } : {}),
			...(resultCode ? { resultCode } : {})
		};
		all[i] = merged;
		changed.push(merged);
	}
	return changed;
}

/** Assignments by their content key (the same key is the same set), attempts by attempt. */
export function assignmentSections(assignments: AssignmentStore = createAssignmentStore()) {
	const saved = async (now: Date) => (await assignments.listAssignments(now)).assignments;
	return [
		section<{ assignments: AssignmentRecord[] }>({
			fields: { assignments: z.array(AssignmentRecord) },
			empty: { assignments: [] },
			async read(now) {
				return { assignments: (await saved(now)).map((a) => a.record) };
			},
			problem({ assignments: list }) {
				const wrong = list.find((a) => assignmentKey(a.shared) !== a.key);
				if (wrong) return `the assignment "${wrong.key}" does not match its set`;
				return duplicate(
					list.map((a) => a.key),
					'assignment'
				);
			},
			async merge({ assignments: list }, now) {
				const here = new Set((await saved(now)).map((a) => a.key));
				for (const record of list) {
					if (here.has(record.key)) continue;
					await assignments.saveAssignment(record.shared, record.link, new Date(record.savedAt));
				}
				return { assignments: list.filter((a) => !here.has(a.key)).length };
			}
		}),
		section<{ attempts: AttemptsOf[] }>({
			fields: { attempts: z.array(AttemptsOf) },
			empty: { attempts: [] },
			async read(now) {
				const out: AttemptsOf[] = [];
				for (const { key } of await saved(now)) {
					const list = await assignments.listAttempts(key, now);
					if (list.length) out.push({ key, attempts: list });
				}
				return { attempts: out };
			},
			problem: ({ attempts }) =>
				duplicate(
					attempts.map((a) => a.key),
					'attempt list'
				),
			async merge({ attempts }, now) {
				let count = 0;
				for (const { key, attempts: theirs } of attempts) {
					const changed = mergeAttempts(await assignments.listAttempts(key, now), theirs);
					for (const attempt of changed) await assignments.saveAttempt(key, attempt);
					count += changed.length;
				}
				return { attempts: count };
			}
		})
	];
}

/**
 * A teacher's sets by id (the copy saved last wins) and the result codes collected on this device
 * for any set (built here, committed, or only pasted as a link), merged as a set of codes.
 */
export function teacherSections(store?: UseStore) {
	return [
		section<{ teacherSets: z.infer<typeof TeacherSetInFile>[] }>({
			// Files written before sets had versions hold version-1 records: read as the first.
			fields: { teacherSets: z.array(TeacherSetInFile) },
			empty: { teacherSets: [] },
			async read() {
				return { teacherSets: (await listTeacherSets(store)).sets };
			},
			problem: ({ teacherSets }) =>
				duplicate(
					teacherSets.map((t) => t.shared.set.id),
					'set'
				),
			async merge({ teacherSets }) {
				const here = new Map((await listTeacherSets(store)).sets.map((t) => [t.shared.set.id, t]));
				let count = 0;
				for (const set of teacherSets.map(currentTeacherSet)) {
					const ours = here.get(set.shared.set.id);
					if (ours && Date.parse(ours.savedAt) >= Date.parse(set.savedAt)) continue;
					const { series, edition } = set;
					await saveTeacherSet(set.shared, set.link, new Date(set.savedAt), store, {
						series,
						edition
					});
					count++;
				}
				return { teacherSets: count };
			}
		}),
		section<{ setDrafts: SetDraft[] }>({
			fields: { setDrafts: z.array(SetDraft).check(z.maxLength(1)) },
			empty: { setDrafts: [] },
			async read() {
				const draft = await loadSetDraft(store);
				return { setDrafts: draft ? [draft] : [] };
			},
			async merge({ setDrafts }) {
				const [theirs] = setDrafts;
				if (!theirs) return {};
				const ours = await loadSetDraft(store);
				if (ours && Date.parse(ours.savedAt) >= Date.parse(theirs.savedAt)) {
					return { setDrafts: 0 };
				}
				await saveSetDraft(theirs, store);
				return { setDrafts: 1 };
			}
		}),
		section<{ teacherResults: ResultsOf[] }>({
			fields: { teacherResults: z.array(ResultsOf) },
			empty: { teacherResults: [] },
			async read() {
				return { teacherResults: await listTeacherResults(store) };
			},
			problem: ({ teacherResults }) =>
				duplicate(
					teacherResults.map((r) => r.setId),
					'results of set'
				),
			async merge({ teacherResults }) {
				let count = 0;
				for (const { setId, codes } of teacherResults) {
					const ours = await loadTeacherResults(setId, store);
					const added = [...new Set(codes)].filter((c) => !ours.includes(c));
					if (!added.length) continue;
					await saveTeacherResults(setId, [...ours, ...added], store);
					count += added.length;
				}
				return { results: count };
			}
		})
	];
}
