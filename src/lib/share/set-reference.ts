// A set whose questions all come from built-in banks travels by reference: its settings, the
// banks' ids, the question ids and a hash of the questions as the teacher saw them. The student's
// device reads the questions from the banks (fetched once, then kept by the service worker) and
// refuses the set when the hash no longer matches, so a bank changed since is never a silent
// mismatch. A set that also has questions of banks made on the teacher's device (which no other
// device can fetch) names its built-in questions the same way and carries the others whole.
import type { Bank } from '../schema/bank';
import { z } from '../schema/zod-mini';
import { Id, IsoDate, Slug } from '../schema/primitives';
import { hash32 } from '../util/hash';
import { fromBase64Url, toBase64Url } from './codec';
import { slugify } from '../util/slug';
import { describeIssues, ShareError } from './text';
import { setLinkLimits, SharedQuestion, SharedSet } from './set-schema';

/** A bank and the body of its article, as the teacher's page has them loaded. */
export interface BankSource {
	bank: Pick<Bank, 'id' | 'title' | 'facts' | 'questions'>;
	article: { body: string };
}

/** Reads a built-in bank: undefined when the site has no such bank; throws when it cannot be read. */
export type LoadBank = (bankId: string) => Promise<BankSource | undefined>;

/** The hash a reference link carries: of the questions exactly as the set shares them. */
export const questionsHash = (questions: readonly SharedQuestion[]): string =>
	hash32(JSON.stringify(questions)).toString(36).padStart(7, '0');

/** A set id made by `setId` from its title: the title's slug and a hex suffix. */
const titleSlug = (title: string) =>
	slugify(title, { max: 40, fallback: 'set', cutInWord: true, canonicalOnly: true });

const order = ['fixed', 'shuffled'] as const;
const mode = ['quiz', 'flashcards'] as const;
const feedback = ['immediate', 'end'] as const;

// Generated question ids (`q-<8 hex>-<type>`) travel as 5 bytes each in one base64url string:
// the bank's index (high 4 bits) and the type's index in `idTypes` (low 4 bits), then the 4 bytes
// of the hex. Type index 15 stands for the next id of the literal list (any other id); in a mixed
// link, the byte 14 (bank 0) stands for the next question carried whole.
const idTypes = ['tf', 'cloze', 'mcq', 'choice', 'short', 'match', 'order'];
const generatedId = /^q-([0-9a-f]{8})-([a-z]+)$/;
const literal = 15;
const carriedItem = 14;
const maxBanks = 16;

/**
 * The payload of an `s2.` link, a tuple so the link stays short:
 * [2, id, title, instructions, flags, due | 0, passMark, attempts | 0, bankIds, packed questions,
 *  literal ids, hash, createdAt]
 * `id` is written `~<suffix>` when it is the title's slug and a hex suffix, as `setId` makes it;
 * flags are order (1: shuffled), mode (2: flashcards) and feedback (4: at the end); createdAt is
 * milliseconds in base 36. An `s3.` link's payload starts with 3 and ends with the questions
 * carried whole, in the set's order.
 */
const wireFields = [
	z.string().check(z.minLength(1), z.maxLength(80)),
	z.string().check(z.maxLength(setLinkLimits.title)),
	z.string().check(z.maxLength(setLinkLimits.instructions)),
	/* @__PURE__ */ z.int().check(z.gte(0), z.lte(7)),
	z.union([z.literal(0), IsoDate]),
	/* @__PURE__ */ z.int().check(z.gte(0), z.lte(100)),
	/* @__PURE__ */ z.int().check(z.gte(0), z.lte(10_000)),
	z.array(Slug).check(z.minLength(1), z.maxLength(maxBanks)),
	z.string().check(z.minLength(2), z.maxLength(setLinkLimits.questions * 7)),
	z.array(Id).check(z.maxLength(setLinkLimits.questions)),
	z.string().check(z.regex(/^[0-9a-z]{7}$/)),
	z.string().check(z.regex(/^[0-9a-z]{1,11}$/))
] as const;
const Wire = z.tuple([z.literal(2), ...wireFields]);
const MixedWire = z.tuple([
	z.literal(3),
	...wireFields,
	z.array(SharedQuestion).check(z.minLength(1), z.maxLength(setLinkLimits.questions))
]);
type Wire = z.infer<typeof Wire>;
type MixedWire = z.infer<typeof MixedWire>;

/** One question a reference names: by its bank (an index into the bank ids) and id, or carried. */
type ReferenceItem = { bank: number; id: string } | { carried: SharedQuestion };

/** A set link's reference, read but not yet resolved against the banks. */
export interface SetReference {
	wire: Wire | MixedWire;
	items: ReferenceItem[];
}

/**
 * The reference payload for `shared`: its questions from banks `builtIn` names by reference, the
 * others carried whole (an `s3.` payload, when there are both). Undefined when none is built in,
 * or when it spans more banks than a reference can name.
 */
export function toReference(
	shared: SharedSet,
	builtIn: (bankId: string) => boolean = () => true
): Wire | MixedWire | undefined {
	const { set, questions } = shared;
	const bankIds = [...new Set(questions.filter((q) => builtIn(q.bankId)).map((q) => q.bankId))];
	if (bankIds.length === 0 || bankIds.length > maxBanks) return undefined;
	const carried = questions.filter((q) => !builtIn(q.bankId));
	const slug = titleSlug(set.title);
	const suffix = set.id.startsWith(`${slug}-`) ? set.id.slice(slug.length + 1) : '';
	const id = /^[0-9a-f]{1,16}$/.test(suffix) ? `~${suffix}` : set.id;
	const flags =
		(set.order === 'shuffled' ? 1 : 0) +
		(set.mode === 'flashcards' ? 2 : 0) +
		(set.feedback === 'end' ? 4 : 0);
	const bytes: number[] = [];
	const literals: string[] = [];
	for (const q of questions) {
		if (!builtIn(q.bankId)) {
			bytes.push(carriedItem);
			continue;
		}
		const bank = bankIds.indexOf(q.bankId) << 4;
		const m = generatedId.exec(q.question.id);
		const type = m ? idTypes.indexOf(m[2]!) : -1;
		if (!m || type < 0) {
			bytes.push(bank | literal);
			literals.push(q.question.id);
			continue;
		}
		bytes.push(bank | type, ...m[1]!.match(/../g)!.map((h) => parseInt(h, 16)));
	}
	const fields = [
		id,
		set.title,
		set.instructions,
		flags,
		set.due ?? 0,
		set.passMark,
		set.attempts ?? 0,
		bankIds,
		toBase64Url(new Uint8Array(bytes)),
		literals,
		questionsHash(questions),
		Date.parse(shared.createdAt).toString(36)
	] as const;
	return carried.length ? [3, ...fields, carried] : [2, ...fields];
}

/** The questions a packed string names, or undefined when it is damaged. */
function unpackItems(
	packed: string,
	literals: readonly string[],
	carried: readonly SharedQuestion[]
): ReferenceItem[] | undefined {
	const bytes = fromBase64Url(packed);
	if (!bytes) return undefined;
	const items: ReferenceItem[] = [];
	let next = 0;
	let nextCarried = 0;
	for (let i = 0; i < bytes.length;) {
		const bank = bytes[i]! >> 4;
		const type = bytes[i]! & 15;
		if (bytes[i] === carriedItem && carried.length) {
			const question = carried[nextCarried++];
			if (question === undefined) return undefined;
			items.push({ carried: question });
			i += 1;
			continue;
		}
		if (type === literal) {
			const id = literals[next++];
			if (id === undefined) return undefined;
			items.push({ bank, id });
			i += 1;
			continue;
		}
		if (type >= idTypes.length || i + 5 > bytes.length) return undefined;
		const hex = Array.from(bytes.subarray(i + 1, i + 5), (b) => b.toString(16).padStart(2, '0'));
		items.push({ bank, id: `q-${hex.join('')}-${idTypes[type]}` });
		i += 5;
	}
	const allUsed = next === literals.length && nextCarried === carried.length;
	return allUsed && items.length ? items : undefined;
}

const messages = {
	offline: (id: string) =>
		`This set's questions come from the bank "${id}", which this device has not saved yet. Connect to the internet and open the link again; after that it works offline.`,
	noBank: (id: string) =>
		`This set's questions come from a bank this site no longer has ("${id}"). Ask your teacher for a new link.`,
	missing: (count: number) =>
		`${count === 1 ? 'One question' : `${count} questions`} of this set ${count === 1 ? 'is' : 'are'} no longer in the bank: it was updated after your teacher made the set. Ask your teacher for a new link.`,
	changed:
		'The questions of this set were changed in their bank after your teacher made the set, so the set you would do is not the one your teacher made. Ask your teacher for a new link.'
};

/** Checks an `s2.` (`mixed`: `s3.`) payload's shape; throws ShareError naming the first problem. */
export function readReference(data: unknown, mixed = false): SetReference {
	const parsed = mixed ? MixedWire.safeParse(data) : Wire.safeParse(data);
	if (!parsed.success) {
		throw new ShareError(`This set link cannot be used: ${describeIssues(parsed.error)}.`);
	}
	const wire = parsed.data;
	const items = unpackItems(wire[9], wire[10], wire[0] === 3 ? wire[13] : []);
	if (!items || items.length > setLinkLimits.questions) {
		throw new ShareError('This set link is damaged or cut short. Copy the whole link again.');
	}
	if (items.some((item) => 'bank' in item && item.bank >= wire[8].length)) {
		throw new ShareError('This set link cannot be used: a question names no bank.');
	}
	return { wire, items };
}

/** One question as a set shares it: quoted from its article, with its fact's statement. */
export function shareQuestion(source: BankSource, questionId: string): SharedQuestion | undefined {
	const question = source.bank.questions.find((q) => q.id === questionId);
	if (!question) return undefined;
	const { start, end } = question.source;
	const quote = source.article.body.slice(start, end).trim() || question.prompt;
	const statement = source.bank.facts.find((f) => f.id === question.factId)?.statement;
	return { bankId: source.bank.id, question, quote, ...(statement ? { statement } : {}) };
}

/**
 * The whole set a reference stands for, its questions read from the banks. Throws ShareError,
 * in the student's words, when a bank cannot be loaded or its questions changed since.
 */
export async function resolveReference(
	{ wire, items }: SetReference,
	loadBank: LoadBank
): Promise<SharedSet> {
	const [, rawId, title, instructions, flags, due, passMark, attempts, bankIds, , , hash, at] =
		wire;
	const sources = new Map<string, BankSource>();
	for (const bankId of bankIds) {
		let source: BankSource | undefined;
		try {
			source = await loadBank(bankId);
		} catch (error) {
			throw new ShareError(messages.offline(bankId), { cause: error });
		}
		if (!source) throw new ShareError(messages.noBank(bankId));
		sources.set(bankId, source);
	}
	const found = items.map((item) =>
		'carried' in item ? item.carried : shareQuestion(sources.get(bankIds[item.bank]!)!, item.id)
	);
	const missing = found.filter((q) => !q).length;
	if (missing) throw new ShareError(messages.missing(missing));
	const id = rawId.startsWith('~') ? `${titleSlug(title)}-${rawId.slice(1)}` : rawId;
	const time = parseInt(at, 36);
	if (!(time <= 8.64e15))
		throw new ShareError('This set link cannot be used: its date is damaged.');
	const createdAt = new Date(time).toISOString();
	const parsed = SharedSet.safeParse({
		v: 1,
		set: {
			id,
			title,
			instructions,
			order: order[flags & 1],
			mode: mode[(flags >> 1) & 1],
			feedback: feedback[(flags >> 2) & 1],
			...(due ? { due } : {}),
			passMark,
			...(attempts ? { attempts } : {})
		},
		questions: found,
		createdAt
	});
	if (!parsed.success) {
		throw new ShareError(`This set link cannot be used: ${describeIssues(parsed.error)}.`);
	}
	if (questionsHash(parsed.data.questions) !== hash) throw new ShareError(messages.changed);
	return parsed.data;
}

/** The questions of `shared` that no longer read the same in today's banks (or are gone). */
export function changedQuestions(
	shared: SharedSet,
	bank: (bankId: string) => BankSource | undefined
): string[] {
	return shared.questions
		.filter((q) => {
			const source = bank(q.bankId);
			const now = source && shareQuestion(source, q.question.id);
			if (!now) return true;
			const parsed = SharedSet.safeParse({ ...shared, questions: [now] });
			return !parsed.success || JSON.stringify(parsed.data.questions[0]) !== JSON.stringify(q);
		})
		.map((q) => q.question.id);
}
