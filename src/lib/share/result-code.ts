import { z } from '../schema/zod-mini';
import {
	crc32,
	describeIssues,
	fromBase32,
	pack,
	ShareError,
	toBase32,
	unpack,
	withoutSpaces
} from './codec';
import {
	resultCodeLimits,
	resultCodePrefix,
	SetResult,
	type SetResultInput
} from './result-schema';

export {
	ResultAnswer,
	resultCodeLimits,
	resultCodePrefix,
	SetResult,
	studentName,
	type SetResultInput
} from './result-schema';

const messages = {
	notACode: 'This is not a Factdeck result code (a code starts with "r1.").',
	newer:
		'This code was made by a newer version of Factdeck. Reload the page to update, then try again.',
	typo: 'This code has a typo (checksum mismatch). Ask the student to copy it again.',
	encoding: 'This code contains characters a result code cannot have. Copy it again.',
	damaged: 'This code is damaged or cut short. Copy the whole code again.',
	tooBig: 'This code is too large to be a result code.',
	setLink:
		"This is a set's link, not a result code. Students get their code at the end of the set; paste those here.",
	tooMuch:
		'This is far more text than result codes could be, so it was not read. Paste the codes only, or fewer at a time.',
	noResult: 'This code cannot be used: it does not hold a result.'
};

/**
 * Inside a code the result is a tuple, a third shorter than the object once compressed:
 * [v, setId, student, attempt, startedAt, finishedAt, correct, total, [[questionId, response, 1|0, ms]]]
 */
type Wire = [
	1,
	string,
	string,
	number,
	string,
	string,
	number,
	number,
	[string, string, 0 | 1, number][]
];

function toWire(r: SetResult): Wire {
	return [
		r.v,
		r.setId,
		r.student,
		r.attempt,
		r.startedAt,
		r.finishedAt,
		r.score.correct,
		r.score.total,
		r.answers.map((a) => [a.questionId, a.response, a.correct ? 1 : 0, a.ms])
	];
}

/** The object a tuple stands for, unchecked, so the schema can say which field is wrong. */
function fromWire(data: unknown[]): unknown {
	const [v, setId, student, attempt, startedAt, finishedAt, correct, total, answers] = data;
	return {
		v,
		setId,
		student,
		attempt,
		startedAt,
		finishedAt,
		score: { correct, total },
		answers: Array.isArray(answers)
			? answers.map((a: unknown) => {
					if (!Array.isArray(a)) return a;
					const [questionId, response, right, ms] = a as unknown[];
					return {
						questionId,
						response,
						correct: right === 1 ? true : right === 0 ? false : right,
						ms
					};
				})
			: answers
	};
}

const ascii = new TextEncoder();
const checksumOf = (prefixAndBody: string) => toBase32(crc32(ascii.encode(prefixAndBody)));

/**
 * A result as a code a student can copy: `r1.` + base64url(deflate-raw(JSON)) + `.` + checksum,
 * where the checksum is CRC-32 of everything before the last dot as 7 Crockford base32 characters.
 * It catches typos, not tampering.
 */
export async function encodeResultCode(result: SetResultInput): Promise<string> {
	const parsed = SetResult.safeParse(result);
	if (!parsed.success) {
		throw new ShareError(
			`This result cannot be turned into a code: ${describeIssues(parsed.error)}.`
		);
	}
	const head = resultCodePrefix + (await pack(toWire(parsed.data)));
	return `${head}.${checksumOf(head)}`;
}

/** Reads one code; whitespace anywhere in it (line breaks from mail) is ignored. */
export async function decodeResultCode(code: string): Promise<SetResult> {
	const text = withoutSpaces(code);
	const version = /^r(\d{1,6})\./.exec(text);
	if (!version) throw new ShareError(messages.notACode);
	if (version[0] !== resultCodePrefix) {
		throw new ShareError(Number(version[1]) > 1 ? messages.newer : messages.notACode);
	}
	const dot = text.lastIndexOf('.');
	if (dot < resultCodePrefix.length) throw new ShareError(messages.damaged);
	const head = text.slice(0, dot);
	const expected = fromBase32(text.slice(dot + 1));
	if (expected === null) {
		throw new ShareError(text.length - dot - 1 < 7 ? messages.damaged : messages.typo);
	}
	if (head.length > resultCodePrefix.length + Math.ceil((resultCodeLimits.compressed * 4) / 3)) {
		throw new ShareError(messages.tooBig);
	}
	if (/[^A-Za-z0-9_-]/.test(head.slice(resultCodePrefix.length))) {
		throw new ShareError(messages.encoding);
	}
	if (crc32(ascii.encode(head)) !== expected) throw new ShareError(messages.typo);
	const data = await unpack(head.slice(resultCodePrefix.length), resultCodeLimits, messages);
	if (Array.isArray(data) && typeof data[0] === 'number' && data[0] > 1) {
		throw new ShareError(messages.newer);
	}
	if (!Array.isArray(data) || data.length !== 9) throw new ShareError(messages.noResult);
	const parsed = SetResult.safeParse(fromWire(data));
	if (!parsed.success) {
		throw new ShareError(`This code cannot be used: ${describeIssues(parsed.error)}.`);
	}
	return parsed.data;
}

const codeStart = /r\d{1,6}\./;
const codeChars = /^[A-Za-z0-9_.-]+$/;
const checksumChars = /^[0-9A-Za-z]{7}$/;
// Sentence punctuation around a code ("(r1.…).", "«r1.…»,") is not part of it; dots alone at the end
// stay, as a code may be cut after the dot before its checksum.
const trimToken = (raw: string) =>
	raw
		.replace(/^[^A-Za-z0-9_.-]+/, '')
		.replace(/[^A-Za-z0-9_-]+$/, (tail) => (/^\.+$/.test(tail) ? tail : ''));

/** The longest text one code can be: its prefix, the largest body, the dot and the checksum. */
export const resultCodeMaxLength =
	resultCodePrefix.length + Math.ceil((resultCodeLimits.compressed * 4) / 3) + 8;

/**
 * The most text read as pasted codes: a class's worth with room to spare, so a huge paste is
 * refused by its length before any work.
 */
export const pastedCodesMaxLength = 512 * 1024;

/**
 * Finds the codes in pasted text. Codes are separated by whitespace; a code broken across lines
 * is joined back while it is still incomplete. Words and punctuation around the codes are ignored.
 * Linear in the text: whether a code is complete is read from its end and a count of its dots.
 */
export function splitResultCodes(text: string): string[] {
	const codes: string[] = [];
	let current = '';
	// Counted as the code grows, so no step rereads it.
	let dots = 0;
	let trailingDots = 0;
	const take = (token: string) => {
		current += token;
		dots += token.split('.').length - 1;
		const tail = /\.*$/.exec(token)![0].length;
		trailingDots = tail === token.length ? trailingDots + tail : tail;
	};
	/** A whole code: prefix, body, dot, 7-character checksum, perhaps a sentence's full stop. */
	const complete = () => {
		const end = current.length - trailingDots;
		return (
			dots - trailingDots === 2 &&
			current[end - 8] === '.' &&
			end - 8 > current.indexOf('.') + 1 &&
			checksumChars.test(current.slice(end - 7, end))
		);
	};
	const finish = () => {
		if (current) codes.push(complete() ? current.slice(0, current.length - trailingDots) : current);
		current = '';
		dots = 0;
		trailingDots = 0;
	};
	for (const raw of text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').split(/\s+/)) {
		const token = trimToken(raw);
		if (!token) continue;
		const startsCode = /^r\d{1,6}\./.test(token) && token.length > 12;
		if (
			current &&
			!complete() &&
			current.length + token.length <= resultCodeMaxLength &&
			codeChars.test(token) &&
			!startsCode
		) {
			take(token);
			continue;
		}
		const start = token.search(codeStart);
		if (start < 0) continue;
		finish();
		take(token.slice(start));
	}
	finish();
	return codes;
}

export interface DecodedResults {
	results: SetResult[];
	errors: { code: string; message: string }[];
	/** Codes pasted more than once; each is kept once. */
	duplicates: number;
}

/** Decodes every code in pasted text; a bad code is reported, not thrown. */
export async function decodeResultCodes(text: string): Promise<DecodedResults> {
	const out: DecodedResults = { results: [], errors: [], duplicates: 0 };
	if (text.length > pastedCodesMaxLength) {
		out.errors.push({ code: text.trim().slice(0, 40), message: messages.tooMuch });
		return out;
	}
	const seen = new Set<string>();
	for (const code of splitResultCodes(text)) {
		if (seen.has(code)) {
			out.duplicates++;
			continue;
		}
		seen.add(code);
		try {
			out.results.push(await decodeResultCode(code));
		} catch (error) {
			if (!(error instanceof ShareError)) throw error;
			out.errors.push({ code, message: error.message });
		}
	}
	if (out.results.length === 0 && out.errors.length === 0 && out.duplicates === 0 && text.trim()) {
		const setLink = /(^|#)s\d{1,6}\./.test(withoutSpaces(text));
		out.errors.push({
			code: text.trim().slice(0, 40),
			message: setLink ? messages.setLink : messages.notACode
		});
	}
	return out;
}

export const ResultFile = z.strictObject({
	format: z.literal('factdeck-result'),
	version: z.literal(1),
	result: SetResult,
	code: z.string()
});
export type ResultFile = z.infer<typeof ResultFile>;

const fileSafe = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase()
		.slice(0, 40) || 'student';

/** A result as a JSON file a student can send instead of the code. */
export async function resultFile(
	result: SetResultInput
): Promise<{ fileName: string; text: string }> {
	const code = await encodeResultCode(result);
	const parsed = SetResult.parse(result);
	const file: ResultFile = { format: 'factdeck-result', version: 1, result: parsed, code };
	return {
		fileName: `${parsed.setId}-${fileSafe(parsed.student)}-attempt-${parsed.attempt}.factdeck-result.json`,
		text: JSON.stringify(file, null, '\t') + '\n'
	};
}

const has = (data: object, ...keys: string[]) => keys.every((k) => k in data);

/** What a file that is not a readable result file is, in the words of the teacher adding it. */
function notAResultFile(data: unknown): string {
	const fileHelp =
		'A result file is what a student downloads at the end of a set; its name ends in .factdeck-result.json.';
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		return `This file is not a Factdeck result file. ${fileHelp}`;
	}
	if ('format' in data && data.format === 'factdeck-result') {
		return 'version' in data && typeof data.version === 'number' && data.version > 1
			? messages.newer.replace('code', 'file')
			: 'This result file is damaged or incomplete. Ask the student for their result code instead.';
	}
	if ('format' in data && data.format === 'factdeck-progress') {
		return `This file is a Factdeck progress backup, not a student's result. ${fileHelp}`;
	}
	if (has(data, 'set', 'questions')) {
		return `This file is a set's questions, not a student's result. ${fileHelp}`;
	}
	if (has(data, 'facts', 'questions')) {
		return `This file is a question bank, not a student's result. ${fileHelp}`;
	}
	return `This file is not a Factdeck result file. ${fileHelp}`;
}

/** Reads a result file back; the code inside must match the data. Throws ShareError. */
export async function parseResultFile(text: string): Promise<SetResult> {
	if (text.length > resultCodeLimits.decompressed * 4) throw new ShareError(messages.tooBig);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new ShareError('This file is not a Factdeck result file (it is not JSON).', {
			cause: error
		});
	}
	const parsed = ResultFile.safeParse(data);
	if (!parsed.success) throw new ShareError(notAResultFile(data));
	const fromCode = await decodeResultCode(parsed.data.code);
	if (JSON.stringify(fromCode) !== JSON.stringify(parsed.data.result)) {
		throw new ShareError('This result file has been changed: its data and its code disagree.');
	}
	return parsed.data.result;
}
