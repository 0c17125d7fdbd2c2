// A question the teacher writes from words of the article: the selection (or the words typed as
// the article has them) is the answer, its sentence the source.
import type { Span } from '../schema/article';
import type { Fact } from '../schema/bank';
import { segment } from '../generate/segment';
import { normalize } from '../generate/text';
import { hashHex } from '../util/hash';
import { gap } from '../schema/gap';
import { findTraits } from '../question-types/traits';
import type { AddOutcome, Draft } from './draft';
import { plain, validate } from './draft-check';

export type AddableType = 'cloze' | 'short_answer' | 'mcq';

export interface SelectionFields {
	prompt?: string;
	options?: string[];
	accept?: string[];
	explanation?: string;
}

function explanationFor(sentence: string): string {
	return /^[“"]/.test(sentence)
		? `The article says: ${sentence}`
		: `The article says: “${sentence.replace(/[”"]$/, '')}”`;
}

function selectionProblem(draft: Draft, start: number, end: number): string | undefined {
	const body = draft.article.body;
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length)
		return 'The selection is not in the article. Select some words of the article.';
	if (start >= end) return 'Nothing is selected. Select the words that answer the question.';
	if (!body.slice(start, end).trim())
		return 'The selection is only blank space. Select the words that answer the question.';
	return undefined;
}

/**
 * Writes a question whose answer is the selected text (offsets into the article body), with a
 * new fact: the sentence holding the selection. A cloze question is that sentence with the
 * selection as its gap; a short-answer or multiple-choice one takes the teacher's prompt (or a
 * default one quoting the sentence), and a multiple-choice one the teacher's options.
 */
export function addFromSelection(
	draft: Draft,
	start: number,
	end: number,
	type: AddableType,
	fields: SelectionFields = {}
): AddOutcome {
	const problem = selectionProblem(draft, start, end);
	if (problem) return { ok: false, message: problem };
	const body = draft.article.body;
	let from = start;
	let to = end;
	while (/\s/.test(body[from]!)) from++;
	while (/\s/.test(body[to - 1]!)) to--;
	const article = draft.article;
	// The generator's own sentences (with its hints), so the source is a sentence it would cite.
	const segmented = segment(body, {
		title: article.title,
		...(article.byline ? { byline: article.byline } : {}),
		...(article.photoCaption ? { photoCaption: article.photoCaption } : {})
	});
	const sentence = segmented.sentences.find((s) => from >= s.start && to <= s.end);
	if (!sentence) {
		const overlapping = segmented.blocks
			.flatMap((b) => b.sentences)
			.filter((s) => s.start < to && s.end > from);
		if (overlapping.length > 1)
			return {
				ok: false,
				message: `The selection runs across ${overlapping.length} sentences. Select words within one sentence.`
			};
		const block = segmented.blocks.find((b) => b.start < to && b.end > from);
		if (block && block.kind !== 'paragraph')
			return {
				ok: false,
				message: `That text is in ${block.kind === 'heading' ? 'a headline or heading' : block.kind === 'byline' ? 'the byline' : 'a photo caption'}, which questions never come from. Select words in a paragraph of the article.`
			};
		return { ok: false, message: 'Select words within one sentence of the article’s paragraphs.' };
	}
	const answer = body.slice(from, to);
	const text = sentence.text;
	const before = text.slice(0, from - sentence.start);
	const after = text.slice(to - sentence.start);
	const cloze = `${before}${gap}${after}`;
	const adding = findTraits(type)?.fromSelection;
	if (!adding) return { ok: false, message: 'Questions of this type cannot be added here.' };
	if (adding.needsContext && !/[\p{L}\p{N}]/u.test(before + after))
		return {
			ok: false,
			message:
				'The selection is the whole sentence. Select only the words that answer the question.'
		};
	const fact: Fact = {
		id: `f-t${hashHex(`${normalize(text)}|${normalize(answer)}`)}`,
		kind: 'what',
		statement: text,
		answer,
		answerKind: 'thing',
		source: { start: sentence.start, end: sentence.end }
	};
	const id = `q-${fact.id.slice(2)}-${adding.idSuffix}`;
	if (draft.raw.some((q) => q.id === id) || draft.additions.some((a) => a.question.id === id))
		return { ok: false, message: 'You have already added this question.' };
	if (adding.optionsRequired && !fields.options?.length)
		return { ok: false, message: adding.optionsRequired };
	const defaultPrompt = adding.prompt(cloze);
	const checked = validate({
		id,
		type,
		prompt: fields.prompt ?? defaultPrompt,
		answer,
		accept: fields.accept ?? [],
		explanation: fields.explanation ?? explanationFor(text),
		factId: fact.id,
		source: { ...fact.source },
		...(fields.options ? { options: fields.options.map((o) => o.trim()) } : {})
	});
	if (!checked.ok) return checked;
	const shared = draft.additions.find((a) => a.fact.id === fact.id)?.fact;
	draft.additions.push({ fact: shared ? plain(shared) : fact, question: checked.question });
	return { ok: true, id };
}

/**
 * Where the answer is in the body: the selection while it still says the answer, else the first
 * place the article says it (exactly, then in any case), as a teacher who types it expects.
 */
export function findAnswer(body: string, answer: string, selected?: Span): Span | undefined {
	const wanted = answer.trim();
	if (selected && body.slice(selected.start, selected.end).trim() === wanted) return selected;
	let at = body.indexOf(wanted);
	if (at < 0) at = body.toLowerCase().indexOf(wanted.toLowerCase());
	return wanted && at >= 0 ? { start: at, end: at + wanted.length } : undefined;
}

/** What the add-question form holds. */
export interface AddForm {
	type: AddableType;
	answer: string;
	selected?: Span;
	prompt: string;
	/** The wrong options of a multiple-choice question, one per line. */
	options: string;
}

/** Adds the question the form describes, or says what the teacher must fix. */
export function addFromForm(draft: Draft, form: AddForm): AddOutcome {
	const body = draft.article.body;
	const wanted = form.answer.trim();
	const span = findAnswer(body, wanted, form.selected);
	if (!span)
		return {
			ok: false,
			message: wanted
				? `“${wanted}” is not in the article: select the words in the article or type them exactly.`
				: 'Select the words to ask about in the article, or type them.'
		};
	const wrong = form.options
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	if (form.type === 'mcq' && wrong.length === 0)
		return { ok: false, message: 'Give at least one wrong option, one per line.' };
	const answerText = body.slice(span.start, span.end).trim();
	return addFromSelection(draft, span.start, span.end, form.type, {
		...(form.prompt.trim() ? { prompt: form.prompt.trim() } : {}),
		// The quiz shuffles options; the answer is one of them.
		...(form.type === 'mcq' ? { options: [answerText, ...wrong] } : {})
	});
}
