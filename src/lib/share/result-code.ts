import { z } from '../schema/zod-mini';
import {
	crc32,
	describeIssues,
	fromBase32,
	fromBase64Url,
	pack,
	ShareError,
	toBase32,
	toBase64Url,
	unpack,
	withoutSpaces
} from './codec';
import {
	readCompact,
	readTags,
	setFingerprint,
	setIdTag,
	writeCompact,
	type Layout
} from './result-compact';
import {
	compactV2CodePrefix,
	legacyResultCodePrefix,
	resultCodeLimits,
	resultCodePrefix,
	SetResult,
	type SetResultInput
} from './result-schema';
import type { SharedSet } from './set-schema';

export { setFingerprint } from './result-compact';
export {
	compactV2CodePrefix,
	legacyResultCodePrefix,
	ResultAnswer,
	resultCodeLimits,
	resultCodePrefix,
	SetResult,
	studentName,
	type SetResultInput
} from './result-schema';

const messages = {
	notACode: 'This is not a Factdeck result code (a code starts with "r3.", "r2." or "r1.").',
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
	noResult: 'This code cannot be used: it does not hold a result.',
	noSet:
		'This code is for a set that is not chosen here. Choose the set it was made for, or paste its link, then add the code again.'
};

/** A compact code's set is one of these, or the code cannot be read. */
const otherVersion = (title: string) =>
	`This code was made for another version of “${title}”: its questions have changed since. Choose or paste the link of the version the student answered.`;

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
 * A result as a code a student can copy: `r3.` + base64url(the compact bytes of result-compact.ts)
 * + `.` + checksum, where the checksum is CRC-32 of everything before the last dot as 7 Crockford
 * base32 characters. It catches typos, not tampering. Without `shared` the code is a version-1
 * one (`r1.`, the result's JSON deflated), which carries its text and reads without the set.
 * `layout` 2 writes a code as devices did before version 3 (`r2.`), to test that they still read.
 */
export async function encodeResultCode(
	result: SetResultInput,
	shared?: SharedSet,
	layout: Layout = 3
): Promise<string> {
	const parsed = SetResult.safeParse(result);
	if (!parsed.success) {
		throw new ShareError(
			`This result cannot be turned into a code: ${describeIssues(parsed.error)}.`
		);
	}
	if (shared && parsed.data.setId !== shared.set.id) {
		throw new ShareError('This result cannot be turned into a code: it is for another set.');
	}
	const head = shared
		? (layout === 2 ? compactV2CodePrefix : resultCodePrefix) +
			toBase64Url(writeCompact(parsed.data, shared, layout))
		: legacyResultCodePrefix + (await pack(toWire(parsed.data)));
	return `${head}.${checksumOf(head)}`;
}

const bodyMaxLength = Math.ceil((resultCodeLimits.compressed * 4) / 3);

/**
 * Reads one code; whitespace anywhere in it (line breaks from mail) is ignored. A compact code
 * answers one of `sets` (its questions by place, its choices by position), or is refused.
 */
export async function decodeResultCode(
	code: string,
	sets: readonly SharedSet[] = []
): Promise<SetResult> {
	const text = withoutSpaces(code);
	const version = /^r(\d{1,6})\./.exec(text);
	if (!version) throw new ShareError(messages.notACode);
	const prefix = version[0];
	const layout: Layout | undefined =
		prefix === resultCodePrefix ? 3 : prefix === compactV2CodePrefix ? 2 : undefined;
	if (!layout && prefix !== legacyResultCodePrefix) {
		throw new ShareError(Number(version[1]) > 3 ? messages.newer : messages.notACode);
	}
	const dot = text.lastIndexOf('.');
	if (dot < prefix.length) throw new ShareError(messages.damaged);
	const head = text.slice(0, dot);
	const expected = fromBase32(text.slice(dot + 1));
	if (expected === null) {
		throw new ShareError(text.length - dot - 1 < 7 ? messages.damaged : messages.typo);
	}
	if (head.length > prefix.length + bodyMaxLength) throw new ShareError(messages.tooBig);
	if (/[^A-Za-z0-9_-]/.test(head.slice(prefix.length))) {
		throw new ShareError(messages.encoding);
	}
	if (crc32(ascii.encode(head)) !== expected) throw new ShareError(messages.typo);
	const body = head.slice(prefix.length);
	const raw = layout ? readCompactBody(body, sets, layout) : await readVersion1(body);
	const parsed = SetResult.safeParse(raw);
	if (!parsed.success) {
		throw new ShareError(`This code cannot be used: ${describeIssues(parsed.error)}.`);
	}
	return parsed.data;
}

async function readVersion1(body: string): Promise<unknown> {
	const data = await unpack(body, resultCodeLimits, messages);
	if (Array.isArray(data) && typeof data[0] === 'number' && data[0] > 1) {
		throw new ShareError(messages.newer);
	}
	if (!Array.isArray(data) || data.length !== 9) throw new ShareError(messages.noResult);
	return fromWire(data);
}

function readCompactBody(body: string, sets: readonly SharedSet[], layout: Layout): unknown {
	const bytes = body.length === 0 ? null : fromBase64Url(body);
	if (!bytes || bytes.length < 6) throw new ShareError(messages.damaged);
	const { idTag, fingerprint } = readTags(bytes);
	const shared = sets.find((s) => setFingerprint(s) === fingerprint);
	if (!shared) {
		const sameId = sets.find((s) => setIdTag(s.set.id) === idTag);
		throw new ShareError(sameId ? otherVersion(sameId.set.title) : messages.noSet);
	}
	try {
		return readCompact(bytes, shared, layout);
	} catch (error) {
		// Whatever the reader met (a cut, an option that is not there, bytes that are not UTF-8),
		// the code no longer says what the student sent.
		throw new ShareError(messages.damaged, { cause: error });
	}
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
export const resultCodeMaxLength = resultCodePrefix.length + bodyMaxLength + 8;

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
	/** The text of each result's code, in the order of `results`. */
	codes: string[];
	errors: { code: string; message: string }[];
	/** Codes pasted more than once; each is kept once. */
	duplicates: number;
}

/** Decodes every code in pasted text; a bad code is reported, not thrown. */
export async function decodeResultCodes(
	text: string,
	sets: readonly SharedSet[] = []
): Promise<DecodedResults> {
	const out: DecodedResults = { results: [], codes: [], errors: [], duplicates: 0 };
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
			out.results.push(await decodeResultCode(code, sets));
			out.codes.push(code);
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

/** Version 2 files hold a compact code (r3., or r2. from before); version 1 files, still read, a version-1 code. */
export const ResultFile = z.strictObject({
	format: z.literal('factdeck-result'),
	version: z.union([z.literal(1), z.literal(2)]),
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

/**
 * A result as a JSON file a student can send instead of the code: the code and, to read, the
 * result it holds (with `shared`, a compact code, times to the second).
 */
export async function resultFile(
	result: SetResultInput,
	shared?: SharedSet
): Promise<{ fileName: string; text: string; code: string }> {
	const code = await encodeResultCode(result, shared);
	const held = shared ? await decodeResultCode(code, [shared]) : SetResult.parse(result);
	const file: ResultFile = {
		format: 'factdeck-result',
		version: shared ? 2 : 1,
		result: held,
		code
	};
	return {
		fileName: `${held.setId}-${fileSafe(held.student)}-attempt-${held.attempt}.factdeck-result.json`,
		text: JSON.stringify(file, null, '\t') + '\n',
		code
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
		return 'version' in data && typeof data.version === 'number' && data.version > 2
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

/**
 * Reads a result file back, with the code inside (a compact code reads beside one of `sets`);
 * the code must match the data. Throws ShareError.
 */
export async function readResultFile(
	text: string,
	sets: readonly SharedSet[] = []
): Promise<{ result: SetResult; code: string }> {
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
	const fromCode = await decodeResultCode(parsed.data.code, sets);
	if (JSON.stringify(fromCode) !== JSON.stringify(parsed.data.result)) {
		throw new ShareError('This result file has been changed: its data and its code disagree.');
	}
	return { result: parsed.data.result, code: withoutSpaces(parsed.data.code) };
}

/** The result a result file holds (see `readResultFile`). Throws ShareError. */
export async function parseResultFile(
	text: string,
	sets: readonly SharedSet[] = []
): Promise<SetResult> {
	return (await readResultFile(text, sets)).result;
}
