import type { UseStore } from 'idb-keyval';
import { deviceTimeZoneOffset, figuresKey, localDay } from './card-figures';
import { databases, storeOf, type DatabaseId } from './database';
import { recordFigures, streakOfWindow } from './figures-window';
import { isCardRecord, isReviewRecord, isSettingsRecord, isUndoRecord } from './progress-glance';
import { isBankFiguresRecord } from './progress-log-checks';
import { defaultSettings, keys, prefixRange } from './record-keys';
import type { Settings } from './records';
import { statsOfFigures, type StudyStats } from './stats';
import { laterKey } from './totals-columns';

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
 * The bank's figures as the store's `stats` gives them, from its figures record alone (with the
 * newest review key and the undo records, which say whether it is current); undefined when the
 * store must answer.
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
	const raw = await store('readonly', (s) => {
		const figures = s.get(figuresKey(bankId));
		const newest = s.openKeyCursor(prefixRange(keys.reviewPrefix(bankId)), 'prev');
		const undos = s.getAll(prefixRange(keys.undoPrefix()));
		// Without a record, a bank with no cards has figures of nothing (counted, none read).
		let cards: IDBRequest<number> | undefined;
		figures.onsuccess = () => {
			if (figures.result === undefined) cards = s.count(prefixRange(keys.cardPrefix(bankId)));
		};
		return new Promise<{
			figures: unknown;
			newest: string | null;
			undos: unknown[];
			cards: number;
		}>((ok, fail) => {
			undos.onerror = () => fail(undos.error);
			undos.onsuccess = () => {
				const done = () =>
					ok({
						figures: figures.result as unknown,
						newest: newest.result ? String(newest.result.key) : null,
						undos: undos.result,
						cards: cards?.result ?? 0
					});
				if (!cards) return done();
				cards.onsuccess = done;
				cards.onerror = () => fail(cards!.error);
			};
		});
	});
	if (!raw.undos.every(isUndoRecord)) return undefined;
	let bankUndone = 0;
	for (const undo of raw.undos) if (undo.bankId === bankId) bankUndone++;

	// A bank with no record, no card and no log has figures of nothing.
	if (raw.figures === undefined && raw.cards === 0 && raw.newest === null)
		return statsOfFigures(
			{ seen: 0, mastered: 0, dueByDay: new Array<number>(14).fill(0) },
			{ types: [], total: [], correct: [], timeMs: 0 },
			0
		);
	const record = raw.figures;
	if (!isBankFiguresRecord(record) || record.bankId !== bankId) return undefined;
	if (record.undone !== bankUndone) return undefined;
	// A review after the newest it took in: a tab that did not keep the record wrote it.
	if (raw.newest !== null && laterKey(record.newest, raw.newest) !== record.newest)
		return undefined;
	const figures = recordFigures(record, facts, today, offset);
	const streak = figures && streakOfWindow(record, today, offset);
	return figures && streak !== undefined ? statsOfFigures(figures, record, streak) : undefined;
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
