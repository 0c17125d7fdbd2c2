import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	addFromSelection,
	buildBank,
	createDraft,
	draftQuestions,
	edit,
	keptCount,
	loadReview,
	reject,
	removeAddition,
	restore,
	revertEdits,
	setNote,
	toReview,
	type Draft
} from '../../src/lib/authoring/draft';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank, Review } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema/article';
import { gap, Question } from '../../src/lib/schema/bank';

function loadArticle(path: string): Article {
	const { data, body } = parseFrontMatter(readFileSync(path, 'utf8'));
	return Article.parse({ ...(data as object), id: basename(path, '.md'), body });
}

/** Offsets of `text` in `body`. */
function find(body: string, text: string): [number, number] {
	const at = body.indexOf(text);
	if (at < 0) throw new Error(`"${text}" is not in the body`);
	return [at, at + text.length];
}

const comet = loadArticle('tests/fixtures/articles/comet-probe-findings.md');
const cometResult = generateBank(comet);
const seed = loadArticle('questions/articles/kishida-biden-summit.md');
const seedResult = generateBank(seed);

const fresh = (): Draft => createDraft(comet, cometResult);
const firstOf = (draft: Draft, type: Question['type']) => draft.raw.find((q) => q.type === type)!;
const statusOf = (draft: Draft, id: string) =>
	draftQuestions(draft).find((q) => q.id === id)?.status;

describe('createDraft', () => {
	it('keeps the raw questions and every fact the generator found, all kept', () => {
		const draft = fresh();
		expect(draft.raw).toEqual(cometResult.report.raw);
		expect(draft.facts.length).toBeGreaterThanOrEqual(cometResult.bank.facts.length);
		for (const q of draft.raw) expect(draft.facts.some((f) => f.id === q.factId)).toBe(true);
		const listed = draftQuestions(draft);
		expect(listed.map((q) => q.id)).toEqual(draft.raw.map((q) => q.id));
		for (const q of listed) {
			expect(q.status).toBe('kept');
			expect(q.quote).toBe(comet.body.slice(q.source.start, q.source.end));
			expect(q.fact?.id).toBe(q.question.factId);
		}
		expect(toReview(draft)).toEqual({ version: 1, decisions: {} });
	});

	it('shares nothing with the result it was made from', () => {
		const draft = fresh();
		draft.raw[0]!.prompt = 'changed';
		expect(cometResult.report.raw[0]!.prompt).not.toBe('changed');
	});
});

describe('reject and restore', () => {
	it('reject records a decision with its note; restore takes it back', () => {
		const draft = fresh();
		const id = draft.raw[0]!.id;
		expect(reject(draft, id, ' too easy ')).toEqual({ ok: true });
		expect(statusOf(draft, id)).toBe('rejected');
		expect(keptCount(draft)).toBe(draft.raw.length - 1);
		expect(toReview(draft).decisions).toEqual({ [id]: { action: 'reject', note: 'too easy' } });
		expect(restore(draft, id)).toEqual({ ok: true });
		expect(statusOf(draft, id)).toBe('kept');
		expect(toReview(draft).decisions).toEqual({});
	});

	it('refuses an unknown id with a message', () => {
		const outcome = reject(fresh(), 'q-nothing-here');
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.message).toMatch(/no question/);
	});

	it('a restored question comes back with its edits', () => {
		const draft = fresh();
		const q = firstOf(draft, 'short_answer');
		expect(edit(draft, q.id, { explanation: 'Because the article says so.' }).ok).toBe(true);
		reject(draft, q.id);
		expect(toReview(draft).decisions[q.id]).toEqual({ action: 'reject' });
		restore(draft, q.id);
		expect(toReview(draft).decisions[q.id]).toEqual({
			action: 'edit',
			explanation: 'Because the article says so.'
		});
	});
});

describe('edit', () => {
	it('keeps only the fields that differ, trimmed, and merges later edits', () => {
		const draft = fresh();
		const q = firstOf(draft, 'mcq') as Extract<Question, { type: 'mcq' }>;
		expect(edit(draft, q.id, { prompt: `  ${q.prompt} (edited)  `, answer: q.answer })).toEqual({
			ok: true
		});
		expect(edit(draft, q.id, { accept: [' another form '] })).toEqual({ ok: true });
		expect(toReview(draft).decisions[q.id]).toEqual({
			action: 'edit',
			prompt: `${q.prompt} (edited)`,
			accept: ['another form']
		});
		const shown = draftQuestions(draft).find((d) => d.id === q.id)!;
		expect(shown.status).toBe('edited');
		expect(shown.question.prompt).toBe(`${q.prompt} (edited)`);
		expect(shown.original).toEqual(q);
	});

	it('an edit that restores the original is no edit', () => {
		const draft = fresh();
		const q = firstOf(draft, 'cloze');
		edit(draft, q.id, { explanation: 'Something else entirely.' });
		expect(statusOf(draft, q.id)).toBe('edited');
		edit(draft, q.id, { explanation: q.explanation });
		expect(statusOf(draft, q.id)).toBe('kept');
		expect(toReview(draft).decisions).toEqual({});
		edit(draft, q.id, { prompt: `${q.prompt} Really.` });
		expect(revertEdits(draft, q.id)).toEqual({ ok: true });
		expect(statusOf(draft, q.id)).toBe('kept');
	});

	it('can change an mcq answer together with its options', () => {
		const draft = fresh();
		const q = firstOf(draft, 'mcq') as Extract<Question, { type: 'mcq' }>;
		const options = [...q.options.filter((o) => o !== q.answer), 'A brand new answer'];
		expect(edit(draft, q.id, { answer: 'A brand new answer', options })).toEqual({ ok: true });
		const built = generateBank(comet, { review: toReview(draft) });
		expect(built.bank.questions.find((b) => b.id === q.id)).toMatchObject({
			answer: 'A brand new answer',
			options
		});
	});

	it.each([
		['mcq', { answer: 'Not among the options' }, 'The answer must be one of the options.'],
		['mcq', { options: ['Only one'] }, 'A question with options needs at least 2 of them.'],
		['mcq', { options: ['a', 'A', 'b'] }, 'Options must be unique.'],
		[
			'cloze',
			{ prompt: 'No gap in this prompt.' },
			`The question must keep the gap “${gap}” where the answer goes.`
		],
		['cloze', { prompt: '   ' }, 'The question cannot be empty.'],
		['short_answer', { options: ['a', 'b'] }, '“Short answer” question has no options.'],
		['short_answer', { accept: ['fine', ' '] }, 'An accepted answer cannot be empty.'],
		['true_false', { answer: 'Maybe' }, 'The answer must be True or False.'],
		['short_answer', { explanation: '' }, 'The explanation cannot be empty.']
	] as const)(
		'refuses an invalid %s edit %j with a clear message, changing nothing',
		(type, fields, message) => {
			const draft = fresh();
			const q = firstOf(draft, type);
			const before = JSON.stringify(draft);
			const outcome = edit(draft, q.id, fields as never);
			expect(outcome.ok).toBe(false);
			expect(!outcome.ok && outcome.message).toContain(message);
			expect(JSON.stringify(draft)).toBe(before);
		}
	);
});

describe('addFromSelection', () => {
	const sentence =
		'The Kestrel probe was launched from French Guiana in 2017 on an Ariane 5 rocket and weighs about 1,300 kilograms.';

	it('makes a cloze question from the selected words, with a new fact on their sentence', () => {
		const draft = fresh();
		const [start, end] = find(comet.body, 'French Guiana');
		const outcome = addFromSelection(draft, start - 1, end + 1, 'cloze');
		expect(outcome.ok).toBe(true);
		const added = draftQuestions(draft).at(-1)!;
		expect(added.status).toBe('added');
		expect(added.id).toBe(outcome.ok && outcome.id);
		expect(added.question).toMatchObject({
			type: 'cloze',
			prompt: sentence.replace('French Guiana', gap),
			answer: 'French Guiana'
		});
		const [sStart, sEnd] = find(comet.body, sentence);
		expect(added.source).toEqual({ start: sStart, end: sEnd });
		expect(added.quote).toBe(sentence);
		expect(added.fact).toMatchObject({
			statement: sentence,
			answer: 'French Guiana',
			kind: 'what',
			answerKind: 'thing',
			source: { start: sStart, end: sEnd }
		});
		expect(Question.parse(added.question)).toEqual(added.question);
		expect(keptCount(draft)).toBe(draft.raw.length + 1);
	});

	it('gives the same ids for the same selection, and refuses it twice', () => {
		const a = fresh();
		const b = fresh();
		const [start, end] = find(comet.body, 'Ariane 5');
		const first = addFromSelection(a, start, end, 'short_answer');
		expect(addFromSelection(b, start, end, 'short_answer')).toEqual(first);
		expect(a.additions[0]!.fact.id).toBe(b.additions[0]!.fact.id);
		expect(addFromSelection(a, start, end, 'short_answer')).toEqual({
			ok: false,
			message: 'You have already added this question.'
		});
		// Another form on the same words shares the fact.
		expect(addFromSelection(a, start, end, 'cloze').ok).toBe(true);
		expect(a.additions[1]!.fact).toEqual(a.additions[0]!.fact);
		expect(a.additions[1]!.question.id).not.toBe(a.additions[0]!.question.id);
	});

	it('uses the teacher’s prompt, options and accepted answers', () => {
		const draft = fresh();
		const [start, end] = find(comet.body, '2017');
		expect(
			addFromSelection(draft, start, end, 'mcq', {
				prompt: 'In which year was the Kestrel probe launched?',
				options: ['2015', '2017', '2019']
			}).ok
		).toBe(true);
		expect(
			addFromSelection(draft, ...find(comet.body, 'Ariane 5'), 'short_answer', {
				prompt: 'Which rocket launched the Kestrel probe?',
				accept: ['Ariane']
			}).ok
		).toBe(true);
		const [mcq, short] = draftQuestions(draft).slice(-2);
		expect(mcq!.question).toMatchObject({
			type: 'mcq',
			answer: '2017',
			options: ['2015', '2017', '2019']
		});
		expect(short!.question).toMatchObject({
			prompt: 'Which rocket launched the Kestrel probe?',
			accept: ['Ariane']
		});
	});

	it('gives short-answer questions a default prompt quoting the sentence with its gap', () => {
		const draft = fresh();
		const outcome = addFromSelection(draft, ...find(comet.body, 'French Guiana'), 'short_answer');
		expect(outcome.ok).toBe(true);
		const q = draft.additions[0]!.question;
		expect(q.prompt).toContain(sentence.replace('French Guiana', gap));
		expect(q.prompt).not.toContain('French Guiana');
	});

	it.each([
		[
			'an empty selection',
			(b: string) => [find(b, 'Ariane')[0], find(b, 'Ariane')[0]],
			'cloze',
			/Nothing is selected/
		],
		[
			'blank space',
			(b: string) => [b.indexOf('\n\n'), b.indexOf('\n\n') + 2],
			'cloze',
			/only blank space/
		],
		[
			'two sentences',
			(b: string) => [find(b, 'in November')[0], find(b, 'It drilled')[1]],
			'cloze',
			/runs across 2 sentences/
		],
		[
			'two paragraphs',
			(b: string) => [find(b, 'seven years')[0], find(b, 'The Kestrel probe was')[1]],
			'cloze',
			/runs across \d+ sentences/
		],
		[
			'the headline',
			(b: string) => find(b, 'Comet Probe Finds Water Ice'),
			'cloze',
			/headline or heading/
		],
		['the byline', (b: string) => find(b, 'Hana Morel / The Lakeside Courier'), 'cloze', /byline/],
		['a whole sentence for a cloze', (b: string) => find(b, sentence), 'cloze', /whole sentence/],
		[
			'offsets outside the body',
			(b: string) => [b.length - 2, b.length + 5],
			'cloze',
			/not in the article/
		],
		['an mcq without options', (b: string) => find(b, '2017'), 'mcq', /Give the options/],
		[
			'an mcq whose options lack the answer',
			(b: string) => find(b, '2017'),
			'mcq-bad',
			/The answer must be one of the options/
		]
	] as const)('refuses %s with a clear message', (_, range, type, message) => {
		const draft = fresh();
		const [start, end] = range(comet.body) as [number, number];
		const outcome =
			type === 'mcq-bad'
				? addFromSelection(draft, start, end, 'mcq', { options: ['2015', '2019'] })
				: addFromSelection(draft, start, end, type);
		expect(outcome.ok).toBe(false);
		expect(!outcome.ok && outcome.message).toMatch(message);
		expect(draft.additions).toEqual([]);
	});

	it('edits and removes an added question', () => {
		const draft = fresh();
		const outcome = addFromSelection(draft, ...find(comet.body, 'Ariane 5'), 'cloze');
		const id = outcome.ok ? outcome.id : '';
		expect(edit(draft, id, { accept: ['Ariane'] })).toEqual({ ok: true });
		expect(edit(draft, id, { prompt: 'no gap' }).ok).toBe(false);
		expect(draft.additions[0]!.question.accept).toEqual(['Ariane']);
		expect(reject(draft, id).ok).toBe(false);
		expect(setNote(draft, id, 'from the launch paragraph')).toEqual({ ok: true });
		expect(toReview(draft).additions?.[0]?.note).toBe('from the launch paragraph');
		expect(removeAddition(draft, id)).toEqual({ ok: true });
		expect(draft.additions).toEqual([]);
		expect(toReview(draft)).toEqual({ version: 1, decisions: {} });
		expect(removeAddition(draft, id).ok).toBe(false);
	});
});

describe('toReview and loadReview', () => {
	it('makes a review the schema accepts, decisions sorted by id', () => {
		const draft = fresh();
		const ids = draft.raw.map((q) => q.id);
		reject(draft, ids[3]!);
		reject(draft, ids[0]!);
		edit(draft, ids[1]!, { explanation: 'Edited.' });
		addFromSelection(draft, ...find(comet.body, 'French Guiana'), 'cloze');
		const review = toReview(draft);
		expect(Review.parse(review)).toEqual(review);
		expect(Object.keys(review.decisions)).toEqual([ids[0]!, ids[1]!, ids[3]!].sort());
		expect(review.additions).toHaveLength(1);
	});

	it('loading a draft’s review into a fresh draft gives the same review', () => {
		const draft = fresh();
		reject(draft, draft.raw[2]!.id, 'unclear');
		edit(draft, firstOf(draft, 'cloze').id, { accept: ['x-ray'] });
		addFromSelection(draft, ...find(comet.body, 'Ariane 5'), 'cloze');
		setNote(draft, firstOf(draft, 'cloze').id, 'accept the short form');
		const again = fresh();
		expect(loadReview(again, toReview(draft))).toEqual([]);
		expect(toReview(again)).toEqual(toReview(draft));
	});

	it('reads the committed seed review back to the same review', () => {
		const review = Review.parse(
			JSON.parse(readFileSync('questions/reviews/kishida-biden-summit.json', 'utf8'))
		);
		const draft = createDraft(seed, seedResult);
		expect(loadReview(draft, review)).toEqual([]);
		expect(toReview(draft)).toEqual(review);
		const rejects = Object.values(review.decisions).filter((d) => d.action === 'reject').length;
		expect(draft.rejected).toHaveLength(rejects);
		expect(rejects).toBeGreaterThan(0);
	});

	it('reports decisions it cannot take over', () => {
		const draft = fresh();
		const mcq = firstOf(draft, 'mcq');
		const problems = loadReview(draft, {
			version: 1,
			decisions: {
				'q-gone-away': { action: 'reject' },
				[mcq.id]: { action: 'edit', answer: 'Nobody' }
			}
		});
		expect(problems).toEqual([
			'q-gone-away: the generator no longer writes this question',
			`${mcq.id}: The answer must be one of the options.`
		]);
		expect(toReview(draft).decisions).toEqual({});
	});

	it('reports additions it cannot take over', () => {
		const source = fresh();
		addFromSelection(source, ...find(comet.body, 'Ariane 5'), 'cloze');
		const [addition] = toReview(source).additions!;
		const clash = { ...addition!, question: { ...addition!.question, id: source.raw[0]!.id } };
		const draft = fresh();
		expect(
			loadReview(draft, { version: 1, decisions: {}, additions: [addition!, clash, addition!] })
		).toEqual([
			`${source.raw[0]!.id}: its id or its fact's id is already taken`,
			`${addition!.question.id}: its id or its fact's id is already taken`
		]);
		expect(draft.additions).toEqual([addition]);
	});
});

describe('buildBank', () => {
	for (const [name, article, result, words] of [
		['the comet fixture', comet, cometResult, 'French Guiana'],
		['the seed article', seed, seedResult, 'two hours']
	] as const) {
		it(`gives exactly what generateBank gives with the draft's review (${name})`, async () => {
			const draft = createDraft(article, result);
			const rejected = draft.raw[0]!.id;
			const edited = draft.raw.find((q) => q.type === 'short_answer')!;
			reject(draft, rejected);
			edit(draft, edited.id, { accept: ['another accepted answer'] });
			const added = addFromSelection(draft, ...find(article.body, words), 'cloze');
			expect(added.ok).toBe(true);
			const outcome = await buildBank(draft);
			expect(outcome.ok).toBe(true);
			if (!outcome.ok || !added.ok) return;
			expect(outcome.result).toEqual(generateBank(article, { review: toReview(draft) }));
			expect(outcome.review).toEqual(toReview(draft));
			const bank = outcome.result.bank;
			expect(bank.warnings).toEqual(result.bank.warnings);
			expect(bank.questions.map((q) => q.id)).not.toContain(rejected);
			expect(bank.questions.find((q) => q.id === edited.id)?.accept).toEqual([
				'another accepted answer'
			]);
			expect(bank.questions.at(-1)?.id).toBe(added.id);
			expect(bank.facts.map((f) => f.id)).toContain(draft.additions[0]!.fact.id);
			expect(bank.questions).toHaveLength(keptCount(draft));
		});
	}

	it('refuses a bank with no question kept', async () => {
		const draft = fresh();
		for (const q of draft.raw) reject(draft, q.id);
		expect(await buildBank(draft)).toEqual({
			ok: false,
			message: 'Every question is rejected. Keep or add at least one question to make a bank.'
		});
		addFromSelection(draft, ...find(comet.body, 'French Guiana'), 'cloze');
		const outcome = await buildBank(draft);
		expect(outcome.ok && outcome.result.bank.questions.map((q) => q.type)).toEqual(['cloze']);
	});
});
