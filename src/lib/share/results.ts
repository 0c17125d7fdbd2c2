import { csvCell } from '../util/csv';
import { gradeAnswer } from '../grading/grade';
import { questionTypeLabels, type QuestionType } from '../schema/question-types';
import { traitsOf } from '../question-types/traits';
import type { Question } from '../schema/question';
import { lateness, localDay } from './due';
import type { SetResult } from './result-code';
import type { SharedSet } from './set-link';

/** One attempt of one student, as the teacher reads it. */
export interface AttemptRow {
	/** Unique among the rows, whatever the names: what a table keys its rows by. */
	key: string;
	student: string;
	/** The attempt number the student's device gave it. */
	attempt: number;
	/** Its place among this student's attempts from every device, oldest finished first (1, 2…). */
	ordinal: number;
	startedAt: string;
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
	/** The device it was made on (codes from version 2 on), else undefined. */
	device?: string;
	/** How late it was ("2 days after the due date"), when finished after the set's due date. */
	late?: string;
	/** True when the student had already used every attempt the set allows. */
	overLimit: boolean;
	/** True when it is the attempt the class table counts for its student. */
	counted: boolean;
}

/** A student's counted attempt, with every attempt they made. */
export interface StudentRow extends AttemptRow {
	/** Every attempt of this student, oldest finished first. */
	attempts: AttemptRow[];
	/**
	 * How many devices the attempts came from: the distinct device ids, or, for codes without
	 * one, attempts sharing a number (each device numbers its own from 1).
	 */
	devices: number;
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
	/** Every attempt of every student, student by student, oldest finished first. */
	attempts: AttemptRow[];
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

/** Which attempt of each student the class table counts. */
export type AttemptPick = 'first' | 'best' | 'latest';

export const attemptPicks: readonly { value: AttemptPick; label: string }[] = [
	{ value: 'best', label: 'Best attempt' },
	{ value: 'first', label: 'First attempt' },
	{ value: 'latest', label: 'Latest attempt' }
];

export interface AnalyseOptions {
	/**
	 * Which attempt counts per student: the best (default; the later of equal scores), the first,
	 * the latest, or every attempt as a row of its own.
	 */
	attempts?: AttemptPick | 'all';
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

/** Finished later; attempts from one device finish in the order of their numbers. */
const later = (a: SetResult, b: SetResult) =>
	a.finishedAt !== b.finishedAt ? a.finishedAt > b.finishedAt : a.attempt > b.attempt;

/**
 * The devices a student's attempts came from: distinct device ids, and for attempts from codes
 * without one, as many devices as attempts share one number.
 */
function deviceCount(results: readonly SetResult[]): number {
	const ids = new Set(results.flatMap((r) => (r.device ? [r.device] : [])));
	const numbers = new Map<number, number>();
	for (const r of results) {
		if (!r.device) numbers.set(r.attempt, (numbers.get(r.attempt) ?? 0) + 1);
	}
	return Math.max(ids.size, ...numbers.values(), results.length ? 1 : 0);
}

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
	const pick = options.attempts ?? 'best';
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

	// Every attempt of each student, oldest finished first, numbered across devices.
	const byStudent = new Map<string, SetResult[]>();
	for (const result of unique) {
		const key = studentKey(result.student);
		byStudent.set(key, [...(byStudent.get(key) ?? []), result]);
	}
	const names = [...byStudent.keys()].sort((a, b) => a.localeCompare(b));
	const ordered = names.flatMap((name) =>
		byStudent.get(name)!.sort((a, b) => (later(a, b) ? 1 : later(b, a) ? -1 : 0))
	);

	const chosen = new Set<SetResult>();
	for (const name of names) {
		const list = byStudent.get(name)!;
		if (pick === 'all') {
			list.forEach((r) => chosen.add(r));
			continue;
		}
		let held = list[0]!;
		for (const result of list.slice(1)) {
			const better =
				pick === 'first'
					? false
					: pick === 'latest'
						? true
						: correctCount(result) >= correctCount(held);
			if (better) held = result;
		}
		chosen.add(held);
		for (const result of list) {
			if (result !== held) {
				skipped.push({ student: result.student, reason: `attempt ${result.attempt} not counted` });
			}
		}
	}

	const limit = set.set.attempts;
	const attemptKeys = distinctKeys(
		ordered.map((r) => [studentKey(r.student), r.attempt, r.startedAt, r.finishedAt])
	);
	const ordinals = new Map<string, number>();
	const attempts: AttemptRow[] = ordered.map((result, row) => {
		const name = studentKey(result.student);
		const ordinal = (ordinals.get(name) ?? 0) + 1;
		ordinals.set(name, ordinal);
		const marks: (boolean | null)[] = set.questions.map(() => null);
		const responses: (ShownResponse | null)[] = set.questions.map(() => null);
		for (const a of result.answers) {
			const i = questionIndex.get(a.questionId);
			if (i === undefined) continue;
			marks[i] = a.correct;
			responses[i] = showResponse(set.questions[i]!.question, a.response);
		}
		const correct = marks.filter((m) => m === true).length;
		const late = lateness(set.set.due, localDay(new Date(result.finishedAt)));
		return {
			key: attemptKeys[row]!,
			student: result.student,
			attempt: result.attempt,
			ordinal,
			startedAt: result.startedAt,
			correct,
			total,
			percent: Math.round((correct / total) * 100),
			passed: correct * 100 >= set.set.passMark * total,
			finishedAt: result.finishedAt,
			marks,
			responses,
			...(result.device ? { device: result.device } : {}),
			...(late ? { late } : {}),
			overLimit: limit !== undefined && (ordinal > limit || result.attempt > limit),
			counted: chosen.has(result)
		};
	});

	const rowOf = new Map(ordered.map((r, i) => [r, i]));
	const counted = ordered.filter((r) => chosen.has(r));
	const studentKeys = distinctKeys(
		counted.map((r) => [studentKey(r.student), r.attempt, r.finishedAt])
	);
	const students: StudentRow[] = counted.map((result, row) => {
		const name = studentKey(result.student);
		const own = attempts.filter((a) => studentKey(a.student) === name);
		return {
			...attempts[rowOf.get(result)!]!,
			key: studentKeys[row]!,
			attempts: own,
			devices: deviceCount(byStudent.get(name)!)
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

	return { setId, students, attempts, questions, weakestFacts, meanPercent, skipped, duplicates };
}

const bom = '\ufeff';
const csvFile = (rows: readonly (readonly (string | number | null)[])[]) =>
	bom + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');

/** A response in one cell: pairs separated by "; ", an order as "1. a 2. b". */
export function responseCell(shown: ShownResponse): string {
	if (!shown.numbered) return shown.lines.join('; ');
	return shown.lines.map((line, i) => `${i + 1}. ${line}`).join(' ');
}

/**
 * Every attempt of every student as CSV (RFC 4180, CRLF, after a UTF-8 byte-order mark so Excel
 * reads accents; formula-like cells guarded): one row per attempt, whether the class table counts
 * it, its flags, its score, then a column per question headed by its prompt, holding
 * "right: …" or "wrong: …" (empty when not answered).
 */
export function attemptsCsv(analysis: Analysis): string {
	const header = [
		'Student',
		'Attempt',
		'Started',
		'Finished',
		'Counted',
		'Late',
		'Over the attempt limit',
		'Device',
		'Correct',
		'Total',
		'Percent',
		'Passed',
		...analysis.questions.map((q, i) => `Q${i + 1}. ${q.prompt}`)
	];
	const rows = analysis.attempts.map((a) => [
		a.student,
		a.ordinal,
		a.startedAt,
		a.finishedAt,
		a.counted ? 'yes' : 'no',
		a.late ?? '',
		a.overLimit ? 'yes' : 'no',
		a.device ?? '',
		a.correct,
		a.total,
		a.percent,
		a.passed ? 'yes' : 'no',
		...a.responses.map((shown, i) =>
			shown ? `${a.marks[i] ? 'right' : 'wrong'}: ${responseCell(shown)}` : null
		)
	]);
	return csvFile([header, ...rows]);
}

/**
 * One row per question as CSV (as `attemptsCsv`), over the attempts the class table counts: its
 * prompt, its key, how many answered, the share right and the most chosen wrong answer.
 */
export function questionsCsv(analysis: Analysis, set: SharedSet): string {
	const header = [
		'Question',
		'Type',
		'Prompt',
		'Key',
		'Answered',
		'Percent right',
		'Most chosen wrong answer',
		'Chosen by'
	];
	const rows = analysis.questions.map((q, i) => {
		const question = set.questions.find((s) => s.question.id === q.questionId)?.question;
		return [
			i + 1,
			questionTypeLabels[q.type],
			q.prompt,
			question ? gradeAnswer(question, '').expected : '',
			q.answered,
			q.answered ? Math.round(q.correctShare * 100) : null,
			q.mostChosenWrongShown ? responseCell(q.mostChosenWrongShown) : null,
			q.mostChosenWrong?.count ?? null
		];
	});
	return csvFile([header, ...rows]);
}
