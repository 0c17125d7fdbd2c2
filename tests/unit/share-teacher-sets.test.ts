import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { teachBanks } from '../../src/lib/server/teach';
import { MySets } from '../../src/lib/share/my-sets.svelte';
import { SetBuilder } from '../../src/lib/share/set-builder.svelte';
import { SharedSet } from '../../src/lib/share/set-link';
import {
	clearSetDraft,
	groupSeries,
	deleteTeacherSets,
	keepSharedSet,
	listTeacherSets,
	loadSetDraft,
	loadTeacherResults,
	loadTeacherSet,
	saveSetDraft,
	saveTeacherResults,
	type TeacherSet
} from '../../src/lib/share/teacher-sets';

let counter = 0;
const fresh = () => createStore(`teacher-sets-test-${++counter}`, 'sets');
const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 9, minute));

function shared(id: string, title = 'Summit'): SharedSet {
	return SharedSet.parse({
		v: 1,
		set: { id, title },
		questions: [
			{
				bankId: 'summit',
				quote: 'Kishida and Biden met.',
				question: {
					id: 'q-one',
					type: 'short_answer',
					prompt: 'Who met?',
					answer: 'Kishida and Biden',
					explanation: 'The article says so.',
					factId: 'f-1',
					source: { start: 0, end: 10 }
				}
			}
		],
		createdAt: at(0).toISOString()
	});
}

describe('kept sets', () => {
	it('read a set kept before sets had versions as the first version of its own series', async () => {
		const store = fresh();
		const old = {
			v: 1,
			shared: shared('week-1'),
			link: 'https://x/#s1.a',
			savedAt: at(1).toISOString()
		};
		await set('set:week-1', old, store);
		expect(await loadTeacherSet('week-1', store)).toEqual({
			...old,
			v: 2,
			series: 'week-1',
			edition: 1
		});
		// Written back as read, so an older tab sees a newer record and leaves it.
		expect(await get('set:week-1', store)).toMatchObject({ v: 2, series: 'week-1' });
	});

	it('leave a set written by a newer version where it is', async () => {
		const store = fresh();
		const newer = { v: 3, shared: shared('week-9'), link: 'x', savedAt: at(1).toISOString() };
		await set('set:week-9', newer, store);
		expect((await listTeacherSets(store)).sets).toEqual([]);
		await expect(deleteTeacherSets(['week-9'], store)).rejects.toThrow();
		expect(await get('set:week-9', store)).toEqual(newer);
	});

	it('number the versions of a set edited and shared again, keeping each one', async () => {
		const store = fresh();
		const first = await keepSharedSet(shared('week-1'), 'l1', undefined, at(1), store);
		const second = await keepSharedSet(shared('week-1-b'), 'l2', first, at(2), store);
		// Editing the first again still comes after every version kept.
		const third = await keepSharedSet(shared('week-1-c'), 'l3', first, at(3), store);
		expect([first, second, third].map((t) => [t.series, t.edition])).toEqual([
			['week-1', 1],
			['week-1', 2],
			['week-1', 3]
		]);
		const [series] = groupSeries((await listTeacherSets(store)).sets);
		expect(series!.latest.shared.set.id).toBe('week-1-c');
		expect(series!.earlier.map((t) => t.edition)).toEqual([2, 1]);
	});

	it('are deleted with their results, leaving other sets and their results', async () => {
		const store = fresh();
		await keepSharedSet(shared('a'), 'la', undefined, at(1), store);
		await keepSharedSet(shared('b'), 'lb', undefined, at(2), store);
		await saveTeacherResults('a', ['CODE-A'], store);
		await saveTeacherResults('b', ['CODE-B'], store);
		await deleteTeacherSets(['a'], store);
		expect((await listTeacherSets(store)).sets.map((t) => t.shared.set.id)).toEqual(['b']);
		expect(await loadTeacherResults('a', store)).toEqual([]);
		expect(await loadTeacherResults('b', store)).toEqual(['CODE-B']);
	});
});

describe('My sets', () => {
	function page(store = fresh()) {
		let bytes = 0;
		return new MySets({
			list: () => listTeacherSets(store),
			keep: (s, link) => keepSharedSet(s, link, undefined, at(30), store),
			remove: (ids) => deleteTeacherSets(ids, store),
			results: async (id) => (await loadTeacherResults(id, store)).length,
			link: async (s) => `https://example.org/assignments#${s.set.id}`,
			copy: async () => undefined,
			now: () => at(30),
			randomBytes: (n) => Uint8Array.from({ length: n }, () => ++bytes)
		});
	}

	it('lists each set once with its results, duplicates it and deletes every version', async () => {
		const store = fresh();
		const first = await keepSharedSet(shared('summit-1'), 'l1', undefined, at(1), store);
		await keepSharedSet(shared('summit-2'), 'l2', first, at(2), store);
		await saveTeacherResults('summit-1', ['C1', 'C2'], store);
		const sets = page(store);
		await sets.load();
		expect(sets.series).toHaveLength(1);
		expect(sets.series![0]).toMatchObject({ results: 2, latest: { edition: 2 } });

		await sets.duplicate(sets.series![0]!.latest);
		expect(sets.message).toBe(
			'“Summit (copy)” was added, with its own link. Edit it to change it.'
		);
		const copy = sets.series![0]!;
		expect(copy.latest).toMatchObject({ edition: 1, shared: { set: { title: 'Summit (copy)' } } });
		expect(copy.latest.shared.set.id).toMatch(/^summit-copy-[0-9a-f]{6}$/);
		expect(copy.latest.shared.questions).toEqual(first.shared.questions);

		await sets.remove(sets.series![1]!);
		expect(sets.series!.map((s) => s.latest.shared.set.title)).toEqual(['Summit (copy)']);
		expect(await loadTeacherResults('summit-1', store)).toEqual([]);
	});
});

describe('the set being built', () => {
	const banks = teachBanks();
	let next = 0;
	function builder(store: ReturnType<typeof fresh>, slowRead?: Promise<void>) {
		return new SetBuilder({
			builtIn: () => banks,
			readLocalBanks: () => Promise.resolve({ banks: [], problems: [] }),
			linkFor: (fragment) => `https://example.org/assignments#${fragment}`,
			keep: (s, link, of) => keepSharedSet(s, link, of, at(5), store),
			drafts: {
				// Read from the store at once, handed back only once `slowRead` settles.
				load: async () => {
					const found = loadSetDraft(store);
					await slowRead;
					return found;
				},
				save: (d) => saveSetDraft(d, store),
				clear: () => clearSetDraft(store),
				kept: (id) => loadTeacherSet(id, store)
			},
			qr: (link) => Promise.resolve(link),
			copy: () => Promise.resolve(),
			now: () => at(4),
			randomBytes: (n) => Uint8Array.from({ length: n }, () => (next += 13) % 256)
		});
	}

	it('comes back after a reload as it was left', async () => {
		const store = fresh();
		const b = builder(store);
		await b.start();
		b.title = 'Week 5';
		b.due = '2026-12-07';
		b.toggle(b.candidates[3]!.key, true);
		b.toggle(b.candidates[1]!.key, true);
		b.keepDraft();
		await b.flushDraft();

		const again = builder(store);
		await again.start();
		expect(again.title).toBe('Week 5');
		expect(again.due).toBe('2026-12-07');
		expect(again.picked).toEqual(b.picked);
		expect(again.notice).toBe('“Week 5” you were building is back, as you left it.');

		await again.startOver();
		expect(again.title).toBe('');
		expect(await loadSetDraft(store)).toBeUndefined();
	});

	it('opens a kept set to edit and shares it as its next version, the first one kept', async () => {
		const store = fresh();
		const b = builder(store);
		await b.start();
		b.title = 'Week 6';
		b.toggle(b.candidates[0]!.key, true);
		await b.share();
		const first = b.shared!.set.id;

		const edit = builder(store);
		await edit.start(undefined, first);
		expect(edit.notice).toMatch(/^Editing “Week 6” \(version 1\)\. Sharing it makes version 2/);
		expect(edit.picked).toEqual(b.picked);
		edit.toggle(edit.candidates[2]!.key, true);
		await edit.share();
		expect(edit.notice).toMatch(/^Shared as version 2 of “Week 6”/);
		// Shared, it is kept in My sets, not as a draft; a change after that is a draft again.
		edit.keepDraft();
		await edit.flushDraft();
		expect(await loadSetDraft(store)).toBeUndefined();
		edit.passMark = 80;
		edit.keepDraft();
		await edit.flushDraft();
		expect(await loadSetDraft(store)).toMatchObject({ passMark: 80, editing: edit.shared!.set.id });
		const kept = (await listTeacherSets(store)).sets;
		expect(kept.map((t: TeacherSet) => [t.shared.set.id === first, t.edition]).sort()).toEqual([
			[false, 2],
			[true, 1]
		]);
	});

	it('never replaces a set being built when another set is opened to edit', async () => {
		const store = fresh();
		const shared = builder(store);
		await shared.start();
		shared.title = 'Week 7';
		shared.toggle(shared.candidates[0]!.key, true);
		await shared.share();
		const week7 = shared.shared!.set.id;
		await shared.startOver();

		const building = builder(store);
		await building.start();
		building.title = 'Week 8';
		building.toggle(building.candidates[1]!.key, true);
		building.keepDraft();
		await building.flushDraft();

		const edit = builder(store);
		await edit.start(undefined, week7);
		expect(edit.title).toBe('Week 8');
		expect(edit.editing).toBeUndefined();
		expect(edit.notice).toBe(
			'“Week 8” you were building is back, as you left it: share it, or start a new set, before editing “Week 7” from My sets.'
		);
		expect(await loadSetDraft(store)).toMatchObject({ title: 'Week 8' });

		// Changes to the set being edited itself come back over it after a reload.
		await edit.startOver();
		const again = builder(store);
		await again.start(undefined, week7);
		again.passMark = 90;
		again.keepDraft();
		await again.flushDraft();
		const reloaded = builder(store);
		await reloaded.start(undefined, week7);
		expect(reloaded.editing?.shared.set.id).toBe(week7);
		expect(reloaded.passMark).toBe(90);
		expect(reloaded.notice).toBe('“Week 7” you were editing is back, as you left it.');
	});

	it('keeps what the teacher changes while the kept set is still being read', async () => {
		const store = fresh();
		const left = builder(store);
		await left.start();
		left.title = 'Week 9';
		left.instructions = 'Read the article first.';
		left.toggle(left.candidates[0]!.key, true);
		left.toggle(left.candidates[1]!.key, true);
		left.keepDraft();
		await left.flushDraft();

		let loaded!: () => void;
		const slow = new Promise<void>((resolve) => (loaded = resolve));
		const b = builder(store, slow);
		const starting = b.start();
		await Promise.resolve();
		// Typed and picked before the kept set arrives: the newest change wins.
		b.title = 'Week 9, corrected';
		b.toggle(b.candidates[2]!.key, true);
		loaded();
		await starting;
		expect(b.title).toBe('Week 9, corrected');
		expect(b.instructions).toBe('Read the article first.');
		expect(b.picked).toEqual([...left.picked, b.candidates[2]!.key]);
		expect(b.notice).toBe(
			'“Week 9” you were building is back, as you left it. The changes you made while it was loading are kept.'
		);
		await b.flushDraft();
		expect(await loadSetDraft(store)).toMatchObject({
			title: 'Week 9, corrected',
			picked: b.picked
		});

		// Opening the set to edit: the changes made to it since its sharing come back too.
		await b.share();
		const shared = b.shared!.set.id;
		b.passMark = 75;
		b.keepDraft();
		await b.flushDraft();
		let read!: () => void;
		const edit = builder(store, new Promise<void>((resolve) => (read = resolve)));
		const opening = edit.start(undefined, shared);
		await Promise.resolve();
		edit.due = '2026-12-09';
		const more = edit.candidates.find((c) => !b.picked.includes(c.key))!.key;
		edit.toggle(more, true);
		read();
		await opening;
		expect(edit.editing?.shared.set.id).toBe(shared);
		expect(edit.passMark).toBe(75);
		expect(edit.due).toBe('2026-12-09');
		expect(edit.title).toBe('Week 9, corrected');
		expect(edit.picked).toEqual([...b.picked, more]);
	});

	it('leaves out picked questions no bank has any more, and says how many', async () => {
		const store = fresh();
		await saveSetDraft(
			{
				v: 1,
				title: 'Old',
				instructions: '',
				order: 'fixed',
				mode: 'quiz',
				feedback: 'immediate',
				due: '',
				passMark: 60,
				picked: [`${banks[0]!.id}/${banks[0]!.questions[0]!.id}`, `${banks[0]!.id}/q-gone`],
				savedAt: at(1).toISOString()
			},
			store
		);
		const b = builder(store);
		await b.start();
		expect(b.picked).toHaveLength(1);
		expect(b.missing).toBe(1);
	});
});
