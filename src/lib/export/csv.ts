import { exportsOf } from '../question-types/exports';
import { csvCell } from '../util/csv';
import { slugify, type ExportFile, type ExportItem } from './items';

// Still offered here, where export callers look for it; the rule lives in util/csv.
export { csvCell };

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
