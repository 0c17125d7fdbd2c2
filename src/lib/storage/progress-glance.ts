import type { UseStore } from 'idb-keyval';
import { questionTypes, type QuestionType } from '../schema/question-types';
import { cardStates, type CardPhase, type DueEntry } from '../srs/card-phase';
import type { DueIndexChange, DueIndexRecord } from './progress-due-index';
import type { CardRecord, ReviewRecord, Settings, UndoRecord } from './records';
import { cardFigures, deviceTimeZoneOffset, localDay } from './card-figures';
import { storeOf } from './database';
import { byReviewTime, defaultSettings, foldAfter, keys, prefixRange } from './record-keys';

// Progress read without the validating store (zod, the migrations, the write paths), for what a
// page shows before the learner does anything: the home page's figures and the review page's
// first card. The shapes are the zod schemas' (records.ts, progress-due-index.ts); the checks
// below test them by hand, and a unit test holds each to its schema's answers. Whatever they do
// not vouch for (an older record to migrate, a newer one, a damaged one, an index to rebuild) is
// left to the full store, which migrates, rebuilds or sets aside as on every read. The backup uses
// the same checks for its long lists (backup/sections.ts) and the records it exports as read.

// zod's `z.iso.datetime()` with its defaults: a calendar date, seconds, any fraction, then Z.
const isoDateTime =
	/^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z))$/;

export type Check = (value: unknown) => boolean;

const isIso: Check = (v) => typeof v === 'string' && isoDateTime.test(v);
export const isRecordId: Check = (v) =>
	typeof v === 'string' && v.length >= 1 && v.length <= 200 && !v.includes(':');
export const isCount: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0;
export const isFiniteNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isAmount: Check = (v) => isFiniteNumber(v) && (v as number) >= 0;

/** A plain object with exactly the fields of `shape`, each passing its check. */
export function strictObject(shape: Record<string, Check>): Check {
	const fields = Object.keys(shape);
	return (value) => {
		if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
		const record = value as Record<string, unknown>;
		return (
			Object.keys(record).every((key) => Object.hasOwn(shape, key)) &&
			fields.every((key) => shape[key]!(record[key]))
		);
	};
}

const isCardState = strictObject({
	due: isIso,
	stability: isAmount,
	difficulty: isAmount,
	elapsedDays: isAmount,
	scheduledDays: isAmount,
	learningSteps: isCount,
	reps: isCount,
	lapses: isCount,
	state: (v) => cardStates.includes(v as CardPhase),
	lastReview: (v) => v === null || isIso(v)
});

const isPhase: Check = (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 3;
export const oneOf =
	(values: readonly unknown[]): Check =>
	(v) =>
		values.includes(v);
export const nullOr =
	(check: Check): Check =>
	(v) =>
		v === null || check(v);
export const arrayOf =
	(check: Check): Check =>
	(v) =>
		Array.isArray(v) && v.every(check);

/** True exactly when `CardRecord.safeParse(value)` succeeds, without zod. */
export const isCardRecord = strictObject({
	v: oneOf([1]),
	bankId: isRecordId,
	factId: isRecordId,
	card: isCardState,
	updatedAt: isIso,
	lastReviewId: nullOr(isRecordId)
}) as (value: unknown) => value is CardRecord;

/** True exactly when `ReviewRecord.safeParse(value)` succeeds. */
export const isReviewRecord = strictObject({
	v: oneOf([1]),
	id: isRecordId,
	bankId: isRecordId,
	factId: isRecordId,
	questionId: isRecordId,
	questionType: (v) => questionTypes.includes(v as QuestionType),
	grade: oneOf([1, 2, 3, 4]),
	correct: (v) => typeof v === 'boolean',
	response: (v) => v === undefined || (typeof v === 'string' && v.length <= 10_000),
	durationMs: isAmount,
	mode: oneOf(['quiz', 'review']),
	reviewedAt: isIso,
	previous: nullOr(isCardState),
	previousReviewId: nullOr(isRecordId),
	card: isCardState
}) as (value: unknown) => value is ReviewRecord;

/** True exactly when `UndoRecord.safeParse(value)` succeeds. */
export const isUndoRecord = strictObject({
	v: oneOf([1]),
	reviewId: isRecordId,
	bankId: isRecordId,
	factId: isRecordId,
	undoneAt: isIso
}) as (value: unknown) => value is UndoRecord;

/** True exactly when `SettingsRecord.safeParse(value)` succeeds. */
export const isSettingsRecord = strictObject({
	v: oneOf([1]),
	requestRetention: (v) => typeof v === 'number' && v >= 0.7 && v <= 0.99,
	newPerDay: (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 1000
}) as (value: unknown) => value is Settings & { v: 1 };

const isDueIndexShape = strictObject({
	v: oneOf([2]),
	bankId: isRecordId,
	factIds: arrayOf(isRecordId),
	due: arrayOf(isFiniteNumber),
	states: arrayOf(isPhase)
});

/** True exactly when `DueIndexRecord.safeParse(value)` succeeds. */
export const isDueIndexRecord = (value: unknown): value is DueIndexRecord =>
	isDueIndexShape(value) &&
	(value as DueIndexRecord).factIds.length === (value as DueIndexRecord).due.length &&
	(value as DueIndexRecord).factIds.length === (value as DueIndexRecord).states.length;

/** True exactly when `DueIndexChange.safeParse(value)` succeeds. */
export const isDueIndexChange = (value: unknown): value is DueIndexChange =>
	strictObject({ v: oneOf([1]), due: isFiniteNumber, state: isPhase })(value) ||
	strictObject({ v: oneOf([1]), gone: oneOf([true]) })(value);

export interface CardGlance {
	/** Facts studied at least once. */
	seen: number;
	mastered: number;
	/** Seen facts due by the end of today, overdue ones included. */
	dueToday: number;
	/** Due counts for today (with overdue) and the next 13 days. */
	dueByDay: number[];
}

const request = <T>(req: IDBRequest<T>) =>
	new Promise<T>((ok, fail) => {
		req.onsuccess = () => ok(req.result);
		req.onerror = () => fail(req.error);
	});

/**
 * The bank's card figures, as the full store's `stats` counts them, from one read of its card
 * records; undefined when one of them is not a current, valid record (the full store's to read).
 */
export async function glanceCards(
	bankId: string,
	facts: readonly string[],
	now: Date,
	store: UseStore = storeOf('progress'),
	timeZoneOffsetMinutes = deviceTimeZoneOffset(now)
): Promise<CardGlance | undefined> {
	const values = await store('readonly', (s) =>
		request(s.getAll(prefixRange(keys.cardPrefix(bankId))))
	);
	const cards = new Map<string, CardRecord['card']>();
	for (const value of values) {
		if (!isCardRecord(value)) return undefined;
		cards.set(value.factId, value.card);
	}
	const { seen, mastered, dueByDay } = cardFigures(
		facts.map((factId) => ({ factId })),
		cards,
		localDay(now.getTime(), timeZoneOffsetMinutes),
		timeZoneOffsetMinutes
	);
	return { seen, mastered, dueToday: dueByDay[0]!, dueByDay };
}

/**
 * The bank's due index (fact → due time and phase) with its changes folded in, as the store's
 * loadDueIndex gives it; undefined when the record or a change is not current and valid, or more
 * than `foldAfter` changes wait (the store's to migrate, rebuild or fold back).
 */
export function dueIndexEntries(
	bankId: string,
	record: unknown,
	changeKeys: readonly IDBValidKey[],
	changes: readonly unknown[]
): Map<string, DueEntry> | undefined {
	if (!isDueIndexRecord(record) || record.bankId !== bankId) return undefined;
	if (changes.length > foldAfter) return undefined;
	const index = new Map<string, DueEntry>();
	record.factIds.forEach((factId, i) => {
		index.set(factId, { due: record.due[i]!, state: cardStates[record.states[i]!]! });
	});
	const changePrefix = keys.dueChangePrefix(bankId);
	for (const [i, change] of changes.entries()) {
		if (!isDueIndexChange(change)) return undefined;
		const factId = String(changeKeys[i]).slice(changePrefix.length);
		if ('gone' in change) index.delete(factId);
		else index.set(factId, { due: change.due, state: cardStates[change.state]! });
	}
	return index;
}

/** What the review queue reads, as the full store's loadSettings, loadDueIndex and loadReviewsSince give it. */
export interface QueueReads {
	settings: Settings;
	index: Map<string, DueEntry>;
	/** The bank's answers since the time asked for, undone ones left out, oldest first. */
	since: ReviewRecord[];
}

/**
 * The review queue's reads in one transaction; undefined when the full store must answer: a
 * record to migrate, rebuild, fold back or set aside, or one from a newer version.
 */
export async function glanceQueue(
	bankId: string,
	since: Date,
	store: UseStore = storeOf('progress')
): Promise<QueueReads | undefined> {
	const prefix = keys.reviewPrefix(bankId);
	const changeRange = prefixRange(keys.dueChangePrefix(bankId));
	const raw = await store('readonly', (s) => {
		const settings = s.get(keys.settings());
		const index = s.get(keys.dueIndex(bankId));
		const changeKeys = s.getAllKeys(changeRange);
		const changes = s.getAll(changeRange);
		const cards = s.count(prefixRange(keys.cardPrefix(bankId)));
		const reviews = s.getAll(IDBKeyRange.bound(prefix + since.toISOString(), prefix + '\uffff'));
		const undos = s.getAll(prefixRange(keys.undoPrefix()));
		// Requests complete in order: every result is there when the last one is.
		return request(undos).then(() => ({
			settings: settings.result as unknown,
			index: index.result as unknown,
			changeKeys: changeKeys.result,
			changes: changes.result,
			cards: cards.result,
			reviews: reviews.result,
			undos: undos.result
		}));
	});
	let settings: Settings = { ...defaultSettings };
	if (raw.settings !== undefined) {
		if (!isSettingsRecord(raw.settings)) return undefined;
		settings = {
			requestRetention: raw.settings.requestRetention,
			newPerDay: raw.settings.newPerDay
		};
	}
	let index = new Map<string, DueEntry>();
	if (raw.index === undefined) {
		// A bank never studied has nothing to index; one with cards gets its index rebuilt.
		if (raw.cards > 0 || raw.changes.length > 0) return undefined;
	} else {
		const entries = dueIndexEntries(bankId, raw.index, raw.changeKeys, raw.changes);
		if (!entries) return undefined;
		index = entries;
	}
	if (!raw.reviews.every(isReviewRecord) || !raw.undos.every(isUndoRecord)) return undefined;
	const undone = new Set(raw.undos.map((u) => u.reviewId));
	return {
		settings,
		index,
		since: raw.reviews.filter((r) => !undone.has(r.id)).sort(byReviewTime)
	};
}

/** One card, `{ card: undefined }` when the fact has none; undefined when the full store must read it. */
export async function glanceCard(
	bankId: string,
	factId: string,
	store: UseStore = storeOf('progress')
): Promise<{ card: CardRecord['card'] | undefined } | undefined> {
	const raw = await store('readonly', (s) => request(s.get(keys.card(bankId, factId))));
	if (raw === undefined) return { card: undefined };
	return isCardRecord(raw) ? { card: raw.card } : undefined;
}
