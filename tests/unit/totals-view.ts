import { isBankTotalsRecord } from '../../src/lib/storage/progress-log-checks';
import { totalsOfRecord, type BankTotals } from '../../src/lib/storage/progress-totals';

/**
 * Running totals as one object per question (the shape stored up to version 2): what tests
 * compare, whatever order the columns hold the questions in.
 */
export function totalsView(totals: BankTotals | undefined) {
	if (!totals) return undefined;
	const { bankId, newest, undone, totalTimeMs, ids } = totals;
	return {
		bankId,
		newest,
		undone,
		totalTimeMs,
		questions: Object.fromEntries(
			ids.map((id, i) => [
				id,
				{
					type: totals.types[i]!,
					total: totals.total[i]!,
					correct: totals.correct[i]!,
					last: [totals.lastAt[i]!, totals.lastId[i]!, totals.right[i]!] as const
				}
			])
		)
	};
}

/** A stored totals record, at the version written today, seen as `totalsView` sees totals. */
export function storedTotalsView(raw: unknown) {
	if (!isBankTotalsRecord(raw)) throw new Error('not a current totals record');
	return totalsView(totalsOfRecord(raw));
}
