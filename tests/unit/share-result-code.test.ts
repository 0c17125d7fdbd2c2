import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, hasControlCharacter, pack, toBase32 } from '../../src/lib/share/codec';
import {
	decodeResultCode,
	decodeResultCodes,
	encodeResultCode,
	parseResultFile,
	resultFile,
	SetResult,
	ShareError,
	splitResultCodes,
	resultCodeMaxLength,
	type SetResultInput
} from '../../src/lib/share';

const plain = (max: number) =>
	fc
		.string({ unit: 'grapheme', maxLength: max })
		.filter((s) => !hasControlCharacter(s) && s.length <= max);
const dateTime = fc
	.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
	.map((t) => new Date(t).toISOString());

/** Any valid SetResult, as the schema outputs it. */
const setResult: fc.Arbitrary<SetResult> = fc
	.record({
		v: fc.constant(1 as const),
		setId: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/),
		student: fc.oneof(plain(80), fc.constant('<b>Bobby</b> "Tables"; DROP')),
		attempt: fc.integer({ min: 1, max: 20 }),
		startedAt: dateTime,
		finishedAt: dateTime,
		answers: fc.uniqueArray(
			fc.record({
				questionId: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{2,15}$/),
				response: plain(60),
				correct: fc.boolean(),
				ms: fc.nat(3_600_000)
			}),
			{ maxLength: 12, selector: (a) => a.questionId }
		),
		extra: fc.nat(5)
	})
	.map(({ extra, ...r }) => ({
		...r,
		score: {
			correct: r.answers.filter((a) => a.correct).length,
			total: Math.max(1, r.answers.length + extra)
		}
	}))
	.map((raw) => SetResult.safeParse(raw))
	.filter((r) => r.success)
	.map((r) => r.data!);

function result(overrides: Partial<SetResultInput> = {}): SetResultInput {
	return {
		v: 1,
		setId: 'summit-warm-up',
		student: 'Aiko Tanaka',
		attempt: 1,
		startedAt: '2026-03-02T09:00:00.000Z',
		finishedAt: '2026-03-02T09:07:31.250Z',
		score: { correct: 7, total: 10 },
		answers: Array.from({ length: 10 }, (_, i) => ({
			questionId: `q-${(0x1a2b3c4d * (i + 1)).toString(16).slice(0, 8)}-mcq`,
			response: i < 7 ? 'Fumio Kishida and Joe Biden' : 'Joe Biden and Yoshimasa Hayashi',
			correct: i < 7,
			ms: 3000 + i * 1371
		})),
		...overrides
	};
}

const wireTime = '2026-03-02T09:00:00.000Z';

/** A well-formed, correctly checksummed code around any data. */
async function forge(data: unknown): Promise<string> {
	const head = `r1.${await pack(data)}`;
	return `${head}.${toBase32(crc32(new TextEncoder().encode(head)))}`;
}

async function outcome(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
		return 'ok';
	} catch (error) {
		if (error instanceof ShareError) return error.message;
		throw error;
	}
}

describe('result codes', () => {
	it('round-trips any valid result', async () => {
		await fc.assert(
			fc.asyncProperty(setResult, async (r) => {
				const code = await encodeResultCode(r);
				expect(code).toMatch(/^r1\.[A-Za-z0-9_-]+\.[0-9A-HJKMNP-TV-Z]{7}$/);
				expect(await decodeResultCode(code)).toEqual(r);
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps a 10-answer code short', async () => {
		const code = await encodeResultCode(result());
		expect(code.length).toBeLessThan(400);
	});

	it('ends with the CRC-32 of the rest in Crockford base32', async () => {
		const code = await encodeResultCode(result());
		const head = code.slice(0, code.lastIndexOf('.'));
		expect(code.slice(-7)).toBe(toBase32(crc32(new TextEncoder().encode(head))));
		expect(toBase32(crc32(new TextEncoder().encode('123456789')))).toBe('35Z8E96'); // the standard check value 0xCBF43926
	});

	it('ignores whitespace and line breaks inside a pasted code, and reads the checksum loosely', async () => {
		const code = await encodeResultCode(result());
		const wrapped = code.match(/.{1,60}/g)!.join('\r\n \u200b ');
		expect(await decodeResultCode(`  ${wrapped}\n`)).toEqual(SetResult.parse(result()));
		const loose =
			code.slice(0, -7) + code.slice(-7).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
		expect(await decodeResultCode(loose)).toEqual(SetResult.parse(result()));
	});

	it('says which code has a typo', async () => {
		const code = await encodeResultCode(result());
		const i = 40;
		const typo = code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1);
		expect(await outcome(decodeResultCode(typo))).toMatch(/typo \(checksum mismatch\)/);
		expect(await outcome(decodeResultCode(code.slice(0, -2)))).toMatch(/damaged or cut short/);
		expect(await outcome(decodeResultCode(`r4.${code.slice(3)}`))).toMatch(/newer version/);
		expect(await outcome(decodeResultCode('s1.abc'))).toMatch(/not a Factdeck result code/);
		expect(await outcome(decodeResultCode(`${code.slice(0, 20)}!${code.slice(21)}`))).toMatch(
			/characters a result code cannot have/
		);
		const huge = `r1.${'A'.repeat(50_000)}`;
		const hugeCode = `${huge}.${toBase32(crc32(new TextEncoder().encode(huge)))}`;
		expect(await outcome(decodeResultCode(hugeCode))).toMatch(/too large/);
	});

	it('lists the first schema problems of a well-formed code with bad data', async () => {
		const bad = [1, 'Summit!', ' ', 0, 'yesterday', wireTime, 1, 1, [['q-1', 'x', 2, -1]]];
		expect(await outcome(decodeResultCode(await forge(bad)))).toBe(
			'This code cannot be used: setId: must be lowercase letters, digits and single hyphens (a-z, 0-9, -); ' +
				'student: the student name is missing; attempt: Too small: expected number to be >=1 (and 3 more).'
		);
		expect(await outcome(decodeResultCode(await forge({ v: 1 })))).toMatch(
			/does not hold a result/
		);
	});

	it('keeps markup in names and answers as text, and rejects control characters', async () => {
		const tricky = result({ student: '<img src=x onerror=alert(1)>', answers: [] });
		expect((await decodeResultCode(await encodeResultCode(tricky))).student).toBe(
			'<img src=x onerror=alert(1)>'
		);
		await expect(encodeResultCode(result({ student: 'Ann\u202eeB' }))).rejects.toThrow(ShareError);
		const forged = await forge([1, 'summit', 'A\u0000B', 1, wireTime, wireTime, 0, 1, []]);
		expect(await outcome(decodeResultCode(forged))).toMatch(/student: must not contain control/);
	});

	it('decodes several pasted codes, reporting bad ones and duplicates', async () => {
		const a = await encodeResultCode(result());
		const b = await encodeResultCode(result({ student: 'Ben', attempt: 2 }));
		const typo = a.slice(0, 30) + (a[30] === 'Q' ? 'R' : 'Q') + a.slice(31);
		const pasted = `Codes from 9B:\n\n${a}\n${b.slice(0, 50)}\n${b.slice(50)}, thanks!\n(${a})\n${typo}.`;
		expect(splitResultCodes(pasted)).toEqual([a, b, a, typo]);
		const decoded = await decodeResultCodes(pasted);
		expect(decoded.results.map((r) => r.student)).toEqual(['Aiko Tanaka', 'Ben']);
		expect(decoded.duplicates).toBe(1);
		expect(decoded.errors).toEqual([
			{ code: typo, message: expect.stringMatching(/typo/) as string }
		]);
		expect((await decodeResultCodes('hello there')).errors).toHaveLength(1);
		expect(
			(await decodeResultCodes('https://factdeck.example/assignments#s1.AbC-_d')).errors
		).toEqual([
			{ code: expect.any(String) as string, message: expect.stringMatching(/set's link/) as string }
		]);
		expect(await decodeResultCodes('   ')).toEqual({
			results: [],
			codes: [],
			errors: [],
			duplicates: 0
		});
	});

	it('reads a code written in a sentence, inside brackets, quotes or with its full stop', async () => {
		const a = await encodeResultCode(result());
		for (const written of [
			`(${a}).`,
			`Here it is: (${a}).`,
			`“${a}”,`,
			`«${a}»!`,
			`[${a}]...`,
			`\t ${a}. \n`,
			`${a}?!`
		]) {
			expect(splitResultCodes(written), written).toEqual([a]);
			expect((await decodeResultCodes(written)).results, written).toHaveLength(1);
		}
		// A code broken across lines, its last line in brackets with a full stop.
		expect(splitResultCodes(`${a.slice(0, 40)}\n(${a.slice(40)}).`)).toEqual([a]);
	});

	it('refuses a huge paste by its length, without reading it', async () => {
		const fake = `r1.${'A'.repeat(1024 * 1024)}.ABCDEFG`;
		const decoded = await decodeResultCodes(fake);
		expect(decoded.results).toEqual([]);
		expect(decoded.errors).toEqual([
			{ code: fake.slice(0, 40), message: expect.stringMatching(/far more text/) as string }
		]);
		// Just under the limit, a paste of word-sized pieces is still split into codes of bounded size.
		const pieces = splitResultCodes(`r1.${'AAAA '.repeat(100_000)}`);
		expect(pieces.every((p) => p.length <= resultCodeMaxLength)).toBe(true);
	});

	it("says what a file that is not a result file is, in a teacher's words", async () => {
		const expectations: [unknown, RegExp][] = [
			[{ format: 'factdeck-progress', version: 1 }, /progress backup, not a student's result/],
			[{ v: 1, set: {}, questions: [] }, /set's questions, not a student's result/],
			[{ id: 'b', facts: [], questions: [] }, /question bank, not a student's result/],
			[{ format: 'factdeck-result', version: 1, result: {} }, /damaged or incomplete/],
			[{ format: 'factdeck-result', version: 3 }, /newer version/],
			[[1, 2, 3], /not a Factdeck result file/],
			[{ hello: 'world' }, /not a Factdeck result file/]
		];
		for (const [data, message] of expectations) {
			const said = await outcome(parseResultFile(JSON.stringify(data)));
			expect(said).toMatch(message);
			// No schema wording ("Invalid input", field paths) reaches the teacher.
			expect(said).not.toMatch(/Invalid|expected|format:/);
		}
	});

	it('writes a result file and reads it back', async () => {
		const file = await resultFile(result({ student: 'Zoë O’Brien' }));
		expect(file.fileName).toBe('summit-warm-up-zoe-o-brien-attempt-1.factdeck-result.json');
		expect(await parseResultFile(file.text)).toEqual(
			SetResult.parse(result({ student: 'Zoë O’Brien' }))
		);
		const edited = file.text.replace('"correct": true', '"correct": false');
		expect(await outcome(parseResultFile(edited))).toMatch(/disagree/);
		expect(await outcome(parseResultFile('{'))).toMatch(/not JSON/);
		expect(await outcome(parseResultFile('{"format":"other"}'))).toMatch(
			/not a Factdeck result file/
		);
	});
});

describe('result code decoder under fuzzing', () => {
	const opts = { numRuns: 10_000 };

	it('only ever throws ShareError on arbitrary strings', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 200 }),
					fc.string({ maxLength: 200 }).map((s) => `r1.${s}`)
				),
				async (input) => {
					expect(await outcome(decodeResultCode(input))).not.toBe('ok');
					await decodeResultCodes(input);
				}
			),
			opts
		);
	}, 30_000);

	it('rejects arbitrary base64url, checksummed or not', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.stringMatching(/^[A-Za-z0-9_-]{0,300}$/),
				fc.boolean(),
				async (body, fixSum) => {
					const head = `r1.${body}`;
					const sum = fixSum ? toBase32(crc32(new TextEncoder().encode(head))) : 'ABCDEFG';
					expect(await outcome(decodeResultCode(`${head}.${sum}`))).not.toBe('ok');
				}
			),
			opts
		);
	}, 30_000);

	it('rejects every single-character substitution before the checksum as a typo', async () => {
		const code = await encodeResultCode(result());
		const head = code.lastIndexOf('.');
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 3, max: head - 1 }),
				fc.constantFrom(...alphabet),
				async (at, ch) => {
					fc.pre(code[at] !== ch);
					const mutated = code.slice(0, at) + ch + code.slice(at + 1);
					expect(await outcome(decodeResultCode(mutated))).toMatch(/checksum mismatch/);
				}
			),
			opts
		);
	}, 30_000);

	it('never accepts a mutated or truncated code as a different result', async () => {
		const code = await encodeResultCode(result());
		const original = SetResult.parse(result());
		const mutation = fc.oneof(
			fc.tuple(
				fc.constant('sub'),
				fc.nat(code.length - 1),
				fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
			),
			fc.tuple(fc.constant('cut'), fc.nat(code.length - 1), fc.constant('')),
			fc.tuple(fc.constant('drop'), fc.nat(code.length - 1), fc.constant('')),
			fc.tuple(fc.constant('insert'), fc.nat(code.length), fc.constantFrom('A', 'z', '0', '-', '.'))
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
					// Only changes the decoder ignores (whitespace, checksum letter case, I/L/O) may pass.
					expect(await decodeResultCode(mutated)).toEqual(original);
				} catch (error) {
					expect(error).toBeInstanceOf(ShareError);
				}
			}),
			opts
		);
	}, 30_000);

	it('random JSON in a valid, checksummed envelope fails with ShareError or is a valid result', async () => {
		const nearlyResult = fc.tuple(
			fc.constant(1),
			fc.oneof(fc.constant('summit'), fc.string()),
			fc.string({ unit: 'binary', maxLength: 10 }),
			fc.integer({ min: -2, max: 3 }),
			fc.oneof(fc.constant(wireTime), fc.string()),
			fc.oneof(fc.constant(wireTime), fc.string()),
			fc.integer({ min: -1, max: 3 }),
			fc.integer({ min: -1, max: 3 }),
			fc.array(
				fc.tuple(
					fc.oneof(fc.constant('q-1'), fc.string()),
					fc.string({ unit: 'binary', maxLength: 10 }),
					fc.oneof(fc.constantFrom(0, 1), fc.jsonValue()),
					fc.oneof(fc.nat(), fc.double())
				),
				{ maxLength: 3 }
			)
		);
		let valid = 0;
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 4 }), nearlyResult), async (value) => {
				try {
					expect(SetResult.safeParse(await decodeResultCode(await forge(value))).success).toBe(
						true
					);
					valid++;
				} catch (error) {
					expect(error).toBeInstanceOf(ShareError);
				}
			}),
			opts
		);
		// The near misses do sometimes form a valid result, so both paths are exercised.
		expect(valid).toBeGreaterThan(0);
	}, 30_000);
});
