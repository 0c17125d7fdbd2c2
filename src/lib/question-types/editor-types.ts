import type { QuestionBase } from './types';

/** The draft editor's text fields a type's `Editor.svelte` may bind; lists are one per line. */
export interface EditorText {
	answer: string;
	options: string;
	accept: string;
}

/**
 * What DraftQuestion hands each type's `Editor.svelte`: it shows the question's parts (options,
 * pairs, items) on the card, and its answer fields while the card is being edited.
 */
export interface EditorProps<Q extends QuestionBase = QuestionBase> {
	question: Q;
	editing: boolean;
	fields: EditorText;
}
