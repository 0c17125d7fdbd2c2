export { checkStrings, describeIssues, plainText, ShareError, withoutSpaces } from './text';
export { hasControlCharacter } from '../util/checks';
export { contentHash } from '../util/hash';
import { ShareError } from './text';

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
