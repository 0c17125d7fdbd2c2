import type { Page } from '@playwright/test';

// A QR code reader for the browser tests, written from the QR standard (ISO/IEC 18004) and
// independent of the library that draws the codes: it finds the code in a screenshot, reads its
// format, unmasks it, checks every block's Reed–Solomon checksum and reads the text. It reads an
// upright code with square modules of whole pixels, as the app draws them; it corrects no errors,
// so a code only reads if every module of the screenshot is right.

/** A screenshot as one dark-or-light value per pixel, row by row. */
export interface Pixels {
	width: number;
	height: number;
	dark: (x: number, y: number) => boolean;
}

/** Error correction blocks per version (index 0: version 1), at levels L and M. */
const blocks = {
	L: [
		1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15,
		16, 17, 18, 19, 19, 20, 21, 22, 24, 25
	],
	M: [
		1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25,
		26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49
	]
};
/** Error correction codewords in each block. */
const eccPerBlock = {
	L: [
		7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30,
		26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
	],
	M: [
		10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28,
		28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28
	]
};
/** The two bits of the format information for each level (Q and H are not drawn by the app). */
const levelBits: Record<number, 'L' | 'M'> = { 1: 'L', 0: 'M' };

const masks: ((row: number, col: number) => boolean)[] = [
	(i, j) => (i + j) % 2 === 0,
	(i) => i % 2 === 0,
	(_, j) => j % 3 === 0,
	(i, j) => (i + j) % 3 === 0,
	(i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
	(i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
	(i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
	(i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0
];

/** The 15 bits of format information for 5 data bits: BCH(15,5), then the standard's mask. */
function formatBits(data: number): number {
	let rest = data << 10;
	for (let bit = 14; bit >= 10; bit--) if (rest & (1 << bit)) rest ^= 0x537 << (bit - 10);
	return ((data << 10) | rest) ^ 0x5412;
}

/** The rows and columns of the alignment patterns' centres. */
function alignmentCentres(version: number): number[] {
	if (version === 1) return [];
	const count = Math.floor(version / 7) + 2;
	const size = 17 + 4 * version;
	const step = size === 145 ? 26 : Math.ceil((size - 13) / (2 * count - 2)) * 2;
	const centres = [size - 7];
	for (let k = 1; k < count - 1; k++) centres.push(centres[k - 1]! - step);
	centres.push(6);
	return centres.reverse();
}

/** Which modules hold finders, separators, format and version information, timing, alignment. */
function functionModules(version: number): (row: number, col: number) => boolean {
	const size = 17 + 4 * version;
	const taken = new Uint8Array(size * size);
	const fill = (top: number, left: number, rows: number, cols: number) => {
		for (let r = top; r < top + rows; r++)
			for (let c = left; c < left + cols; c++) taken[r * size + c] = 1;
	};
	fill(0, 0, 9, 9);
	fill(0, size - 8, 9, 8);
	fill(size - 8, 0, 8, 9);
	fill(6, 0, 1, size);
	fill(0, 6, size, 1);
	const centres = alignmentCentres(version);
	for (const r of centres) {
		for (const c of centres) {
			const inFinder =
				(r === 6 && c === 6) || (r === 6 && c === size - 7) || (r === size - 7 && c === 6);
			if (!inFinder) fill(r - 2, c - 2, 5, 5);
		}
	}
	if (version >= 7) {
		fill(0, size - 11, 6, 3);
		fill(size - 11, 0, 3, 6);
	}
	return (row, col) => taken[row * size + col] === 1;
}

// Arithmetic in GF(256) with the standard's polynomial x^8 + x^4 + x^3 + x^2 + 1.
const exp = new Uint8Array(512);
const log = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = x & 0x80 ? ((x << 1) ^ 0x11d) & 0xff : x << 1) {
	exp[i] = x;
	log[x] = i;
}
for (let i = 255; i < 512; i++) exp[i] = exp[i - 255]!;
const times = (a: number, b: number) => (a && b ? exp[log[a]! + log[b]!]! : 0);

/** True when a block (data then error correction codewords) has no error: every syndrome is 0. */
function blockIsWhole(block: readonly number[], ecc: number): boolean {
	for (let j = 0; j < ecc; j++) {
		let sum = 0;
		for (const c of block) sum = times(sum, exp[j]!) ^ c;
		if (sum !== 0) return false;
	}
	return true;
}

class Bits {
	at = 0;
	constructor(private readonly bytes: readonly number[]) {}
	get left() {
		return this.bytes.length * 8 - this.at;
	}
	read(count: number): number {
		if (count > this.left) throw new Error('QR data cut short');
		let n = 0;
		for (let k = 0; k < count; k++, this.at++) {
			n = n * 2 + ((this.bytes[this.at >> 3]! >> (7 - (this.at & 7))) & 1);
		}
		return n;
	}
}

const alphanumeric = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** The text of a code's data codewords: numeric, alphanumeric and byte segments (UTF-8). */
function readSegments(data: readonly number[], version: number): string {
	const bits = new Bits(data);
	const out: number[] = [];
	const wide = version < 10 ? 0 : version < 27 ? 1 : 2;
	while (bits.left >= 4) {
		const mode = bits.read(4);
		if (mode === 0) break;
		if (mode === 1) {
			let count = bits.read([10, 12, 14][wide]!);
			for (; count >= 3; count -= 3) out.push(...utf8(String(bits.read(10)).padStart(3, '0')));
			if (count === 2) out.push(...utf8(String(bits.read(7)).padStart(2, '0')));
			if (count === 1) out.push(...utf8(String(bits.read(4))));
		} else if (mode === 2) {
			let count = bits.read([9, 11, 13][wide]!);
			for (; count >= 2; count -= 2) {
				const pair = bits.read(11);
				out.push(...utf8(alphanumeric[Math.floor(pair / 45)]! + alphanumeric[pair % 45]!));
			}
			if (count === 1) out.push(...utf8(alphanumeric[bits.read(6)]!));
		} else if (mode === 4) {
			const count = bits.read([8, 16, 16][wide]!);
			for (let k = 0; k < count; k++) out.push(bits.read(8));
		} else if (mode === 7) {
			// An ECI designator: one, two or three bytes; the text is read as UTF-8 all the same.
			const first = bits.read(8);
			if (first & 0x80) bits.read(first & 0x40 ? 16 : 8);
		} else {
			throw new Error(`QR segment mode ${mode} is not read here`);
		}
	}
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(out));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The modules of an upright code in a screenshot: found from its finder patterns' edges. */
export function modulesOf(pixels: Pixels): { size: number; dark: boolean[] } {
	let top = -1;
	let left = pixels.width;
	let right = -1;
	let bottom = -1;
	for (let y = 0; y < pixels.height; y++) {
		for (let x = 0; x < pixels.width; x++) {
			if (!pixels.dark(x, y)) continue;
			if (top < 0) top = y;
			bottom = y;
			left = Math.min(left, x);
			right = Math.max(right, x);
		}
	}
	if (top < 0) throw new Error('no QR code in the picture');
	// The top left finder's outer ring is 7 modules wide.
	let run = 0;
	while (left + run < pixels.width && pixels.dark(left + run, top)) run++;
	const module = run / 7;
	const size = (right - left + 1) / module;
	const square = bottom - top === right - left;
	if (!square || !Number.isInteger(module) || !Number.isInteger(size) || (size - 17) % 4 !== 0) {
		throw new Error(`no whole-pixel QR code: ${run} px finder, ${right - left + 1} px across`);
	}
	const dark: boolean[] = [];
	for (let row = 0; row < size; row++) {
		for (let col = 0; col < size; col++) {
			dark.push(
				pixels.dark(left + Math.floor((col + 0.5) * module), top + Math.floor((row + 0.5) * module))
			);
		}
	}
	return { size, dark };
}

/** The text of a code from its modules; throws when the code does not read whole. */
export function readQr({ size, dark }: { size: number; dark: readonly boolean[] }): string {
	const version = (size - 17) / 4;
	if (!Number.isInteger(version) || version < 1 || version > 40) throw new Error('not a QR size');
	const at = (row: number, col: number) => dark[row * size + col] === true;

	// Format information, beside the top left finder, most significant bit first.
	const places = [
		...[0, 1, 2, 3, 4, 5, 7, 8].map((col) => [8, col] as const),
		...[7, 5, 4, 3, 2, 1, 0].map((row) => [row, 8] as const)
	];
	const read = places.reduce((n, [row, col]) => n * 2 + (at(row, col) ? 1 : 0), 0);
	const data = [...Array(32).keys()].find((d) => formatBits(d) === read);
	if (data === undefined) throw new Error('the format information does not read');
	const level = levelBits[data >> 3];
	if (!level) throw new Error('error correction level Q or H is not read here');
	const mask = masks[data & 7]!;

	// The codewords, two columns at a time from the right, up then down, around the patterns.
	const reserved = functionModules(version);
	const stream: number[] = [];
	let byte = 0;
	let count = 0;
	let upward = true;
	for (let col = size - 1; col > 0; col -= 2) {
		if (col === 6) col--;
		for (let k = 0; k < size; k++) {
			const row = upward ? size - 1 - k : k;
			for (const c of [col, col - 1]) {
				if (reserved(row, c)) continue;
				byte = byte * 2 + (at(row, c) !== mask(row, c) ? 1 : 0);
				if (++count % 8 === 0) {
					stream.push(byte);
					byte = 0;
				}
			}
		}
		upward = !upward;
	}

	// Blocks: the data codewords interleaved, then the error correction codewords interleaved.
	const blockCount = blocks[level][version - 1]!;
	const ecc = eccPerBlock[level][version - 1]!;
	const dataTotal = stream.length - blockCount * ecc;
	const short = Math.floor(dataTotal / blockCount);
	const longFrom = blockCount - (dataTotal % blockCount);
	const lengths = [...Array(blockCount).keys()].map((b) => (b < longFrom ? short : short + 1));
	const parts = lengths.map(() => [] as number[]);
	let next = 0;
	for (let i = 0; i <= short; i++) {
		for (let b = 0; b < blockCount; b++) if (i < lengths[b]!) parts[b]!.push(stream[next++]!);
	}
	for (let i = 0; i < ecc; i++) for (const part of parts) part.push(stream[next++]!);
	parts.forEach((part, b) => {
		if (!blockIsWhole(part, ecc)) throw new Error(`block ${b + 1} of the QR code has errors`);
	});
	return readSegments(
		parts.flatMap((part, b) => part.slice(0, lengths[b])),
		version
	);
}

/** Reads the QR code in a screenshot. */
export const readQrFromPixels = (pixels: Pixels): string => readQr(modulesOf(pixels));

/**
 * Reads the QR code in a PNG screenshot; the browser only turns the PNG into dark and light
 * pixels (luminance below half), the reading is done here.
 */
export async function readQrScreenshot(page: Page, png: Buffer): Promise<string> {
	const { width, height, bits } = await page.evaluate(async (data) => {
		const image = new Image();
		image.src = `data:image/png;base64,${data}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const rgba = context.getImageData(0, 0, image.width, image.height).data;
		let bits = '';
		for (let i = 0; i < rgba.length; i += 4) {
			bits += 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]! < 128 ? '1' : '0';
		}
		return { width: image.width, height: image.height, bits };
	}, png.toString('base64'));
	return readQrFromPixels({ width, height, dark: (x, y) => bits[y * width + x] === '1' });
}
