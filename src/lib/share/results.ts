import { csvCell } from '../util/csv';
import { gradeAnswer } from '../grading/grade';
import type { QuestionType } from '../schema/question-types';
import { traitsOf } from '../question-types/traits';
import type { Question } from '../schema/question';
import type { SetResult } from './result-code';
import type { SharedSet } from './set-link';

export interface StudentRow {
	/** Unique among the rows, whatever the names: what a table keys its rows by. */
	key: string;
	student: string;
	attempt: number;
	/** Correct answers among the set's questions. */
	correct: number;
	/** Questions in the set. */
	total: number;
	/** Whole percent, rounded. */
	percent: number;
	passed: boolean;
	finishedAt: string;
	/** One mark per entry of `questions`, in order: true, false, or null when not answered. */
	marks: (boolean | null)[];
	/** One response per entry of `questions`, as a person reads it, or null when not answered. */
	responses: (ShownResponse | null)[];
}

export interface QuestionRow {
	questionId: string;
	bankId: string;
	prompt: string;
	type: QuestionType;
	factId: string;
	/** Students (rows) who answered it. */
	answered: number;
	/** Share of those answers that were right (Moodle's facility index); 0 when nobody answered. */
	correctShare: number;
	/**
	 * How well the question separates stronger from weaker students: the correlation between
	 * getting it right and the score on the other questions (-1 to 1). Null with too few answers
	 * or when everyone got it (or the rest) equally right.
	 */
	discrimination: number | null;
	/** The commonest wrong response, compared trimmed and case-folded; shown as first typed. */
	mostChosenWrong?: { response: string; count: number };
	/** `mostChosenWrong` as a person reads it (pairs "A → b", an order as numbered lines). */
	mostChosenWrongShown?: ShownResponse;
}

/** A response as lines to show one under the other, numbered when their order is the answer. */
export interface ShownResponse {
	numbered: boolean;
	lines: string[];
}

/** A stored response as a person reads it; a one-line response is one line. */
export function showResponse(question: Question, response: string): ShownResponse {
	const traits = traitsOf(question);
	return (
		traits.responseLines?.(question, response) ?? {
			numbered: false,
			lines: [traits.describeResponse(question, response)]
		}
	);
}

/**
 * Keys for rows made from `bases`: each base JSON-encoded (so parts never run together, as
 * "Dan" + "11" and "Dan1" + "1" would), and a repeated base numbered, so every key is unique.
 */
export function distinctKeys(bases: readonly (readonly unknown[])[]): string[] {
	const seen = new Map<string, number>();
	const taken = new Set<string>();
	return bases.map((parts) => {
		const base = JSON.stringify(parts);
		let n = seen.get(base) ?? 0;
		let key = n ? `${base}#${n}` : base;
		while (taken.has(key)) key = `${base}#${++n}`;
		seen.set(base, n + 1);
		taken.add(key);
		return key;
	});
}

export interface FactRow {
	/** Unique among the rows. */
	key: string;
	factId: string;
	bankId: string;
	/** The fact's statement when the link carries it, else the quoted source sentence. */
	statement: string;
	/** The prompt of the fact's first question in the set. */
	prompt: string;
	questionIds: string[];
	answered: number;
	correctShare: number;
}

export interface SkippedResult {
	student: string;
	reason: string;
}

export interface Analysis {
	setId: string;
	students: StudentRow[];
	questions: QuestionRow[];
	/** Facts with at least one answer, weakest first. */
	weakestFacts: FactRow[];
	/** Mean of the students' scores in percent, unrounded; 0 with no students. */
	meanPercent: number;
	/** Results for another set, or older attempts that were not counted. */
	skipped: SkippedResult[];
	/** Identical results pasted more than once. */
	duplicates: number;
}

export interface AnalyseOptions {
	/** Which attempt counts per student: the latest (default), the best, or every attempt. */
	attempts?: 'latest' | 'best' | 'all';
	/**
	 * Marks each response again with the app's grader instead of trusting the `correct` the
	 * student's device sent (codes are not tamper-proof).
	 */
	regrade?: boolean;
}

/** Names are matched trimmed, case-folded and with single spaces. */
export const studentKey = (name: string): string =>
	name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

const responseKey = (response: string): string =>
	response.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

function correlation(xs: number[], ys: number[]): number | null {
	const n = xs.length;
	if (n < 2) return null;
	const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / n;
	const mx = mean(xs);
	const my = mean(ys);
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - mx;
		const dy = ys[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	if (sxx === 0 || syy === 0) return null;
	return sxy / Math.sqrt(sxx * syy);
}

const later = (a: SetResult, b: SetResult) =>
	a.attempt !== b.attempt ? a.attempt > b.attempt : a.finishedAt > b.finishedAt;

/** The results of `found` not among `current` (nor repeated in `found`), and how many were. */
export function newResults(
	current: readonly SetResult[],
	found: readonly SetResult[]
): { fresh: SetResult[]; held: number } {
	const seen = new Set(current.map((r) => JSON.stringify(r)));
	const fresh = found.filter((r) => {
		const key = JSON.stringify(r);
		return !seen.has(key) && Boolean(seen.add(key));
	});
	return { fresh, held: found.length - fresh.length };
}

/** Each set once, the first of those sharing an id kept (a link pasted for a listed set). */
export function distinctSets<T extends { set: { id: string } }>(sets: readonly T[]): T[] {
	const seen = new Set<string>();
	return sets.filter((s) => !seen.has(s.set.id) && Boolean(seen.add(s.set.id)));
}

/** The teacher's class table and item analysis for one set. Pure: results are not re-graded. */
export function analyseResults(
	set: SharedSet,
	results: readonly SetResult[],
	options: AnalyseOptions = {}
): Analysis {
	const pick = options.attempts ?? 'latest';
	const setId = set.set.id;
	const skipped: SkippedResult[] = [];
	const seen = new Set<string>();
	let duplicates = 0;
	let unique: SetResult[] = [];
	for (const result of results) {
		const key = JSON.stringify(result);
		if (seen.has(key)) {
			duplicates++;
			continue;
		}
		seen.add(key);
		if (result.setId !== setId) {
			skipped.push({ student: result.student, reason: `is for another set ("${result.setId}")` });
			continue;
		}
		unique.push(result);
	}

	const questionIndex = new Map(set.questions.map((q, i) => [q.question.id, i]));
	if (options.regrade) {
		unique = unique.map((result) => ({
			...result,
			answers: result.answers.map((a) => {
				const i = questionIndex.get(a.questionId);
				const question = i === undefined ? undefined : set.questions[i]!.question;
				return question ? { ...a, correct: gradeAnswer(question, a.response).correct } : a;
			})
		}));
	}
	const total = set.questions.length;
	const correctCount = (r: SetResult) =>
		r.answers.filter((a) => a.correct && questionIndex.has(a.questionId)).length;

	let counted: SetResult[];
	if (pick === 'all') counted = unique;
	else {
		const chosen = new Map<string, SetResult>();
		for (const result of unique) {
			const key = studentKey(result.student);
			const held = chosen.get(key);
			const better =
				!held ||
				(pick === 'latest'
					? later(result, held)
					: correctCount(result) > correctCount(held) ||
						(correctCount(result) === correctCount(held) && later(result, held)));
			if (held && better) {
				skipped.push({ student: held.student, reason: `attempt ${held.attempt} not counted` });
			} else if (held) {
				skipped.push({ student: result.student, reason: `attempt ${result.attempt} not counted` });
			}
			if (better) chosen.set(key, result);
		}
		counted = [...chosen.values()];
	}
	counted.sort(
		(a, b) =>
			studentKey(a.student).localeCompare(studentKey(b.student)) ||
			a.attempt - b.attempt ||
			a.finishedAt.localeCompare(b.finishedAt)
	);

	const studentKeys = distinctKeys(
		counted.map((r) => [studentKey(r.student), r.attempt, r.finishedAt])
	);
	const students: StudentRow[] = counted.map((result, row) => {
		const marks: (boolean | null)[] = set.questions.map(() => null);
		const responses: (ShownResponse | null)[] = set.questions.map(() => null);
		for (const a of result.answers) {
			const i = questionIndex.get(a.questionId);
			if (i === undefined) continue;
			marks[i] = a.correct;
			responses[i] = showResponse(set.questions[i]!.question, a.response);
		}
		const correct = marks.filter((m) => m === true).length;
		return {
			key: studentKeys[row]!,
			student: result.student,
			attempt: result.attempt,
			correct,
			total,
			percent: Math.round((correct / total) * 100),
			passed: correct * 100 >= set.set.passMark * total,
			finishedAt: result.finishedAt,
			marks,
			responses
		};
	});

	const rights: number[] = [];
	const questions: QuestionRow[] = set.questions.map(({ bankId, question }, i) => {
		let answered = 0;
		let right = 0;
		const item: number[] = [];
		const rest: number[] = [];
		const wrong = new Map<string, { response: string; count: number }>();
		students.forEach((row, s) => {
			const mark = row.marks[i];
			if (mark === null || mark === undefined) return;
			answered++;
			if (mark) right++;
			item.push(mark ? 1 : 0);
			rest.push(row.correct - (mark ? 1 : 0));
			if (!mark) {
				const answer = counted[s]!.answers.find((a) => a.questionId === question.id);
				const key = responseKey(answer?.response ?? '');
				const entry = wrong.get(key);
				if (entry) entry.count++;
				else wrong.set(key, { response: (answer?.response ?? '').trim(), count: 1 });
			}
		});
		rights.push(right);
		let mostChosenWrong: { response: string; count: number } | undefined;
		for (const entry of wrong.values()) {
			if (!mostChosenWrong || entry.count > mostChosenWrong.count) mostChosenWrong = entry;
		}
		const wrongShown = mostChosenWrong && showResponse(question, mostChosenWrong.response);
		return {
			questionId: question.id,
			bankId,
			prompt: question.prompt,
			type: question.type,
			factId: question.factId,
			answered,
			correctShare: answered ? right / answered : 0,
			discrimination: correlation(item, rest),
			...(mostChosenWrong ? { mostChosenWrong: { ...mostChosenWrong } } : {}),
			...(wrongShown ? { mostChosenWrongShown: wrongShown } : {})
		};
	});

	// Facts are grouped by the sentence shown for them, so one sentence is listed once even when
	// two facts (or two banks) state it alike.
	const facts = new Map<string, Omit<FactRow, 'key'> & { right: number }>();
	const bySentence = new Map<string, string>();
	set.questions.forEach((shared, i) => {
		const row = questions[i]!;
		const factKey = JSON.stringify([shared.bankId, shared.question.factId]);
		const known = facts.get(factKey);
		const statement = known?.statement ?? shared.statement ?? shared.quote;
		const key = known ? factKey : (bySentence.get(responseKey(statement)) ?? factKey);
		bySentence.set(responseKey(statement), key);
		const fact = facts.get(key) ?? {
			factId: shared.question.factId,
			bankId: shared.bankId,
			statement,
			prompt: shared.question.prompt,
			questionIds: [],
			answered: 0,
			correctShare: 0,
			right: 0
		};
		fact.questionIds.push(row.questionId);
		fact.answered += row.answered;
		fact.right += rights[i] ?? 0;
		facts.set(key, fact);
		facts.set(factKey, fact);
	});
	const weakest = [...new Set(facts.values())]
		.filter((f) => f.answered > 0)
		.map(({ right, ...fact }) => ({ ...fact, correctShare: right / fact.answered }))
		.sort(
			(a, b) =>
				a.correctShare - b.correctShare ||
				b.answered - a.answered ||
				a.factId.localeCompare(b.factId)
		);
	const factKeys = distinctKeys(weakest.map((f) => [f.bankId, f.factId]));
	const weakestFacts: FactRow[] = weakest.map((f, i) => ({ key: factKeys[i]!, ...f }));

	const meanPercent = students.length
		? (students.reduce((sum, s) => sum + s.correct / s.total, 0) / students.length) * 100
		: 0;

	return { setId, students, questions, weakestFacts, meanPercent, skipped, duplicates };
}

/**
 * The class table as RFC 4180 CSV with CRLF line ends: one row per counted attempt, a 1/0 column
 * per question (empty when not answered), then the score.
 */
export function toCsv(analysis: Analysis): string {
	const header = [
		'Student',
		'Attempt',
		'Finished',
		...analysis.questions.map((q, i) => `Q${i + 1} ${q.questionId}`),
		'Correct',
		'Total',
		'Percent',
		'Passed'
	];
	const rows = analysis.students.map((s) => [
		s.student,
		s.attempt,
		s.finishedAt,
		...s.marks.map((m) => (m === null ? null : m ? 1 : 0)),
		s.correct,
		s.total,
		s.percent,
		s.passed ? 'yes' : 'no'
	]);
	return [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
