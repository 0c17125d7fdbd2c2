export interface SlugOptions {
	/** The longest slug. */
	max?: number;
	/** What an empty slug becomes. */
	fallback?: string;
	/** Cut at `max` even inside a word (set ids, which get a suffix), not after the last whole word. */
	cutInWord?: boolean;
	/** Spell ß, æ, ø, & and the like as ASCII rather than dropping them (bank ids). */
	transliterate?: boolean;
	/** Decompose canonically only (NFD), so ligatures and full-width letters drop (set ids). */
	canonicalOnly?: boolean;
}

const transliterations: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	ł: 'l',
	þ: 'th',
	ı: 'i',
	'&': ' and '
};

/** `text` as lowercase ASCII words joined by hyphens, at most `max` (60) characters. */
export function slugify(text: string, options: SlugOptions = {}): string {
	const { max = 60, fallback = '', cutInWord = false, transliterate = false } = options;
	let lower = text.toLowerCase();
	if (transliterate) lower = lower.replace(/[ßæœøđðłþı&]/g, (c) => transliterations[c] ?? c);
	const words = lower
		.normalize(options.canonicalOnly ? 'NFD' : 'NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	if (cutInWord) return words.join('-').slice(0, max).replace(/-+$/, '') || fallback;
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > max) {
			if (!slug) slug = word.slice(0, max);
			break;
		}
		slug = next;
	}
	return slug || fallback;
}
