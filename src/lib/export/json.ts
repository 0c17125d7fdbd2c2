import type { Bank } from '../schema/bank';
import type { SharedSet } from '../share/set-link';
import { slugify, type ExportFile, type ExportItem } from './items';

/**
 * The bank or set as Factdeck itself stores it, so it can be read back and validated; without
 * one, the items with their title.
 */
export function toJson(
	title: string,
	items: readonly ExportItem[],
	raw?: Bank | SharedSet
): ExportFile {
	return {
		fileName: `${slugify(title)}.json`,
		mimeType: 'application/json',
		text: JSON.stringify(raw ?? { title, items }, null, '\t') + '\n'
	};
}
