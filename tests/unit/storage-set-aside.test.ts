import 'fake-indexeddb/auto';
import { set } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { listLocalBanks } from '../../src/lib/storage/local-banks';
import { storeOf } from '../../src/lib/storage/database';
import { listSetAside, setAsideFile } from '../../src/lib/storage/set-aside';
import { createAssignmentStore } from '../../src/lib/share/assignments';
import {
	listTeacherSets,
	saveTeacherResults,
	loadTeacherResults
} from '../../src/lib/share/teacher-sets';

describe('records set aside', () => {
	it('are listed from every database with what they were, and can be downloaded whole', async () => {
		const bad = { version: 1, id: 'broken', article: 'lost' };
		await set('bank:broken', bad, storeOf('localBanks'));
		await set('attempts:set-a@abcdefghijk', 'garbage', storeOf('assignments'));
		await set('set:old', { v: 1, shared: null }, storeOf('teacher'));
		await set(
			'quarantine:card:b:f',
			{
				v: 1,
				key: 'card:b:f',
				raw: 7,
				error: 'not an object',
				quarantinedAt: '2026-03-01T00:00:00.000Z'
			},
			storeOf('progress')
		);

		expect((await listLocalBanks()).problems).toHaveLength(1);
		expect((await createAssignmentStore().listAssignments()).problems).toHaveLength(1);
		expect((await listTeacherSets()).setAside).toBe(1);

		const listed = await listSetAside();
		expect(listed.map((r) => [r.database, r.key]).sort()).toEqual(
			[
				['factdeck', 'card:b:f'],
				['factdeck-assignments', 'attempts:set-a@abcdefghijk'],
				['factdeck-local-banks', 'bank:broken'],
				['factdeck-teacher', 'set:old']
			].sort()
		);
		expect(listed.find((r) => r.key === 'bank:broken')?.raw).toEqual(bad);
		const file = setAsideFile(listed, new Date('2026-03-02T09:00:00.000Z'));
		expect(file.fileName).toBe('factdeck-set-aside-2026-03-02.json');
		expect(JSON.parse(file.text)).toMatchObject({
			format: 'factdeck-set-aside',
			records: expect.arrayContaining([expect.objectContaining({ key: 'bank:broken', raw: bad })])
		});
	});

	it('result codes saved as a bare list by an earlier version still read, and are versioned when saved', async () => {
		await set('results:legacy', ['CODE-1', 'CODE-2'], storeOf('teacher'));
		expect(await loadTeacherResults('legacy')).toEqual(['CODE-1', 'CODE-2']);
		await saveTeacherResults('legacy', ['CODE-1', 'CODE-3']);
		expect(await loadTeacherResults('legacy')).toEqual(['CODE-1', 'CODE-3']);
	});
});

describe('persistent storage', () => {
	it('is asked for once, after the first thing saved', async () => {
		const persist = vi.fn(async () => true);
		const persisted = vi.fn(async () => false);
		vi.stubGlobal('navigator', { storage: { persist, persisted } });
		try {
			const { saveTeacherSet } = await import('../../src/lib/share/teacher-sets');
			const { SharedSet } = await import('../../src/lib/share');
			expect(persist).not.toHaveBeenCalled();
			const shared = SharedSet.parse({
				v: 1,
				set: { id: 'persist-set', title: 'Persist' },
				questions: [
					{
						bankId: 'b',
						quote: 'Q.',
						question: {
							id: 'q-1',
							type: 'short_answer',
							prompt: 'Who?',
							answer: 'Kishida',
							explanation: 'Because.',
							factId: 'f-1',
							source: { start: 0, end: 2 }
						}
					}
				],
				createdAt: '2026-03-01T08:00:00.000Z'
			});
			await saveTeacherSet(shared, 'https://example.test/#s1');
			await vi.waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
			await saveTeacherSet(shared, 'https://example.test/#s1');
			await createAssignmentStore().saveAssignment(shared, 's1.x', new Date());
			expect(persist).toHaveBeenCalledTimes(1);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
