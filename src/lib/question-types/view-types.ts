import type { QuestionBase } from './types';

/** What QuestionView hands each type's `View.svelte`: the controls under the prompt. */
export interface ViewProps<Q extends QuestionBase = QuestionBase> {
	question: Q;
	/** Choice options in display order (empty for typed, matching and ordering questions). */
	options: string[];
	/** Set once answered: the controls lock and show what was chosen. */
	response?: string;
	/** The right answer, shown on the options once answered. */
	reveal: boolean;
	disabled: boolean;
	onanswer: (response: string) => void;
}
