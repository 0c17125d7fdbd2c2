import nlp from 'compromise';
import type { Span } from '../schema/article';

const lexicon = (
	nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }
).world().model.one.lexicon;

/** A word compromise knows as a first name ("Eleanor"), so it may be written as one. */
const firstName = (word: string) => /Name$/.test(lexicon[word.toLowerCase()] ?? '');

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
export function retype(raw: string): Retyped {
	const source = singleQuotes(raw);
	if (!/``|''|″|(?<!-)--(?!-)|\b[mk]\.p\.[hg]\./i.test(source)) {
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
		// "winds of 166 m.p.h. and 200 m.p.h. Other tornadoes …": a unit written with full stops
		// is written "mph", so its stops end no sentence and cut no clause.
		const unit = /^([mk])\.p\.([hg])\./i.exec(source.slice(i, i + 6));
		if (unit && !/[\p{L}.]/u.test(source[i - 1] ?? '')) {
			const written = `${unit[1]}p${unit[2]}`;
			for (let k = 0; k < written.length; k++) map.push(i + 2 * k);
			text += written;
			// The last full stop ends the sentence when a capital follows one that is not a name's.
			const after = /^\s+(\p{Lu}\p{Ll}*)/u.exec(source.slice(i + 6, i + 40));
			if (
				after &&
				/^(?:The|A|An|He|She|It|They|We|But|And|Other|Others|In|On|At|Some|This|That|There|Its|Their|His|Her)$/.test(
					after[1]!
				)
			) {
				map.push(i + 5);
				text += '.';
			}
			i += 5;
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
	// "EASTVALE — The council …", "NEW YORK — Lehman …", "NEW YORK (CBSNewYork) — …": a
	// dateline (capitals before a dash or a comma, an agency in brackets between) is no such word.
	if (
		/^\s*(?:\p{Lu}{2,}[’'.]?\s+)*\p{Lu}{2,}[’'.]?\s*(?:\([^()]{1,40}\)\s*)?(?:[,—–]|--?\s)/u.test(
			text
		)
	)
		return text;
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
		// "ELEANOR Catton has become …": a first name is written as one.
		if (!elsewhere && !openers.has(word) && !firstName(word)) unknown = true;
		let out = elsewhere ?? word.charAt(0) + word.slice(1).toLowerCase();
		if (atStart) out = out.charAt(0).toUpperCase() + out.slice(1);
		return out;
	});
	// "FATMA TORAMAN was …" with only "Toraman" elsewhere: half a name changed reads worse.
	return unknown ? text : fixed + rest;
}

/**
 * "‘The improvement … this year,’ he said.": an article that quotes with single marks and never
 * with double ones, its quotations written with double marks, one character for one, so that
 * every later stage knows them. An apostrophe ("students’ results", "don’t") is left alone: a
 * quotation opens before a word and closes after punctuation, over three words or more.
 */
function singleQuotes(raw: string): string {
	// "produced ‘spectacular' results": a single quotation opened curly and closed straight is
	// closed curly, one character for one.
	const text = raw.includes('‘')
		? raw.replace(/‘(\p{L}[^‘’'\n]{0,80}?)'(?=[\s,.;:!?)]|$)/gu, '‘$1’')
		: raw;
	if (!text.includes('‘') || /[“”"]/.test(text)) return text;
	return text.replace(
		/(^|[\s(:—–-])‘(\p{L}[^‘\n]*?[.,!?;:])’(?=$|[\s)—–-]|[.,;:!?])/gu,
		(all, before: string, words: string) =>
			words.trim().split(/\s+/).length >= 3 ? `${before}“${words}”` : all
	);
}
