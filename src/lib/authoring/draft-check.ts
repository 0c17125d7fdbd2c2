// How the authoring model checks a question and says what is wrong with it, in words a teacher
// can act on; and the JSON copy it stores, so a draft shares nothing with Svelte's proxies.
import { gap } from '../schema/gap';
import { findTraits } from '../question-types/traits';
import { Question } from '../schema/question';
import type { QuestionEdit } from '../schema/review';

/** A JSON copy: strips Svelte proxies and shares nothing with the draft. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const fieldLabels: Record<string, string> = {
	prompt: 'question',
	answer: 'answer',
	options: 'options',
	accept: 'accepted answers',
	explanation: 'explanation'
};

interface IssueLike {
	code: string;
	path: PropertyKey[];
	message: string;
	keys?: string[];
}

/** A schema issue as a sentence a teacher can act on. */
export function describeIssue(issue: IssueLike | undefined, type?: string): string {
	if (!issue) return 'The question is not valid.';
	const [field, index] = issue.path;
	const label = fieldLabels[String(field)] ?? String(field ?? 'question');
	if (issue.code === 'too_small') {
		if (field === 'options' && index === undefined)
			return 'A question with options needs at least 2 of them.';
		if (field === 'options') return 'An option cannot be empty.';
		if (field === 'accept') return 'An accepted answer cannot be empty.';
		return `The ${label} cannot be empty.`;
	}
	if (issue.code === 'too_big' && field === 'options')
		return 'A question can have at most 6 options.';
	if (issue.code === 'unrecognized_keys') {
		const kind = findTraits(type)?.label ?? 'This';
		return `A “${kind}” question has no ${(issue.keys ?? []).map((k) => fieldLabels[k] ?? k).join(' or ')}.`;
	}
	if (field === 'prompt' && issue.message.includes(gap))
		return `The question must keep the gap “${gap}” where the answer goes.`;
	const special = findTraits(type)?.fieldMessages?.[field as 'answer' | 'options'];
	if (special) return special;
	if (issue.code === 'custom') {
		const text = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
		return text.endsWith('.') ? text : `${text}.`;
	}
	return `The ${label}: ${issue.message}.`;
}

/** Checks `question` against the Question schema; the parsed question or a message. */
export function validate(
	question: unknown
): { ok: true; question: Question } | { ok: false; message: string } {
	const parsed = Question.safeParse(question);
	if (parsed.success) return { ok: true, question: parsed.data };
	const type = (question as { type?: string }).type;
	return { ok: false, message: describeIssue(parsed.error.issues[0], type) };
}

const sameList = (a: unknown, b: unknown) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

/** True when saving `fields` would leave `question` as it is. */
export function unchanged(question: Question, fields: QuestionEdit): boolean {
	return (
		fields.prompt === question.prompt &&
		fields.answer === question.answer &&
		fields.explanation === question.explanation &&
		sameList(fields.accept, question.accept) &&
		sameList(fields.options, 'options' in question ? question.options : undefined)
	);
}

const loose = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A gap-fill's answer is the words its gap takes out of the sentence `quote`: why `answer` cannot
 * be, if it cannot. Other accepted answers can differ.
 */
export function gapAnswerProblem(
	question: Question,
	quote: string,
	answer: string | undefined
): string | undefined {
	if (question.type !== 'cloze' || !answer || loose(quote).includes(loose(answer)))
		return undefined;
	return `“${answer}” is not in the sentence this gap-fill comes from: the answer must be the words the gap takes out of it (other accepted answers can differ).`;
}
