// zod/mini copies of the classic schemas in src/lib/schema (Article, Fact, Bank, Review) for code
// that runs on study pages, such as the local bank store. Like src/lib/share/question-mini.ts they
// must accept and reject exactly what the classic schemas do, with the same output and messages
// (tests/unit/authoring-schema-mini.test.ts holds them to it). Keep this module's imports to
// zod/mini and zod-free modules: no classic zod, no src/lib/schema/bank.ts, no generator.
import { entityKinds, factKinds } from '../schema/kinds';
import { z } from '../schema/zod-mini';
import { Id, IsoDate, Question, Slug, Span } from '../share/question-mini';

export { Id, IsoDate, Question, Slug, Span };

const Text = z.string().check(z.trim(), z.minLength(1));

/** As schema/article's ArticleMeta. */
export const ArticleMeta = z.strictObject({
	title: Text,
	publisher: Text,
	published: IsoDate,
	byline: z.optional(Text),
	photoCredit: z.optional(Text),
	photoCaption: z.optional(Text),
	dateline: z.optional(Text),
	language: z
		.string()
		.check(z.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'must be a language tag such as "en"')),
	url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http or https address' }))
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** As schema/article's Article. */
export const Article = z.extend(ArticleMeta, {
	id: Slug,
	body: z.string().check(z.trim(), z.minLength(1, 'the article has no body'))
});
export type Article = z.infer<typeof Article>;

/** As schema/bank's Fact. */
export const Fact = z.strictObject({
	id: Id,
	kind: z.enum(factKinds),
	statement: Text,
	answer: Text,
	answerKind: z.enum(entityKinds),
	attribution: z.optional(Text),
	source: Span
});
export type Fact = z.infer<typeof Fact>;

/** As schema/bank's Bank. */
export const Bank = z.strictObject({
	id: Slug,
	article: Slug,
	title: Text,
	handMade: z.optional(z.boolean()),
	generator: z.optional(z.strictObject({ name: Text, version: Text })),
	warnings: z._default(z.array(Text), []),
	facts: z.array(Fact),
	questions: z.array(Question).check(z.minLength(1, 'a bank needs at least one question'))
});
export type Bank = z.infer<typeof Bank>;

export const RejectDecision = z.strictObject({
	action: z.literal('reject'),
	note: z.optional(Text)
});
export const EditDecision = z.strictObject({
	action: z.literal('edit'),
	prompt: z.optional(Text),
	answer: z.optional(Text),
	options: z.optional(z.array(Text)),
	accept: z.optional(z.array(Text)),
	explanation: z.optional(Text),
	note: z.optional(Text)
});
export const Decision = z.discriminatedUnion('action', [RejectDecision, EditDecision]);
export type Decision = z.infer<typeof Decision>;

/** As schema/review's Addition. */
export const Addition = z
	.strictObject({ fact: Fact, question: Question, note: z.optional(Text) })
	.check(
		z.refine((a) => a.question.factId === a.fact.id, {
			message: "the question's factId must be its fact's id",
			path: ['question', 'factId']
		})
	);
export type Addition = z.infer<typeof Addition>;

/** As schema/review's Review. */
export const Review = z.strictObject({
	version: z.literal(1),
	decisions: z.record(z.string(), Decision),
	additions: z.optional(z.array(Addition))
});
export type Review = z.infer<typeof Review>;
