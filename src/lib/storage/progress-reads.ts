import type { CardState, DueEntry } from '../srs/card';
import { reportNewerVersion } from './newer-version';
import {
	dueEntryOf,
	foldAfter,
	foldDueIndex,
	readDueHeader,
	writeDueIndex
} from './progress-due-index';
import { keys, prefixRange, type CardRecord, type ReviewRecord } from './records';
import {
	byReviewTime,
	type Entry,
	type ProgressDb,
	type Quarantined,
	type Repair
} from './progress-db';

// Reading progress back: cards, due times and reviews (the figures: progress-figures.ts).

export interface LoadAllResult {
	cards: CardRecord[];
	reviews: ReviewRecord[];
	quarantined: Quarantined[];
}

export interface StatsOptions {
	/** Minutes east of UTC for "today" and the streak; defaults to this device's offset at `now`. */
	timeZoneOffsetMinutes?: number;
}

export function progressReads(db: ProgressDb) {
	const { transact, readPrefixes, repair, validEntries, snapshot, withoutUndone, readOne } = db;

	/** Reads only the bank's card range: the review log can be long and is not needed here. */
	async function loadCards(bankId: string, now = new Date()): Promise<Map<string, CardState>> {
		const [entries = []] = await readPrefixes([keys.cardPrefix(bankId)]);
		const repairs: Repair[] = [];
		const cards = validEntries('card', entries, repairs, new Map()).map((e) => e.value);
		await repair(repairs, now);
		return new Map(cards.map((c) => [c.factId, c.card]));
	}

	/** One fact's card, or undefined when it has none (or it was invalid and set aside). */
	async function loadCard(
		bankId: string,
		factId: string,
		now = new Date()
	): Promise<CardState | undefined> {
		return (await readOne('card', keys.card(bankId, factId), now))?.card;
	}

	/**
	 * Due time (ms) and phase of every card of the bank, from its due index: one record and the
	 * changes since it was folded, instead of every card. A missing or invalid index (older data,
	 * corruption) is rebuilt from the bank's cards and written back; one at an older version, or
	 * with more than `foldAfter` changes, is written back folded.
	 */
	async function loadDueIndex(bankId: string, now = new Date()): Promise<Map<string, DueEntry>> {
		let raw: unknown;
		let changeKeys: IDBValidKey[] = [];
		let changes: unknown[] = [];
		await transact('readonly', (s, guard) => {
			const req = s.get(keys.dueIndex(bankId));
			const range = prefixRange(keys.dueChangePrefix(bankId));
			const keysReq = s.getAllKeys(range);
			const valuesReq = s.getAll(range);
			valuesReq.onsuccess = guard(() => {
				raw = req.result;
				changeKeys = keysReq.result;
				changes = valuesReq.result;
			});
		});
		const header = readDueHeader(raw, bankId);
		if (header.state === 'current' && !header.migrated && changes.length <= foldAfter) {
			const folded = foldDueIndex(header.index, changeKeys, changes);
			if (folded.ok) return folded.entries;
		}
		try {
			return await rebuildDueIndex(bankId, now);
		} catch {
			// Writing it back failed (e.g. storage full): answer from the cards this time.
			const cards = await loadCards(bankId, now);
			return new Map([...cards].map(([factId, card]) => [factId, dueEntryOf(card)]));
		}
	}

	/**
	 * In one transaction: the bank's index folded (and written back when it has to be), as another
	 * tab may just have left it, else rebuilt from its cards.
	 */
	async function rebuildDueIndex(bankId: string, now: Date): Promise<Map<string, DueEntry>> {
		let out = new Map<string, DueEntry>();
		const repairs: Repair[] = [];
		await transact('readwrite', (s, guard) => {
			const headerReq = s.get(keys.dueIndex(bankId));
			const changeRange = prefixRange(keys.dueChangePrefix(bankId));
			const changeKeysReq = s.getAllKeys(changeRange);
			const changesReq = s.getAll(changeRange);
			const cardRange = prefixRange(keys.cardPrefix(bankId));
			const keysReq = s.getAllKeys(cardRange);
			const valuesReq = s.getAll(cardRange);
			valuesReq.onsuccess = guard(() => {
				const header = readDueHeader(headerReq.result, bankId);
				const folded =
					header.state === 'current'
						? foldDueIndex(header.index, changeKeysReq.result, changesReq.result)
						: undefined;
				if (header.state === 'current' && folded?.ok) {
					out = folded.entries;
					if (header.migrated || folded.changes > foldAfter) writeDueIndex(s, bankId, out);
					return;
				}
				const entries = keysReq.result.map((key, i) => ({
					key: String(key),
					value: valuesReq.result[i]
				}));
				for (const { value } of validEntries('card', entries, repairs, new Map())) {
					out.set(value.factId, dueEntryOf(value.card));
				}
				// An index written by a newer version is left alone: answer from the cards.
				if (header.state === 'newer' || (folded && !folded.ok && folded.newer)) {
					reportNewerVersion(keys.dueIndex(bankId));
				} else writeDueIndex(s, bankId, out);
			});
		});
		await repair(repairs, now);
		return out;
	}

	async function loadReviews(bankId?: string): Promise<ReviewRecord[]> {
		const { reviews, undos } = await snapshot(bankId);
		return withoutUndone(reviews, undos);
	}

	/**
	 * One bank's reviews from `since` on, undone ones excluded. Reads only that key range, so
	 * opening the review page does not read a long history.
	 */
	async function loadReviewsSince(bankId: string, since: Date): Promise<ReviewRecord[]> {
		const prefix = keys.reviewPrefix(bankId);
		const range = IDBKeyRange.bound(prefix + since.toISOString(), prefix + '\uffff');
		let reviewEntries: Entry[] = [];
		let undoEntries: Entry[] = [];
		await transact('readonly', (s, guard) => {
			// Requests complete in order: the keys are ready when the values arrive.
			const reviewKeys = s.getAllKeys(range);
			const reviewValues = s.getAll(range);
			reviewValues.onsuccess = guard(() => {
				reviewEntries = reviewKeys.result.map((key, i) => ({
					key: String(key),
					value: reviewValues.result[i]
				}));
			});
			const undoRange = prefixRange(keys.undoPrefix());
			const undoKeys = s.getAllKeys(undoRange);
			const undoValues = s.getAll(undoRange);
			undoValues.onsuccess = guard(() => {
				undoEntries = undoKeys.result.map((key, i) => ({
					key: String(key),
					value: undoValues.result[i]
				}));
			});
		});
		const repairs: Repair[] = [];
		const quarantined = new Map<string, Quarantined>();
		const reviews = validEntries('review', reviewEntries, repairs, quarantined).map((e) => e.value);
		const undos = validEntries('undo', undoEntries, repairs, quarantined).map((e) => e.value);
		await repair(repairs, new Date());
		return withoutUndone(reviews.sort(byReviewTime), undos);
	}

	async function loadAll(): Promise<LoadAllResult> {
		const { cards, reviews, undos, quarantined } = await snapshot(undefined);
		return { cards, reviews: withoutUndone(reviews, undos), quarantined };
	}

	return { loadCards, loadCard, loadDueIndex, loadReviews, loadReviewsSince, loadAll };
}
