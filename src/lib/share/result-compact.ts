// The body of a compact result code: the result as bytes that only make sense beside the set it
// answers, so a choice is its option's position and a question its place in the set. Layout 3
// (codes written today) also packs names and typed text in 5 bits a letter, writes a typed answer
// close to the key as the key's edit, and its start in seconds after the set was made; layout 2
// (codes written before) still reads.
import type { Question } from '../schema/question';
import { crc32 } from './codec';
import type { SharedSet } from './set-schema';
import type { SetResult } from './result-schema';

const utf8 = new TextEncoder();

/**
 * Which set, and which version of it, a code answers: CRC-32 of the set's settings and questions
 * (not when it was shared, so the same set sent again is the same set).
 */
export function setFingerprint(shared: SharedSet): number {
	return crc32(utf8.encode(JSON.stringify({ set: shared.set, questions: shared.questions })));
}

/** The low 16 bits of CRC-32 of the set id: tells "another version of this set" from "another set". */
export const setIdTag = (setId: string): number => crc32(utf8.encode(setId)) & 0xffff;

/** The code's body was read to its end but does not describe a result for this set. */
export class CompactError extends Error {}

class Writer {
	bytes: number[] = [];
	uint(n: number) {
		if (!Number.isSafeInteger(n) || n < 0) throw new CompactError(`cannot write ${n}`);
		while (n >= 0x80) {
			this.bytes.push((n % 0x80) | 0x80);
			n = Math.floor(n / 0x80);
		}
		this.bytes.push(n);
	}
	/** Zigzag: small negative and positive numbers both stay short. */
	int(n: number) {
		this.uint(n < 0 ? -2 * n - 1 : 2 * n);
	}
	fixed(n: number, size: 2 | 3 | 4) {
		for (let k = size - 1; k >= 0; k--) this.bytes.push(Math.floor(n / 256 ** k) % 256);
	}
	text(s: string) {
		const b = utf8.encode(s);
		this.uint(b.length);
		this.bytes.push(...b);
	}
	/** Text as UTF-8 or packed (see `packedModes`), whichever is shorter. */
	words(s: string) {
		let best = new Writer();
		const raw = utf8.encode(s);
		best.uint(raw.length * 4);
		best.bytes.push(...raw);
		for (const mode of [1, 2] as const) {
			const symbols = toSymbols(s, mode === 2);
			if (!symbols) continue;
			const packed = new Writer();
			packed.uint(symbols.length * 4 + mode);
			packed.bytes.push(...packSymbols(symbols));
			if (packed.bytes.length < best.bytes.length) best = packed;
		}
		this.bytes.push(...best.bytes);
	}
}

// Packed text: 5 bits a symbol, most significant bit first, the last byte padded with zeros.
// Symbols 0–25 are a–z, then space, hyphen, apostrophe, full stop and comma; 31 flips the case of
// the letter after it. Mode 1 writes letters lower case, mode 2 upper case at the start of a word
// (the text's start, or after a space or a hyphen), as names are written.
const packedSymbols = "abcdefghijklmnopqrstuvwxyz -'.,";
const SHIFT = 31;
const wordBreak = (c: string | undefined) => c === undefined || c === ' ' || c === '-';

function toSymbols(text: string, title: boolean): number[] | undefined {
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (/[A-Za-z]/.test(c)) {
			const upper = c !== c.toLowerCase();
			if (upper !== (title && wordBreak(text[i - 1]))) out.push(SHIFT);
			out.push(packedSymbols.indexOf(c.toLowerCase()));
		} else {
			const at = packedSymbols.indexOf(c);
			if (at < 26) return undefined;
			out.push(at);
		}
	}
	return out;
}

function fromSymbols(symbols: readonly number[], title: boolean): string {
	let out = '';
	let shift = false;
	for (const symbol of symbols) {
		if (symbol === SHIFT) {
			if (shift) throw new CompactError('two shifts');
			shift = true;
			continue;
		}
		const c = packedSymbols[symbol]!;
		if (symbol < 26) {
			const upper = (title && wordBreak(out[out.length - 1])) !== shift;
			out += upper ? c.toUpperCase() : c;
		} else if (shift) {
			throw new CompactError('a shift before a sign');
		} else {
			out += c;
		}
		shift = false;
	}
	if (shift) throw new CompactError('a shift at the end');
	return out;
}

function packSymbols(symbols: readonly number[]): number[] {
	const out = new Array<number>(Math.ceil((symbols.length * 5) / 8)).fill(0);
	symbols.forEach((symbol, k) => {
		for (let bit = 0; bit < 5; bit++) {
			if (symbol & (16 >> bit)) out[(k * 5 + bit) >> 3]! |= 128 >> ((k * 5 + bit) & 7);
		}
	});
	return out;
}

class Reader {
	at = 0;
	constructor(private readonly bytes: Uint8Array) {}
	get done() {
		return this.at >= this.bytes.length;
	}
	byte(): number {
		if (this.at >= this.bytes.length) throw new CompactError('cut short');
		return this.bytes[this.at++]!;
	}
	uint(): number {
		let n = 0;
		for (let shift = 0; shift < 42; shift += 7) {
			const b = this.byte();
			n += (b & 0x7f) * 2 ** shift;
			if (!(b & 0x80)) {
				// One way to write each number: a final zero byte after others is padding.
				if (b === 0 && shift > 0) throw new CompactError('padded number');
				return n;
			}
		}
		throw new CompactError('number too long');
	}
	int(): number {
		const n = this.uint();
		return n % 2 ? -(n + 1) / 2 : n / 2;
	}
	fixed(size: 2 | 3 | 4): number {
		let n = 0;
		for (let k = 0; k < size; k++) n = n * 256 + this.byte();
		return n;
	}
	text(): string {
		return this.#utf8(this.uint());
	}
	#utf8(length: number): string {
		if (length > this.bytes.length - this.at) throw new CompactError('cut short');
		const slice = this.bytes.subarray(this.at, this.at + length);
		this.at += length;
		return new TextDecoder('utf-8', { fatal: true }).decode(slice);
	}
	words(): string {
		const header = this.uint();
		const mode = header % 4;
		const length = Math.floor(header / 4);
		if (mode === 0) return this.#utf8(length);
		if (mode === 3) throw new CompactError('no such text mode');
		const size = Math.ceil((length * 5) / 8);
		if (size > this.bytes.length - this.at) throw new CompactError('cut short');
		const symbols: number[] = [];
		for (let k = 0; k < length; k++) {
			let symbol = 0;
			for (let bit = 0; bit < 5; bit++) {
				const at = k * 5 + bit;
				symbol = symbol * 2 + ((this.bytes[this.at + (at >> 3)]! >> (7 - (at & 7))) & 1);
			}
			symbols.push(symbol);
		}
		const used = length * 5;
		if (used % 8 && this.bytes[this.at + size - 1]! & (0xff >> (used % 8))) {
			throw new CompactError('padding is not zero');
		}
		this.at += size;
		return fromSymbols(symbols, mode === 2);
	}
}

/** How a body is laid out: 2 for `r2.` codes, 3 for `r3.` codes. */
export type Layout = 2 | 3;

// A response is one number, then what it needs: 0 text, 1 matched pairs, 2 an order, 3 the key
// typed exactly, then (layout 3) 4 the key edited: how many of its characters start and end the
// response, and the text between; then the question's option i as CHOICE + i.
const TEXT = 0;
const PAIRS = 1;
const ORDER = 2;
const KEY = 3;
const EDIT = 4;
const choiceBase = (layout: Layout) => (layout === 2 ? 4 : 5);

const optionsOf = (q: Question): readonly string[] =>
	'options' in q && Array.isArray(q.options) ? q.options : [];
const pairsOf = (q: Question) => ('pairs' in q ? q.pairs : undefined);
const itemsOf = (q: Question) => ('items' in q ? q.items : undefined);

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Every left item in the question's order, each with the place of its right item + 1 (0: none). */
const pairsText = (q: Question, rights: readonly number[]) =>
	JSON.stringify(
		pairsOf(q)!.map((p, i) => ({
			left: p.left,
			right: rights[i]! === 0 ? '' : pairsOf(q)![rights[i]! - 1]!.right
		}))
	);
const orderText = (q: Question, order: readonly number[]) =>
	JSON.stringify(order.map((i) => itemsOf(q)![i]!));

/** Numbers below 16, two to a byte (a question has at most 8 pairs or items). */
function writeNibbles(w: Writer, values: readonly number[]) {
	for (let i = 0; i < values.length; i += 2) w.bytes.push((values[i]! << 4) | (values[i + 1] ?? 0));
}
function readNibbles(r: Reader, count: number, below: number): number[] {
	const out: number[] = [];
	for (let i = 0; i < count; i += 2) {
		const b = r.byte();
		out.push(b >> 4);
		if (i + 1 < count) out.push(b & 15);
		else if (b & 15) throw new CompactError('padding is not zero');
	}
	if (out.some((v) => v >= below)) throw new CompactError('no such part');
	return out;
}

/**
 * The response by position when that reads back to exactly the same text, else as text. Pairs and
 * orders are written as the answering view writes them: every left item in order, every item.
 */
function writeResponse(w: Writer, q: Question, response: string, layout: Layout) {
	const option = optionsOf(q).indexOf(response);
	if (option >= 0) return w.uint(choiceBase(layout) + option);
	if (response === q.answer) return w.uint(KEY);
	const data = parseJson(response);
	const pairs = pairsOf(q);
	if (pairs && Array.isArray(data) && data.length === pairs.length) {
		const rights = data.map((p: { right?: unknown }) =>
			p?.right === '' ? 0 : pairs.findIndex((x) => x.right === p?.right) + 1
		);
		if (rights.every((r) => r >= 0) && pairsText(q, rights) === response) {
			w.uint(PAIRS);
			return writeNibbles(w, rights);
		}
	}
	const items = itemsOf(q);
	if (items && Array.isArray(data) && data.length === items.length) {
		const order = data.map((item) => items.indexOf(item as string));
		if (order.every((i) => i >= 0) && orderText(q, order) === response) {
			w.uint(ORDER);
			return writeNibbles(w, order);
		}
	}
	if (layout === 2) {
		w.uint(TEXT);
		return w.text(response);
	}
	const text = new Writer();
	text.uint(TEXT);
	text.words(response);
	const edit = keyEdit(q.answer, response);
	w.bytes.push(...(edit && edit.bytes.length < text.bytes.length ? edit : text).bytes);
}

/** A response written as the key with its middle replaced, when it shares a start or an end. */
function keyEdit(key: string, response: string): Writer | undefined {
	// By code points, so the text between never splits a character.
	const k = Array.from(key);
	const r = Array.from(response);
	let start = 0;
	while (start < k.length && start < r.length && k[start] === r[start]) start++;
	let end = 0;
	while (
		end < k.length - start &&
		end < r.length - start &&
		k[k.length - 1 - end] === r[r.length - 1 - end]
	) {
		end++;
	}
	if (start + end === 0) return undefined;
	const w = new Writer();
	w.uint(EDIT);
	w.uint(start);
	w.uint(end);
	w.words(r.slice(start, r.length - end).join(''));
	return w;
}

function readResponse(r: Reader, q: Question, layout: Layout): string {
	const kind = r.uint();
	if (kind === TEXT) return layout === 2 ? r.text() : r.words();
	if (kind === KEY) return q.answer;
	if (kind === EDIT && layout === 3) {
		const key = Array.from(q.answer);
		const start = r.uint();
		const end = r.uint();
		if (start + end > key.length) throw new CompactError('the edit is longer than the key');
		const middle = r.words();
		return key.slice(0, start).join('') + middle + key.slice(key.length - end).join('');
	}
	if (kind === PAIRS) {
		const pairs = pairsOf(q);
		if (!pairs) throw new CompactError('not a matching question');
		return pairsText(q, readNibbles(r, pairs.length, pairs.length + 1));
	}
	if (kind === ORDER) {
		const items = itemsOf(q);
		if (!items) throw new CompactError('not an ordering question');
		return orderText(q, readNibbles(r, items.length, items.length));
	}
	const option = optionsOf(q)[kind - choiceBase(layout)];
	if (option === undefined) throw new CompactError('no such option');
	return option;
}

const seconds = (iso: string) => Math.round(Date.parse(iso) / 1000);

/**
 * The result as bytes: set id tag (2), set fingerprint (4), device (3, 0 when unknown), attempt,
 * start (layout 2: Unix seconds; layout 3: seconds after the set was made, signed), duration
 * (seconds), student, answers × 2 (+ 1 when they are the set's first questions in order, which
 * then need no place), then each answer: its question's place in the set (unless in order),
 * seconds spent × 2 (+ 1 when right), response. Times are kept to the second.
 */
export function writeCompact(result: SetResult, shared: SharedSet, layout: Layout): Uint8Array {
	const w = new Writer();
	w.fixed(setIdTag(shared.set.id), 2);
	w.fixed(setFingerprint(shared), 4);
	w.fixed(result.device ? parseInt(result.device, 16) : 0, 3);
	w.uint(result.attempt);
	const start = seconds(result.startedAt);
	if (layout === 2) w.uint(start);
	else w.int(start - seconds(shared.createdAt));
	w.int(seconds(result.finishedAt) - start);
	if (layout === 2) w.text(result.student);
	else w.words(result.student);
	const place = new Map(shared.questions.map((q, i) => [q.question.id, i]));
	const answers = result.answers.filter((a) => place.has(a.questionId));
	const inOrder = answers.every((a, k) => place.get(a.questionId) === k);
	w.uint(answers.length * 2 + (inOrder ? 1 : 0));
	for (const a of answers) {
		const i = place.get(a.questionId)!;
		if (!inOrder) w.uint(i);
		w.uint(Math.round(a.ms / 1000) * 2 + (a.correct ? 1 : 0));
		writeResponse(w, shared.questions[i]!.question, a.response, layout);
	}
	return Uint8Array.from(w.bytes);
}

/** The set tags at the start of a body, to find which set it answers before reading the rest. */
export function readTags(bytes: Uint8Array): { idTag: number; fingerprint: number } {
	const r = new Reader(bytes);
	return { idTag: r.fixed(2), fingerprint: r.fixed(4) };
}

/** The result a body holds, unchecked (the schema checks it next); throws CompactError. */
export function readCompact(bytes: Uint8Array, shared: SharedSet, layout: Layout): unknown {
	const r = new Reader(bytes);
	r.fixed(2);
	r.fixed(4);
	const device = r.fixed(3);
	const attempt = r.uint();
	const start = layout === 2 ? r.uint() : r.int() + seconds(shared.createdAt);
	const duration = r.int();
	const student = layout === 2 ? r.text() : r.words();
	const counted = r.uint();
	const count = Math.floor(counted / 2);
	const inOrder = counted % 2 === 1;
	if (count > shared.questions.length) throw new CompactError('more answers than questions');
	const answers: SetResult['answers'] = [];
	for (let k = 0; k < count; k++) {
		const i = inOrder ? k : r.uint();
		const question = shared.questions[i]?.question;
		if (!question) throw new CompactError('no such question');
		const timed = r.uint();
		answers.push({
			questionId: question.id,
			correct: timed % 2 === 1,
			ms: Math.floor(timed / 2) * 1000,
			response: readResponse(r, question, layout)
		});
	}
	if (!r.done) throw new CompactError('bytes after the result');
	const iso = (s: number) => {
		const date = new Date(s * 1000);
		if (Number.isNaN(date.getTime())) throw new CompactError('no such time');
		return date.toISOString();
	};
	return {
		v: 1,
		setId: shared.set.id,
		student,
		attempt,
		startedAt: iso(start),
		finishedAt: iso(start + duration),
		score: {
			correct: answers.filter((a) => a.correct).length,
			total: shared.questions.length
		},
		answers,
		...(device ? { device: device.toString(16).padStart(6, '0') } : {})
	};
}
