import { z } from 'zod';
import { Fact, Question } from './bank';

const Text = z.string().trim().min(1);

export const RejectDecision = z.strictObject({
	action: z.literal('reject'),
	note: Text.optional()
});
export const EditDecision = z.strictObject({
	action: z.literal('edit'),
	prompt: Text.optional(),
	answer: Text.optional(),
	options: z.array(Text).optional(),
	accept: z.array(Text).optional(),
	explanation: Text.optional(),
	note: Text.optional()
});
export const Decision = z.discriminatedUnion('action', [RejectDecision, EditDecision]);
export type Decision = z.infer<typeof Decision>;

/** A question an editor wrote from a span of the article, with the fact it asks about. */
export const Addition = z
	.strictObject({
		fact: Fact,
		question: Question,
		note: Text.optional()
	})
	.refine((a) => a.question.factId === a.fact.id, {
		message: "the question's factId must be its fact's id",
		path: ['question', 'factId']
	});
export type Addition = z.infer<typeof Addition>;

/** `questions/reviews/<slug>.json`: an editor's verdicts, applied on every generation. */
export const Review = z.strictObject({
	version: z.literal(1),
	decisions: z.record(z.string(), Decision),
	/** Questions the editor added, appended after the generated ones. */
	additions: z.array(Addition).optional()
});
export type Review = z.infer<typeof Review>;
