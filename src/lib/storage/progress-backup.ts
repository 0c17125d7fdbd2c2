import { z } from '../schema/zod-mini';
import type { CardState, DueEntry } from '../srs/card';
import {
	CardRecord,
	ReviewRecord,
	UndoRecord,
	cardKeyParts,
	dueEntryOf,
	dueIndexRecord,
	keys,
	prefixRange,
	readRecord
} from './records';
import { describeIssues, type ProgressDb } from './progress-db';

// A backup file of all progress, and merging one into this device's.

export const Backup = z.strictObject({
	format: z.literal('factdeck-progress'),
	version: z.literal(1),
	exportedAt: z.iso.datetime(),
	cards: z.array(CardRecord),
	reviews: z.array(ReviewRecord),
	undos: z.array(UndoRecord)
});
export type Backup = z.infer<typeof Backup>;

export interface ImportResult {
	added: number;
	skipped: number;
	cardsUpdated: number;
}

export function progressBackup(db: ProgressDb) {
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

	async function importBackup(data: unknown): Promise<ImportResult> {
		const parsed = Backup.safeParse(data);
		if (!parsed.success) {
			throw new Error(
				`This file is not a Factdeck progress backup, so nothing was imported (${describeIssues(parsed.error)}).`
			);
		}
		const backup = parsed.data;
		const result: ImportResult = { added: 0, skipped: 0, cardsUpdated: 0 };
		await transact('readwrite', (s, guard) => {
			const indexKeysReq = s.getAllKeys(prefixRange(keys.reviewIndexPrefix()));
			const undoKeysReq = s.getAllKeys(prefixRange(keys.undoPrefix()));
			const cardKeysReq = s.getAllKeys(prefixRange(keys.cardPrefix()));
			const cardsReq = s.getAll(prefixRange(keys.cardPrefix()));
			cardsReq.onsuccess = guard(() => {
				const known = new Set(indexKeysReq.result.map(String));
				const undone = new Set(undoKeysReq.result.map(String));
				const local = new Map<string, number>();
				/** The merged cards by bank (valid local ones, then imported ones that win). */
				const merged = new Map<string, Map<string, CardState>>();
				const keep = (bankId: string, factId: string, card: CardState) => {
					let bank = merged.get(bankId);
					if (!bank) merged.set(bankId, (bank = new Map()));
					bank.set(factId, card);
				};
				cardKeysReq.result.forEach((key, i) => {
					const read = readRecord('card', cardsReq.result[i]);
					if (!read.ok) return;
					local.set(String(key), Date.parse(read.value.updatedAt));
					const parts = cardKeyParts(String(key));
					if (parts) keep(parts.bankId, read.value.factId, read.value.card);
				});
				for (const review of backup.reviews) {
					const indexKey = keys.reviewIndex(review.id);
					if (known.has(indexKey)) {
						result.skipped++;
						continue;
					}
					const reviewKey = keys.review(review.bankId, review.reviewedAt, review.id);
					s.put(review, reviewKey);
					s.put({ v: 1, key: reviewKey }, indexKey);
					known.add(indexKey);
					result.added++;
				}
				for (const undo of backup.undos) {
					const key = keys.undo(undo.reviewId);
					if (undone.has(key)) continue;
					s.put(undo, key);
					undone.add(key);
				}
				for (const card of backup.cards) {
					const key = keys.card(card.bankId, card.factId);
					const theirs = Date.parse(card.updatedAt);
					const ours = local.get(key);
					if (ours !== undefined && ours >= theirs) continue;
					s.put(card, key);
					local.set(key, theirs);
					keep(card.bankId, card.factId, card.card);
					result.cardsUpdated++;
				}
				// Rebuild the due index of every bank the backup has cards for, from the merged cards.
				for (const bankId of new Set(backup.cards.map((c) => c.bankId))) {
					const entries = new Map<string, DueEntry>();
					for (const [factId, card] of merged.get(bankId) ?? []) {
						entries.set(factId, dueEntryOf(card));
					}
					s.put(dueIndexRecord(bankId, entries), keys.dueIndex(bankId));
				}
			});
		});
		if (result.added || result.cardsUpdated) notify(null);
		return result;
	}

	return { exportBackup, importBackup };
}
