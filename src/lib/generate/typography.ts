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
 * (``Yes,'' he said) or closes them with a double prime (″): read as “ and ” so that quotes,
 * speakers and sentence ends are found as in any other article. Offsets still point into the
 * original, so a question's source is the article's own words.
 */
export function retype(source: string): Retyped {
	if (!/``|''|″/.test(source)) {
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
		if (pair === "''" && open) {
			map.push(i);
			text += '”';
			open = false;
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
