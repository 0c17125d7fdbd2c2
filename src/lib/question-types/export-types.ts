import type { QtiInteraction } from '../export/qti-notation';
import type { QuestionBase } from './types';

/** A term and its definition, as a Quizlet card. */
export interface QuizletCard {
	term: string;
	definition: string;
}

/**
 * A question type's lines in each export format. A format the type cannot be written in is
 * `undefined`, with the reason beside it; the exporter then leaves such questions out and says
 * how many. JSON needs no lines: it writes the bank or set as stored.
 */
export interface QuestionExports<Q extends QuestionBase = QuestionBase> {
	anki:
		| {
				/** The card's front: the prompt with its choices or the parts to arrange. */
				front(question: Q): string[];
				/** The answer as lines a learner reads, before accepted answers and the explanation. */
				back(question: Q): string[];
				/** A gap to fill, written as Anki's own Cloze note instead of front and back. */
				cloze?(question: Q): { before: string; answer: string; after: string; hint?: string };
		  }
		| undefined;
	/** The question line after its name: text and answers in GIFT's notation. */
	gift: ((question: Q) => string) | undefined;
	/** What goes in the `options` column, written as a JSON array. */
	csv:
		| { options(question: Q): readonly (string | Readonly<{ left: string; right: string }>)[] }
		| undefined;
	/** The cards a question makes, each answerable from its term alone. */
	quizlet: { cards(question: Q): QuizletCard[] } | undefined;
	/** The question as an IMS QTI 2.1 interaction with its correct response. */
	qti: ((question: Q) => QtiInteraction) | undefined;
}

export type ExportFormatWithLines = keyof QuestionExports;
export const formatsWithLines: readonly ExportFormatWithLines[] = [
	'anki',
	'gift',
	'csv',
	'quizlet',
	'qti'
];
