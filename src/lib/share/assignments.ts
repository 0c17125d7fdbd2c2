import type { UseStore } from 'idb-keyval';
import { databases, storeOf } from '../storage/database';
import { requestPersistentStorage } from '../storage/persist';
import { recordStore, type RecordKind } from '../storage/record-store';
import { z } from '../schema/zod-mini';
import { shuffle } from '../util/random';
import { Id } from '../schema/primitives';
import { ResultAnswer, studentName, type SetResult } from './result-schema';
import { SharedSet } from './set-schema';
import { contentHash } from '../util/hash';

export const assignmentDatabaseName = databases.assignments.name;
export const assignmentStoreName = databases.assignments.store;

/**
 * Keys in the store:
 *   assignment:<setId>@<hash>   AssignmentRecord
 *   attempts:<setId>@<hash>     AttemptsRecord (every attempt at that assignment)
 *   quarantine:<originalKey>    a record that failed validation, kept for inspection
 * The assignment key (`<setId>@<hash>`) changes when the teacher changes the set's content.
 */
const keys = {
	assignment: (key: string) => `assignment:${key}`,
	attempts: (key: string) => `attempts:${key}`
};

const isoDateTime = z.iso.datetime();
const AssignmentKey = z.string().check(z.regex(/^[a-z0-9-]+@[0-9a-z]{11}$/));

export const AssignmentRecord = z.strictObject({
	v: z.literal(1),
	key: AssignmentKey,
	link: z.string().check(z.maxLength(200_000)),
	shared: SharedSet,
	savedAt: isoDateTime
});
export type AssignmentRecord = z.infer<typeof AssignmentRecord>;

export const AttemptAnswer = z.extend(ResultAnswer, { answeredAt: z.optional(isoDateTime) });
export type AttemptAnswer = z.infer<typeof AttemptAnswer>;

/** A student's attempt, saved after every answer so a reload resumes where it stopped. */
export const AttemptState = z.strictObject({
	attempt: z.int().check(z.gte(1)),
	student: studentName,
	startedAt: isoDateTime,
	/** The question ids in the order this student sees them. */
	order: z.array(Id).check(z.minLength(1)),
	answers: z.array(AttemptAnswer),
	finishedAt: z.optional(isoDateTime),
	resultCode: z.optional(z.string())
});
export type AttemptState = z.infer<typeof AttemptState>;

const AttemptsRecord = z.strictObject({
	v: z.literal(1),
	key: AssignmentKey,
	attempts: z.array(AttemptState)
});
type AttemptsRecord = z.infer<typeof AttemptsRecord>;

export type AssignmentStatus = 'new' | 'in progress' | 'done' | 'overdue';

export interface AssignmentSummary {
	key: string;
	record: AssignmentRecord;
	/** The latest attempt, if any. */
	attempt: AttemptState | undefined;
	/** How many attempts were started. */
	attemptsUsed: number;
	status: AssignmentStatus;
}

export interface StorageProblem {
	key: string;
	error: string;
}

/** The key an assignment is stored under: its set id and a hash of its content. */
export function assignmentKey(shared: SharedSet): string {
	// createdAt is left out: the same set sent again is the same assignment.
	const content = { set: shared.set, questions: shared.questions };
	return `${shared.set.id}@${contentHash(JSON.stringify(content))}`;
}

const localDate = (now: Date) =>
	`${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** 'overdue' once the due day (on this device's calendar) has passed without a finished attempt. */
export function assignmentStatus(
	shared: SharedSet,
	attempt: AttemptState | undefined,
	now: Date
): AssignmentStatus {
	if (attempt?.finishedAt) return 'done';
	if (shared.set.due && localDate(now) > shared.set.due) return 'overdue';
	return attempt ? 'in progress' : 'new';
}

/** True when the student may start another attempt. */
export function canStartAttempt(shared: SharedSet, attemptsUsed: number): boolean {
	return shared.set.attempts === undefined || attemptsUsed < shared.set.attempts;
}

/** A fresh attempt; the question order is shuffled with `random` when the set asks for it. */
export function startAttempt(
	shared: SharedSet,
	options: { student: string; attempt: number; now: Date; random: () => number }
): AttemptState {
	const ids = shared.questions.map((q) => q.question.id);
	return AttemptState.parse({
		attempt: options.attempt,
		student: options.student,
		startedAt: options.now.toISOString(),
		order: shared.set.order === 'shuffled' ? shuffle(ids, options.random) : ids,
		answers: []
	});
}

/** The result a finished attempt sends back to the teacher; `device` is where it was made. */
export function attemptResult(
	shared: SharedSet,
	attempt: AttemptState,
	now: Date,
	device?: string
): SetResult {
	const ids = new Set(shared.questions.map((q) => q.question.id));
	const answers = attempt.answers
		.filter((a) => ids.has(a.questionId))
		.map(({ questionId, response, correct, ms }) => ({ questionId, response, correct, ms }));
	return {
		v: 1,
		setId: shared.set.id,
		student: attempt.student,
		attempt: attempt.attempt,
		startedAt: attempt.startedAt,
		finishedAt: attempt.finishedAt ?? now.toISOString(),
		score: { correct: answers.filter((a) => a.correct).length, total: shared.questions.length },
		answers,
		...(device ? { device } : {})
	};
}

/** The attempt as both tabs wrote it: answers are only ever added, the first one kept per question. */
export function mergeAttempts(stored: AttemptState, incoming: AttemptState): AttemptState {
	const answered = new Set(stored.answers.map((a) => a.questionId));
	const answers = [
		...stored.answers,
		...incoming.answers.filter((a) => !answered.has(a.questionId))
	];
	const finishedAt = stored.finishedAt ?? incoming.finishedAt;
	const resultCode = stored.resultCode ?? incoming.resultCode;
	return {
		...stored,
		answers,
		...(finishedAt === undefined ? {} : { finishedAt }),
		...(resultCode === undefined ? {} : { resultCode })
	};
}

/** The records of this store, under the storage policy (storage/policy.ts). */
const kinds = {
	assignment: {
		prefix: 'assignment:',
		version: 1,
		schema: AssignmentRecord,
		migrations: [],
		fits: (value: AssignmentRecord, key: string) =>
			key === keys.assignment(value.key) ? undefined : 'key: does not match the record'
	} satisfies RecordKind<AssignmentRecord>,
	attempts: {
		prefix: 'attempts:',
		version: 1,
		schema: AttemptsRecord,
		migrations: []
	} satisfies RecordKind<AttemptsRecord>
};

/**
 * Assignments on the student's device, in their own IndexedDB database. Reads validate and set
 * bad records aside (under `quarantine:`) instead of throwing; a record from a newer version is
 * left alone and refuses writes.
 */
export function createAssignmentStore(store?: UseStore) {
	const records = recordStore(() => store ?? storeOf('assignments'));

	/** Saves an opened link. Saving the same set again returns the record already stored. */
	async function saveAssignment(
		shared: SharedSet,
		link: string,
		now: Date
	): Promise<AssignmentRecord> {
		const parsed = SharedSet.parse(shared);
		const key = assignmentKey(parsed);
		const record = await records.update(
			kinds.assignment,
			keys.assignment(key),
			(old): AssignmentRecord =>
				old ?? { v: 1, key, link, shared: parsed, savedAt: now.toISOString() },
			now
		);
		void requestPersistentStorage();
		return record;
	}

	async function readAssignment(key: string, now: Date): Promise<AssignmentRecord | undefined> {
		const read = await records.read(kinds.assignment, keys.assignment(key), now);
		return read.state === 'ok' ? read.value : undefined;
	}

	async function readAttempts(key: string, now: Date): Promise<AttemptState[]> {
		const read = await records.read(kinds.attempts, keys.attempts(key), now);
		return read.state === 'ok' ? read.value.attempts : [];
	}

	const latest = (attempts: AttemptState[]) =>
		attempts.reduce<AttemptState | undefined>(
			(best, a) => (!best || a.attempt > best.attempt ? a : best),
			undefined
		);

	/** Every saved assignment, newest first, and the records that could not be read. */
	async function listAssignments(
		now = new Date()
	): Promise<{ assignments: AssignmentSummary[]; problems: StorageProblem[] }> {
		const listed = await records.list(kinds, now, { unknown: 'set aside' });
		const problems = listed.setAside.map(({ key, error }) => ({ key, error }));
		const attempts = new Map<string, AttemptState[]>();
		for (const { value } of listed.records.attempts) {
			const data = value as AttemptsRecord;
			attempts.set(data.key, data.attempts);
		}
		const assignments = listed.records.assignment
			.map(({ value }): AssignmentSummary => {
				const record = value as AssignmentRecord;
				const list = attempts.get(record.key) ?? [];
				const attempt = latest(list);
				return {
					key: record.key,
					record,
					attempt,
					attemptsUsed: list.length,
					status: assignmentStatus(record.shared, attempt, now)
				};
			})
			.sort((a, b) => b.record.savedAt.localeCompare(a.record.savedAt));
		return { assignments, problems };
	}

	async function getAssignment(
		key: string,
		now = new Date()
	): Promise<AssignmentRecord | undefined> {
		return readAssignment(key, now);
	}

	/**
	 * Saves an attempt (call after every answer), merged with the stored attempt of the same
	 * number: answers are only added, so two tabs answering one attempt keep every answer.
	 * Returns the attempt as stored.
	 */
	async function saveAttempt(
		key: string,
		attempt: AttemptState,
		now = new Date()
	): Promise<AttemptState> {
		const parsed = AttemptState.parse(attempt);
		AssignmentKey.parse(key);
		let saved = parsed;
		await records.update(
			kinds.attempts,
			keys.attempts(key),
			(old): AttemptsRecord => {
				const list = old?.attempts ?? [];
				const stored = list.find((a) => a.attempt === parsed.attempt);
				saved = stored ? mergeAttempts(stored, parsed) : parsed;
				return {
					v: 1,
					key,
					attempts: [...list.filter((a) => a.attempt !== parsed.attempt), saved].sort(
						(a, b) => a.attempt - b.attempt
					)
				};
			},
			now
		);
		void requestPersistentStorage();
		return saved;
	}

	/** The latest attempt at an assignment, if any. */
	async function getAttempt(key: string, now = new Date()): Promise<AttemptState | undefined> {
		return latest(await readAttempts(key, now));
	}

	/** Every attempt at an assignment, oldest first. */
	async function listAttempts(key: string, now = new Date()): Promise<AttemptState[]> {
		return readAttempts(key, now);
	}

	/**
	 * Marks the attempt finished and stores its result code, a compact one naming `device`;
	 * returns the result and code. The result is that of the attempt as stored (with any answer
	 * another tab added).
	 */
	async function finishAttempt(
		key: string,
		shared: SharedSet,
		attempt: AttemptState,
		now: Date,
		device?: string
	): Promise<{ attempt: AttemptState; result: SetResult; code: string }> {
		const finished = await saveAttempt(
			key,
			{ ...attempt, finishedAt: attempt.finishedAt ?? now.toISOString() },
			now
		);
		const result = attemptResult(shared, finished, now, device);
		// The code's encoding and checksum load when an attempt ends, not to list assignments.
		const { encodeResultCode } = await import('./result-code');
		const code = finished.resultCode ?? (await encodeResultCode(result, shared));
		const saved = await saveAttempt(key, { ...finished, resultCode: code }, now);
		return { attempt: saved, result, code: saved.resultCode ?? code };
	}

	async function removeAssignment(key: string): Promise<void> {
		await records.remove([keys.assignment(key), keys.attempts(key)], { version: 1 });
	}

	/** The records of this store that were set aside, for the progress page. */
	const setAside = () => records.quarantined();

	return {
		saveAssignment,
		listAssignments,
		getAssignment,
		saveAttempt,
		getAttempt,
		listAttempts,
		finishAttempt,
		removeAssignment,
		setAside
	};
}

export type AssignmentStore = ReturnType<typeof createAssignmentStore>;
