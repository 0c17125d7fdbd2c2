import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Bank } from '../../src/lib/schema/bank';
import { deflate, hasControlCharacter, pack, toBase64Url } from '../../src/lib/share/codec';
import { AssignedSet } from '../../src/lib/schema/set';
import {
	buildSharedSet,
	decodeSetLink,
	encodeSetLink,
	SharedSet,
	ShareError,
	type SharedSetInput
} from '../../src/lib/share';

const hostile = [
	'<script>alert("x")</script>',
	'<img src=x onerror=alert(1)>',
	'{{constructor.constructor("alert(1)")()}}',
	'=HYPERLINK("http://evil")',
	'"quoted", with commas',
	'ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ',
	'line one\nline two\ttabbed'
];

/** Trimmed, non-empty text without control characters, sometimes hostile markup. */
const text = fc
	.oneof(
		{ weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
		{ weight: 1, arbitrary: fc.constantFrom(...hostile) }
	)
	.map((s) => s.trim())
	.filter((s) => s.length > 0 && !hasControlCharacter(s));
const id = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{2,12}$/);
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const uniqueTexts = (min: number, max: number) =>
	fc.uniqueArray(text, { minLength: min, maxLength: max, selector: (s) => s.toLowerCase() });
const base = fc.record({
	id,
	prompt: text,
	answer: text,
	accept: fc.array(text, { maxLength: 2 }),
	explanation: text,
	factId: id,
	source: fc.nat(500).chain((start) =>
		fc.record({
			start: fc.constant(start),
			end: fc.integer({ min: start + 1, max: start + 300 })
		})
	)
});

const question = fc.oneof(
	fc.tuple(base, uniqueTexts(2, 6), fc.nat()).map(([b, options, i]) => ({
		...b,
		type: 'mcq' as const,
		options,
		answer: options[i % options.length]!
	})),
	fc.tuple(base, fc.constantFrom('True' as const, 'False' as const)).map(([b, answer]) => ({
		...b,
		type: 'true_false' as const,
		answer
	})),
	fc
		.tuple(base, text, fc.option(uniqueTexts(2, 4), { nil: undefined }))
		.map(([b, after, options]) => ({
			...b,
			type: 'cloze' as const,
			prompt: `${b.prompt} _____ ${after}`,
			...(options ? { options, answer: options[0]! } : {})
		})),
	base.map((b) => ({ ...b, type: 'short_answer' as const })),
	fc.tuple(base, uniqueTexts(2, 4), uniqueTexts(4, 4)).map(([b, lefts, rights]) => ({
		...b,
		type: 'matching' as const,
		pairs: lefts.map((left, i) => ({ left, right: rights[i]! }))
	})),
	fc
		.tuple(base, uniqueTexts(2, 5))
		.map(([b, items]) => ({ ...b, type: 'ordering' as const, items }))
);

const dateTime = fc
	.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
	.map((t) => new Date(t).toISOString());

/** Any valid SharedSet, as the schema outputs it. */
const sharedSet: fc.Arbitrary<SharedSet> = fc
	.record({
		v: fc.constant(1 as const),
		set: fc.record(
			{
				id: slug,
				title: text,
				instructions: fc.oneof(text, fc.constant('')),
				order: fc.constantFrom('fixed' as const, 'shuffled' as const),
				mode: fc.constantFrom('quiz' as const, 'flashcards' as const),
				feedback: fc.constantFrom('immediate' as const, 'end' as const),
				due: dateTime.map((d) => d.slice(0, 10)),
				passMark: fc.integer({ min: 0, max: 100 }),
				attempts: fc.integer({ min: 1, max: 5 })
			},
			{ requiredKeys: ['id', 'title', 'instructions', 'order', 'mode', 'feedback', 'passMark'] }
		),
		questions: fc.uniqueArray(
			fc.record(
				{ bankId: slug, question, quote: text, statement: text },
				{ requiredKeys: ['bankId', 'question', 'quote'] }
			),
			{ minLength: 1, maxLength: 6, selector: (q) => q.question.id }
		),
		createdAt: dateTime
	})
	.map((raw) => SharedSet.safeParse(raw))
	.filter((r) => r.success)
	.map((r) => r.data!);

function sample(
	overrides: Partial<SharedSetInput['set']> = {},
	questionPrompt = 'Who met?'
): SharedSetInput {
	return {
		v: 1,
		set: { id: 'summit-warm-up', title: 'Summit', order: 'fixed', passMark: 60, ...overrides },
		questions: [
			{
				bankId: 'summit',
				quote: 'Kishida and Biden met at the White House.',
				question: {
					id: 'q-1',
					type: 'short_answer',
					prompt: questionPrompt,
					answer: 'Kishida and Biden',
					explanation: 'The article says so.',
					factId: 'f-1',
					source: { start: 0, end: 10 }
				}
			}
		],
		createdAt: '2026-03-02T09:00:00.000Z'
	};
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

describe('set links', () => {
	it('round-trips any valid set', async () => {
		await fc.assert(
			fc.asyncProperty(sharedSet, async (shared) => {
				const link = await encodeSetLink(shared);
				expect(link).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
				expect(await decodeSetLink(link)).toEqual(shared);
			}),
			{ numRuns: 300 }
		);
	});

	it('opens a whole URL, a fragment with #, and a link broken across lines', async () => {
		const link = await encodeSetLink(sample());
		const expected = SharedSet.parse(sample());
		expect(await decodeSetLink(`https://example.org/factdeck/sets/open#${link}`)).toEqual(expected);
		expect(await decodeSetLink(`#${link}`)).toEqual(expected);
		expect(await decodeSetLink(`${link.slice(0, 20)}\n  ${link.slice(20)}`)).toEqual(expected);
	});

	const bank = Bank.parse(
		JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
	);
	const body = readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.trim();
	const banks = (id: string) => (id === bank.id ? { bank, article: { body } } : undefined);

	it('builds the payload of a real set, quoting each source sentence', () => {
		const set = AssignedSet.parse(
			JSON.parse(readFileSync('questions/sets/summit-warm-up.json', 'utf8'))
		);
		const shared = buildSharedSet(set, banks, new Date('2026-03-02T09:00:00.000Z'));
		expect(shared.set).toMatchObject({ id: 'summit-warm-up', order: 'fixed', passMark: 60 });
		expect(shared.questions.map((q) => q.question.id)).toEqual(set.items.map((i) => i.question));
		const first = shared.questions[0]!;
		expect(first.quote).toBe(
			body.slice(first.question.source.start, first.question.source.end).trim()
		);
		expect(first.quote.length).toBeGreaterThan(20);
		expect(first.statement).toBe(bank.facts.find((f) => f.id === first.question.factId)!.statement);
		expect(() =>
			buildSharedSet(
				{ ...set, items: [{ bank: bank.id, question: 'q-missing' }] },
				banks,
				new Date()
			)
		).toThrow(/has no question "q-missing"/);
		expect(() =>
			buildSharedSet({ ...set, items: [{ bank: 'other', question: 'q-1' }] }, banks, new Date())
		).toThrow(ShareError);
	});

	it('fits a 10-question set from the real bank in a short link', async () => {
		const items = bank.questions
			.filter((_, i) => i % 4 === 0)
			.slice(0, 10)
			.map((q) => ({ bank: bank.id, question: q.id }));
		const set = AssignedSet.parse({
			version: 1,
			id: 'summit',
			title: 'White House summit',
			instructions: 'Read first.',
			items
		});
		const link = await encodeSetLink(
			buildSharedSet(set, banks, new Date('2026-03-02T09:00:00.000Z'))
		);
		expect(items).toHaveLength(10);
		expect(link.length).toBeLessThan(4000);
		expect((await decodeSetLink(link)).questions).toHaveLength(10);
	});

	it('keeps markup in titles and prompts as plain text', async () => {
		for (const value of hostile) {
			const decoded = await decodeSetLink(await encodeSetLink(sample({ title: value }, value)));
			expect(decoded.set.title).toBe(value.trim());
			expect(decoded.questions[0]!.question.prompt).toBe(value.trim());
		}
	});

	it('rejects control characters, even in a link made by hand', async () => {
		for (const bad of ['\u0000', '\u0007', '\r', '\u001b[31m', '\u0085', '\u202e', '\u2066']) {
			await expect(encodeSetLink(sample({ title: `Sum${bad}mit` }))).rejects.toThrow(ShareError);
			const forged = `s1.${await pack({ ...SharedSet.parse(sample()), set: { ...SharedSet.parse(sample()).set, title: `a${bad}b` } })}`;
			expect(await outcome(decodeSetLink(forged))).toMatch(/set\.title: must not contain control/);
			const inPrompt = sample({}, `Who${bad}met?`);
			const forgedPrompt = `s1.${await pack(inPrompt)}`;
			expect(await outcome(decodeSetLink(forgedPrompt))).toMatch(
				/questions\.0\.question\.prompt: must not contain control/
			);
		}
	});

	it('caps lengths and the number of questions', async () => {
		await expect(encodeSetLink(sample({ title: 'x'.repeat(201) }))).rejects.toThrow(/200/);
		await expect(encodeSetLink(sample({ instructions: 'x'.repeat(2001) }))).rejects.toThrow(/2000/);
		const one = sample().questions[0]!;
		const many = Array.from({ length: 201 }, (_, i) => ({
			...one,
			question: { ...one.question, id: `q-${i}` }
		}));
		await expect(encodeSetLink({ ...sample(), questions: many })).rejects.toThrow(/at most 200/);
	});

	it('gives a clear message for each kind of bad link', async () => {
		const good = await encodeSetLink(sample());
		expect(await outcome(decodeSetLink('hello'))).toMatch(/not a Factdeck set link/);
		expect(await outcome(decodeSetLink(`s4.${good.slice(3)}`))).toMatch(
			/newer version of Factdeck/
		);
		expect(await outcome(decodeSetLink('s1.abc$def'))).toMatch(/characters a link cannot have/);
		expect(await outcome(decodeSetLink('s1.abcde'))).toMatch(/damaged or cut short/);
		expect(await outcome(decodeSetLink(good.slice(0, -8)))).toMatch(/damaged or cut short/);
		expect(await outcome(decodeSetLink(`s1.${await pack({ v: 2 })}`))).toMatch(/newer version/);
		expect(
			await outcome(
				decodeSetLink(`s1.${toBase64Url(await deflate(new TextEncoder().encode('{nope')))}`)
			)
		).toMatch(/damaged/);
		const schema = await outcome(
			decodeSetLink(`s1.${await pack({ v: 1, set: {}, questions: [] })}`)
		);
		expect(schema).toMatch(/cannot be used: set\.id: .*; set\.title: .*; questions: /);
	});

	it('refuses oversized links and decompression bombs', async () => {
		expect(await outcome(decodeSetLink(`s1.${'A'.repeat(200_000)}`))).toMatch(/too large/);

		// 20 MB of spaces inside a JSON string deflates to about 20 KB.
		const bomb = new TextEncoder().encode(`"${' '.repeat(20 * 1024 * 1024)}"`);
		const body = toBase64Url(await deflate(bomb));
		expect(body.length).toBeLessThan(64 * 1024);
		expect(await outcome(decodeSetLink(`s1.${body}`))).toMatch(/too large/);
	});
});

describe('set link decoder on hostile structure', () => {
	it('refuses deeply nested JSON without overflowing the stack', async () => {
		const deep = '['.repeat(250_000) + ']'.repeat(250_000);
		const body = toBase64Url(await deflate(new TextEncoder().encode(deep)));
		expect(await outcome(decodeSetLink(`s1.${body}`))).toMatch(/expected object/);
	});
});

describe('set link decoder under fuzzing', () => {
	const opts = { numRuns: 10_000 };

	it('only ever throws ShareError on arbitrary strings', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 200 }),
					fc.string({ maxLength: 200 }).map((s) => `s1.${s}`)
				),
				async (input) => {
					expect(await outcome(decodeSetLink(input))).not.toBe('ok');
				}
			),
			opts
		);
	}, 30_000);

	it('only ever throws ShareError on arbitrary base64url', async () => {
		await fc.assert(
			fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/), async (body) => {
				expect(await outcome(decodeSetLink(`s1.${body}`))).not.toBe('ok');
			}),
			opts
		);
	}, 30_000);

	it('mutated links either fail with ShareError or decode to a valid set', async () => {
		const link = await encodeSetLink(sample());
		const mutation = fc.oneof(
			fc.record({
				kind: fc.constant('sub' as const),
				at: fc.nat(link.length - 1),
				ch: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
			}),
			fc.record({
				kind: fc.constant('cut' as const),
				at: fc.nat(link.length - 1),
				ch: fc.constant('')
			}),
			fc.record({
				kind: fc.constant('drop' as const),
				at: fc.nat(link.length - 1),
				ch: fc.constant('')
			})
		);
		await fc.assert(
			fc.asyncProperty(mutation, async ({ kind, at, ch }) => {
				const mutated =
					kind === 'sub'
						? link.slice(0, at) + ch + link.slice(at + 1)
						: kind === 'cut'
							? link.slice(0, at)
							: link.slice(0, at) + link.slice(at + 1);
				try {
					const decoded = await decodeSetLink(mutated);
					expect(SharedSet.safeParse(decoded).success).toBe(true);
				} catch (error) {
					expect(error).toBeInstanceOf(ShareError);
				}
			}),
			opts
		);
	}, 30_000);

	it('random JSON in a valid envelope fails with ShareError', async () => {
		await fc.assert(
			fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
				expect(await outcome(decodeSetLink(`s1.${await pack(value)}`))).not.toBe('ok');
			}),
			opts
		);
	}, 30_000);
});
