import { gradeAnswer } from '../../grading/grade';
import { shuffle } from '../../util/random';
import type { RunnerAnswer, RunnerItem } from '../attempt';
import type { SharedSet } from '../set-schema';
import { interactionOf } from './interactions';
import { cmiTime, cmiTimespan, LmsError, LmsSession, type Scorm12Api } from './lms';
import { decodeSuspendData, encodeSuspendData, type KeptAttempt } from './suspend-data';

export interface ScormRunDependencies {
	/** The LMS's API as found from the package's window; undefined when there is none. */
	api: Scorm12Api | undefined;
	now?: () => Date;
	/** The random source for a shuffled set's question order. */
	random: () => number;
}

const currentTime = () => new Date();
const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The set's questions in the order this student sees them, each with its quote. */
function itemsOf(shared: SharedSet, order: readonly string[]): RunnerItem[] {
	const byId = new Map(shared.questions.map((q) => [q.question.id, q]));
	return order.flatMap((id) => {
		const q = byId.get(id);
		return q ? [{ bankId: q.bankId, question: { ...q.question, quote: q.quote } }] : [];
	});
}

/**
 * A teacher's set played inside an LMS as a SCORM 1.2 package: the attempt resumed from
 * `cmi.suspend_data`, each answer reported as an interaction and kept before it counts, and the
 * score and pass or fail reported at the end. Without an LMS the set still plays, as a preview.
 */
export class ScormRun {
	readonly shared: SharedSet;
	#session: LmsSession | undefined;
	#now: () => Date;
	#startedAt: Date;

	kept = $state.raw<KeptAttempt>({ order: [], answers: [], finished: false });
	/** Past the start screen. */
	started = $state(false);
	/** Why the LMS could not be reached or refused something, for the student. */
	error = $state('');
	/** The pass mark in percent: the LMS's mastery score when it gives one, else the set's. */
	readonly mastery: number;
	/** True when no LMS was found: nothing is recorded. */
	readonly preview: boolean;
	/** True when the attempt continues one left earlier. */
	readonly resumed: boolean;

	readonly items: RunnerItem[] = $derived.by(() => itemsOf(this.shared, this.kept.order));
	readonly finished = $derived(this.kept.finished);
	readonly score = $derived(this.kept.answers.filter((a) => a.correct).length);
	/** Each question with the student's answer, for the list at the end. */
	readonly answerRows = $derived(
		this.items.map((item, i) => {
			const answer = this.kept.answers[i];
			return {
				question: item.question,
				response: answer?.response,
				correct: answer?.correct ?? false,
				expected: gradeAnswer(item.question, '').expected
			};
		})
	);

	constructor(shared: SharedSet, deps: ScormRunDependencies) {
		this.shared = shared;
		this.#now = deps.now ?? currentTime;
		this.#startedAt = this.#now();
		try {
			this.#session = deps.api ? LmsSession.open(deps.api) : undefined;
		} catch (e) {
			this.error = `Your course system could not be reached, so nothing will be recorded: ${describe(e)}.`;
		}
		this.preview = !deps.api;
		const session = this.#session;
		const entry = session?.get('cmi.core.entry');
		const suspended =
			session && entry !== 'ab-initio'
				? decodeSuspendData(shared, session.get('cmi.suspend_data'))
				: undefined;
		const ids = shared.questions.map((q) => q.question.id);
		this.kept = suspended ?? {
			order: shared.set.order === 'shuffled' ? shuffle(ids, deps.random) : ids,
			answers: [],
			finished: false
		};
		this.resumed = Boolean(suspended);
		const lmsMastery = Number.parseFloat(session?.get('cmi.student_data.mastery_score') ?? '');
		this.mastery =
			Number.isFinite(lmsMastery) && lmsMastery >= 0 && lmsMastery <= 100
				? lmsMastery
				: shared.set.passMark;
	}

	get percent(): number {
		return Math.round((this.score / this.shared.questions.length) * 100);
	}

	get passed(): boolean {
		return this.percent >= this.mastery;
	}

	/** Leaves the start screen; a new attempt is marked incomplete until it ends. */
	begin() {
		this.started = true;
		const session = this.#session;
		if (!session?.open || this.resumed) return;
		try {
			const status = session.get('cmi.core.lesson_status');
			if (status === 'not attempted' || status === '') {
				session.set('cmi.core.lesson_status', 'incomplete');
				session.commit();
			}
		} catch (e) {
			this.error = `Your course system refused to start the attempt: ${describe(e)}.`;
		}
	}

	/** Sets an element an LMS may leave out (SCORM 1.2 makes interactions optional). */
	#optional(element: string, value: string) {
		try {
			this.#session?.set(element, value);
		} catch (e) {
			if (!(e instanceof LmsError)) throw e;
		}
	}

	/**
	 * Reports an answer as the next interaction and keeps the attempt's place; throws when the LMS
	 * refuses to keep it, so the runner does not count it.
	 */
	saveAnswer(answer: RunnerAnswer, all: readonly RunnerAnswer[]) {
		const kept: KeptAttempt = { ...this.kept, answers: [...all] };
		const session = this.#session;
		if (session?.open) {
			const question = this.items.find((item) => item.question.id === answer.questionId)?.question;
			if (question) {
				const interaction = interactionOf(question, answer.response);
				const n = Number.parseInt(session.get('cmi.interactions._count'), 10) || 0;
				const at = `cmi.interactions.${n}`;
				this.#optional(`${at}.id`, interaction.id);
				this.#optional(`${at}.type`, interaction.type);
				this.#optional(`${at}.student_response`, interaction.response);
				this.#optional(`${at}.result`, answer.correct ? 'correct' : 'wrong');
				this.#optional(`${at}.correct_responses.0.pattern`, interaction.pattern);
				this.#optional(`${at}.weighting`, '1');
				this.#optional(`${at}.latency`, cmiTimespan(answer.ms));
				this.#optional(`${at}.time`, cmiTime(this.#now()));
			}
			session.set('cmi.suspend_data', encodeSuspendData(this.shared, kept));
			session.set('cmi.core.lesson_location', String(Math.min(all.length, kept.order.length)));
			// Said now, not only when the page goes: a closed tab may never get to say it.
			session.set('cmi.core.exit', 'suspend');
			session.commit();
		}
		this.kept = kept;
	}

	/** Ends the attempt: score, pass or fail, and the session closed. False if the LMS refused. */
	finish(): boolean {
		const kept: KeptAttempt = { ...this.kept, finished: true };
		this.kept = kept;
		const session = this.#session;
		if (!session?.open) return true;
		try {
			session.set('cmi.core.score.min', '0');
			session.set('cmi.core.score.max', '100');
			session.set('cmi.core.score.raw', String(this.percent));
			// A set with nothing to pass (pass mark 0, no mastery score from the LMS) is only done.
			session.set(
				'cmi.core.lesson_status',
				this.mastery === 0 ? 'completed' : this.passed ? 'passed' : 'failed'
			);
			session.set('cmi.suspend_data', encodeSuspendData(this.shared, kept));
			session.set('cmi.core.lesson_location', '');
			session.set('cmi.core.exit', '');
			this.#optional('cmi.core.session_time', cmiTimespan(this.#elapsed()));
			session.commit();
			session.finish();
			return true;
		} catch (e) {
			this.error = `Your result could not be sent to your course: ${describe(e)}.`;
			return false;
		}
	}

	#elapsed() {
		return this.#now().getTime() - this.#startedAt.getTime();
	}

	/**
	 * The page is going (the LMS closed the frame or the student left): an attempt not finished is
	 * suspended, to be resumed where it stands; the session is closed either way.
	 */
	leave() {
		const session = this.#session;
		if (!session?.open) return;
		try {
			this.#optional('cmi.core.session_time', cmiTimespan(this.#elapsed()));
			if (!this.kept.finished) session.set('cmi.core.exit', 'suspend');
			session.commit();
		} finally {
			session.finish();
		}
	}
}
