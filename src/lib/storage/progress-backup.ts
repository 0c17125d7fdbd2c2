import { z } from '../schema/zod-mini';
import type { CardState, DueEntry } from '../srs/card';
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
import { NewerVersionError } from './newer-version';
import { isCardRecord, isReviewRecord, isUndoRecord } from './progress-glance';
import { describeIssues, refuseNewer, type Guard, type ProgressDb } from './progress-db';
import { deleteDueIndex, dueEntryOf, readDueHeader, writeDueIndex } from './progress-due-index';
import { replayChanged, replayFact, sameCard } from './replay';
import { isNewer, readVersioned, type RecordPolicy } from './policy';
import {
	deleteTotalsChanges,
	laterKey,
	totalsKey,
	totalsOf,
	totalsPolicy,
	totalsRecord
} from './progress-totals';
import { daysKey, daysOf, daysPolicy, type AnswerDaysRecord } from './progress-days';
import { dropStoredFigures, figuresKey, figuresOf } from './progress-card-figures';
import { clockOf } from './figures-window';

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

/** Records an import writes, or an export reads, per transaction. */
export const batchRecords = 2_000;

/** Present while an import is being written, and left behind by one that stopped midway. */
export const importMarkKey = 'meta:import';
export const ImportMark = z.strictObject({
	v: z.literal(1),
	startedAt: z.iso.datetime(),
	/** Records the import had to write, and how many of them it wrote. */
	total: z.int().check(z.nonnegative()),
	written: z.int().check(z.nonnegative())
});
export type ImportMark = z.infer<typeof ImportMark>;
const importMarkPolicy: RecordPolicy<ImportMark> = {
	version: 1,
	schema: ImportMark,
	migrations: []
};

/** The stored mark of an unfinished import; one that cannot be read still says there is one. */
export function readImportMark(raw: unknown): ImportMark | undefined {
	if (raw === undefined) return undefined;
	const read = readVersioned(importMarkPolicy, raw);
	return read.ok
		? read.value
		: { v: 1, startedAt: new Date(0).toISOString(), total: 0, written: 0 };
}

/** A merge that stopped after writing part of what it had to: the mark stays until it is done. */
export class ImportIncompleteError extends Error {
	override name = 'ImportIncompleteError';
	constructor(
		readonly written: number,
		readonly total: number,
		cause: unknown
	) {
		const reason = cause instanceof Error ? cause.message : String(cause);
		super(
			`The import stopped after saving ${written.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} records (${reason.replace(/\.$/, '')}). ` +
				'What it saved is marked as an unfinished import on the progress page. Import the same file again to finish it; nothing is added twice.',
			{ cause }
		);
	}
}

interface Stored {
	key: string;
	review: ReviewRecord;
	/** New from the file, with what the replay made of it. */
	added?: boolean;
	replayed?: ReviewRecord;
}

/** A put, or a delete when `value` is undefined; `card`: the stamp the card had when read. */
interface Write {
	key: string;
	value?: unknown;
	card?: string;
}

interface DeviceLog {
	/** Ids of the reviews stored (from their keys, and from `rid:` keys). */
	known: Set<string>;
	/** Undone review ids, with when. */
	undone: Map<string, string>;
	undoCounts: Map<string, number>;
	/** Each bank's newest review key. */
	newest: Map<string, string>;
	/** Each fact's reviews by id, under its card key. */
	logs: Map<string, Map<string, Stored>>;
	/** Readable cards by key. */
	local: Map<string, CardRecord>;
	/** Every stored card's stamp by key (stampOf). */
	stamps: Map<string, string>;
	unfinished: ImportMark | undefined;
}

const noCard = '-';
/** What tells a stored card's writes apart: another tab's answer changes it. */
function stampOf(raw: unknown): string {
	if (raw === undefined) return noCard;
	const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	return JSON.stringify([r.v, r.updatedAt, r.lastReviewId]);
}

function logOf(logs: DeviceLog['logs'], bankId: string, factId: string) {
	const key = keys.card(bankId, factId);
	let log = logs.get(key);
	if (!log) logs.set(key, (log = new Map()));
	return log;
}

const seeKey = (newest: Map<string, string>, bankId: string, key: string) =>
	newest.set(bankId, laterKey(newest.get(bankId) ?? null, key)!);
const bump = (counts: Map<string, number>, bankId: string) =>
	counts.set(bankId, (counts.get(bankId) ?? 0) + 1);

function putOrDelete(s: IDBObjectStore, w: Write): void {
	if (w.value === undefined) s.delete(w.key);
	else s.put(w.value, w.key);
}

/** When a fact last changed: its latest review or undo, or the card's own write. */
function lastChange(
	reviews: readonly ReviewRecord[],
	undone: ReadonlyMap<string, string>,
	ours: CardRecord | undefined
): string {
	const times = reviews.flatMap((r) => [r.reviewedAt, undone.get(r.id) ?? r.reviewedAt]);
	if (ours) times.push(ours.updatedAt);
	return times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/**
 * Replays the facts of `cardKeys` from their logs as stored, inside `s`, and writes their cards
 * (another tab answered them while an import was being written); then calls `done`.
 */
function replayStored(
	s: IDBObjectStore,
	guard: Guard,
	cardKeys: ReadonlySet<string>,
	scheduler: Scheduler,
	done: () => void
): void {
	const byBank = new Map<string, string[]>();
	for (const key of cardKeys) {
		const parts = cardKeyParts(key);
		if (parts) byBank.set(parts.bankId, [...(byBank.get(parts.bankId) ?? []), key]);
	}
	const undoReq = s.getAll(prefixRange(keys.undoPrefix()));
	let left = byBank.size;
	if (!left) return done();
	for (const [bankId, factKeys] of byBank) {
		const cardReqs = factKeys.map((key) => [key, s.get(key)] as const);
		const range = prefixRange(keys.reviewPrefix(bankId));
		const keysReq = s.getAllKeys(range);
		const valuesReq = s.getAll(range);
		valuesReq.onsuccess = guard(() => {
			const undone = new Map<string, string>();
			for (const raw of undoReq.result) {
				const read = readRecord('undo', raw);
				if (read.ok) undone.set(read.value.reviewId, read.value.undoneAt);
			}
			const logs: DeviceLog['logs'] = new Map();
			valuesReq.result.forEach((raw, i) => {
				const read = readRecord('review', raw);
				if (!read.ok) return;
				const { factId, id } = read.value;
				logOf(logs, bankId, factId).set(id, { key: String(keysReq.result[i]), review: read.value });
			});
			for (const [key, req] of cardReqs) {
				refuseNewer(key, req.result);
				const entries = logs.get(key);
				if (!entries) continue;
				const reviews = [...entries.values()].map((e) => e.review);
				const replayed = replayFact(reviews, new Set(undone.keys()), scheduler);
				for (const review of replayed.reviews) {
					const stored = entries.get(review.id)!;
					if (replayChanged(stored.review, review)) s.put(review, stored.key);
				}
				const read = readRecord('card', req.result);
				const ours = read.ok ? read.value : undefined;
				if (!replayed.card) {
					s.delete(key);
					continue;
				}
				const parts = cardKeyParts(key)!;
				const card: CardRecord = {
					v: 1,
					bankId,
					factId: parts.factId,
					card: replayed.card,
					updatedAt: lastChange(reviews, undone, ours),
					lastReviewId: replayed.lastReviewId
				};
				s.put(card, key);
			}
			if (--left === 0) done();
		});
	}
}

export interface ImportResult {
	added: number;
	skipped: number;
	cardsUpdated: number;
}

/** Scheduling with this device's settings, loaded when a merge needs it (ts-fsrs is not eager). */
export type SchedulerSource = () => Promise<Scheduler>;

export function progressBackup(
	db: ProgressDb,
	schedulerSource: SchedulerSource,
	batch = batchRecords
) {
	const { notify, transact, snapshot, readInChunks } = db;

	/**
	 * The file's progress fields a chunk at a time (cards, then reviews, then undos, each in key
	 * order: reviews by bank, then time), each record as it is read; unreadable ones are left out,
	 * as from exportBackup.
	 */
	async function* exportChunks(): AsyncGenerator<{ field: keyof ProgressPart; items: unknown[] }> {
		const lists = [
			['cards', 'card', keys.cardPrefix(), isCardRecord],
			['reviews', 'review', keys.reviewPrefix(), isReviewRecord],
			['undos', 'undo', keys.undoPrefix(), isUndoRecord]
		] as const;
		for (const [field, kind, prefix, current] of lists) {
			for await (const chunk of readInChunks(prefix, batch)) {
				const items: unknown[] = [];
				for (const { value } of chunk) {
					// A current, valid record as it is (the hand check answers as its schema does);
					// anything else through the schema and its migrations.
					if (current(value)) {
						items.push(value);
						continue;
					}
					const read = readRecord(kind, value);
					if (read.ok) items.push(read.value);
				}
				yield { field, items };
			}
		}
	}

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

	/** What this device holds that a merge reads first, in one read-only transaction. */
	async function readDevice(): Promise<DeviceLog> {
		const device: DeviceLog = {
			known: new Set(),
			undone: new Map(),
			undoCounts: new Map(),
			newest: new Map(),
			logs: new Map(),
			local: new Map(),
			stamps: new Map(),
			unfinished: undefined
		};
		await transact('readonly', (s, guard) => {
			const markReq = s.get(importMarkKey);
			const indexKeysReq = s.getAllKeys(prefixRange(keys.reviewIndexPrefix()));
			const undosReq = s.getAll(prefixRange(keys.undoPrefix()));
			const reviewKeysReq = s.getAllKeys(prefixRange(keys.reviewPrefix()));
			const reviewsReq = s.getAll(prefixRange(keys.reviewPrefix()));
			const cardKeysReq = s.getAllKeys(prefixRange(keys.cardPrefix()));
			const cardsReq = s.getAll(prefixRange(keys.cardPrefix()));
			// Requests complete in order: everything above has arrived with the cards.
			cardsReq.onsuccess = guard(() => {
				device.unfinished = readImportMark(markReq.result);
				const indexPrefix = keys.reviewIndexPrefix();
				for (const key of indexKeysReq.result)
					device.known.add(String(key).slice(indexPrefix.length));
				for (const raw of undosReq.result) {
					const read = readRecord('undo', raw);
					if (!read.ok) continue;
					device.undone.set(read.value.reviewId, read.value.undoneAt);
					bump(device.undoCounts, read.value.bankId);
				}
				const reviewPrefix = keys.reviewPrefix();
				reviewsReq.result.forEach((raw, i) => {
					const key = String(reviewKeysReq.result[i]);
					// A review's key ends with its id (ids hold no ':'): stored, even if unreadable.
					device.known.add(key.slice(key.lastIndexOf(':') + 1));
					seeKey(
						device.newest,
						key.slice(reviewPrefix.length, key.indexOf(':', reviewPrefix.length)),
						key
					);
					const read = readRecord('review', raw);
					if (!read.ok) return;
					const { bankId, factId, id } = read.value;
					logOf(device.logs, bankId, factId).set(id, { key, review: read.value });
				});
				cardKeysReq.result.forEach((k, i) => {
					const key = String(k);
					device.stamps.set(key, stampOf(cardsReq.result[i]));
					const read = readRecord('card', cardsReq.result[i]);
					if (read.ok) device.local.set(key, read.value);
				});
			});
		});
		return device;
	}

	/**
	 * Merges progress already validated: reviews and undos this device lacks are added; every fact
	 * that gained one gets the card its merged log replays to; a card with no log on either side
	 * is taken only when it is newer than this device's.
	 *
	 * Everything is worked out first, then written a few thousand records per transaction (one
	 * transaction of a whole long history takes minutes), the log before the cards. A record
	 * `meta:import` marks the import unfinished until its last transaction, which also writes the
	 * banks' totals and due indexes (deleted by the first, so that until then they are rebuilt from
	 * what is stored). An import that stops midway leaves the mark, which the progress page shows;
	 * importing the file again finishes it: it replays every fact on the device, adding nothing twice.
	 */
	async function mergeProgress(
		part: ProgressPart,
		given?: Scheduler,
		onProgress?: (done: number, total: number) => void
	): Promise<ImportResult> {
		const scheduler = given ?? (await schedulerSource());
		const result: ImportResult = { added: 0, skipped: 0, cardsUpdated: 0 };
		const device = await readDevice();
		const { known, undone, undoCounts, newest, logs, local } = device;

		/** The file's new reviews, in its order, and its new undos. */
		const added: Stored[] = [];
		const newUndos: Write[] = [];
		const touched = new Set<string>();
		for (const review of part.reviews) {
			if (known.has(review.id)) {
				result.skipped++;
				continue;
			}
			const reviewKey = keys.review(review.bankId, review.reviewedAt, review.id);
			known.add(review.id);
			seeKey(newest, review.bankId, reviewKey);
			const entry: Stored = { key: reviewKey, review, added: true };
			added.push(entry);
			logOf(logs, review.bankId, review.factId).set(review.id, entry);
			touched.add(keys.card(review.bankId, review.factId));
			result.added++;
		}
		for (const undo of part.undos) {
			if (undone.has(undo.reviewId)) continue;
			newUndos.push({ key: keys.undo(undo.reviewId), value: undo });
			undone.set(undo.reviewId, undo.undoneAt);
			bump(undoCounts, undo.bankId);
			touched.add(keys.card(undo.bankId, undo.factId));
		}
		// An import that stopped midway may have stored a fact's log without its card: replay all.
		if (device.unfinished) for (const key of logs.keys()) touched.add(key);

		const reviewWrites: Write[] = [];
		const cardWrites: Write[] = [];
		/** Banks whose due index is rebuilt from their cards as stored at the end. */
		const changedBanks = new Set<string>();
		const putCard = (key: string, card: CardRecord | undefined, bankId: string) => {
			cardWrites.push({ key, value: card, card: device.stamps.get(key) ?? noCard });
			if (card) local.set(key, card);
			else local.delete(key);
			changedBanks.add(bankId);
			result.cardsUpdated++;
		};
		const undoneIds = new Set(undone.keys());
		for (const key of touched) {
			const parts = cardKeyParts(key);
			const entries = logs.get(key);
			if (!parts || !entries) continue;
			const reviews = [...entries.values()].map((e) => e.review);
			const replayed = replayFact(reviews, undoneIds, scheduler);
			for (const review of replayed.reviews) {
				const stored = entries.get(review.id)!;
				if (stored.added) stored.replayed = review;
				else if (replayChanged(stored.review, review))
					reviewWrites.push({ key: stored.key, value: review });
			}
			const ours = local.get(key);
			if (!replayed.card) {
				if (ours) putCard(key, undefined, parts.bankId);
				continue;
			}
			if (ours && sameCard(ours.card, replayed.card) && ours.lastReviewId === replayed.lastReviewId)
				continue;
			putCard(
				key,
				{
					v: 1,
					bankId: parts.bankId,
					factId: parts.factId,
					card: replayed.card,
					updatedAt: lastChange(reviews, undone, ours),
					lastReviewId: replayed.lastReviewId
				},
				parts.bankId
			);
		}
		// Cards without a log anywhere (from older versions): the newer copy wins.
		for (const card of part.cards) {
			const key = keys.card(card.bankId, card.factId);
			if (logs.has(key)) continue;
			const ours = local.get(key);
			if (ours && Date.parse(ours.updatedAt) >= Date.parse(card.updatedAt)) continue;
			putCard(key, card, card.bankId);
		}
		// Every bank the backup has cards for gets its due index rebuilt from the merged cards.
		for (const card of part.cards) changedBanks.add(card.bankId);
		/** The bank's answers not undone, merged: what its figures count. */
		const answersOf = (bankId: string) => {
			const prefix = keys.cardPrefix(bankId);
			return [...logs]
				.filter(([key]) => key.startsWith(prefix))
				.flatMap(([, entries]) => [...entries.values()].map((e) => e.review))
				.filter((r) => !undoneIds.has(r.id));
		};
		const totalsBanks = new Set([...touched].flatMap((key) => cardKeyParts(key)?.bankId ?? []));
		const answerDays: AnswerDaysRecord[] = [];
		const totals = [...totalsBanks].map((bankId) => {
			const prefix = keys.cardPrefix(bankId);
			const reviews = [...logs]
				.filter(([key]) => key.startsWith(prefix))
				.flatMap(([, entries]) => [...entries.values()].map((e) => e.review));
			const undoCount = undoCounts.get(bankId) ?? 0;
			const bankNewest = newest.get(bankId) ?? null;
			answerDays.push(daysOf(bankId, reviews, undoneIds, undoCount, bankNewest));
			return totalsOf(bankId, reviews, undoneIds, undoCount, bankNewest);
		});

		// The new reviews (an undone one as the file has it: replays leave undone reviews out), with
		// no `rid:` record each: a review's key names its id, which is how a later import knows it
		// is stored, and an undo or a walk back through the log finds one without it.
		const log = added.map((e): Write => ({ key: e.key, value: e.replayed ?? e.review }));
		const writes = [...log, ...newUndos, ...reviewWrites, ...cardWrites];
		if (!writes.length && !totals.length && !changedBanks.size && !device.unfinished) return result;
		const mark: ImportMark = {
			v: 1,
			startedAt: new Date().toISOString(),
			total: writes.length,
			written: 0
		};
		/** Banks whose totals or due index a newer version wrote: left to it. */
		const newerTotals = new Set<string>();
		const newerDays = new Set<string>();
		const newerDue = new Set<string>();
		const newerFigures = new Set<string>();
		/** Banks whose figures are rewritten from their cards as stored at the end, and their log. */
		const figuresBanks = new Set([...totalsBanks, ...changedBanks]);
		/** Cards another tab changed while the import ran: replayed from the stored log at the end. */
		const late = new Set<string>();
		let wrote = false;
		let written = 0;
		try {
			onProgress?.(0, writes.length);
			await transact('readwrite', (s, guard) => {
				s.put(mark, importMarkKey);
				for (const bankId of totalsBanks) {
					const totalsReq = s.get(totalsKey(bankId));
					totalsReq.onsuccess = guard(() => {
						if (totalsReq.result !== undefined && isNewer(totalsPolicy, totalsReq.result))
							newerTotals.add(bankId);
						else {
							s.delete(totalsKey(bankId));
							deleteTotalsChanges(s, bankId);
						}
					});
					const daysReq = s.get(daysKey(bankId));
					daysReq.onsuccess = guard(() => {
						if (daysReq.result !== undefined && isNewer(daysPolicy, daysReq.result))
							newerDays.add(bankId);
						else s.delete(daysKey(bankId));
					});
				}
				for (const bankId of figuresBanks) {
					const figuresReq = s.get(figuresKey(bankId));
					figuresReq.onsuccess = guard(() => {
						if (!dropStoredFigures(s, figuresReq.result, bankId)) newerFigures.add(bankId);
					});
				}
				for (const bankId of changedBanks) {
					const dueReq = s.get(keys.dueIndex(bankId));
					dueReq.onsuccess = guard(() => {
						if (readDueHeader(dueReq.result, bankId).state === 'newer') newerDue.add(bankId);
						else deleteDueIndex(s, bankId);
					});
				}
			});
			wrote = true;
			for (let start = 0; start < writes.length; start += batch) {
				const slice = writes.slice(start, start + batch);
				mark.written = start + slice.length;
				await transact('readwrite', (s, guard) => {
					for (const w of slice) {
						if (w.card === undefined) {
							putOrDelete(s, w);
							continue;
						}
						const req = s.get(w.key);
						req.onsuccess = guard(() => {
							refuseNewer(w.key, req.result);
							if (stampOf(req.result) === w.card) putOrDelete(s, w);
							else late.add(w.key);
						});
					}
					s.put(mark, importMarkKey);
				});
				written = mark.written;
				onProgress?.(written, writes.length);
			}
			await transact('readwrite', (s, guard) => {
				const finish = () => {
					for (const t of totals) {
						if (newerTotals.has(t.bankId)) continue;
						s.put(totalsRecord(t), totalsKey(t.bankId));
						deleteTotalsChanges(s, t.bankId);
					}
					for (const d of answerDays) if (!newerDays.has(d.bankId)) s.put(d, daysKey(d.bankId));
					for (const bankId of figuresBanks) {
						const due = changedBanks.has(bankId) && !newerDue.has(bankId);
						const figures = !newerFigures.has(bankId);
						if (!due && !figures) continue;
						const range = prefixRange(keys.cardPrefix(bankId));
						const cardsReq = s.getAll(range);
						cardsReq.onsuccess = guard(() => {
							const entries = new Map<string, DueEntry>();
							const cards: CardState[] = [];
							let unread = 0;
							for (const raw of cardsReq.result) {
								const read = isCardRecord(raw)
									? { ok: true as const, value: raw }
									: readRecord('card', raw);
								if (!read.ok) {
									unread++;
									continue;
								}
								entries.set(read.value.factId, dueEntryOf(read.value.card));
								cards.push(read.value.card);
							}
							if (due) writeDueIndex(s, bankId, entries);
							// A card that cannot be read is left for a read to set aside and count again.
							if (figures && !unread) {
								const record = figuresOf(
									bankId,
									cards,
									answersOf(bankId),
									{ newest: newest.get(bankId) ?? null, undone: undoCounts.get(bankId) ?? 0 },
									clockOf(new Date()),
									newerDays.has(bankId) ? undefined : answerDays.find((d) => d.bankId === bankId)
								);
								s.put(record, figuresKey(bankId));
							}
						});
					}
					s.delete(importMarkKey);
				};
				if (!late.size) return finish();
				replayStored(s, guard, late, scheduler, finish);
			});
		} catch (error) {
			// Nothing is written over a newer version's record: the backup's own message says so.
			if (!wrote || error instanceof NewerVersionError) throw error;
			throw new ImportIncompleteError(written, writes.length, error);
		} finally {
			if (wrote) notify(null);
		}
		return result;
	}

	/** The mark of an import that stopped midway, if one did (and is not being written now). */
	async function unfinishedImport(): Promise<ImportMark | undefined> {
		let raw: unknown;
		await transact('readonly', (s, guard) => {
			const req = s.get(importMarkKey);
			req.onsuccess = guard(() => {
				raw = req.result;
			});
		});
		return readImportMark(raw);
	}

	return { exportBackup, exportChunks, importBackup, mergeProgress, unfinishedImport };
}
