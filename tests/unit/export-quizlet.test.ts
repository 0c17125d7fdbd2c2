import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { itemsFromBank, toQuizlet } from '../../src/lib/export';
import { Bank, type Question } from '../../src/lib/schema';
import { exportsByType } from '../../src/lib/question-types/exports';
import { typeExamples } from './question-type-examples';

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const { body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);

/** Quizlet's default import: cards split on new lines, term and definition on a tab. */
function parseQuizlet(text: string): [string, string][] {
	return text
		.split('\n')
		.filter((line) => line !== '')
		.map((line) => {
			const fields = line.split('\t');
			expect(fields).toHaveLength(2);
			return fields as [string, string];
		});
}

describe('Quizlet export', () => {
	const file = toQuizlet(bank.title, itemsFromBank(bank, body));
	const cards = parseQuizlet(file.text);

	it('writes cards answerable from the term alone: options in the term, a card per matching pair', () => {
		expect(file.fileName).toBe('kishida-biden-agree-to-strengthen-deterrence-response-quizlet.txt');
		const byTerm = new Map(cards);
		for (const question of bank.questions) {
			switch (question.type) {
				case 'mcq':
				case 'cloze': {
					const options = question.options ?? [];
					const term = [question.prompt, ...options.map((o, k) => `(${'ABCDEF'[k]}) ${o}`)].join(
						' '
					);
					if (byTerm.has(term)) expect(byTerm.get(term)).toBe(question.answer);
					for (const option of options) expect(term).toContain(option);
					break;
				}
				case 'matching':
					for (const pair of question.pairs)
						expect(byTerm.get(`${question.prompt} — ${pair.left}`)).toBe(pair.right);
					break;
				case 'ordering':
					expect(cards.some(([term]) => term.startsWith(question.prompt))).toBe(false);
					break;
				default:
					expect(
						byTerm.get(
							question.type === 'true_false' ? `True or false? ${question.prompt}` : question.prompt
						)
					).toBe(question.answer);
			}
		}
		expect(cards.some(([term]) => term.includes('_____') && term.includes(' (A) '))).toBe(true);
	});

	it('never writes the same term twice', () => {
		const terms = cards.map(([term]) => term.toLowerCase());
		expect(new Set(terms).size).toBe(terms.length);
		const mcqs = bank.questions.filter((q) => q.type === 'mcq');
		const twice = itemsFromBank({ ...bank, questions: [...mcqs, ...mcqs] }, body);
		const again = toQuizlet('T', twice);
		expect(parseQuizlet(again.text)).toHaveLength(mcqs.length);
		expect(again.notice).toBe(`${mcqs.length} repeated cards written once.`);
	});

	it('counts the ordering questions it leaves out, for the page to say', () => {
		expect(file.notice).toBeUndefined();
		const ordering = typeExamples.find(([type]) => type === 'ordering')![1].question;
		const items = [
			...itemsFromBank(bank, body),
			...[1, 2].map((n) => ({
				question: { ...ordering, id: `q-order-${n}` },
				quote: 'q',
				bankId: 'b'
			}))
		];
		const withOrdering = toQuizlet('T', items);
		expect(parseQuizlet(withOrdering.text)).toEqual(cards);
		expect(withOrdering.notice).toBe(
			'2 questions left out (Ordering): a term and its definition cannot ask it.'
		);
	});

	it('never lets a tab or line break inside a field split a card', () => {
		const text = fc
			.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r', 'é'), maxLength: 12 })
			.filter((s) => s.trim().length > 0);
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.tuple(text, text), {
					minLength: 1,
					maxLength: 5,
					selector: ([term]) => term.replace(/\s+/g, ' ').trim().toLowerCase()
				}),
				(cards) => {
					const items = cards.map(([prompt, answer], i) => ({
						question: {
							...(bank.questions[3] as Question),
							type: 'short_answer' as const,
							id: `q-${i}xx`,
							prompt,
							answer
						},
						quote: 'q',
						bankId: 'b'
					}));
					const parsed = parseQuizlet(toQuizlet('T', items).text);
					expect(parsed).toHaveLength(cards.length);
					for (const [k, [term, definition]] of parsed.entries()) {
						const [prompt, answer] = cards[k] as [string, string];
						const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
						expect(squash(term)).toBe(squash(prompt));
						expect(squash(definition)).toBe(squash(answer));
						expect(term + definition).not.toMatch(/[\t\r\n]/);
					}
				}
			)
		);
	});
});

describe.each(typeExamples)('Quizlet export of a %s question', (type, { question }) => {
	it('is cards whose terms hold the prompt, or none (counted) without Quizlet lines', () => {
		const file = toQuizlet('T', [{ question, quote: 'A quote.', bankId: 'b' }]);
		const cards = parseQuizlet(file.text);
		if (!exportsByType.get(type)?.quizlet) {
			expect(file.notice).toMatch(/^1 question left out/);
			return expect(cards).toEqual([]);
		}
		expect(cards.length).toBeGreaterThan(0);
		for (const [term, definition] of cards) {
			expect(term).toContain(question.prompt);
			expect(definition).not.toBe('');
		}
	});
});
