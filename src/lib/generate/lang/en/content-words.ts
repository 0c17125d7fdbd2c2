import { normalize } from '../../text';
import { functionWords } from './words';

// The words that carry a text's content, in the two measures the generator uses.

const stem = (w: string) => w.replace(/(?:ies)$/, 'y').replace(/(?:es|s|ed|ing)$/, '');

/** The stems of a text's content words (three letters or more, no function word): what it is about. */
export function contentStems(text: string): Set<string> {
	return new Set(
		normalize(text)
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length >= 3 && !functionWords.has(w))
			.map(stem)
	);
}

const stopWords = new Set(
	'that this with from were have been will would which their there about after before also into over under than they them then when where while what said says including based'.split(
		' '
	)
);

/** Content words of a text, for telling whether two sentences are about the same thing. */
export function contentWords(text: string): Set<string> {
	return new Set(
		normalize(text)
			.split(/[^\p{L}\p{N}-]+/u)
			.filter((w) => w.length >= 4 && !stopWords.has(w))
	);
}
