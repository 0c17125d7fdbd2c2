import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { parse as giftPegjs } from 'gift-pegjs';
import { itemsFromBank, questionNames, toGift, type ExportItem } from '../../src/lib/export';
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
/** GIFT requires its special characters escaped wherever they are text rather than markup. */
function plain(tokens: Token[]): string {
	const bare = tokens.find((t) => !t.escaped && '~=#{}:'.includes(t.c));
	if (bare) throw new Error(`unescaped "${bare.c}" in "${textOf(tokens)}"`);
	return textOf(tokens);
}
// Moodle's answer weight, e.g. "%50%", read off the start of an answer.
const unweighted = (s: string) => s.replace(/^%-*\d{1,2}\.?\d*%/, '');

/** HTML as a browser shows it, for the entities and line breaks an exporter writes. */
const shown = (html: string) =>
	html
		.replace(/<br>/g, '\n')
		.replace(/&(lt|gt|quot|apos|amp|#\d+);/g, (_, e: string) =>
			e.startsWith('#')
				? String.fromCharCode(Number(e.slice(1)))
				: ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e]!
		);

/**
 * Moodle's parse_text_with_format: a leading "[html]", "[moodle]", "[plain]" or "[markdown]" is
 * the format and is dropped; then the text is trimmed. Returned as shown to a student.
 */
function formatted(text: string, fallback: string): { format: string; text: string } {
	let format = fallback;
	let rest = text.trim();
	const marker = /^\[(html|moodle|plain|markdown)\]/.exec(rest);
	if (marker) {
		format = marker[1]!;
		rest = rest.slice(marker[0].length);
	}
	rest = rest.trim();
	return { format, text: format === 'html' ? shown(rest) : rest };
}

/** A typed answer as Moodle's short-answer grading compares it: marker dropped, "\*" a star. */
const typed = (text: string) =>
	formatted(unweighted(text.trim()), 'plain').text.replace(/\\\*/g, '*');

/**
 * A reader for Moodle's GIFT format following its importer (question/format/gift/format.php):
 * escapes, format markers, general feedback, and how it tells the question types apart.
 */
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
		const stem = formatted(after.trim() ? before + '_____' + after : before.trim(), 'moodle');
		let inside = tokens.slice(open + 1, close);
		let feedback = '';
		for (let i = inside.length - 4; i >= 0; i--) {
			if (at(inside, i, '####')) {
				feedback = formatted(plain(inside.slice(i + 4)), stem.format).text;
				inside = inside.slice(0, i);
				break;
			}
		}
		const answerText = textOf(inside).trim();
		const has = (c: string) => inside.some((t) => t.c === c && !t.escaped);
		const base = { name, text: stem.text, feedback, comments, answers: [], pairs: [] };
		if (stem.format !== 'html') throw new Error(`question text not marked [html]: ${source}`);
		if (has('~')) {
			const answers = split(inside, '=~').map((p) => ({
				text: formatted(
					p.marker === '=' ? plain(p.tokens) : unweighted(plain(p.tokens).trim()),
					stem.format
				).text,
				right: p.marker === '='
			}));
			questions.push({ ...base, type: 'multichoice', answers });
		} else if (has('=') && find(inside, '->') >= 0) {
			const pairs = split(inside, '=').map((p) => {
				const arrow = find(p.tokens, '->');
				return {
					left: formatted(plain(p.tokens.slice(0, arrow)), stem.format).text,
					right: plain(p.tokens.slice(arrow + 2)).trim()
				};
			});
			questions.push({ ...base, type: 'match', pairs });
		} else if (['T', 'TRUE', 'F', 'FALSE'].includes(answerText)) {
			const answers = [{ text: answerText.startsWith('T') ? 'True' : 'False', right: true }];
			questions.push({ ...base, type: 'truefalse', answers });
		} else {
			// explode('=') with an empty first piece dropped: a single answer needs no "=".
			const firstEquals = inside.findIndex((t) => t.c === '=' && !t.escaped);
			const head = firstEquals < 0 ? inside : inside.slice(0, firstEquals);
			const answers = [head, ...split(inside, '=').map((p) => p.tokens)]
				.filter((tokens, i) => i > 0 || textOf(tokens).trim() !== '')
				.map((tokens) => ({ text: typed(plain(tokens)), right: true }));
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

	it('writes every seed question once, named by its first words, uniquely, in a category', () => {
		expect(parsed.category).toBe('factdeck/kishida-biden-agree-to-strengthen-deterrence-response');
		const names = parsed.questions.map((q) => q.name);
		expect(names).toHaveLength(bank.questions.length);
		expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
		for (const [i, name] of names.entries()) {
			const words = name.replace(/( …)?( \(\d+\))?$/, '');
			expect(bank.questions[i]!.prompt.replace(/_____/g, '…')).toContain(words);
			expect(words.length).toBeGreaterThan(10);
			expect(name.length).toBeLessThanOrEqual(60);
		}
		expect(names).toContain('Kishida and Biden also agreed to work closely …');
		expect(file.text).toMatch(/}\n\n\/\/ Source: /);
	});

	it('reads the same with gift-pegjs, an independent GIFT parser', () => {
		const read = giftPegjs(file.text).filter((q) => q.type !== 'Category');
		expect(read).toHaveLength(bank.questions.length);
		const types = {
			mcq: 'MC',
			true_false: 'TF',
			short_answer: 'Short',
			matching: 'Matching',
			ordering: 'Matching'
		} as const;
		for (const [i, question] of bank.questions.entries()) {
			const gift = read[i]!;
			expect(gift.type).toBe(
				question.type === 'cloze' ? (question.options ? 'MC' : 'Short') : types[question.type]
			);
			if (gift.type === 'Description') continue;
			expect(gift.stem.format).toBe('html');
			// gift-pegjs sets the blank of an embedded answer between single spaces.
			const blank = (t: string) => t.replace(/\s*_____\s*/g, ' _____ ');
			expect(blank(shown(gift.stem.text))).toBe(blank(question.prompt));
			expect(shown(gift.globalFeedback?.text ?? '')).toBe(question.explanation);
		}
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

	it('keeps "->" in a typed answer literal without turning it into a matching question', () => {
		const q = only({
			...common,
			id: 'q-arrow',
			type: 'short_answer',
			prompt: 'Which way?',
			answer: 'a->b'
		});
		expect(q.type).toBe('shortanswer');
		expect(q.answers.map((a) => a.text)).toEqual(['a->b']);
		const read = giftPegjs(
			toGift('T', [
				item({
					...common,
					id: 'q-arrow',
					type: 'short_answer',
					prompt: 'Which way?',
					answer: 'a->b'
				})
			]).text
		);
		expect(read.at(-1)).toMatchObject({ type: 'Short', choices: [{ text: { text: 'a->b' } }] });
	});

	it('names the accepted answers it cannot write beside one with "->" in a comment', () => {
		const text = toGift('T', [
			item({
				...common,
				id: 'q-arrows',
				type: 'short_answer',
				prompt: 'Which way?',
				answer: 'a->b',
				accept: ['a to b']
			})
		]).text;
		const q = parseGift(text).questions[0]!;
		expect(q.answers.map((a) => a.text)).toEqual(['a->b']);
		expect(q.comments).toContain('// Also accepted in Factdeck, not expressible in GIFT: a to b');
		const other = parseGift(
			toGift('T', [
				item({
					...common,
					id: 'q-arrows',
					type: 'short_answer',
					prompt: 'Which way?',
					answer: 'a to b',
					accept: ['a->b', 'a → b']
				})
			]).text
		).questions[0]!;
		expect(other.answers.map((a) => a.text)).toEqual(['a to b', 'a → b']);
	});

	it('keeps text that looks like a format marker or HTML as written', () => {
		for (const marker of ['[html]', '[markdown]', '[plain]', '[moodle]', '[']) {
			const q = only({
				...common,
				id: 'q-marker',
				type: 'mcq',
				prompt: `${marker}<b>A & B</b>`,
				answer: `${marker}yes`,
				options: [`${marker}yes`, '<script>no</script>'],
				explanation: `${marker} &amp;`
			});
			expect(q.text).toBe(`${marker}<b>A & B</b>`);
			expect(q.answers.map((a) => a.text)).toEqual([`${marker}yes`, '<script>no</script>']);
			expect(q.feedback).toBe(`${marker} &amp;`);
		}
	});

	it('keeps a quote from setting a Moodle id number or tag', () => {
		const text = toGift('T', [
			{
				...item({
					...common,
					id: 'q-tf',
					type: 'true_false',
					prompt: 'Yes?',
					answer: 'True',
					options: ['True', 'False']
				}),
				quote: 'See [id:x] and [tag:y].'
			}
		]).text;
		expect(text).not.toMatch(/\[(id|tag):/);
	});

	// Text a GIFT file must escape, plus "%" and digits for Moodle's answer weights.
	const hostile = fc.oneof(
		fc.constantFrom(
			'%50%half',
			'%100%',
			'%5',
			'== ~~',
			'\\n',
			'{#}',
			'::x::',
			'a\\',
			'[html]x',
			'[markdown] y',
			'[plain]',
			'[moodle]z',
			'<script>alert(1)</script>',
			'A & B',
			'&amp;',
			'a->b',
			'"quoted" \'x\'',
			'T',
			'FALSE',
			'#5',
			'*wild*'
		),
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
					'\t',
					'/',
					'-',
					'>',
					'<',
					'&',
					'[',
					']',
					'*',
					'"',
					"'",
					'+',
					'@'
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
					// One answer holding "->" is written alone; see giftTypedAnswers.
					const arrow = (a: string) => a.includes('->');
					const kept = !options.some(arrow)
						? options
						: arrow(answer)
							? [answer]
							: options.filter((a) => !arrow(a));
					expect(short.answers.map((a) => a.text)).toEqual(kept);

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

	it('reads hostile multiple-choice text back the same with gift-pegjs', () => {
		fc.assert(
			fc.property(
				hostile,
				fc.uniqueArray(hostile, {
					minLength: 2,
					maxLength: 4,
					comparator: (a, b) => a.toLowerCase() === b.toLowerCase()
				}),
				hostile,
				(prompt, options, explanation) => {
					const answer = options[1] as string;
					const text = toGift('T', [
						item({ ...common, id: 'q-mcq', type: 'mcq', prompt, answer, options, explanation })
					]).text;
					const read = giftPegjs(text).at(-1);
					if (read?.type !== 'MC') throw new Error(`read as ${read?.type}`);
					expect(shown(read.stem.text)).toBe(prompt);
					expect(shown(read.globalFeedback?.text ?? '')).toBe(explanation);
					expect(read.choices.map((c) => [shown(c.text.text), c.isCorrect])).toEqual(
						options.map((o) => [o, o === answer])
					);
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
		expect(parsed[0]?.name).toBe(questionNames([question])[0]);
		expect(parsed[0]?.feedback).toBe(question.explanation);
		expect(parsed[0]!.answers.length + parsed[0]!.pairs.length).toBeGreaterThan(0);
	});
});
