import { z } from '../../schema/zod-mini';
import { Text } from '../../schema/primitives';
import traits from './traits';
import { defineQuestionType, parseJson, questionBase, uniqueStrings } from '../base';

export const OrderingQuestion = /* @__PURE__ */ z
	.strictObject({
		...questionBase,
		type: z.literal('ordering'),
		/** The items in their correct order. */
		items: /* @__PURE__ */ z.array(Text).check(z.minLength(2), z.maxLength(8))
	})
	.check(
		z.refine((q) => uniqueStrings(q.items), { message: 'items must be unique', path: ['items'] })
	);
export type OrderingQuestion = z.infer<typeof OrderingQuestion>;

/** The learner's order: a JSON array of the item strings. */
export function parseOrdering(response: string): string[] {
	const data = parseJson(response);
	return Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string') : [];
}

/** The fraction of items the learner put in the right position, 0–1. */
export function scoreOrdering(question: OrderingQuestion, response: string): number {
	const given = parseOrdering(response);
	const right = question.items.filter((item, i) => given[i] === item).length;
	return right / question.items.length;
}

export { startingOrder } from './traits';

/** Right only when every item is in place; `scoreOrdering` gives the partial credit. */
export default /* @__PURE__ */ defineQuestionType({
	...traits,
	schema: OrderingQuestion,
	grade(q, response) {
		const expected = q.items.join(' → ');
		const given = parseOrdering(response);
		const correct = given.length === q.items.length && scoreOrdering(q, response) === 1;
		return correct ? { correct, expected, matched: expected } : { correct, expected };
	}
});
