import type { Span } from '../schema/article';

/** A text with its quotation marks made plain, and the way back to the original's offsets. */
export interface Retyped {
	text: string;
	/** The offset in the original text of offset `i` in `text` (`text.length` maps to the end). */
	original: (i: number) => number;
	/** A span of `text` as the same span of the original. */
	span: (s: Span) => Span;
}

/**
 * Wire copy typed on old systems writes quotation marks as two backticks and two apostrophes
 * (``Yes,'' he said) or closes them with a double prime (″), and a dash as two hyphens: read as
 * “, ” and — so that quotes, asides, speakers and sentence ends are found as in any other
 * article. Offsets still point into the
 * original, so a question's source is the article's own words.
 */
export function retype(source: string): Retyped {
	if (!/``|''|″|(?<!-)--(?!-)/.test(source)) {
		const same = (i: number) => i;
		return { text: source, original: same, span: (s) => s };
	}
	let text = '';
	const map: number[] = [];
	let open = false;
	for (let i = 0; i < source.length; i++) {
		const ch = source[i]!;
		const pair = source.slice(i, i + 2);
		if (ch === '\n') open = false;
		if (pair === '``') {
			map.push(i);
			text += '“';
			open = true;
			i++;
			continue;
		}
		// "''Normally we've seen it …,'' said Charlie Porter": two apostrophes before a word,
		// where no quotation is open, open one.
		if (
			pair === "''" &&
			!open &&
			/^\p{L}/u.test(source[i + 2] ?? '') &&
			/(?:^|[\s(])$/u.test(source.slice(Math.max(0, i - 1), i))
		) {
			map.push(i);
			text += '“';
			open = true;
			i++;
			continue;
		}
		if (pair === "''" && open) {
			map.push(i);
			text += '”';
			open = false;
			i++;
			continue;
		}
		// "after the first bite--which occurred …--then warned": a dash typed as two hyphens.
		if (pair === '--' && source[i - 1] !== '-' && source[i + 2] !== '-') {
			map.push(i);
			text += '—';
			i++;
			continue;
		}
		if (ch === '″' && open) {
			map.push(i);
			text += '”';
			open = false;
			continue;
		}
		if (ch === '“') open = true;
		if (ch === '”') open = false;
		map.push(i);
		text += ch;
	}
	map.push(source.length);
	// A span's end is the offset of the character after it, so a closing mark of two characters
	// at its end is taken whole.
	const original = (i: number) => map[Math.max(0, Math.min(i, map.length - 1))]!;
	return { text, original, span: (s) => ({ start: original(s.start), end: original(s.end) }) };
}

const openers = new Set([
	'THE',
	'A',
	'AN',
	'IN',
	'ON',
	'AT',
	'AS',
	'FOR',
	'WHEN',
	'AFTER',
	'WITH',
	'FROM',
	'BY'
]);

/**
 * Newspapers set an article's first words in capitals ("THE Lord of the Rings …", "ROUTINE
 * vaccination …"): each such word is written as the article writes it elsewhere, or as a
 * capitalised word when it is a common opener, so it reads as a word and not as an acronym. An
 * acronym the article always writes in capitals ("NASA said …") stays, and so does "IT" ("IT
 * firms …" may be information technology). Same length, same offsets.
 */
export function unshout(text: string): string {
	// "EASTVALE — The council …", "NEW YORK — Lehman …": a dateline (capitals before a dash or a
	// comma) is no such word.
	if (/^\s*(?:\p{Lu}{2,}[’'.]?\s+)*\p{Lu}{2,}[’'.]?\s*(?:[,—–]|--?\s)/u.test(text)) return text;
	const run = /^\s*(?:\p{Lu}{1,}[’']?\p{Lu}*\s+)+(?=\p{L})/u.exec(text)?.[0] ?? '';
	if (!run.trim()) return text;
	const rest = text.slice(run.length);
	let first = true;
	let unknown = false;
	const fixed = run.replace(/\p{Lu}{1,}[’']?\p{Lu}*/gu, (word) => {
		const atStart = first;
		first = false;
		if (word.length < 2 && word !== 'A') return word;
		const written = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu');
		const elsewhere = [...rest.matchAll(new RegExp(written.source, 'giu'))]
			.map((m) => m[0])
			.find((w) => w !== word);
		if (!elsewhere && !openers.has(word)) unknown = true;
		let out = elsewhere ?? word.charAt(0) + word.slice(1).toLowerCase();
		if (atStart) out = out.charAt(0).toUpperCase() + out.slice(1);
		return out;
	});
	// "FATMA TORAMAN was …" with only "Toraman" elsewhere: half a name changed reads worse.
	return unknown ? text : fixed + rest;
}
