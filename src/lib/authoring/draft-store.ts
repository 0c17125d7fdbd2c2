// The review a teacher has not saved yet, kept as it changes so a reload, a crash or a closed tab
// loses none of it. One record per slot: "new" for a bank being made, else the id of the local
// bank being edited. Same database as the local banks; their listing reads only `bank:` keys.
import { createStore, del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { z } from '../schema/zod-mini';
import type { Draft } from './draft';
import { localBanksDatabase, localBanksStoreName } from '../storage/local-banks';
import { Article, Text } from '../schema/article';
import { Fact, Question } from '../schema/bank';
import { Addition, QuestionEdit } from '../schema/review';

/** As authoring/draft's Draft. */
const DraftShape = z.strictObject({
	article: Article,
	raw: z.array(Question),
	facts: z.array(Fact),
	rejected: z.array(z.string()),
	edits: z.record(z.string(), QuestionEdit),
	notes: z.record(z.string(), z.string()),
	additions: z.array(Addition),
	warnings: z.optional(z.array(Text))
});

export const SavedDraft = z.strictObject({
	version: z.literal(1),
	/** "new", or the id of the local bank being edited. */
	slot: z.string().check(z.minLength(1)),
	savedAt: z.iso.datetime(),
	/** When the bank being edited was first made, kept for its record. */
	createdAt: z.optional(z.iso.datetime()),
	draft: DraftShape
});
export type SavedDraft = Omit<z.infer<typeof SavedDraft>, 'draft'> & { draft: Draft };

const draftKey = (slot: string) => `draft:${slot}`;

let defaultStore: UseStore | undefined;
const storeOf = (store?: UseStore) =>
	store ?? (defaultStore ??= createStore(localBanksDatabase, localBanksStoreName));

/** Keeps the draft of `slot`, replacing the one before. Throws if it would not read back. */
export async function saveDraft(saved: SavedDraft, store?: UseStore): Promise<void> {
	const plain = JSON.parse(JSON.stringify(saved)) as unknown;
	const parsed = SavedDraft.safeParse(plain);
	if (!parsed.success)
		throw new Error(
			`The review could not be kept: ${parsed.error.issues[0]?.message ?? 'invalid draft'}`
		);
	await set(draftKey(saved.slot), parsed.data, storeOf(store));
}

export type LoadedDraft =
	{ found: false } | { found: true; saved: SavedDraft } | { found: true; problem: string };

/**
 * The unsaved draft of `slot`, if any. A record that does not read back is set aside under
 * `quarantine:draft:<slot>` and reported, never thrown.
 */
export async function loadDraft(slot: string, store?: UseStore): Promise<LoadedDraft> {
	const s = storeOf(store);
	const key = draftKey(slot);
	const value: unknown = await get(key, s);
	if (value === undefined) return { found: false };
	const parsed = SavedDraft.safeParse(value);
	if (parsed.success && parsed.data.slot === slot)
		return { found: true, saved: parsed.data as SavedDraft };
	const error = parsed.success
		? 'slot: does not match the key'
		: (parsed.error.issues[0]?.message ?? 'invalid');
	await s('readwrite', (os) => {
		os.put({ key, value, error, quarantinedAt: new Date().toISOString() }, `quarantine:${key}`);
		os.delete(key);
		return promisifyRequest(os.transaction);
	});
	return {
		found: true,
		problem: `Your unsaved review could not be read back (${error}); it was set aside as "quarantine:${key}".`
	};
}

export async function discardDraft(slot: string, store?: UseStore): Promise<void> {
	await del(draftKey(slot), storeOf(store));
}
