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
	const capitalised = midSentenceCapitals(body);
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

/** Words the article writes with a capital in the middle of a sentence. */
export function midSentenceCapitals(body: string): Set<string> {
	const capitalised = new Set<string>();
	for (const m of body.matchAll(/(?<=[\p{Ll}\p{N},;:]\s+)(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/gu))
		capitalised.add(m[1]!);
	return capitalised;
}

/**
 * "According to Legal analysts", "According to Project scientist Marta Quell": a source that
 * opened its sentence keeps no capital the article never gives its first word elsewhere.
 */
export function lowerSource<Q extends Question>(
	question: Q,
	capitalised: Set<string>,
	body: string
): Q {
	const prompt = question.prompt
		// "According to Resident Elizabeth Tovar": a word that describes the speaker is no title.
		.replace(
			/^((?:[^:“”"]{0,40}: )?According to )(Resident|Residents|Witness|Neighbour|Neighbor|Passenger|Student|Farmer|Shopkeeper|Motorist|Fan|Survivor|Volunteer|Eyewitness|Homeowner|Bystander|Parent|Villager|Local)(?=\s+\p{Lu})/u,
			(all, lead: string, word: string) => (capitalised.has(word) ? all : lead + word.toLowerCase())
		)
		.replace(
			// "According to Secretary of State John Kerry": a title "of" a capitalised body keeps its capital.
			/^((?:[^:“”"]{0,40}: )?According to )(\p{Lu}\p{Ll}+)(?=\s+\p{Ll})(?!\s+(?:of|for)\s+(?:the\s+)?\p{Lu})/u,
			(all, lead: string, word: string) => (capitalised.has(word) ? all : lead + word.toLowerCase())
		)
		// "According to figures from the statistics office, Inflation in Norland fell …": the
		// claim's first word, a word the article also writes in lower case.
		.replace(
			/^((?:[^:“”"]{0,40}: )?According to [^,]{2,80}, )(\p{Lu}\p{Ll}+)(?=\s)/u,
			(all, lead: string, word: string) =>
				!capitalised.has(word) &&
				new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u').test(body)
					? lead + word.toLowerCase()
					: all
		);
	return prompt === question.prompt ? question : { ...question, prompt };
}

/** The question with every proper word its prompt lowered written as the article writes it. */
export function withProperCase<Q extends Question>(question: Q, proper: Map<string, string>): Q {
	if (!proper.size) return question;
	// "Fill in the gap:" is the quiz's own words: an article about Gap the retailer leaves it be.
	const instruction =
		/^(?:Fill in the gap|Choose the words that fill the gap|Who said this\?):?\s*/.exec(
			question.prompt
		)?.[0] ?? '';
	const prompt =
		instruction +
		question.prompt
			.slice(instruction.length)
			.replace(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu, (w) => proper.get(w) ?? w);
	return prompt === question.prompt ? question : { ...question, prompt };
}
