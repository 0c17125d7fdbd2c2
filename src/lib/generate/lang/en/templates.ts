/**
 * Every fixed wording the generator writes, with `{slots}`. Translating the generator starts
 * here: the rules that fill these are in grammar.ts.
 */
export const templates = {
	cloze: 'Fill in the gap: {text}',
	clozeChoice: 'Choose the words that fill the gap: {text}',
	whoSaid: 'Who said this? {quote}',
	saidStatement: '{speaker} said: {quote}',
	according: 'According to {source}, {clause}',
	saidOwn: '{source} said {clause}',
	matchingRoles: 'Match each person to the position the article gives them.',
	matchingSpeakers: 'Match each statement to the person the article says made it.',
	ordering: 'Put these events from the article in time order, earliest first.',
	explanation: 'The article says: “{sentence}”',
	explanationQuote: 'The article says: {sentence}',
	refersTo: '“{text}” refers to {name}.',
	quoteGoesOn: 'These words go on from what {name} said just before.',
	anchored: '“{text}” is {label}; the article was published on {published}.',
	attributed: 'This is what {source} said, as reported by the article.',
	orderingStep: '{event}: {label}.',
	rolesExplanation: 'The article introduces them as {list}.'
} as const;

export type TemplateName = keyof typeof templates;

/** Fills a template's `{slots}`; a missing slot is a bug, so it throws. */
export function fill(name: TemplateName, values: Record<string, string>): string {
	return templates[name].replace(/\{(\w+)\}/g, (_, key: string) => {
		const value = values[key];
		if (value === undefined) throw new Error(`template "${name}" needs {${key}}`);
		return value;
	});
}
