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
	/** What the user should know about the file, such as questions it had to leave out. */
	notice?: string;
}

/** A zip an exporter produced. */
export interface ExportPackage {
	fileName: string;
	mimeType: string;
	bytes: Uint8Array<ArrayBuffer>;
	notice?: string;
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

/**
 * A name a person can read in a question bank: the prompt's first words (the gap as "…", a
 * leading kicker left out), each name made unique within the file by a number.
 */
export function questionNames(questions: readonly { prompt: string }[]): string[] {
	const used = new Set<string>();
	return questions.map(({ prompt }) => {
		// A kicker such as "Fill in the gap:" starts many prompts and tells them apart from none.
		const words = prompt
			.replace(/^[^:]{1,40}:\s+(?=\S)/, '')
			.replace(/_____/g, '…')
			.replace(/[<>]/g, '')
			.split(/\s+/)
			.filter(Boolean);
		let base = '';
		let taken = 0;
		for (const word of words) {
			if (base && `${base} ${word}`.length > 48) break;
			base = base ? `${base} ${word}` : word.slice(0, 48);
			taken++;
		}
		if (taken < words.length || (words[0]?.length ?? 0) > 48) base += ' …';
		base ||= 'Question';
		let name = base;
		for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n})`;
		used.add(name.toLowerCase());
		return name;
	});
}
