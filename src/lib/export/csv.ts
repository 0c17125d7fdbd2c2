import { exportsOf } from '../question-types/exports';
import { slugify, type ExportFile, type ExportItem } from './items';

export const csvColumns = [
	'id',
	'type',
	'prompt',
	'answer',
	'options',
	'accept',
	'explanation',
	'fact_id',
	'source_start',
	'source_end',
	'source_sentence',
	'bank'
] as const;

// Spreadsheets run cells that start with these as formulas (OWASP's CSV injection list).
const formulaStart = /^[=+\-@\t\r]/;

/** One RFC 4180 cell: formula-guarded text, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per question, RFC 4180 with CRLF line ends; list fields joined with " | ". */
export function toCsv(title: string, items: readonly ExportItem[]): ExportFile {
	const rows = items.flatMap(({ question: q, quote, bankId }) => {
		const lines = exportsOf(q).csv;
		if (!lines) return [];
		const row = [
			q.id,
			q.type,
			q.prompt,
			q.answer,
			lines.options(q).join(' | '),
			q.accept.join(' | '),
			q.explanation,
			q.factId,
			q.source.start,
			q.source.end,
			quote,
			bankId
		];
		return [row.map(csvCell).join(',')];
	});
	return {
		fileName: `${slugify(title)}.csv`,
		mimeType: 'text/csv;charset=utf-8',
		text: [csvColumns.join(','), ...rows].join('\r\n') + '\r\n'
	};
}
