import { optionsOf, slugify, type ExportFile, type ExportItem } from './items';
import type { Question } from '../schema/bank';

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

/** Matching pairs and ordering items go in `options`, so every column stays one kind of thing. */
function choices(question: Question): readonly string[] {
	if (question.type === 'matching') return question.pairs.map((p) => `${p.left} → ${p.right}`);
	if (question.type === 'ordering') return question.items;
	return optionsOf(question);
}

/** One row per question, RFC 4180 with CRLF line ends; list fields joined with " | ". */
export function toCsv(title: string, items: readonly ExportItem[]): ExportFile {
	const rows = items.map(({ question: q, quote, bankId }) =>
		[
			q.id,
			q.type,
			q.prompt,
			q.answer,
			choices(q).join(' | '),
			q.accept.join(' | '),
			q.explanation,
			q.factId,
			q.source.start,
			q.source.end,
			quote,
			bankId
		]
			.map(csvCell)
			.join(',')
	);
	return {
		fileName: `${slugify(title)}.csv`,
		mimeType: 'text/csv;charset=utf-8',
		text: [csvColumns.join(','), ...rows].join('\r\n') + '\r\n'
	};
}
