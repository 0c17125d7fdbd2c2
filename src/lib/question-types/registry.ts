// The question types, in the order pages list them. Adding a type: a folder beside this file, one
// line here and its traits' line in traits.ts (see docs/architecture.md, "Adding a question type").
import cloze from './cloze';
import matching from './matching';
import mcq from './mcq';
import ordering from './ordering';
import shortAnswer from './short-answer';
import trueFalse from './true-false';
import type { QuestionBase, QuestionTypeModule } from './types';

export const registry = [mcq, cloze, trueFalse, shortAnswer, matching, ordering] as const;

type Registry = typeof registry;
type Schemas<R> = { -readonly [K in keyof R]: R[K] extends { schema: infer S } ? S : never };

export type QuestionType = Registry[number]['type'];

// Marked pure like the schemas (src/lib/schema/zod-mini.ts says why): a page that uses none of
// these keeps none of the types' modules.

/** The registered schemas as a tuple, for the `Question` union. */
export const questionSchemas = /* @__PURE__ */ registry.map(
	(m) => m.schema
) as unknown as Schemas<Registry>;

const byType = /* @__PURE__ */ new Map<string, QuestionTypeModule>(
	registry.map((m) => [m.type, m as unknown as QuestionTypeModule])
);

/** The module of a question's type; the question has been parsed, so its type is registered. */
export function questionType<Q extends QuestionBase>(question: Q): QuestionTypeModule<string, Q> {
	const module = byType.get(question.type);
	if (!module) throw new Error(`unknown question type "${question.type}"`);
	return module as unknown as QuestionTypeModule<string, Q>;
}
