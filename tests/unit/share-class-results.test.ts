import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { ClassResults, codeSource } from '../../src/lib/share/class-results.svelte';
import { encodeResultCode, resultFile, type SetResult } from '../../src/lib/share/result-code';

let counter = 0;
/** A fresh teacher database per test; `reopen` reads it as a reload would. */
function fresh() {
	const name = `class-results-test-${++counter}`;
	return {
		board: new ClassResults(createStore(name, 'sets')),
		reopen: () => new ClassResults(createStore(name, 'sets'))
	};
}

function result(student: string, setId = 'summit', correct = 1): SetResult {
	return {
		v: 1,
		setId,
		student,
		attempt: 1,
		startedAt: '2026-03-02T09:00:00.000Z',
		finishedAt: '2026-03-02T09:05:00.000Z',
		score: { correct, total: 2 },
		answers: [
			{ questionId: 'q-one', response: 'A', correct: correct > 0, ms: 1000 },
			{ questionId: 'q-two', response: 'B', correct: correct > 1, ms: 1000 }
		]
	};
}

const file = (name: string, text: string) => ({ name, text: async () => text });

describe('class results', () => {
	it('adds pasted codes for the set and keeps them for next time', async () => {
		const { board, reopen } = fresh();
		const codes = await Promise.all(
			[result('Aiko'), result('Ben')].map((r) => encodeResultCode(r))
		);
		expect(await board.addCodes('summit', codes.join('\n'))).toBe(true);
		expect(board.results.map((r) => r.student)).toEqual(['Aiko', 'Ben']);
		expect(board.message).toBe('Added 2 results.');
		expect(board.errors).toEqual([]);

		const later = reopen();
		await later.load('summit');
		expect(later.results).toEqual(board.results);
		await later.load('another-set');
		expect(later.results).toEqual([]);
	});

	it('stores nothing for another set, and says whose result it was', async () => {
		const { board, reopen } = fresh();
		const code = await encodeResultCode(result('Aiko', 'other-set'));
		await board.addCodes('summit', code);
		expect(board.results).toEqual([]);
		expect(board.message).toBe('Added 0 results.');
		expect(board.errors).toEqual([
			{ source: 'Aiko', message: 'This result is for another set ("other-set"), not "summit".' }
		]);
		const later = reopen();
		await later.load('summit');
		expect(later.results).toEqual([]);
	});

	it('lists a code that cannot be read by its start, and keeps the rest', async () => {
		const { board } = fresh();
		const good = await encodeResultCode(result('Aiko'));
		const bad = `${good.slice(0, -6)}zzzzzz`;
		expect(await board.addCodes('summit', `${good}\n${bad}`)).toBe(false);
		expect(board.results.map((r) => r.student)).toEqual(['Aiko']);
		expect(board.message).toBe('Added 1 result.');
		expect(board.errors).toHaveLength(1);
		expect(board.errors[0]!.source).toBe(codeSource(bad));
		expect(codeSource(bad)).toBe(`${bad.slice(0, 24)}…`);
	});

	it('adds result files, naming each file that is not one', async () => {
		const { board } = fresh();
		const good = await resultFile(result('Aiko'));
		await board.addFiles('summit', [file(good.fileName, good.text), file('notes.json', 'notes')]);
		expect(board.results.map((r) => r.student)).toEqual(['Aiko']);
		expect(board.errors).toEqual([
			{
				source: 'notes.json',
				message: 'This file is not a Factdeck result file (it is not JSON).'
			}
		]);
	});

	it('says a code already added was already added, and keeps it once', async () => {
		const { board, reopen } = fresh();
		const code = await encodeResultCode(result('Aiko'));
		await board.addCodes('summit', code);
		await board.addCodes('summit', code);
		expect(board.message).toBe('This result was already added: it is in the table once.');
		expect(board.results).toHaveLength(1);
		const ben = await encodeResultCode(result('Ben'));
		await board.addCodes('summit', `${code}\n${ben}\n${ben}`);
		expect(board.message).toBe('Added 1 result; 2 were already added.');
		await board.addCodes('summit', `${code} ${ben}`);
		expect(board.message).toBe('These 2 results were already added: each is in the table once.');
		const later = reopen();
		await later.load('summit');
		expect(later.results.map((r) => r.student)).toEqual(['Aiko', 'Ben']);
	});

	it('removes one student (every attempt, any spelling of the name), here and in storage', async () => {
		const { board, reopen } = fresh();
		const codes = await Promise.all(
			[result('Dan'), { ...result('dan '), attempt: 2 }, result('Dan1')].map((r) =>
				encodeResultCode(r)
			)
		);
		await board.addCodes('summit', codes.join('\n'));
		await board.removeStudent('summit', 'Dan');
		expect(board.results.map((r) => r.student)).toEqual(['Dan1']);
		expect(board.message).toBe('Removed the results of Dan.');
		const later = reopen();
		await later.load('summit');
		expect(later.results.map((r) => r.student)).toEqual(['Dan1']);
	});

	it('removes every result of the set, here and in storage', async () => {
		const { board, reopen } = fresh();
		await board.addCodes('summit', await encodeResultCode(result('Aiko')));
		await board.clear('summit');
		expect(board.results).toEqual([]);
		const later = reopen();
		await later.load('summit');
		expect(later.results).toEqual([]);
	});
});

describe('class results kept on the device', () => {
	it('reads results saved as version 1, keeps every attempt, and writes version 2', async () => {
		const { set: put, get } = await import('idb-keyval');
		const name = `class-results-test-${++counter}`;
		const store = createStore(name, 'sets');
		const first = await encodeResultCode(result('Aiko', 'summit', 1));
		const second = await encodeResultCode({ ...result('Aiko', 'summit', 2), attempt: 2 });
		await put('results:summit', { v: 1, codes: [first, second] }, store);
		const board = new ClassResults(store);
		await board.load('summit');
		expect(board.results.map((r) => [r.student, r.attempt])).toEqual([
			['Aiko', 1],
			['Aiko', 2]
		]);
		await board.addCodes('summit', await encodeResultCode(result('Ben')));
		expect(await get('results:summit', store)).toEqual({
			v: 2,
			codes: [first, second, expect.stringMatching(/^r1\./)]
		});
	});

	it('keeps a stored code it cannot read here when it saves', async () => {
		const { set: put, get } = await import('idb-keyval');
		const name = `class-results-test-${++counter}`;
		const store = createStore(name, 'sets');
		// A compact code is read beside its set; without the set this page cannot read it.
		const unread = 'r2.AAAAAAAAAAAAAAAAAAAAAAAAAA.0000000';
		await put('results:summit', { v: 2, codes: [unread] }, store);
		const board = new ClassResults(store);
		await board.load('summit');
		expect(board.results).toEqual([]);
		await board.addCodes('summit', await encodeResultCode(result('Ben')));
		expect((await get('results:summit', store)).codes).toContain(unread);
	});

	it('leaves results saved by a newer version alone', async () => {
		const { set: put, get } = await import('idb-keyval');
		const name = `class-results-test-${++counter}`;
		const store = createStore(name, 'sets');
		const newer = { v: 3, codes: ['r3.future.0000000'], more: true };
		await put('results:summit', newer, store);
		const board = new ClassResults(store);
		await board.load('summit');
		expect(board.results).toEqual([]);
		await expect(board.addCodes('summit', await encodeResultCode(result('Ben')))).rejects.toThrow();
		expect(await get('results:summit', store)).toEqual(newer);
	});
});
