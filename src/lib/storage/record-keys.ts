// The progress database's key layout and the defaults its reads fall back on, free of zod: the
// light reader (progress-glance.ts) and the validating store (records.ts) share them.

/**
 * Everything lives in one object store, told apart by key prefix:
 *   card:<bankId>:<factId>                  CardRecord
 *   review:<bankId>:<isoTime>:<reviewId>    ReviewRecord (append-only; key order = time order)
 *   rid:<reviewId>                          ReviewIndexRecord (review id → review key; written with each
 *                                           answer, not by a merge: a review key ends with its id)
 *   undo:<reviewId>                         UndoRecord
 *   meta:settings, meta:persistence         SettingsRecord, PersistenceRecord
 *   dueidx:<bankId>, due:<bankId>:<factId>  the due index (progress-due-index.ts)
 *   duestamp:<bankId>                       DueIndexStamp (progress-due-index.ts: its record's version)
 *   totals:<bankId>                         BankTotalsRecord (progress-totals.ts: running totals of the log)
 *   tdelta:<bankId>:<isoTime>:<reviewId>    TotalsChange (progress-totals.ts: an answer since they were folded)
 *   days:<bankId>                           AnswerDaysRecord (progress-days.ts: answers by quarter hour, the streak)
 *   figures:<bankId>                        BankFiguresRecord (progress-card-figures.ts: all the progress page
 *                                           shows of a bank but the streak: cards seen and mastered, due days,
 *                                           answers by type, time)
 *   quarantine:<originalKey>                QuarantineRecord (a record that failed validation)
 * Bank and fact ids never contain ':' (see schema/bank.ts), so prefixes cannot collide.
 */
export const keys = {
	card: (bankId: string, factId: string) => `card:${bankId}:${factId}`,
	cardPrefix: (bankId?: string) => (bankId === undefined ? 'card:' : `card:${bankId}:`),
	review: (bankId: string, reviewedAt: string, reviewId: string) =>
		`review:${bankId}:${reviewedAt}:${reviewId}`,
	reviewPrefix: (bankId?: string) => (bankId === undefined ? 'review:' : `review:${bankId}:`),
	reviewIndex: (reviewId: string) => `rid:${reviewId}`,
	reviewIndexPrefix: () => 'rid:',
	undo: (reviewId: string) => `undo:${reviewId}`,
	undoPrefix: () => 'undo:',
	dueIndex: (bankId: string) => `dueidx:${bankId}`,
	dueIndexPrefix: () => 'dueidx:',
	dueChange: (bankId: string, factId: string) => `due:${bankId}:${factId}`,
	dueChangePrefix: (bankId?: string) => (bankId === undefined ? 'due:' : `due:${bankId}:`),
	dueStamp: (bankId: string) => `duestamp:${bankId}`,
	settings: () => 'meta:settings',
	persistence: () => 'meta:persistence',
	quarantine: (key: string) => `quarantine:${key}`,
	quarantinePrefix: () => 'quarantine:'
};

/** All keys starting with `prefix`, in key order. */
export function prefixRange(prefix: string): IDBKeyRange {
	return IDBKeyRange.bound(prefix, prefix + '\uffff', false, false);
}

/** Changes to a bank's due index (`due:` records) a read tolerates before folding them into it. */
export const foldAfter = 200;

export const defaultSettings = { requestRetention: 0.9, newPerDay: 20 } as const;

/** The review log's order: by time, then id (the order of their keys). */
export const byReviewTime = (
	a: { reviewedAt: string; id: string },
	b: { reviewedAt: string; id: string }
) => (a.reviewedAt < b.reviewedAt ? -1 : a.reviewedAt > b.reviewedAt ? 1 : a.id < b.id ? -1 : 1);
