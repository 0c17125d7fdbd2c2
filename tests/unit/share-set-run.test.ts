import { describe, expect, it } from 'vitest';
import type { RunnerAnswer, RunnerItem } from '../../src/lib/share/attempt';
import { SetRun, type SetRunSource } from '../../src/lib/share/set-run.svelte';
import type { StudyQuestion } from '../../src/lib/study/types';
import { shortAnswer } from './study-fixtures';

const mcq = (n: number): StudyQuestion => ({
	...shortAnswer(n),
	id: `mcq-${n}`,
	type: 'mcq',
	options: ['Tokyo', 'Osaka', 'Kyoto', 'Nagoya', 'Sapporo'],
	answer: 'Kyoto'
});

const items: RunnerItem[] = [shortAnswer(1), shortAnswer(2), mcq(3)].map((question) => ({
	bankId: 'summit',
	question
}));

function setRun(
	source: Partial<SetRunSource> = {},
	answers: RunnerAnswer[] = [],
	save: (answer: RunnerAnswer, all: RunnerAnswer[]) => Promise<void> | void = () => {}
) {
	let time = 0;
	const saved: RunnerAnswer[][] = [];
	const run = new SetRun(
		() => ({ items, mode: 'quiz', feedback: 'immediate', ...source }),
		answers,
		{
			save: async (answer, all) => {
				await save(answer, all);
				saved.push(all);
			},
			clock: () => (time += 1500)
		}
	);
	return { run, saved };
}

describe('set run', () => {
	it('grades and saves a quiz answer, then moves on until the last question', async () => {
		const { run, saved } = setRun();
		expect(await run.answer('Answer 1')).toBe(true);
		expect(run.current).toEqual({
			questionId: 'q-1',
			response: 'Answer 1',
			correct: true,
			ms: 1500
		});
		expect(saved).toEqual([[run.current]]);
		expect(run.announcement).toBe('Correct.');
		expect(await run.answer('Answer 2')).toBe(false);
		expect(run.next()).toBe(true);
		expect(run.announcement).toBe('Question 2 of 3');
		expect(await run.answer('no idea')).toBe(true);
		expect(run.announcement).toBe('Not quite. The answer is Answer 2.');
		expect(run.next()).toBe(true);
		expect(run.isLast).toBe(true);
		await run.answer('Kyoto');
		expect(run.next()).toBe(false);
		expect(run.given.map((a) => a.correct)).toEqual([true, false, true]);
	});

	it('does not tell a quiz with feedback at the end whether an answer was right', async () => {
		const { run } = setRun({ feedback: 'end' });
		await run.answer('no idea');
		expect(run.announcement).toBe('Answer saved.');
	});

	it('tells self-graded flashcards the answer, and turns each new card face down', async () => {
		const { run } = setRun({ mode: 'flashcards', feedback: 'end' });
		run.flip();
		expect(await run.record('Did not know', false)).toBe(true);
		expect(run.announcement).toBe('Not quite. The answer is Answer 1.');
		run.next();
		expect(run.flipped).toBe(false);
	});

	it('does not count an answer that could not be saved, and takes it again', async () => {
		let fail = true;
		const { run } = setRun({}, [], () => {
			if (fail) throw new Error('quota exceeded');
		});
		expect(await run.answer('Answer 1')).toBe(false);
		expect(run.current).toBeUndefined();
		expect(run.saveError).toBe(
			'Your answer could not be saved, so it was not counted: quota exceeded'
		);
		fail = false;
		expect(await run.answer('Answer 1')).toBe(true);
		expect(run.saveError).toBe('');
		expect(run.current?.correct).toBe(true);
	});

	it('resumes after the last answer given, and stays on the last question when all are', () => {
		const given = [{ questionId: 'q-1', response: 'x', correct: false, ms: 1 }];
		expect(setRun({}, given).run.index).toBe(1);
		const all = items.map((i) => ({
			questionId: i.question.id,
			response: 'x',
			correct: true,
			ms: 1
		}));
		const { run } = setRun({}, all);
		expect(run.index).toBe(2);
		expect(run.current).toEqual(all[2]);
	});

	it('shows a question its options in the same order every time it is opened', () => {
		const given = items
			.slice(0, 2)
			.map((i) => ({ questionId: i.question.id, response: 'x', correct: true, ms: 1 }));
		const first = setRun({}, given).run.options;
		expect([...first].sort()).toEqual(['Kyoto', 'Nagoya', 'Osaka', 'Sapporo', 'Tokyo']);
		expect(setRun({}, given).run.options).toEqual(first);
	});
});
