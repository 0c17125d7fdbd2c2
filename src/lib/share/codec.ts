import { z } from '../schema/zod-mini';

/** A link, code or file that cannot be used; `message` is written for the person who pasted it. */
export class ShareError extends Error {
	override name = 'ShareError';
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
	}
}

// C0 controls except \t and \n, DEL, C1 controls, and the bidi embeddings, overrides and isolates
// that can make a name or title display as something other than what it says.
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** True when `text` holds a character that plain-text fields must not carry. */
export const hasControlCharacter = (text: string): boolean => forbidden.test(text);

/** Text without whitespace or the zero-width characters some chat apps slip into long words. */
export const withoutSpaces = (text: string): string =>
	text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');

/** A plain-text field: at most `max` characters, no control characters other than \n and \t. */
export const plainText = (max: number) =>
	z.string().check(
		z.maxLength(max, `must be at most ${max} characters`),
		z.refine((s) => !hasControlCharacter(s), 'must not contain control characters')
	);

/**
 * Rejects control characters in every string of a parsed value (question text arrives through the
 * bank schema, which does not check them). Reports at most `limit` issues.
 */
export function checkStrings(
	value: unknown,
	ctx: z.core.$RefinementCtx,
	maxLength: number,
	limit = 5
) {
	let reported = 0;
	const walk = (v: unknown, path: (string | number)[]) => {
		if (reported >= limit) return;
		if (typeof v === 'string') {
			const problem = hasControlCharacter(v)
				? 'must not contain control characters'
				: v.length > maxLength
					? `must be at most ${maxLength} characters`
					: undefined;
			if (problem) {
				reported++;
				ctx.addIssue({ code: 'custom', message: problem, path, input: v });
			}
		} else if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
		else if (v && typeof v === 'object') {
			for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
		}
	};
	walk(value, []);
}

/** The first few zod issues as one readable line. */
export function describeIssues(error: z.core.$ZodError, count = 3): string {
	const shown = error.issues
		.slice(0, count)
		.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`)
		.join('; ');
	const more = error.issues.length - count;
	return more > 0 ? `${shown} (and ${more} more)` : shown;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const alphabetIndex = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) alphabetIndex[alphabet.charCodeAt(i)] = i;

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i]!;
		const b = bytes[i + 1] ?? 0;
		const c = bytes[i + 2] ?? 0;
		const n = (a << 16) | (b << 8) | c;
		const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
		for (let k = 0; k < chars; k++) out += alphabet[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/**
 * Strict base64url (no padding, canonical trailing bits), so every text has at most one reading
 * and a changed character always changes the bytes. Returns null when `text` is not base64url.
 */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let buffer = 0;
	let j = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		const value = code < 128 ? alphabetIndex[code]! : -1;
		if (value < 0) return null;
		buffer = ((buffer << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[j++] = (buffer >> bits) & 0xff;
		}
	}
	if ((buffer & ((1 << bits) - 1)) !== 0) return null;
	return out;
}

async function drain(
	readable: ReadableStream<Uint8Array>,
	limit: number,
	tooBig: () => ShareError
): Promise<Uint8Array> {
	const reader = readable.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > limit) {
			// Stop the stream so a small bomb never inflates further than the limit.
			await reader.cancel().catch(() => undefined);
			throw tooBig();
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return out;
}

async function pipe(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit: number,
	tooBig: () => ShareError
): Promise<Uint8Array> {
	const writer = stream.writable.getWriter();
	// Errors surface on the readable side; these catches only keep them from going unhandled.
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
	writer.close().catch(() => undefined);
	return drain(stream.readable as ReadableStream<Uint8Array>, limit, tooBig);
}

export function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	return pipe(bytes, new CompressionStream('deflate-raw'), Infinity, () => new ShareError(''));
}

/** Inflates deflate-raw data, stopping once the output passes `limit` bytes. */
export async function inflate(
	bytes: Uint8Array,
	limit: number,
	messages: { tooBig: string; damaged: string }
): Promise<Uint8Array> {
	try {
		return await pipe(
			bytes,
			new DecompressionStream('deflate-raw'),
			limit,
			() => new ShareError(messages.tooBig)
		);
	} catch (error) {
		if (error instanceof ShareError) throw error;
		throw new ShareError(messages.damaged, { cause: error });
	}
}

const utf8 = new TextEncoder();

/** JSON → deflate-raw → base64url. */
export async function pack(value: unknown): Promise<string> {
	return toBase64Url(await deflate(utf8.encode(JSON.stringify(value))));
}

export interface UnpackLimits {
	/** Most compressed bytes accepted. */
	compressed: number;
	/** Most bytes the JSON may inflate to. */
	decompressed: number;
}

export interface UnpackMessages {
	encoding: string;
	tooBig: string;
	damaged: string;
}

/** base64url → inflate (bounded) → JSON.parse; every failure is a ShareError. */
export async function unpack(
	body: string,
	limits: UnpackLimits,
	messages: UnpackMessages
): Promise<unknown> {
	// Checked on the text first so an oversized paste is refused before any decoding.
	if (body.length > Math.ceil((limits.compressed * 4) / 3)) throw new ShareError(messages.tooBig);
	if (/[^A-Za-z0-9_-]/.test(body)) throw new ShareError(messages.encoding);
	// Valid characters in an impossible length or with stray trailing bits: the text was cut.
	const bytes = body.length === 0 ? null : fromBase64Url(body);
	if (!bytes) throw new ShareError(messages.damaged);
	const json = await inflate(bytes, limits.decompressed, messages);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(json);
	} catch (error) {
		throw new ShareError(messages.damaged, { cause: error });
	}
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		throw new ShareError(messages.damaged, { cause: error });
	}
}

const crcTable = Uint32Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** CRC-32 (IEEE 802.3, as in zip and PNG). */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

// Crockford's base32: no I, L, O or U, so a hand-copied checksum survives the usual misreadings.
const base32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A 32-bit number as 7 Crockford base32 characters. */
export function toBase32(value: number): string {
	let out = '';
	for (let shift = 30; shift >= 0; shift -= 5) {
		// 35 bits of room: the top group holds only the 2 highest bits.
		out += base32[shift === 30 ? value >>> 30 : (value >>> shift) & 31];
	}
	return out;
}

/** Reads 7 Crockford base32 characters (case-insensitive; I/L read as 1, O as 0); null if invalid. */
export function fromBase32(text: string): number | null {
	if (text.length !== 7) return null;
	let value = 0;
	for (const ch of text.toUpperCase()) {
		const normal = ch === 'I' || ch === 'L' ? '1' : ch === 'O' ? '0' : ch;
		const digit = base32.indexOf(normal);
		if (digit < 0) return null;
		value = value * 32 + digit;
	}
	return value > 0xffffffff ? null : value;
}

/** A short stable hash of a string (cyrb53), for content keys; not for security. */
export function contentHash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}
