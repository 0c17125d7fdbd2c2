// Escaping for the formats that read text as markup (Anki's HTML fields, Moodle's [html] text,
// QTI's XML), so a "<script>" or "A & B" in an article stays text.

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Text as HTML that shows it literally; line breaks become `<br>`. */
export function htmlText(text: string): string {
	return text.replace(/[&<>"]/g, (c) => entities[c] as string).replace(/\r\n?|\n/g, '<br>');
}

// XML 1.0 has no way to write these, not even as character references.
const notXmlChar =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for an XML element or a double-quoted attribute; tabs and line breaks as character
 * references, which a parser keeps where it would turn the characters themselves into spaces.
 */
export function xmlText(text: string): string {
	return text
		.replace(notXmlChar, '')
		.replace(/[&<>"'\t\n\r]/g, (c) => entities[c] ?? `&#${c.charCodeAt(0)};`);
}
