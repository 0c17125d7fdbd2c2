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

/**
 * One row per question, RFC 4180 with CRLF line ends, after a UTF-8 byte-order mark (without it
 * Excel reads the file in the local code page). List columns hold JSON arrays, so an option may
 * contain any character.
 */
export function toCsv(title: string, items: readonly ExportItem[]): ExportFile {
	const rows = items.flatMap(({ question: q, quote, bankId }) => {
		const lines = exportsOf(q).csv;
		if (!lines) return [];
		const row = [
			q.id,
			q.type,
			q.prompt,
			q.answer,
			JSON.stringify(lines.options(q)),
			JSON.stringify(q.accept),
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
		text: '\uFEFF' + [csvColumns.join(','), ...rows].join('\r\n') + '\r\n'
	};
}
