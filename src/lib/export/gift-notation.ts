// GIFT's notation for the pieces of a question, used by each question type's export lines. The
// rules follow Moodle's importer (question/format/gift/format.php): which characters it
// unescapes, where it reads a "[format]" marker, how it tells the question types apart.
import { htmlText } from './markup';

/**
 * Text as Moodle's GIFT reader wants it: the backslash and `~ = # { } :` escaped, line breaks
 * written as `\n` so each question stays one block.
 */
export function giftEscape(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
}

/**
 * Moodle takes a leading `[html]`, `[moodle]`, `[plain]` or `[markdown]` as a format marker, and
 * a leading "%50%" on an option as its weight; after an explicit marker, neither is read.
 */
const markerFirst = (text: string) => (/^\s*[[%]/.test(text) ? '[html]' : '') + text;

/**
 * Text Moodle reads as HTML (the question text is marked `[html]`; answers and feedback inherit
 * it): escaped, so "<b>" and "A & B" show as written, and marked again when it starts with "[".
 */
export function giftHtml(text: string): string {
	return markerFirst(giftEscape(htmlText(text)));
}

/** The question text, explicitly HTML. */
export const giftQuestionText = (text: string) => `[html]${giftEscape(htmlText(text))}`;

// Moodle reads a leading "%n%" on a typed answer as its weight; "%" cannot be escaped.
const looksWeighted = /^%-*\d/;

/** A multiple-choice option: `=` right, `~` wrong. */
export function giftChoice(option: string, answer: string): string {
	return `${option === answer ? '=' : '~'}${giftHtml(option)}`;
}

/**
 * One accepted typed answer. Moodle compares it with what the student types as it stands (no
 * HTML), drops a leading format marker and reads "*" as a wildcard unless written "\*".
 */
function typedText(text: string): string {
	const escaped = giftEscape(text.replace(/\*/g, '\\*'));
	return /^\s*\[/.test(text) ? `[plain]${escaped}` : escaped;
}

/**
 * The answers of a typed question. Moodle takes any `=` list holding "->" for a matching
 * question, and neither can be escaped; a single answer needs no `=`, so one answer with "->"
 * is written alone and kept literal, and `dropped` lists the accepted answers that could not be
 * written beside it.
 */
export function giftTypedAnswers(answers: readonly string[]): {
	answers: string[];
	dropped: string[];
} {
	const arrow = (a: string) => a.includes('->');
	const weight = (a: string) => (looksWeighted.test(a) ? '%100%' : '');
	if (!answers.some(arrow)) {
		return { answers: answers.map((a) => `=${weight(a)}${typedText(a)}`), dropped: [] };
	}
	const first = answers[0] as string;
	if (answers.length === 1 || arrow(first)) {
		return { answers: [`${weight(first)}${typedText(first)}`], dropped: answers.slice(1) };
	}
	return {
		answers: answers.filter((a) => !arrow(a)).map((a) => `=${weight(a)}${typedText(a)}`),
		dropped: answers.filter(arrow)
	};
}

/**
 * A matching pair: the left side is HTML (so "->" in it is written "-&gt;" and cannot be taken
 * for the arrow), the right side plain text after the first "->".
 */
export function giftPair(left: string, right: string): string {
	return `=${giftHtml(left)} -> ${giftEscape(right)}`;
}

/** The answers in braces, with the explanation as general feedback. */
export function giftAnswers(question: { explanation: string }, answers: string[]): string {
	return `{${answers.join(' ')} ####${giftHtml(question.explanation)}}`;
}

/** "A", "B", … for option labels. */
export function letter(index: number): string {
	return String.fromCharCode(65 + index);
}

/** Sorted so a card does not give away an order or a pairing. */
export const byText = (items: readonly string[]) =>
	[...items].sort((a, b) => a.localeCompare(b, 'en'));

/** A typed question's answer block, with a comment line naming any answer left out. */
export function giftTyped(question: { explanation: string; answer: string; accept: string[] }) {
	const { answers, dropped } = giftTypedAnswers([question.answer, ...question.accept]);
	const block = giftAnswers(question, answers);
	const note = dropped.length
		? `\n// Also accepted in Factdeck, not expressible in GIFT: ${dropped.join('; ').replace(/\s+/g, ' ')}`
		: '';
	return { block, note };
}
