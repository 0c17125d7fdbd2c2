// The question generator, stage by stage: input checks (input.ts) → sentences (segment.ts) →
// people and claims with references resolved (entities/, analyse.ts) → facts (facts.ts) → what
// the article is about (salience.ts) → every question each fact allows (questions/) → the
// quality filters (quality.ts) → the bank (select.ts) → matching and ordering (sets.ts) → the
// editor's review (review.ts). Word lists and wordings live in lang/<language>/.
import { quotedRuns } from './lang/en/attribution';
import type { Article } from '../schema/article';
import { Bank, Question as QuestionSchema, type Fact, type Question } from '../schema/bank';
import { analyser, type Claim } from './analyse';
import { collectPeople, type Mention } from './entities';
import { factId, slotsOf, type Slot } from './facts';
import { checkInput, GenerateError } from './input';
import { contentWords } from './lang/en/content-words';
import { pressBoilerplate } from './lang/en/words';
import { problemOf, type Rejection } from './quality';
import {
	attributed,
	candidatesFor,
	swappedStatement,
	reversedStatement,
	comparedStatement,
	negatedStatement,
	trueStatement,
	type BuildContext,
	type Candidate
} from './questions';
import { applyAdditions, applyReview, type Review } from './review';
import { salienceOf, topicOf } from './salience';
import { segment, type Segmented } from './segment';
import {
	lowerSource,
	midSentenceCapitals,
	properWords,
	withProperCase
} from './lang/en/proper-case';
import { selectQuestions, type RankedClaim } from './select';
import { matchingQuestion, orderingQuestion, speakersQuestion } from './sets';
import { escapeRegExp, normalize, wordCount } from './text';
import { retype, unshout } from './typography';

export { Addition, Review, applyAdditions, applyReview, type Decision } from './review';
export { segment, splitSentences, type Segmented, type Sentence, type Block } from './segment';
export { collectPeople, findMentions, type Mention, type Person } from './entities';
export { anchor } from './dates';
export { questionId } from './questions';
export { GenerateError } from './input';

export const generatorInfo = { name: 'factdeck-generator', version: '2.56.0' } as const;

export type Stage = 'segment' | 'facts' | 'questions' | 'review' | 'done';

export interface GenerateOptions {
	review?: Review;
	/** Keep, for each claim, its facts and every question it allowed, for `npm run sheet -- --explain`. */
	explain?: boolean;
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
	/** Questions before review (after selection). */
	raw: Question[];
	facts: number;
	/** Every fact the generator found, as a bank stores facts, whether or not a question uses it. */
	allFacts: Fact[];
	paragraphs: { total: number; covered: number };
	counts: Record<string, number>;
	/** With `explain`: what each claim of the article gave, in article order. */
	explained?: ClaimTrace[];
}

/** One claim as the generator read it, and what became of each question it allowed. */
export interface ClaimTrace {
	sentence: number;
	text: string;
	source?: string;
	clause?: { subject: string; verb: string; object?: string };
	salience: number;
	facts: { answer: string; kind: string; position: string; weight: number }[];
	questions: {
		form: string;
		prompt: string;
		answer: string;
		/** The choices a multiple-choice question offers. */
		options?: string[];
		outcome: string;
	}[];
}

export interface GenerateResult {
	bank: Bank;
	report: GenerateReport;
}

function toFact(s: Slot): Fact {
	const c = s.claim;
	return {
		id: s.id,
		kind: s.factKind,
		statement: attributed(c, c.text),
		answer: s.answer,
		answerKind: s.kind,
		...(c.source
			? { attribution: c.source }
			: c.quote
				? { attribution: c.quote.speaker.name }
				: {}),
		source: { start: c.sentence.start, end: c.sentence.end }
	};
}

/** A fact for a claim with nothing to ask but the claim itself: asked as a statement. */
function statementSlot(claim: Claim): Slot {
	return {
		id: factId(claim.text, claim.text),
		claim,
		start: 0,
		end: 0,
		answer: claim.text,
		kind: 'thing',
		factKind: 'what',
		position: 'adjunct',
		weight: 0.7
	};
}

function poolOf(
	claims: readonly Claim[],
	people: BuildContext['pool']['people'],
	published: string
) {
	const byKind = new Map<string, Mention[]>();
	const seen = new Set<string>();
	for (const c of claims)
		for (const m of c.mentions) {
			if (seen.has(m.key) || m.reference) continue;
			seen.add(m.key);
			byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
		}
	return { byKind, people, published };
}

/**
 * The generator's work as steps: each yield is a point where progress can be reported and, in
 * generateBankAsync, where the page gets the thread back.
 */
function* stages(
	article: Article,
	options: GenerateOptions
): Generator<[Stage, number], GenerateResult, void> {
	const warnings: string[] = [];
	const retyped = retype(checkInput(article, warnings));
	const body = unshout(retyped.text);
	yield ['segment', 0];
	const segmented: Segmented = segment(body, {
		title: article.title,
		publisher: article.publisher,
		...(article.byline ? { byline: article.byline } : {}),
		...(article.photoCaption ? { photoCaption: article.photoCaption } : {})
	});
	if (segmented.overlong)
		warnings.push(
			`${segmented.overlong} passage${segmented.overlong === 1 ? '' : 's'} of more than ${segmented.maxWords} words without a full stop ${segmented.overlong === 1 ? 'was' : 'were'} not read: questions come from sentences`
		);
	if (segmented.sentences.length === 0)
		throw new GenerateError(
			`article "${article.id}" has no sentences to draw facts from (only headings, bylines, captions or passages without full stops)`
		);
	yield ['facts', 0.1];
	const people = collectPeople(segmented.sentences.map((s) => s.text));
	const total = segmented.sentences.length;
	const claims: Claim[] = [];
	const analyser = analyseStepwise(segmented, body, people, article, claims);
	for (let done = analyser.next(); !done.done; done = analyser.next())
		yield ['facts', 0.1 + (0.5 * done.value) / total];
	yield ['questions', 0.6];

	const topic = topicOf(claims, article.title);
	const datelined = segmented.blocks.find((b) => b.dateline);
	const dateline = datelined?.dateline;
	// Every place the dateline prints above the questions gives itself away.
	const datelinePlaces = [dateline, datelined?.datelineRegion].filter(Boolean).join(', ');
	const paragraphs = segmented.blocks.filter((b) => b.kind === 'paragraph');
	const rankOf = new Map(paragraphs.map((p, i) => [p.index, i]));
	// The lead: the first paragraph of some length ("This time, it's for keeps." is a kicker).
	const lead = paragraphs.find((p) => wordCount(body.slice(p.start, p.end)) >= 15)?.index;
	const pool = poolOf(claims, people, article.published);
	const statements = new Set(
		claims.flatMap((c) => [normalize(c.text), normalize(c.sentence.text)])
	);
	const groups = claims
		.filter((c) => c.subjectPeople.length >= 2)
		.map((c) => ({ keys: c.subjectPeople.map((p) => p.key), words: contentWords(c.text) }));
	// Everyone the article quotes or reports as saying something.
	const speakers = [
		...new Map(
			claims.flatMap((c) =>
				c.quote
					? [[c.quote.speaker.key, c.quote.speaker] as const]
					: c.sourcePeople.length === 1
						? [[c.sourcePeople[0]!.key, c.sourcePeople[0]!] as const]
						: []
			)
		).values()
	];
	const ctx: BuildContext = {
		pool,
		published: article.published,
		title: article.title,
		topic,
		statements,
		groups,
		speakers,
		acronyms: new Set(body.match(/\b\p{Lu}{2,6}\b/gu) ?? []),
		body,
		...(dateline ? { dateline: datelinePlaces } : {})
	};

	const proper = properWords(body);
	const capitals = midSentenceCapitals(body);
	const filtered: Rejection[] = [];
	const allSlots: Slot[] = [];
	const ranked: RankedClaim[] = [];
	const traced: Traced[] = [];
	claims.forEach((claim) => {
		// "Reuters could not immediately reach Galassi for comment": the reporting, not the news.
		if (pressBoilerplate.test(claim.text)) return;
		// Who said which words matters for the article's main actors; for anyone else it is a
		// detail, asked after the facts themselves.
		const slots = slotsOf(claim, people).map((s) =>
			s.position === 'quote' &&
			s.kind === 'person' &&
			!s.people?.some((p) => topic.actors.has(p.key))
				? { ...s, weight: 0.44 }
				: s
		);
		const factSlots = slots.length ? slots : [statementSlot(claim)];
		allSlots.push(...factSlots);
		const candidates: Candidate[] = [];
		for (const slot of factSlots) candidates.push(...candidatesFor(slot, ctx));
		if (!claim.quote) {
			const main = [...factSlots].sort((a, b) => b.weight - a.weight)[0]!;
			const statement = trueStatement(claim, main, ctx);
			if (statement) candidates.push(statement);
			const swapped = swappedStatement(claim, main, ctx);
			if (swapped) candidates.push(swapped);
			// The event turned round: what happened, asked where a swapped figure asks a detail.
			const reversed = reversedStatement(claim, main, ctx);
			if (reversed) candidates.push(reversed);
			// A finding turned the other way: "ate less meat", where nothing can be swapped.
			if (!candidates.some((c) => c.form === 'false')) {
				const compared = comparedStatement(claim, main, ctx);
				if (compared) candidates.push(compared);
			}
			// Denied only when nothing of the claim can be swapped for a false statement.
			if (!candidates.some((c) => c.form === 'false')) {
				const denied = negatedStatement(claim, main, ctx);
				if (denied) candidates.push(denied);
			}
		}
		for (const c of candidates)
			c.question = lowerSource(withProperCase(c.question, proper), capitals, body);
		const fine = candidates.filter((c) => {
			const reason = problemOf(c.question, c.slot, body, c.negated);
			if (reason) filtered.push({ id: c.question.id, reason });
			return !reason;
		});
		const salience = salienceOf(claim, rankOf.get(claim.sentence.block) ?? 0, topic);
		ranked.push({ claim, salience, candidates: fine, lead: claim.sentence.block === lead });
		if (options.explain) traced.push({ claim, salience, slots: factSlots, candidates });
	});
	const chosen = selectQuestions(ranked, { words: wordCount(body) });
	const explained = options.explain
		? explain(traced, new Set(chosen.map((c) => c.question.id)), filtered)
		: undefined;
	const raw: Question[] = chosen.map((c) =>
		QuestionSchema.parse({ ...c.question, source: retyped.span(c.question.source) })
	);
	const used = new Set(raw.map((q) => q.id));
	const matching = matchingQuestion(people, claims);
	if (matching) allSlots.push(matching.slot);
	const said = speakersQuestion(people, claims);
	if (said && !allSlots.some((s) => s.id === said.slot.id)) allSlots.push(said.slot);
	for (const extra of [matching?.question, said?.question, orderingQuestion(allSlots, ctx)]) {
		if (!extra || used.has(extra.id)) continue;
		raw.push(QuestionSchema.parse({ ...extra, source: retyped.span(extra.source) }));
		used.add(extra.id);
	}
	yield ['review', 0.9];

	const reviewed = applyReview(raw, options.review);
	warnings.push(...reviewed.problems.map((p) => `review edit ignored: ${p}`));
	const factList = allSlots.map(toFact).map((f) => ({ ...f, source: retyped.span(f.source) }));
	const additions = applyAdditions(options.review?.additions, {
		body: article.body,
		questionIds: used,
		factIds: new Set(factList.map((f) => f.id))
	});
	warnings.push(...additions.problems.map((p) => `review addition ignored: ${p}`));
	const questions = [...reviewed.questions, ...additions.questions];
	if (questions.length === 0)
		throw new GenerateError(
			`no question survived for article "${article.id}" (${allSlots.length} facts found, ${filtered.length} questions filtered${reviewed.rejected.length ? `, ${reviewed.rejected.length} rejected by review` : ''})`
		);
	const usedFacts = new Set(reviewed.questions.map((q) => q.factId));
	const seenFacts = new Set<string>();
	const facts = [
		...factList.filter((f) => usedFacts.has(f.id) && !seenFacts.has(f.id) && seenFacts.add(f.id)),
		...additions.facts
	];
	const bank = Bank.parse({
		id: article.id,
		article: article.id,
		title: article.title,
		generator: { ...generatorInfo },
		warnings,
		facts,
		questions
	});
	const coveredBlocks = new Set(
		allSlots.filter((s) => usedFacts.has(s.id)).map((s) => s.claim.sentence.block)
	);
	for (const f of additions.facts) {
		const block = paragraphs.find((p) => f.source.start >= p.start && f.source.start < p.end);
		if (block) coveredBlocks.add(block.index);
	}
	const counts: Record<string, number> = {};
	for (const q of bank.questions) counts[q.type] = (counts[q.type] ?? 0) + 1;
	const allFacts = [...new Map(factList.map((f) => [f.id, f])).values()];
	yield ['done', 1];
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
			allFacts,
			paragraphs: {
				total: paragraphs.length,
				covered: paragraphs.filter((p) => coveredBlocks.has(p.index)).length
			},
			counts,
			...(explained ? { explained } : {})
		}
	};
}

interface Traced {
	claim: Claim;
	salience: number;
	slots: Slot[];
	candidates: Candidate[];
}

function explain(traced: Traced[], chosen: Set<string>, filtered: Rejection[]): ClaimTrace[] {
	const why = new Map(filtered.map((r) => [r.id, r.reason]));
	return traced.map(({ claim, salience, slots, candidates }) => {
		const c = claim.clause;
		const words = (p: { start: number; end: number }) => claim.text.slice(p.start, p.end);
		return {
			sentence: claim.sentence.index,
			text: claim.text,
			...(claim.source ? { source: claim.source } : {}),
			...(c
				? {
						clause: {
							subject: words(c.subject),
							verb: c.verb.text,
							...(c.object ? { object: words(c.object) } : {})
						}
					}
				: {}),
			salience,
			facts: slots.map((s) => ({
				answer: s.answer,
				kind: s.kind,
				position: s.position,
				weight: s.weight
			})),
			questions: candidates.map((q) => ({
				form: q.form,
				prompt: q.question.prompt,
				answer: 'answer' in q.question ? String(q.question.answer) : '',
				...('options' in q.question && q.question.type !== 'true_false' && q.question.options
					? { options: [...q.question.options] }
					: {}),
				outcome: why.get(q.question.id) ?? (chosen.has(q.question.id) ? 'asked' : 'not selected')
			}))
		};
	});
}

/**
 * The place a dateline names, written as the article writes it elsewhere ("L’AQUILA" →
 * "L’Aquila"), else with capitals only where words start; and the block it opens.
 */
function datelinePlace(
	segmented: Segmented,
	body: string
): { block: number; place: string } | undefined {
	const block = segmented.blocks.find((b) => b.dateline);
	const caps = block?.dateline;
	if (!block || !caps || /\//.test(caps)) return undefined;
	const written = [
		...body.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(caps)}(?![\\p{L}])`, 'giu'))
	]
		.map((m) => m[0])
		.find((m) => m !== m.toUpperCase());
	const place =
		written ??
		caps
			.toLowerCase()
			.replace(/(^|[\s’'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
	return { block: block.index, place };
}

/** Analyses the sentences one by one, yielding how many are done every few sentences. */
function* analyseStepwise(
	segmented: Segmented,
	body: string,
	people: ReturnType<typeof collectPeople>,
	article: Pick<Article, 'published' | 'title'>,
	into: Claim[]
): Generator<number, void, void> {
	const sentences = segmented.sentences;
	const dateline = datelinePlace(segmented, body);
	const read = analyser({
		people,
		published: article.published,
		title: article.title,
		quoted: quotedRuns(sentences),
		...(dateline ? { dateline } : {})
	});
	for (let i = 0; i < sentences.length; i++) {
		into.push(...read(sentences[i]!));
		if ((i + 1) % 10 === 0 || i + 1 === sentences.length) yield i + 1;
	}
}

/** Turns one article into a question bank. Pure and synchronous: the same input gives the same bank. */
export function generateBank(article: Article, options: GenerateOptions = {}): GenerateResult {
	const run = stages(article, options);
	for (;;) {
		const step = run.next();
		if (step.done) return step.value;
		options.onProgress?.(...step.value);
	}
}

/**
 * The same work, giving the thread back between steps (every ten sentences while reading), so a
 * page without a worker can paint its progress bar as the work goes.
 */
export async function generateBankAsync(
	article: Article,
	options: GenerateOptions = {}
): Promise<GenerateResult> {
	const run = stages(article, options);
	for (;;) {
		const step = run.next();
		if (step.done) return step.value;
		options.onProgress?.(...step.value);
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
}

/** Pretty JSON with tabs and a final newline: the on-disk form of a bank. */
export function serializeBank(bank: Bank): string {
	return JSON.stringify(bank, null, '\t') + '\n';
}

export { wordCount };
export { maxBodyChars } from './input';
