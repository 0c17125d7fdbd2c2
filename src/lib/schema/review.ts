import { Text } from './article';
import { Fact, Question } from './bank';
import { z } from './zod-mini';

export const RejectDecision = z.strictObject({
	action: z.literal('reject'),
	note: z.optional(Text)
});
const editFields = {
	prompt: z.optional(Text),
	answer: z.optional(Text),
	options: z.optional(z.array(Text)),
	accept: z.optional(z.array(Text)),
	explanation: z.optional(Text)
};
/** The fields of a question a teacher may change, as a draft keeps them before they are saved. */
export const QuestionEdit = z.strictObject(editFields);
export type QuestionEdit = z.infer<typeof QuestionEdit>;
export const EditDecision = z.strictObject({
	action: z.literal('edit'),
	...editFields,
	note: z.optional(Text)
});
export const Decision = z.discriminatedUnion('action', [RejectDecision, EditDecision]);
export type Decision = z.infer<typeof Decision>;

/** A question an editor wrote from a span of the article, with the fact it asks about. */
export const Addition = /* @__PURE__ */ z
	.strictObject({ fact: Fact, question: Question, note: z.optional(Text) })
	.check(
		z.refine((a) => a.question.factId === a.fact.id, {
			message: "the question's factId must be its fact's id",
			path: ['question', 'factId']
		})
	);
export type Addition = z.infer<typeof Addition>;

/** `questions/reviews/<slug>.json`: an editor's verdicts, applied on every generation. */
export const Review = z.strictObject({
	version: z.literal(1),
	decisions: z.record(z.string(), Decision),
	/** Questions the editor added, appended after the generated ones. */
	additions: z.optional(z.array(Addition))
});
export type Review = z.infer<typeof Review>;
