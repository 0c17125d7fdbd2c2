import type { UseStore } from 'idb-keyval';
import { draftSection } from '$lib/authoring/draft-backup';
import { plural } from '$lib/format';
import { assignmentSections, teacherSections } from '$lib/share/backup-sections';
import type { AssignmentStore } from '$lib/share/assignments';
import type { ProgressStore } from '$lib/storage';
import { createDeviceBackup, type ImportCounts } from '$lib/storage/backup/device-backup';
import { localBanksSection, progressSection, settingsSection } from '$lib/storage/backup/sections';

// Every kind of record this device keeps, as sections of one backup file. Loaded by the progress
// page when a backup is exported or imported, not with the page.

export interface DeviceStores {
	progress: ProgressStore;
	assignments?: AssignmentStore;
	/** The banks made on the device and their unsaved reviews. */
	localBanks?: UseStore;
	teacher?: UseStore;
}

export function deviceBackup(stores: DeviceStores) {
	return createDeviceBackup([
		progressSection(stores.progress),
		settingsSection(stores.progress),
		localBanksSection(stores.localBanks),
		draftSection(stores.localBanks),
		...assignmentSections(stores.assignments),
		...teacherSections(stores.teacher)
	]);
}

/** What an import did, in one sentence for the status line. */
export function describeImport(counts: ImportCounts): string {
	const n = (value: number | undefined) => value ?? 0;
	let text = `Imported ${plural(n(counts.reviewsAdded), 'new review')} (${n(counts.reviewsKnown)} already here); ${plural(n(counts.cardsUpdated), 'card')} updated`;
	if (counts.banks) text += `; ${plural(counts.banks, 'bank')} made on a device restored`;
	const also = [
		counts.assignments && plural(counts.assignments, 'assignment'),
		counts.attempts && plural(counts.attempts, 'attempt'),
		counts.teacherSets && plural(counts.teacherSets, 'teacher set'),
		counts.results && plural(counts.results, 'class result'),
		counts.drafts && plural(counts.drafts, 'unsaved review'),
		counts.setDrafts && 'the set being built',
		counts.settings && 'your flashcard settings'
	].filter(Boolean);
	if (also.length) text += `; also restored: ${also.join(', ')}`;
	return `${text}.`;
}
