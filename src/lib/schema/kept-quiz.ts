// A quiz in progress as this device keeps it, so that a reload or a closed tab can resume it.
import { questionTypes } from './question-types';
import { z } from './zod-mini';

const ItemId = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200));
const count = /* @__PURE__ */ z.int().check(z.nonnegative());

export const KeptAnswer = /* @__PURE__ */ z.strictObject({
	response: z.string().check(z.maxLength(10_000)),
	correct: z.boolean(),
	/** The right answer as the feedback showed it. */
	expected: z.string().check(z.maxLength(10_000))
});
export type KeptAnswer = z.infer<typeof KeptAnswer>;

export const KeptQuiz = /* @__PURE__ */ z
	.strictObject({
		v: z.literal(1),
		bankId: ItemId,
		savedAt: z.iso.datetime(),
		/** The setup it was started with, restored with it. */
		settings: z.strictObject({
			length: z.union([z.literal(10), z.literal(20), z.literal('all')]),
			types: z.array(z.enum(questionTypes)),
			onlyWrong: z.boolean()
		}),
		/** The questions asked, in the order asked. */
		questionIds: z.array(ItemId).check(z.minLength(1), z.maxLength(5000)),
		/** Each question's options in the order shown (empty for typed questions). */
		options: z.array(z.array(z.string())),
		/** The answers given so far, to the first questions in order. */
		answers: z.array(KeptAnswer),
		/** The question on screen. */
		index: count,
		/** Time spent on the quiz so far, in milliseconds. */
		elapsedMs: z.number().check(z.nonnegative())
	})
	.check(
		z.refine(
			(q) =>
				q.options.length === q.questionIds.length &&
				q.answers.length <= q.questionIds.length &&
				q.index < q.questionIds.length &&
				q.index <= q.answers.length &&
				q.answers.length <= q.index + 1 &&
				new Set(q.questionIds).size === q.questionIds.length,
			'questions, options, answers and position must agree'
		)
	);
export type KeptQuiz = z.infer<typeof KeptQuiz>;
