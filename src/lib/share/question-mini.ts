import { gap } from '../schema/gap';
import { z } from '../schema/zod-mini';

// zod/mini copies of the `src/lib/schema` schemas the share modules need. The share code runs in
// the browser next to storage, which already uses zod/mini; importing classic zod there as well
// would ship a second zod build on every study page. These must accept and reject exactly what the
// classic schemas do and give the same output (tests/unit/share-question-mini.test.ts checks it).

/** A calendar date written as YYYY-MM-DD, checked to be a real day (as schema/article's IsoDate). */
export const IsoDate = z.iso.date();

/** As schema/article's Span. */
export const Span = z
	.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.positive()) })
	.check(
		z.refine((span) => span.end > span.start, {
			message: 'end must be greater than start',
			path: ['end']
		})
	);

// schema/article's slugPattern, copied: importing it would load that module's classic schemas.
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** As schema/article's Slug. */
export const Slug = z
	.string()
	.check(
		z.regex(slugPattern, 'must be lowercase letters, digits and single hyphens (a-z, 0-9, -)')
	);

/** As schema/bank's Id. */
export const Id = z
	.string()
	.check(z.regex(/^[a-z0-9][a-z0-9_-]{2,63}$/, 'must be 3–64 characters of a-z, 0-9, "_" or "-"'));

const Text = z.string().check(z.trim(), z.minLength(1));

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

/** As schema/bank's Question. */
export const Question = z.discriminatedUnion('type', [
	McqQuestion,
	TrueFalseQuestion,
	ClozeQuestion,
	ShortAnswerQuestion,
	MatchingQuestion,
	OrderingQuestion
]);
export type Question = z.infer<typeof Question>;
