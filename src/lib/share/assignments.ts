import {
	createStore,
	del,
	entries,
	get,
	promisifyRequest,
	update,
	type UseStore
} from 'idb-keyval';
import { z } from '../schema/zod-mini';
import { shuffle } from '../util/random';
import { Id } from '../schema/primitives';
import { ResultAnswer, studentName, type SetResult } from './result-schema';
import { SharedSet } from './set-schema';
import { contentHash } from '../util/hash';
import { describeIssues } from './text';

export const assignmentDatabaseName = 'factdeck-assignments';
export const assignmentStoreName = 'assignments';

/**
 * Keys in the store:
 *   assignment:<setId>@<hash>   AssignmentRecord
 *   attempts:<setId>@<hash>     AttemptsRecord (every attempt at that assignment)
 *   quarantine:<originalKey>    a record that failed validation, kept for inspection
 * The assignment key (`<setId>@<hash>`) changes when the teacher changes the set's content.
 */
const keys = {
	assignment: (key: string) => `assignment:${key}`,
	attempts: (key: string) => `attempts:${key}`,
	quarantine: (key: string) => `quarantine:${key}`
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

/** The result a finished attempt sends back to the teacher. */
export function attemptResult(shared: SharedSet, attempt: AttemptState, now: Date): SetResult {
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
		answers
	};
}

/**
 * Assignments on the student's device, in their own IndexedDB database. Reads validate and set
 * bad records aside (under `quarantine:`) instead of throwing.
 */
export function createAssignmentStore(store?: UseStore) {
	let useStore = store;
	const getStore = () => (useStore ??= createStore(assignmentDatabaseName, assignmentStoreName));

	/** Moves a bad record under `quarantine:` in one transaction. */
	async function setAside(key: string, value: unknown, error: string, now: Date) {
		await getStore()('readwrite', (s) => {
			s.put({ key, value, error, at: now.toISOString() }, keys.quarantine(key));
			s.delete(key);
			return promisifyRequest(s.transaction);
		});
	}

	/** Saves an opened link. Saving the same set again returns the record already stored. */
	async function saveAssignment(
		shared: SharedSet,
		link: string,
		now: Date
	): Promise<AssignmentRecord> {
		const parsed = SharedSet.parse(shared);
		const key = assignmentKey(parsed);
		let record: AssignmentRecord | undefined;
		await update(
			keys.assignment(key),
			(old: unknown) => {
				const existing = AssignmentRecord.safeParse(old);
				record = existing.success
					? existing.data
					: { v: 1, key, link, shared: parsed, savedAt: now.toISOString() };
				return record;
			},
			getStore()
		);
		return record!;
	}

	async function readAssignment(key: string, now: Date): Promise<AssignmentRecord | undefined> {
		const raw: unknown = await get(keys.assignment(key), getStore());
		if (raw === undefined) return undefined;
		const parsed = AssignmentRecord.safeParse(raw);
		if (parsed.success) return parsed.data;
		await setAside(keys.assignment(key), raw, describeIssues(parsed.error), now);
		return undefined;
	}

	async function readAttempts(key: string, now: Date): Promise<AttemptState[]> {
		const raw: unknown = await get(keys.attempts(key), getStore());
		if (raw === undefined) return [];
		const parsed = AttemptsRecord.safeParse(raw);
		if (parsed.success) return parsed.data.attempts;
		await setAside(keys.attempts(key), raw, describeIssues(parsed.error), now);
		return [];
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
		const all = await entries<IDBValidKey, unknown>(getStore());
		const problems: StorageProblem[] = [];
		const records = new Map<string, AssignmentRecord>();
		const attempts = new Map<string, AttemptState[]>();
		for (const [rawKey, value] of all) {
			const key = String(rawKey);
			if (key.startsWith('quarantine:')) {
				const error =
					value && typeof value === 'object' && 'error' in value
						? String(value.error)
						: 'unreadable';
				problems.push({ key: key.slice('quarantine:'.length), error });
				continue;
			}
			const schema = key.startsWith('assignment:')
				? AssignmentRecord
				: key.startsWith('attempts:')
					? AttemptsRecord
					: undefined;
			const parsed = schema?.safeParse(value);
			if (!parsed?.success) {
				const error = parsed ? describeIssues(parsed.error) : 'unknown record';
				problems.push({ key, error });
				await setAside(key, value, error, now);
				continue;
			}
			const data = parsed.data;
			if ('shared' in data) records.set(data.key, data);
			else attempts.set(data.key, data.attempts);
		}
		const assignments = [...records.values()]
			.map((record): AssignmentSummary => {
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
	 * Saves an attempt (call after every answer); replaces the stored attempt with the same number.
	 * Returns the attempt as stored.
	 */
	async function saveAttempt(key: string, attempt: AttemptState): Promise<AttemptState> {
		const parsed = AttemptState.parse(attempt);
		AssignmentKey.parse(key);
		await update(
			keys.attempts(key),
			(old: unknown): AttemptsRecord => {
				const existing = AttemptsRecord.safeParse(old);
				const others = existing.success
					? existing.data.attempts.filter((a) => a.attempt !== parsed.attempt)
					: [];
				return {
					v: 1,
					key,
					attempts: [...others, parsed].sort((a, b) => a.attempt - b.attempt)
				};
			},
			getStore()
		);
		return parsed;
	}

	/** The latest attempt at an assignment, if any. */
	async function getAttempt(key: string, now = new Date()): Promise<AttemptState | undefined> {
		return latest(await readAttempts(key, now));
	}

	/** Every attempt at an assignment, oldest first. */
	async function listAttempts(key: string, now = new Date()): Promise<AttemptState[]> {
		return readAttempts(key, now);
	}

	/** Marks the attempt finished and stores its result code; returns the result and code. */
	async function finishAttempt(
		key: string,
		shared: SharedSet,
		attempt: AttemptState,
		now: Date
	): Promise<{ attempt: AttemptState; result: SetResult; code: string }> {
		const finished = { ...attempt, finishedAt: attempt.finishedAt ?? now.toISOString() };
		const result = attemptResult(shared, finished, now);
		// The code's compression and checksum load when an attempt ends, not to list assignments.
		const { encodeResultCode } = await import('./result-code');
		const code = await encodeResultCode(result);
		const saved = await saveAttempt(key, { ...finished, resultCode: code });
		return { attempt: saved, result, code };
	}

	async function removeAssignment(key: string): Promise<void> {
		await del(keys.assignment(key), getStore());
		await del(keys.attempts(key), getStore());
	}

	return {
		saveAssignment,
		listAssignments,
		getAssignment,
		saveAttempt,
		getAttempt,
		listAttempts,
		finishAttempt,
		removeAssignment
	};
}

export type AssignmentStore = ReturnType<typeof createAssignmentStore>;
