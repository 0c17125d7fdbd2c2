// Banks a teacher made on /teach/new, kept in this browser's IndexedDB and studied like the
// built-in ones. This module runs on study pages: it loads the schemas and idb-keyval, never the
// generator or compromise.
import { createStore, del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { z } from '../schema/zod-mini';
import { Article, Slug } from '../schema/article';
import { Bank } from '../schema/bank';
import { Review } from '../schema/review';

export const localBanksDatabase = 'factdeck-local-banks';
export const localBanksStoreName = 'banks';
export const localBanksChannel = 'factdeck-local-banks';

/**
 * Keys in the store:
 *   bank:<id>               LocalBank
 *   quarantine:bank:<id>    { key, value, error, quarantinedAt }: a record that failed validation
 */
const bankKey = (id: string) => `bank:${id}`;
const quarantineKey = (key: string) => `quarantine:${key}`;

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

export type LocalBanksMessage = { type: 'local-banks-changed'; id: string };

export interface LocalBankList {
	/** Newest first. */
	banks: LocalBank[];
	/** One message per record that could not be read: it is kept under its quarantine key. */
	problems: string[];
}

let defaultStore: UseStore | undefined;
const storeOf = (store?: UseStore) =>
	store ?? (defaultStore ??= createStore(localBanksDatabase, localBanksStoreName));

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
	const banks: LocalBank[] = [];
	const problems: string[] = [];
	const s = storeOf(store);
	for (const [key, value] of await entries(s)) {
		if (typeof key !== 'string') continue;
		if (key.startsWith('quarantine:')) {
			const q = value as { key?: unknown; error?: unknown } | undefined;
			problems.push(
				problemText(
					typeof q?.key === 'string' ? q.key : key.slice('quarantine:'.length),
					typeof q?.error === 'string' ? q.error : 'unreadable'
				)
			);
			continue;
		}
		if (!key.startsWith('bank:')) continue;
		const parsed = LocalBank.safeParse(value);
		if (parsed.success && bankKey(parsed.data.id) === key) {
			banks.push(parsed.data);
			continue;
		}
		const error = parsed.success ? `id: does not match the key` : firstIssue(parsed.error);
		try {
			await s('readwrite', (os) => {
				os.put({ key, value, error, quarantinedAt: new Date().toISOString() }, quarantineKey(key));
				os.delete(key);
				return promisifyRequest(os.transaction);
			});
		} catch {
			// Still reported below; the record stays where it was and is tried again next time.
		}
		problems.push(problemText(key, error));
	}
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
	const value: unknown = await get(bankKey(id), storeOf(store));
	const parsed = LocalBank.safeParse(value);
	return parsed.success && parsed.data.id === id ? parsed.data : undefined;
}

/** Validates and stores `record`; throws an Error saying what is wrong, storing nothing, if invalid. */
export async function saveLocalBank(record: LocalBank, store?: UseStore): Promise<LocalBank> {
	const parsed = LocalBank.safeParse(record);
	if (!parsed.success)
		throw new Error(
			`The bank "${String((record as { id?: unknown } | undefined)?.id)}" was not saved: ${firstIssue(parsed.error)}`
		);
	await set(bankKey(parsed.data.id), parsed.data, storeOf(store));
	notify(parsed.data.id);
	return parsed.data;
}

/** Deletes the local bank `id`, its set-aside record and any unsaved review of it. */
export async function deleteLocalBank(id: string, store?: UseStore): Promise<void> {
	const s = storeOf(store);
	await del(bankKey(id), s);
	await del(quarantineKey(bankKey(id)), s);
	// An unsaved review of it too, so a later bank with the same id does not inherit it.
	await del(`draft:${id}`, s);
	notify(id);
}

const isMessage = (data: unknown): data is LocalBanksMessage =>
	typeof data === 'object' &&
	data !== null &&
	(data as { type?: unknown }).type === 'local-banks-changed' &&
	typeof (data as { id?: unknown }).id === 'string';

/**
 * Calls `callback` when a local bank is saved or deleted, in this tab or another. Returns the
 * unsubscribe function. Does nothing where BroadcastChannel is missing.
 */
export function onLocalBanksChanged(callback: (message: LocalBanksMessage) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(localBanksChannel);
	channel.onmessage = (event: MessageEvent) => {
		if (isMessage(event.data)) callback(event.data);
	};
	return () => channel.close();
}
