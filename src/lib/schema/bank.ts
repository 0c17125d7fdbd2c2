import { z } from 'zod';
import { Article, Slug, Span } from './article';
import { gap } from './gap';
import { entityKinds, factKinds } from './kinds';
import { questionTypes } from './question-types';

export { entityKinds, factKinds } from './kinds';

export { questionTypeLabels, questionTypes } from './question-types';
export const QuestionType = z.enum(questionTypes);
export type QuestionType = z.infer<typeof QuestionType>;

export const Id = z
	.string()
	.regex(/^[a-z0-9][a-z0-9_-]{2,63}$/, 'must be 3–64 characters of a-z, 0-9, "_" or "-"');

const Text = z.string().trim().min(1);

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
	attribution: Text.optional(),
	source: Span
});
export type Fact = z.infer<typeof Fact>;

const base = {
	id: Id,
	prompt: Text,
	answer: Text,
	accept: z.array(Text).default([]),
	explanation: Text,
	factId: Id,
	source: Span
};

const uniqueStrings = (values: readonly string[]) =>
	new Set(values.map((v) => v.toLowerCase())).size === values.length;

const Options = z
	.array(Text)
	.min(2)
	.max(6)
	.refine(uniqueStrings, { message: 'options must be unique' });

export const McqQuestion = z
	.strictObject({ ...base, type: z.literal('mcq'), options: Options })
	.refine((q) => q.options.includes(q.answer), {
		message: 'the answer must be one of the options',
		path: ['options']
	});

export const TrueFalseQuestion = z.strictObject({
	...base,
	type: z.literal('true_false'),
	answer: z.enum(['True', 'False']),
	options: z.tuple([z.literal('True'), z.literal('False')]).default(['True', 'False'])
});

export { gap } from './gap';
export const ClozeQuestion = z
	.strictObject({ ...base, type: z.literal('cloze'), options: Options.optional() })
	.refine((q) => q.prompt.includes(gap), {
		message: `a cloze prompt must contain the gap "${gap}"`,
		path: ['prompt']
	})
	.refine((q) => q.options === undefined || q.options.includes(q.answer), {
		message: 'the answer must be one of the options',
		path: ['options']
	});

export const ShortAnswerQuestion = z.strictObject({ ...base, type: z.literal('short_answer') });

export const Pair = z.strictObject({ left: Text, right: Text });
export const MatchingQuestion = z
	.strictObject({ ...base, type: z.literal('matching'), pairs: z.array(Pair).min(2).max(8) })
	.refine((q) => uniqueStrings(q.pairs.map((p) => p.left)), {
		message: 'each left-hand item must be unique',
		path: ['pairs']
	})
	.refine((q) => uniqueStrings(q.pairs.map((p) => p.right)), {
		message: 'each right-hand item must be unique',
		path: ['pairs']
	});

export const OrderingQuestion = z
	.strictObject({
		...base,
		type: z.literal('ordering'),
		/** The items in their correct order. */
		items: z.array(Text).min(2).max(8)
	})
	.refine((q) => uniqueStrings(q.items), { message: 'items must be unique', path: ['items'] });

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
	handMade: z.boolean().optional(),
	generator: z.strictObject({ name: Text, version: Text }).optional(),
	warnings: z.array(Text).default([]),
	facts: z.array(Fact),
	questions: z.array(Question).min(1, 'a bank needs at least one question')
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
	questionCount: z.int().nonnegative(),
	factCount: z.int().nonnegative(),
	questionTypes: z.record(QuestionType, z.int().nonnegative())
});
export type BankSummary = z.infer<typeof BankSummary>;
