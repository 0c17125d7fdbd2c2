/** Lower case, straight quotes, single spaces: for comparing text, never for display. */
export function normalize(text: string): string {
	return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-sensitive search that treats "U.S." and "Japan-U.S." sensibly. */
const wordChar = /[\p{L}\p{N}]/u;

/**
 * Whole-word, case-sensitive search that treats "U.S." and "Japan-U.S." sensibly: the match may
 * not touch a letter or digit on either side. A scan with indexOf, no pattern to compile, so
 * the cost is the text's length whatever is searched for.
 */
export function findWord(haystack: string, needle: string, from = 0): number {
	if (!needle) return -1;
	for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
		const before = at > 0 ? haystack.charAt(at - 1) : '';
		const after = haystack.charAt(at + needle.length);
		// A letter outside the basic plane is two code units: look at the whole character.
		const prev = at > 1 && /[\udc00-\udfff]/.test(before) ? haystack.slice(at - 2, at) : before;
		if ((!prev || !wordChar.test(prev)) && (!after || !wordChar.test(after))) return at;
	}
	return -1;
}

export function containsWord(haystack: string, needle: string): boolean {
	return findWord(haystack.toLowerCase(), needle.toLowerCase()) >= 0;
}

export function capitalize(text: string): string {
	// "iPhone 6 Plus starts …": a name with a small first letter keeps it.
	if (/^[ie]\p{Lu}\p{Ll}/u.test(text)) return text;
	return text.charAt(0).toUpperCase() + text.slice(1);
}

export function decapitalize(text: string): string {
	// Keep proper nouns and acronyms: only lower a leading "The", "A", "An" and similar.
	return /^(The|A|An|This|These|Those|Its|Their|His|Her)\b/.test(text)
		? text.charAt(0).toLowerCase() + text.slice(1)
		: text;
}

export function joinNames(names: readonly string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	if (names.length === 2) return `${names[0]} and ${names[1]}`;
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
