import type { Question, QuestionType } from '../schema/bank';
import type { KeptQuiz } from '../schema/kept-quiz';
import { displayOptions } from '../grading/options';
import { traitsOf } from '../question-types/traits';
import { shuffle } from '../util/random';
import { spreadOverFacts } from '../util/spread';

export type QuizLength = 10 | 20 | 'all';

export interface QuizOptions {
	length: QuizLength;
	types: readonly QuestionType[];
	/** When set, only these question ids (e.g. the ones last answered wrong). */
	onlyIds?: ReadonlySet<string>;
}

/**
 * Picks a quiz's questions: the chosen types, shuffled, at most one question per fact until
 * every fact has had one, so a short quiz covers many facts rather than one fact many ways.
 */
export function selectQuizQuestions<Q extends Question>(
	questions: readonly Q[],
	options: QuizOptions,
	random: () => number
): Q[] {
	const types = new Set(options.types);
	const pool = shuffle(
		questions.filter((q) => types.has(q.type) && (!options.onlyIds || options.onlyIds.has(q.id))),
		random
	);
	const ordered = spreadOverFacts(pool, (q) => q.factId);
	return options.length === 'all' ? ordered : ordered.slice(0, options.length);
}

export function formatDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	const minutes = Math.floor(seconds / 60);
	return minutes ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}

/** A learner's response as text: matching and ordering responses are stored as JSON. */
export function describeResponse(question: Question, response: string): string {
	return traitsOf(question).describeResponse(question, response);
}

/**
 * The questions of a kept quiz, found again in the bank as it is now; a problem, in words, when
 * some are gone or no longer offer the options the quiz showed.
 */
export function matchKeptQuiz<Q extends Question>(
	quiz: KeptQuiz,
	pool: readonly Q[]
): { questions: Q[] } | { problem: string } {
	const byId = new Map(pool.map((q) => [q.id, q]));
	const questions = quiz.questionIds.map((id) => byId.get(id));
	const missing = questions.filter((q) => q === undefined).length;
	if (missing)
		return {
			problem: `${missing} of its ${quiz.questionIds.length} questions ${missing === 1 ? 'is' : 'are'} no longer in this bank`
		};
	const sameOptions = (q: Q, shown: readonly string[]) => {
		const now = displayOptions(q, () => 0).sort();
		const then = [...shown].sort();
		return now.length === then.length && now.every((o, i) => o === then[i]);
	};
	const changed = questions.filter((q, i) => !sameOptions(q!, quiz.options[i]!)).length;
	if (changed)
		return {
			problem: `${changed} of its questions changed in this bank since`
		};
	return { questions: questions as Q[] };
}
