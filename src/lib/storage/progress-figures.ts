import { keys, prefixRange, readRecord } from './records';
import {
	figuresKey,
	figuresOf,
	figuresPolicy,
	isOlderFigures,
	validFigures,
	type BankFiguresRecord
} from './progress-card-figures';
import { isNewer, putQuarantine, readVersioned } from './policy';
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
	type AnswerDaysRecord,
	daysPolicy,
	foldDays,
	reviewsOfKeys,
	streakOf,
	validDays
} from './progress-days';
import { cardFigures } from './card-figures';
import {
	answeredOf,
	factsFingerprint,
	recordFigures,
	windowOf,
	type DueWindow
} from './figures-window';
import { deviceTimeZoneOffset, localDay, statsOfFigures, type StudyStats } from './stats';
import type { StatsOptions } from './progress-reads';
import { glanceStats } from './progress-page-glance';

// The progress page's figures and the quiz's "only what I got wrong": the figures from the bank's
// figures record (progress-card-figures.ts) and its answer days for the streak (progress-days.ts),
// "only what I got wrong" from its running totals with their changes (progress-totals.ts): a few
// records, however long the review log.

/** Seen, mastered and due by day of a bank's facts, as the progress page shows them. */
type CountedFigures = { seen: number; mastered: number; dueByDay: number[] };

/**
 * The due days of a record that took in the whole log, counted again from the due index's entries
 * (fact → due time and phase) for `clock`; undefined when the two do not describe the same cards
 * or a card belongs to a fact the bank no longer has (the cards must be read then).
 */
function windowOfIndex(
	record: BankFiguresRecord,
	entries: ReadonlyMap<string, DueEntry>,
	facts: readonly { factId: string }[],
	clock: { today: number; offset: number }
): DueWindow | undefined {
	if (entries.size !== record.cards) return undefined;
	const factIds = new Set(facts.map((f) => f.factId));
	const dues: number[] = [];
	for (const [factId, { due, state }] of entries) {
		if (!factIds.has(factId)) return undefined;
		if (state !== 'new') dues.push(due);
	}
	if (dues.length !== record.seen) return undefined;
	return windowOf(dues, clock.today, clock.offset);
}

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
	const { getStore, transact, repair, validEntries } = db;

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
	 * Counts the bank's figures again in one transaction, for its facts and the day and time zone
	 * of `clock`, and writes them back: from the due index when the stored record took in the whole
	 * log and its undos (only its due days and the facts it was checked against are out of date),
	 * else from the cards, and from the log unless the record took it in (for a database from
	 * before the record, after a write that did not keep it, or a card set aside). An unreadable
	 * record is set aside first; one a newer version wrote is left alone, the figures counted all
	 * the same.
	 */
	async function storeFigures(
		bankId: string,
		facts: readonly { factId: string }[],
		clock: { today: number; offset: number },
		now: Date
	): Promise<{ figures: CountedFigures; record: BankFiguresRecord }> {
		let out: { figures: CountedFigures; record: BankFiguresRecord } | undefined;
		const repairs: Repair[] = [];
		await transact('readwrite', (s, guard) => {
			const figuresReq = s.get(figuresKey(bankId));
			const newestReq = s.openKeyCursor(prefixRange(keys.reviewPrefix(bankId)), 'prev');
			const dueReq = s.get(keys.dueIndex(bankId));
			const changeRange = prefixRange(keys.dueChangePrefix(bankId));
			const changeKeysReq = s.getAllKeys(changeRange);
			const changesReq = s.getAll(changeRange);
			const daysReq = s.get(daysKey(bankId));
			const undoKeys = s.getAllKeys(prefixRange(keys.undoPrefix()));
			const undoValues = s.getAll(prefixRange(keys.undoPrefix()));
			undoValues.onsuccess = guard(() => {
				const undos = validEntries('undo', entriesOf(undoKeys, undoValues), repairs, new Map())
					.map((e) => e.value)
					.filter((u) => u.bankId === bankId);
				const undone = new Set(undos.map((u) => u.reviewId));
				// The answer days with the review keys after them, when they take in the undos: the
				// answers by day and the streak before the window (else counted again next time).
				const stored = validDays(daysReq.result, bankId);
				if (!stored || stored.undone !== undos.length) return count(undos, undone, undefined);
				const afterReq = s.getAllKeys(keysAfter(bankId, stored.newest));
				afterReq.onsuccess = guard(() =>
					count(undos, undone, foldDays(stored, afterReq.result, undone))
				);
			});
			const count = (
				undos: readonly unknown[],
				undone: ReadonlySet<string>,
				days: AnswerDaysRecord | undefined
			) => {
				const newest = newestReq.result ? String(newestReq.result.key) : null;
				const raw = figuresReq.result;
				const newer = raw !== undefined && isNewer(figuresPolicy, raw);
				const record = validFigures(raw, bankId);
				if (raw !== undefined && !newer && !record && !isOlderFigures(raw)) {
					const read = readVersioned(figuresPolicy, raw);
					putQuarantine(
						s,
						figuresKey(bankId),
						raw,
						read.ok ? `the figures of bank ${read.value.bankId}` : read.error,
						now
					);
				}
				const log = { newest, undone: undos.length };
				const fingerprint = factsFingerprint(facts);
				const write = (counted: BankFiguresRecord, figures: CountedFigures) => {
					out = { figures, record: counted };
					if (newer) reportNewerVersion(figuresKey(bankId));
					else s.put(counted, figuresKey(bankId));
				};
				const tookLog =
					record &&
					record.undone === undos.length &&
					laterKey(record.newest, newest) === record.newest
						? record
						: undefined;
				if (tookLog) {
					const entries = dueEntries(
						bankId,
						dueReq.result,
						changeKeysReq.result,
						changesReq.result
					);
					const window = entries && windowOfIndex(tookLog, entries, facts, clock);
					if (window) {
						const counted = {
							...tookLog,
							...window,
							...answeredOf(days ?? { quarters: [], counts: [] }, clock.today, clock.offset),
							...(days ? {} : { run: null }),
							facts: fingerprint,
							fresh: []
						};
						return write(counted, recordFigures(counted, facts, clock.today, clock.offset)!);
					}
				}
				const cardRange = prefixRange(keys.cardPrefix(bankId));
				const cardKeys = s.getAllKeys(cardRange);
				const cardValues = s.getAll(cardRange);
				const reviewRange = prefixRange(keys.reviewPrefix(bankId));
				const reviewKeys = tookLog ? undefined : s.getAllKeys(reviewRange);
				const reviewValues = tookLog ? undefined : s.getAll(reviewRange);
				(reviewValues ?? cardValues).onsuccess = guard(() => {
					const cards = validEntries(
						'card',
						entriesOf(cardKeys, cardValues),
						repairs,
						new Map()
					).map((e) => e.value);
					const answers =
						reviewKeys && reviewValues
							? validEntries('review', entriesOf(reviewKeys, reviewValues), repairs, new Map())
									.map((e) => e.value)
									.filter((r) => !undone.has(r.id))
							: [];
					const factIds = new Set(facts.map((f) => f.factId));
					const allOfFacts = cards.every((c) => factIds.has(c.factId));
					// A card set aside by the repair below is not counted; the repair drops the record.
					const counted = figuresOf(
						bankId,
						cards.map((c) => c.card),
						answers,
						log,
						clock,
						days,
						allOfFacts ? fingerprint : null
					);
					if (tookLog) {
						counted.types = tookLog.types;
						counted.total = tookLog.total;
						counted.correct = tookLog.correct;
						counted.timeMs = tookLog.timeMs;
					}
					write(
						counted,
						(allOfFacts && recordFigures(counted, facts, clock.today, clock.offset)) ||
							cardFigures(
								facts,
								new Map(cards.map((c) => [c.factId, c.card])),
								clock.today,
								clock.offset
							)
					);
				});
			};
		});
		await repair(repairs, now);
		return out!;
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
		now: Date,
		statsOptions: StatsOptions = {}
	): Promise<StudyStats> {
		const offset = statsOptions.timeZoneOffsetMinutes ?? deviceTimeZoneOffset(now);
		const today = localDay(now.getTime(), offset);
		// First the record alone, read as the progress page reads it before the store loads (hand
		// checks, which the unit tests hold to the schemas): the same answer, at the same cost.
		const light = await glanceStats(bankId, facts, now, offset, getStore()).catch(() => undefined);
		if (light) return light;
		// Something to set aside, count again or rebuild (the undo records and cards that cannot
		// be read are set aside on the way).
		const streakDays = await storeStreak(bankId, today, offset);
		const counted = await storeFigures(bankId, facts, { today, offset }, now);
		return statsOfFigures(counted.figures, counted.record, streakDays);
	}

	/**
	 * The bank's streak from its answer days with the review keys after them folded in, when they
	 * take in the log's undos; else from the log itself, one read per day of the streak. Answer
	 * days that are missing, stale or of an older version are written back after.
	 */
	async function storeStreak(bankId: string, today: number, offset: number): Promise<number> {
		let streakDays = 0;
		let daysStale = false;
		await transact('readonly', (s, guard) => {
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
		if (daysStale) await storeDays(bankId);
		return streakDays;
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

	/** The bank's streak as its answer days give it (the figures' streak, counted without them). */
	async function streak(bankId: string, now: Date, statsOptions: StatsOptions = {}) {
		const offset = statsOptions.timeZoneOffsetMinutes ?? deviceTimeZoneOffset(now);
		return storeStreak(bankId, localDay(now.getTime(), offset), offset);
	}

	return { stats, streak, loadTotals, wrongQuestionIds };
}
