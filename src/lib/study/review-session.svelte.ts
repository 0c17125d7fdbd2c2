import type { Grade, progressClient, QueueCard, ReviewQueue } from './progress-client';
import type { StudyQuestion } from './types';

/** The time a card is scheduled from; a plain Date, read once per call. */
const currentTime = () => new Date();

export const gradeNames: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
export const grades = [1, 2, 3, 4] as const;

/** What flashcards need from storage and scheduling. */
export type ReviewProgress = Pick<
	typeof progressClient,
	'onChange' | 'reviewCards' | 'intervals' | 'recordAnswer' | 'undo' | 'describeError'
>;

export interface ReviewSource {
	bank: { id: string };
	facts: readonly { id: string }[];
	/** Every question of the bank, each with its source sentence quoted. */
	questions: readonly StudyQuestion[];
}

export interface ReviewDependencies {
	progress: ReviewProgress;
	now?: () => Date;
	/** A monotonic clock in milliseconds, for how long a card was shown. */
	clock?: () => number;
	/** Called once another card is in place; the count and announcement change after it resolves. */
	onCardShown?: () => Promise<void> | void;
}

/**
 * A flashcard session on one bank: the queue from storage, turning a card, grading it, and undoing
 * the last grade. The component only wires it to markup, focus, keys and swipes.
 */
export class ReviewSession {
	queue = $state<ReviewQueue<QueueCard>>();
	/** The next interval for each grade, read (with the scheduler) once the card is turned over. */
	intervals = $state<Record<Grade, string>>();
	flipped = $state(false);
	busy = $state(false);
	error = $state('');
	announcement = $state('');
	/** Said when a grade met a card another tab had graded meanwhile. */
	notice = $state('');
	lastReview = $state<{ reviewId: string; factId: string }>();
	reviewedThisSession = $state(0);

	readonly item = $derived(this.queue?.current);
	readonly question = $derived(this.item?.question);

	#source: () => ReviewSource;
	#deps: Required<ReviewDependencies>;
	/** A grade is being saved; an undo pressed meanwhile waits for it. */
	#grading = false;
	#undoRequested = false;
	#shownAt = 0;

	/** `source` is read when needed, so it may follow a component's props. */
	constructor(source: () => ReviewSource, deps: ReviewDependencies) {
		this.#source = source;
		this.#deps = {
			progress: deps.progress,
			now: deps.now ?? currentTime,
			clock: deps.clock ?? (() => performance.now()),
			onCardShown: deps.onCardShown ?? (() => {})
		};
	}

	/** Loads the queue and follows changes from other tabs; returns the function that stops that. */
	start(): () => void {
		void this.refresh();
		return this.#deps.progress.onChange(this.#source().bank.id, () => {
			// A card the learner has turned over stays until graded; the queue refreshes after that.
			if (!this.busy && !this.flipped) void this.refresh(this.item?.factId, true);
		});
	}

	/**
	 * Rebuilds the queue from storage, keeping the card on screen if it is still due. A refresh in
	 * the `background` (another tab saved) is dropped if the learner turned the card meanwhile.
	 */
	async refresh(keepFactId?: string, background = false) {
		const { progress, now } = this.#deps;
		const { bank, facts, questions } = this.#source();
		try {
			const next = await progress.reviewCards(bank, facts, questions, now(), keepFactId);
			if (background && (this.flipped || this.busy)) return;
			const changed = next.current?.factId !== this.queue?.current?.factId;
			this.queue = next;
			if (changed) {
				this.flipped = false;
				this.intervals = undefined;
				this.#shownAt = this.#deps.clock();
				await this.#deps.onCardShown();
			}
		} catch (e) {
			this.error = progress.describeError(e);
		}
	}

	flip() {
		if (!this.item || this.flipped) return;
		this.flipped = true;
		this.announcement = `Answer: ${this.item.question.answer}`;
		void this.#loadIntervals();
	}

	/** The scheduler loads on the first turn of a card, not with the page. */
	async #loadIntervals() {
		const factId = this.item?.factId;
		if (!factId) return;
		const { progress, now } = this.#deps;
		try {
			const next = await progress.intervals(this.#source().bank.id, factId, now());
			if (this.queue?.current?.factId === factId) this.intervals = next;
		} catch (e) {
			this.error = progress.describeError(e);
		}
	}

	async grade(value: Grade) {
		const item = this.item;
		if (!item || !this.flipped || this.busy) return;
		const { progress } = this.#deps;
		this.busy = true;
		this.#grading = true;
		this.error = '';
		this.notice = '';
		try {
			const saved = await progress.recordAnswer({
				bankId: this.#source().bank.id,
				question: item.question,
				grade: value,
				correct: value > 1,
				durationMs: Math.round(this.#deps.clock() - this.#shownAt),
				mode: 'review',
				shown: item.shown
			});
			// Intervals previewed for a state that is gone would be wrong: the notice says why.
			const said = saved.changedElsewhere
				? `${gradeNames[value]}.`
				: this.intervals
					? `${gradeNames[value]}. Next review ${this.intervals[value]}.`
					: `${gradeNames[value]}.`;
			if (saved.changedElsewhere)
				this.notice =
					'This card was also graded in another tab. Both grades are kept, and its schedule now counts them in the order they were given.';
			this.lastReview = { reviewId: saved.reviewId, factId: item.factId };
			// The count and the announcement change with the next card, not before it is on screen.
			await this.refresh();
			this.reviewedThisSession += 1;
			this.announcement = this.notice ? `${said} ${this.notice}` : said;
		} catch (e) {
			this.error = progress.describeError(e);
		} finally {
			this.busy = false;
			this.#grading = false;
		}
		if (this.#undoRequested) {
			this.#undoRequested = false;
			await this.undo();
		}
	}

	async undo() {
		if (this.#grading) {
			// Pressed while a grade is being saved: undo that grade as soon as it is stored.
			this.#undoRequested = true;
			return;
		}
		const last = this.lastReview;
		if (!last || this.busy) return;
		const { progress } = this.#deps;
		this.busy = true;
		try {
			const undone = await progress.undo(this.#source().bank.id, last.reviewId);
			if (undone) {
				this.lastReview = undefined;
				await this.refresh(last.factId);
				this.reviewedThisSession = Math.max(0, this.reviewedThisSession - 1);
				this.announcement = 'Last grade undone.';
			} else {
				this.error = 'That grade can no longer be undone.';
			}
		} catch (e) {
			this.error = progress.describeError(e);
		} finally {
			this.busy = false;
		}
	}
}
