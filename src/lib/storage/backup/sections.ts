import type { UseStore } from 'idb-keyval';
import { z } from '../../schema/zod-mini';
import { listLocalBanks, LocalBank, saveLocalBank } from '../local-banks';
import { progressShape, type ProgressPart } from '../progress-backup';
import { isCardRecord, isReviewRecord, isUndoRecord } from '../progress-glance';
import type { ProgressStore } from '../progress-store';
import { defaultSettings, Settings } from '../records';
import { section, type AnySection } from './device-backup';

// The backup sections of the stores in storage/: progress, settings, banks made on the device.

type Progress = Pick<
	ProgressStore,
	'exportBackup' | 'exportChunks' | 'mergeProgress' | 'loadSettings' | 'saveSettings'
>;

/** A list every item of which passes `check`. */
export const listOf =
	(check: (value: unknown) => boolean) =>
	(value: unknown): boolean => {
		if (!Array.isArray(value)) return false;
		for (let i = 0; i < value.length; i++) if (!check(value[i])) return false;
		return true;
	};

/** Cards, the review log and undos: merged by review, each touched card replayed from its log. */
export const progressSection = (progress: Progress): AnySection =>
	section<ProgressPart>({
		fields: progressShape,
		empty: { cards: [], reviews: [], undos: [] },
		quick: {
			cards: listOf(isCardRecord),
			reviews: listOf(isReviewRecord),
			undos: listOf(isUndoRecord)
		},
		async read(now) {
			const { cards, reviews, undos } = await progress.exportBackup(now);
			return { cards, reviews, undos };
		},
		stream: () => progress.exportChunks(),
		async merge(data, _now, onProgress) {
			const { added, skipped, cardsUpdated } = await progress.mergeProgress(
				data,
				undefined,
				onProgress
			);
			return { reviewsAdded: added, reviewsKnown: skipped, cardsUpdated };
		}
	});

const sameSettings = (a: Settings, b: Settings) =>
	a.requestRetention === b.requestRetention && a.newPerDay === b.newPerDay;

/** Flashcard settings: they carry no date, so they are taken only by a device still on the defaults. */
export const settingsSection = (progress: Progress): AnySection =>
	section<{ settings: Settings | null }>({
		fields: { settings: z.nullable(Settings) },
		empty: { settings: null },
		async read() {
			return { settings: await progress.loadSettings() };
		},
		async merge({ settings }) {
			if (!settings) return {};
			const here = await progress.loadSettings();
			if (!sameSettings(here, defaultSettings) || sameSettings(here, settings)) return {};
			await progress.saveSettings(settings);
			return { settings: 1 };
		}
	});

/** Banks made on a device, by id: the copy updated last wins. */
export const localBanksSection = (store?: UseStore): AnySection =>
	section<{ localBanks: LocalBank[] }>({
		fields: { localBanks: z.array(LocalBank) },
		empty: { localBanks: [] },
		async read() {
			return { localBanks: (await listLocalBanks(store)).banks };
		},
		problem: ({ localBanks }) =>
			duplicate(
				localBanks.map((b) => b.id),
				'bank'
			),
		async merge({ localBanks }) {
			let banks = 0;
			// Listing sets aside any record here that cannot be read, so nothing unread is replaced.
			const here = new Map((await listLocalBanks(store)).banks.map((b) => [b.id, b]));
			for (const bank of localBanks) {
				const ours = here.get(bank.id);
				if (ours && Date.parse(ours.updatedAt) >= Date.parse(bank.updatedAt)) continue;
				await saveLocalBank(bank, store);
				banks++;
			}
			return { banks };
		}
	});

/** "the bank "x" is in it twice", when an id repeats. */
export function duplicate(ids: readonly string[], what: string): string | undefined {
	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id)) return `the ${what} "${id}" is in it twice`;
		seen.add(id);
	}
	return undefined;
}
