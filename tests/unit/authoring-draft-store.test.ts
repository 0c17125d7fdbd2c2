import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraft, edit, reject } from '../../src/lib/authoring/draft';
import { discardDraft, loadDraft, saveDraft } from '../../src/lib/authoring/draft-store';
import { DraftKeeper } from '../../src/lib/authoring/draft-keeper.svelte';
import { deleteLocalBank, listLocalBanks } from '../../src/lib/storage/local-banks';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema/article';

let counter = 0;
const freshStore = () => createStore(`draft-store-test-${++counter}`, 'banks');

const { data, body } = parseFrontMatter(
	readFileSync('tests/fixtures/articles/harbour-city-cup-final.md', 'utf8')
);
const article = Article.parse({ ...(data as object), id: 'cup-final', body });
const result = generateBank(article);

function reviewed() {
	const draft = createDraft(article, result);
	const [first, second] = draft.raw;
	expect(reject(draft, first!.id)).toEqual({ ok: true });
	expect(edit(draft, second!.id, { explanation: 'Checked against the match report.' })).toEqual({
		ok: true
	});
	return draft;
}

describe('unsaved review drafts', () => {
	it('keep every decision across a reload', async () => {
		const store = freshStore();
		const draft = reviewed();
		await saveDraft({ version: 1, slot: 'new', savedAt: new Date().toISOString(), draft }, store);
		const loaded = await loadDraft('new', store);
		expect(loaded.found && 'saved' in loaded && loaded.saved.draft).toEqual(draft);
		expect(await loadDraft('cup-final', store)).toEqual({ found: false });
	});

	it('are gone once discarded', async () => {
		const store = freshStore();
		const saved = { version: 1 as const, slot: 'new', savedAt: new Date().toISOString() };
		await saveDraft({ ...saved, draft: reviewed() }, store);
		await discardDraft('new', store);
		expect(await loadDraft('new', store)).toEqual({ found: false });
	});

	it('go with the bank they edit when it is deleted', async () => {
		const store = freshStore();
		const saved = { version: 1 as const, slot: 'cup-final', savedAt: new Date().toISOString() };
		await saveDraft({ ...saved, draft: reviewed() }, store);
		await deleteLocalBank('cup-final', store);
		expect(await loadDraft('cup-final', store)).toEqual({ found: false });
	});

	it('refuse to keep a draft that would not read back, storing nothing', async () => {
		const store = freshStore();
		const draft = { ...reviewed(), rejected: [42] } as unknown as ReturnType<typeof reviewed>;
		await expect(
			saveDraft({ version: 1, slot: 'new', savedAt: new Date().toISOString(), draft }, store)
		).rejects.toThrow('The review could not be kept');
		expect(await get('draft:new', store)).toBeUndefined();
	});

	it('set a corrupt record aside and report it, here and in the bank list', async () => {
		const store = freshStore();
		await set('draft:new', { version: 1, slot: 'new', draft: 'scribbled' }, store);
		const loaded = await loadDraft('new', store);
		expect(loaded).toMatchObject({
			found: true,
			problem: expect.stringContaining('quarantine:draft:new')
		});
		expect(await get('draft:new', store)).toBeUndefined();
		expect(await get('quarantine:draft:new', store)).toMatchObject({ key: 'draft:new' });
		const listed = await listLocalBanks(store);
		expect(listed.banks).toEqual([]);
		expect(listed.problems.join(' ')).toContain('draft:new');
	});
});

describe('the keeper of a review', () => {
	it('starts each write in the same turn, and the last change made is what stays', async () => {
		const store = freshStore();
		const draft = reviewed();
		const started: string[][] = [];
		const keeper = new DraftKeeper(() => {
			const snapshot = JSON.parse(JSON.stringify(draft)) as typeof draft;
			started.push([...snapshot.rejected]);
			return saveDraft(
				{ version: 1, slot: 'new', savedAt: new Date().toISOString(), draft: snapshot },
				store
			);
		});
		const [, , third, fourth] = draft.raw;
		void keeper.keep();
		expect(reject(draft, third!.id)).toEqual({ ok: true });
		void keeper.keep();
		expect(reject(draft, fourth!.id)).toEqual({ ok: true });
		void keeper.keep();
		// Each change started its write at once, none waiting for a quiet moment.
		expect(started).toHaveLength(3);
		await keeper.settled();
		const loaded = await loadDraft('new', store);
		expect(loaded.found && 'saved' in loaded && loaded.saved.draft.rejected).toEqual(
			draft.rejected
		);
		expect(keeper.error).toBe('');
	});

	it('says when a write fails, and stops saying it once a later write is kept', async () => {
		let fail = true;
		const keeper = new DraftKeeper(() =>
			fail ? Promise.reject(new Error('quota')) : Promise.resolve()
		);
		await keeper.keep();
		expect(keeper.error).toBe(
			'Your review is not being kept on this device (quota): save the bank before you leave.'
		);
		fail = false;
		await keeper.keep();
		expect(keeper.error).toBe('');
	});

	it('keeps nothing when there is no review', async () => {
		const keeper = new DraftKeeper(() => undefined);
		await keeper.keep();
		await keeper.settled();
		expect(keeper.error).toBe('');
	});
});

describe('a draft saved by a newer version', () => {
	it('is left as it is: keeping this tab’s review over it is refused', async () => {
		const store = freshStore();
		const newer = { version: 2, slot: 'new', savedAt: new Date().toISOString(), draft: {} };
		await set('draft:new', newer, store);
		const saved = {
			version: 1 as const,
			slot: 'new',
			savedAt: new Date().toISOString(),
			draft: reviewed()
		};
		await expect(saveDraft(saved, store)).rejects.toThrow('Factdeck was updated in another tab');
		expect(await get('draft:new', store)).toEqual(newer);
		expect(await get('quarantine:draft:new', store)).toBeUndefined();
	});
});
