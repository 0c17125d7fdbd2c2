import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Question } from '../../src/lib/schema/bank';
import {
	buildDueQueue,
	buildQueue,
	CardStateSchema,
	cardStates,
	createScheduler,
	intervalLabel,
	isMastered,
	pickQuestion,
	quizGrade,
	type CardState
} from '../../src/lib/srs/scheduler';

const start = new Date('2026-03-02T09:00:00.000Z');
const day = 86_400_000;
const scheduler = createScheduler();

const interval = (card: CardState) => Date.parse(card.due) - Date.parse(card.lastReview!);

/** Reviews with `grade` each time the card falls due; returns every state. */
function reviewOnTime(grades: (1 | 2 | 3 | 4)[]): CardState[] {
	let card = scheduler.initial(start);
	let now = start;
	const states: CardState[] = [];
	for (const grade of grades) {
		card = scheduler.next(card, grade, now);
		states.push(card);
		now = new Date(card.due);
	}
	return states;
}

describe('scheduler', () => {
	it('creates a new card due now that validates as CardState', () => {
		const card = scheduler.initial(start);
		expect(card).toMatchObject({ state: 'new', reps: 0, lapses: 0, due: start.toISOString() });
		expect(CardStateSchema.parse(card)).toEqual(card);
		expect(JSON.parse(JSON.stringify(card))).toEqual(card);
	});

	it('grows the interval with each Good once in review', () => {
		const states = reviewOnTime([3, 3, 3, 3, 3, 3]);
		expect(states.map((s) => s.state)).toEqual([
			'learning',
			'review',
			'review',
			'review',
			'review',
			'review'
		]);
		const gaps = states.slice(1).map(interval);
		for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThan(gaps[i - 1]!);
		expect(states.at(-1)!.reps).toBe(6);
	});

	it('resets to relearning on Again and counts the lapse', () => {
		const states = reviewOnTime([3, 3, 3, 3, 1]);
		const before = states[3]!;
		const after = states[4]!;
		expect(after.state).toBe('relearning');
		expect(after.lapses).toBe(before.lapses + 1);
		expect(interval(after)).toBeLessThan(day);
		expect(after.stability).toBeLessThan(before.stability);
	});

	it('previews each grade with a short label, with exact (unfuzzed) due dates', () => {
		const preview = scheduler.preview(scheduler.initial(start), start);
		expect(preview[1].intervalLabel).toBe('1m');
		expect(preview[2].intervalLabel).toBe('6m');
		expect(preview[3].intervalLabel).toBe('10m');
		expect(preview[4].intervalLabel).toMatch(/^\d+d$/);
		expect(preview[3].due).toBe(new Date(start.getTime() + 10 * 60_000).toISOString());
		expect(createScheduler().preview(scheduler.initial(start), start)).toEqual(preview);
		const card = reviewOnTime([3, 3, 3])[2]!;
		const now = new Date(card.due);
		const later = scheduler.preview(card, now);
		expect(Date.parse(later[4].due)).toBeGreaterThan(Date.parse(later[3].due));
		expect(Date.parse(later[3].due)).toBeGreaterThan(Date.parse(later[2].due));
	});

	it('asks for more frequent reviews at a higher requested retention', () => {
		const card = reviewOnTime([3, 3])[1]!;
		const now = new Date(card.due);
		const strict = createScheduler({ requestRetention: 0.97 }).next(card, 3, now);
		const loose = createScheduler({ requestRetention: 0.8 }).next(card, 3, now);
		expect(Date.parse(strict.due)).toBeLessThan(Date.parse(loose.due));
	});

	it('does not throw on a review dated before the last one (another tab, clock skew)', () => {
		const card = reviewOnTime([3, 3])[1]!;
		const earlier = new Date(Date.parse(card.lastReview!) - 60_000);
		const next = scheduler.next(card, 3, earlier);
		expect(next.reps).toBe(card.reps + 1);
		expect(next.lastReview).toBe(card.lastReview);
	});

	it('formats interval labels', () => {
		const at = (ms: number) => intervalLabel(start, new Date(start.getTime() + ms));
		expect(at(30_000)).toBe('1m');
		expect(at(10 * 60_000)).toBe('10m');
		expect(at(3 * 3_600_000)).toBe('3h');
		expect(at(day)).toBe('1d');
		expect(at(4 * day)).toBe('4d');
		expect(at(61 * day)).toBe('2mo');
		expect(at(548 * day)).toBe('1.5y');
	});

	it('judges mastery and maps quiz answers to grades', () => {
		const card = scheduler.initial(start);
		expect(isMastered(card)).toBe(false);
		expect(isMastered({ ...card, state: 'review', stability: 21 })).toBe(true);
		expect(isMastered({ ...card, state: 'relearning', stability: 40 })).toBe(false);
		expect(quizGrade(true)).toBe(3);
		expect(quizGrade(false)).toBe(1);
	});
});

function reviewCard(dueMs: number): CardState {
	return {
		...scheduler.initial(start),
		state: 'review',
		reps: 3,
		stability: 5,
		difficulty: 5,
		due: new Date(dueMs).toISOString(),
		lastReview: new Date(dueMs - 5 * day).toISOString()
	};
}

describe('buildQueue', () => {
	const now = start;

	it('puts due facts first by due date, then new facts in bank order up to the limit', () => {
		const facts = [
			{ factId: 'new-a' },
			{ factId: 'late', card: reviewCard(now.getTime() - 3 * day) },
			{ factId: 'future', card: reviewCard(now.getTime() + day) },
			{ factId: 'new-b', card: scheduler.initial(now) },
			{ factId: 'slightly-late', card: reviewCard(now.getTime() - 60_000) },
			{ factId: 'new-c' },
			{ factId: 'exactly-now', card: reviewCard(now.getTime()) },
			{ factId: 'new-d' }
		];
		expect(buildQueue({ facts, now, newLimit: 20, newIntroducedToday: 17 })).toEqual({
			due: ['late', 'slightly-late', 'exactly-now'],
			fresh: ['new-a', 'new-b', 'new-c']
		});
		expect(buildQueue({ facts, now, newLimit: 20, newIntroducedToday: 25 }).fresh).toEqual([]);
		expect(buildQueue({ facts, now, newLimit: 2, newIntroducedToday: 0 }).fresh).toEqual([
			'new-a',
			'new-b'
		]);
	});

	it('keeps bank order among facts due at the same time', () => {
		const t = now.getTime() - day;
		const facts = ['c', 'a', 'b'].map((factId) => ({ factId, card: reviewCard(t) }));
		expect(buildQueue({ facts, now, newLimit: 0, newIntroducedToday: 0 }).due).toEqual([
			'c',
			'a',
			'b'
		]);
	});

	it("builds the queue for 10,000 facts: the day's new cards and every due one", () => {
		const facts = Array.from({ length: 10_000 }, (_, i) => ({
			factId: `fact-${i}`,
			card:
				i % 10 === 0 ? undefined : reviewCard(now.getTime() + ((i * 7919) % 60) * day - 30 * day)
		}));
		// Its speed is measured by `npm run bench -- study`.
		const queue = buildQueue({ facts, now, newLimit: 20, newIntroducedToday: 0 });
		expect(queue.fresh).toHaveLength(20);
		expect(queue.due.length).toBeGreaterThan(4000);
	});
});

describe('buildDueQueue', () => {
	const now = start;
	const dueMap = (facts: readonly { factId: string; card?: CardState }[]) =>
		new Map(
			facts.flatMap(({ factId, card }) =>
				card ? [[factId, { due: Date.parse(card.due), state: card.state }] as const] : []
			)
		);

	it('gives the same queue as buildQueue over the full cards', () => {
		const facts = [
			{ factId: 'new-a' },
			{ factId: 'late', card: reviewCard(now.getTime() - 3 * day) },
			{ factId: 'future', card: reviewCard(now.getTime() + day) },
			{ factId: 'new-b', card: scheduler.initial(now) },
			{ factId: 'slightly-late', card: reviewCard(now.getTime() - 60_000) },
			{ factId: 'new-c' },
			{ factId: 'exactly-now', card: reviewCard(now.getTime()) }
		];
		const input = { now, newLimit: 20, newIntroducedToday: 17 };
		expect(
			buildDueQueue({ factIds: facts.map((f) => f.factId), cards: dueMap(facts), ...input })
		).toEqual(buildQueue({ facts, ...input }));
	});

	it('matches buildQueue for any cards, limits and time (property)', () => {
		const fact = fc.record({
			card: fc.option(
				fc.record({
					offset: fc.integer({ min: -5, max: 5 }),
					state: fc.constantFrom(...cardStates)
				}),
				{ nil: undefined }
			)
		});
		fc.assert(
			fc.property(
				fc.array(fact, { maxLength: 40 }),
				fc.nat(10),
				fc.nat(12),
				(specs, newLimit, newIntroducedToday) => {
					const facts = specs.map((spec, i) => ({
						factId: `f${i}`,
						...(spec.card
							? {
									card: {
										...reviewCard(now.getTime() + spec.card.offset * 3_600_000),
										state: spec.card.state
									}
								}
							: {})
					}));
					const input = { now, newLimit, newIntroducedToday };
					expect(
						buildDueQueue({ factIds: facts.map((f) => f.factId), cards: dueMap(facts), ...input })
					).toEqual(buildQueue({ facts, ...input }));
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('pickQuestion', () => {
	const common = { explanation: 'x.', factId: 'fact-1', source: { start: 0, end: 5 } };
	const mcq = (id: string) =>
		Question.parse({
			...common,
			id,
			type: 'mcq',
			prompt: 'Who?',
			answer: 'A',
			options: ['A', 'B']
		});
	const cloze = (id: string) =>
		Question.parse({ ...common, id, type: 'cloze', prompt: 'It was _____.', answer: 'A' });
	const short = (id: string) =>
		Question.parse({ ...common, id, type: 'short_answer', prompt: 'Who?', answer: 'A' });

	it('rotates forms and never repeats the last form when there is another', () => {
		const questions = [mcq('q-mcq-1'), mcq('q-mcq-2'), cloze('q-cloze'), short('q-short')];
		let last: string | undefined;
		const picked: string[] = [];
		for (let reps = 0; reps < 12; reps++) {
			const q = pickQuestion(questions, last, reps);
			if (last) expect(q.type).not.toBe(questions.find((x) => x.id === last)!.type);
			picked.push(q.id);
			last = q.id;
		}
		expect(new Set(picked)).toEqual(new Set(questions.map((q) => q.id)));
	});

	it('is deterministic and avoids repeating the same question within one form', () => {
		const questions = [mcq('q-mcq-1'), mcq('q-mcq-2')];
		expect(pickQuestion(questions, undefined, 4)).toBe(pickQuestion(questions, undefined, 4));
		expect(pickQuestion(questions, 'q-mcq-1', 0).id).toBe('q-mcq-2');
		expect(pickQuestion(questions, 'q-mcq-2', 1).id).toBe('q-mcq-1');
		expect(pickQuestion([short('q-only')], 'q-only', 3).id).toBe('q-only');
		expect(() => pickQuestion([], undefined, 0)).toThrow();
	});
});
