import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typeExamples } from './question-type-examples';
import {
	Addition,
	Article,
	ArticleMeta,
	AssignedSet,
	Bank,
	BankSummary,
	Decision,
	Fact,
	Question,
	Review
} from '../../src/lib/schema';

type Raw = Record<string, unknown>;
interface Schema {
	safeParse(value: unknown): {
		success: boolean;
		error?: { issues: readonly { path: PropertyKey[]; message: string }[] };
	};
}

const bank = JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8')) as Raw;
const questions = bank.questions as Raw[];
const fact = (bank.facts as Raw[])[0]!;
const ofType = (type: string) => questions.find((q) => q.type === type)!;
const mcq = ofType('mcq');
const trueFalse = ofType('true_false');
const cloze = ofType('cloze');
const matching = ofType('matching');
const shortAnswer = ofType('short_answer');
const options = mcq.options as string[];
const pairs = matching.pairs as { left: string; right: string }[];
const ordering: Raw = {
	...shortAnswer,
	id: 'q-ordering',
	type: 'ordering',
	answer: 'A → B',
	items: ['A', 'B']
};
const meta = { title: 'T', publisher: 'P', published: '2024-04-10', language: 'en' };
const set = { version: 1, id: 'a-b', title: ' T ', items: [{ bank: 'x', question: 'q-1' }] };

/** Each issue as `path: message`, the way content validation and the share codecs show them. */
function issues(schema: Schema, value: unknown): string[] {
	const result = schema.safeParse(value);
	expect(result.success, JSON.stringify(value)?.slice(0, 200)).toBe(false);
	return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('Question', () => {
	it('accepts every question of the seed bank and an ordering question', () => {
		for (const q of [...questions, ordering]) expect(Question.safeParse(q).success).toBe(true);
	});

	it('trims text and fills in the defaults', () => {
		const parsed = Question.parse({
			...mcq,
			prompt: `  ${String(mcq.prompt)}  `,
			accept: undefined
		});
		expect(parsed.prompt).toBe(mcq.prompt);
		expect(parsed.accept).toEqual([]);
		const tf = Question.parse({ ...trueFalse, options: undefined });
		expect(tf.type === 'true_false' && tf.options).toEqual(['True', 'False']);
	});

	it.each<[string, Raw, string[]]>([
		[
			'options that differ only in case',
			{ ...mcq, options: [...options, options[0]!.toUpperCase()] },
			['options: options must be unique']
		],
		[
			'an answer that is not an option',
			{ ...mcq, answer: 'Nope' },
			['options: the answer must be one of the options']
		],
		[
			'one option',
			{ ...mcq, options: [mcq.answer] },
			['options: Too small: expected array to have >=2 items']
		],
		[
			'seven options',
			{ ...mcq, options: [...options, 'a', 'b', 'c', 'd', 'e', 'f'].slice(0, 7) },
			['options: Too big: expected array to have <=6 items']
		],
		['an unknown field', { ...mcq, extra: 1 }, [': Unrecognized key: "extra"']],
		[
			'a blank prompt',
			{ ...mcq, prompt: '  ' },
			['prompt: Too small: expected string to have >=1 characters']
		],
		[
			'an unknown type',
			{ ...mcq, type: 'essay' },
			[
				"type: Invalid discriminator value. Expected 'mcq' | 'cloze' | 'true_false' | 'short_answer' | 'matching' | 'ordering'"
			]
		],
		[
			'a malformed id',
			{ ...mcq, id: 'X' },
			['id: must be 3–64 characters of a-z, 0-9, "_" or "-"']
		],
		[
			'an empty span',
			{ ...mcq, source: { start: 5, end: 5 } },
			['source.end: end must be greater than start']
		],
		[
			'a negative offset',
			{ ...mcq, source: { start: -1, end: 5 } },
			['source.start: Too small: expected number to be >=0']
		],
		[
			'a fractional offset',
			{ ...mcq, source: { start: 0.5, end: 5 } },
			['source.start: Invalid input: expected int, received number']
		],
		[
			'a lower-case true/false answer',
			{ ...trueFalse, answer: 'true' },
			['answer: Invalid option: expected one of "True"|"False"']
		],
		[
			'true/false options out of order',
			{ ...trueFalse, options: ['False', 'True'] },
			['options.0: Invalid input: expected "True"', 'options.1: Invalid input: expected "False"']
		],
		[
			'a cloze prompt without the gap',
			{ ...cloze, prompt: 'no gap here' },
			['prompt: a cloze prompt must contain the gap "_____"']
		],
		[
			'cloze options without the answer',
			{ ...cloze, options: ['Something else', 'Another'] },
			['options: the answer must be one of the options']
		],
		[
			'a repeated left-hand item',
			{ ...matching, pairs: [...pairs, { ...pairs[0]!, right: 'fresh' }] },
			['pairs: each left-hand item must be unique']
		],
		[
			'a repeated right-hand item, in another case',
			{ ...matching, pairs: [...pairs, { left: 'fresh', right: pairs[0]!.right.toUpperCase() }] },
			['pairs: each right-hand item must be unique']
		],
		[
			'one pair',
			{ ...matching, pairs: pairs.slice(0, 1) },
			['pairs: Too small: expected array to have >=2 items']
		],
		['repeated items', { ...ordering, items: ['A', 'a'] }, ['items: items must be unique']],
		[
			'one item',
			{ ...ordering, items: ['A'] },
			['items: Too small: expected array to have >=2 items']
		],
		[
			'nine items',
			{ ...ordering, items: [...'abcdefghi'] },
			['items: Too big: expected array to have <=8 items']
		]
	])('refuses %s', (_, value, expected) => {
		expect(issues(Question, value)).toEqual(expected);
	});
});

describe('Article', () => {
	it.each<[string, Schema, Raw, string[]]>([
		[
			'an impossible date',
			ArticleMeta,
			{ ...meta, published: '2023-02-30' },
			['published: Invalid ISO date']
		],
		[
			'an upper-case language',
			ArticleMeta,
			{ ...meta, language: 'EN' },
			['language: must be a language tag such as "en"']
		],
		[
			'a link that is not an address',
			ArticleMeta,
			{ ...meta, url: 'not a url' },
			['url: must be an http or https address']
		],
		[
			'a javascript: link',
			ArticleMeta,
			{ ...meta, url: 'javascript:alert(1)' },
			['url: must be an http or https address']
		],
		['an unknown field', ArticleMeta, { ...meta, author: 'x' }, [': Unrecognized key: "author"']],
		[
			'an id that is not a slug',
			Article,
			{ ...meta, id: 'Not A Slug', body: 'x' },
			['id: must be lowercase letters, digits and single hyphens (a-z, 0-9, -)']
		],
		['a blank body', Article, { ...meta, id: 'a-b', body: '  ' }, ['body: the article has no body']]
	])('refuses %s', (_, schema, value, expected) => {
		expect(issues(schema, value)).toEqual(expected);
	});

	it('accepts an https link', () => {
		expect(ArticleMeta.safeParse({ ...meta, url: 'https://example.org/a' }).success).toBe(true);
	});
});

describe('Fact, Bank and Review', () => {
	it('fills in a bank’s warnings', () => {
		expect(Bank.parse({ ...bank, warnings: undefined }).warnings).toEqual([]);
	});

	it.each<[string, Schema, unknown, string[]]>([
		[
			'a fact of an unknown kind',
			Fact,
			{ ...fact, kind: 'why' },
			[
				'kind: Invalid option: expected one of "who"|"what"|"where"|"when"|"duration"|"quantity"|"quote"|"role"'
			]
		],
		[
			'a fact whose span ends before it starts',
			Fact,
			{ ...fact, source: { start: 9, end: 3 } },
			['source.end: end must be greater than start']
		],
		[
			'a bank without questions',
			Bank,
			{ ...bank, questions: [] },
			['questions: a bank needs at least one question']
		],
		[
			'a handMade flag that is not a boolean',
			Bank,
			{ ...bank, handMade: 'yes' },
			['handMade: Invalid input: expected boolean, received string']
		],
		[
			'a generator without a version',
			Bank,
			{ ...bank, generator: { name: 'x' } },
			['generator.version: Invalid input: expected string, received undefined']
		],
		[
			'an unknown decision',
			Decision,
			{ action: 'delete' },
			["action: Invalid discriminator value. Expected 'reject' | 'edit'"]
		],
		[
			'an edit with a blank option',
			Decision,
			{ action: 'edit', options: ['a', ''] },
			['options.1: Too small: expected string to have >=1 characters']
		],
		[
			'a rejection that carries an edit',
			Decision,
			{ action: 'reject', prompt: 'x' },
			[': Unrecognized key: "prompt"']
		],
		[
			'an added question about another fact',
			Addition,
			{ fact, question: { ...cloze, factId: 'other-fact' } },
			["question.factId: the question's factId must be its fact's id"]
		],
		[
			'a review of another version',
			Review,
			{ version: 2, decisions: {} },
			['version: Invalid input: expected 1']
		],
		[
			'additions that are not a list',
			Review,
			{ version: 1, decisions: {}, additions: 'none' },
			['additions: Invalid input: expected array, received string']
		]
	])('refuses %s', (_, schema, value, expected) => {
		expect(issues(schema, value)).toEqual(expected);
	});
});

describe('AssignedSet and BankSummary', () => {
	it('trims the title and fills in the defaults', () => {
		expect(AssignedSet.parse(set)).toEqual({
			...set,
			title: 'T',
			instructions: '',
			order: 'fixed',
			mode: 'quiz',
			feedback: 'immediate',
			passMark: 60
		});
	});

	it.each<[string, Schema, unknown, string[]]>([
		[
			'a set without questions',
			AssignedSet,
			{ ...set, items: [] },
			['items: a set needs at least one question']
		],
		[
			'a pass mark over 100',
			AssignedSet,
			{ ...set, passMark: 101 },
			['passMark: Too big: expected number to be <=100']
		],
		[
			'no attempts',
			AssignedSet,
			{ ...set, attempts: 0 },
			['attempts: Too small: expected number to be >=1']
		],
		[
			'an impossible due date',
			AssignedSet,
			{ ...set, due: '2024-13-01' },
			['due: Invalid ISO date']
		],
		[
			'a summary missing question types',
			BankSummary,
			{
				id: 'a',
				title: 't',
				article: 'a',
				publisher: 'p',
				published: '2024-02-02',
				questionCount: 3,
				factCount: 2,
				questionTypes: { mcq: 1, cloze: 0, true_false: 0, short_answer: 0, matching: 0 }
			},
			['questionTypes.ordering: Invalid input: expected number, received undefined']
		]
	])('refuses %s', (_, schema, value, expected) => {
		expect(issues(schema, value)).toEqual(expected);
	});
});

describe.each(typeExamples)('Question of type %s', (_type, { question }) => {
	it('accepts its example, refuses an unknown key and a blank prompt', () => {
		expect(Question.parse(question)).toEqual(question);
		expect(Question.safeParse({ ...question, extra: 1 }).success).toBe(false);
		expect(Question.safeParse({ ...question, prompt: ' ' }).success).toBe(false);
	});
});
