import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, hasControlCharacter, toBase32, toBase64Url } from '../../src/lib/share/codec';
import {
	decodeResultCode,
	decodeResultCodes,
	encodeResultCode,
	parseResultFile,
	resultFile,
	SetResult,
	setFingerprint,
	ShareError,
	SharedSet,
	splitResultCodes
} from '../../src/lib/share';
import { startingOrder } from '../../src/lib/question-types/ordering';
import type { OrderingQuestion } from '../../src/lib/question-types/ordering';
import type { MatchingQuestion } from '../../src/lib/question-types/matching';
import { typeExamples } from './question-type-examples';

/** A set with one question of every type, each under its own id. */
const shared = SharedSet.parse({
	v: 1,
	set: { id: 'every-type', title: 'Every type', due: '2026-03-09', attempts: 2 },
	questions: typeExamples.map(([, e], i) => ({
		bankId: 'summit',
		quote: 'A sentence.',
		question: { ...e.question, id: `q-${i}-${e.question.type.replace('_', '-')}` }
	})),
	createdAt: '2026-03-01T08:00:00.000Z'
});
const otherVersion = SharedSet.parse({
	...shared,
	set: { ...shared.set, title: 'Every type, edited' }
});
const otherSet = SharedSet.parse({ ...shared, set: { ...shared.set, id: 'another-set' } });

const plain = (max: number) =>
	fc
		.string({ unit: 'grapheme', maxLength: max })
		.filter((s) => !hasControlCharacter(s) && s.trim().length > 0 && s.length <= max);
const second = fc
	.integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2035, 0, 1) / 1000 })
	.map((s) => s * 1000);

/** Every response a student's device could send for a question, and some it never would. */
function responseFor(index: number): fc.Arbitrary<string> {
	const q = shared.questions[index]!.question;
	const typed = fc.string({ maxLength: 40 }).filter((s) => !hasControlCharacter(s));
	if ('pairs' in q) {
		const pairs = (q as MatchingQuestion).pairs;
		const rights = ['', ...pairs.map((p) => p.right)];
		return fc.oneof(
			fc
				.array(fc.constantFrom(...rights), { minLength: pairs.length, maxLength: pairs.length })
				.map((r) => JSON.stringify(pairs.map((p, i) => ({ left: p.left, right: r[i] })))),
			typed
		);
	}
	if ('items' in q) {
		const items = (q as OrderingQuestion).items;
		return fc.oneof(
			fc.shuffledSubarray([...items], { minLength: items.length }).map((o) => JSON.stringify(o)),
			fc.constant(JSON.stringify(startingOrder(q as OrderingQuestion))),
			typed
		);
	}
	const options = 'options' in q && Array.isArray(q.options) ? (q.options as string[]) : [];
	return options.length ? fc.oneof(fc.constantFrom(...options), typed) : typed;
}

/** Any result a student's device makes for `shared`: times and durations to the second. */
const result: fc.Arbitrary<SetResult> = fc
	.record({
		student: plain(80),
		attempt: fc.integer({ min: 1, max: 10_000 }),
		start: second,
		took: fc.integer({ min: 0, max: 3 * 86_400 }),
		device: fc.option(fc.integer({ min: 1, max: 0xffffff }), { nil: undefined }),
		picks: fc.subarray(
			shared.questions.map((_, i) => i),
			{ minLength: 0 }
		),
		seed: fc.nat()
	})
	.chain((r) =>
		fc
			.tuple(
				...r.picks.map((i) =>
					fc.record({ response: responseFor(i), correct: fc.boolean(), s: fc.nat(7200) })
				)
			)
			.map((answers) => ({ ...r, answers }))
	)
	.map(({ student, attempt, start, took, device, picks, answers }) => {
		const list = answers.map((a, k) => ({
			questionId: shared.questions[picks[k]!]!.question.id,
			response: a.response,
			correct: a.correct,
			ms: a.s * 1000
		}));
		return SetResult.safeParse({
			v: 1,
			setId: shared.set.id,
			student,
			attempt,
			startedAt: new Date(start).toISOString(),
			finishedAt: new Date(start + took * 1000).toISOString(),
			score: { correct: list.filter((a) => a.correct).length, total: shared.questions.length },
			answers: list,
			...(device === undefined ? {} : { device: device.toString(16).padStart(6, '0') })
		});
	})
	.filter((r) => r.success)
	.map((r) => r.data!);

async function outcome(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'ok';
	} catch (error) {
		if (error instanceof ShareError) return error.message;
		throw error;
	}
}

const example: SetResult = SetResult.parse({
	v: 1,
	setId: shared.set.id,
	student: 'Aiko Tanaka',
	attempt: 2,
	startedAt: '2026-03-02T09:00:00.000Z',
	finishedAt: '2026-03-02T09:07:31.000Z',
	score: { correct: 3, total: shared.questions.length },
	answers: typeExamples.map(([, e], i) => ({
		questionId: shared.questions[i]!.question.id,
		response: i % 2 ? e.wrong : e.right,
		correct: i % 2 === 0,
		ms: 3000 + i * 1000
	})),
	device: '0a1b2c'
});

/** A correctly checksummed compact code (`r2.` or `r3.`) around any bytes. */
function forge(bytes: Uint8Array, layout: 2 | 3): string {
	const head = `r${layout}.${toBase64Url(bytes)}`;
	return `${head}.${toBase32(crc32(new TextEncoder().encode(head)))}`;
}

/** The bytes a body for `set` starts with: its id tag and fingerprint. */
function tagsOf(set: SharedSet): number[] {
	const id = crc32(new TextEncoder().encode(set.set.id)) & 0xffff;
	const print = setFingerprint(set);
	return [id >> 8, id & 255, print >>> 24, (print >>> 16) & 255, (print >>> 8) & 255, print & 255];
}

describe.each([2, 3] as const)('compact result codes (version %i)', (layout) => {
	it('round-trips any result a device makes, read beside its set', async () => {
		await fc.assert(
			fc.asyncProperty(result, async (r) => {
				const code = await encodeResultCode(r, shared, layout);
				expect(code).toMatch(new RegExp(`^r${layout}\\.[A-Za-z0-9_-]+\\.[0-9A-HJKMNP-TV-Z]{7}$`));
				const decoded = await decodeResultCode(code, [otherSet, shared]);
				expect(decoded).toEqual(r);
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);

	if (layout === 2)
		it('writes a choice as its option and a typed answer as text', async () => {
			const choice = await encodeResultCode(
				SetResult.parse({ ...example, answers: example.answers.slice(0, 1) }),
				shared,
				layout
			);
			const typed = await encodeResultCode(
				SetResult.parse({
					...example,
					answers: [{ ...example.answers[0]!, response: 'Somewhere in Washington D.C.' }]
				}),
				shared,
				layout
			);
			// Option text costs one byte; typed text travels as it is.
			expect(typed.length - choice.length).toBeGreaterThan(30);
			expect((await decodeResultCode(typed, [shared])).answers[0]!.response).toBe(
				'Somewhere in Washington D.C.'
			);
		});

	it('says when the set is not chosen, or is another version of it', async () => {
		const code = await encodeResultCode(example, shared, layout);
		expect(await outcome(decodeResultCode(code))).toMatch(/for a set that is not chosen here/);
		expect(await outcome(decodeResultCode(code, [otherSet]))).toMatch(
			/for a set that is not chosen here/
		);
		expect(await outcome(decodeResultCode(code, [otherVersion]))).toMatch(
			/another version of “Every type, edited”/
		);
	});

	it('still reads version-1 codes, and pastes of both versions together', async () => {
		const old = await encodeResultCode(SetResult.parse({ ...example, device: undefined }));
		expect(old).toMatch(/^r1\./);
		const fresh = await encodeResultCode(example, shared, layout);
		const pasted = `Aiko: ${old}\nBen: (${fresh}).`;
		expect(splitResultCodes(pasted)).toEqual([old, fresh]);
		const decoded = await decodeResultCodes(pasted, [shared]);
		expect(decoded.errors).toEqual([]);
		expect(decoded.codes).toEqual([old, fresh]);
		expect(decoded.results.map((r) => r.device)).toEqual([undefined, '0a1b2c']);
	});

	if (layout === 3)
		it('makes a result file holding the compact code, read back beside the set', async () => {
			const file = await resultFile(example, shared);
			expect(file.code).toMatch(/^r3\./);
			expect(JSON.parse(file.text)).toMatchObject({ format: 'factdeck-result', version: 2 });
			expect(await parseResultFile(file.text, [shared])).toEqual(example);
			expect(await outcome(parseResultFile(file.text))).toMatch(/not chosen here/);
			const changed = file.text.replace('Aiko Tanaka', 'Aiko Tanaka-Smith');
			expect(await outcome(parseResultFile(changed, [shared]))).toMatch(/has been changed/);
		});
});

describe('compact result codes (version 3)', () => {
	const one = (student: string, response: string, index = 1) =>
		SetResult.parse({
			...example,
			student,
			score: { correct: example.answers[index]!.correct ? 1 : 0, total: shared.questions.length },
			answers: [{ ...example.answers[index]!, response }]
		});
	const key = shared.questions[1]!.question.answer;

	it('packs a name in 5 bits a letter, and still reads any other name', async () => {
		const name = 'Maximilian Alexander Featherstonehaugh-X';
		const packed = await encodeResultCode(one(name, key), shared);
		const before = await encodeResultCode(one(name, key), shared, 2);
		// 40 letters and signs in 25 bytes rather than 40: 20 characters fewer.
		expect(before.length - packed.length).toBeGreaterThanOrEqual(18);
		for (const student of [
			name,
			"o'Neil McDONALD",
			'Zoë Ōta',
			'Dan1',
			'ÆØÅ æøå',
			'a',
			'A-b C.d, e'
		]) {
			const r = one(student, key);
			expect(await decodeResultCode(await encodeResultCode(r, shared), [shared])).toEqual(r);
		}
	});

	it('writes a typed answer close to the key as an edit of it', async () => {
		const typo = `${key.slice(0, -1)}x`;
		const right = await encodeResultCode(one('Aiko', key), shared);
		const wrong = await encodeResultCode(one('Aiko', typo), shared);
		// Four bytes more than the key itself: how it is written, where the edit starts and ends, "x".
		expect(wrong.length - right.length).toBeLessThanOrEqual(6);
		const decoded = await decodeResultCode(wrong, [shared]);
		expect(decoded.answers[0]!.response).toBe(typo);
	});

	it('round-trips names and answers made of the packed letters, and edits of the key', async () => {
		const letters = fc.string({
			unit: fc.constantFrom(..."aAbBqQzZ -'.,é1🙂"),
			minLength: 1,
			maxLength: 40
		});
		const keys = shared.questions.map((q) => q.question.answer);
		const edit = fc
			.tuple(fc.nat(keys.length - 1), fc.nat(60), fc.nat(60), letters)
			.map(([i, start, end, middle]) => {
				const k = Array.from(keys[i]!);
				const from = Math.min(start, k.length);
				const to = Math.max(from, k.length - end);
				return { i, response: k.slice(0, from).join('') + middle + k.slice(to).join('') };
			});
		await fc.assert(
			fc.asyncProperty(
				letters.filter((n) => n.trim() === n && n.length > 0),
				edit,
				async (student, { i, response }) => {
					const r = SetResult.safeParse({
						...example,
						student,
						score: { correct: example.answers[i]!.correct ? 1 : 0, total: shared.questions.length },
						answers: [{ ...example.answers[i]!, response }]
					});
					fc.pre(r.success);
					const code = await encodeResultCode(r.data!, shared);
					expect(await decodeResultCode(code, [shared])).toEqual(r.data);
				}
			),
			{ numRuns: 3000 }
		);
	}, 60_000);
});

describe.each([2, 3] as const)(
	'compact result code decoder under fuzzing (version %i)',
	(layout) => {
		const opts = { numRuns: 10_000 };

		it('only ever throws ShareError on arbitrary strings', async () => {
			await fc.assert(
				fc.asyncProperty(
					fc.oneof(
						fc.string({ unit: 'binary', maxLength: 200 }),
						fc.string({ maxLength: 200 }).map((s) => `r${layout}.${s}`)
					),
					async (input) => {
						expect(await outcome(decodeResultCode(input, [shared]))).not.toBe('ok');
						await decodeResultCodes(input, [shared]);
					}
				),
				opts
			);
		}, 60_000);

		it('random bytes after the set tags fail with ShareError or are a valid result', async () => {
			let valid = 0;
			await fc.assert(
				fc.asyncProperty(fc.uint8Array({ maxLength: 80 }), fc.boolean(), async (tail, tagged) => {
					const bytes = Uint8Array.from([...(tagged ? tagsOf(shared) : []), ...tail]);
					try {
						const decoded = await decodeResultCode(forge(bytes, layout), [shared]);
						expect(SetResult.safeParse(decoded).success).toBe(true);
						valid++;
					} catch (error) {
						expect(error).toBeInstanceOf(ShareError);
					}
				}),
				opts
			);
			// Structured near misses: a valid header and answers with arbitrary numbers.
			const near = fc
				.tuple(
					fc.uint8Array({ minLength: 3, maxLength: 3 }),
					fc.array(fc.nat(200), { maxLength: 30 })
				)
				.map(([device, numbers]) =>
					Uint8Array.from([
						...tagsOf(shared),
						...device,
						1,
						0x80,
						0x80,
						0x80,
						0x01,
						0,
						// A one-letter name: its length (layout 3: times 4, as UTF-8), then "A".
						layout === 2 ? 1 : 4,
						65,
						...numbers
					])
				);
			await fc.assert(
				fc.asyncProperty(near, async (bytes) => {
					try {
						const decoded = await decodeResultCode(forge(bytes, layout), [shared]);
						expect(SetResult.safeParse(decoded).success).toBe(true);
						valid++;
					} catch (error) {
						expect(error).toBeInstanceOf(ShareError);
					}
				}),
				opts
			);
			expect(valid).toBeGreaterThan(0);
		}, 60_000);

		it('rejects every single-character substitution before the checksum as a typo', async () => {
			const code = await encodeResultCode(example, shared, layout);
			const head = code.lastIndexOf('.');
			const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
			await fc.assert(
				fc.asyncProperty(
					fc.integer({ min: 3, max: head - 1 }),
					fc.constantFrom(...alphabet),
					async (at, ch) => {
						fc.pre(code[at] !== ch);
						const mutated = code.slice(0, at) + ch + code.slice(at + 1);
						expect(await outcome(decodeResultCode(mutated, [shared]))).toMatch(/checksum mismatch/);
					}
				),
				opts
			);
		}, 60_000);

		it('never accepts a mutated or truncated code as a different result', async () => {
			const code = await encodeResultCode(example, shared, layout);
			const mutation = fc.oneof(
				fc.tuple(
					fc.constant('sub'),
					fc.nat(code.length - 1),
					fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
				),
				fc.tuple(fc.constant('cut'), fc.nat(code.length - 1), fc.constant('')),
				fc.tuple(fc.constant('drop'), fc.nat(code.length - 1), fc.constant('')),
				fc.tuple(
					fc.constant('insert'),
					fc.nat(code.length),
					fc.constantFrom('A', 'z', '0', '-', '.')
				)
			);
			await fc.assert(
				fc.asyncProperty(mutation, async ([kind, at, ch]) => {
					const mutated =
						kind === 'sub'
							? code.slice(0, at) + ch + code.slice(at + 1)
							: kind === 'cut'
								? code.slice(0, at)
								: kind === 'drop'
									? code.slice(0, at) + code.slice(at + 1)
									: code.slice(0, at) + ch + code.slice(at);
					try {
						expect(await decodeResultCode(mutated, [shared])).toEqual(example);
					} catch (error) {
						expect(error).toBeInstanceOf(ShareError);
					}
				}),
				opts
			);
		}, 60_000);
	}
);
