import { z } from '../schema/zod-mini';
import type { DueEntry } from '../srs/card';
import type { Scheduler } from '../srs/scheduler';
import {
	CardRecord,
	ReviewRecord,
	UndoRecord,
	cardKeyParts,
	keys,
	prefixRange,
	readRecord
} from './records';
import { describeIssues, type ProgressDb } from './progress-db';
import { dueEntryOf, replaceDueIndex } from './progress-due-index';
import { replayChanged, replayFact, sameCard } from './replay';
import { isNewer } from './policy';
import { laterKey, totalsKey, totalsOf, totalsPolicy } from './progress-totals';

// The progress part of a backup file, and merging one into this device's: reviews and undos by
// id (the log is append-only), then each fact the merge touched gets the state its whole log gives.

/** The progress every backup file carries, whatever its version. */
export const progressShape = {
	cards: z.array(CardRecord),
	reviews: z.array(ReviewRecord),
	undos: z.array(UndoRecord)
};
export const ProgressPart = z.strictObject(progressShape);
export type ProgressPart = z.infer<typeof ProgressPart>;

/** A version-1 backup file: progress only (and, beside it, the banks made on the device). */
export const Backup = z.strictObject({
	format: z.literal('factdeck-progress'),
	version: z.literal(1),
	exportedAt: z.iso.datetime(),
	...progressShape
});
export type Backup = z.infer<typeof Backup>;

export interface ImportResult {
	added: number;
	skipped: number;
	cardsUpdated: number;
}

/** Scheduling with this device's settings, loaded when a merge needs it (ts-fsrs is not eager). */
export type SchedulerSource = () => Promise<Scheduler>;

export function progressBackup(db: ProgressDb, schedulerSource: SchedulerSource) {
	const { notify, transact, snapshot } = db;

	async function exportBackup(now: Date): Promise<Backup> {
		const { cards, reviews, undos } = await snapshot(undefined, now);
		return {
			format: 'factdeck-progress',
			version: 1,
			exportedAt: now.toISOString(),
			cards,
			reviews,
			undos
		};
	}

	/** Validates a version-1 file whole, then merges it. */
	async function importBackup(data: unknown, scheduler?: Scheduler): Promise<ImportResult> {
		const parsed = Backup.safeParse(data);
		if (!parsed.success) {
			throw new Error(
				`This file is not a Factdeck progress backup, so nothing was imported (${describeIssues(parsed.error)}).`
			);
		}
		const { cards, reviews, undos } = parsed.data;
		return mergeProgress({ cards, reviews, undos }, scheduler);
	}

	/**
	 * Merges progress already validated: reviews and undos this device lacks are added; every fact
	 * that gained one gets the card its merged log replays to; a card with no log on either side
	 * is taken only when it is newer than this device's.
	 */
	async function mergeProgress(part: ProgressPart, given?: Scheduler): Promise<ImportResult> {
		const scheduler = given ?? (await schedulerSource());
		const result: ImportResult = { added: 0, skipped: 0, cardsUpdated: 0 };
		const factKey = (bankId: string, factId: string) => keys.card(bankId, factId);
		await transact('readwrite', (s, guard) => {
			const indexKeysReq = s.getAllKeys(prefixRange(keys.reviewIndexPrefix()));
			const undosReq = s.getAll(prefixRange(keys.undoPrefix()));
			const reviewKeysReq = s.getAllKeys(prefixRange(keys.reviewPrefix()));
			const reviewsReq = s.getAll(prefixRange(keys.reviewPrefix()));
			const cardKeysReq = s.getAllKeys(prefixRange(keys.cardPrefix()));
			const cardsReq = s.getAll(prefixRange(keys.cardPrefix()));
			// Requests complete in order: everything above has arrived with the cards.
			cardsReq.onsuccess = guard(() => {
				const known = new Set(indexKeysReq.result.map(String));
				/** Undone review ids and every fact's reviews (with their keys), this device's first. */
				const undone = new Map<string, string>();
				const logs = new Map<string, Map<string, { key: string; review: ReviewRecord }>>();
				const logOf = (bankId: string, factId: string) => {
					const k = factKey(bankId, factId);
					let log = logs.get(k);
					if (!log) logs.set(k, (log = new Map()));
					return log;
				};
				/** Each bank's newest review key and its undo records, for the totals the merge rewrites. */
				const newest = new Map<string, string>();
				const seeKey = (bankId: string, key: string) =>
					newest.set(bankId, laterKey(newest.get(bankId) ?? null, key)!);
				const undoCounts = new Map<string, number>();
				const bump = (counts: Map<string, number>, bankId: string) =>
					counts.set(bankId, (counts.get(bankId) ?? 0) + 1);
				for (const raw of undosReq.result) {
					const read = readRecord('undo', raw);
					if (!read.ok) continue;
					undone.set(read.value.reviewId, read.value.undoneAt);
					bump(undoCounts, read.value.bankId);
				}
				const reviewPrefix = keys.reviewPrefix();
				for (const key of reviewKeysReq.result) {
					const k = String(key);
					seeKey(k.slice(reviewPrefix.length, k.indexOf(':', reviewPrefix.length)), k);
				}
				reviewsReq.result.forEach((raw, i) => {
					const read = readRecord('review', raw);
					if (!read.ok) return;
					const { bankId, factId, id } = read.value;
					logOf(bankId, factId).set(id, {
						key: String(reviewKeysReq.result[i]),
						review: read.value
					});
				});
				/** This device's readable cards by key. */
				const local = new Map<string, CardRecord>();
				cardKeysReq.result.forEach((key, i) => {
					const read = readRecord('card', cardsReq.result[i]);
					if (read.ok) local.set(String(key), read.value);
				});

				const touched = new Set<string>();
				for (const review of part.reviews) {
					const indexKey = keys.reviewIndex(review.id);
					if (known.has(indexKey)) {
						result.skipped++;
						continue;
					}
					const reviewKey = keys.review(review.bankId, review.reviewedAt, review.id);
					s.put(review, reviewKey);
					s.put({ v: 1, key: reviewKey }, indexKey);
					known.add(indexKey);
					seeKey(review.bankId, reviewKey);
					logOf(review.bankId, review.factId).set(review.id, { key: reviewKey, review });
					touched.add(factKey(review.bankId, review.factId));
					result.added++;
				}
				for (const undo of part.undos) {
					if (undone.has(undo.reviewId)) continue;
					s.put(undo, keys.undo(undo.reviewId));
					undone.set(undo.reviewId, undo.undoneAt);
					bump(undoCounts, undo.bankId);
					touched.add(factKey(undo.bankId, undo.factId));
				}

				/** Banks whose due index must be rebuilt, with their cards as merged. */
				const changedBanks = new Set<string>();
				const put = (key: string, card: CardRecord) => {
					s.put(card, key);
					local.set(key, card);
					changedBanks.add(card.bankId);
					result.cardsUpdated++;
				};
				for (const key of touched) {
					const parts = cardKeyParts(key);
					const log = logs.get(key);
					if (!parts || !log) continue;
					const reviews = [...log.values()].map((e) => e.review);
					const replayed = replayFact(reviews, new Set(undone.keys()), scheduler);
					for (const review of replayed.reviews) {
						const stored = log.get(review.id)!;
						if (replayChanged(stored.review, review)) s.put(review, stored.key);
					}
					const ours = local.get(key);
					if (!replayed.card) {
						if (ours) {
							s.delete(key);
							local.delete(key);
							changedBanks.add(parts.bankId);
							result.cardsUpdated++;
						}
						continue;
					}
					if (
						ours &&
						sameCard(ours.card, replayed.card) &&
						ours.lastReviewId === replayed.lastReviewId
					)
						continue;
					// When the fact last changed: its latest review or undo, or this device's write.
					const times = reviews.flatMap((r) => [r.reviewedAt, undone.get(r.id) ?? r.reviewedAt]);
					if (ours) times.push(ours.updatedAt);
					const updatedAt = times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
					put(key, {
						v: 1,
						bankId: parts.bankId,
						factId: parts.factId,
						card: replayed.card,
						updatedAt,
						lastReviewId: replayed.lastReviewId
					});
				}
				// Cards without a log anywhere (from older versions): the newer copy wins.
				for (const card of part.cards) {
					const key = factKey(card.bankId, card.factId);
					if (logs.has(key)) continue;
					const ours = local.get(key);
					if (ours && Date.parse(ours.updatedAt) >= Date.parse(card.updatedAt)) continue;
					put(key, card);
				}
				// The totals of every bank that gained a review or an undo, from its merged log.
				const totalsBanks = new Set([...touched].flatMap((key) => cardKeyParts(key)?.bankId ?? []));
				const undoneIds = new Set(undone.keys());
				for (const bankId of totalsBanks) {
					const prefix = keys.cardPrefix(bankId);
					const reviews = [...logs]
						.filter(([key]) => key.startsWith(prefix))
						.flatMap(([, log]) => [...log.values()].map((e) => e.review));
					const totals = totalsOf(
						bankId,
						reviews,
						undoneIds,
						undoCounts.get(bankId) ?? 0,
						newest.get(bankId) ?? null
					);
					const totalsReq = s.get(totalsKey(bankId));
					totalsReq.onsuccess = guard(() => {
						if (totalsReq.result === undefined || !isNewer(totalsPolicy, totalsReq.result))
							s.put(totals, totalsKey(bankId));
					});
				}
				// Every bank the backup has cards for gets its due index rebuilt from the merged cards.
				for (const card of part.cards) changedBanks.add(card.bankId);
				const sorted = [...local].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
				for (const bankId of changedBanks) {
					const entries = new Map<string, DueEntry>();
					for (const [key, card] of sorted) {
						if (cardKeyParts(key)?.bankId === bankId)
							entries.set(card.factId, dueEntryOf(card.card));
					}
					replaceDueIndex(s, bankId, entries);
				}
			});
		});
		if (result.added || result.cardsUpdated) notify(null);
		return result;
	}

	return { exportBackup, importBackup, mergeProgress };
}
