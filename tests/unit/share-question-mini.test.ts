import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Question as ClassicQuestion } from '../../src/lib/schema/bank';
import { Question as MiniQuestion } from '../../src/lib/share/question-mini';

type Raw = Record<string, unknown>;

const bankQuestions = (
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8')) as {
		questions: Raw[];
	}
).questions;
// The seed bank has no ordering question: one is added so every type is checked.
const seed: Raw[] = [
	...bankQuestions,
	{
		explanation: bankQuestions[0]!.explanation,
		factId: bankQuestions[0]!.factId,
		source: bankQuestions[0]!.source,
		id: 'q-0000000a-order',
		type: 'ordering',
		prompt: 'Put these events from the article in time order, earliest first.',
		answer: 'A → B',
		accept: [],
		items: ['Japan revised its security strategy', 'Kishida and Biden met in Washington']
	} as Raw
];

const first = (type: string) => seed.find((q) => q.type === type)!;

/** The same value through both schemas: same verdict, same output, same issues. */
function expectSameVerdict(value: unknown) {
	const classic = ClassicQuestion.safeParse(value);
	const mini = MiniQuestion.safeParse(value);
	expect(mini.success, JSON.stringify(value)).toBe(classic.success);
	if (classic.success) expect(mini.data).toEqual(classic.data);
	else {
		const issues = (e: {
			issues: readonly { code: string; path: PropertyKey[]; message: string }[];
		}) => e.issues.map(({ code, path, message }) => ({ code, path, message }));
		expect(issues(mini.error!)).toEqual(issues(classic.error!));
	}
	return classic.success;
}

/** Hand-made invalid (and a few valid) variants of the seed bank's questions. */
function mutations(q: Raw): Raw[] {
	const out: Raw[] = [
		{ ...q, extra: 1 },
		{ ...q, prompt: '   ' },
		{ ...q, prompt: `  ${String(q.prompt)}  ` },
		{ ...q, answer: 'not an option at all' },
		{ ...q, id: 'X' },
		{ ...q, factId: undefined },
		{ ...q, source: { start: 5, end: 5 } },
		{ ...q, source: { start: -1, end: 5, extra: true } },
		{ ...q, source: { start: 0.5, end: 5 } },
		{ ...q, accept: undefined },
		{ ...q, accept: ['', 'ok'] },
		{ ...q, accept: [' padded '] }
	];
	for (const type of [
		'mcq',
		'true_false',
		'cloze',
		'short_answer',
		'matching',
		'ordering',
		'essay'
	])
		if (type !== q.type) out.push({ ...q, type });
	const untyped = { ...q };
	delete untyped.type;
	out.push(untyped);
	if (Array.isArray(q.options)) {
		const options = q.options as string[];
		out.push(
			{ ...q, options: [...options, options[0]!] },
			{ ...q, options: [...options, String(options[0]).toUpperCase()] },
			{ ...q, options: options.filter((o) => o !== q.answer) },
			{ ...q, options: [q.answer] },
			{ ...q, options: [...options, 'a', 'b', 'c', 'd', 'e', 'f'] },
			{ ...q, options: undefined }
		);
	}
	if (q.type === 'true_false') {
		out.push(
			{ ...q, answer: 'true' },
			{ ...q, options: ['False', 'True'] },
			{ ...q, options: undefined }
		);
	}
	if (q.type === 'cloze') {
		out.push(
			{ ...q, prompt: String(q.prompt).replace('_____', '____') },
			{ ...q, options: [q.answer, 'Something else'] },
			{ ...q, options: ['Something else', 'Another'] }
		);
	}
	if (Array.isArray(q.pairs)) {
		const pairs = q.pairs as { left: string; right: string }[];
		out.push(
			{ ...q, pairs: [...pairs, { ...pairs[0]!, right: 'fresh' }] },
			{ ...q, pairs: [...pairs, { left: 'fresh', right: pairs[0]!.right.toUpperCase() }] },
			{ ...q, pairs: pairs.slice(0, 1) },
			{ ...q, pairs: [...pairs, { left: 'l', right: 'r', extra: 1 }] }
		);
	}
	if (Array.isArray(q.items)) {
		const items = q.items as string[];
		out.push(
			{ ...q, items: [...items, items[0]!] },
			{ ...q, items: items.slice(0, 1) },
			{ ...q, items: [...items, ...'abcdefgh'] }
		);
	}
	return out;
}

describe('the zod/mini Question used by share links', () => {
	it('accepts every seed bank question with the same output as the classic schema', () => {
		expect(seed.length).toBeGreaterThan(0);
		for (const q of seed) expect(expectSameVerdict(q)).toBe(true);
	});

	it('accepts and rejects mutated questions exactly as the classic schema does', () => {
		const types = [...new Set(seed.map((q) => q.type))];
		expect(types.length).toBe(6);
		let rejected = 0;
		for (const q of seed) {
			for (const m of mutations(q)) if (!expectSameVerdict(m)) rejected++;
		}
		expect(rejected).toBeGreaterThan(seed.length * 10);
	});

	it('agrees on non-questions', () => {
		for (const value of [null, undefined, 0, 'mcq', [], {}, { type: 'mcq' }, [first('mcq')]])
			expect(expectSameVerdict(value)).toBe(false);
	});

	it('agrees when any field of a seed question is replaced by arbitrary JSON', () => {
		const keys = ['id', 'type', 'prompt', 'answer', 'accept', 'explanation', 'factId', 'source'];
		const extra = ['options', 'pairs', 'items'];
		fc.assert(
			fc.property(
				fc.constantFrom(...seed),
				fc.constantFrom(...keys, ...extra),
				fc.jsonValue({ maxDepth: 2 }),
				(q, key, value) => {
					expectSameVerdict({ ...q, [key]: value });
				}
			),
			{ numRuns: 500 }
		);
	});
});
