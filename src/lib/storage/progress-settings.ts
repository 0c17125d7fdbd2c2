import { z } from '../schema/zod-mini';
import { PersistenceRecord, Settings, SettingsRecord, defaultSettings, keys } from './records';
import { describeIssues, type ProgressDb } from './progress-db';

// Settings, and asking the browser to keep the storage.

export interface ProgressStoreOptions {
	/** Stands in for `navigator.storage` (tests). */
	storage?: { persist?: () => Promise<boolean> } | undefined;
	/** Records an import writes, or an export reads, per transaction (tests make it small). */
	batchRecords?: number;
}

export function progressSettings(db: ProgressDb, options: ProgressStoreOptions) {
	const { notify, readOne, writeOne } = db;

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

	return { loadSettings, saveSettings, requestPersistence };
}
