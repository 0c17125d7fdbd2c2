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
import type { DueEntry } from '../srs/card-phase';
import { reportNewerVersion } from './newer-version';
import type { Entry, ProgressDb, Quarantined, Repair } from './progress-db';
import type { Guard } from './progress-transaction';
import {
	keysAfter,
	readStreak,
	totalsKey,
	totalsOf,
	totalsPolicy,
	validTotals,
	type BankTotalsRecord
} from './progress-totals';
import {
	deviceTimeZoneOffset,
	isoDayStart,
	localDay,
	statsFromTotals,
	type StudyStats
} from './stats';
import type { StatsOptions } from './progress-reads';

// The progress page's figures and the quiz's "only what I got wrong", read from the bank's running
// totals (progress-totals.ts), its card figures (progress-card-figures.ts) with its due index,
// today's answers and a streak cursor: a few records, however long the review log.

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
	valid: (raw: unknown, bankId: string) => { newest: string | null } | undefined = validTotals
): void {
	const totals = valid(raw, bankId);
	if (!totals) return;
	const req = s.openKeyCursor(keysAfter(bankId, totals.newest));
	req.onsuccess = guard(() => done(req.result !== null));
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
	 * Rebuilds the bank's totals from its whole log in one transaction (once: for a database from
	 * before them, or after a write that did not keep them), unless another tab just did. Totals
	 * written by a newer version are left alone and answered from the log.
	 */
	async function rebuildTotals(bankId: string, now: Date): Promise<BankTotalsRecord> {
		let out: BankTotalsRecord | undefined;
		const repairs: Repair[] = [];
		await transact('readwrite', (s, guard) => {
			const totalsReq = s.get(totalsKey(bankId));
			const range = prefixRange(keys.reviewPrefix(bankId));
			const reviewKeys = s.getAllKeys(range);
			const reviewValues = s.getAll(range);
			const undoKeys = s.getAllKeys(prefixRange(keys.undoPrefix()));
			const undoValues = s.getAll(prefixRange(keys.undoPrefix()));
			undoValues.onsuccess = guard(() => {
				const undos = validEntries('undo', entriesOf(undoKeys, undoValues), repairs, new Map())
					.map((e) => e.value)
					.filter((u) => u.bankId === bankId);
				const newest = reviewKeys.result.length > 0 ? String(reviewKeys.result.at(-1)) : null;
				const existing = validTotals(totalsReq.result, bankId);
				if (existing && existing.newest === newest && existing.undone === undos.length) {
					out = existing;
					return;
				}
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
				if (totalsReq.result !== undefined && isNewer(totalsPolicy, totalsReq.result))
					reportNewerVersion(totalsKey(bankId));
				else s.put(out, totalsKey(bankId));
			});
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
		let totalsRaw: unknown;
		let figuresRaw: unknown;
		let behind = false;
		let figuresBehind = false;
		let due: { raw: unknown; changeKeys: IDBValidKey[]; changes: unknown[] } | undefined;
		let undoEntries: Entry[] = [];
		let recentEntries: Entry[] = [];
		let streakDays = 0;
		const repairs: Repair[] = [];
		await transact('readonly', (s, guard) => {
			const totalsReq = s.get(totalsKey(bankId));
			totalsReq.onsuccess = guard(() =>
				checkBehind(s, guard, bankId, totalsReq.result, (b) => (behind = b))
			);
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
			const undoKeys = s.getAllKeys(prefixRange(keys.undoPrefix()));
			const undoValues = s.getAll(prefixRange(keys.undoPrefix()));
			undoValues.onsuccess = guard(() => {
				totalsRaw = totalsReq.result;
				figuresRaw = figuresReq.result;
				due = { raw: dueReq.result, changeKeys: changeKeysReq.result, changes: changesReq.result };
				recentEntries = entriesOf(recentKeys, recentValues);
				undoEntries = entriesOf(undoKeys, undoValues);
				const undone = new Set<string>();
				for (const { value } of undoEntries) {
					const read = readRecord('undo', value);
					if (read.ok) undone.add(read.value.reviewId);
				}
				readStreak(s, guard, bankId, undone, today, offset, (n) => (streakDays = n));
			});
		});
		const fresh = new Map<string, Quarantined>();
		const undos = validEntries('undo', undoEntries, repairs, fresh).map((e) => e.value);
		const recent = validEntries('review', recentEntries, repairs, fresh).map((e) => e.value);
		await repair(repairs, now);
		const bankUndos = undos.filter((u) => u.bankId === bankId).length;
		let totals = validTotals(totalsRaw, bankId);
		if (!totals || behind || totals.undone !== bankUndos) totals = await rebuildTotals(bankId, now);
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
			questions: totals.questions,
			totalTimeMs: totals.totalTimeMs,
			recent: withoutUndone(recent, undos),
			streakDays,
			questionTypeOf,
			now,
			timeZoneOffsetMinutes: offset
		});
	}

	/** The bank's totals, rebuilt first when missing or behind its log. */
	async function loadTotals(bankId: string, now = new Date()): Promise<BankTotalsRecord> {
		let raw: unknown;
		let behind = false;
		let undoValues: unknown[] = [];
		await transact('readonly', (s, guard) => {
			const totalsReq = s.get(totalsKey(bankId));
			totalsReq.onsuccess = guard(() => {
				raw = totalsReq.result;
				checkBehind(s, guard, bankId, raw, (b) => (behind = b));
			});
			const undoReq = s.getAll(prefixRange(keys.undoPrefix()));
			undoReq.onsuccess = guard(() => {
				undoValues = undoReq.result;
			});
		});
		let bankUndos = 0;
		for (const value of undoValues) {
			const read = readRecord('undo', value);
			if (read.ok && read.value.bankId === bankId) bankUndos++;
		}
		const totals = validTotals(raw, bankId);
		if (totals && !behind && totals.undone === bankUndos) return totals;
		return rebuildTotals(bankId, now);
	}

	/** Question ids whose latest answer (not undone) was wrong. */
	async function wrongQuestionIds(bankId: string): Promise<Set<string>> {
		const { questions } = await loadTotals(bankId);
		return new Set(
			Object.entries(questions)
				.filter(([, q]) => !q.last[2])
				.map(([id]) => id)
		);
	}

	return { stats, loadTotals, wrongQuestionIds };
}
