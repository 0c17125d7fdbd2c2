// The question types, in the order pages list them. Adding a type: a folder beside this file
// (see docs/architecture.md, "Adding a question type") and one line here.
import cloze from './cloze';
import matching from './matching';
import mcq from './mcq';
import ordering from './ordering';
import shortAnswer from './short-answer';
import trueFalse from './true-false';
import type { QuestionBase, QuestionTypeModule } from './types';

export const registry = [mcq, cloze, trueFalse, shortAnswer, matching, ordering] as const;

type Registry = typeof registry;

// Marked pure like the schemas (src/lib/schema/zod-mini.ts says why): a page that uses none of
// these keeps none of the types' modules.
type Schemas<R> = { -readonly [K in keyof R]: R[K] extends { schema: infer S } ? S : never };
type Types<R> = { -readonly [K in keyof R]: R[K] extends { type: infer T } ? T : never };

export type QuestionType = Registry[number]['type'];

/** The registered schemas as a tuple, for the `Question` union. */
export const questionSchemas = /* @__PURE__ */ registry.map(
	(m) => m.schema
) as unknown as Schemas<Registry>;
export const questionTypes = /* @__PURE__ */ registry.map(
	(m) => m.type
) as unknown as Types<Registry>;
export const questionTypeLabels = /* @__PURE__ */ Object.fromEntries(
	registry.map((m) => [m.type, m.label])
) as Record<QuestionType, string>;

const byType = /* @__PURE__ */ new Map<string, QuestionTypeModule>(
	registry.map((m) => [m.type, m as unknown as QuestionTypeModule])
);

/** The module registered for `type`, if any (for text that has not been parsed yet). */
export function findQuestionType(type: string | undefined): QuestionTypeModule | undefined {
	return type === undefined ? undefined : byType.get(type);
}

/** The module of a question's type; the question has been parsed, so its type is registered. */
export function questionType<Q extends QuestionBase>(question: Q): QuestionTypeModule<string, Q> {
	const module = byType.get(question.type);
	if (!module) throw new Error(`unknown question type "${question.type}"`);
	return module as unknown as QuestionTypeModule<string, Q>;
}
