import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { itemsFromBank, toGift, type ExportItem } from '../../src/lib/export';
import { Bank, gap, type Question } from '../../src/lib/schema';
import { exportsByType } from '../../src/lib/question-types/exports';
import { typeExamples } from './question-type-examples';

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const { body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);

interface GiftQuestion {
	name: string;
	/** The question text, with "_____" where a missing-word answer block stood. */
	text: string;
	type: 'multichoice' | 'truefalse' | 'shortanswer' | 'match';
	answers: { text: string; right: boolean }[];
	pairs: { left: string; right: string }[];
	feedback: string;
	comments: string[];
}

type Token = { c: string; escaped: boolean };
const escapes: Record<string, string> = {
	'~': '~',
	'=': '=',
	'#': '#',
	'{': '{',
	'}': '}',
	':': ':',
	'\\': '\\',
	n: '\n'
};

/** Characters with GIFT's backslash escapes resolved, each marked when it was escaped. */
function lex(source: string): Token[] {
	const tokens: Token[] = [];
	for (let i = 0; i < source.length; i++) {
		const c = source[i] as string;
		const next = source[i + 1];
		if (c === '\\' && next !== undefined && next in escapes) {
			tokens.push({ c: escapes[next] as string, escaped: true });
			i++;
		} else {
			tokens.push({ c, escaped: false });
		}
	}
	return tokens;
}

const textOf = (tokens: Token[]) => tokens.map((t) => t.c).join('');
const at = (tokens: Token[], i: number, s: string) =>
	[...s].every((c, k) => tokens[i + k]?.c === c && !tokens[i + k]?.escaped);
const find = (tokens: Token[], s: string, from = 0) => {
	for (let i = from; i < tokens.length; i++) if (at(tokens, i, s)) return i;
	return -1;
};
function split(tokens: Token[], markers: string): { marker: string; tokens: Token[] }[] {
	const parts: { marker: string; tokens: Token[] }[] = [];
	for (const t of tokens) {
		if (!t.escaped && markers.includes(t.c)) parts.push({ marker: t.c, tokens: [] });
		else parts.at(-1)?.tokens.push(t);
	}
	return parts;
}
// Moodle's answer weight, e.g. "%50%", read off the start of an answer.
/** GIFT requires its special characters escaped wherever they are text rather than markup. */
function plain(tokens: Token[]): string {
	const bare = tokens.find((t) => !t.escaped && '~=#{}:'.includes(t.c));
	if (bare) throw new Error(`unescaped "${bare.c}" in "${textOf(tokens)}"`);
	return textOf(tokens);
}
const unweighted = (s: string) => s.replace(/^%-*\d{1,2}\.?\d*%/, '');

/** A reader for Moodle's GIFT format, written from its documentation. */
function parseGift(text: string): { category?: string; questions: GiftQuestion[] } {
	let category: string | undefined;
	const questions: GiftQuestion[] = [];
	for (const block of text.split(/\n[ \t]*\n/)) {
		const lines = block.split('\n');
		const comments = lines.filter((l) => l.trim().startsWith('//'));
		const source = lines
			.filter((l) => !l.trim().startsWith('//'))
			.join('\n')
			.trim();
		if (!source) continue;
		if (source.startsWith('$CATEGORY:')) {
			category = source.slice('$CATEGORY:'.length).trim();
			continue;
		}
		let tokens = lex(source);
		let name = '';
		if (at(tokens, 0, '::')) {
			const end = find(tokens, '::', 2);
			name = textOf(tokens.slice(2, end));
			tokens = tokens.slice(end + 2);
		}
		const open = find(tokens, '{');
		const close = find(tokens, '}');
		if (open < 0 || close < open) throw new Error(`no answer block in ${source}`);
		const before = plain(tokens.slice(0, open));
		const after = plain(tokens.slice(close + 1));
		const questionText = after.trim() ? before + '_____' + after : before.trim();
		let inside = tokens.slice(open + 1, close);
		let feedback = '';
		for (let i = inside.length - 4; i >= 0; i--) {
			if (at(inside, i, '####')) {
				feedback = plain(inside.slice(i + 4)).trim();
				inside = inside.slice(0, i);
				break;
			}
		}
		const answerText = textOf(inside).trim();
		const has = (c: string) => inside.some((t) => t.c === c && !t.escaped);
		const base = { name, text: questionText, feedback, comments, answers: [], pairs: [] };
		if (has('~')) {
			const answers = split(inside, '=~').map((p) => ({
				text: p.marker === '=' ? plain(p.tokens).trim() : unweighted(plain(p.tokens).trim()),
				right: p.marker === '='
			}));
			questions.push({ ...base, type: 'multichoice', answers });
		} else if (has('=') && find(inside, '->') >= 0) {
			const pairs = split(inside, '=').map((p) => {
				const arrow = find(p.tokens, '->');
				return {
					left: plain(p.tokens.slice(0, arrow)).trim(),
					right: plain(p.tokens.slice(arrow + 2)).trim()
				};
			});
			questions.push({ ...base, type: 'match', pairs });
		} else if (['T', 'TRUE', 'F', 'FALSE'].includes(answerText)) {
			const answers = [{ text: answerText.startsWith('T') ? 'True' : 'False', right: true }];
			questions.push({ ...base, type: 'truefalse', answers });
		} else {
			const answers = split(inside, '=').map((p) => ({
				text: unweighted(plain(p.tokens).trim()),
				right: true
			}));
			questions.push({ ...base, type: 'shortanswer', answers });
		}
	}
	return { category, questions };
}

const common = {
	accept: [],
	explanation: 'Because.',
	factId: 'f-1',
	source: { start: 0, end: 1 }
};
const item = (question: Question): ExportItem => ({ question, quote: 'A quote.', bankId: 'b' });
const only = (question: Question) => {
	const parsed = parseGift(toGift('T', [item(question)]).text).questions;
	expect(parsed).toHaveLength(1);
	return parsed[0] as GiftQuestion;
};

describe('GIFT export', () => {
	const items = itemsFromBank(bank, body);
	const file = toGift(bank.title, items);
	const parsed = parseGift(file.text);

	it('writes every seed question once, named by its id, in a category', () => {
		expect(parsed.category).toBe('factdeck/kishida-biden-agree-to-strengthen-deterrence-response');
		expect(parsed.questions.map((q) => q.name)).toEqual(bank.questions.map((q) => q.id));
		expect(file.text).toMatch(/}\n\n\/\/ Source: /);
	});

	it('recognises each question type and keeps text, answers and feedback', () => {
		const expected = {
			mcq: 'multichoice',
			true_false: 'truefalse',
			short_answer: 'shortanswer',
			matching: 'match',
			ordering: 'match'
		} as const;
		for (const [i, question] of bank.questions.entries()) {
			const gift = parsed.questions[i] as GiftQuestion;
			expect(gift.comments).toEqual([`// Source: ${items[i]?.quote}`]);
			expect(gift.text).toBe(question.prompt);
			expect(gift.feedback).toBe(question.explanation);
			if (question.type === 'cloze') {
				expect(gift.type).toBe(question.options ? 'multichoice' : 'shortanswer');
			} else {
				expect(gift.type).toBe(expected[question.type]);
			}
			switch (question.type) {
				case 'mcq':
					expect(gift.answers.filter((a) => a.right).map((a) => a.text)).toEqual([question.answer]);
					expect(gift.answers.map((a) => a.text)).toEqual(question.options);
					break;
				case 'true_false':
					expect(gift.answers[0]?.text).toBe(question.answer);
					break;
				case 'short_answer':
					expect(gift.answers.map((a) => a.text)).toEqual([question.answer, ...question.accept]);
					break;
				case 'matching':
					expect(gift.pairs).toEqual(question.pairs);
					break;
				case 'ordering':
					expect(gift.pairs).toEqual(
						question.items.map((right, k) => ({ left: String(k + 1), right }))
					);
					break;
			}
		}
	});

	it('writes a cloze as a missing-word question, with options as multiple choice', () => {
		const withOptions = only({
			...common,
			id: 'q-cloze-mc',
			type: 'cloze',
			prompt: `Kishida met Biden on ${gap}.`,
			answer: 'Friday',
			options: ['Monday', 'Friday']
		});
		expect(withOptions).toMatchObject({
			type: 'multichoice',
			text: `Kishida met Biden on ${gap}.`
		});
		expect(withOptions.answers).toEqual([
			{ text: 'Monday', right: false },
			{ text: 'Friday', right: true }
		]);
		const typed = only({
			...common,
			id: 'q-cloze-sa',
			type: 'cloze',
			prompt: `${gap} met Biden.`,
			answer: 'Kishida',
			accept: ['Fumio Kishida']
		});
		expect(typed).toMatchObject({ type: 'shortanswer', text: `${gap} met Biden.` });
		expect(typed.answers.map((a) => a.text)).toEqual(['Kishida', 'Fumio Kishida']);
	});

	it('keeps "->" in a typed answer from turning it into a matching question', () => {
		const q = only({
			...common,
			id: 'q-arrow',
			type: 'short_answer',
			prompt: 'Which way?',
			answer: 'a->b'
		});
		expect(q.type).toBe('shortanswer');
		expect(q.answers[0]?.text).toBe('a→b');
	});

	// Text a GIFT file must escape, plus "%" and digits for Moodle's answer weights.
	const hostile = fc.oneof(
		fc.constantFrom('%50%half', '%100%', '%5', '== ~~', '\\n', '{#}', '::x::', 'a\\'),
		fc
			.string({
				unit: fc.constantFrom(
					'~',
					'=',
					'#',
					'{',
					'}',
					':',
					'\\',
					'n',
					'%',
					'5',
					'a',
					' ',
					'\n',
					'/',
					'-'
				),
				minLength: 1,
				maxLength: 20
			})
			.map((s) => s.trim())
			.filter((s) => s.length > 0)
	);

	it('round-trips GIFT special characters in prompts, answers and feedback', () => {
		fc.assert(
			fc.property(
				hostile,
				fc.uniqueArray(hostile, { minLength: 2, maxLength: 4 }),
				hostile,
				hostile,
				(prompt, options, explanation, tail) => {
					const answer = options[0] as string;
					const mcq = only({
						...common,
						id: 'q-mcq',
						type: 'mcq',
						prompt,
						answer,
						options,
						explanation
					});
					expect(mcq.text).toBe(prompt);
					expect(mcq.feedback).toBe(explanation);
					expect(mcq.answers).toEqual(options.map((text) => ({ text, right: text === answer })));

					const short = only({
						...common,
						id: 'q-short',
						type: 'short_answer',
						prompt,
						answer,
						accept: options.slice(1),
						explanation
					});
					expect(short).toMatchObject({ type: 'shortanswer', text: prompt, feedback: explanation });
					expect(short.answers.map((a) => a.text)).toEqual(options);

					const clozePrompt = `${prompt} ${gap} ${tail}.`;
					const cloze = only({
						...common,
						id: 'q-cloze',
						type: 'cloze',
						prompt: clozePrompt,
						answer,
						options,
						explanation
					});
					expect(cloze).toMatchObject({ type: 'multichoice', text: clozePrompt });

					const tf = only({
						...common,
						id: 'q-tf',
						type: 'true_false',
						prompt,
						answer: 'False',
						options: ['True', 'False'],
						explanation
					});
					expect(tf).toMatchObject({
						type: 'truefalse',
						text: prompt,
						answers: [{ text: 'False' }]
					});
				}
			)
		);
	});

	it('round-trips matching pairs with special characters', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.tuple(hostile, hostile), {
					minLength: 2,
					maxLength: 5,
					selector: (p) => p[0]
				}),
				(tuples) => {
					const pairs = tuples.map(([left, right]) => ({ left, right }));
					const q = only({
						...common,
						id: 'q-match',
						type: 'matching',
						prompt: 'Match.',
						answer: 'Pairs.',
						pairs
					});
					expect(q.type).toBe('match');
					expect(q.pairs).toEqual(pairs);
				}
			)
		);
	});
});

describe.each(typeExamples)('GIFT export of a %s question', (type, { question }) => {
	it('is one named question with its feedback, or left out when the type has no GIFT lines', () => {
		const parsed = parseGift(toGift('T', [item(question)]).text).questions;
		if (!exportsByType.get(type)?.gift) return expect(parsed).toEqual([]);
		expect(parsed).toHaveLength(1);
		expect(parsed[0]?.name).toBe(question.id);
		expect(parsed[0]?.feedback).toBe(question.explanation);
		expect(parsed[0]!.answers.length + parsed[0]!.pairs.length).toBeGreaterThan(0);
	});
});
