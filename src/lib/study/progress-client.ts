import type { QuestionType } from '../schema/question-types';
import type { GradeValue } from '../srs/scheduler';
import {
	createProgressStore,
	onProgressChanged,
	StorageFullError,
	type ImportResult,
	type ProgressStore,
	type StudyStats
} from '../storage';
import type { Settings } from '../storage/records';
import type { StudyQuestion } from './types';

export type Grade = GradeValue;
export type BankStats = StudyStats;
export type { Settings };

export interface QueueItem {
	factId: string;
	question: StudyQuestion;
	/** The next interval for each grade, e.g. { 1: '1m', 3: '10m' }. */
	intervals: Record<Grade, string>;
}

export interface ReviewQueue {
	current?: QueueItem;
	dueCount: number;
	newCount: number;
	/** When the next card is due, as "in 8m", when nothing is due now. */
	nextDue?: string;
	newLimitReached: boolean;
}

/** When nothing else is left, cards due within this window are shown now (as Anki does). */
const learnAheadMs = 20 * 60_000;

/**
 * Scheduling (ts-fsrs) is loaded when an answer is saved or flashcards are queued, so pages that
 * only read progress (home, progress, a quiz's setup) do not download it.
 */
const loadScheduler = () => import('../srs/scheduler');

/**
 * What the study pages need from storage and scheduling, in their terms. The store is opened on
 * first use, in the browser only.
 */
class ProgressClient {
	#store: ProgressStore | undefined;
	#askedPersistence = false;

	get store(): ProgressStore {
		return (this.#store ??= createProgressStore());
	}

	onChange(bankId: string | undefined, callback: () => void): () => void {
		return onProgressChanged((message) => {
			if (bankId === undefined || message.bankId === null || message.bankId === bankId) callback();
		});
	}

	describeError(error: unknown): string {
		if (error instanceof StorageFullError) return error.message;
		const reason = error instanceof Error ? error.message : String(error);
		return `Your progress could not be read or saved: ${reason}`;
	}

	async recordAnswer(input: {
		bankId: string;
		question: StudyQuestion;
		response?: string;
		correct: boolean;
		grade?: Grade;
		durationMs: number;
		mode: 'quiz' | 'review';
	}): Promise<{ reviewId: string }> {
		const [settings, { createScheduler, quizGrade }] = await Promise.all([
			this.store.loadSettings(),
			loadScheduler()
		]);
		const { review } = await this.store.recordAnswer(
			{
				bankId: input.bankId,
				factId: input.question.factId,
				questionId: input.question.id,
				questionType: input.question.type,
				grade: input.grade ?? quizGrade(input.correct),
				correct: input.correct,
				response: input.response,
				durationMs: input.durationMs,
				mode: input.mode,
				now: new Date()
			},
			createScheduler({ requestRetention: settings.requestRetention })
		);
		if (!this.#askedPersistence) {
			this.#askedPersistence = true;
			void this.store.requestPersistence().catch(() => false);
		}
		return { reviewId: review.id };
	}

	undo(bankId: string, reviewId: string): Promise<boolean> {
		return this.store.undoReview(bankId, reviewId);
	}

	/** Question ids whose latest answer was wrong. */
	async wrongQuestionIds(bankId: string): Promise<Set<string>> {
		const latest = new Map<string, boolean>();
		for (const review of await this.store.loadReviews(bankId)) {
			latest.set(review.questionId, review.correct);
		}
		return new Set([...latest].filter(([, correct]) => !correct).map(([id]) => id));
	}

	async reviewQueue(
		bank: { id: string },
		facts: readonly { id: string }[],
		questions: readonly StudyQuestion[],
		now: Date,
		keepFactId?: string
	): Promise<ReviewQueue> {
		const startOfDay = new Date(now);
		startOfDay.setHours(0, 0, 0, 0);
		const [
			settings,
			index,
			today,
			{ buildDueQueue, createScheduler, intervalLabel, pickQuestion }
		] = await Promise.all([
			this.store.loadSettings(),
			this.store.loadDueIndex(bank.id),
			this.store.loadReviewsSince(bank.id, startOfDay),
			loadScheduler()
		]);
		const byFact = new Map<string, StudyQuestion[]>();
		for (const q of questions) byFact.set(q.factId, [...(byFact.get(q.factId) ?? []), q]);
		const studyable = facts.filter((f) => byFact.has(f.id));
		const factIds = studyable.map((f) => f.id);
		const newIntroducedToday = new Set(
			today.filter((r) => !r.previous || r.previous.state === 'new').map((r) => r.factId)
		).size;
		const build = (at: Date) =>
			buildDueQueue({
				factIds,
				cards: index,
				now: at,
				newLimit: settings.newPerDay,
				newIntroducedToday
			});
		let queue = build(now);
		if (queue.due.length + queue.fresh.length === 0)
			queue = build(new Date(now.getTime() + learnAheadMs));
		const order = [...queue.due, ...queue.fresh];
		const factId = keepFactId && order.includes(keepFactId) ? keepFactId : order[0];
		const scheduler = createScheduler({ requestRetention: settings.requestRetention });
		let current: QueueItem | undefined;
		if (factId) {
			// Only the card shown is read in full, for its interval preview and question rotation.
			const card = (await this.store.loadCard(bank.id, factId)) ?? scheduler.initial(now);
			const preview = scheduler.preview(card, now);
			current = {
				factId,
				question: pickQuestion(byFact.get(factId) ?? [], undefined, card.reps) as StudyQuestion,
				intervals: {
					1: preview[1].intervalLabel,
					2: preview[2].intervalLabel,
					3: preview[3].intervalLabel,
					4: preview[4].intervalLabel
				}
			};
		}
		const horizon = now.getTime() + learnAheadMs;
		let upcoming: number | undefined;
		for (const { due } of index.values()) {
			if (due > horizon && (upcoming === undefined || due < upcoming)) upcoming = due;
		}
		const unseen = studyable.filter((f) => (index.get(f.id)?.state ?? 'new') === 'new');
		return {
			current,
			dueCount: queue.due.length,
			newCount: queue.fresh.length,
			nextDue: upcoming === undefined ? undefined : `in ${intervalLabel(now, new Date(upcoming))}`,
			newLimitReached: queue.fresh.length === 0 && unseen.length > 0
		};
	}

	bankStats(
		bankId: string,
		facts: readonly string[],
		questionTypes: Readonly<Record<string, QuestionType>>,
		now: Date
	): Promise<BankStats> {
		return this.store.stats(
			bankId,
			facts.map((factId) => ({ factId })),
			(questionId) => questionTypes[questionId],
			now
		);
	}

	async quarantined() {
		return (await this.store.loadAll()).quarantined;
	}

	loadSettings(): Promise<Settings> {
		return this.store.loadSettings();
	}

	saveSettings(settings: Settings): Promise<Settings> {
		return this.store.saveSettings(settings);
	}

	async exportBackup(now: Date): Promise<{ fileName: string; text: string }> {
		const backup = await this.store.exportBackup(now);
		return {
			fileName: `factdeck-progress-${now.toISOString().slice(0, 10)}.json`,
			text: JSON.stringify(backup, null, '\t')
		};
	}

	async importBackup(text: string): Promise<ImportResult> {
		let data: unknown;
		try {
			data = JSON.parse(text);
		} catch {
			throw new Error(
				'This file is not JSON, so it is not a Factdeck backup. Nothing was imported.'
			);
		}
		return this.store.importBackup(data);
	}
}

export const progressClient = new ProgressClient();
