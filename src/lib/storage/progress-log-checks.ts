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
import type { BankFiguresRecord } from './progress-card-figures';

/** Cards made since the facts were checked that a figures record lists (see progress-card-figures.ts). */
export const freshLimit = 64;
import type { BankTotalsRecord, TotalsChange } from './progress-totals';

// The running totals', answer days' and bank figures' records checked by hand, held to their zod schemas by
// property tests; only the progress page's readers load them, never the study pages.

const isQuestionType: Check = (v) => questionTypes.includes(v as QuestionType);
const isBoolean: Check = (v) => typeof v === 'boolean';

/** Joins the latest answers' times in the totals' `lastAt` (an ISO time holds no comma). */
export const timeSeparator = ',';
/** Joins the latest answers' review ids in the totals' `lastId` (a record id holds no colon). */
export const idSeparator = ':';

/** The parts of a joined column of `n` entries (`''` holds none, or one empty entry). */
export const columnParts = (joined: string, separator: string, n: number) =>
	n === 0 ? [] : joined.split(separator);

/**
 * The rules between the totals' columns that their own types do not say: one entry per question
 * in each, each question once, each type one of `typeNames`, right answers 0 or 1, each latest
 * review id a record id. Shared by the schema (as a refinement) and the hand check; false for
 * columns of the wrong types.
 */
export function columnsAgree(value: unknown): boolean {
	const r = value as Partial<Record<keyof BankTotalsRecord, unknown>>;
	const { ids, typeNames, types, total, correct, right, lastAt, lastId } = r;
	if (!Array.isArray(ids) || !Array.isArray(typeNames)) return false;
	if (typeof lastAt !== 'string' || typeof lastId !== 'string') return false;
	const n = ids.length;
	const column = (c: unknown) =>
		(c instanceof Uint8Array || c instanceof Uint32Array) && c.length === n;
	if (!column(types) || !column(total) || !column(correct) || !column(right)) return false;
	if (new Set(ids).size !== n) return false;
	const typeOf = types as Uint8Array;
	const rightOf = right as Uint8Array;
	for (let i = 0; i < n; i++) if (typeOf[i]! >= typeNames.length || rightOf[i]! > 1) return false;
	if (n === 0) return lastAt === '' && lastId === '';
	return (
		partsFit(lastAt, timeSeparator, n, 0, Infinity) && partsFit(lastId, idSeparator, n, 1, 200)
	);
}

/**
 * Whether `columnParts(joined, separator, n)` would give `n` parts, each `min` to `max`
 * characters long (n > 0), found without cutting the column into strings.
 */
function partsFit(joined: string, separator: string, n: number, min: number, max: number) {
	let start = 0;
	for (let i = 0; i < n; i++) {
		const next = joined.indexOf(separator, start);
		const last = i === n - 1;
		if (last ? next >= 0 : next < 0) return false;
		const end = last ? joined.length : next;
		if (end - start < min || end - start > max) return false;
		start = end + 1;
	}
	return true;
}

const instanceOf =
	(type: abstract new (...args: never[]) => unknown): Check =>
	(v) =>
		v instanceof type;

const isTotalsShape = strictObject({
	v: oneOf([3]),
	bankId: isRecordId,
	newest: nullOr((v) => typeof v === 'string'),
	undone: isCount,
	totalTimeMs: isAmount,
	ids: arrayOf(isRecordId),
	typeNames: arrayOf(isQuestionType),
	types: instanceOf(Uint8Array),
	total: instanceOf(Uint32Array),
	correct: instanceOf(Uint32Array),
	right: instanceOf(Uint8Array),
	lastAt: (v) => typeof v === 'string',
	lastId: (v) => typeof v === 'string'
});

/** True exactly when `BankTotalsRecord.safeParse(value)` succeeds: the totals hold every question of a bank. */
export const isBankTotalsRecord = (value: unknown): value is BankTotalsRecord =>
	isTotalsShape(value) && columnsAgree(value);

/** True exactly when `TotalsChange.safeParse(value)` succeeds. */
export const isTotalsChange = strictObject({
	v: oneOf([1]),
	questionId: isRecordId,
	type: isQuestionType,
	correct: isBoolean,
	durationMs: isAmount
}) as (value: unknown) => value is TotalsChange;

/** Quarters ascending, one count each, every count positive: what the column types leave open. */
export function quartersAgree(quarters: Int32Array, counts: Uint32Array): boolean {
	if (quarters.length !== counts.length) return false;
	for (let i = 0; i < quarters.length; i++) {
		if (counts[i] === 0) return false;
		if (i > 0 && quarters[i]! <= quarters[i - 1]!) return false;
	}
	return true;
}

const isAnswerDaysShape = strictObject({
	v: oneOf([2]),
	bankId: isRecordId,
	newest: nullOr((v) => typeof v === 'string'),
	undone: isCount,
	quarters: instanceOf(Int32Array),
	counts: instanceOf(Uint32Array)
});

/** True exactly when `AnswerDaysRecord.safeParse(value)` succeeds. */
export const isAnswerDaysRecord = (value: unknown): value is AnswerDaysRecord => {
	if (!isAnswerDaysShape(value)) return false;
	const { quarters, counts } = value as AnswerDaysRecord;
	return quartersAgree(quarters, counts);
};

/**
 * The rules between the figures' fields that their own types do not say: one total and one count
 * of right answers per type, each type once, no more right answers than answers, no more seen
 * cards than cards nor mastered than seen, and every seen card due on one day. Shared by the
 * schema (as a refinement) and the hand check; false for fields of the wrong types.
 */
export function figuresAgree(value: unknown): boolean {
	const r = value as Partial<Record<keyof BankFiguresRecord, unknown>>;
	const { types, total, correct, due, before, after, cards, seen, mastered, answered } = r;
	if (!Array.isArray(types) || !Array.isArray(total) || !Array.isArray(correct)) return false;
	if (!Array.isArray(due) || typeof before !== 'number' || typeof after !== 'number') return false;
	if (!Array.isArray(answered) || answered.length !== due.length) return false;
	if (typeof cards !== 'number' || typeof seen !== 'number' || typeof mastered !== 'number')
		return false;
	if (total.length !== types.length || correct.length !== types.length) return false;
	if (new Set(types).size !== types.length) return false;
	for (let i = 0; i < types.length; i++) if (!(correct[i] <= total[i])) return false;
	let dueSum = before + after;
	for (const n of due) dueSum += n as number;
	return dueSum === seen && seen <= cards && mastered <= seen;
}

const isFiguresShape = strictObject({
	v: oneOf([2]),
	bankId: isRecordId,
	newest: nullOr((v) => typeof v === 'string'),
	undone: isCount,
	cards: isCount,
	seen: isCount,
	mastered: isCount,
	offset: (v) => Number.isSafeInteger(v) && Math.abs(v as number) <= 1440,
	start: (v) => Number.isSafeInteger(v),
	due: (v) => arrayOf(isCount)(v) && (v as unknown[]).length <= 400,
	before: isCount,
	after: isCount,
	answered: arrayOf(isCount),
	run: nullOr(isCount),
	facts: nullOr((v) => typeof v === 'string' && v.length <= 64),
	fresh: (v) => arrayOf(isRecordId)(v) && (v as unknown[]).length <= freshLimit,
	types: arrayOf(isQuestionType),
	total: arrayOf(isCount),
	correct: arrayOf(isCount),
	timeMs: isAmount
});

/** True exactly when `BankFiguresRecord.safeParse(value)` succeeds. */
export const isBankFiguresRecord = (value: unknown): value is BankFiguresRecord =>
	isFiguresShape(value) && figuresAgree(value);
