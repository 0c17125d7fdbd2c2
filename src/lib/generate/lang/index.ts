// The languages the generator knows: one folder each, listed here. The registry decides which
// language an article is checked against (input.ts); the stages still read lang/en/ (words,
// gazetteer, templates, the clause and question rules) directly, so a second language also
// needs its pack passed down to them.
import { english } from './en';

export interface Language {
	/** The primary language subtag, as an article's `language` gives it ("en", "en-GB"). */
	tag: string;
	name: string;
	functionWords: ReadonlySet<string>;
	/** Below this share of function words, a text is taken to be in another language. */
	minFunctionWordShare: number;
}

export const languages: readonly Language[] = [english];

/** The language pack for a tag such as "en" or "en-GB", or undefined when there is none. */
export function languageFor(tag: string): Language | undefined {
	const primary = tag.toLowerCase().split('-')[0];
	return languages.find((l) => l.tag === primary);
}

export function supportedLanguages(): string {
	return languages.map((l) => `${l.name} ("${l.tag}")`).join(', ');
}
