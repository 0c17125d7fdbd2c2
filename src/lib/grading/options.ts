import type { Question } from '../schema/bank';
import { traitsOf } from '../question-types/traits';
import { shuffle } from '../util/random';

/** Shows a choice question's options in a per-question shuffled order; true/false stays True, False. */
export function displayOptions(question: Question, random: () => number): string[] {
	const type = traitsOf(question);
	switch (type.answerForm(question)) {
		case 'choice':
			return shuffle(type.choices(question), random);
		case 'verdict':
			return [...type.choices(question)];
		default:
			return [];
	}
}
