import type { UseStore } from 'idb-keyval';
import { daysKey, foldDays, streakOf } from './answer-days';
import { deviceTimeZoneOffset, figuresKey, localDay } from './card-figures';
import { databases, storeOf, type DatabaseId } from './database';
import { recordFigures } from './figures-window';
import { isCardRecord, isReviewRecord, isSettingsRecord, isUndoRecord } from './progress-glance';
import { isAnswerDaysRecord, isBankFiguresRecord } from './progress-log-checks';
import { defaultSettings, foldAfter, keys, prefixRange } from './record-keys';
import type { Settings } from './records';
import { statsOfFigures, type StudyStats } from './stats';
import { keysAfter, laterKey } from './totals-columns';

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

const noAnswers = { types: [], total: [], correct: [], timeMs: 0 };

/** Where an import records that it has not finished (progress-backup.ts). */
const importMarkKey = 'meta:import';

/**
 * The bank's figures as the store's `stats` gives them, from its figures record and its answer
 * days (the streak); undefined when the store must answer.
 */
export async function glanceStats(
	bankId: string,
	facts: readonly { factId: string }[],
	now: Date,
	timeZoneOffsetMinutes = deviceTimeZoneOffset(now),
	store: UseStore = storeOf('progress')
): Promise<StudyStats | undefined> {
	const offset = timeZoneOffsetMinutes;
	const today = localDay(now.getTime(), offset);
	const prefix = keys.reviewPrefix(bankId);
	const raw = await store('readonly', (s) => {
		const figures = s.get(figuresKey(bankId));
		// Without a record, a bank with no cards has figures of nothing (counted, none read).
		let cards: IDBRequest<number> | undefined;
		figures.onsuccess = () => {
			if (figures.result === undefined) cards = s.count(prefixRange(keys.cardPrefix(bankId)));
		};
		const newest = s.openKeyCursor(prefixRange(prefix), 'prev');
		const undos = s.getAll(prefixRange(keys.undoPrefix()));
		const days = s.get(daysKey(bankId));
		// The review keys after the answer days' newest: their changes (asked for once the record
		// is read, so every request above has completed when they come).
		const after = new Promise<IDBValidKey[]>((ok, fail) => {
			days.onerror = () => fail(days.error);
			days.onsuccess = () => {
				if (!isAnswerDaysRecord(days.result)) {
					if (!cards) return ok([]);
					cards.onsuccess = () => ok([]);
					cards.onerror = () => fail(cards!.error);
					return;
				}
				const req = s.getAllKeys(keysAfter(bankId, days.result.newest));
				req.onsuccess = () => ok(req.result);
				req.onerror = () => fail(req.error);
			};
		});
		return after.then((daysAfter) => ({
			figures: figures.result as unknown,
			cards: cards?.result ?? 0,
			newest: newest.result ? String(newest.result.key) : null,
			undos: undos.result,
			days: days.result as unknown,
			daysAfter
		}));
	});
	if (!raw.undos.every(isUndoRecord)) return undefined;
	const undone = new Set<string>();
	let bankUndone = 0;
	for (const undo of raw.undos) {
		undone.add(undo.reviewId);
		if (undo.bankId === bankId) bankUndone++;
	}

	// The figures record: a bank with no cards and no log has none, and figures of nothing.
	const nothing = raw.figures === undefined && raw.cards === 0 && raw.newest === null;
	const record = nothing ? noAnswers : raw.figures;
	let figures: { seen: number; mastered: number; dueByDay: number[] } | undefined = {
		seen: 0,
		mastered: 0,
		dueByDay: new Array<number>(14).fill(0)
	};
	if (!nothing) {
		if (!isBankFiguresRecord(record) || record.bankId !== bankId) return undefined;
		if (record.undone !== bankUndone) return undefined;
		// A review after the newest it took in: a tab that did not keep the record wrote it.
		if (raw.newest !== null && laterKey(record.newest, raw.newest) !== record.newest)
			return undefined;
		figures = recordFigures(record, facts, today, offset);
		if (!figures) return undefined;
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
	return statsOfFigures(figures, record as typeof noAnswers, streakDays);
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
