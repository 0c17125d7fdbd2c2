import type { UseStore } from 'idb-keyval';
import { onProgressChanged, type ProgressChannel } from './channel';
import { progressAnswers } from './progress-answers';
import { progressBackup } from './progress-backup';
import { createProgressDb } from './progress-db';
import { progressFigures } from './progress-figures';
import { progressReads } from './progress-reads';
import { progressSettings, type ProgressStoreOptions } from './progress-settings';

export {
	channelName,
	onProgressChanged,
	StorageFullError,
	type ListenableChannel,
	type ProgressChannel,
	type ProgressMessage
} from './channel';
export { databaseName, storeName, type Quarantined } from './progress-db';
export { RecordAnswerInput, type RecordAnswerResult } from './progress-answers';
export {
	Backup,
	ImportIncompleteError,
	ProgressPart,
	progressShape,
	type ImportMark,
	type ImportResult
} from './progress-backup';
export type { LoadAllResult, StatsOptions } from './progress-reads';
export { totalsOf, type BankTotals, type BankTotalsRecord } from './progress-totals';
export type { ProgressStoreOptions } from './progress-settings';

/**
 * Study progress in IndexedDB (see records.ts for the key layout). Every write is one
 * transaction; reads validate and set bad records aside instead of throwing.
 */
export function createProgressStore(
	store?: UseStore,
	channel?: ProgressChannel | null,
	options: ProgressStoreOptions = {}
) {
	const db = createProgressDb(store, channel);
	const { notify, transact } = db;
	const { recordAnswer, undoReview } = progressAnswers(db);
	const { loadCards, loadCard, loadDueIndex, loadReviews, loadReviewsSince, loadAll } =
		progressReads(db);
	const { stats, streak, loadTotals, wrongQuestionIds } = progressFigures(db);
	const { loadSettings, saveSettings, requestPersistence } = progressSettings(db, options);
	const { exportBackup, exportChunks, importBackup, mergeProgress, unfinishedImport } =
		progressBackup(
			db,
			async () => {
				const [{ createScheduler }, settings] = await Promise.all([
					import('../srs/scheduler'),
					loadSettings()
				]);
				return createScheduler({ requestRetention: settings.requestRetention });
			},
			options.batchRecords
		);

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
		exportChunks,
		importBackup,
		mergeProgress,
		unfinishedImport,
		stats,
		streak,
		loadTotals,
		wrongQuestionIds,
		loadSettings,
		saveSettings,
		requestPersistence,
		clearAll,
		onProgressChanged
	};
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
