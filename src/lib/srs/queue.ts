import type { Question } from '../schema/bank';
import type { CardState, DueEntry } from './card';

// What to study and how to label it, without ts-fsrs: the review page shows its first card before
// the scheduler (scheduler.ts) has loaded.

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** A short label for the wait until `due`: "1m", "10m", "3h", "1d", "4d", "2mo", "1.5y". */
export function intervalLabel(from: Date, due: Date): string {
	const ms = Math.max(0, due.getTime() - from.getTime());
	if (ms < hour) return `${Math.max(1, Math.round(ms / minute))}m`;
	if (ms < day) return `${Math.round(ms / hour)}h`;
	const days = Math.round(ms / day);
	if (days < 30) return `${days}d`;
	if (days < 365) return `${Math.round(days / 30)}mo`;
	const years = Math.round((days / 365) * 10) / 10;
	return `${years}y`;
}

export interface QueueInput {
	/** Every fact of the bank, in bank order, with its card when it has been studied. */
	facts: readonly { factId: string; card?: CardState }[];
	now: Date;
	newLimit: number;
	newIntroducedToday: number;
}

export interface DueQueueInput {
	/** Every fact id of the bank, in bank order. */
	factIds: readonly string[];
	/** Due time and phase of each studied fact (the store's due index); absent = never studied. */
	cards: ReadonlyMap<string, DueEntry>;
	now: Date;
	newLimit: number;
	newIntroducedToday: number;
}

export interface Queue {
	due: string[];
	fresh: string[];
}

/**
 * The queue for `count` facts in bank order: `dueAt(i)` is the due time of fact i in ms, or
 * undefined when it is new (never studied, or stored in the 'new' phase).
 */
function queueOf(
	count: number,
	factIdAt: (i: number) => string,
	dueAt: (i: number) => number | undefined,
	nowMs: number,
	freshLimit: number
): Queue {
	const dueTimes: number[] = [];
	const dueIndex: number[] = [];
	const fresh: string[] = [];
	let freshLeft = Math.max(0, freshLimit);
	for (let i = 0; i < count; i++) {
		const at = dueAt(i);
		if (at === undefined) {
			if (freshLeft > 0) {
				fresh.push(factIdAt(i));
				freshLeft--;
			}
			continue;
		}
		if (at <= nowMs) {
			dueIndex.push(i);
			dueTimes.push(at);
		}
	}
	const order = dueIndex.map((_, k) => k);
	order.sort((a, b) => dueTimes[a]! - dueTimes[b]! || dueIndex[a]! - dueIndex[b]!);
	return { due: order.map((k) => factIdAt(dueIndex[k]!)), fresh };
}

/**
 * What to study now: facts already seen whose due time has come, most overdue first (ties in
 * bank order), then unseen facts in bank order up to what is left of today's new-fact limit.
 */
export function buildQueue({ facts, now, newLimit, newIntroducedToday }: QueueInput): Queue {
	return queueOf(
		facts.length,
		(i) => facts[i]!.factId,
		(i) => {
			const card = facts[i]!.card;
			return !card || card.state === 'new' ? undefined : Date.parse(card.due);
		},
		now.getTime(),
		newLimit - newIntroducedToday
	);
}

/**
 * `buildQueue` from due times already in milliseconds (the store's due index): the same queue,
 * without reading or parsing full cards.
 */
export function buildDueQueue({
	factIds,
	cards,
	now,
	newLimit,
	newIntroducedToday
}: DueQueueInput): Queue {
	return queueOf(
		factIds.length,
		(i) => factIds[i]!,
		(i) => {
			const entry = cards.get(factIds[i]!);
			return !entry || entry.state === 'new' ? undefined : entry.due;
		},
		now.getTime(),
		newLimit - newIntroducedToday
	);
}

/**
 * The question to ask for a fact at this review. Forms (question types) take turns by `reps`,
 * never the same form twice running when the fact has more than one; deterministic.
 */
export function pickQuestion(
	questions: readonly Question[],
	lastQuestionId: string | undefined,
	reps: number
): Question {
	if (questions.length === 0) throw new Error('pickQuestion needs at least one question');
	const forms = new Map<string, Question[]>();
	for (const q of questions) {
		const list = forms.get(q.type);
		if (list) list.push(q);
		else forms.set(q.type, [q]);
	}
	const groups = [...forms.values()];
	const last = questions.find((q) => q.id === lastQuestionId);
	const turn = Math.max(0, Math.floor(reps));
	let g = turn % groups.length;
	if (groups.length > 1 && last && groups[g]![0]!.type === last.type) g = (g + 1) % groups.length;
	const group = groups[g]!;
	let k = Math.floor(turn / groups.length) % group.length;
	if (group.length > 1 && group[k]!.id === lastQuestionId) k = (k + 1) % group.length;
	return group[k]!;
}

/** A quiz answer as an FSRS grade: right is Good, wrong is Again. */
export function quizGrade(correct: boolean): 1 | 3 {
	return correct ? 3 : 1;
}
