// A question and a response as SCORM 1.2 interactions (RTE 3.4.2.7): the interaction type and
// the response formats of its vocabulary, and a short code for the same response that the
// package keeps in `cmi.suspend_data` to put the answer back on a resumed attempt.
import type { Question } from '../../schema/bank';
import { traitsOf } from '../../question-types/traits';

export type InteractionType = 'choice' | 'fill-in' | 'true-false' | 'matching' | 'sequencing';

export interface Interaction {
	id: string;
	type: InteractionType;
	/** `cmi.interactions.n.student_response`, in the type's format. */
	response: string;
	/** `cmi.interactions.n.correct_responses.0.pattern`. */
	pattern: string;
}

/** CMIString255: the most a fill-in response or pattern may hold. */
const cmiString = 255;

/** SCORM names options, pairs and items by single characters: a, b, c… */
const letter = (index: number) => String.fromCharCode(97 + index);
const indexOf = (letterCode: string) => letterCode.charCodeAt(0) - 97;

type Arranged =
	| { kind: 'matching'; pairs: { left: string; right: string }[] }
	| { kind: 'ordering'; items: string[] };

/** What an arranged question arranges: pairs to match or items to order. */
function arranged(question: Question): Arranged | undefined {
	if ('pairs' in question) return { kind: 'matching', pairs: question.pairs };
	if ('items' in question) return { kind: 'ordering', items: question.items };
	return undefined;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** The matching response as the right-hand pair index chosen for each left item, -1 for none. */
function matchedIndexes(pairs: readonly { left: string; right: string }[], response: string) {
	const data = parseJson(response);
	const given = new Map<string, string>();
	if (Array.isArray(data)) {
		for (const p of data as { left?: unknown; right?: unknown }[]) {
			if (typeof p?.left === 'string' && typeof p.right === 'string') given.set(p.left, p.right);
		}
	}
	return pairs.map((p) => pairs.findIndex((q) => q.right === given.get(p.left)));
}

function orderedIndexes(items: readonly string[], response: string) {
	const data = parseJson(response);
	const given = Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string') : [];
	return given.map((item) => items.indexOf(item)).filter((i) => i >= 0);
}

function typeOf(question: Question): InteractionType {
	const traits = traitsOf(question);
	switch (traits.answerForm(question)) {
		case 'choice':
			return 'choice';
		case 'verdict':
			return 'true-false';
		case 'typed':
			return 'fill-in';
		case 'arranged':
			return arranged(question)?.kind === 'matching' ? 'matching' : 'sequencing';
	}
}

const trimTo = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

/** One answered question as `cmi.interactions.n`, in SCORM 1.2's formats. */
export function interactionOf(question: Question, response: string): Interaction {
	const type = typeOf(question);
	const choices = traitsOf(question).choices(question);
	const shape = arranged(question);
	switch (type) {
		case 'true-false':
			return {
				id: question.id,
				type,
				response: response === 'True' ? 't' : response === 'False' ? 'f' : '',
				pattern: question.answer === 'True' ? 't' : 'f'
			};
		case 'choice': {
			const chosen = choices.indexOf(response);
			return {
				id: question.id,
				type,
				response: chosen >= 0 ? letter(chosen) : '',
				pattern: letter(choices.indexOf(question.answer))
			};
		}
		case 'fill-in':
			return {
				id: question.id,
				type,
				response: trimTo(response, cmiString),
				pattern: trimTo(question.answer, cmiString)
			};
		case 'matching': {
			const pairs = shape?.kind === 'matching' ? shape.pairs : [];
			return {
				id: question.id,
				type,
				response: matchedIndexes(pairs, response)
					.flatMap((right, left) => (right >= 0 ? [`${left + 1}.${letter(right)}`] : []))
					.join(','),
				pattern: pairs.map((_, i) => `${i + 1}.${letter(i)}`).join(',')
			};
		}
		case 'sequencing': {
			const items = shape?.kind === 'ordering' ? shape.items : [];
			return {
				id: question.id,
				type,
				response: orderedIndexes(items, response).map(letter).join(','),
				pattern: items.map((_, i) => letter(i)).join(',')
			};
		}
	}
}

/** A response in as few characters as it takes: a letter, letters, or the typed text. */
export function responseCode(question: Question, response: string): string {
	const { type, response: cmi } = interactionOf(question, response);
	if (type === 'fill-in') return response;
	if (type === 'matching' || type === 'sequencing') {
		const shape = arranged(question);
		const indexes =
			shape?.kind === 'matching'
				? matchedIndexes(shape.pairs, response)
				: orderedIndexes(shape?.items ?? [], response);
		return indexes.map((i) => (i >= 0 ? letter(i) : '-')).join('');
	}
	return cmi;
}

/** The response a code stands for, as the question's view gives it; undefined if it cannot be. */
export function responseFromCode(question: Question, code: string): string | undefined {
	const type = typeOf(question);
	const shape = arranged(question);
	switch (type) {
		case 'fill-in':
			return code;
		// '' is a response that was none of the options (the views never give one).
		case 'true-false':
			return code === 't' ? 'True' : code === 'f' ? 'False' : code === '' ? '' : undefined;
		case 'choice':
			return code === '' ? '' : traitsOf(question).choices(question)[indexOf(code)];
		case 'matching': {
			if (shape?.kind !== 'matching' || code.length !== shape.pairs.length) return undefined;
			return JSON.stringify(
				shape.pairs.map((p, i) => ({
					left: p.left,
					right: shape.pairs[indexOf(code[i] as string)]?.right ?? ''
				}))
			);
		}
		case 'sequencing': {
			if (shape?.kind !== 'ordering') return undefined;
			const items = [...code].map((c) => shape.items[indexOf(c)]);
			return items.every((item) => item !== undefined) ? JSON.stringify(items) : undefined;
		}
	}
}
