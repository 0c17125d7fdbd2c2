import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { AuthoringModel } from '../../src/lib/authoring/authoring-model';
import {
	AuthoringSession,
	type FocusTarget
} from '../../src/lib/authoring/authoring-session.svelte';
import * as draft from '../../src/lib/authoring/draft';
import { discardDraft, loadDraft, saveDraft } from '../../src/lib/authoring/draft-store';
import { getLocalBank, listLocalBanks, saveLocalBank } from '../../src/lib/storage/local-banks';
import { checkPaste } from '../../src/lib/authoring/paste';
import { runGenerator } from '../../src/lib/authoring/run-generator';
import { parseFrontMatter } from '../../src/lib/content/front-matter';

const { data, body } = parseFrontMatter(
	readFileSync('tests/fixtures/articles/harbour-city-cup-final.md', 'utf8')
);
const meta = data as { title: string; publisher: string; published: unknown; byline: string };
const bankId = 'harbour-city-win-first-cup-title-in-31-years';

let counter = 0;
const freshStore = () => createStore(`authoring-session-test-${++counter}`, 'banks');

function modelOn(store: UseStore): AuthoringModel {
	return {
		paste: { checkPaste },
		draft,
		run: { runGenerator },
		store: {
			listLocalBanks: () => listLocalBanks(store),
			getLocalBank: (id) => getLocalBank(id, store),
			saveLocalBank: (record) => saveLocalBank(record, store)
		},
		drafts: {
			loadDraft: (slot) => loadDraft(slot, store),
			saveDraft: (saved) => saveDraft(saved, store),
			discardDraft: (slot) => discardDraft(slot, store)
		}
	};
}

function session(
	store: UseStore,
	options: { builtIn?: string[]; load?: () => Promise<AuthoringModel> } = {}
) {
	const focused: FocusTarget[] = [];
	const s = new AuthoringSession({
		builtInBanks: () => options.builtIn ?? [],
		load: options.load ?? (() => Promise.resolve(modelOn(store))),
		now: () => new Date('2026-03-02T09:30:00Z'),
		focus: (target) => void focused.push(target)
	});
	return { s, focused };
}

function paste(s: AuthoringSession) {
	s.paste.title = meta.title;
	s.paste.publisher = meta.publisher;
	s.paste.published = String(meta.published).slice(0, 10);
	s.paste.byline = meta.byline;
	s.paste.body = body;
}

async function generated(store: UseStore) {
	const made = session(store);
	paste(made.s);
	await made.s.generate();
	expect(made.s.phase).toBe('review');
	return made;
}

const kept = async (store: UseStore, slot = 'new') => {
	const found = await loadDraft(slot, store);
	return found.found && 'saved' in found ? found.saved : undefined;
};

describe('the authoring session', () => {
	it('starts with today as the publication date, from the injected clock', () => {
		expect(session(freshStore()).s.paste.published).toBe('2026-03-02');
	});

	it('lists what to fix in the pasted article, and generates nothing', async () => {
		const store = freshStore();
		const { s, focused } = session(store);
		s.paste.title = meta.title;
		await s.generate();
		expect(s.phase).toBe('paste');
		expect(s.problems.map((p) => p.field)).toContain('body');
		expect(s.draft).toBeUndefined();
		expect(focused).toEqual(['errors']);
	});

	it('turns a pasted article into questions to review, and says how many', async () => {
		const { s, focused } = await generated(freshStore());
		expect(s.draft?.article.id).toBe(bankId);
		expect(s.entries.length).toBeGreaterThan(3);
		expect(s.counts.kept).toBe(s.entries.length);
		expect(s.announcement).toMatch(/^\d+ questions ready to review\.$/);
		expect(focused).toEqual(['working', 'review']);
	});

	it('gives a new bank an id no built-in bank has', async () => {
		const { s } = session(freshStore(), { builtIn: [bankId] });
		paste(s);
		await s.generate();
		expect(s.draft?.article.id).not.toBe(bankId);
		expect(s.draft?.article.id).toMatch(new RegExp(`^${bankId}-`));
	});

	it('keeps each decision on the device as it is made, without waiting', async () => {
		const store = freshStore();
		const model = modelOn(store);
		const writes: string[][] = [];
		const { s } = session(store, {
			load: () =>
				Promise.resolve({
					...model,
					drafts: {
						...model.drafts,
						saveDraft: (saved) => {
							writes.push([...saved.draft.rejected]);
							return model.drafts.saveDraft(saved);
						}
					}
				})
		});
		paste(s);
		await s.generate();
		const id = s.entries[1]!.id;
		const before = writes.length;
		s.reject(id);
		// The write has started before anything else runs: a tab closed now still had it.
		expect(writes.slice(before)).toEqual([[id]]);
		await vi.waitFor(() =>
			expect(s.announcement).toMatch(/^Question 2 rejected\. \d+ questions in the bank\.$/)
		);
		await s.kept();
		const saved = await kept(store);
		expect(saved?.draft.rejected).toEqual([id]);
		expect(saved?.savedAt).toBe('2026-03-02T09:30:00.000Z');
	});

	it('keeps the last of several quick decisions', async () => {
		const store = freshStore();
		const { s } = await generated(store);
		const [a, b] = [s.entries[0]!.id, s.entries[1]!.id];
		s.reject(a);
		s.reject(b);
		s.restore(a);
		await s.kept();
		expect((await kept(store))?.draft.rejected).toEqual([b]);
	});

	it('says when the review cannot be kept on the device, so the teacher saves before leaving', async () => {
		const store = freshStore();
		const model = modelOn(store);
		const { s } = session(store, {
			load: () =>
				Promise.resolve({
					...model,
					drafts: { ...model.drafts, saveDraft: () => Promise.reject(new Error('quota')) }
				})
		});
		paste(s);
		await s.generate();
		await s.kept();
		expect(s.keepError).toBe(
			'Your review is not being kept on this device (quota): save the bank before you leave.'
		);
	});

	it('offers an unsaved review on arrival and restores it when resumed', async () => {
		const store = freshStore();
		const first = await generated(store);
		const rejected = first.s.entries[2]!.id;
		first.s.reject(rejected);
		await first.s.kept();

		const { s, focused } = session(store);
		await s.arrive(undefined);
		expect(s.pending).toEqual({
			title: meta.title,
			questions: first.s.entries.length - 1,
			savedAt: '2026-03-02T09:30:00.000Z'
		});
		s.resume();
		expect(s.pending).toBeUndefined();
		expect(s.phase).toBe('review');
		expect(s.paste.title).toBe(meta.title);
		expect(s.entries.find((e) => e.id === rejected)?.status).toBe('rejected');
		expect(s.counts).toEqual(first.s.counts);
		await vi.waitFor(() => expect(focused).toEqual(['review']));
	});

	it('drops an unsaved review the teacher discards', async () => {
		const store = freshStore();
		const first = await generated(store);
		await first.s.kept();
		const { s } = session(store);
		await s.arrive(undefined);
		await s.discardPending();
		expect(s.pending).toBeUndefined();
		expect(await kept(store)).toBeUndefined();
		expect(s.phase).toBe('paste');
	});

	it('saves the reviewed bank, then reopens it with its decisions', async () => {
		const store = freshStore();
		const { s } = await generated(store);
		const rejected = s.entries[0]!.id;
		s.reject(rejected);
		const saved = await s.saveBank();
		expect(saved).toEqual({ id: bankId, title: meta.title, questions: s.entries.length - 1 });
		expect((await getLocalBank(bankId, store))?.createdAt).toBe('2026-03-02T09:30:00.000Z');
		expect(await kept(store)).toBeUndefined();

		const again = session(store).s;
		await again.arrive(bankId);
		expect(again.phase).toBe('review');
		expect(again.editingId).toBe(bankId);
		expect(again.entries.find((e) => e.id === rejected)?.status).toBe('rejected');
		expect(again.error).toBe('');
	});

	it('says so when the bank named in the address is not on the device', async () => {
		const { s, focused } = session(freshStore());
		await s.arrive('no-such-bank');
		expect(s.phase).toBe('paste');
		expect(s.error).toContain('There is no bank “no-such-bank” on this device');
		expect(focused).toEqual(['errors']);
	});

	it('refuses to save over a bank saved meanwhile under the same id', async () => {
		const store = freshStore();
		const late = await generated(store);
		const early = await generated(store);
		expect(await early.s.saveBank()).toBeDefined();

		expect(await late.s.saveBank()).toBeUndefined();
		expect(late.s.phase).toBe('review');
		expect(late.s.error).toBe(
			`The bank was not saved: a bank “${bankId}” was saved on this device meanwhile. Change the title and generate again.`
		);
		expect(late.focused.at(-1)).toBe('errors');
	});

	it('refuses a gap-fill answer its sentence does not hold, and changes nothing', async () => {
		const { s } = await generated(freshStore());
		const cloze = s.entries.find((e) => e.question.type === 'cloze')!;
		const problem = s.saveEdit(cloze.id, { ...cloze.question, answer: 'Elsewhere entirely' });
		expect(problem).toContain('is not in the sentence this gap-fill comes from');
		expect(s.counts.edited).toBe(0);
	});

	it('says so when an edit changes nothing', async () => {
		const { s } = await generated(freshStore());
		const { question, id } = s.entries[0]!;
		expect(s.saveEdit(id, { ...question })).toBeUndefined();
		await vi.waitFor(() => expect(s.announcement).toBe('No changes.'));
		expect(s.counts.edited).toBe(0);
	});

	it('adds a question from words typed in another case, at the end of the list', async () => {
		const { s } = await generated(freshStore());
		const before = s.entries.length;
		s.filter = 'rejected';
		s.addition.answer = 'KOFI MENSAH';
		const id = s.add();
		expect(id).toBeDefined();
		expect(s.filter).toBe('all');
		expect(s.activeId).toBe(id);
		expect(s.entries.at(-1)?.question.answer).toBe('Kofi Mensah');
		expect(s.entries.length).toBe(before + 1);
		expect(s.addition.answer).toBe('');
	});

	it('refuses to add words the article does not have, saying why', async () => {
		const { s } = await generated(freshStore());
		s.addition.answer = 'a penalty shoot-out';
		expect(s.add()).toBeUndefined();
		expect(s.addition.problem).toBe(
			'“a penalty shoot-out” is not in the article: select the words in the article or type them exactly.'
		);
	});

	it('discards the review and goes back to the paste form', async () => {
		const store = freshStore();
		const { s } = await generated(store);
		s.reject(s.entries[0]!.id);
		expect(await s.startOver()).toBeUndefined();
		expect(s.phase).toBe('paste');
		expect(s.draft).toBeUndefined();
		expect(await kept(store)).toBeUndefined();
	});
});
