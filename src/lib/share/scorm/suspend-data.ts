// Where a SCORM 1.2 attempt stands, in `cmi.suspend_data`: the question order and each answer
// given, in at most 4,096 characters (CMIString4096), so a student who leaves comes back to it.
import type { Question } from '../../schema/bank';
import { hash32 } from '../../util/hash';
import type { RunnerAnswer } from '../attempt';
import type { SharedSet } from '../set-schema';
import { responseCode, responseFromCode } from './interactions';

/** SCORM 1.2's limit on `cmi.suspend_data`. */
export const suspendDataLimit = 4096;

/** An attempt as the package keeps it between sessions. */
export interface KeptAttempt {
	/** Question ids in the order this student sees them. */
	order: string[];
	/** The answers given, one per question in `order` from the first. */
	answers: RunnerAnswer[];
	finished: boolean;
}

interface SuspendRecord {
	v: 1;
	/** Which set the record belongs to, so a record from another package is not applied. */
	k: string;
	/** Each question's position in the set, two base-36 digits each, in the order shown. */
	o: string;
	/** "1" or "0" (right or wrong), then the response's code. */
	a: string[];
	f: 0 | 1;
}

/** A short fingerprint of the set's questions. */
export function setKey(shared: SharedSet): string {
	return hash32(shared.questions.map((q) => q.question.id).join('\n')).toString(36);
}

const position = (n: number) => n.toString(36).padStart(2, '0');

/**
 * The attempt as suspend data. When typed answers would take it past the limit, the longest are
 * shortened first: every answer's right or wrong is always kept, and with it the score.
 */
export function encodeSuspendData(shared: SharedSet, kept: KeptAttempt): string {
	const index = new Map(shared.questions.map((q, i) => [q.question.id, i]));
	const byId = new Map(shared.questions.map((q) => [q.question.id, q.question]));
	const codes = kept.answers.map((a) => {
		const question = byId.get(a.questionId);
		return question ? responseCode(question, a.response) : '';
	});
	const record = (): SuspendRecord => ({
		v: 1,
		k: setKey(shared),
		o: kept.order.map((id) => position(index.get(id) ?? 0)).join(''),
		a: kept.answers.map((a, i) => `${a.correct ? 1 : 0}${codes[i]}`),
		f: kept.finished ? 1 : 0
	});
	let text = JSON.stringify(record());
	while (text.length > suspendDataLimit) {
		const longest = codes.reduce(
			(best, c, i) => (c.length > (codes[best]?.length ?? 0) ? i : best),
			0
		);
		const code = codes[longest] ?? '';
		if (!code.length) break;
		codes[longest] = code.slice(0, Math.max(0, code.length - (text.length - suspendDataLimit) - 1));
		text = JSON.stringify(record());
	}
	return text;
}

function isRecord(data: unknown): data is SuspendRecord {
	if (!data || typeof data !== 'object') return false;
	const r = data as Partial<SuspendRecord>;
	return (
		r.v === 1 &&
		typeof r.k === 'string' &&
		typeof r.o === 'string' &&
		Array.isArray(r.a) &&
		r.a.every((x) => typeof x === 'string' && /^[01]/.test(x)) &&
		(r.f === 0 || r.f === 1)
	);
}

/**
 * The attempt kept in suspend data, or undefined when there is none, it belongs to another set,
 * or it cannot be read (the student then starts afresh).
 */
export function decodeSuspendData(shared: SharedSet, text: string): KeptAttempt | undefined {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (!isRecord(data) || data.k !== setKey(shared)) return undefined;
	const questions = shared.questions.map((q) => q.question);
	const positions = data.o.match(/.{2}/g) ?? [];
	const order = positions.map((p) => questions[parseInt(p, 36)]?.id);
	const complete = order.length === questions.length && new Set(order).size === questions.length;
	if (!complete || order.some((id) => id === undefined)) return undefined;
	const ids = order as string[];
	if (data.a.length > ids.length) return undefined;
	const answers: RunnerAnswer[] = [];
	for (const [i, entry] of data.a.entries()) {
		const question = questions.find((q) => q.id === ids[i]) as Question;
		const response = responseFromCode(question, entry.slice(1));
		if (response === undefined) return undefined;
		answers.push({ questionId: question.id, response, correct: entry[0] === '1', ms: 0 });
	}
	return { order: ids, answers, finished: data.f === 1 && answers.length === ids.length };
}
