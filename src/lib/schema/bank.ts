import { Article } from './article';
import { Id, Slug, Span, Text } from './primitives';
import { Question, QuestionType } from './question';
import { z } from './zod-mini';

export { Id } from './primitives';
export * from './question';

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
	questions: /* @__PURE__ */ z
		.array(Question)
		.check(z.minLength(1, 'a bank needs at least one question'))
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
	questionCount: /* @__PURE__ */ z.int().check(z.nonnegative()),
	factCount: /* @__PURE__ */ z.int().check(z.nonnegative()),
	questionTypes: z.record(QuestionType, /* @__PURE__ */ z.int().check(z.nonnegative()))
});
export type BankSummary = z.infer<typeof BankSummary>;

/** A question as the study pages receive it, with its source sentence quoted. */
export type StudyQuestion = Question & { quote: string };
