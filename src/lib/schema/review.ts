import { z } from 'zod';

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

/** `questions/reviews/<slug>.json`: an editor's verdicts, applied on every generation. */
export const Review = z.strictObject({
	version: z.literal(1),
	decisions: z.record(z.string(), Decision)
});
export type Review = z.infer<typeof Review>;
