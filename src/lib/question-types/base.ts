// The fields and checks the question types share, built on the schema primitives.
import { gap } from '../schema/gap';
import { Id, Span, Text } from '../schema/primitives';
import { z } from '../schema/zod-mini';
import type { QuestionBase, QuestionTypeModule } from './types';

export { gap };

export const questionBase = {
	id: Id,
	prompt: Text,
	answer: Text,
	accept: z._default(z.array(Text), []),
	explanation: Text,
	factId: Id,
	source: Span
};

export const uniqueStrings = (values: readonly string[]) =>
	new Set(values.map((v) => v.toLowerCase())).size === values.length;

export const Options = /* @__PURE__ */ z
	.array(Text)
	.check(
		z.minLength(2),
		z.maxLength(6),
		z.refine(uniqueStrings, { message: 'options must be unique' })
	);

/** Keeps the literal type and the question type of a module while checking its shape. */
/* @__NO_SIDE_EFFECTS__ */
export function defineQuestionType<
	T extends string,
	S extends z.ZodMiniType<QuestionBase & { type: T }, unknown>
>(module: QuestionTypeModule<T, z.output<S>, S>): QuestionTypeModule<T, z.output<S>, S> {
	return module;
}

export function parseJson(response: string): unknown {
	try {
		return JSON.parse(response);
	} catch {
		return undefined;
	}
}
