import type { Question } from '../schema/bank';
import { questionType } from '../question-types/registry';
import type { GradeResult } from '../question-types/types';

export { closeEnough, editDistance, normalizeAnswer, typoAllowance } from './normalize';
export { parseMatching, scoreMatching } from '../question-types/matching';
export { parseOrdering, scoreOrdering } from '../question-types/ordering';
export type { GradeResult } from '../question-types/types';

/** Grades one response by its type's rule. Never throws: a malformed response is wrong. */
export function gradeAnswer(question: Question, response: string): GradeResult {
	return questionType(question).grade(question, response);
}
