import { exportsOf } from '../question-types/exports';
import { giftEscape } from './gift-notation';
import { slugify, type ExportFile, type ExportItem } from './items';

export { giftEscape } from './gift-notation';

/** Line comments must stay on one line. */
function comment(text: string): string {
	return `// ${text.replace(/\s+/g, ' ').trim()}`;
}

/** Moodle's GIFT format: one question a block, blank lines between, named by question id. */
export function toGift(title: string, items: readonly ExportItem[]): ExportFile {
	const slug = slugify(title);
	const blocks = [
		[comment(`Factdeck: ${title}`), `$CATEGORY: factdeck/${slug}`].join('\n'),
		...items.flatMap(({ question, quote }) => {
			const body = exportsOf(question).gift;
			return body
				? [
						[comment(`Source: ${quote}`), `::${giftEscape(question.id)}::${body(question)}`].join(
							'\n'
						)
					]
				: [];
		})
	];
	return {
		fileName: `${slug}-gift.txt`,
		mimeType: 'text/plain;charset=utf-8',
		text: blocks.join('\n\n') + '\n'
	};
}
