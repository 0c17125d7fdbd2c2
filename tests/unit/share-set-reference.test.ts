import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Bank } from '../../src/lib/schema/bank';
import { pack } from '../../src/lib/share/codec';
import {
	decodeSetLink,
	encodeSetLink,
	SharedSet,
	ShareError,
	type BankSource
} from '../../src/lib/share';
import { changedQuestions } from '../../src/lib/share/set-reference';
import { setId } from '../../src/lib/share/set-build';

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const body = readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
	.replace(/^---\n[\s\S]*?\n---\n/, '')
	.trim();
const source: BankSource = { bank, article: { body } };
const load = async (id: string) => (id === bank.id ? source : undefined);
const builtIn = (id: string) => id === bank.id;

/** A set of `count` questions of the built-in bank, as the set builder shares it. */
function sample(count = 10, title = 'Summit warm-up: week 3'): SharedSet {
	return SharedSet.parse({
		v: 1,
		set: {
			id: setId(title, new Uint8Array([0xa1, 0x0b, 0x3c])),
			title,
			instructions: 'Read the article first.',
			order: 'shuffled',
			mode: 'quiz',
			feedback: 'end',
			due: '2026-12-04',
			passMark: 70,
			attempts: 2
		},
		questions: bank.questions.slice(0, count).map((question) => {
			const fact = bank.facts.find((f) => f.id === question.factId);
			return {
				bankId: bank.id,
				question,
				quote: body.slice(question.source.start, question.source.end),
				...(fact ? { statement: fact.statement } : {})
			};
		}),
		createdAt: '2026-11-30T10:15:42.123Z'
	});
}

/** Resolves to 'ok' or the ShareError's message; anything else thrown fails the test. */
async function outcome(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'ok';
	} catch (error) {
		if (error instanceof ShareError) return error.message;
		throw error;
	}
}

/** The bank with `change` applied to a copy of it. */
function changedBank(change: (b: Bank) => void): BankSource {
	const copy = structuredClone(bank);
	change(copy);
	return { bank: copy, article: { body } };
}

describe('reference set links', () => {
	it('name the questions of a built-in bank and read back the very set the teacher made', async () => {
		const shared = sample();
		const link = await encodeSetLink(shared, builtIn);
		expect(link.startsWith('s2.')).toBe(true);
		expect(await decodeSetLink(link, load)).toEqual(shared);
		expect(await decodeSetLink(`https://example.org/assignments#${link}`, load)).toEqual(shared);
	});

	it('keep every setting, an id not made from the title and a set without due date or limit', async () => {
		const base = sample(3);
		const shared = SharedSet.parse({
			...base,
			set: {
				id: 'my-own-id',
				title: base.set.title,
				order: 'fixed',
				mode: 'flashcards',
				feedback: 'immediate',
				passMark: 0
			}
		});
		expect(await decodeSetLink(await encodeSetLink(shared, builtIn), load)).toEqual(shared);
	});

	it('name questions whose ids were not made by the generator', async () => {
		const renamed = changedBank((b) => {
			b.questions[1] = { ...b.questions[1]!, id: 'added-by-hand' };
			b.questions[2] = { ...b.questions[2]!, id: 'q-0000abcd-newtype' };
		});
		const shared = SharedSet.parse({
			...sample(1),
			questions: renamed.bank.questions.slice(0, 4).map((q) => ({
				bankId: bank.id,
				question: q,
				quote: body.slice(q.source.start, q.source.end).trim()
			}))
		});
		const withStatements = SharedSet.parse({
			...shared,
			questions: shared.questions.map((q) => ({
				...q,
				statement: bank.facts.find((f) => f.id === q.question.factId)!.statement
			}))
		});
		const link = await encodeSetLink(withStatements, builtIn);
		expect(await decodeSetLink(link, async () => renamed)).toEqual(withStatements);
	});

	it('carry the whole set when every question comes from a bank made on the device', async () => {
		const shared = sample(2);
		const mine = SharedSet.parse({
			...shared,
			questions: shared.questions.map((q) => ({ ...q, bankId: 'my-bank' }))
		});
		const link = await encodeSetLink(mine, builtIn);
		expect(link.startsWith('s1.')).toBe(true);
		expect(await decodeSetLink(link)).toEqual(mine);
	});

	it('name the built-in questions of a mixed set and carry the others whole', async () => {
		const mixed = sample(10);
		const questions = mixed.questions.map((q, i) =>
			i % 3 === 1 ? { ...q, bankId: 'my-bank' } : q
		);
		const shared = SharedSet.parse({ ...mixed, questions });
		const link = await encodeSetLink(shared, builtIn);
		expect(link.startsWith('s3.')).toBe(true);
		expect(await decodeSetLink(link, load)).toEqual(shared);
		// Only the built-in bank is fetched; the questions of the device's bank travel in the link.
		const asked: string[] = [];
		await decodeSetLink(link, async (id) => (asked.push(id), load(id)));
		expect(asked).toEqual([bank.id]);
		expect(link.length).toBeLessThan((await encodeSetLink(shared)).length);
		expect(await outcome(decodeSetLink(link))).toMatch(/cannot be read here/);
		// The built-in part is checked against its bank as in any reference link.
		const edited = changedBank((b) => {
			b.questions[0] = { ...b.questions[0]!, explanation: 'Rewritten since.' };
		});
		expect(await outcome(decodeSetLink(link, async () => edited))).toMatch(/were changed/);
	});

	it('tell the student when a question is no longer in the bank', async () => {
		const link = await encodeSetLink(sample(), builtIn);
		const gone = changedBank((b) => {
			b.questions = b.questions.slice(2);
		});
		expect(await outcome(decodeSetLink(link, async () => gone))).toMatch(
			/^2 questions of this set are no longer in the bank.*new link/
		);
	});

	it('tell the student when a question reads differently now', async () => {
		const link = await encodeSetLink(sample(), builtIn);
		const edited = changedBank((b) => {
			b.questions[4] = { ...b.questions[4]!, explanation: 'Rewritten since.' };
		});
		expect(await outcome(decodeSetLink(link, async () => edited))).toMatch(
			/were changed in their bank after your teacher made the set/
		);
		const requoted = changedBank((b) => {
			b.facts = b.facts.map((f) => ({ ...f, statement: `${f.statement} Indeed.` }));
		});
		expect(await outcome(decodeSetLink(link, async () => requoted))).toMatch(/were changed/);
	});

	it('still open when the bank changed elsewhere than in the set', async () => {
		const shared = sample(5);
		const link = await encodeSetLink(shared, builtIn);
		const elsewhere = changedBank((b) => {
			b.questions = [...b.questions.slice(0, 5), ...b.questions.slice(6)];
			b.title = 'A new title';
		});
		expect(await decodeSetLink(link, async () => elsewhere)).toEqual(shared);
	});

	it('say what to do when the bank cannot be fetched or is gone', async () => {
		const link = await encodeSetLink(sample(), builtIn);
		expect(
			await outcome(decodeSetLink(link, () => Promise.reject(new TypeError('Failed to fetch'))))
		).toMatch(/Connect to the internet and open the link again/);
		expect(await outcome(decodeSetLink(link, async () => undefined))).toMatch(
			/no longer has \("kishida-biden-summit"\)/
		);
		expect(await outcome(decodeSetLink(link))).toMatch(/cannot be read here/);
	});

	it('list the questions of a kept set that no longer match the banks', () => {
		const shared = sample(4);
		expect(changedQuestions(shared, () => source)).toEqual([]);
		const edited = changedBank((b) => {
			b.questions[1] = { ...b.questions[1]!, prompt: `${b.questions[1]!.prompt} Really?` };
			b.questions = b.questions.filter((q) => q.id !== shared.questions[3]!.question.id);
		});
		expect(changedQuestions(shared, () => edited)).toEqual([
			shared.questions[1]!.question.id,
			shared.questions[3]!.question.id
		]);
	});

	it('refuse a future link version and keep reading s1 links', async () => {
		const link = await encodeSetLink(sample(), builtIn);
		expect(await outcome(decodeSetLink(`s4.${link.slice(3)}`, load))).toMatch(/newer version/);
		const old = await encodeSetLink(sample(3));
		expect(await decodeSetLink(old, load)).toEqual(sample(3));
	});
});

describe('reference link decoder under fuzzing', () => {
	const opts = { numRuns: 5_000 };

	it('only ever throws ShareError on arbitrary base64url', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom('s2.', 's3.'),
				fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/),
				async (prefix, text) => {
					expect(await outcome(decodeSetLink(`${prefix}${text}`, load))).not.toBe('ok');
				}
			),
			opts
		);
	}, 30_000);

	const mixedSample = () =>
		SharedSet.parse({
			...sample(4),
			questions: sample(4).questions.map((q, i) => (i % 2 ? { ...q, bankId: 'my-bank' } : q))
		});

	it.each([
		['reference', sample],
		['mixed', mixedSample]
	])(
		'mutated %s links either fail with ShareError or read a valid set',
		async (_, make) => {
			const link = await encodeSetLink(make(), builtIn);
			await fc.assert(
				fc.asyncProperty(
					fc.nat(link.length - 1),
					fc.string({ unit: 'binary', maxLength: 1 }),
					fc.boolean(),
					async (at, ch, cut) => {
						const mutated = cut ? link.slice(0, at) : link.slice(0, at) + ch + link.slice(at + 1);
						try {
							expect(SharedSet.safeParse(await decodeSetLink(mutated, load)).success).toBe(true);
						} catch (error) {
							expect(error).toBeInstanceOf(ShareError);
						}
					}
				),
				opts
			);
		},
		30_000
	);

	it('random tuples in a valid envelope fail with ShareError or read a valid set', async () => {
		const ids = bank.questions.slice(0, 6).map((q) => q.id);
		const packed = ['AFb_hAw', 'EFb_hAx', 'Dw', 'ABBBBBBBBB', '', 'DwAA', 'F_____8'];
		const carried = sample(2).questions.map((q) => ({ ...q, bankId: 'my-bank' }));
		const near = fc.tuple(
			fc.constantFrom(2, 1, '2', 3),
			fc.oneof(fc.string(), fc.constantFrom('~a10b3c', '~', '~zz', 'x')),
			fc.string({ maxLength: 20 }),
			fc.string({ maxLength: 5 }),
			fc.integer({ min: -1, max: 8 }),
			fc.oneof(fc.constant(0), fc.constantFrom('2026-02-30', '2026-12-04'), fc.string()),
			fc.integer({ min: -5, max: 105 }),
			fc.integer({ min: -1, max: 3 }),
			fc.array(fc.constantFrom(bank.id, 'other', 'BAD ID'), { maxLength: 3 }),
			fc.oneof(fc.constantFrom(...packed), fc.stringMatching(/^[A-Za-z0-9_-]{0,30}$/)),
			fc.array(fc.constantFrom(...ids, 'q-none', '', 'Q'), { maxLength: 3 }),
			fc.oneof(fc.stringMatching(/^[0-9a-z]{7}$/), fc.string({ maxLength: 8 })),
			fc.oneof(fc.stringMatching(/^[0-9a-z]{1,11}$/), fc.string({ maxLength: 4 }))
		);
		// A mixed link's tuple ends with the questions it carries (the packed byte 14 takes one).
		const nearMixed = fc
			.tuple(
				near,
				fc.oneof(
					fc.constant(carried),
					fc.array(fc.constantFrom(...carried, {}, 'q'), { maxLength: 3 })
				),
				fc.constantFrom('Dg', 'DgAFb_hAw', 'AFb_hAwO', 'Dg4', 'Hg')
			)
			.map(([tuple, extra, packed]) => {
				const out: unknown[] = [...tuple, extra];
				if (tuple[0] === 3) out[9] = packed;
				return out;
			});
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom('s2.', 's3.'),
				fc.oneof(near, nearMixed, fc.jsonValue({ maxDepth: 3 })),
				async (prefix, value) => {
					try {
						const decoded = await decodeSetLink(`${prefix}${await pack(value)}`, load);
						expect(SharedSet.safeParse(decoded).success).toBe(true);
					} catch (error) {
						expect(error).toBeInstanceOf(ShareError);
					}
				}
			),
			opts
		);
	}, 60_000);
});
