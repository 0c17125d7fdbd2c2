import { z } from '../../schema/zod-mini';
import { Text } from '../../schema/primitives';
import traits from './traits';
import { defineQuestionType, parseJson, questionBase, uniqueStrings } from '../base';

export const Pair = z.strictObject({ left: Text, right: Text });
export const MatchingQuestion = /* @__PURE__ */ z
	.strictObject({
		...questionBase,
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
export type MatchingQuestion = z.infer<typeof MatchingQuestion>;

/**
 * The learner's matching as left → right. The response is JSON: either an object
 * `{ [left]: right }` or an array of `{ left, right }` or `[left, right]` pairs.
 */
export function parseMatching(response: string): Map<string, string> {
	const data = parseJson(response);
	const pairs = new Map<string, string>();
	const add = (left: unknown, right: unknown) => {
		if (typeof left === 'string' && typeof right === 'string') pairs.set(left, right);
	};
	if (Array.isArray(data)) {
		for (const item of data) {
			if (Array.isArray(item)) add(item[0], item[1]);
			else if (item && typeof item === 'object') {
				const pair = item as { left?: unknown; right?: unknown };
				add(pair.left, pair.right);
			}
		}
	} else if (data && typeof data === 'object') {
		for (const [left, right] of Object.entries(data)) add(left, right);
	}
	return pairs;
}

/** The fraction of pairs the learner matched correctly, 0–1. */
export function scoreMatching(question: MatchingQuestion, response: string): number {
	const given = parseMatching(response);
	const right = question.pairs.filter((p) => given.get(p.left) === p.right).length;
	return right / question.pairs.length;
}

const pairLines = (q: MatchingQuestion) => q.pairs.map((p) => `${p.left} → ${p.right}`);

/** Right only when every pair is matched; `scoreMatching` gives the partial credit. */
export default /* @__PURE__ */ defineQuestionType({
	...traits,
	schema: MatchingQuestion,
	grade(q, response) {
		const expected = pairLines(q).join('; ');
		const correct = scoreMatching(q, response) === 1;
		return correct ? { correct, expected, matched: expected } : { correct, expected };
	}
});
