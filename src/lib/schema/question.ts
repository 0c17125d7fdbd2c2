import { gap } from './gap';
import { Id, Span, Text } from './primitives';
import { questionTypes } from './question-types';
import { z } from './zod-mini';

export { gap } from './gap';
export { questionTypeLabels, questionTypes } from './question-types';
export const QuestionType = z.enum(questionTypes);
export type QuestionType = z.infer<typeof QuestionType>;

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

const Options = /* @__PURE__ */ z
	.array(Text)
	.check(
		z.minLength(2),
		z.maxLength(6),
		z.refine(uniqueStrings, { message: 'options must be unique' })
	);

export const McqQuestion = /* @__PURE__ */ z
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

export const ClozeQuestion = /* @__PURE__ */ z
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
export const MatchingQuestion = /* @__PURE__ */ z
	.strictObject({
		...base,
		type: z.literal('matching'),
		pairs: /* @__PURE__ */ z.array(Pair).check(z.minLength(2), z.maxLength(8))
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

export const OrderingQuestion = /* @__PURE__ */ z
	.strictObject({
		...base,
		type: z.literal('ordering'),
		/** The items in their correct order. */
		items: /* @__PURE__ */ z.array(Text).check(z.minLength(2), z.maxLength(8))
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
