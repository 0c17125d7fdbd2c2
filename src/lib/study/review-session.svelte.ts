import { gap } from '../schema/gap';
import { yieldToMain } from '../util/yield';
import type { Grade, progressClient, QueueCard, ReviewQueue } from './progress-client';
import type { StudyQuestion } from './types';

/** The time a card is scheduled from; a plain Date, read once per call. */
const currentTime = () => new Date();

export const gradeNames: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
export const grades = [1, 2, 3, 4] as const;

/** What flashcards need from storage and scheduling. */
export type ReviewProgress = Pick<
	typeof progressClient,
	'onChange' | 'reviewCards' | 'intervals' | 'recordAnswer' | 'undo' | 'lastGrade' | 'describeError'
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
	/** Ends the task that built the queue before the card is drawn (tests: resolve at once). */
	yieldToMain?: () => Promise<void>;
}

/**
 * Where the card on screen is: its front, its back (the grades offered), or graded and being
 * saved. Every showing of a card starts at the front, the same fact coming straight back included.
 */
export type ReviewStep = 'front' | 'back' | 'graded';

/** A grade that undo can take back. */
export interface UndoableGrade {
	reviewId: string;
	factId: string;
}

/** A prompt as a screen reader should say it: a gap read as "blank". */
const spoken = (question: StudyQuestion) => question.prompt.split(gap).join('blank');

/**
 * A flashcard session on one bank: the queue from storage, turning a card, grading it, and undoing
 * grades one by one, newest first. The component only wires it to markup, focus, keys and swipes.
 */
export class ReviewSession {
	queue = $state<ReviewQueue<QueueCard>>();
	step = $state<ReviewStep>('front');
	/** The next interval for each grade of the card shown, read (with the scheduler) when it is turned. */
	intervals = $state<Record<Grade, string>>();
	busy = $state(false);
	error = $state('');
	announcement = $state('');
	/** Said when a grade met a card another tab had graded meanwhile. */
	notice = $state('');
	reviewedThisSession = $state(0);
	/** The grades undo can take back, oldest first: this session's, or the day's last after a reload. */
	undoable = $state<UndoableGrade[]>([]);

	readonly item = $derived(this.queue?.current);
	readonly question = $derived(this.item?.question);
	readonly flipped = $derived(this.step !== 'front');
	/** The grade the next undo takes back. */
	readonly lastReview = $derived(this.undoable.at(-1));
	/** Undo is offered as soon as a grade is pressed: while it is saved, the undo waits for it. */
	readonly canUndo = $derived(this.step === 'graded' || this.undoable.length > 0);

	#source: () => ReviewSource;
	#deps: Required<ReviewDependencies>;
	/** Counts the showings of cards, so a late read for an earlier showing is dropped. */
	#showing = 0;
	#shownAt = 0;
	/** Undos asked for and not yet done; they run one after another, after any grade being saved. */
	#undosWanted = 0;
	#undoing = false;

	/** `source` is read when needed, so it may follow a component's props. */
	constructor(source: () => ReviewSource, deps: ReviewDependencies) {
		this.#source = source;
		this.#deps = {
			progress: deps.progress,
			now: deps.now ?? currentTime,
			clock: deps.clock ?? (() => performance.now()),
			onCardShown: deps.onCardShown ?? (() => {}),
			yieldToMain: deps.yieldToMain ?? yieldToMain
		};
	}

	/** Loads the queue and follows changes from other tabs; returns the function that stops that. */
	start(): () => void {
		void this.open();
		return this.#deps.progress.onChange(this.#source().bank.id, () => {
			// A card the learner has turned over stays until graded; the queue refreshes after that.
			if (!this.busy && !this.flipped) void this.refresh(this.item?.factId, true);
		});
	}

	/** The first card, and the day's last grade so that it can be undone after a reload. */
	async open() {
		const { progress, now } = this.#deps;
		await Promise.all([
			this.refresh(),
			progress.lastGrade(this.#source().bank.id, now()).then(
				(last) => {
					if (last && this.undoable.length === 0) this.undoable = [last];
				},
				() => undefined
			)
		]);
	}

	/**
	 * Rebuilds the queue from storage, keeping the card on screen (unturned) if it is still due. A
	 * refresh in the `background` (another tab saved) is dropped if the learner turned the card meanwhile.
	 */
	async refresh(keepFactId?: string, background = false) {
		await this.#load(keepFactId, false, background);
	}

	/**
	 * Reads the queue. With `again`, its first card is a new showing even if it is the fact just
	 * on screen (graded Again, or brought back by undo): face down, its intervals read afresh.
	 */
	async #load(keepFactId: string | undefined, again: boolean, background = false) {
		const { progress, now } = this.#deps;
		const { bank, facts, questions } = this.#source();
		try {
			const next = await progress.reviewCards(bank, facts, questions, now(), keepFactId);
			await this.#deps.yieldToMain();
			if (background && (this.flipped || this.busy)) return;
			const before = this.queue?.current;
			const same =
				!again &&
				next.current?.factId === before?.factId &&
				next.current?.question.id === before?.question.id;
			this.queue = next;
			if (same) return;
			this.#showing += 1;
			this.step = 'front';
			this.intervals = undefined;
			this.#shownAt = this.#deps.clock();
			await this.#deps.onCardShown();
		} catch (e) {
			this.error = progress.describeError(e);
		}
	}

	flip() {
		if (!this.item || this.step !== 'front') return;
		this.step = 'back';
		this.announcement = `Answer: ${this.item.question.answer}`;
		void this.#loadIntervals();
	}

	/** The scheduler loads on the first turn of a card, not with the page. */
	async #loadIntervals() {
		const factId = this.item?.factId;
		if (!factId) return;
		const showing = this.#showing;
		const { progress, now } = this.#deps;
		try {
			const next = await progress.intervals(this.#source().bank.id, factId, now());
			if (this.#showing === showing) this.intervals = next;
		} catch (e) {
			this.error = progress.describeError(e);
		}
	}

	async grade(value: Grade) {
		const item = this.item;
		if (!item || this.step !== 'back' || this.busy) return;
		const { progress } = this.#deps;
		this.step = 'graded';
		this.busy = true;
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
			this.undoable = [...this.undoable, { reviewId: saved.reviewId, factId: item.factId }];
			// The count and the announcement change with the next card, not before it is on screen.
			await this.#load(undefined, true);
			this.reviewedThisSession += 1;
			this.announcement = this.notice ? `${said} ${this.notice}` : said;
		} catch (e) {
			// Not saved: the card stays turned over, to be graded again.
			this.step = 'back';
			this.#undosWanted = 0;
			this.error = progress.describeError(e);
		} finally {
			this.busy = false;
		}
		await this.#runUndos();
	}

	/** Takes back the newest grade left; pressed again, the one before it. */
	async undo() {
		if (!this.canUndo) return;
		this.#undosWanted += 1;
		// A grade being saved, or an undo under way, runs this one when it is done.
		if (this.step === 'graded' || this.#undoing) return;
		await this.#runUndos();
	}

	async #runUndos() {
		if (this.#undoing) return;
		this.#undoing = true;
		const { progress } = this.#deps;
		try {
			while (this.#undosWanted > 0) {
				this.#undosWanted -= 1;
				const last = this.undoable.at(-1);
				if (!last) break;
				this.busy = true;
				this.error = '';
				try {
					const undone = await progress.undo(this.#source().bank.id, last.reviewId);
					this.undoable = this.undoable.filter((u) => u !== last);
					if (!undone) {
						this.error = 'That grade can no longer be undone.';
						break;
					}
					await this.#load(last.factId, true);
					this.reviewedThisSession = Math.max(0, this.reviewedThisSession - 1);
					const back = this.item?.factId === last.factId ? this.question : undefined;
					this.announcement = back
						? `Last grade undone. This card is back: ${spoken(back)}`
						: 'Last grade undone.';
				} catch (e) {
					this.error = progress.describeError(e);
					break;
				} finally {
					this.busy = false;
				}
			}
		} finally {
			this.#undosWanted = 0;
			this.#undoing = false;
		}
	}
}
