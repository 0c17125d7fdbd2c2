import type { QuestionBase } from './types';

/**
 * A question type's lines in each export format. A format the type cannot be written in is
 * `undefined`, with the reason beside it; the exporter then leaves such questions out.
 * JSON needs no lines: it writes the bank or set as stored.
 */
export interface QuestionExports<Q extends QuestionBase = QuestionBase> {
	anki:
		| {
				/** The card's front: the prompt with its choices or the parts to arrange. */
				front(question: Q): string[];
				/** The answer as lines a learner reads, before accepted answers and the explanation. */
				back(question: Q): string[];
		  }
		| undefined;
	/** The question line after its name: text and answers in GIFT's notation. */
	gift: ((question: Q) => string) | undefined;
	/** What goes in the `options` column, joined with " | ". */
	csv: { options(question: Q): readonly string[] } | undefined;
	/** The card's definition (the term is the prompt), joined with "; ". */
	quizlet: { definition(question: Q): string[] } | undefined;
}

export type ExportFormatWithLines = keyof QuestionExports;
export const formatsWithLines: readonly ExportFormatWithLines[] = [
	'anki',
	'gift',
	'csv',
	'quizlet'
];
