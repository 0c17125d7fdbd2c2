// Banks a teacher made on /teach/new, kept in this browser's IndexedDB and studied like the
// built-in ones. This module runs on study pages: it loads the schemas and idb-keyval, never the
// generator or compromise.
import type { UseStore } from 'idb-keyval';
import { z } from '../schema/zod-mini';
import { Article, Slug } from '../schema/article';
import { Bank } from '../schema/bank';
import { Review } from '../schema/review';
import { databases, storeOf as databaseStore } from './database';
import { requestPersistentStorage } from './persist';
import { quarantineKey } from './policy';
import { localBanksChannel, type LocalBanksMessage } from './local-banks-channel';
import { recordStore, type RecordKind } from './record-store';

export {
	localBanksChannel,
	onLocalBanksChanged,
	type LocalBanksMessage
} from './local-banks-channel';

export const localBanksDatabase = databases.localBanks.name;
export const localBanksStoreName = databases.localBanks.store;

/**
 * Keys in the store:
 *   bank:<id>               LocalBank
 *   quarantine:bank:<id>    { key, value, error, quarantinedAt }: a record that failed validation
 */
const bankKey = (id: string) => `bank:${id}`;

const isoDateTime = z.iso.datetime();

interface Spanned {
	source: { start: number; end: number };
}

function consistencyProblem(record: {
	id: string;
	article: Article;
	bank: Bank;
}): { message: string; path: PropertyKey[] } | undefined {
	const { id, article, bank } = record;
	if (article.id !== id)
		return { message: `the article's id must be "${id}"`, path: ['article', 'id'] };
	if (bank.id !== id) return { message: `the bank's id must be "${id}"`, path: ['bank', 'id'] };
	if (bank.article !== id)
		return { message: `the bank must name the article "${id}"`, path: ['bank', 'article'] };
	const factIds = new Set(bank.facts.map((f) => f.id));
	const outside = (item: Spanned) => item.source.end > article.body.length;
	for (const [i, fact] of bank.facts.entries())
		if (outside(fact))
			return { message: 'the source falls outside the article body', path: ['bank', 'facts', i] };
	for (const [i, q] of bank.questions.entries()) {
		if (!factIds.has(q.factId))
			return {
				message: `no fact has the id "${q.factId}"`,
				path: ['bank', 'questions', i, 'factId']
			};
		if (outside(q))
			return {
				message: 'the source falls outside the article body',
				path: ['bank', 'questions', i, 'source']
			};
	}
	return undefined;
}

/** One local bank: the pasted article, the teacher's review, and the bank they make. */
export const LocalBank = z
	.strictObject({
		version: z.literal(1),
		id: Slug,
		article: Article,
		review: Review,
		bank: Bank,
		createdAt: isoDateTime,
		updatedAt: isoDateTime
	})
	.check(
		z.superRefine((record, ctx) => {
			const problem = consistencyProblem(record);
			if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
		})
	);
export type LocalBank = z.infer<typeof LocalBank>;

export interface LocalBankList {
	/** Newest first. */
	banks: LocalBank[];
	/** One message per record that could not be read: it is kept under its quarantine key. */
	problems: string[];
}

const records = (store?: UseStore) => recordStore(() => store ?? databaseStore('localBanks'));

/** A local bank as a stored record, under the storage policy (policy.ts). */
const bankKind = {
	prefix: 'bank:',
	version: 1,
	field: 'version',
	schema: LocalBank,
	migrations: [],
	fits: (value: LocalBank, key: string) =>
		bankKey(value.id) === key ? undefined : 'id: does not match the key'
} satisfies RecordKind<LocalBank>;

function firstIssue(error: { issues: readonly { path: PropertyKey[]; message: string }[] }) {
	const issue = error.issues[0];
	if (!issue) return 'invalid';
	const path = issue.path.map(String).join('.');
	return path ? `${path}: ${issue.message}` : issue.message;
}

const problemText = (key: string, error: string) =>
	`The local bank record "${key}" could not be read (${error}); it was set aside as "${quarantineKey(key)}".`;

let poster: BroadcastChannel | null | undefined;
function notify(id: string) {
	if (poster === undefined) {
		poster =
			typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(localBanksChannel);
		// Node keeps a process alive while a channel is open; a browser has no unref.
		(poster as unknown as { unref?: () => void } | null)?.unref?.();
	}
	try {
		poster?.postMessage({ type: 'local-banks-changed', id } satisfies LocalBanksMessage);
	} catch {
		// A closed channel must not turn a saved bank into an error.
	}
}

/** A new record for a bank built now (keeps `createdAt` of the record it replaces, if any). */
export function localBankRecord(
	parts: { article: Article; review: Review; bank: Bank },
	now: Date,
	previous?: Pick<LocalBank, 'createdAt'>
): LocalBank {
	return {
		version: 1,
		id: parts.article.id,
		article: parts.article,
		review: parts.review,
		bank: parts.bank,
		createdAt: previous?.createdAt ?? now.toISOString(),
		updatedAt: now.toISOString()
	};
}

/** Every local bank, newest first. Never throws on bad data: bad records are set aside and listed. */
export async function listLocalBanks(store?: UseStore): Promise<LocalBankList> {
	const listed = await records(store).list({ bank: bankKind });
	const banks = listed.records.bank.map((r) => r.value as LocalBank);
	const problems = listed.setAside.map((item) => problemText(item.key, item.error));
	banks.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
	return { banks, problems };
}

/** The banks in a backup file; throws a message saying what is wrong (and that nothing was imported). */
export function parseLocalBanks(value: unknown): LocalBank[] {
	const parsed = z.array(LocalBank).safeParse(value);
	if (!parsed.success)
		throw new Error(
			`This backup's banks could not be read (localBanks.${firstIssue(parsed.error)}). Nothing was imported.`
		);
	return parsed.data;
}

/** The local bank `id`, or undefined when there is none or its record cannot be read. */
export async function getLocalBank(id: string, store?: UseStore): Promise<LocalBank | undefined> {
	const read = await records(store).read(bankKind, bankKey(id));
	return read.state === 'ok' ? read.value : undefined;
}

/** Validates and stores `record`; throws an Error saying what is wrong, storing nothing, if invalid. */
export async function saveLocalBank(record: LocalBank, store?: UseStore): Promise<LocalBank> {
	const parsed = LocalBank.safeParse(record);
	if (!parsed.success)
		throw new Error(
			`The bank "${String((record as { id?: unknown } | undefined)?.id)}" was not saved: ${firstIssue(parsed.error)}`
		);
	const saved = await records(store).update(bankKind, bankKey(parsed.data.id), () => parsed.data);
	notify(saved.id);
	void requestPersistentStorage();
	return saved;
}

/** Deletes the local bank `id`, its set-aside record and any unsaved review of it. */
export async function deleteLocalBank(id: string, store?: UseStore): Promise<void> {
	// An unsaved review of it too, so a later bank with the same id does not inherit it.
	await records(store).remove([bankKey(id), quarantineKey(bankKey(id)), `draft:${id}`], {
		version: 1,
		field: 'version'
	});
	notify(id);
}

/** The records of the local banks' store that were set aside, for the progress page. */
export const localBanksSetAside = (store?: UseStore) => records(store).quarantined();
