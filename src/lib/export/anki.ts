import { exportsOf } from '../question-types/exports';
import { slugify, tagsOf, type ExportFile, type ExportItem } from './items';

/**
 * A field as Anki's text importer reads it: quoted, with `"` doubled, when it holds a tab, line
 * break or quote, or starts with `#` (an unquoted `#` at the start of a line marks a comment).
 */
export function ankiField(value: string): string {
	return /[\t\r\n"]|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Notes for Anki's "Import File" as tab-separated text: the header lines set the separator, plain
 * text fields, the column names and which column holds tags, so the file imports without changes.
 */
export function toAnki(title: string, items: readonly ExportItem[]): ExportFile {
	const slug = slugify(title);
	const header = [
		'#separator:tab',
		'#html:false',
		'#columns:Front\tBack\tSource\tTags',
		'#tags column:4',
		`#tags:factdeck ${slug}`
	];
	const rows = items.flatMap((item) => {
		const { question } = item;
		const lines = exportsOf(question).anki;
		if (!lines) return [];
		const accepted = question.accept.length ? [`Also accepted: ${question.accept.join('; ')}`] : [];
		const back = [...lines.back(question), ...accepted, '', question.explanation].join('\n');
		return [
			[lines.front(question).join('\n'), back, item.quote, tagsOf(item).join(' ')]
				.map(ankiField)
				.join('\t')
		];
	});
	return {
		fileName: `${slug}-anki.txt`,
		mimeType: 'text/plain;charset=utf-8',
		text: [...header, ...rows].join('\n') + '\n'
	};
}
