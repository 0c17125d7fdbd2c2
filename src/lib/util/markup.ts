// HTML in what should be plain text: the rule /teach/new applies to a pasted article, and a backup
// applies to every string it would store. Imports nothing, so any layer may use it.

const elements =
	'a|abbr|article|aside|audio|b|base|blockquote|body|br|button|canvas|center|cite|code|col|colgroup|dd|del|details|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|legend|li|link|main|mark|math|meta|nav|noscript|object|ol|optgroup|option|p|param|picture|pre|q|s|script|section|select|small|source|span|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|u|ul|video';
const markupPatterns: RegExp[] = [
	// A known element, opening or closing: <p>, </div>, <img src=…>, <br/>.
	new RegExp(`</?(?:${elements})(?:\\s[^<>]{0,500})?/?>`, 'i'),
	// Any tag carrying an event handler: <x onclick="…">.
	/<[a-z][\w-]*\s[^<>]*?\bon[a-z]+\s*=[^<>]*>/i,
	/<!--|<!\[CDATA\[|<!doctype\b|<\?xml\b/i,
	// A script URL, as in href="javascript:alert(1)"; "JavaScript: the good parts" is prose.
	/\b(?:java|vb)script\s*:\S{1,40}/i,
	/\bdata:text\/html\b/i
];
const entityPattern =
	/&(?:#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp|shy|[lr][sd]quo|[mn]dash|hellip|bull|middot|copy|reg|trade|laquo|raquo|[a-z]uml|[a-z]acute|[a-z]grave|[a-z]circ|[a-z]tilde|ccedil|szlig);/i;

/** What every pattern above needs somewhere in the text: one test clears most strings at once. */
const maybeMarkup = /[<&]|script|data:/i;

export interface MarkupFound {
	kind: 'markup' | 'entity';
	/** What matched, as written. */
	text: string;
}

/** The first HTML markup, script address or HTML entity in `text`, if any. */
export function findMarkup(text: string): MarkupFound | undefined {
	if (!maybeMarkup.test(text)) return undefined;
	for (const pattern of markupPatterns) {
		const match = pattern.exec(text);
		if (match) return { kind: 'markup', text: match[0] };
	}
	const entity = entityPattern.exec(text);
	return entity ? { kind: 'entity', text: entity[0] } : undefined;
}
