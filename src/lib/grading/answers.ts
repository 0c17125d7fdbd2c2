// The two ways a single answer is checked, shared by the question types that have one.
import type { GradeResult } from '../question-types/types';
import { answerForms, closeEnough, normalizeAnswer, withoutHedge } from './normalize';

/** A picked choice: exact, or the same text in another case. */
export function gradeChoice(
	options: readonly string[],
	answer: string,
	response: string
): GradeResult {
	const given = response.trim();
	const chosen =
		options.find((o) => o === given) ??
		options.find((o) => o.toLowerCase() === given.toLowerCase());
	const correct = chosen === answer;
	return correct ? { correct, expected: answer, matched: answer } : { correct, expected: answer };
}

/** A typed answer: the answer or an accepted one, forgiving case, articles, hedges and typos. */
export function gradeTyped(
	question: { answer: string; accept: readonly string[] },
	response: string
): GradeResult {
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
