import { describe, expect, it } from 'vitest';
import { takenBankIds, takenMeanwhile } from '../../src/lib/authoring/bank-ids';
import { gapAnswerProblem, unchanged } from '../../src/lib/authoring/draft-check';
import { findAnswer } from '../../src/lib/authoring/draft-selection';
import type { Question } from '../../src/lib/schema/question';

const body = 'Kofi Mensah scored twice. Mensah, 24, signed in May.';

describe('the answer of a question added by hand', () => {
	it('is the selection while it still says the typed answer', () => {
		const second = { start: 26, end: 32 };
		expect(findAnswer(body, ' Mensah ', second)).toEqual(second);
	});

	it('is the first place the article says the typed words, exactly before in any case', () => {
		expect(findAnswer(body, 'Mensah', { start: 0, end: 4 })).toEqual({ start: 5, end: 11 });
		expect(findAnswer(body, 'SIGNED in may')).toEqual({ start: 38, end: 51 });
	});

	it('is nowhere when the article does not say it, or nothing was typed', () => {
		expect(findAnswer(body, 'three goals')).toBeUndefined();
		expect(findAnswer(body, '   ')).toBeUndefined();
	});
});

const cloze = {
	id: 'q-1-cloze',
	type: 'cloze',
	prompt: '_____ scored twice.',
	answer: 'Kofi Mensah',
	accept: [],
	explanation: 'The article says so.',
	factId: 'f-1',
	source: { start: 0, end: 25 }
} as Question;

describe('an edit of a question', () => {
	it('changes nothing when every field is as it was', () => {
		expect(unchanged(cloze, { ...cloze })).toBe(true);
		expect(unchanged(cloze, { ...cloze, accept: ['Mensah'] })).toBe(false);
		expect(unchanged(cloze, { ...cloze, explanation: 'Checked.' })).toBe(false);
	});

	it('keeps a gap-fill answer to words of its sentence, in any case or spacing', () => {
		const quote = body.slice(0, 25);
		expect(gapAnswerProblem(cloze, quote, 'kofi   MENSAH')).toBeUndefined();
		expect(gapAnswerProblem(cloze, quote, 'Mensah, 24')).toContain(
			'“Mensah, 24” is not in the sentence this gap-fill comes from'
		);
		const short = { ...cloze, type: 'short_answer', prompt: 'Who scored?' } as Question;
		expect(gapAnswerProblem(short, quote, 'Mensah, 24')).toBeUndefined();
	});
});

describe('a new bank id', () => {
	it('may not be a built-in bank or another local bank, but may be the bank being edited', () => {
		const taken = takenBankIds(['summit'], [{ id: 'cup' }, { id: 'mine' }], 'mine');
		expect([...taken].sort()).toEqual(['cup', 'summit']);
	});

	it('is refused when a bank took it meanwhile, saying which', () => {
		expect(takenMeanwhile('cup', new Set(['cup']))).toContain('a bank “cup” was saved');
		expect(takenMeanwhile('cup', new Set(['summit']))).toBeUndefined();
	});
});
