import { questionTypes, type QuestionType } from '../schema/question-types';
import {
	arrayOf,
	isAmount,
	isCount,
	isRecordId,
	nullOr,
	oneOf,
	strictObject,
	type Check
} from './progress-glance';
import type { AnswerDaysRecord } from './progress-days';
import type { BankTotalsRecord, TotalsChange } from './progress-totals';

// The running totals' and answer days' records checked by hand, held to their zod schemas by
// property tests; only the progress page's readers load them, never the study pages.

const isQuestionType: Check = (v) => questionTypes.includes(v as QuestionType);
const isBoolean: Check = (v) => typeof v === 'boolean';

const isQuestionTotals = strictObject({
	type: isQuestionType,
	total: isCount,
	correct: isCount,
	last: (v) =>
		Array.isArray(v) &&
		v.length === 3 &&
		typeof v[0] === 'string' &&
		isRecordId(v[1]) &&
		isBoolean(v[2])
});

const isTotalsShape = strictObject({
	v: oneOf([2]),
	bankId: isRecordId,
	newest: nullOr((v) => typeof v === 'string'),
	undone: isCount,
	totalTimeMs: isAmount,
	questions: (v) => {
		if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
		for (const [id, q] of Object.entries(v))
			if (!isRecordId(id) || !isQuestionTotals(q)) return false;
		return true;
	}
});

/** True exactly when `BankTotalsRecord.safeParse(value)` succeeds: the totals hold every question of a bank. */
export const isBankTotalsRecord = isTotalsShape as (value: unknown) => value is BankTotalsRecord;

/** True exactly when `TotalsChange.safeParse(value)` succeeds. */
export const isTotalsChange = strictObject({
	v: oneOf([1]),
	questionId: isRecordId,
	type: isQuestionType,
	correct: isBoolean,
	durationMs: isAmount
}) as (value: unknown) => value is TotalsChange;

const isAnswerDaysShape = strictObject({
	v: oneOf([1]),
	bankId: isRecordId,
	newest: nullOr((v) => typeof v === 'string'),
	undone: isCount,
	quarters: arrayOf(Number.isSafeInteger as Check),
	counts: arrayOf((v) => Number.isSafeInteger(v) && (v as number) > 0)
});

/** True exactly when `AnswerDaysRecord.safeParse(value)` succeeds. */
export const isAnswerDaysRecord = (value: unknown): value is AnswerDaysRecord => {
	if (!isAnswerDaysShape(value)) return false;
	const { quarters, counts } = value as AnswerDaysRecord;
	return (
		quarters.length === counts.length && quarters.every((q, i) => i === 0 || q > quarters[i - 1]!)
	);
};
