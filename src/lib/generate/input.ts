import type { Article } from '../schema/article';
import { languageFor, supportedLanguages } from './lang';

/** Bodies longer than this are cut at a paragraph end, with a warning. */
export const maxBodyChars = 150_000;

export class GenerateError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'GenerateError';
	}
}

/** Control characters other than tab and line ends, plus U+FFFD from a failed decode. */
function countControl(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) n++;
	}
	return n;
}

/**
 * The share of a text's words that are the language's commonest function words, on a sample of
 * at most 2,000 words: English prose scores 0.3–0.5, Spanish or German prose under 0.1.
 */
export function functionWordShare(text: string, words: ReadonlySet<string>): number {
	const sample =
		text
			.slice(0, 20_000)
			.toLowerCase()
			.match(/\p{L}+/gu) ?? [];
	if (sample.length === 0) return 0;
	let hits = 0;
	for (const w of sample.slice(0, 2000)) if (words.has(w)) hits++;
	return hits / Math.min(sample.length, 2000);
}

/**
 * Refuses what cannot be an article (empty, binary), cuts what is too long, and warns when the
 * text is not in a language the generator writes questions in: its `language` is read, and the
 * words themselves are checked.
 */
export function checkInput(article: Article, warnings: string[]): string {
	let body = typeof article.body === 'string' ? article.body : '';
	if (!body.trim())
		throw new GenerateError(
			`article "${article.id}" has an empty body: there is nothing to ask about`
		);
	const control = countControl(body);
	const letters = body.match(/\p{L}/gu)?.length ?? 0;
	if (body.includes('\u0000') || control > body.length * 0.01 || letters < body.length * 0.4)
		throw new GenerateError(
			`article "${article.id}" does not look like text (${control} control characters, ${Math.round((100 * letters) / body.length)}% letters); is it a binary file?`
		);
	if (body.length > maxBodyChars) {
		const cut = body.lastIndexOf('\n', maxBodyChars);
		body = body.slice(0, cut > maxBodyChars / 2 ? cut : maxBodyChars);
		warnings.push(
			`the article body has ${article.body.length.toLocaleString('en-US')} characters; only the first ${body.length.toLocaleString('en-US')} were used`
		);
	}
	const pack = languageFor(article.language);
	if (!pack)
		warnings.push(
			`the article is marked as language "${article.language}", but questions can only be written in ${supportedLanguages()}: they will be poor; check every one`
		);
	const language = pack ?? languageFor('en')!;
	const share = functionWordShare(body, language.functionWords);
	if (share < language.minFunctionWordShare)
		warnings.push(
			`the text does not read as ${language.name} (${Math.round(share * 100)}% of its words are common ${language.name} words, where ${language.name} prose has over ${Math.round(language.minFunctionWordShare * 100 * 2)}%): is it in another language? Its questions will be poor; check every one`
		);
	return body;
}
