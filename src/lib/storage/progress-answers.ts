import { questionTypes } from '../schema/question-types';
import { z } from '../schema/zod-mini';
import type { CardState } from '../srs/card';
import type { GradeValue, Scheduler } from '../srs/scheduler';
import {
	CardRecord,
	Grade,
	QuarantineRecord,
	RecordId,
	ReviewRecord,
	UndoRecord,
	keys,
	readRecord
} from './records';
import { describeIssues, updateDueIndex, type ProgressDb } from './progress-db';

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
	reviewId: z.optional(RecordId)
});
export type RecordAnswerInput = z.input<typeof RecordAnswerInput>;

export interface RecordAnswerResult {
	review: ReviewRecord;
	card: CardState;
	previous: CardState | null;
	/** True when this review id was already recorded: nothing was written. */
	duplicate: boolean;
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
			const dueReq = s.get(keys.dueIndex(bankId));
			const cardReq = s.get(cardKey);
			const write = guard(() => {
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
				}
				const before = read?.ok ? read.value : null;
				const previous = before?.card ?? null;
				const card = scheduler.next(previous ?? scheduler.initial(now), grade, now);
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
					card
				};
				const cardRecord: CardRecord = {
					v: 1,
					bankId,
					factId,
					card,
					updatedAt: reviewedAt,
					lastReviewId: reviewId
				};
				const reviewKey = keys.review(bankId, reviewedAt, reviewId);
				s.put(cardRecord, cardKey);
				s.put(review, reviewKey);
				s.put({ v: 1, key: reviewKey }, keys.reviewIndex(reviewId));
				updateDueIndex(s, dueReq.result, bankId, factId, card);
				result = { review, card, previous, duplicate: false };
			});
			cardReq.onsuccess = guard(() => {
				const index = readRecord('reviewIndex', indexReq.result);
				if (!index.ok) return write();
				const reviewReq = s.get(index.value.key);
				reviewReq.onsuccess = guard(() => {
					const existing = readRecord('review', reviewReq.result);
					if (!existing.ok) return write();
					const { card, previous } = existing.value;
					result = { review: existing.value, card, previous, duplicate: true };
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
			const dueReq = s.get(keys.dueIndex(bankId));
			const undoReq = s.get(keys.undo(reviewId));
			undoReq.onsuccess = guard(() => {
				const index = readRecord('reviewIndex', indexReq.result);
				if (!index.ok || undoReq.result !== undefined) return;
				const reviewReq = s.get(index.value.key);
				reviewReq.onsuccess = guard(() => {
					const read = readRecord('review', reviewReq.result);
					if (!read.ok || read.value.bankId !== bankId) return;
					const review = read.value;
					const cardKey = keys.card(bankId, review.factId);
					const cardReq = s.get(cardKey);
					cardReq.onsuccess = guard(() => {
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
						updateDueIndex(s, dueReq.result, bankId, review.factId, review.previous);
						const marker: UndoRecord = {
							v: 1,
							reviewId,
							bankId,
							factId: review.factId,
							undoneAt: now.toISOString()
						};
						s.put(marker, keys.undo(reviewId));
						undone = true;
					});
				});
			});
		});
		if (undone) notify(bankId);
		return undone;
	}

	return { recordAnswer, undoReview };
}
