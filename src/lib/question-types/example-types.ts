import type { QuestionBase } from './types';

/**
 * A valid question of a type with one right and one wrong response, in `<type>/example.ts`: the
 * registry's tests run every check (schema, grading, each export format) on it.
 */
export interface QuestionExample<Q extends QuestionBase = QuestionBase> {
	question: Q;
	right: string;
	wrong: string;
}
