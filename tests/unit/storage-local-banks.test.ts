import 'fake-indexeddb/auto';
import { createStore, entries, get, set } from 'idb-keyval';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	deleteLocalBank,
	getLocalBank,
	listLocalBanks,
	localBankRecord,
	parseLocalBanks,
	onLocalBanksChanged,
	saveLocalBank,
	type LocalBank,
	type LocalBanksMessage
} from '../../src/lib/storage/local-banks';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema/article';

let counter = 0;
const freshStore = () => createStore(`local-banks-test-${++counter}`, 'banks');

const { data, body } = parseFrontMatter(
	readFileSync('tests/fixtures/articles/northbank-rate-decision.md', 'utf8')
);
const base = Article.parse({ ...(data as object), id: 'rates', body });
const review = { version: 1 as const, decisions: {} };

/** A valid record for an article with id `id`. */
function record(id: string, at = '2026-03-01T10:00:00.000Z'): LocalBank {
	const article = { ...base, id };
	const { bank } = generateBank(article);
	return localBankRecord({ article, review, bank }, new Date(at));
}
const one = record('rates-one');
const two = record('rates-two', '2026-03-02T10:00:00.000Z');

describe('local banks', () => {
	it('saves, lists newest first, gets and deletes', async () => {
		const store = freshStore();
		await saveLocalBank(one, store);
		await saveLocalBank(two, store);
		expect(await listLocalBanks(store)).toEqual({ banks: [two, one], problems: [] });
		expect(await getLocalBank('rates-one', store)).toEqual(one);
		expect(await getLocalBank('missing', store)).toBeUndefined();
		await deleteLocalBank('rates-two', store);
		expect(await listLocalBanks(store)).toEqual({ banks: [one], problems: [] });
	});

	it('a saved bank keeps its creation time when saved again', async () => {
		const store = freshStore();
		await saveLocalBank(one, store);
		const later = localBankRecord(one, new Date('2026-04-01T00:00:00.000Z'), one);
		await saveLocalBank(later, store);
		expect(await getLocalBank(one.id, store)).toMatchObject({
			createdAt: one.createdAt,
			updatedAt: '2026-04-01T00:00:00.000Z'
		});
	});

	it('sets a corrupt record aside, reports it, and still lists the good ones', async () => {
		const store = freshStore();
		await saveLocalBank(one, store);
		const broken = { ...two, bank: { ...two.bank, questions: [] } };
		await set('bank:rates-two', broken, store);
		await set('bank:rates-three', 'not a record at all', store);
		const listed = await listLocalBanks(store);
		expect(listed.banks).toEqual([one]);
		expect(listed.problems).toHaveLength(2);
		expect(listed.problems.join('\n')).toContain(
			'"bank:rates-two" could not be read (bank.questions: a bank needs at least one question); it was set aside as "quarantine:bank:rates-two"'
		);
		expect(await get('bank:rates-two', store)).toBeUndefined();
		expect(await get('quarantine:bank:rates-two', store)).toMatchObject({
			key: 'bank:rates-two',
			raw: broken
		});
		// Still reported next time, from quarantine; nothing is lost.
		const again = await listLocalBanks(store);
		expect(again.banks).toEqual([one]);
		expect(again.problems.sort()).toEqual(listed.problems.sort());
		expect(await getLocalBank('rates-two', store)).toBeUndefined();
		await deleteLocalBank('rates-two', store);
		expect((await listLocalBanks(store)).problems).toHaveLength(1);
	});

	it('sets aside a record stored under another bank’s key', async () => {
		const store = freshStore();
		await set('bank:someone-else', one, store);
		const listed = await listLocalBanks(store);
		expect(listed.banks).toEqual([]);
		expect(listed.problems[0]).toMatch(/"bank:someone-else".*does not match the key/);
	});

	it.each([
		[
			'a bank with another id',
			{ ...one, bank: { ...one.bank, id: 'other' } },
			/bank\.id: the bank's id must be "rates-one"/
		],
		[
			'an article with another id',
			{ ...one, article: { ...one.article, id: 'other' } },
			/article\.id/
		],
		[
			'a question whose fact is missing',
			{ ...one, bank: { ...one.bank, facts: [] } },
			/no fact has the id/
		],
		[
			'a source beyond the body',
			{ ...one, article: { ...one.article, body: 'Short.' } },
			/outside the article body/
		],
		['a bad date', { ...one, createdAt: 'yesterday' }, /createdAt/],
		['an invalid review', { ...one, review: { version: 2, decisions: {} } }, /review\.version/]
	] as const)('refuses to save %s, storing nothing', async (_, bad, message) => {
		const store = freshStore();
		await expect(saveLocalBank(bad as unknown as LocalBank, store)).rejects.toThrow(message);
		await expect(saveLocalBank(bad as unknown as LocalBank, store)).rejects.toThrow(
			/^The bank "rates-one" was not saved: /
		);
		expect(await entries(store)).toEqual([]);
	});

	it('tells listeners in this tab when a bank is saved or deleted', async () => {
		const store = freshStore();
		const heard: LocalBanksMessage[] = [];
		const stop = onLocalBanksChanged((m) => heard.push(m));
		await saveLocalBank(one, store);
		await deleteLocalBank(one.id, store);
		await new Promise((resolve) => setTimeout(resolve, 50));
		stop();
		expect(heard).toEqual([
			{ type: 'local-banks-changed', id: 'rates-one' },
			{ type: 'local-banks-changed', id: 'rates-one' }
		]);
	});

	it('listens to nothing, without failing, where there is no BroadcastChannel', () => {
		const original = globalThis.BroadcastChannel;
		// @ts-expect-error: removing it, as in an environment without one
		delete globalThis.BroadcastChannel;
		try {
			const stop = onLocalBanksChanged(() => {});
			expect(stop).toBeTypeOf('function');
			stop();
		} finally {
			globalThis.BroadcastChannel = original;
		}
	});

	it('reads the banks of a backup, refusing the whole list when one is bad', () => {
		expect(parseLocalBanks([one, two])).toEqual([one, two]);
		const broken = { ...two, bank: { ...two.bank, questions: [] } };
		expect(() => parseLocalBanks([one, broken])).toThrow(
			/^This backup's banks could not be read \(localBanks\.1\.bank\.questions: .*\)\. Nothing was imported\.$/
		);
		expect(() => parseLocalBanks('banks')).toThrow('Nothing was imported');
		// The source address becomes a link: a backup cannot smuggle in a script address.
		for (const url of ['javascript:alert(document.domain)', 'data:text/html,<b>hi</b>']) {
			const hostile = { ...one, article: { ...one.article, url } };
			expect(() => parseLocalBanks([hostile])).toThrow('must be an http or https address');
		}
	});
});
