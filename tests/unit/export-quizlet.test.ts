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
	it('writes one card per seed question: the prompt, then the answer', () => {
		const file = toQuizlet(bank.title, itemsFromBank(bank, body));
		expect(file.fileName).toBe('kishida-biden-agree-to-strengthen-deterrence-response-quizlet.txt');
		const cards = parseQuizlet(file.text);
		expect(cards).toHaveLength(bank.questions.length);
		for (const [i, [term, definition]] of cards.entries()) {
			const question = bank.questions[i] as Question;
			expect(term).toBe(question.prompt);
			if (question.type === 'matching') {
				expect(definition).toBe(question.pairs.map((p) => `${p.left} → ${p.right}`).join('; '));
			} else if (question.type === 'ordering') {
				expect(definition).toBe(question.items.map((item, k) => `${k + 1}. ${item}`).join('; '));
			} else {
				expect(definition).toBe(question.answer);
			}
		}
		expect(cards.some(([term]) => term.includes('_____'))).toBe(true);
	});

	it('never lets a tab or line break inside a field split a card', () => {
		const text = fc
			.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\r', 'é'), maxLength: 12 })
			.filter((s) => s.trim().length > 0);
		fc.assert(
			fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (cards) => {
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
			})
		);
	});
});

describe.each(typeExamples)('Quizlet export of a %s question', (type, { question }) => {
	it('is one card, the prompt then a definition, or none without Quizlet lines', () => {
		const cards = parseQuizlet(toQuizlet('T', [{ question, quote: 'A quote.', bankId: 'b' }]).text);
		if (!exportsByType.get(type)?.quizlet) return expect(cards).toEqual([]);
		expect(cards).toHaveLength(1);
		expect(cards[0]?.[0]).toBe(question.prompt);
		expect(cards[0]?.[1]).not.toBe('');
	});
});
