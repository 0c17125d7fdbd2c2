import { hash32 } from '../util/hash';
import { gradeAnswer } from '../grading/grade';
import { displayOptions } from '../grading/options';
import { seededRandom } from '../util/random';
import type { RunnerAnswer, RunnerItem } from './attempt';

export type { RunnerAnswer, RunnerItem };

export interface SetRunSource {
	items: readonly RunnerItem[];
	mode: 'quiz' | 'flashcards';
	feedback: 'immediate' | 'end';
}

export interface SetRunDependencies {
	/** Stores an answer; the learner moves on only once it resolves. */
	save: (answer: RunnerAnswer, all: RunnerAnswer[]) => Promise<void> | void;
	/** A monotonic clock in milliseconds, for how long each question was shown. */
	clock?: () => number;
}

/**
 * A run through a teacher's set, one question at a time, as a quiz or as self-graded flashcards.
 * Each answer is saved before it counts; a resumed run starts after its last answer.
 */
export class SetRun {
	#source: () => SetRunSource;
	given = $state<RunnerAnswer[]>([]);
	index = $state(0);
	flipped = $state(false);
	saving = $state(false);
	saveError = $state('');
	announcement = $state('');

	readonly item = $derived(this.#items()[this.index]);
	readonly current = $derived(this.given[this.index]);
	readonly isLast = $derived(this.index + 1 >= this.#items().length);
	readonly expected = $derived(this.item ? gradeAnswer(this.item.question, '').expected : '');
	/** Options in a stable order per question, so a resumed attempt shows the same screen. */
	readonly options = $derived(
		this.item ? displayOptions(this.item.question, seededRandom(hash32(this.item.question.id))) : []
	);

	#save: SetRunDependencies['save'];
	#clock: () => number;
	#shownAt: number;

	#items(): readonly RunnerItem[] {
		return this.#source().items;
	}

	/** `source` is read when needed, so it may follow a component's props. */
	constructor(
		source: () => SetRunSource,
		answers: readonly RunnerAnswer[],
		deps: SetRunDependencies
	) {
		this.#source = source;
		this.#save = deps.save;
		this.#clock = deps.clock ?? (() => performance.now());
		this.given = [...answers];
		this.index = Math.min(answers.length, Math.max(0, source().items.length - 1));
		this.#shownAt = this.#clock();
	}

	/** Saves an answer to the current question; true once it is saved and counted. */
	async record(response: string, correct: boolean): Promise<boolean> {
		const item = this.item;
		if (!item || this.current || this.saving) return false;
		const { mode, feedback } = this.#source();
		const answer: RunnerAnswer = {
			questionId: item.question.id,
			response,
			correct,
			ms: Math.round(this.#clock() - this.#shownAt)
		};
		const next = [...this.given];
		next[this.index] = answer;
		this.saving = true;
		this.saveError = '';
		try {
			await this.#save(answer, next);
			this.given = next;
			this.announcement =
				feedback === 'immediate' || mode === 'flashcards'
					? correct
						? 'Correct.'
						: `Not quite. The answer is ${this.expected}.`
					: 'Answer saved.';
			return true;
		} catch (error) {
			this.saveError = `Your answer could not be saved, so it was not counted: ${error instanceof Error ? error.message : String(error)}`;
			return false;
		} finally {
			this.saving = false;
		}
	}

	/** Grades a quiz answer and saves it. */
	answer(response: string): Promise<boolean> {
		const item = this.item;
		if (!item) return Promise.resolve(false);
		return this.record(response, gradeAnswer(item.question, response).correct);
	}

	flip() {
		this.flipped = true;
	}

	/** Moves to the next question; false after the last one, when the run is over. */
	next(): boolean {
		if (this.isLast) return false;
		this.index += 1;
		this.flipped = false;
		this.#shownAt = this.#clock();
		// Focus goes to the answer, so the live region says which question this is.
		this.announcement = `Question ${this.index + 1} of ${this.#items().length}`;
		return true;
	}
}
