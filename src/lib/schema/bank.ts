import { Article, Slug, Span, Text } from './article';
import { gap } from './gap';
import { questionTypes } from './question-types';
import { z } from './zod-mini';

/** What an entity in an article is: the kind of answer a fact asks for. */
export const entityKinds = [
	'person',
	'role',
	'place',
	'organization',
	'date',
	'weekday',
	'month',
	'duration',
	'quantity',
	'document',
	'event',
	'thing'
] as const;

/** What a fact is about. */
export const factKinds = [
	'who',
	'what',
	'where',
	'when',
	'duration',
	'quantity',
	'quote',
	'role'
] as const;

export { questionTypeLabels, questionTypes } from './question-types';
export const QuestionType = z.enum(questionTypes);
export type QuestionType = z.infer<typeof QuestionType>;

export const Id = z
	.string()
	.check(z.regex(/^[a-z0-9][a-z0-9_-]{2,63}$/, 'must be 3–64 characters of a-z, 0-9, "_" or "-"'));

export const EntityKind = z.enum(entityKinds);
export type EntityKind = z.infer<typeof EntityKind>;

export const FactKind = z.enum(factKinds);
export type FactKind = z.infer<typeof FactKind>;

/** One atomic statement the article makes, tied to the sentence that supports it. */
export const Fact = z.strictObject({
	id: Id,
	kind: FactKind,
	/** The fact as one plain sentence, with pronouns resolved. */
	statement: Text,
	/** The key the questions about this fact ask for. */
	answer: Text,
	answerKind: EntityKind,
	/** Who the article attributes the fact to, when it is a reported claim or a quotation. */
	attribution: z.optional(Text),
	source: Span
});
export type Fact = z.infer<typeof Fact>;

const base = {
	id: Id,
	prompt: Text,
	answer: Text,
	accept: z._default(z.array(Text), []),
	explanation: Text,
	factId: Id,
	source: Span
};

const uniqueStrings = (values: readonly string[]) =>
	new Set(values.map((v) => v.toLowerCase())).size === values.length;

const Options = z
	.array(Text)
	.check(
		z.minLength(2),
		z.maxLength(6),
		z.refine(uniqueStrings, { message: 'options must be unique' })
	);

export const McqQuestion = z
	.strictObject({ ...base, type: z.literal('mcq'), options: Options })
	.check(
		z.refine((q) => q.options.includes(q.answer), {
			message: 'the answer must be one of the options',
			path: ['options']
		})
	);

export const TrueFalseQuestion = z.strictObject({
	...base,
	type: z.literal('true_false'),
	answer: z.enum(['True', 'False']),
	options: z._default(z.tuple([z.literal('True'), z.literal('False')]), ['True', 'False'])
});

export { gap } from './gap';
export const ClozeQuestion = z
	.strictObject({ ...base, type: z.literal('cloze'), options: z.optional(Options) })
	.check(
		z.refine((q) => q.prompt.includes(gap), {
			message: `a cloze prompt must contain the gap "${gap}"`,
			path: ['prompt']
		}),
		z.refine((q) => q.options === undefined || q.options.includes(q.answer), {
			message: 'the answer must be one of the options',
			path: ['options']
		})
	);

export const ShortAnswerQuestion = z.strictObject({ ...base, type: z.literal('short_answer') });

export const Pair = z.strictObject({ left: Text, right: Text });
export const MatchingQuestion = z
	.strictObject({
		...base,
		type: z.literal('matching'),
		pairs: z.array(Pair).check(z.minLength(2), z.maxLength(8))
	})
	.check(
		z.refine((q) => uniqueStrings(q.pairs.map((p) => p.left)), {
			message: 'each left-hand item must be unique',
			path: ['pairs']
		}),
		z.refine((q) => uniqueStrings(q.pairs.map((p) => p.right)), {
			message: 'each right-hand item must be unique',
			path: ['pairs']
		})
	);

export const OrderingQuestion = z
	.strictObject({
		...base,
		type: z.literal('ordering'),
		/** The items in their correct order. */
		items: z.array(Text).check(z.minLength(2), z.maxLength(8))
	})
	.check(
		z.refine((q) => uniqueStrings(q.items), { message: 'items must be unique', path: ['items'] })
	);

export const Question = z.discriminatedUnion('type', [
	McqQuestion,
	TrueFalseQuestion,
	ClozeQuestion,
	ShortAnswerQuestion,
	MatchingQuestion,
	OrderingQuestion
]);
export type Question = z.infer<typeof Question>;

export const Bank = z.strictObject({
	id: Slug,
	/** The slug of the article in `questions/articles/`. */
	article: Slug,
	title: Text,
	/** Set on banks written by hand rather than by the generator. */
	handMade: z.optional(z.boolean()),
	generator: z.optional(z.strictObject({ name: Text, version: Text })),
	warnings: z._default(z.array(Text), []),
	facts: z.array(Fact),
	questions: z.array(Question).check(z.minLength(1, 'a bank needs at least one question'))
});
export type Bank = z.infer<typeof Bank>;

/** A bank with its article, as served by `/api/banks/[id].json`. */
export const BankPayload = z.strictObject({ bank: Bank, article: Article });
export type BankPayload = z.infer<typeof BankPayload>;

/** One entry of the bank index, `/api/banks.json`. */
export const BankSummary = z.strictObject({
	id: Slug,
	title: Text,
	article: Slug,
	publisher: Text,
	published: z.iso.date(),
	questionCount: z.int().check(z.nonnegative()),
	factCount: z.int().check(z.nonnegative()),
	questionTypes: z.record(QuestionType, z.int().check(z.nonnegative()))
});
export type BankSummary = z.infer<typeof BankSummary>;
