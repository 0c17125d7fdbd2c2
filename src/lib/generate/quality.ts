import type { Question } from '../schema/bank';
import { Question as QuestionSchema } from '../schema/bank';
import type { FactDraft } from './facts';
import { containsWord, normalize } from './text';

const pronounStart =
	/^(?:(?:Fill in the gap|Choose the option that fills the gap|True or false):\s+)?(?:He|She|It|They|His|Her|Its|Their|Them|This|These|Those)\b/;
// "Who welcomed the plan?" needs the sentence before it to make sense.
const anaphoricEnd =
	/\bthe (?:plan|deal|agreement|move|decision|proposal|idea|measure|bill|change|programme|program|project)[.?]$/;

const anaphoricAnywhere =
	/\b(?:that|this|these|those) (?:view|views|plan|deal|decision|claim|idea|move|proposal|criticism|argument)\b/i;

export interface Rejection {
	id: string;
	reason: string;
}

/** Why a question breaks the rules of a fair item, or undefined when it is fine. */
export function problemOf(draft: Question, fact: FactDraft, body: string): string | undefined {
	const parsed = QuestionSchema.safeParse(draft);
	if (!parsed.success) return `schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
	const q = parsed.data;
	const source = body.slice(q.source.start, q.source.end);
	if (source !== fact.sentence.text) return 'source span does not select the sentence';
	if (pronounStart.test(q.prompt)) return 'prompt starts with an unresolved pronoun';
	if (/\bnot\b/.test(q.prompt) && !/\bnot\b/.test(source)) return 'prompt inserts "not"';
	if (q.type !== 'true_false' && q.type !== 'matching' && q.type !== 'ordering') {
		// The answer (or, for people, any of their names) must not give itself away.
		const keys = [
			q.answer,
			...(fact.kind === 'role' ? [] : (fact.people?.flatMap((p) => [p.name, p.surname]) ?? []))
		];
		const prompt = q.prompt.replace(/^(?:Who said this\?)/, '');
		for (const k of keys) if (containsWord(prompt, k)) return `answer "${k}" appears in the prompt`;
		// The answer must come from the sentence: literally, or through a resolved reference.
		const inSource =
			containsWord(source, q.answer) ||
			q.accept.some((a) => containsWord(source, a)) ||
			(fact.people && fact.people.some((p) => containsWord(source, p.surname))) ||
			fact.analysed.resolutions.length > 0;
		if (!inSource) return 'answer not found in the source sentence';
	}
	if (q.type === 'mcq' || (q.type === 'cloze' && q.options)) {
		const opts = q.options ?? [];
		const norm = opts.map(normalize);
		if (new Set(norm).size !== norm.length) return 'duplicate options';
		for (const o of opts) {
			if (o !== q.answer && (containsWord(o, q.answer) || containsWord(q.answer, o)))
				return `option "${o}" overlaps the answer`;
		}
		const lengths = opts.map((o) => o.length);
		if (Math.max(...lengths) > 3 * Math.min(...lengths) + 6)
			return 'options differ too much in length';
		const lower = opts.map((o) => /^[a-z]/.test(o));
		if (lower.some((l) => l !== lower[0]) && !opts.every((o) => /^(the |The )?\p{Lu}/u.test(o)))
			return 'options differ in case';
	}
	if (anaphoricEnd.test(q.prompt) || anaphoricAnywhere.test(q.prompt))
		return 'prompt depends on an earlier sentence';
	if (q.prompt.length > 320) return 'prompt too long';
	return undefined;
}
