export interface BenchTable {
	title: string;
	columns: string[];
	rows: (string | number)[][];
	/** Lines printed under the table: what was measured and against what. */
	notes?: string[];
}

function cell(value: string | number): string {
	if (typeof value === 'string') return value;
	if (Number.isInteger(value)) return value.toLocaleString('en-US');
	return value.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
}

export function formatTable(table: BenchTable): string {
	const cells = [table.columns, ...table.rows.map((row) => row.map(cell))];
	const widths = table.columns.map((_, c) =>
		Math.max(...cells.map((row) => (row[c] ?? '').length))
	);
	const line = (row: string[]) =>
		'| ' +
		row
			.map((value, c) => (c === 0 ? value.padEnd(widths[c]!) : value.padStart(widths[c]!)))
			.join(' | ') +
		' |';
	const rule =
		'|' +
		widths.map((w, c) => (c === 0 ? '-'.repeat(w + 1) : '-'.repeat(w + 1)) + '-').join('|') +
		'|';
	return [
		`## ${table.title}`,
		'',
		line(cells[0]!),
		rule,
		...cells.slice(1).map(line),
		...(table.notes?.length ? ['', ...table.notes] : [])
	].join('\n');
}

/** Median and 95th percentile of a list of timings in milliseconds. */
export function summarize(samples: number[]): { median: number; p95: number } {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) =>
		sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
	return { median: at(0.5), p95: at(0.95) };
}
