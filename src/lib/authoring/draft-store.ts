// The review a teacher has not saved yet, kept as it changes so a reload, a crash or a closed tab
// loses none of it. One record per slot: "new" for a bank being made, else the id of the local
// bank being edited. Same database as the local banks; their listing reads only `bank:` keys.
import type { UseStore } from 'idb-keyval';
import { z } from '../schema/zod-mini';
import type { Draft } from './draft';
import { storeOf as databaseStore } from '../storage/database';
import { newerVersionMessage } from '../storage/newer-version';
import { recordStore, type RecordKind } from '../storage/record-store';
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

const records = (store?: UseStore) => recordStore(() => store ?? databaseStore('localBanks'));

const draftKind = {
	prefix: 'draft:',
	version: 1,
	field: 'version',
	schema: SavedDraft,
	migrations: [],
	fits: (value: z.infer<typeof SavedDraft>, key: string) =>
		key === draftKey(value.slot) ? undefined : 'slot: does not match the key'
} satisfies RecordKind<z.infer<typeof SavedDraft>>;

/**
 * Keeps the draft of `slot`, replacing the one before. Throws if it would not read back, or if
 * the draft stored there was written by a newer version of Factdeck.
 */
export async function saveDraft(saved: SavedDraft, store?: UseStore): Promise<void> {
	const plain = JSON.parse(JSON.stringify(saved)) as unknown;
	const parsed = SavedDraft.safeParse(plain);
	if (!parsed.success)
		throw new Error(
			`The review could not be kept: ${parsed.error.issues[0]?.message ?? 'invalid draft'}`
		);
	// Eager: this is also the save made as the page goes away.
	await records(store).update(draftKind, draftKey(saved.slot), () => parsed.data, new Date(), {
		eager: true
	});
}

export type LoadedDraft =
	{ found: false } | { found: true; saved: SavedDraft } | { found: true; problem: string };

/**
 * The unsaved draft of `slot`, if any. A record that does not read back is set aside under
 * `quarantine:draft:<slot>` and reported, never thrown; one from a newer version is left alone.
 */
export async function loadDraft(slot: string, store?: UseStore): Promise<LoadedDraft> {
	const key = draftKey(slot);
	const read = await records(store).read(draftKind, key);
	if (read.state === 'missing') return { found: false };
	if (read.state === 'ok') return { found: true, saved: read.value as SavedDraft };
	if (read.state === 'newer') return { found: true, problem: newerVersionMessage };
	return {
		found: true,
		problem: `Your unsaved review could not be read back (${read.error}); it was set aside as "quarantine:${key}".`
	};
}

export async function discardDraft(slot: string, store?: UseStore): Promise<void> {
	await records(store).remove([draftKey(slot)], { version: 1, field: 'version' });
}
