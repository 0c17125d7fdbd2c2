import type { QuestionType } from '../schema/question-types';
import { keys, prefixRange, readRecord, type CardRecord } from './records';
import {
	figuresWithIndex,
	figuresKey,
	figuresOf,
	figuresPolicy,
	validFigures
} from './progress-card-figures';
import { isNewer } from './policy';
import { foldAfter, foldDueIndex } from './progress-due-index';
import { isDueIndexChange, isDueIndexRecord } from './progress-glance';
import { isAnswerDaysRecord } from './progress-log-checks';
import type { DueEntry } from '../srs/card-phase';
import { reportNewerVersion } from './newer-version';
import type { Entry, ProgressDb, Quarantined, Repair } from './progress-db';
import type { Guard } from './progress-transaction';
import {
	changeReviewKey,
	deleteTotalsChanges,
	foldTotals,
	keysAfter,
	laterKey,
	readStreak,
	readTotals,
	requestTotals,
	totalsKey,
	totalsNewest,
	totalsOf,
	totalsPolicy,
	totalsRecord,
	type BankTotals,
	type StoredTotals
} from './progress-totals';
import {
	daysKey,
	daysOf,
	daysPolicy,
	foldDays,
	reviewsOfKeys,
	streakOf,
	validDays
} from './progress-days';
import {
	deviceTimeZoneOffset,
	isoDayStart,
	localDay,
	statsFromTotals,
	type StudyStats
} from './stats';
import type { StatsOptions } from './progress-reads';

// The progress page's figures and the quiz's "only what I got wrong", read from the bank's running
// totals with their changes (progress-totals.ts), its card figures (progress-card-figures.ts) with
// its due index, today's answers and its answer days for the streak (progress-days.ts): a few
// records, however long the review log.

const entriesOf = (keysReq: IDBRequest<IDBValidKey[]>, valuesReq: IDBRequest<unknown[]>) =>
	keysReq.result.map((key, i): Entry => ({ key: String(key), value: valuesReq.result[i] }));

/**
 * Tells `done` whether a review is stored after the newest one the stored totals took in (one
 * key cursor step): a tab that did not keep them wrote since.
 */
function checkBehind(
	s: IDBObjectStore,
	guard: Guard,
	bankId: string,
	raw: unknown,
	done: (behind: boolean) => void,
	valid: (raw: unknown, bankId: string) => { newest: string | null } | undefined = totalsNewest
): void {
	const totals = valid(raw, bankId);
	if (!totals) return;
	const req = s.openKeyCursor(keysAfter(bankId, totals.newest));
	req.onsuccess = guard(() => done(req.result !== null));
}

/** The stored totals and changes, and whether a review is stored after the newest they took in. */
interface TotalsRead extends StoredTotals {
	behind: boolean;
}

/** Asks for the bank's totals with their changes, and checks the log behind them (one key step). */
function requestTotalsRead(
	s: IDBObjectStore,
	guard: Guard,
	bankId: string,
	done: (read: TotalsRead) => void
): void {
	requestTotals(s, guard, bankId, (stored) => {
		const read = { ...stored, behind: false };
		done(read);
		const last = stored.changeKeys.at(-1);
		const newest = last === undefined ? null : changeReviewKey(bankId, last);
		checkBehind(
			s,
			guard,
			bankId,
			stored.raw,
			(b) => (read.behind = b),
			(raw, id) => {
				const totals = totalsNewest(raw, id);
				return totals && { newest: laterKey(totals.newest, newest) };
			}
		);
	});
}

/**
 * The totals the stored record and its changes give, when they are current, take in the whole
 * log and its undos (`bankUndos`) and few enough changes are waiting; undefined otherwise (to
 * fold back, rebuild or leave to a newer version).
 */
function settledTotals(
	bankId: string,
	read: TotalsRead,
	bankUndos: number
): BankTotals | undefined {
	if (read.behind || read.changes.length > foldAfter) return undefined;
	const stored = readTotals(read.raw, bankId);
	if (!stored || stored.migrated || stored.totals.undone !== bankUndos) return undefined;
	return foldTotals(stored.totals, read.changeKeys, read.changes);
}

/**
 * The bank's due index with its changes folded in, when it is current and every record passes
 * its check (written out by hand: the index of a large bank is long); undefined otherwise (to
 * migrate, fold back, rebuild or leave to a newer version: the cards are read instead).
 */
function dueEntries(
	bankId: string,
	raw: unknown,
	changeKeys: readonly IDBValidKey[],
	changes: readonly unknown[]
): Map<string, DueEntry> | undefined {
	if (!isDueIndexRecord(raw) || raw.bankId !== bankId || changes.length > foldAfter)
		return undefined;
	if (!changes.every(isDueIndexChange)) return undefined;
	const folded = foldDueIndex(raw, changeKeys, changes);
	return folded.ok ? folded.entries : undefined;
}

export function progressFigures(db: ProgressDb) {
	const { transact, repair, validEntries, withoutUndone } = db;

	/**
	 * Writes the bank's totals back with their changes folded in, in one transaction; or, when they
	 * are missing, unreadable, behind the log or its undos, rebuilds them from the whole log (once:
	 * for a database from before them, or after a write that did not keep them). Either way the
	 * changes are deleted with the write. Totals written by a newer version are left alone and
	 * answered from the log.
	 */
	async function storeTotals(bankId: string, now: Date): Promise<BankTotals> {
		let out: BankTotals | undefined;
		const repairs: Repair[] = [];
		await transact('readwrite', (s, guard) => {
			let stored: StoredTotals | undefined;
			requestTotals(s, guard, bankId, (st) => (stored = st));
			const undoKeys = s.getAllKeys(prefixRange(keys.undoPrefix()));
			const undoValues = s.getAll(prefixRange(keys.undoPrefix()));
			undoValues.onsuccess = guard(() => {
				const undos = validEntries('undo', entriesOf(undoKeys, undoValues), repairs, new Map())
					.map((e) => e.value)
					.filter((u) => u.bankId === bankId);
				const { raw, changeKeys, changes } = stored!;
				const newer = raw !== undefined && isNewer(totalsPolicy, raw);
				const read = readTotals(raw, bankId);
				const folded =
					read && !(!read.ownsChanges && changes.length > 0) && read.totals.undone === undos.length
						? foldTotals(read.totals, changeKeys, changes)
						: undefined;
				if (folded) {
					// Nothing stored after what the folded totals took in: they are the whole log's.
					const afterReq = s.openKeyCursor(keysAfter(bankId, folded.newest));
					afterReq.onsuccess = guard(() => {
						if (afterReq.result === null) {
							out = folded;
							s.put(totalsRecord(folded), totalsKey(bankId));
							deleteTotalsChanges(s, bankId);
						} else rebuild(undos, false);
					});
				} else rebuild(undos, newer);
			});
			const rebuild = (undos: { reviewId: string }[], newer: boolean) => {
				const range = prefixRange(keys.reviewPrefix(bankId));
				const reviewKeys = s.getAllKeys(range);
				const reviewValues = s.getAll(range);
				reviewValues.onsuccess = guard(() => {
					const newest = reviewKeys.result.length > 0 ? String(reviewKeys.result.at(-1)) : null;
					const reviews = validEntries(
						'review',
						entriesOf(reviewKeys, reviewValues),
						repairs,
						new Map<string, Quarantined>()
					).map((e) => e.value);
					out = totalsOf(
						bankId,
						reviews,
						new Set(undos.map((u) => u.reviewId)),
						undos.length,
						newest
					);
					if (newer) reportNewerVersion(totalsKey(bankId));
					else {
						s.put(totalsRecord(out), totalsKey(bankId));
						deleteTotalsChanges(s, bankId);
					}
				});
			};
		});
		await repair(repairs, now);
		return out!;
	}

	/**
	 * Rebuilds the bank's card figures from its cards in one transaction (for a database from
	 * before them, or after a write that did not keep them); returns them with the cards. Figures
	 * written by a newer version are left alone.
	 */
	async function rebuildFigures(bankId: string, now: Date) {
		let cardEntries: Entry[] = [];
		const repairs: Repair[] = [];
		let cards: CardRecord[] = [];
		await transact('readwrite', (s, guard) => {
			const figuresReq = s.get(figuresKey(bankId));
			const newestReq = s.openKeyCursor(prefixRange(keys.reviewPrefix(bankId)), 'prev');
			const cardRange = prefixRange(keys.cardPrefix(bankId));
			const cardKeys = s.getAllKeys(cardRange);
			const cardValues = s.getAll(cardRange);
			const undoValues = s.getAll(prefixRange(keys.undoPrefix()));
			undoValues.onsuccess = guard(() => {
				cardEntries = entriesOf(cardKeys, cardValues);
				cards = validEntries('card', cardEntries, repairs, new Map()).map((e) => e.value);
				let undone = 0;
				for (const value of undoValues.result) {
					const read = readRecord('undo', value);
					if (read.ok && read.value.bankId === bankId) undone++;
				}
				const newest = newestReq.result ? String(newestReq.result.key) : null;
				if (figuresReq.result !== undefined && isNewer(figuresPolicy, figuresReq.result)) {
					reportNewerVersion(figuresKey(bankId));
					return;
				}
				// A card set aside below is not counted; the repair takes it out of the due index too.
				s.put(
					figuresOf(
						bankId,
						cards.map((c) => c.card),
						newest,
						undone
					),
					figuresKey(bankId)
				);
			});
		});
		await repair(repairs, now);
		return cards;
	}

	/**
	 * Writes the bank's answer days back with the review keys after them folded in, in one
	 * transaction; or, when they are missing, unreadable or stale, rebuilds them from the review
	 * keys (each holds its review's time). A record from a newer version is left alone.
	 */
	async function storeDays(bankId: string): Promise<void> {
		await transact('readwrite', (s, guard) => {
			const daysReq = s.get(daysKey(bankId));
			const undoValues = s.getAll(prefixRange(keys.undoPrefix()));
			undoValues.onsuccess = guard(() => {
				const undone = new Set<string>();
				let bankUndone = 0;
				for (const value of undoValues.result) {
					const read = readRecord('undo', value);
					if (!read.ok) continue;
					undone.add(read.value.reviewId);
					if (read.value.bankId === bankId) bankUndone++;
				}
				if (daysReq.result !== undefined && isNewer(daysPolicy, daysReq.result)) {
					reportNewerVersion(daysKey(bankId));
					return;
				}
				const existing = validDays(daysReq.result, bankId);
				const fold = existing !== undefined && existing.undone === bankUndone;
				const range = fold
					? keysAfter(bankId, existing.newest)
					: prefixRange(keys.reviewPrefix(bankId));
				const keysReq = s.getAllKeys(range);
				keysReq.onsuccess = guard(() => {
					const days = fold
						? foldDays(existing, keysReq.result, undone)
						: daysOf(
								bankId,
								reviewsOfKeys(bankId, keysReq.result),
								undone,
								bankUndone,
								keysReq.result.length > 0 ? String(keysReq.result.at(-1)) : null
							);
					s.put(days, daysKey(bankId));
				});
			});
		});
	}

	async function stats(
		bankId: string,
		facts: readonly { factId: string }[],
		questionTypeOf: (questionId: string) => QuestionType | undefined,
		now: Date,
		statsOptions: StatsOptions = {}
	): Promise<StudyStats> {
		const offset = statsOptions.timeZoneOffsetMinutes ?? deviceTimeZoneOffset(now);
		const today = localDay(now.getTime(), offset);
		const prefix = keys.reviewPrefix(bankId);
		let totalsRead: TotalsRead | undefined;
		let figuresRaw: unknown;
		let figuresBehind = false;
		let due: { raw: unknown; changeKeys: IDBValidKey[]; changes: unknown[] } | undefined;
		let undoEntries: Entry[] = [];
		let recentEntries: Entry[] = [];
		let streakDays = 0;
		let daysStale = false;
		const repairs: Repair[] = [];
		await transact('readonly', (s, guard) => {
			requestTotalsRead(s, guard, bankId, (read) => (totalsRead = read));
			const figuresReq = s.get(figuresKey(bankId));
			figuresReq.onsuccess = guard(() =>
				checkBehind(s, guard, bankId, figuresReq.result, (b) => (figuresBehind = b), validFigures)
			);
			// The due index: every card's due time and phase, for the days they fall due on.
			const dueReq = s.get(keys.dueIndex(bankId));
			const changeRange = prefixRange(keys.dueChangePrefix(bankId));
			const changeKeysReq = s.getAllKeys(changeRange);
			const changesReq = s.getAll(changeRange);
			const recentRange = IDBKeyRange.bound(prefix + isoDayStart(today, offset), prefix + '\uffff');
			const recentKeys = s.getAllKeys(recentRange);
			const recentValues = s.getAll(recentRange);
			const daysReq = s.get(daysKey(bankId));
			const undoKeys = s.getAllKeys(prefixRange(keys.undoPrefix()));
			const undoValues = s.getAll(prefixRange(keys.undoPrefix()));
			undoValues.onsuccess = guard(() => {
				figuresRaw = figuresReq.result;
				due = { raw: dueReq.result, changeKeys: changeKeysReq.result, changes: changesReq.result };
				recentEntries = entriesOf(recentKeys, recentValues);
				undoEntries = entriesOf(undoKeys, undoValues);
				const undone = new Set<string>();
				let bankUndone = 0;
				for (const { value } of undoEntries) {
					const read = readRecord('undo', value);
					if (!read.ok) continue;
					undone.add(read.value.reviewId);
					if (read.value.bankId === bankId) bankUndone++;
				}
				// The streak from the answer days with the review keys after them folded in, when
				// they take in the log's undos; else from the log itself, one read per day of the
				// streak (and the days rebuilt after).
				const fromLog = () =>
					readStreak(s, guard, bankId, undone, today, offset, (n) => (streakDays = n));
				const days = validDays(daysReq.result, bankId);
				// A record of an older version is read through its migration, then written back.
				if (days && !isAnswerDaysRecord(daysReq.result)) daysStale = true;
				if (!days || days.undone !== bankUndone) {
					daysStale = true;
					return fromLog();
				}
				const afterReq = s.getAllKeys(keysAfter(bankId, days.newest));
				afterReq.onsuccess = guard(() => {
					if (afterReq.result.length > foldAfter) daysStale = true;
					const fromDays = streakOf(foldDays(days, afterReq.result, undone), today, offset);
					if (fromDays === undefined) fromLog();
					else streakDays = fromDays;
				});
			});
		});
		const fresh = new Map<string, Quarantined>();
		const undos = validEntries('undo', undoEntries, repairs, fresh).map((e) => e.value);
		const recent = validEntries('review', recentEntries, repairs, fresh).map((e) => e.value);
		await repair(repairs, now);
		if (daysStale) await storeDays(bankId);
		const bankUndos = undos.filter((u) => u.bankId === bankId).length;
		const totals =
			settledTotals(bankId, totalsRead!, bankUndos) ?? (await storeTotals(bankId, now));
		const figures = validFigures(figuresRaw, bankId);
		const entries = due && dueEntries(bankId, due.raw, due.changeKeys, due.changes);
		const fromRecord =
			figures && entries && !figuresBehind && figures.undone === bankUndos
				? figuresWithIndex(figures, entries, facts, today, offset)
				: undefined;
		const cards = fromRecord
			? undefined
			: new Map((await rebuildFigures(bankId, now)).map((c) => [c.factId, c.card]));
		return statsFromTotals({
			facts,
			cards: cards ?? new Map(),
			figures: fromRecord,
			questions: totals,
			totalTimeMs: totals.totalTimeMs,
			recent: withoutUndone(recent, undos),
			streakDays,
			questionTypeOf,
			now,
			timeZoneOffsetMinutes: offset
		});
	}

	/** The bank's totals, their changes folded in, rebuilt first when missing or behind its log. */
	async function loadTotals(bankId: string, now = new Date()): Promise<BankTotals> {
		let read: TotalsRead | undefined;
		let undoValues: unknown[] = [];
		await transact('readonly', (s, guard) => {
			requestTotalsRead(s, guard, bankId, (r) => (read = r));
			const undoReq = s.getAll(prefixRange(keys.undoPrefix()));
			undoReq.onsuccess = guard(() => {
				undoValues = undoReq.result;
			});
		});
		let bankUndos = 0;
		for (const value of undoValues) {
			const undo = readRecord('undo', value);
			if (undo.ok && undo.value.bankId === bankId) bankUndos++;
		}
		return settledTotals(bankId, read!, bankUndos) ?? storeTotals(bankId, now);
	}

	/** Question ids whose latest answer (not undone) was wrong. */
	async function wrongQuestionIds(bankId: string): Promise<Set<string>> {
		const { ids, right } = await loadTotals(bankId);
		return new Set(ids.filter((_, i) => !right[i]));
	}

	return { stats, loadTotals, wrongQuestionIds };
}
