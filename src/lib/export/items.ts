import type { Bank, Question } from '../schema/bank';
import type { SharedSet } from '../share/set-link';
import { slugify as slug } from '../util/slug';

/** One question ready to export, with the sentence it is based on. */
export interface ExportItem {
	question: Question;
	/** The source sentence from the article. */
	quote: string;
	bankId: string;
	tags?: string[];
}

/** A file an exporter produced, ready to download or share. */
export interface ExportFile {
	fileName: string;
	mimeType: string;
	text: string;
}

/** The source sentence of a question, or its prompt when the span no longer fits the body. */
function quoteOf(question: Question, body: string): string {
	return body.slice(question.source.start, question.source.end).trim() || question.prompt;
}

export function itemsFromBank(bank: Bank, body: string): ExportItem[] {
	return bank.questions.map((question) => ({
		question,
		quote: quoteOf(question, body),
		bankId: bank.id
	}));
}

export function itemsFromSet(shared: SharedSet): ExportItem[] {
	return shared.questions.map(({ bankId, question, quote }) => ({ question, quote, bankId }));
}

/** A lowercase-kebab file name stem from a title; "factdeck" when nothing usable is left. */
export const slugify = (title: string): string => slug(title, { fallback: 'factdeck' });

/** Tags safe for tools that split on spaces. */
export function tagsOf(item: ExportItem): string[] {
	const tags = [item.bankId, item.question.type, ...(item.tags ?? [])];
	return [...new Set(tags.map((t) => t.trim().replace(/\s+/g, '_')).filter(Boolean))];
}
