// The modules an authoring session works with, loaded when first needed.
import type * as DraftModule from './draft';
import type * as DraftStoreModule from './draft-store';
import type * as LocalBanksModule from '../storage/local-banks';
import type * as PasteModule from './paste';
import type * as RunModule from './run-generator';

/** What the session needs from the authoring modules; loaded when first needed. */
export interface AuthoringModel {
	paste: Pick<typeof PasteModule, 'checkPaste'>;
	draft: typeof DraftModule;
	run: Pick<typeof RunModule, 'runGenerator'>;
	store: Pick<typeof LocalBanksModule, 'listLocalBanks' | 'getLocalBank' | 'saveLocalBank'>;
	drafts: Pick<typeof DraftStoreModule, 'loadDraft' | 'saveDraft' | 'discardDraft'>;
}

/**
 * The generator, the review model and their schemas, loaded when the teacher asks for questions:
 * none of it is part of the page's first load, nor of any study page.
 */
export async function loadAuthoringModel(): Promise<AuthoringModel> {
	const [paste, draft, run, store, drafts] = await Promise.all([
		import('./paste'),
		import('./draft'),
		import('./run-generator'),
		import('../storage/local-banks'),
		import('./draft-store')
	]);
	return { paste, draft, run, store, drafts };
}
