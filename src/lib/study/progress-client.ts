import type { CardState } from '../srs/card';
import { buildDueQueue, intervalLabel, pickQuestion, quizGrade } from '../srs/queue';
import type { GradeValue } from '../srs/scheduler';
import type { ProgressStore, StudyStats } from '../storage';
import { onBankProgressChanged, StorageFullError } from '../storage/channel';
import { NewerVersionError } from '../storage/newer-version';
import type { QueueReads } from '../storage/progress-glance';
import type { Settings } from '../storage/records';
import type { StudyQuestion } from './types';

export type Grade = GradeValue;
export type BankStats = StudyStats;
export type { Settings };

/** The card to show, before its intervals are known. */
export interface QueueCard {
	factId: string;
	question: StudyQuestion;
	/** The card's state as read for this queue (null: new); a grade is stored against it. */
	shown: CardState | null;
}

export interface QueueItem extends QueueCard {
	/** The next interval for each grade, e.g. { 1: '1m', 3: '10m' }. */
	intervals: Record<Grade, string>;
}

export interface ReviewQueue<Item extends QueueCard = QueueItem> {
	current?: Item;
	dueCount: number;
	newCount: number;
	/** When the next card is due, as "in 8m", when nothing is due now. */
	nextDue?: string;
	newLimitReached: boolean;
}

/** When nothing else is left, cards due within this window are shown now (as Anki does). */
const learnAheadMs = 20 * 60_000;

/**
 * Scheduling (ts-fsrs) is loaded when an answer is saved or intervals are previewed, so pages that
 * only read progress (home, progress, a quiz's setup, a flashcard before it is turned) do not
 * download it.
 */
const loadScheduler = () => import('../srs/scheduler');

/** The light reader of progress (no zod), loaded with the first read rather than with the page. */
const loadGlance = () => import('../storage/progress-glance');
/** The progress page's light reads (no zod), likewise. */
const loadPageGlance = () => import('../storage/progress-page-glance');

/**
 * What the study pages need from storage and scheduling, in their terms. The store (IndexedDB and
 * the zod schemas that validate each record) loads on first use, in the browser only, so a page
 * importing this client hydrates without waiting for it.
 */
class ProgressClient {
	#store: Promise<ProgressStore> | undefined;
	#askedPersistence = false;
	#checkedAll = false;
	/** The fact lists handed to the figures, one per bank's facts. */
	#factLists = new WeakMap<readonly string[], { factId: string }[]>();

	/** The store, loaded and opened on first call; a failed load is tried again on the next. */
	openStore(): Promise<ProgressStore> {
		return (this.#store ??= import('../storage').then(
			({ createProgressStore }) => createProgressStore(),
			(error: unknown) => {
				this.#store = undefined;
				throw error;
			}
		));
	}

	onChange(bankId: string | undefined, callback: () => void): () => void {
		return onBankProgressChanged(bankId, callback);
	}

	describeError(error: unknown): string {
		if (error instanceof StorageFullError || error instanceof NewerVersionError)
			return error.message;
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
		/** The card state the learner was shown, when known (flashcards). */
		shown?: CardState | null;
	}): Promise<{ reviewId: string; changedElsewhere: boolean }> {
		const store = await this.openStore();
		const [settings, { createScheduler }] = await Promise.all([
			store.loadSettings(),
			loadScheduler()
		]);
		const { review, changedElsewhere } = await store.recordAnswer(
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
				now: new Date(),
				...(input.shown === undefined ? {} : { shown: input.shown })
			},
			createScheduler({ requestRetention: settings.requestRetention })
		);
		if (!this.#askedPersistence) {
			this.#askedPersistence = true;
			void store.requestPersistence().catch(() => false);
		}
		return { reviewId: review.id, changedElsewhere };
	}

	async undo(bankId: string, reviewId: string): Promise<boolean> {
		return (await this.openStore()).undoReview(bankId, reviewId);
	}

	/**
	 * The bank's last answer today when it was a flashcard grade, so that a reloaded review page
	 * can still undo it; undefined when the last answer was a quiz's or came before today.
	 */
	async lastGrade(
		bankId: string,
		now: Date
	): Promise<{ reviewId: string; factId: string } | undefined> {
		const startOfDay = new Date(now);
		startOfDay.setHours(0, 0, 0, 0);
		const last = (await this.#queueReads(bankId, startOfDay)).since.at(-1);
		return last?.mode === 'review' ? { reviewId: last.id, factId: last.factId } : undefined;
	}

	/** Question ids whose latest answer was wrong, from the bank's running totals. */
	async wrongQuestionIds(bankId: string): Promise<Set<string>> {
		return (await this.openStore()).wrongQuestionIds(bankId);
	}

	/** The flashcard queue with the interval each grade would give the card shown. */
	async reviewQueue(
		bank: { id: string },
		facts: readonly { id: string }[],
		questions: readonly StudyQuestion[],
		now: Date,
		keepFactId?: string
	): Promise<ReviewQueue> {
		const { queue, card, settings } = await this.#queue(bank, facts, questions, now, keepFactId);
		if (!queue.current) return { ...queue, current: undefined };
		const intervals = await this.#intervals(card, settings, now);
		return { ...queue, current: { ...queue.current, intervals } };
	}

	/**
	 * `reviewQueue` without the intervals: it needs no scheduler (ts-fsrs), so the first card can
	 * show before that loads. Ask `intervals` for them when the card is turned.
	 */
	async reviewCards(
		bank: { id: string },
		facts: readonly { id: string }[],
		questions: readonly StudyQuestion[],
		now: Date,
		keepFactId?: string
	): Promise<ReviewQueue<QueueCard>> {
		return (await this.#queue(bank, facts, questions, now, keepFactId)).queue;
	}

	/** The next interval each grade would give `factId`'s card at `now`, e.g. { 1: '1m', 3: '10m' }. */
	async intervals(bankId: string, factId: string, now: Date): Promise<Record<Grade, string>> {
		const store = await this.openStore();
		const [card, settings] = await Promise.all([
			store.loadCard(bankId, factId),
			store.loadSettings()
		]);
		return this.#intervals(card, settings, now);
	}

	async #intervals(
		card: CardState | undefined,
		settings: Settings,
		now: Date
	): Promise<Record<Grade, string>> {
		const { createScheduler } = await loadScheduler();
		const scheduler = createScheduler({ requestRetention: settings.requestRetention });
		const preview = scheduler.preview(card ?? scheduler.initial(now), now);
		return {
			1: preview[1].intervalLabel,
			2: preview[2].intervalLabel,
			3: preview[3].intervalLabel,
			4: preview[4].intervalLabel
		};
	}

	async #queue(
		bank: { id: string },
		facts: readonly { id: string }[],
		questions: readonly StudyQuestion[],
		now: Date,
		keepFactId?: string
	): Promise<{ queue: ReviewQueue<QueueCard>; card?: CardState; settings: Settings }> {
		const startOfDay = new Date(now);
		startOfDay.setHours(0, 0, 0, 0);
		const { settings, index, since: today } = await this.#queueReads(bank.id, startOfDay);
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
		let current: QueueCard | undefined;
		let card: CardState | undefined;
		if (factId) {
			// Only the card shown is read in full, for its question rotation and interval preview.
			card = await this.#card(bank.id, factId);
			current = {
				factId,
				shown: card ?? null,
				question: pickQuestion(
					byFact.get(factId) ?? [],
					undefined,
					card?.reps ?? 0
				) as StudyQuestion
			};
		}
		const horizon = now.getTime() + learnAheadMs;
		let upcoming: number | undefined;
		for (const { due } of index.values()) {
			if (due > horizon && (upcoming === undefined || due < upcoming)) upcoming = due;
		}
		const unseen = studyable.filter((f) => (index.get(f.id)?.state ?? 'new') === 'new');
		return {
			queue: {
				current,
				dueCount: queue.due.length,
				newCount: queue.fresh.length,
				nextDue:
					upcoming === undefined ? undefined : `in ${intervalLabel(now, new Date(upcoming))}`,
				newLimitReached: queue.fresh.length === 0 && unseen.length > 0
			},
			card,
			settings
		};
	}

	/**
	 * Settings, the due index and the answers since `since`: read without the store (zod, the
	 * write paths) when every record is current and valid, so the first card shows before it
	 * loads; from the store, which migrates, rebuilds or sets aside, when one is not.
	 */
	async #queueReads(bankId: string, since: Date): Promise<QueueReads> {
		const light = await (await loadGlance()).glanceQueue(bankId, since);
		if (light) return light;
		const store = await this.openStore();
		const [settings, index, reviews] = await Promise.all([
			store.loadSettings(),
			store.loadDueIndex(bankId),
			store.loadReviewsSince(bankId, since)
		]);
		return { settings, index, since: reviews };
	}

	/** One card, read as `#queueReads` reads. */
	async #card(bankId: string, factId: string): Promise<CardState | undefined> {
		const light = await (await loadGlance()).glanceCard(bankId, factId);
		if (light) return light.card;
		return (await this.openStore()).loadCard(bankId, factId);
	}

	async bankStats(bankId: string, facts: readonly string[], now: Date): Promise<BankStats> {
		// One list per bank's facts, so the figures' fingerprint of them is worked out once.
		let factList = this.#factLists.get(facts);
		if (!factList) {
			factList = facts.map((factId) => ({ factId }));
			this.#factLists.set(facts, factList);
		}
		const light = await (await loadPageGlance()).glanceStats(bankId, factList, now);
		return light ?? (await this.openStore()).stats(bankId, factList, now);
	}

	/**
	 * Every record set aside, in any database. The first call in a tab reads every progress record
	 * (after the figures are shown), setting aside new bad ones; later calls (after each answer in
	 * another tab) only list them, so a long log is not read again and again.
	 */
	async quarantined() {
		const glance = await loadPageGlance();
		if (!this.#checkedAll) {
			// Records that all pass their checks need no store (nor zod) to set any aside.
			if (!(await glance.progressRecordsReadable())) await (await this.openStore()).loadAll();
			this.#checkedAll = true;
		}
		if (!(await glance.holdsSetAside())) return [];
		const { listSetAside } = await import('../storage/set-aside');
		return listSetAside();
	}

	/** The mark of a backup import that stopped midway, if one did. */
	async unfinishedImport() {
		if (await (await loadPageGlance()).glanceImportMark()) return undefined;
		return (await this.openStore()).unfinishedImport();
	}

	/** The records set aside, as a file to download. */
	async setAsideFile(now: Date) {
		const { listSetAside, setAsideFile } = await import('../storage/set-aside');
		return setAsideFile(await listSetAside(), now);
	}

	async loadSettings(): Promise<Settings> {
		const light = await (await loadPageGlance()).glanceSettings();
		return light ?? (await this.openStore()).loadSettings();
	}

	async saveSettings(settings: Settings): Promise<Settings> {
		return (await this.openStore()).saveSettings(settings);
	}
}

export const progressClient = new ProgressClient();
