import fc from 'fast-check';
import type { UseStore } from 'idb-keyval';
import type { Scheduler } from '../../src/lib/srs/scheduler';
import { createProgressStore } from '../../src/lib/storage';

// A learner's history for the progress store's property tests: answers on a clock that may lag,
// undos of one of the last answers, another device's answers merged in, and the steps each test
// adds of its own (a record dropped, a card damaged, a read).

type Progress = ReturnType<typeof createProgressStore>;
type Answer = Parameters<Progress['recordAnswer']>[0];

/** One answer: which fact, and how many minutes after the previous one (negative: a lagging clock). */
export interface AnswerStep {
	kind: 'answer';
	fact: number;
	minutes: number;
}
export type HistoryStep<A extends AnswerStep, X> =
	A | { kind: 'undo'; back: number } | { kind: 'merge'; answers: A[]; undoLast: boolean } | X;

export function historySteps<A extends AnswerStep, X>(
	answer: fc.Arbitrary<A>,
	options: {
		answerWeight: number;
		mergeAnswers: number;
		own: { weight: number; arbitrary: fc.Arbitrary<X> }[];
	}
): fc.Arbitrary<HistoryStep<A, X>> {
	return fc.oneof(
		{ weight: options.answerWeight, arbitrary: answer },
		{ weight: 2, arbitrary: fc.record({ kind: fc.constant('undo' as const), back: fc.nat(3) }) },
		{
			weight: 1,
			arbitrary: fc.record({
				kind: fc.constant('merge' as const),
				answers: fc.array(answer, { maxLength: options.mergeAnswers }),
				undoLast: fc.boolean()
			})
		},
		...options.own
	) as fc.Arbitrary<HistoryStep<A, X>>;
}

/**
 * Plays steps into `progress`: each answer at its own time (never before `floor`), undos and
 * merges as a learner's devices make them; any other step goes to `own`.
 */
export function historyPlayer<A extends AnswerStep>(setup: {
	progress: Progress;
	bankId: string;
	scheduler: Scheduler;
	freshStore: () => UseStore;
	t0: number;
	floor: number;
	/** The answer's own fields: question, grade, duration. */
	answer: (a: A) => Omit<Answer, 'bankId' | 'factId' | 'now' | 'reviewId'>;
}) {
	const { progress, bankId, scheduler } = setup;
	const ids: string[] = [];
	let clock = setup.t0;
	let n = 0;
	const record = async (into: Progress, a: A, prefix: string) => {
		clock = Math.max(setup.floor, clock + a.minutes * 60_000);
		const reviewId = `${prefix}${n++}`;
		await into.recordAnswer(
			{
				...setup.answer(a),
				bankId,
				factId: `fact-${a.fact}`,
				now: new Date(clock),
				reviewId
			},
			scheduler
		);
		return reviewId;
	};
	return {
		clock: () => clock,
		async play<X>(steps: HistoryStep<A, X>[], own: (step: X) => Promise<void>): Promise<void> {
			for (const s of steps) {
				const step = s as HistoryStep<A, X> & { kind?: string };
				if (step.kind === 'answer') ids.push(await record(progress, step as A, 'r'));
				else if (step.kind === 'undo') {
					const id = ids[ids.length - 1 - (step as { back: number }).back];
					if (id) await progress.undoReview(bankId, id, new Date(clock));
				} else if (step.kind === 'merge') {
					// Another device's answers (and maybe its last undone), merged in.
					const m = step as { answers: A[]; undoLast: boolean };
					const other = createProgressStore(setup.freshStore(), null);
					const theirs: string[] = [];
					for (const a of m.answers) theirs.push(await record(other, a, 'o'));
					if (m.undoLast && theirs.length)
						await other.undoReview(bankId, theirs.at(-1)!, new Date(clock));
					await progress.mergeProgress(await other.exportBackup(new Date(clock)), scheduler);
				} else await own(step as X);
			}
		}
	};
}
