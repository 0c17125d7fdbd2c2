// GIFT's notation for the pieces of a question, used by each question type's export lines.

/**
 * Text as Moodle's GIFT reader wants it: the backslash and `~ = # { } :` escaped, line breaks
 * written as `\n` so each question stays one block.
 */
export function giftEscape(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
}

// Moodle reads a leading "%n%" on an answer as its weight; "%" cannot be escaped.
const looksWeighted = /^%-*\d/;

/** A multiple-choice option: `=` right (never weighed), `~` wrong. */
export function giftChoice(option: string, answer: string): string {
	if (option === answer) return `=${giftEscape(option)}`;
	return `${looksWeighted.test(option) ? '~%0%' : '~'}${giftEscape(option)}`;
}

/**
 * An accepted short answer, or the left side of a matching pair. Moodle takes any `=` list that
 * contains "->" for a matching question, and "->" cannot be escaped, so it becomes "→".
 */
export function giftTyped(text: string, weighed = true): string {
	const escaped = giftEscape(text.replace(/->/g, '→'));
	return `${weighed && looksWeighted.test(text) ? '=%100%' : '='}${escaped}`;
}

/** The answers in braces, with the explanation as general feedback. */
export function giftAnswers(question: { explanation: string }, answers: string[]): string {
	return `{${answers.join(' ')} ####${giftEscape(question.explanation)}}`;
}

/** "A", "B", … for option labels. */
export function letter(index: number): string {
	return String.fromCharCode(65 + index);
}

/** Sorted so a card does not give away an order or a pairing. */
export const byText = (items: readonly string[]) =>
	[...items].sort((a, b) => a.localeCompare(b, 'en'));
