import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { questionTypes, type QuestionType } from '../schema/question-types';
import { z } from '../schema/zod-mini';
import type { CardState, DueEntry } from '../srs/card';
import type { GradeValue, Scheduler } from '../srs/scheduler';
import {
	CardRecord,
	cardKeyParts,
	dueEntryOf,
	dueIndexEntries,
	dueIndexRecord,
	Grade,
	PersistenceRecord,
	QuarantineRecord,
	RecordId,
	ReviewRecord,
	Settings,
	SettingsRecord,
	UndoRecord,
	defaultSettings,
	keys,
	prefixRange,
	readRecord,
	setDueEntry,
	type DueIndexRecord,
	type RecordKind,
	type RecordOf
} from './records';
import { channelName, onProgressChanged, toStorageError, type ProgressChannel } from './channel';
import { computeStats, deviceTimeZoneOffset, type StudyStats } from './stats';

export {
	channelName,
	onProgressChanged,
	StorageFullError,
	type ListenableChannel,
	type ProgressChannel,
	type ProgressMessage
} from './channel';

export const databaseName = 'factdeck';
export const storeName = 'progress';

export const RecordAnswerInput = z.object({
	bankId: RecordId,
	factId: RecordId,
	questionId: RecordId,
	questionType: z.enum(questionTypes),
	grade: Grade,
	correct: z.boolean(),
	response: z.optional(z.string()),
	durationMs: z.number().check(z.nonnegative()),
	mode: z.enum(['quiz', 'review']),
	now: z.date(),
	reviewId: z.optional(RecordId)
});
export type RecordAnswerInput = z.input<typeof RecordAnswerInput>;

export interface RecordAnswerResult {
	review: ReviewRecord;
	card: CardState;
	previous: CardState | null;
	/** True when this review id was already recorded: nothing was written. */
	duplicate: boolean;
}

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

export interface Quarantined {
	key: string;
	error: string;
}

export interface LoadAllResult {
	cards: CardRecord[];
	reviews: ReviewRecord[];
	quarantined: Quarantined[];
}

export interface StatsOptions {
	/** Minutes east of UTC for "today" and the streak; defaults to this device's offset at `now`. */
	timeZoneOffsetMinutes?: number;
}

export interface ProgressStoreOptions {
	/** Stands in for `navigator.storage` (tests). */
	storage?: { persist?: () => Promise<boolean> } | undefined;
}

type Guard = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => void;

interface Entry {
	key: string;
	value: unknown;
}

interface Repair {
	key: string;
	kind: RecordKind;
}

function describeIssues(error: z.core.$ZodError): string {
	return error.issues
		.slice(0, 5)
		.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`)
		.join('; ');
}

/** The stored due index of `bankId` when it is valid and belongs to that bank. */
function validDueIndex(raw: unknown, bankId: string): DueIndexRecord | undefined {
	if (raw === undefined) return undefined;
	const read = readRecord('dueIndex', raw);
	return read.ok && read.value.bankId === bankId ? read.value : undefined;
}

/**
 * Applies one card change to the bank's due index inside the transaction that changes the card.
 * A missing or invalid index is left alone: loadDueIndex rebuilds it from the cards.
 */
function updateDueIndex(
	s: IDBObjectStore,
	raw: unknown,
	bankId: string,
	factId: string,
	card: CardState | null
): void {
	const index = validDueIndex(raw, bankId);
	if (!index) return;
	setDueEntry(index, factId, card ? dueEntryOf(card) : null);
	s.put(index, keys.dueIndex(bankId));
}

const byReviewTime = (a: ReviewRecord, b: ReviewRecord) =>
	a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : a.id < b.id ? -1 : 1;

/**
 * Study progress in IndexedDB (see records.ts for the key layout). Every write is one
 * transaction; reads validate and set bad records aside instead of throwing.
 */
export function createProgressStore(
	store?: UseStore,
	channel?: ProgressChannel | null,
	options: ProgressStoreOptions = {}
) {
	let useStore = store;
	let postChannel = channel;
	const getStore = () => (useStore ??= createStore(databaseName, storeName));

	function notify(bankId: string | null) {
		if (postChannel === undefined) {
			postChannel =
				typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
		}
		try {
			postChannel?.postMessage({ type: 'progress-changed', bankId });
		} catch {
			// A closed channel must not turn a saved answer into an error.
		}
	}

	/**
	 * Runs `body` in one transaction. An exception in `body` or in any callback wrapped with
	 * `guard` aborts the whole transaction, so nothing it wrote is kept.
	 */
	async function transact(
		mode: IDBTransactionMode,
		body: (s: IDBObjectStore, guard: Guard) => void
	): Promise<void> {
		try {
			await getStore()(mode, (s) => {
				let failure: unknown;
				let failed = false;
				const guard: Guard =
					(fn) =>
					(...args) => {
						if (failed) return;
						try {
							fn(...args);
						} catch (error) {
							failed = true;
							failure = error;
							try {
								s.transaction.abort();
							} catch {
								// Already finished or aborting.
							}
						}
					};
				// A failed request (e.g. QuotaExceededError) reaches the transaction before its own
				// error is set, so keep the request's error to report.
				let requestError: unknown;
				s.transaction.addEventListener('error', (event) => {
					requestError ??= (event.target as IDBRequest | null)?.error ?? undefined;
				});
				guard(() => body(s, guard))();
				return promisifyRequest(s.transaction).then(
					() => undefined,
					(error: unknown) => {
						if (failed) throw failure;
						throw (
							requestError ?? s.transaction.error ?? error ?? new Error('The save was aborted.')
						);
					}
				);
			});
		} catch (error) {
			throw toStorageError(error);
		}
	}

	async function readPrefixes(prefixes: string[]): Promise<Entry[][]> {
		const out: Entry[][] = prefixes.map(() => []);
		await transact('readonly', (s, guard) => {
			prefixes.forEach((prefix, i) => {
				const range = prefixRange(prefix);
				const keysReq = s.getAllKeys(range);
				const valuesReq = s.getAll(range);
				valuesReq.onsuccess = guard(() => {
					const values = valuesReq.result;
					out[i] = keysReq.result.map((key, k) => ({ key: String(key), value: values[k] }));
				});
			});
		});
		return out;
	}

	/** Moves records still invalid to quarantine and rewrites migrated ones at today's version. */
	async function repair(items: Repair[], now: Date): Promise<void> {
		if (!items.length) return;
		try {
			await transact('readwrite', (s, guard) => {
				/** Facts whose card was quarantined, by bank: their due index entries go too. */
				const dropped = new Map<string, string[]>();
				for (const { key, kind } of items) {
					const req = s.get(key);
					req.onsuccess = guard(() => {
						if (req.result === undefined) return;
						const read = readRecord(kind, req.result);
						if (read.ok) {
							if (read.migrated) s.put(read.value, key);
							return;
						}
						const parts = kind === 'card' ? cardKeyParts(key) : undefined;
						if (parts)
							dropped.set(parts.bankId, [...(dropped.get(parts.bankId) ?? []), parts.factId]);
						const record: QuarantineRecord = {
							v: 1,
							key,
							raw: req.result,
							error: read.error,
							quarantinedAt: now.toISOString()
						};
						s.put(record, keys.quarantine(key));
						s.delete(key);
					});
				}
				// Requests complete in order: every card above has been looked at when these arrive.
				const banks = new Set(items.flatMap((i) => cardKeyParts(i.key)?.bankId ?? []));
				for (const bankId of banks) {
					const req = s.get(keys.dueIndex(bankId));
					req.onsuccess = guard(() => {
						const facts = dropped.get(bankId);
						const index = facts && validDueIndex(req.result, bankId);
						if (!facts || !index) return;
						for (const factId of facts) setDueEntry(index, factId, null);
						s.put(index, keys.dueIndex(bankId));
					});
				}
			});
		} catch {
			// Repair is housekeeping: the valid records were already returned.
		}
	}

	/** Valid records of `kind` among `entries`; the others are queued for repair. */
	function validEntries<K extends RecordKind>(
		kind: K,
		entries: Entry[],
		repairs: Repair[],
		quarantined: Map<string, Quarantined>
	) {
		const out: { key: string; value: RecordOf<K> }[] = [];
		for (const { key, value } of entries) {
			const read = readRecord(kind, value);
			if (read.ok) {
				out.push({ key, value: read.value });
				if (read.migrated) repairs.push({ key, kind });
			} else {
				repairs.push({ key, kind });
				quarantined.set(keys.quarantine(key), { key, error: read.error });
			}
		}
		return out;
	}

	interface Snapshot {
		cards: CardRecord[];
		reviews: ReviewRecord[];
		undos: UndoRecord[];
		quarantined: Quarantined[];
	}

	async function snapshot(bankId: string | undefined, now = new Date()): Promise<Snapshot> {
		const prefixes = [keys.cardPrefix(bankId), keys.reviewPrefix(bankId), keys.undoPrefix()];
		if (bankId === undefined) prefixes.push(keys.quarantinePrefix());
		const [cardEntries = [], reviewEntries = [], undoEntries = [], quarantineEntries = []] =
			await readPrefixes(prefixes);
		const repairs: Repair[] = [];
		const fresh = new Map<string, Quarantined>();
		const cards = validEntries('card', cardEntries, repairs, fresh).map((e) => e.value);
		const reviews = validEntries('review', reviewEntries, repairs, fresh).map((e) => e.value);
		const undos = validEntries('undo', undoEntries, repairs, fresh)
			.map((e) => e.value)
			.filter((u) => bankId === undefined || u.bankId === bankId);
		const quarantined = new Map<string, Quarantined>();
		for (const { key, value } of quarantineEntries) {
			const read = readRecord('quarantine', value);
			quarantined.set(key, {
				key: read.ok ? read.value.key : key.slice(keys.quarantinePrefix().length),
				error: read.ok ? read.value.error : read.error
			});
		}
		for (const [key, item] of fresh) quarantined.set(key, item);
		await repair(repairs, now);
		reviews.sort(byReviewTime);
		return { cards, reviews, undos, quarantined: [...quarantined.values()] };
	}

	const withoutUndone = (reviews: ReviewRecord[], undos: UndoRecord[]) => {
		const undone = new Set(undos.map((u) => u.reviewId));
		return reviews.filter((r) => !undone.has(r.id));
	};

	async function recordAnswer(
		input: RecordAnswerInput,
		scheduler: Scheduler
	): Promise<RecordAnswerResult> {
		const parsed = RecordAnswerInput.safeParse(input);
		if (!parsed.success) throw new Error(`Invalid answer record: ${describeIssues(parsed.error)}`);
		const { bankId, factId, now, grade } = parsed.data;
		const reviewId = parsed.data.reviewId ?? crypto.randomUUID();
		const reviewedAt = now.toISOString();
		const cardKey = keys.card(bankId, factId);
		let result: RecordAnswerResult | undefined;
		await transact('readwrite', (s, guard) => {
			const indexReq = s.get(keys.reviewIndex(reviewId));
			const dueReq = s.get(keys.dueIndex(bankId));
			const cardReq = s.get(cardKey);
			const write = guard(() => {
				const read = cardReq.result === undefined ? undefined : readRecord('card', cardReq.result);
				if (read && !read.ok) {
					const quarantine: QuarantineRecord = {
						v: 1,
						key: cardKey,
						raw: cardReq.result,
						error: read.error,
						quarantinedAt: reviewedAt
					};
					s.put(quarantine, keys.quarantine(cardKey));
				}
				const before = read?.ok ? read.value : null;
				const previous = before?.card ?? null;
				const card = scheduler.next(previous ?? scheduler.initial(now), grade, now);
				const review: ReviewRecord = {
					v: 1,
					id: reviewId,
					bankId,
					factId,
					questionId: parsed.data.questionId,
					questionType: parsed.data.questionType,
					grade: grade as GradeValue,
					correct: parsed.data.correct,
					...(parsed.data.response === undefined ? {} : { response: parsed.data.response }),
					durationMs: parsed.data.durationMs,
					mode: parsed.data.mode,
					reviewedAt,
					previous,
					previousReviewId: before?.lastReviewId ?? null,
					card
				};
				const cardRecord: CardRecord = {
					v: 1,
					bankId,
					factId,
					card,
					updatedAt: reviewedAt,
					lastReviewId: reviewId
				};
				const reviewKey = keys.review(bankId, reviewedAt, reviewId);
				s.put(cardRecord, cardKey);
				s.put(review, reviewKey);
				s.put({ v: 1, key: reviewKey }, keys.reviewIndex(reviewId));
				updateDueIndex(s, dueReq.result, bankId, factId, card);
				result = { review, card, previous, duplicate: false };
			});
			cardReq.onsuccess = guard(() => {
				const index = readRecord('reviewIndex', indexReq.result);
				if (!index.ok) return write();
				const reviewReq = s.get(index.value.key);
				reviewReq.onsuccess = guard(() => {
					const existing = readRecord('review', reviewReq.result);
					if (!existing.ok) return write();
					const { card, previous } = existing.value;
					result = { review: existing.value, card, previous, duplicate: true };
				});
			});
		});
		if (!result) throw new Error('The answer was not saved.');
		if (!result.duplicate) notify(bankId);
		return result;
	}

	async function undoReview(bankId: string, reviewId: string, now = new Date()): Promise<boolean> {
		let undone = false;
		await transact('readwrite', (s, guard) => {
			const indexReq = s.get(keys.reviewIndex(reviewId));
			const dueReq = s.get(keys.dueIndex(bankId));
			const undoReq = s.get(keys.undo(reviewId));
			undoReq.onsuccess = guard(() => {
				const index = readRecord('reviewIndex', indexReq.result);
				if (!index.ok || undoReq.result !== undefined) return;
				const reviewReq = s.get(index.value.key);
				reviewReq.onsuccess = guard(() => {
					const read = readRecord('review', reviewReq.result);
					if (!read.ok || read.value.bankId !== bankId) return;
					const review = read.value;
					const cardKey = keys.card(bankId, review.factId);
					const cardReq = s.get(cardKey);
					cardReq.onsuccess = guard(() => {
						const card = readRecord('card', cardReq.result);
						if (!card.ok || card.value.lastReviewId !== review.id) return;
						if (review.previous === null) s.delete(cardKey);
						else {
							const restored: CardRecord = {
								v: 1,
								bankId,
								factId: review.factId,
								card: review.previous,
								updatedAt: now.toISOString(),
								lastReviewId: review.previousReviewId
							};
							s.put(restored, cardKey);
						}
						updateDueIndex(s, dueReq.result, bankId, review.factId, review.previous);
						const marker: UndoRecord = {
							v: 1,
							reviewId,
							bankId,
							factId: review.factId,
							undoneAt: now.toISOString()
						};
						s.put(marker, keys.undo(reviewId));
						undone = true;
					});
				});
			});
		});
		if (undone) notify(bankId);
		return undone;
	}

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
	 * Due time (ms) and phase of every card of the bank, from its due index: one record instead
	 * of every card. A missing or invalid index (older data, corruption) is rebuilt from the
	 * bank's cards and written back.
	 */
	async function loadDueIndex(bankId: string, now = new Date()): Promise<Map<string, DueEntry>> {
		let raw: unknown;
		await transact('readonly', (s, guard) => {
			const req = s.get(keys.dueIndex(bankId));
			req.onsuccess = guard(() => {
				raw = req.result;
			});
		});
		const index = validDueIndex(raw, bankId);
		if (index) return dueIndexEntries(index);
		try {
			return await rebuildDueIndex(bankId, now);
		} catch {
			// Writing it back failed (e.g. storage full): answer from the cards this time.
			const cards = await loadCards(bankId, now);
			return new Map([...cards].map(([factId, card]) => [factId, dueEntryOf(card)]));
		}
	}

	/** Rebuilds the bank's due index from its cards in one transaction, unless another tab just did. */
	async function rebuildDueIndex(bankId: string, now: Date): Promise<Map<string, DueEntry>> {
		let out = new Map<string, DueEntry>();
		const repairs: Repair[] = [];
		await transact('readwrite', (s, guard) => {
			const dueReq = s.get(keys.dueIndex(bankId));
			const range = prefixRange(keys.cardPrefix(bankId));
			const keysReq = s.getAllKeys(range);
			const valuesReq = s.getAll(range);
			valuesReq.onsuccess = guard(() => {
				const existing = validDueIndex(dueReq.result, bankId);
				if (existing) {
					out = dueIndexEntries(existing);
					return;
				}
				const entries = keysReq.result.map((key, i) => ({
					key: String(key),
					value: valuesReq.result[i]
				}));
				for (const { value } of validEntries('card', entries, repairs, new Map())) {
					out.set(value.factId, dueEntryOf(value.card));
				}
				s.put(dueIndexRecord(bankId, out), keys.dueIndex(bankId));
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

	async function stats(
		bankId: string,
		facts: readonly { factId: string }[],
		questionTypeOf: (questionId: string) => QuestionType | undefined,
		now: Date,
		statsOptions: StatsOptions = {}
	): Promise<StudyStats> {
		const { cards, reviews, undos } = await snapshot(bankId, now);
		return computeStats({
			facts,
			cards: new Map(cards.map((c) => [c.factId, c.card])),
			reviews: withoutUndone(reviews, undos),
			questionTypeOf,
			now,
			timeZoneOffsetMinutes: statsOptions.timeZoneOffsetMinutes ?? deviceTimeZoneOffset(now)
		});
	}

	async function readOne<K extends RecordKind>(kind: K, key: string, now = new Date()) {
		let raw: unknown;
		await transact('readonly', (s, guard) => {
			const req = s.get(key);
			req.onsuccess = guard(() => {
				raw = req.result;
			});
		});
		if (raw === undefined) return undefined;
		const read = readRecord(kind, raw);
		if (!read.ok || read.migrated) await repair([{ key, kind }], now);
		return read.ok ? read.value : undefined;
	}

	async function writeOne(key: string, value: unknown): Promise<void> {
		await transact('readwrite', (s) => {
			s.put(value, key);
		});
	}

	async function loadSettings(): Promise<Settings> {
		const record = await readOne('settings', keys.settings());
		if (!record) return { ...defaultSettings };
		return { requestRetention: record.requestRetention, newPerDay: record.newPerDay };
	}

	async function saveSettings(settings: Settings): Promise<Settings> {
		const parsed = Settings.safeParse(settings);
		if (!parsed.success) throw new Error(`Invalid settings: ${describeIssues(parsed.error)}`);
		await writeOne(keys.settings(), { v: 1, ...parsed.data } satisfies z.infer<
			typeof SettingsRecord
		>);
		notify(null);
		return parsed.data;
	}

	/**
	 * Asks the browser once to keep this site's storage from eviction (call after the first
	 * saved answer); later calls return the remembered answer. False when unsupported.
	 */
	async function requestPersistence(now = new Date()): Promise<boolean> {
		const known = await readOne('persistence', keys.persistence(), now);
		if (known) return known.persisted;
		const storage =
			'storage' in options
				? options.storage
				: typeof navigator === 'undefined'
					? undefined
					: navigator.storage;
		if (typeof storage?.persist !== 'function') return false;
		let persisted = false;
		try {
			persisted = (await storage.persist()) === true;
		} catch {
			persisted = false;
		}
		const record: z.infer<typeof PersistenceRecord> = {
			v: 1,
			requestedAt: now.toISOString(),
			persisted
		};
		await writeOne(keys.persistence(), record);
		return persisted;
	}

	/** Removes every record (tests, and a "forget my progress" button). */
	async function clearAll(): Promise<void> {
		await transact('readwrite', (s) => {
			s.clear();
		});
		notify(null);
	}

	return {
		recordAnswer,
		undoReview,
		loadCard,
		loadCards,
		loadDueIndex,
		loadReviews,
		loadReviewsSince,
		loadAll,
		exportBackup,
		importBackup,
		stats,
		loadSettings,
		saveSettings,
		requestPersistence,
		clearAll,
		onProgressChanged
	};
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
