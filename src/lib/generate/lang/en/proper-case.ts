import type { Question } from '../../../schema/bank';
import { escapeRegExp } from '../../text';

// A name keeps its capital when a question moves it from the start of its sentence: "How many
// airbags did Takata recall …?", never "did takata recall".

const ordinaryWords = new Set(
	'may march august will can mark bill rose grace hope faith joy art sue pat don van von de la le del da di du who what which how many when where why'.split(
		' '
	)
);

/**
 * Words the article writes with a capital in the middle of a sentence and never in lower case
 * ("Takata", "Honda"), keyed by their lower-case form.
 */
export function properWords(body: string): Map<string, string> {
	const capitalised = new Set<string>();
	for (const m of body.matchAll(/(?<=[\p{Ll}\p{N},;:]\s+)(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu))
		capitalised.add(m[1]!);
	const proper = new Map<string, string>();
	for (const word of capitalised) {
		const lower = word.toLowerCase();
		// "May", "March", "Will", "Mark": names that are also words a question may use.
		if (ordinaryWords.has(lower)) continue;
		if (!new RegExp(`(?<![\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, 'u').test(body))
			proper.set(lower, word);
	}
	return proper;
}

/** The question with every proper word its prompt lowered written as the article writes it. */
export function withProperCase<Q extends Question>(question: Q, proper: Map<string, string>): Q {
	if (!proper.size) return question;
	const prompt = question.prompt.replace(
		/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu,
		(w) => proper.get(w) ?? w
	);
	return prompt === question.prompt ? question : { ...question, prompt };
}
