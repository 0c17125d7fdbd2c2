import { questionTypes, type QuestionType } from '../schema/question-types';
import type { KeptQuiz } from '../schema/kept-quiz';
import type { LoadedQuiz } from '../storage/quiz-resume';
import type { progressClient } from './progress-client';
import { displayOptions } from '../grading/options';
import { matchKeptQuiz, selectQuizQuestions, type QuizLength } from './quiz';
import { seededRandom } from '../util/random';
import type { StudyQuestion } from './types';

export interface QuizAnswer {
	question: StudyQuestion;
	response: string;
	correct: boolean;
	expected: string;
}

/** What a quiz needs from storage; loaded when first needed, so the setup screen opens without it. */
export type QuizProgress = Pick<
	typeof progressClient,
	'onChange' | 'recordAnswer' | 'wrongQuestionIds' | 'describeError'
>;

export type Grader = (
	question: StudyQuestion,
	response: string
) => { correct: boolean; expected: string };

/** When a kept quiz was saved; a plain Date, read once per call. */
const currentTime = () => new Date();

/** Where a quiz in progress is kept on the device, so that a reload can resume it. */
export interface QuizKeeper {
	keep(quiz: KeptQuiz): Promise<void>;
	load(bankId: string): Promise<LoadedQuiz>;
	discard(bankId: string): Promise<void>;
}

const deviceKeeper = (): Promise<QuizKeeper> =>
	import('../storage/quiz-resume').then((m) => ({
		keep: (quiz) => m.keepQuiz(quiz),
		load: (bankId) => m.loadKeptQuiz(bankId),
		discard: (bankId) => m.discardKeptQuiz(bankId)
	}));

export interface QuizSource {
	bankId: string;
	/** Every question of the bank, each with its source sentence quoted. */
	pool: readonly StudyQuestion[];
}

export interface QuizDependencies {
	progress: () => Promise<QuizProgress>;
	/** Loads grading (and whatever else answering needs) when the quiz starts. */
	grader: () => Promise<Grader>;
	/** A monotonic clock in milliseconds, for answer and quiz durations. */
	clock?: () => number;
	/** A fresh random source for each quiz's question order and option order. */
	random?: () => () => number;
	/** Where the quiz in progress is kept; by default this device's IndexedDB. */
	keeper?: () => Promise<QuizKeeper>;
	now?: () => Date;
}

/**
 * One quiz on one bank: its setup, the questions asked, the answers given (each stored before its
 * feedback shows) and the result. The component only wires it to markup, focus and keys.
 */
export class QuizSession {
	#source: () => QuizSource;
	get bankId(): string {
		return this.#source().bankId;
	}
	get pool(): readonly StudyQuestion[] {
		return this.#source().pool;
	}
	/** The question types this bank has, in the usual order. */
	readonly available = $derived(questionTypes.filter((t) => this.pool.some((q) => q.type === t)));

	phase = $state<'setup' | 'running' | 'done'>('setup');
	length = $state<QuizLength>(10);
	chosenTypes = $state<QuestionType[]>([]);
	onlyWrong = $state(false);
	/** The questions last answered wrong, once read from storage; replaced whole, never changed. */
	wrongIds = $state.raw<ReadonlySet<string>>();
	readonly wrongKnown = $derived(this.wrongIds !== undefined);
	setupError = $state('');
	questions = $state<StudyQuestion[]>([]);
	options = $state<string[][]>([]);
	index = $state(0);
	answers = $state<QuizAnswer[]>([]);
	elapsedMs = $state(0);
	saveError = $state('');
	announcement = $state('');
	/** A quiz left unfinished on this bank (a reload, a closed tab), offered back at the setup. */
	resumable = $state<{ answered: number; total: number }>();
	/** Why a kept quiz could not be offered back, or could not be kept. */
	keepNotice = $state('');

	readonly current = $derived(this.questions[this.index]);
	readonly currentAnswer = $derived(this.answers[this.index]);
	readonly score = $derived(this.answers.filter((a) => a.correct).length);
	readonly mistakes = $derived(this.answers.filter((a) => !a.correct));
	readonly isLast = $derived(this.index + 1 >= this.questions.length);

	#deps: Required<QuizDependencies>;
	#progress: Promise<QuizProgress> | undefined;
	#grade: Grader | undefined;
	#stopListening = () => {};
	#saving = false;
	#startedAt = 0;
	#questionShownAt = 0;
	#kept: { quiz: KeptQuiz; questions: StudyQuestion[] } | undefined;
	#keeper: Promise<QuizKeeper> | undefined;
	/** Writes of the kept quiz, one after another, so the last state is the one kept. */
	#keeping: Promise<void> = Promise.resolve();

	/** `source` is read when needed, so it may follow a component's props. */
	constructor(source: () => QuizSource, deps: QuizDependencies) {
		this.#source = source;
		this.chosenTypes = [...this.available];
		this.#deps = {
			progress: deps.progress,
			grader: deps.grader,
			clock: deps.clock ?? (() => performance.now()),
			random: deps.random ?? (() => seededRandom(Date.now())),
			keeper: deps.keeper ?? deviceKeeper,
			now: deps.now ?? currentTime
		};
	}

	#store(): Promise<QuizKeeper> {
		return (this.#keeper ??= this.#deps.keeper().catch((error: unknown) => {
			this.#keeper = undefined;
			throw error;
		}));
	}

	/**
	 * Looks for a quiz left unfinished on this bank and offers it back. One that no longer matches
	 * the bank (questions removed or changed) or cannot be read is dropped, with a notice.
	 */
	async findKept(): Promise<void> {
		let loaded: LoadedQuiz;
		try {
			loaded = await (await this.#store()).load(this.bankId);
		} catch {
			// Nothing kept can be read (e.g. storage blocked): the quiz works as before.
			return;
		}
		if (!loaded.found || this.phase !== 'setup') return;
		if ('problem' in loaded) {
			this.keepNotice = `Your unfinished quiz could not be resumed: ${loaded.problem}. It was set aside.`;
			return;
		}
		if ('newer' in loaded) {
			this.keepNotice =
				'Your unfinished quiz was kept by a newer version of Factdeck: reload this page to resume it.';
			return;
		}
		const match = matchKeptQuiz(loaded.quiz, this.pool);
		if ('problem' in match) {
			this.keepNotice = `Your unfinished quiz could not be resumed: ${match.problem}. It was dropped.`;
			await this.#discard();
			return;
		}
		this.#kept = { quiz: loaded.quiz, questions: match.questions };
		this.resumable = { answered: loaded.quiz.answers.length, total: match.questions.length };
	}

	/** Goes back into the unfinished quiz where it was left; true once its question shows. */
	async resume(): Promise<boolean> {
		const kept = this.#kept;
		if (!kept) return false;
		try {
			this.#grade ??= await this.#deps.grader();
		} catch (error) {
			this.setupError = `The quiz could not load: ${error instanceof Error ? error.message : String(error)}`;
			return false;
		}
		const { quiz, questions } = kept;
		this.#kept = undefined;
		this.resumable = undefined;
		this.keepNotice = '';
		this.setupError = '';
		this.length = quiz.settings.length;
		this.chosenTypes = this.available.filter((t) => quiz.settings.types.includes(t));
		this.onlyWrong = quiz.settings.onlyWrong;
		this.questions = questions;
		this.options = quiz.options.map((o) => [...o]);
		this.answers = quiz.answers.map((a, i) => ({ ...a, question: questions[i]! }));
		this.index = quiz.index;
		this.saveError = '';
		this.#client().catch(() => undefined);
		this.phase = 'running';
		const now = this.#deps.clock();
		this.#startedAt = now - quiz.elapsedMs;
		this.#questionShownAt = now;
		this.announcement = `Quiz resumed. ${this.#questionHeading()}`;
		return true;
	}

	/** Drops the unfinished quiz, for a new one from the setup. */
	async startOver(): Promise<void> {
		this.#kept = undefined;
		this.resumable = undefined;
		this.keepNotice = '';
		await this.#discard();
		this.announcement = 'The unfinished quiz was dropped.';
	}

	/** The quiz as it stands, kept on the device; resolves once written. */
	#keep(): Promise<void> {
		if (this.phase !== 'running') return this.#keeping;
		const quiz: KeptQuiz = {
			v: 1,
			bankId: this.bankId,
			savedAt: this.#deps.now().toISOString(),
			settings: {
				length: this.length,
				types: [...this.chosenTypes],
				onlyWrong: this.onlyWrong
			},
			questionIds: this.questions.map((q) => q.id),
			options: this.options.map((o) => [...o]),
			answers: this.answers.map(({ response, correct, expected }) => ({
				response,
				correct,
				expected
			})),
			index: this.index,
			elapsedMs: Math.max(0, Math.round(this.#deps.clock() - this.#startedAt))
		};
		return this.#queue(async (keeper) => {
			await keeper.keep(quiz);
			this.keepNotice = '';
		});
	}

	#discard(): Promise<void> {
		const bankId = this.bankId;
		return this.#queue((keeper) => keeper.discard(bankId));
	}

	#queue(write: (keeper: QuizKeeper) => Promise<void>): Promise<void> {
		this.#keeping = this.#keeping.then(async () => {
			try {
				await write(await this.#store());
			} catch (error) {
				this.keepNotice = `This quiz could not be kept on this device, so a reload would lose it: ${error instanceof Error ? error.message : String(error)}`;
			}
		});
		return this.#keeping;
	}

	/** Storage, loaded once; the wrong answers are read again when another tab changes them. */
	#client(): Promise<QuizProgress> {
		return (this.#progress ??= this.#deps.progress().then((progress) => {
			this.#stopListening = progress.onChange(this.bankId, () => {
				if (this.wrongKnown) void this.refreshWrong();
			});
			return progress;
		}));
	}

	dispose() {
		this.#stopListening();
	}

	async refreshWrong(): Promise<ReadonlySet<string>> {
		return (this.wrongIds = await (await this.#client()).wrongQuestionIds(this.bankId));
	}

	/** Starts a quiz from the setup, or on `retry`'s questions; true once its first question shows. */
	async start(retry?: StudyQuestion[]): Promise<boolean> {
		this.setupError = '';
		const onlyIds =
			!retry && this.onlyWrong ? (this.wrongIds ?? (await this.refreshWrong())) : undefined;
		const random = this.#deps.random();
		const picked =
			retry ??
			selectQuizQuestions(
				this.pool,
				{ length: this.length, types: this.chosenTypes, onlyIds },
				random
			);
		if (picked.length === 0) {
			this.setupError = this.onlyWrong
				? 'You have no wrong answers to retry in these question types.'
				: 'Choose at least one question type.';
			return false;
		}
		this.questions = picked;
		this.options = picked.map((q) => displayOptions(q, random));
		this.answers = [];
		this.index = 0;
		this.saveError = '';
		// Storage starts loading with the quiz, so the first answer does not wait for it.
		this.#client().catch(() => undefined);
		try {
			this.#grade ??= await this.#deps.grader();
		} catch (error) {
			this.setupError = `The quiz could not load: ${error instanceof Error ? error.message : String(error)}`;
			return false;
		}
		this.phase = 'running';
		this.#startedAt = this.#questionShownAt = this.#deps.clock();
		this.announcement = this.#questionHeading();
		// A new quiz replaces any unfinished one.
		this.#kept = undefined;
		this.resumable = undefined;
		void this.#keep();
		return true;
	}

	/** Retries the questions answered wrong in the quiz just finished. */
	retryMistakes(): Promise<boolean> {
		return this.start(this.mistakes.map((m) => m.question));
	}

	/** Grades and stores an answer to the current question; true once its feedback shows. */
	async answer(response: string): Promise<boolean> {
		const question = this.current;
		const grade = this.#grade;
		if (!question || this.currentAnswer || this.#saving || !grade) return false;
		const index = this.index;
		const durationMs = Math.round(this.#deps.clock() - this.#questionShownAt);
		const result = grade(question, response);
		// The answer is stored before its feedback shows: once the learner sees it, it is saved.
		this.#saving = true;
		let problem = '';
		try {
			const progress = await this.#client();
			try {
				await progress.recordAnswer({
					bankId: this.bankId,
					question,
					response,
					correct: result.correct,
					durationMs,
					mode: 'quiz'
				});
			} catch (error) {
				problem = progress.describeError(error);
			}
		} catch (error) {
			problem = `Your answer could not be saved: ${error instanceof Error ? error.message : String(error)}`;
		} finally {
			this.#saving = false;
		}
		this.saveError = problem;
		this.answers[index] = {
			question,
			response,
			correct: result.correct,
			expected: result.expected
		};
		this.announcement = result.correct
			? 'Correct.'
			: `Not quite. The answer is ${result.expected}.`;
		// Kept before this resolves (and the page moves focus to Next): a reload resumes with it.
		await this.#keep();
		return true;
	}

	/** "Question 2 of 10": said through the live region, since focus goes to the answer. */
	#questionHeading(): string {
		return `Question ${this.index + 1} of ${this.questions.length}`;
	}

	/** Moves to the next question, or to the result after the last one. */
	next() {
		if (!this.isLast) {
			this.index += 1;
			this.#questionShownAt = this.#deps.clock();
			this.announcement = this.#questionHeading();
			void this.#keep();
			return;
		}
		this.elapsedMs = this.#deps.clock() - this.#startedAt;
		this.phase = 'done';
		void this.#discard();
		this.announcement = `Quiz finished: ${this.score} of ${this.questions.length} right.`;
		void this.refreshWrong().catch(() => undefined);
	}

	/** Back to the setup screen for a new quiz. */
	newQuiz() {
		this.phase = 'setup';
	}
}
