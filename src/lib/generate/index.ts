import type { Article } from '../schema/article';
import { Bank, Question as QuestionSchema, type Fact, type Question } from '../schema/bank';
import type { Mention } from './entities';
import { contentWords } from './distractors';
import { extractFacts, type FactDraft } from './facts';
import { problemOf, type Rejection } from './quality';
import { questionsFor } from './questions';
import { applyAdditions, applyReview, type Review } from './review';
import { segment, type Segmented } from './segment';
import { normalize, wordCount } from './text';

export { Addition, Review, applyAdditions, applyReview, type Decision } from './review';
export { segment, splitSentences, type Segmented, type Sentence, type Block } from './segment';
export { collectPeople, findMentions, type Mention, type Person } from './entities';
export { anchor } from './dates';
export { extractFacts, type FactDraft } from './facts';
export { questionId } from './questions';

export const generatorInfo = { name: 'factdeck-generator', version: '1.0.0' } as const;

/** Bodies longer than this are cut at a paragraph end, with a warning. */
export const maxBodyChars = 150_000;

export class GenerateError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'GenerateError';
	}
}

export type Stage = 'segment' | 'facts' | 'questions' | 'review' | 'done';

export interface GenerateOptions {
	review?: Review;
	onProgress?: (stage: Stage, fraction: number) => void;
}

export interface GenerateReport {
	/** Review decisions naming a question the generator no longer produces. */
	unmatchedDecisions: string[];
	rejectedByReview: string[];
	editedByReview: string[];
	/** Questions the review added, in the bank after the generated ones. */
	addedByReview: string[];
	/** Questions the quality filters dropped before review, with the reason. */
	filtered: Rejection[];
	/** Questions before review (after the automatic filters). */
	raw: Question[];
	facts: number;
	/** Every fact the generator found, as a bank stores facts, whether or not a question uses it. */
	allFacts: Fact[];
	paragraphs: { total: number; covered: number };
	counts: Record<string, number>;
}

export interface GenerateResult {
	bank: Bank;
	report: GenerateReport;
}

/** Control characters other than tab and line ends, plus U+FFFD from a failed decode. */
function countControl(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) n++;
	}
	return n;
}

function checkInput(article: Article, warnings: string[]): string {
	let body = typeof article.body === 'string' ? article.body : '';
	if (!body.trim())
		throw new GenerateError(
			`article "${article.id}" has an empty body: there is nothing to ask about`
		);
	const control = countControl(body);
	const letters = body.match(/\p{L}/gu)?.length ?? 0;
	if (body.includes('\u0000') || control > body.length * 0.01 || letters < body.length * 0.4)
		throw new GenerateError(
			`article "${article.id}" does not look like text (${control} control characters, ${Math.round((100 * letters) / body.length)}% letters); is it a binary file?`
		);
	if (body.length > maxBodyChars) {
		const cut = body.lastIndexOf('\n', maxBodyChars);
		body = body.slice(0, cut > maxBodyChars / 2 ? cut : maxBodyChars);
		warnings.push(
			`the article body has ${article.body.length.toLocaleString('en-US')} characters; only the first ${body.length.toLocaleString('en-US')} were used`
		);
	}
	return body;
}

function poolOf(facts: ReturnType<typeof extractFacts>) {
	const byKind = new Map<string, Mention[]>();
	const seen = new Set<string>();
	for (const a of facts.context.analysed)
		for (const m of a.mentions) {
			if (seen.has(m.key) || m.reference) continue;
			seen.add(m.key);
			byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
		}
	return { byKind, people: facts.context.people, published: facts.context.published };
}

function toFact(f: FactDraft): Fact {
	return {
		id: f.id,
		kind: f.kind,
		statement: f.statement,
		answer: f.answer,
		answerKind: f.answerKind,
		...(f.attribution ? { attribution: f.attribution } : {}),
		source: { start: f.sentence.start, end: f.sentence.end }
	};
}

/** Matching: each named person with the title the article gives them. */
function matchingQuestion(facts: FactDraft[]): Question | undefined {
	// Two councillors would make two right answers for one role: the first one named is matched.
	const taken = new Set<string>();
	const roles = facts.filter((f) => {
		if (f.kind !== 'role' || f.people?.length !== 1 || taken.has(normalize(f.answer))) return false;
		taken.add(normalize(f.answer));
		return true;
	});
	const pairs = roles.slice(0, 6).map((f) => ({ left: f.people![0]!.name, right: f.answer }));
	if (pairs.length < 2 || new Set(pairs.map((p) => normalize(p.right))).size !== pairs.length)
		return undefined;
	const first = roles[0]!;
	return {
		id: `q-${first.id.slice(2)}-match`,
		type: 'matching',
		prompt: 'Match each person to the position the article gives them.',
		answer: pairs.map((p) => `${p.left}: ${p.right}`).join('; '),
		accept: [],
		explanation: `The article introduces them as ${pairs.map((p) => `${p.right} ${p.left}`).join(', ')}.`,
		factId: first.id,
		source: { start: first.sentence.start, end: first.sentence.end },
		pairs
	} as Question;
}

/** Ordering: events whose dates the article gives, earliest first. */
export function orderingQuestion(facts: FactDraft[]): Question | undefined {
	const dated = facts.filter((f) => f.mention?.anchored && f.kind === 'when');
	const byDate = new Map<string, FactDraft>();
	for (const f of dated) {
		const iso = f.mention!.anchored!.iso;
		if (!byDate.has(iso)) byDate.set(iso, f);
	}
	const chosen = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 5);
	if (chosen.length < 3) return undefined;
	// Sorting strings of different precision: 2022 (a year) sorts before 2023-01-11, as it should.
	const items = chosen.map(([, f]) => eventLabel(f));
	if (items.some((i) => !i) || new Set(items).size !== items.length) return undefined;
	const first = chosen[0]![1];
	return {
		id: `q-${first.id.slice(2)}-order`,
		type: 'ordering',
		prompt: 'Put these events from the article in time order, earliest first.',
		answer: (items as string[]).join(' → '),
		accept: [],
		explanation: chosen
			.map(([, f]) => `${eventLabel(f)}: ${f.mention!.anchored!.label}.`)
			.join(' '),
		factId: first.id,
		source: { start: first.sentence.start, end: first.sentence.end },
		items
	} as Question;
}

/**
 * A short name for the event a date belongs to: the clause or noun phrase around it, without the
 * date itself ("A meeting of Japanese and U.S. foreign and defense chiefs").
 */
function eventLabel(f: FactDraft): string | undefined {
	const m = f.mention;
	if (!m) return undefined;
	const s = f.statement;
	const before = s.slice(0, m.start);
	const words = before.split(/\s+/);
	const window = words.slice(-14).join(' ');
	const offset = before.length - window.length;
	let start: number | undefined;
	const sub = [...window.matchAll(/\b(?:when|after|before|while)\s+/g)].pop();
	if (sub) start = offset + (sub.index ?? 0) + sub[0].length;
	else {
		const det = /\b(?:the|a|an)\s+[\p{Ll}\p{Lu}\p{N}]/u.exec(window);
		if (det) start = offset + det.index;
	}
	if (start === undefined) return undefined;
	const tail = /^\s+of\s+[^,.]+/.exec(s.slice(m.end))?.[0] ?? '';
	const head = s
		.slice(start, m.start)
		.replace(/\s+(?:on|in|at|by|during)\s*$/, '')
		.replace(/\s+$/, '');
	const label = (head + tail).replace(/\s+/g, ' ').trim();
	if (!label || label.split(' ').length > 16 || label.split(' ').length < 3) return undefined;
	return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Turns one article into a question bank. Pure and synchronous: the same input gives the same bank. */
export function generateBank(article: Article, options: GenerateOptions = {}): GenerateResult {
	const progress = options.onProgress ?? (() => {});
	const warnings: string[] = [];
	const body = checkInput(article, warnings);
	progress('segment', 0);
	const segmented: Segmented = segment(body, {
		title: article.title,
		...(article.byline ? { byline: article.byline } : {}),
		...(article.photoCaption ? { photoCaption: article.photoCaption } : {})
	});
	if (segmented.sentences.length === 0)
		throw new GenerateError(
			`article "${article.id}" has no sentences to draw facts from (only headings, bylines or captions)`
		);
	progress('facts', 0.15);
	const extracted = extractFacts(segmented, article.published, [], (done, total) =>
		progress('facts', 0.15 + (0.45 * done) / total)
	);
	progress('questions', 0.6);
	const pool = poolOf(extracted);
	const statements = new Set(
		extracted.context.analysed.flatMap((a) => [normalize(a.statement), normalize(a.sentence.text)])
	);
	const groups = extracted.context.analysed
		.filter((a) => (a.subject?.people.length ?? 0) >= 2)
		.map((a) => ({ keys: a.subject!.people.map((p) => p.key), words: contentWords(a.statement) }));
	const filtered: Rejection[] = [];
	const raw: Question[] = [];
	const used = new Set<string>();
	const prompts = new Set<string>();
	const kept = new Map<string, FactDraft>();
	for (const f of extracted.facts) {
		for (const q of questionsFor(f, { pool, published: article.published, statements, groups })) {
			const promptKey = `${q.type}|${normalize(q.prompt)}`;
			const reason =
				problemOf(q, f, body) ??
				(used.has(q.id)
					? 'duplicate id'
					: prompts.has(promptKey)
						? 'same prompt as another question'
						: undefined);
			if (reason) {
				filtered.push({ id: q.id, reason });
				continue;
			}
			used.add(q.id);
			prompts.add(promptKey);
			raw.push(QuestionSchema.parse(q));
			kept.set(f.id, f);
		}
	}
	const factList = extracted.facts;
	for (const extra of [matchingQuestion(factList), orderingQuestion(factList)]) {
		if (!extra || used.has(extra.id)) continue;
		raw.push(extra);
		used.add(extra.id);
		kept.set(
			extra.factId,
			factList.find((f) => f.id === extra.factId)!
		);
	}
	progress('review', 0.9);
	const reviewed = applyReview(raw, options.review);
	warnings.push(...reviewed.problems.map((p) => `review edit ignored: ${p}`));
	const additions = applyAdditions(options.review?.additions, {
		body: article.body,
		questionIds: used,
		factIds: new Set(factList.map((f) => f.id))
	});
	warnings.push(...additions.problems.map((p) => `review addition ignored: ${p}`));
	const questions = [...reviewed.questions, ...additions.questions];
	if (questions.length === 0) {
		throw new GenerateError(
			`no question survived for article "${article.id}" (${extracted.facts.length} facts found, ${filtered.length} questions filtered${reviewed.rejected.length ? `, ${reviewed.rejected.length} rejected by review` : ''})`
		);
	}
	const usedFacts = new Set(reviewed.questions.map((q) => q.factId));
	const facts = [...factList.filter((f) => usedFacts.has(f.id)).map(toFact), ...additions.facts];
	const bank = Bank.parse({
		id: article.id,
		article: article.id,
		title: article.title,
		generator: { ...generatorInfo },
		warnings,
		facts,
		questions
	});
	const paragraphs = segmented.blocks.filter((b) => b.kind === 'paragraph');
	const coveredBlocks = new Set(
		factList.filter((f) => usedFacts.has(f.id)).map((f) => f.sentence.block)
	);
	for (const f of additions.facts) {
		const block = paragraphs.find((p) => f.source.start >= p.start && f.source.start < p.end);
		if (block) coveredBlocks.add(block.index);
	}
	const counts: Record<string, number> = {};
	for (const q of bank.questions) counts[q.type] = (counts[q.type] ?? 0) + 1;
	progress('done', 1);
	return {
		bank,
		report: {
			unmatchedDecisions: reviewed.unmatched,
			rejectedByReview: reviewed.rejected,
			editedByReview: reviewed.edited,
			addedByReview: additions.added,
			filtered,
			raw,
			facts: facts.length,
			allFacts: factList.map(toFact),
			paragraphs: {
				total: paragraphs.length,
				covered: paragraphs.filter((p) => coveredBlocks.has(p.index)).length
			},
			counts
		}
	};
}

/** The same work with a pause between stages, so a browser can paint a progress bar. */
export async function generateBankAsync(
	article: Article,
	options: GenerateOptions = {}
): Promise<GenerateResult> {
	const stages: [Stage, number][] = [];
	const result = generateBank(article, { ...options, onProgress: (s, f) => stages.push([s, f]) });
	for (const [stage, fraction] of stages) {
		options.onProgress?.(stage, fraction);
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	return result;
}

/** Pretty JSON with tabs and a final newline: the on-disk form of a bank. */
export function serializeBank(bank: Bank): string {
	return JSON.stringify(bank, null, '\t') + '\n';
}

export { wordCount };
