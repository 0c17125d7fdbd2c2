// The one policy every store follows for its records: each carries its version; an older one is
// migrated forward through the store's migrations table; one from a newer version is left alone;
// one that cannot be read is set aside under `quarantine:` before anything is written in its place.
import type { z } from '../schema/zod-mini';

export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;
/** The step from version 0 of a kind that began as a bare list. */
export type ListMigration = (record: unknown) => Record<string, unknown>;

/** A zod schema, as far as reading a record needs it. */
export interface Parser<T> {
	safeParse(
		value: unknown
	): { success: true; data: T } | { success: false; error: z.core.$ZodError };
}

/** How one kind of record is read: its schema, the version written today and how to get there. */
export interface RecordPolicy<T> {
	/** The version written today. */
	version: number;
	/** The field holding the version: `v` everywhere but in records that are also file formats. */
	field?: 'v' | 'version';
	schema: Parser<T>;
	/** `migrations[n]` turns version n into n + 1; version 0 is a record with no version field. */
	migrations: readonly (Migration | ListMigration)[];
}

export type ReadResult<T> =
	{ ok: true; value: T; migrated: boolean } | { ok: false; newer: boolean; error: string };

export function issuesText(error: z.core.$ZodError, limit = 3): string {
	return error.issues
		.slice(0, limit)
		.map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`)
		.join('; ');
}

/** The version a stored value declares: 0 when it has none, undefined when it is not a version. */
export function versionOf(raw: unknown, field: 'v' | 'version' = 'v'): number | undefined {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
	const stated = (raw as Record<string, unknown>)[field];
	const version = stated === undefined ? 0 : stated;
	return typeof version === 'number' && Number.isInteger(version) && version >= 0
		? version
		: undefined;
}

/** True when `raw` was written by a newer version than `policy` knows. */
export const isNewer = (policy: Pick<RecordPolicy<unknown>, 'version' | 'field'>, raw: unknown) =>
	(versionOf(raw, policy.field) ?? -1) > policy.version;

/**
 * A bank's stored record when it is readable and `bankId`'s: `check` (a hand check held to the
 * schema) first, else the schema with its migrations. Never throws.
 */
export function readBankRecord<T extends { bankId: string }>(
	policy: RecordPolicy<T>,
	raw: unknown,
	bankId: string,
	check?: (value: unknown) => value is T
): T | undefined {
	if (raw === undefined) return undefined;
	if (check?.(raw)) return raw.bankId === bankId ? raw : undefined;
	const read = readVersioned(policy, raw);
	return read.ok && read.value.bankId === bankId ? read.value : undefined;
}

/** Validates a stored value, migrating older versions forward first. Never throws. */
export function readVersioned<T>(policy: RecordPolicy<T>, raw: unknown): ReadResult<T> {
	if (!raw || typeof raw !== 'object') return { ok: false, newer: false, error: 'not an object' };
	// An array is a version-0 record of the kinds that began as a bare list.
	if (Array.isArray(raw) && !policy.migrations[0]) {
		return { ok: false, newer: false, error: 'not an object' };
	}
	const version = Array.isArray(raw) ? 0 : versionOf(raw, policy.field);
	if (version === undefined) {
		const stated = (raw as Record<string, unknown>)[policy.field ?? 'v'];
		return { ok: false, newer: false, error: `unknown record version ${String(stated)}` };
	}
	if (version > policy.version) {
		return {
			ok: false,
			newer: true,
			error: `record version ${version} is newer than this app`
		};
	}
	let record = raw as unknown;
	try {
		for (let v = version; v < policy.version; v++) {
			const step = policy.migrations[v];
			if (!step) return { ok: false, newer: false, error: `no migration from version ${v}` };
			record = (step as ListMigration)(record);
		}
	} catch (error) {
		return { ok: false, newer: false, error: `migration failed: ${String(error)}` };
	}
	const parsed = policy.schema.safeParse(record);
	if (!parsed.success) return { ok: false, newer: false, error: issuesText(parsed.error) };
	return { ok: true, value: parsed.data, migrated: version !== policy.version };
}

/** What a record that could not be read becomes: kept whole, with why, under `quarantine:`. */
export interface QuarantineEntry {
	v: 1;
	key: string;
	raw: unknown;
	error: string;
	quarantinedAt: string;
}

export const quarantinePrefix = 'quarantine:';
export const quarantineKey = (key: string) => `${quarantinePrefix}${key}`;

export function quarantineEntry(
	key: string,
	raw: unknown,
	error: string,
	now: Date
): QuarantineEntry {
	return { v: 1, key, raw, error, quarantinedAt: now.toISOString() };
}

/**
 * Sets `raw` (stored under `key`) aside inside transaction `s`, without writing over an earlier
 * set-aside copy of the same key: a second one gets the time in its key.
 */
export function putQuarantine(
	s: IDBObjectStore,
	key: string,
	raw: unknown,
	error: string,
	now: Date,
	done?: () => void
): void {
	const entry = quarantineEntry(key, raw, error, now);
	const first = quarantineKey(key);
	const existing = s.get(first);
	existing.onsuccess = () => {
		s.put(entry, existing.result === undefined ? first : `${first}@${entry.quarantinedAt}`);
		done?.();
	};
}
