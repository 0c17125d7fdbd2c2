import type { Bank } from '../schema/bank';
import type { SharedSet } from '../share/set-link';
import { toAnki } from './anki';
import { toCsv } from './csv';
import type { ExportFormat } from './formats';
import { toGift } from './gift';
import type { ExportFile, ExportItem, ExportPackage } from './items';
import { toJson } from './json';
import { toQti } from './qti';
import { toQuizlet } from './quizlet';

export { ankiDeck, ankiField, toAnki } from './anki';
export { csvCell, csvColumns, toCsv } from './csv';
export { exportFormats, type ExportFormat } from './formats';
export { giftEscape, toGift } from './gift';
export { quizletField, toQuizlet } from './quizlet';
export { toQti } from './qti';
export { toScorm, type PlayerFiles } from './scorm';
export { toJson } from './json';
export {
	itemsFromBank,
	itemsFromSet,
	questionNames,
	slugify,
	type ExportFile,
	type ExportItem,
	type ExportPackage
} from './items';

export function exportItems(
	format: Exclude<ExportFormat, 'qti'>,
	title: string,
	items: readonly ExportItem[],
	raw?: Bank | SharedSet
): ExportFile;
export function exportItems(
	format: ExportFormat,
	title: string,
	items: readonly ExportItem[],
	raw?: Bank | SharedSet
): ExportFile | ExportPackage;
export function exportItems(
	format: ExportFormat,
	title: string,
	items: readonly ExportItem[],
	raw?: Bank | SharedSet
): ExportFile | ExportPackage {
	switch (format) {
		case 'anki':
			return toAnki(title, items);
		case 'gift':
			return toGift(title, items);
		case 'quizlet':
			return toQuizlet(title, items);
		case 'csv':
			return toCsv(title, items);
		case 'qti':
			return toQti(title, items);
		case 'json':
			return toJson(title, items, raw);
	}
}
