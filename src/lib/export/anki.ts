import { exportsOf } from '../question-types/exports';
import { htmlText } from './markup';
import { slugify, tagsOf, type ExportFile, type ExportItem } from './items';

/**
 * A field as Anki's text importer reads it (the Rust `csv` crate, `"` as quote, `#` starting a
 * comment line): quoted, with `"` doubled, when it holds a tab, line break or quote, or starts
 * with `#`.
 */
export function ankiField(value: string): string {
	return /[\t\r\n"]|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The deck the notes land in: Anki nests decks on "::", so a title cannot add levels. */
export function ankiDeck(title: string): string {
	const name = title.replace(/\s+/g, ' ').replace(/:{2,}/g, ':').trim();
	return `Factdeck::${name || 'Untitled'}`;
}

// Anki's cloze markup, `{{c1::answer::hint}}`, ends at the first "}}" and splits on "::";
// written as character references, braces and colons in the text show but never parse.
const clozeText = (text: string) =>
	htmlText(text).replace(/[{}:]/g, (c) => `&#${c.charCodeAt(0)};`);

const lines = (parts: readonly string[]) => parts.map(htmlText).join('<br>');

export const ankiColumns = ['GUID', 'Note type', 'Front or Text', 'Back or Back Extra', 'Tags'];

/**
 * Notes for Anki's File › Import, as its CSV importer reads the header lines: tab-separated,
 * fields as HTML (escaped here), each note keyed by its question's id (so importing an edited
 * bank again updates the notes), Basic notes, or Cloze for a gap, in the deck `Factdeck::<title>`.
 */
export function toAnki(title: string, items: readonly ExportItem[]): ExportFile {
	const slug = slugify(title);
	const header = [
		'#separator:tab',
		'#html:true',
		`#columns:${ankiColumns.join('\t')}`,
		'#guid column:1',
		'#notetype column:2',
		'#tags column:5',
		`#deck:${ankiDeck(title)}`,
		'#if matches:update current',
		`#tags:factdeck ${slug}`
	];
	const rows = items.flatMap((item) => {
		const { question, quote } = item;
		const note = exportsOf(question).anki;
		if (!note) return [];
		const accepted = question.accept.length ? [`Also accepted: ${question.accept.join('; ')}`] : [];
		const extra = `${lines([...accepted, question.explanation])}<br><br>Source: ${htmlText(quote)}`;
		const cloze = note.cloze?.(question);
		const [type, front, back] = cloze
			? [
					'Cloze',
					`${clozeText(cloze.before)}{{c1::${clozeText(cloze.answer)}${
						cloze.hint ? `::${clozeText(cloze.hint)}` : ''
					}}}${clozeText(cloze.after)}`,
					extra
				]
			: ['Basic', lines(note.front(question)), `${lines(note.back(question))}<br><br>${extra}`];
		return [[question.id, type, front, back, tagsOf(item).join(' ')].map(ankiField).join('\t')];
	});
	return {
		fileName: `${slug}-anki.txt`,
		mimeType: 'text/plain;charset=utf-8',
		text: [...header, ...rows].join('\n') + '\n'
	};
}
