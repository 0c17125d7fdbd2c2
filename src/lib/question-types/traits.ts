// The registered types' traits (labels, prompt setting, answer forms, response text), free of zod
// and grading so the study pages can use them without loading any schema. The order is the order
// pages list the types in; a test keeps it the same as registry.ts.
import cloze from './cloze/traits';
import matching from './matching/traits';
import mcq from './mcq/traits';
import ordering from './ordering/traits';
import shortAnswer from './short-answer/traits';
import trueFalse from './true-false/traits';
import type { QuestionType } from './registry';
import type { QuestionBase, QuestionTraits } from './types';

export const traitsList = [mcq, cloze, trueFalse, shortAnswer, matching, ordering] as const;

type Types<R> = { -readonly [K in keyof R]: R[K] extends { type: infer T } ? T : never };

export const questionTypes = /* @__PURE__ */ traitsList.map((t) => t.type) as unknown as Types<
	typeof traitsList
>;
export const questionTypeLabels = /* @__PURE__ */ Object.fromEntries(
	traitsList.map((t) => [t.type, t.label])
) as Record<QuestionType, string>;

const byType = /* @__PURE__ */ new Map<string, QuestionTraits>(
	traitsList.map((t) => [t.type, t as unknown as QuestionTraits])
);

/** The traits of a question's type; the question has been parsed, so its type is registered. */
export function traitsOf<Q extends QuestionBase>(question: Q): QuestionTraits<string, Q> {
	const traits = byType.get(question.type);
	if (!traits) throw new Error(`unknown question type "${question.type}"`);
	return traits as unknown as QuestionTraits<string, Q>;
}

/** The traits registered for `type`, if any (for text that has not been parsed yet). */
export function findTraits(type: string | undefined): QuestionTraits | undefined {
	return type === undefined ? undefined : byType.get(type);
}
