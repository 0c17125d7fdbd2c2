import { questionTypes } from '../schema/question-types';
import { z } from '../schema/zod-mini';
import { CardStateSchema, type CardState } from '../srs/card';
import type { GradeValue, Scheduler } from '../srs/scheduler';
import {
	CardRecord,
	Grade,
	QuarantineRecord,
	RecordId,
	ReviewRecord,
	UndoRecord,
	keys,
	prefixRange,
	readRecord
} from './records';
import { describeIssues, refuseNewer, type ProgressDb } from './progress-db';
import { requestDueStamp, updateDueIndex } from './progress-due-index';
import { replayChanged, replayFact, sameCard } from './replay';
import {
	putAnswerTotals,
	putUndoTotals,
	requestTotals,
	totalsKey,
	type StoredTotals
} from './progress-totals';
import { daysKey, putAnswerDays, putUndoDays, requestLaterReview } from './progress-days';
import { dropStoredFigures, figuresKey, putCardFigures } from './progress-card-figures';

// Answers: each one recorded with the card it moves, and undone again.

export const RecordAnswerInput = z.object({
	bankId: RecordId,
	factId: RecordId,
	questionId: RecordId,
	questionType: z.enum(questionTypes),
	grade: Grade,
	correct: z.boolean(),
	response: z.optional(z.string()),
	durationMs: z.number().check(z.nonnegative()),
	mode: z.enum(['quiz', 'review']),
	now: z.date(),
	reviewId: z.optional(RecordId),
	/**
	 * The card state the learner was shown when grading (null: shown as new). When the stored card
	 * is no longer that one, another tab graded it meanwhile; the result says so.
	 */
	shown: z.optional(z.nullable(CardStateSchema))
});
export type RecordAnswerInput = z.input<typeof RecordAnswerInput>;

export interface RecordAnswerResult {
	review: ReviewRecord;
	card: CardState;
	previous: CardState | null;
	/** True when this review id was already recorded: nothing was written. */
	duplicate: boolean;
	/**
	 * True when the card had changed since it was shown (another tab or device graded it): the
	 * review is recorded all the same and the card's state replayed from its log in time order.
	 */
	changedElsewhere: boolean;
}

export function progressAnswers(db: ProgressDb) {
	const { notify, transact } = db;

	async function recordAnswer(
		input: RecordAnswerInput,
		scheduler: Scheduler
	): Promise<RecordAnswerResult> {
		const parsed = RecordAnswerInput.safeParse(input);
		if (!parsed.success) throw new Error(`Invalid answer record: ${describeIssues(parsed.error)}`);
		const { bankId, factId, now, grade } = parsed.data;
		const reviewId = parsed.data.reviewId ?? crypto.randomUUID();
		const reviewedAt = now.toISOString();
		const cardKey = keys.card(bankId, factId);
		let result: RecordAnswerResult | undefined;
		await transact('readwrite', (s, guard) => {
			const indexReq = s.get(keys.reviewIndex(reviewId));
			const stampReq = requestDueStamp(s, bankId);
			// Counted, not read: an answer adds a change beside the totals without reading them.
			const totalsReq = s.count(totalsKey(bankId));
			const figuresReq = s.get(figuresKey(bankId));
			const laterReq = requestLaterReview(s, bankId, keys.review(bankId, reviewedAt, reviewId));
			const cardReq = s.get(cardKey);
			const write = guard(() => {
				refuseNewer(cardKey, cardReq.result);
				const read = cardReq.result === undefined ? undefined : readRecord('card', cardReq.result);
				if (read && !read.ok) {
					const quarantine: QuarantineRecord = {
						v: 1,
						key: cardKey,
						raw: cardReq.result,
						error: read.error,
						quarantinedAt: reviewedAt
					};
					s.put(quarantine, keys.quarantine(cardKey));
					// The figures may have counted the card set aside: rebuilt when next read.
					dropStoredFigures(s, figuresReq.result, bankId);
				}
				const before = read?.ok ? read.value : null;
				const previous = before?.card ?? null;
				const changedElsewhere =
					parsed.data.shown !== undefined && !sameCard(parsed.data.shown, previous);
				const review: ReviewRecord = {
					v: 1,
					id: reviewId,
					bankId,
					factId,
					questionId: parsed.data.questionId,
					questionType: parsed.data.questionType,
					grade: grade as GradeValue,
					correct: parsed.data.correct,
					...(parsed.data.response === undefined ? {} : { response: parsed.data.response }),
					durationMs: parsed.data.durationMs,
					mode: parsed.data.mode,
					reviewedAt,
					previous,
					previousReviewId: before?.lastReviewId ?? null,
					card: previous ?? scheduler.initial(now)
				};
				const reviewKey = keys.review(bankId, reviewedAt, reviewId);
				s.put({ v: 1, key: reviewKey }, keys.reviewIndex(reviewId));
				// Replay changes only card states, never what was answered: the totals take it now.
				putAnswerTotals(s, totalsReq.result > 0, review);
				putAnswerDays(s, guard, review, reviewKey, laterReq);
				const lastReview = previous?.lastReview ? Date.parse(previous.lastReview) : -Infinity;
				if (before && lastReview > now.getTime()) {
					// A later review of this fact is stored already (another tab's clock ran ahead, or
					// its answer landed first): the log decides, replayed in time order.
					replayWith(review, reviewKey, before, figuresReq.result);
					return;
				}
				const card = scheduler.next(previous ?? scheduler.initial(now), grade, now);
				review.card = card;
				const cardRecord: CardRecord = {
					v: 1,
					bankId,
					factId,
					card,
					updatedAt: reviewedAt,
					lastReviewId: reviewId
				};
				s.put(cardRecord, cardKey);
				s.put(review, reviewKey);
				updateDueIndex(s, guard, stampReq, bankId, factId, card);
				if (!read || read.ok)
					putCardFigures(s, figuresReq.result, bankId, factId, previous, card, {
						review,
						key: reviewKey
					});
				result = { review, card, previous, duplicate: false, changedElsewhere };
			});
			/** Records `review` among the fact's reviews and rewrites what replaying them changes. */
			const replayWith = (
				review: ReviewRecord,
				reviewKey: string,
				before: CardRecord,
				figuresRaw: unknown
			) => {
				const range = prefixRange(keys.reviewPrefix(bankId));
				const storedKeysReq = s.getAllKeys(range);
				const storedReq = s.getAll(range);
				const undoReq = s.getAll(prefixRange(keys.undoPrefix()));
				undoReq.onsuccess = guard(() => {
					const stored = new Map<string, { key: string; review: ReviewRecord }>();
					storedReq.result.forEach((raw, i) => {
						const read = readRecord('review', raw);
						if (read.ok && read.value.factId === factId)
							stored.set(read.value.id, {
								key: String(storedKeysReq.result[i]),
								review: read.value
							});
					});
					const undone = new Set<string>();
					for (const raw of undoReq.result) {
						const read = readRecord('undo', raw);
						if (read.ok && read.value.factId === factId) undone.add(read.value.reviewId);
					}
					const log = [...[...stored.values()].map((e) => e.review), review];
					const replayed = replayFact(log, undone, scheduler);
					let mine = review;
					for (const r of replayed.reviews) {
						if (r.id === reviewId) {
							mine = r;
							s.put(r, reviewKey);
							continue;
						}
						const was = stored.get(r.id);
						if (was && replayChanged(was.review, r)) s.put(r, was.key);
					}
					const card = replayed.card ?? mine.card;
					const cardRecord: CardRecord = {
						v: 1,
						bankId,
						factId,
						card,
						updatedAt: Date.parse(before.updatedAt) > now.getTime() ? before.updatedAt : reviewedAt,
						lastReviewId: replayed.lastReviewId
					};
					s.put(cardRecord, cardKey);
					updateDueIndex(s, guard, stampReq, bankId, factId, card);
					putCardFigures(s, figuresRaw, bankId, factId, before.card, card, {
						review: mine,
						key: reviewKey
					});
					result = {
						review: mine,
						card,
						previous: mine.previous,
						duplicate: false,
						changedElsewhere: true
					};
				});
			};
			cardReq.onsuccess = guard(() => {
				const index = readRecord('reviewIndex', indexReq.result);
				if (!index.ok) return write();
				const reviewReq = s.get(index.value.key);
				reviewReq.onsuccess = guard(() => {
					const existing = readRecord('review', reviewReq.result);
					if (!existing.ok) return write();
					const { card, previous } = existing.value;
					result = {
						review: existing.value,
						card,
						previous,
						duplicate: true,
						changedElsewhere: false
					};
				});
			});
		});
		if (!result) throw new Error('The answer was not saved.');
		if (!result.duplicate) notify(bankId);
		return result;
	}

	async function undoReview(bankId: string, reviewId: string, now = new Date()): Promise<boolean> {
		let undone = false;
		await transact('readwrite', (s, guard) => {
			const indexReq = s.get(keys.reviewIndex(reviewId));
			const stampReq = requestDueStamp(s, bankId);
			let totals: StoredTotals | undefined;
			requestTotals(s, guard, bankId, (stored) => (totals = stored));
			const daysReq = s.get(daysKey(bankId));
			const figuresReq = s.get(figuresKey(bankId));
			const undoReq = s.get(keys.undo(reviewId));
			undoReq.onsuccess = guard(() => {
				if (undoReq.result !== undefined) return;
				const index = readRecord('reviewIndex', indexReq.result);
				if (index.ok) return undoAt(index.value.key);
				// A review a merge stored has no `rid:` record: its key, found among the bank's, ends
				// with its id.
				const keysReq = s.getAllKeys(prefixRange(keys.reviewPrefix(bankId)));
				keysReq.onsuccess = guard(() => {
					const key = keysReq.result.find((k) => String(k).endsWith(`:${reviewId}`));
					if (key !== undefined) undoAt(String(key));
				});
			});
			const undoAt = (reviewKey: string) => {
				const reviewReq = s.get(reviewKey);
				reviewReq.onsuccess = guard(() => {
					const read = readRecord('review', reviewReq.result);
					if (!read.ok || read.value.bankId !== bankId) return;
					const review = read.value;
					const cardKey = keys.card(bankId, review.factId);
					const cardReq = s.get(cardKey);
					cardReq.onsuccess = guard(() => {
						refuseNewer(cardKey, cardReq.result);
						const card = readRecord('card', cardReq.result);
						if (!card.ok || card.value.lastReviewId !== review.id) return;
						if (review.previous === null) s.delete(cardKey);
						else {
							const restored: CardRecord = {
								v: 1,
								bankId,
								factId: review.factId,
								card: review.previous,
								updatedAt: now.toISOString(),
								lastReviewId: review.previousReviewId
							};
							s.put(restored, cardKey);
						}
						updateDueIndex(s, guard, stampReq, bankId, review.factId, review.previous);
						putCardFigures(
							s,
							figuresReq.result,
							bankId,
							review.factId,
							card.value.card,
							review.previous,
							{ undo: review }
						);
						const marker: UndoRecord = {
							v: 1,
							reviewId,
							bankId,
							factId: review.factId,
							undoneAt: now.toISOString()
						};
						s.put(marker, keys.undo(reviewId));
						putUndoTotals(s, guard, totals!, review);
						putUndoDays(s, daysReq.result, review, reviewKey);
						undone = true;
					});
				});
			};
		});
		if (undone) notify(bankId);
		return undone;
	}

	return { recordAnswer, undoReview };
}
