import { questionTypes } from '../schema/question-types';
import { z } from '../schema/zod-mini';
import { CardStateSchema, cardStates } from '../srs/card';
import { readVersioned, type Migration, type Parser, type ReadResult } from './policy';
import { keys } from './record-keys';

export { defaultSettings, keys, prefixRange } from './record-keys';

const isoDate = z.iso.datetime();
/** Ids that go into keys: no ':' so the key prefixes stay unambiguous. */
export const RecordId = z
	.string()
	.check(z.minLength(1), z.maxLength(200), z.regex(/^[^:]+$/, 'must not contain ":"'));

export const CardRecord = z.strictObject({
	v: z.literal(1),
	bankId: RecordId,
	factId: RecordId,
	card: CardStateSchema,
	/** When this state was written: decides which side wins when a backup is merged. */
	updatedAt: isoDate,
	/** The review that produced this state; only that review can be undone. */
	lastReviewId: z.nullable(RecordId)
});
export type CardRecord = z.infer<typeof CardRecord>;

export const Grade = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const ReviewRecord = z.strictObject({
	v: z.literal(1),
	id: RecordId,
	bankId: RecordId,
	factId: RecordId,
	questionId: RecordId,
	questionType: z.enum(questionTypes),
	grade: Grade,
	correct: z.boolean(),
	response: z.optional(z.string().check(z.maxLength(10_000))),
	durationMs: z.number().check(z.nonnegative()),
	mode: z.enum(['quiz', 'review']),
	reviewedAt: isoDate,
	/** The card before this review: undo restores exactly this (ts-fsrs's rollback misdates). */
	previous: z.nullable(CardStateSchema),
	/** The review the card's previous state came from, so undo can chain. */
	previousReviewId: z.nullable(RecordId),
	card: CardStateSchema
});
export type ReviewRecord = z.infer<typeof ReviewRecord>;

export const ReviewIndexRecord = z.strictObject({ v: z.literal(1), key: z.string() });
export type ReviewIndexRecord = z.infer<typeof ReviewIndexRecord>;

export const UndoRecord = z.strictObject({
	v: z.literal(1),
	reviewId: RecordId,
	bankId: RecordId,
	factId: RecordId,
	undoneAt: isoDate
});
export type UndoRecord = z.infer<typeof UndoRecord>;

/** The bank and fact of a `card:<bankId>:<factId>` key. */
export function cardKeyParts(key: string): { bankId: string; factId: string } | undefined {
	const prefix = keys.cardPrefix();
	if (!key.startsWith(prefix)) return undefined;
	const colon = key.indexOf(':', prefix.length);
	if (colon < 0) return undefined;
	return { bankId: key.slice(prefix.length, colon), factId: key.slice(colon + 1) };
}

export const Settings = z.strictObject({
	requestRetention: z.number().check(z.gte(0.7), z.lte(0.99)),
	newPerDay: z.int().check(z.gte(0), z.lte(1000))
});
export type Settings = z.infer<typeof Settings>;
export const SettingsRecord = z.extend(Settings, { v: z.literal(1) });

export const PersistenceRecord = z.strictObject({
	v: z.literal(1),
	requestedAt: isoDate,
	persisted: z.boolean()
});

export const QuarantineRecord = z.strictObject({
	v: z.literal(1),
	key: z.string(),
	raw: z.unknown(),
	error: z.string(),
	quarantinedAt: isoDate
});
export type QuarantineRecord = z.infer<typeof QuarantineRecord>;

/** The version every record kind is written at today. */
export const currentVersion = 1;

const snakeCard = (c: Record<string, unknown>) => ({
	due: c.due,
	stability: c.stability,
	difficulty: c.difficulty,
	elapsedDays: c.elapsed_days ?? 0,
	scheduledDays: c.scheduled_days ?? 0,
	learningSteps: c.learning_steps ?? 0,
	reps: c.reps,
	lapses: c.lapses,
	state: typeof c.state === 'number' ? cardStates[c.state] : c.state,
	lastReview: c.last_review ?? null
});

const asObject = (value: unknown): Record<string, unknown> =>
	value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/**
 * Forward migrations by record kind: `migrations[kind][n]` turns version n into n + 1.
 * Version 0 is the unversioned prototype format: ts-fsrs's snake_case card with a numeric state,
 * `{ card, updatedAt }` for cards and `{ id, rating, at, previous, card, ... }` for reviews.
 */
const migrations: Record<RecordKind, Migration[]> = {
	card: [
		(r) => ({
			v: 1,
			bankId: r.bankId,
			factId: r.factId,
			card: snakeCard(asObject(r.card)),
			updatedAt: r.updatedAt ?? asObject(r.card).last_review,
			lastReviewId: r.lastReviewId ?? null
		})
	],
	review: [
		(r) => ({
			v: 1,
			id: r.id,
			bankId: r.bankId,
			factId: r.factId,
			questionId: r.questionId,
			questionType: r.questionType,
			grade: r.grade ?? r.rating,
			correct: r.correct ?? (r.grade ?? r.rating) !== 1,
			...(r.response === undefined ? {} : { response: r.response }),
			durationMs: r.durationMs ?? 0,
			mode: r.mode ?? 'review',
			reviewedAt: r.reviewedAt ?? r.at,
			previous: r.previous ? snakeCard(asObject(r.previous)) : null,
			previousReviewId: r.previousReviewId ?? null,
			card: snakeCard(asObject(r.card))
		})
	],
	reviewIndex: [],
	undo: [],
	settings: [],
	persistence: [],
	quarantine: []
};

const schemas = {
	card: CardRecord,
	review: ReviewRecord,
	reviewIndex: ReviewIndexRecord,
	undo: UndoRecord,
	settings: SettingsRecord,
	persistence: PersistenceRecord,
	quarantine: QuarantineRecord
};
export type RecordKind = keyof typeof schemas;
export type RecordOf<K extends RecordKind> = z.infer<(typeof schemas)[K]>;

export function kindOfKey(key: string): RecordKind | undefined {
	const prefix = key.slice(0, key.indexOf(':') + 1);
	if (prefix === 'card:') return 'card';
	if (prefix === 'review:') return 'review';
	if (prefix === 'rid:') return 'reviewIndex';
	if (prefix === 'undo:') return 'undo';
	if (prefix === 'quarantine:') return 'quarantine';
	if (key === keys.settings()) return 'settings';
	if (key === keys.persistence()) return 'persistence';
	return undefined;
}

export type { ReadResult } from './policy';

/**
 * Validates a stored value, migrating older versions forward first. Never throws. A record from
 * a newer version reads as `{ ok: false, newer: true }`: leave it where it is.
 */
export function readRecord<K extends RecordKind>(kind: K, raw: unknown): ReadResult<RecordOf<K>> {
	const schema = schemas[kind] as Parser<RecordOf<K>>;
	return readVersioned({ version: currentVersion, schema, migrations: migrations[kind] }, raw);
}
