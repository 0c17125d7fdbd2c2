import type { Question } from '../schema/bank';
import { answerForms, closeEnough, normalizeAnswer, withoutHedge } from './normalize';

export { closeEnough, editDistance, normalizeAnswer, typoAllowance } from './normalize';

export interface GradeResult {
	correct: boolean;
	/** The right answer as shown to the learner. */
	expected: string;
	/** Which accepted answer the response was taken as, when it was right. */
	matched?: string;
}

type MatchingQuestion = Extract<Question, { type: 'matching' }>;
type OrderingQuestion = Extract<Question, { type: 'ordering' }>;

function parseJson(response: string): unknown {
	try {
		return JSON.parse(response);
	} catch {
		return undefined;
	}
}

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

function gradeChoice(options: readonly string[], answer: string, response: string): GradeResult {
	const given = response.trim();
	const chosen =
		options.find((o) => o === given) ??
		options.find((o) => o.toLowerCase() === given.toLowerCase());
	const correct = chosen === answer;
	return correct ? { correct, expected: answer, matched: answer } : { correct, expected: answer };
}

function gradeTyped(question: Question, response: string): GradeResult {
	const given = normalizeAnswer(response);
	const candidates = [question.answer, ...question.accept];
	if (given) {
		const tries = [...new Set([given, withoutHedge(given)])];
		for (const candidate of candidates) {
			const forms = answerForms(normalizeAnswer(candidate));
			if (tries.some((t) => forms.includes(t))) {
				return { correct: true, expected: question.answer, matched: candidate };
			}
		}
		for (const candidate of candidates) {
			if (closeEnough(normalizeAnswer(candidate), given)) {
				return { correct: true, expected: question.answer, matched: candidate };
			}
		}
	}
	return { correct: false, expected: question.answer };
}

/** Grades one response. Never throws: a malformed matching or ordering response is wrong. */
export function gradeAnswer(question: Question, response: string): GradeResult {
	switch (question.type) {
		case 'mcq':
		case 'true_false':
			return gradeChoice(question.options, question.answer, response);
		case 'cloze':
			return question.options
				? gradeChoice(question.options, question.answer, response)
				: gradeTyped(question, response);
		case 'short_answer':
			return gradeTyped(question, response);
		case 'matching': {
			const expected = question.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
			const correct = scoreMatching(question, response) === 1;
			return correct ? { correct, expected, matched: expected } : { correct, expected };
		}
		case 'ordering': {
			const expected = question.items.join(' → ');
			const given = parseOrdering(response);
			const correct =
				given.length === question.items.length && scoreOrdering(question, response) === 1;
			return correct ? { correct, expected, matched: expected } : { correct, expected };
		}
	}
}
