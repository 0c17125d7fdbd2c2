import type { ResolvedPathname } from '$app/types';
import {
	attemptResult,
	canStartAttempt,
	startAttempt,
	type AssignmentRecord,
	type AssignmentStore,
	type AttemptState
} from './assignments';
import { seededRandom } from '../util/random';
import type { SetResult } from './result-schema';
import { attemptItems, mergeAnswers, type RunnerAnswer } from './attempt';
import { deviceId } from './device';

export interface AssignmentRunDependencies {
	store: Pick<AssignmentStore, 'getAssignment' | 'listAttempts' | 'saveAttempt' | 'finishAttempt'>;
	/** The name the student typed last time on this device. */
	names: { get(): string | null; set(name: string): void };
	/** The page with a bank's article, when this device has one. */
	articleHref: (bankId: string) => ResolvedPathname | undefined;
	now?: () => Date;
	/** A fresh random source for each attempt's question order. */
	random?: () => () => number;
	/** This device's id, carried by the result code (share/device.ts). */
	device?: () => string;
}

const currentTime = () => new Date();
const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0]!;

/**
 * A student's work on one assignment on this device: the assignment opened from its key, the
 * latest attempt resumed, each answer saved as it is given, and the result code at the end.
 */
export class AssignmentRun {
	#deps: Required<AssignmentRunDependencies>;

	key = $state('');
	record = $state.raw<AssignmentRecord>();
	attempt = $state.raw<AttemptState>();
	/** How many attempts were started. */
	attemptsUsed = $state(0);
	loaded = $state(false);
	error = $state('');
	student = $state('');
	code = $state('');

	readonly shared = $derived(this.record?.shared);
	/** The questions in the order this student sees them. */
	readonly items = $derived(
		this.shared && this.attempt
			? attemptItems(this.shared, this.attempt, (bankId) => this.#deps.articleHref(bankId))
			: []
	);
	readonly finished = $derived(Boolean(this.attempt?.finishedAt));
	readonly score = $derived(this.attempt?.answers.filter((a) => a.correct).length ?? 0);
	readonly percent = $derived(
		this.shared ? Math.round((this.score / this.shared.questions.length) * 100) : 0
	);
	readonly passed = $derived(this.shared ? this.percent >= this.shared.set.passMark : false);
	readonly canRetry = $derived(
		this.shared ? canStartAttempt(this.shared, this.attemptsUsed) : false
	);
	/** Each question with the student's answer, for the answers list at the end. */
	readonly answerRows = $derived(
		this.items.map((item) => {
			const a = this.attempt?.answers.find((x) => x.questionId === item.question.id);
			return {
				question: item.question,
				response: a?.response,
				correct: a?.correct ?? false,
				expected: item.question.answer
			};
		})
	);

	constructor(deps: AssignmentRunDependencies) {
		this.#deps = {
			...deps,
			now: deps.now ?? currentTime,
			random: deps.random ?? (() => seededRandom(randomSeed())),
			device: deps.device ?? (() => deviceId())
		};
	}

	/** Opens the assignment stored under `key` and its latest attempt. */
	async load(key: string) {
		const { store, names } = this.#deps;
		this.key = key;
		try {
			this.record = key ? await store.getAssignment(key) : undefined;
			if (this.record) {
				const all = await store.listAttempts(key);
				this.attemptsUsed = all.length;
				this.attempt = all.at(-1);
				this.code = this.attempt?.resultCode ?? '';
				this.student = this.attempt?.student ?? names.get() ?? '';
			}
		} catch (e) {
			this.error = `This assignment could not be read: ${e instanceof Error ? e.message : String(e)}`;
		}
		this.loaded = true;
	}

	/** Starts a new attempt under the name typed; false when there is no name or it failed. */
	async begin(): Promise<boolean> {
		const shared = this.shared;
		const student = this.student.trim();
		if (!shared || !student) return false;
		const { store, names, now, random } = this.#deps;
		try {
			const fresh = startAttempt(shared, {
				student,
				attempt: this.attemptsUsed + 1,
				now: now(),
				random: random()
			});
			this.attempt = await store.saveAttempt(this.key, fresh);
			this.attemptsUsed += 1;
			this.code = '';
			names.set(student);
			return true;
		} catch (e) {
			this.error = `The attempt could not be started: ${e instanceof Error ? e.message : String(e)}`;
			return false;
		}
	}

	/** Saves the attempt with a new answer; a failure is thrown, so the runner does not count it. */
	async saveAnswer(answer: RunnerAnswer, all: readonly RunnerAnswer[]) {
		const attempt = this.attempt;
		if (!attempt) return;
		const answers = mergeAnswers(attempt.answers, answer, all, this.#deps.now());
		this.attempt = await this.#deps.store.saveAttempt(this.key, { ...attempt, answers });
	}

	/** Finishes the attempt and makes its result code; true once the code is there. */
	async finish(): Promise<boolean> {
		const { attempt, shared } = this;
		if (!attempt || !shared) return false;
		try {
			const done = await this.#deps.store.finishAttempt(
				this.key,
				shared,
				attempt,
				this.#deps.now(),
				this.#deps.device()
			);
			this.attempt = done.attempt;
			this.code = done.code;
			return true;
		} catch (e) {
			this.error = `Your result could not be saved: ${e instanceof Error ? e.message : String(e)}`;
			return false;
		}
	}

	/** The result to send the teacher, for the result file. */
	result(): SetResult | undefined {
		const { attempt, shared } = this;
		return attempt && shared
			? attemptResult(shared, attempt, this.#deps.now(), this.#deps.device())
			: undefined;
	}
}
