import type { Bank } from '../schema/bank';
import type { SharedSet } from '../share/set-link';
import { toAnki } from './anki';
import { toCsv } from './csv';
import { toGift } from './gift';
import type { ExportFile, ExportItem } from './items';
import { toJson } from './json';
import { toQuizlet } from './quizlet';

export { ankiField, toAnki } from './anki';
export { csvCell, csvColumns, toCsv } from './csv';
export { giftEscape, toGift } from './gift';
export { quizletField, toQuizlet } from './quizlet';
export { toJson } from './json';
export { itemsFromBank, itemsFromSet, slugify, type ExportFile, type ExportItem } from './items';

export type ExportFormat = 'anki' | 'gift' | 'quizlet' | 'csv' | 'json';

export const exportFormats: readonly { id: ExportFormat; label: string; description: string }[] = [
	{
		id: 'anki',
		label: 'Anki',
		description: 'Tab-separated notes for File › Import, with the source sentence and tags.'
	},
	{
		id: 'gift',
		label: 'Moodle (GIFT)',
		description: 'Questions for a Moodle question bank; ordering becomes matching by position.'
	},
	{
		id: 'quizlet',
		label: 'Quizlet',
		description: 'Term and definition lines to paste into Quizlet’s import box.'
	},
	{
		id: 'csv',
		label: 'CSV',
		description: 'One row per question for spreadsheets, with the source sentence.'
	},
	{
		id: 'json',
		label: 'JSON',
		description: 'The bank or set exactly as Factdeck stores it.'
	}
];

export function exportItems(
	format: ExportFormat,
	title: string,
	items: readonly ExportItem[],
	raw?: Bank | SharedSet
): ExportFile {
	switch (format) {
		case 'anki':
			return toAnki(title, items);
		case 'gift':
			return toGift(title, items);
		case 'quizlet':
			return toQuizlet(title, items);
		case 'csv':
			return toCsv(title, items);
		case 'json':
			return toJson(title, items, raw);
	}
}
