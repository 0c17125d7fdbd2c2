import type { UseStore } from 'idb-keyval';
import { z } from '../schema/zod-mini';
import { section, type AnySection } from '../storage/backup/device-backup';
import { duplicate } from '../storage/backup/sections';
import { listLocalBanks } from '../storage/local-banks';
import { loadDraft, saveDraft, SavedDraft } from './draft-store';

// The backup section of the reviews a teacher has not saved yet, one per slot ("new", or a bank
// made on the device being edited): the copy kept last wins.

type Saved = z.infer<typeof SavedDraft>;

export const draftSection = (store?: UseStore): AnySection => {
	const slots = async () => ['new', ...(await listLocalBanks(store)).banks.map((b) => b.id)];
	return section<{ drafts: Saved[] }>({
		fields: { drafts: z.array(SavedDraft) },
		empty: { drafts: [] },
		async read() {
			const drafts: Saved[] = [];
			for (const slot of await slots()) {
				const found = await loadDraft(slot, store);
				if (found.found && 'saved' in found) drafts.push(found.saved);
			}
			return { drafts };
		},
		problem: ({ drafts }) =>
			duplicate(
				drafts.map((d) => d.slot),
				'unsaved review'
			),
		async merge({ drafts }) {
			let count = 0;
			for (const draft of drafts) {
				// Reading first sets aside a record here that cannot be read, so it is never replaced unread.
				const here = await loadDraft(draft.slot, store);
				if (
					here.found &&
					'saved' in here &&
					Date.parse(here.saved.savedAt) >= Date.parse(draft.savedAt)
				)
					continue;
				await saveDraft(draft as Parameters<typeof saveDraft>[0], store);
				count++;
			}
			return { drafts: count };
		}
	});
};
