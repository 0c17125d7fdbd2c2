import { exportsOf } from '../question-types/exports';
import { giftEscape } from './gift-notation';
import { questionNames, slugify, type ExportFile, type ExportItem } from './items';

export { giftEscape } from './gift-notation';

/**
 * Line comments must stay on one line; Moodle reads "[id:…]" and "[tag:…]" in them as the
 * question's id number and tags, so a quoted sentence must not look like either.
 */
function comment(text: string): string {
	return `// ${text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/\[(id|tag):/g, '[ $1:')}`;
}

/**
 * Moodle's GIFT format: one question a block, blank lines between, named by its first words,
 * its text explicitly HTML (escaped here) so no text is read as markup or a format marker.
 */
export function toGift(title: string, items: readonly ExportItem[]): ExportFile {
	const slug = slugify(title);
	const written = items.flatMap((item) => {
		const body = exportsOf(item.question).gift;
		return body ? [{ item, body: body(item.question) }] : [];
	});
	const names = questionNames(written.map(({ item }) => item.question));
	const blocks = [
		[comment(`Factdeck: ${title}`), `$CATEGORY: factdeck/${slug}`].join('\n'),
		...written.map(({ item, body }, i) =>
			[comment(`Source: ${item.quote}`), `::${giftEscape(names[i] as string)}::${body}`].join('\n')
		)
	];
	const left = items.length - written.length;
	return {
		fileName: `${slug}-gift.txt`,
		mimeType: 'text/plain;charset=utf-8',
		text: blocks.join('\n\n') + '\n',
		...(left
			? { notice: `${left} question${left === 1 ? '' : 's'} left out: GIFT cannot hold them.` }
			: {})
	};
}
