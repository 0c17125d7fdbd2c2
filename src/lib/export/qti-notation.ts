// IMS QTI 2.1's notation for the pieces of an item, used by each question type's export lines.
import { byText } from './gift-notation';
import { xmlText } from './markup';

/** One question as a QTI 2.1 interaction: its response declaration, body and scoring. */
export interface QtiInteraction {
	/** The `responseDeclaration` of `RESPONSE`, with the correct response. */
	response: string;
	/** What goes in `itemBody`. */
	body: string;
	/** The standard response processing: all or nothing, or the score an answer maps to. */
	template: 'match_correct' | 'map_response';
}

/** Text as XML content, line breaks kept. */
export const qtiText = (text: string) =>
	text
		.split(/\r\n?|\n/)
		.map(xmlText)
		.join('<br/>');

const value = (v: string) => `<value>${xmlText(v)}</value>`;

function declaration(cardinality: string, baseType: string, values: string[], extra = '') {
	return (
		`<responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="${baseType}">` +
		`<correctResponse>${values.map(value).join('')}</correctResponse>${extra}</responseDeclaration>`
	);
}

/** One of several options: `choiceInteraction`, in the options' own order. */
export function qtiChoice(
	prompt: string,
	options: readonly string[],
	answer: string
): QtiInteraction {
	const id = (i: number) => `C${i + 1}`;
	const choices = options.map(
		(o, i) => `<simpleChoice identifier="${id(i)}">${qtiText(o)}</simpleChoice>`
	);
	return {
		response: declaration('single', 'identifier', [id(options.indexOf(answer))]),
		body:
			`<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">` +
			`<prompt>${qtiText(prompt)}</prompt>${choices.join('')}</choiceInteraction>`,
		template: 'match_correct'
	};
}

/**
 * A typed answer: `textEntryInteraction` where the gap is (or after the prompt), every accepted
 * answer mapped to full marks, ignoring case as Factdeck's grading does.
 */
export function qtiTextEntry(
	text: { prompt: string } | { before: string; after: string },
	answers: readonly string[]
): QtiInteraction {
	const keys = answers.filter(
		(a, i) => answers.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i
	);
	const entries = keys.map(
		(k) => `<mapEntry mapKey="${xmlText(k)}" mappedValue="1" caseSensitive="false"/>`
	);
	const length = Math.max(10, ...keys.map((k) => k.length + 2));
	const field = `<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${length}"/>`;
	return {
		response: declaration(
			'single',
			'string',
			keys.slice(0, 1),
			`<mapping defaultValue="0" lowerBound="0" upperBound="1">${entries.join('')}</mapping>`
		),
		body:
			'prompt' in text
				? `<p>${qtiText(text.prompt)}</p><p>${field}</p>`
				: `<p>${qtiText(text.before)}${field}${qtiText(text.after)}</p>`,
		template: 'map_response'
	};
}

/** Pairs to match: `matchInteraction`, left items to right items as `directedPair`s. */
export function qtiMatch(
	prompt: string,
	pairs: readonly { left: string; right: string }[]
): QtiInteraction {
	const rights = byText(pairs.map((p) => p.right));
	const left = (i: number) => `L${i + 1}`;
	const right = (text: string) => `R${rights.indexOf(text) + 1}`;
	const set = (ids: string[], texts: readonly string[]) =>
		`<simpleMatchSet>${texts
			.map(
				(t, i) =>
					`<simpleAssociableChoice identifier="${ids[i]}" matchMax="1">${qtiText(t)}</simpleAssociableChoice>`
			)
			.join('')}</simpleMatchSet>`;
	return {
		response: declaration(
			'multiple',
			'directedPair',
			pairs.map((p, i) => `${left(i)} ${right(p.right)}`)
		),
		body:
			`<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${pairs.length}">` +
			`<prompt>${qtiText(prompt)}</prompt>` +
			set(
				pairs.map((_, i) => left(i)),
				pairs.map((p) => p.left)
			) +
			set(
				rights.map((_, i) => `R${i + 1}`),
				rights
			) +
			`</matchInteraction>`,
		template: 'match_correct'
	};
}

/** Items to put in order: `orderInteraction`, listed by text so the file gives nothing away. */
export function qtiOrder(prompt: string, items: readonly string[]): QtiInteraction {
	const id = (item: string) => `I${items.indexOf(item) + 1}`;
	const choices = byText(items).map(
		(item) => `<simpleChoice identifier="${id(item)}">${qtiText(item)}</simpleChoice>`
	);
	return {
		response: declaration('ordered', 'identifier', items.map(id)),
		body:
			`<orderInteraction responseIdentifier="RESPONSE" shuffle="true">` +
			`<prompt>${qtiText(prompt)}</prompt>${choices.join('')}</orderInteraction>`,
		template: 'match_correct'
	};
}

const templates = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';
const float = (n: number) => `<baseValue baseType="float">${n}</baseValue>`;
const setOutcome = (id: string, value: string) =>
	`<setOutcomeValue identifier="${id}">${value}</setOutcomeValue>`;

/**
 * The item's scoring: the standard template named (for importers that know only templates) and
 * the same rules written out (which QTI prefers when both are given), then `FEEDBACK` set to
 * `correct` or `incorrect` so the item shows the matching `modalFeedback`.
 */
export function qtiProcessing(template: QtiInteraction['template']): string {
	const score =
		template === 'match_correct'
			? `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>` +
				`${setOutcome('SCORE', float(1))}</responseIf>` +
				`<responseElse>${setOutcome('SCORE', float(0))}</responseElse></responseCondition>`
			: `<responseCondition><responseIf><isNull><variable identifier="RESPONSE"/></isNull>` +
				`${setOutcome('SCORE', float(0))}</responseIf>` +
				`<responseElse>${setOutcome('SCORE', '<mapResponse identifier="RESPONSE"/>')}</responseElse></responseCondition>`;
	const feedback =
		`<responseCondition><responseIf><gte><variable identifier="SCORE"/>${float(1)}</gte>` +
		`${setOutcome('FEEDBACK', '<baseValue baseType="identifier">correct</baseValue>')}</responseIf>` +
		`<responseElse>${setOutcome('FEEDBACK', '<baseValue baseType="identifier">incorrect</baseValue>')}</responseElse></responseCondition>`;
	return `<responseProcessing template="${templates}/${template}">${score}${feedback}</responseProcessing>`;
}

/** The outcome the feedback is chosen by. */
export const qtiFeedbackOutcome =
	'<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>';

/**
 * The two feedbacks of an item, shown once it is answered: right or not (with the key), then the
 * explanation and the sentence of the article it comes from.
 */
export function qtiFeedback(answer: string, explanation: string, quote: string): string {
	const why =
		(explanation.trim() ? `<p>${qtiText(explanation)}</p>` : '') +
		(quote.trim() ? `<p>From the article: “${qtiText(quote)}”</p>` : '');
	const modal = (id: 'correct' | 'incorrect', title: string, first: string) =>
		`<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${id}" showHide="show" title="${title}">` +
		`<p>${first}</p>${why}</modalFeedback>`;
	return (
		modal('correct', 'Correct', 'Correct.') +
		'\n' +
		modal('incorrect', 'Not quite', `Not quite. The answer: ${qtiText(answer)}`)
	);
}
