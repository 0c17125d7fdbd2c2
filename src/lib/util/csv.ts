const needsQuotes = /[",\r\n]/;
// Spreadsheets run cells that start with these as formulas (OWASP's CSV injection list).
const formulaStart = /^[=+\-@\t\r]/;

/** One RFC 4180 cell: formula-guarded text, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | null): string {
	let text = value === null ? '' : String(value);
	if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
	return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
