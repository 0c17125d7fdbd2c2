import type { UseStore } from 'idb-keyval';
import type { QuestionType } from '../schema/question-types';
import { daysKey, foldDays, streakOf } from './answer-days';
import { deviceTimeZoneOffset, figuresKey, localDay } from './card-figures';
import { databases, storeOf, type DatabaseId } from './database';
import {
	figuresOfIndex,
	glanceCards,
	isCardRecord,
	isReviewRecord,
	isSettingsRecord,
	isUndoRecord
} from './progress-glance';
import { isAnswerDaysRecord, isBankFiguresRecord, isBankTotalsRecord } from './progress-log-checks';
import { defaultSettings, foldAfter, keys, prefixRange } from './record-keys';
import type { Settings } from './records';
import { statsFromTotals, isoDayStart, type StudyStats, type TotalsInput } from './stats';
import {
	changeReviewKey,
	foldedQuestions,
	keysAfter,
	laterKey,
	noTotals,
	totalsChangePrefix,
	totalsKey
} from './totals-columns';

// What the progress page shows before the learner does anything, read without the validating
// store (zod, the migrations, the write paths), as progress-glance.ts reads the home and review
// pages': the figures of a bank from its running records, the settings, whether an import stopped
// midway, and whether any record needs setting aside. Each answers exactly as the store would, or
// undefined when a record is not current and valid (to migrate, rebuild, fold back or set aside),
// which sends the read to the store. A light read never writes.

const request = <T>(req: IDBRequest<T>) =>
	new Promise<T>((ok, fail) => {
		req.onsuccess = () => ok(req.result);
		req.onerror = () => fail(req.error);
	});

/** Where an import records that it has not finished (progress-backup.ts). */
const importMarkKey = 'meta:import';

/**
 * The bank's figures as the store's `stats` gives them, from its totals with their changes, its
 * card figures with its due index (or else its cards), today's answers and its answer days;
 * undefined when the store must answer.
 */
export async function glanceStats(
	bankId: string,
	facts: readonly { factId: string }[],
	questionTypeOf: (questionId: string) => QuestionType | undefined,
	now: Date,
	timeZoneOffsetMinutes = deviceTimeZoneOffset(now),
	store: UseStore = storeOf('progress')
): Promise<StudyStats | undefined> {
	const offset = timeZoneOffsetMinutes;
	const today = localDay(now.getTime(), offset);
	const prefix = keys.reviewPrefix(bankId);
	const raw = await store('readonly', (s) => {
		const totals = s.get(totalsKey(bankId));
		const changeRange = prefixRange(totalsChangePrefix(bankId));
		const changeKeys = s.getAllKeys(changeRange);
		const changes = s.getAll(changeRange);
		const figures = s.get(figuresKey(bankId));
		const index = s.get(keys.dueIndex(bankId));
		const dueRange = prefixRange(keys.dueChangePrefix(bankId));
		const dueKeys = s.getAllKeys(dueRange);
		const dueChanges = s.getAll(dueRange);
		const recent = s.getAll(
			IDBKeyRange.bound(prefix + isoDayStart(today, offset), prefix + '\uffff')
		);
		const newest = s.openKeyCursor(prefixRange(prefix), 'prev');
		const undos = s.getAll(prefixRange(keys.undoPrefix()));
		const days = s.get(daysKey(bankId));
		// The review keys after the answer days' newest: their changes (asked for once the record
		// is read, so every request above has completed when they come).
		const after = new Promise<IDBValidKey[]>((ok, fail) => {
			days.onerror = () => fail(days.error);
			days.onsuccess = () => {
				if (!isAnswerDaysRecord(days.result)) return ok([]);
				const req = s.getAllKeys(keysAfter(bankId, days.result.newest));
				req.onsuccess = () => ok(req.result);
				req.onerror = () => fail(req.error);
			};
		});
		return after.then((daysAfter) => ({
			totals: totals.result as unknown,
			changeKeys: changeKeys.result,
			changes: changes.result,
			figures: figures.result as unknown,
			index: index.result as unknown,
			dueKeys: dueKeys.result,
			dueChanges: dueChanges.result,
			recent: recent.result,
			newest: newest.result ? String(newest.result.key) : null,
			undos: undos.result,
			days: days.result as unknown,
			daysAfter
		}));
	});
	if (!raw.undos.every(isUndoRecord) || !raw.recent.every(isReviewRecord)) return undefined;
	const undone = new Set<string>();
	let bankUndone = 0;
	for (const undo of raw.undos) {
		undone.add(undo.reviewId);
		if (undo.bankId === bankId) bankUndone++;
	}
	/** Whether the log holds a review after `newest`: a tab that did not keep the record wrote it. */
	const behind = (newest: string | null) =>
		raw.newest !== null && laterKey(newest, raw.newest) !== newest;

	// The running totals: a bank never answered in has none. Without changes to fold in, the
	// record's own columns are read as they are (no copy of a column per question).
	let totals: Pick<TotalsInput, 'questions' | 'totalTimeMs'> = {
		questions: noTotals(bankId, null, 0),
		totalTimeMs: 0
	};
	if (raw.totals === undefined) {
		if (raw.newest !== null || raw.changes.length > 0 || bankUndone > 0) return undefined;
	} else {
		const record = raw.totals;
		if (!isBankTotalsRecord(record) || record.bankId !== bankId) return undefined;
		if (record.undone !== bankUndone || raw.changes.length > foldAfter) return undefined;
		const last = raw.changeKeys.at(-1);
		const newest = last === undefined ? null : changeReviewKey(bankId, last);
		if (behind(laterKey(record.newest, newest))) return undefined;
		if (raw.changes.length === 0) {
			const names = record.typeNames as QuestionType[];
			totals = {
				questions: {
					ids: record.ids,
					types: Array.from(record.types, (i) => names[i]!),
					total: record.total,
					correct: record.correct
				},
				totalTimeMs: record.totalTimeMs
			};
		} else {
			const folded = foldedQuestions(record, raw.changeKeys, raw.changes);
			if (!folded) return undefined;
			totals = { questions: folded, totalTimeMs: folded.totalTimeMs };
		}
	}

	// The card figures with the due index, or else counted from the cards (as the store does).
	const figures =
		figuresOfRecords() ??
		(await glanceCards(
			bankId,
			facts.map((f) => f.factId),
			now,
			store,
			offset
		));
	if (!figures) return undefined;
	function figuresOfRecords() {
		const record = raw.figures;
		if (!isBankFiguresRecord(record) || record.bankId !== bankId) return undefined;
		if (record.undone !== bankUndone || behind(record.newest)) return undefined;
		return figuresOfIndex(
			bankId,
			record,
			raw.index,
			raw.dueKeys,
			raw.dueChanges,
			facts,
			today,
			offset
		);
	}

	// The streak from the answer days: none yet when nothing was answered.
	let streakDays = 0;
	if (raw.days === undefined) {
		if (raw.newest !== null) return undefined;
	} else {
		const days = raw.days;
		if (!isAnswerDaysRecord(days) || days.bankId !== bankId || days.undone !== bankUndone)
			return undefined;
		if (raw.daysAfter.length > foldAfter) return undefined;
		const streak = streakOf(foldDays(days, raw.daysAfter, undone), today, offset);
		if (streak === undefined) return undefined;
		streakDays = streak;
	}

	return statsFromTotals({
		facts,
		cards: new Map(),
		figures,
		...totals,
		recent: raw.recent.filter((r) => !undone.has(r.id)),
		streakDays,
		questionTypeOf,
		now,
		timeZoneOffsetMinutes: offset
	});
}

/** The settings as the store's `loadSettings` gives them; undefined when the store must read them. */
export async function glanceSettings(
	store: UseStore = storeOf('progress')
): Promise<Settings | undefined> {
	const raw = await store('readonly', (s) => request(s.get(keys.settings())));
	if (raw === undefined) return { ...defaultSettings };
	if (!isSettingsRecord(raw)) return undefined;
	return { requestRetention: raw.requestRetention, newPerDay: raw.newPerDay };
}

/** `{ unfinished: false }` when no import stopped midway; undefined when there is a mark to read. */
export async function glanceImportMark(
	store: UseStore = storeOf('progress')
): Promise<{ unfinished: false } | undefined> {
	const count = await store('readonly', (s) => request(s.count(importMarkKey)));
	return count === 0 ? { unfinished: false } : undefined;
}

/**
 * Whether every card, review and undo record passes its check, as the store's `loadAll` reads
 * them (2,000 records a transaction): true when nothing needs setting aside or migrating.
 */
export async function progressRecordsReadable(
	store: UseStore = storeOf('progress')
): Promise<boolean> {
	const lists: [string, (value: unknown) => boolean][] = [
		[keys.cardPrefix(), isCardRecord],
		[keys.reviewPrefix(), isReviewRecord],
		[keys.undoPrefix(), isUndoRecord]
	];
	for (const [prefix, check] of lists) {
		let from = prefix;
		let open = false;
		for (;;) {
			const range = IDBKeyRange.bound(from, prefix + '\uffff', open);
			const [chunkKeys, values] = await store('readonly', (s) =>
				Promise.all([request(s.getAllKeys(range, 2_000)), request(s.getAll(range, 2_000))])
			);
			if (!values.every(check)) return false;
			if (chunkKeys.length < 2_000) break;
			from = String(chunkKeys.at(-1));
			open = true;
		}
	}
	return true;
}

/** Whether any of Factdeck's databases holds a record set aside (counted, none read). */
export async function holdsSetAside(): Promise<boolean> {
	const counts = await Promise.all(
		(Object.keys(databases) as DatabaseId[]).map((id) =>
			storeOf(id)('readonly', (s) => request(s.count(prefixRange(keys.quarantinePrefix()))))
		)
	);
	return counts.some((n) => n > 0);
}
