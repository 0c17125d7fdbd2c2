import { describe, expect, it } from 'vitest';
import { teachBanks } from '../../src/lib/server/teach';
import { dueDistance, dueStatus, lateness, localDay } from '../../src/lib/share/due';
import { pickConflicts, setProblem, swapFor, type Pickable } from '../../src/lib/share/set-build';
import { SetBuilder } from '../../src/lib/share/set-builder.svelte';
import { setReading } from '../../src/lib/share/attempt';
import { SharedSet } from '../../src/lib/share/set-link';
import type { QuestionBase } from '../../src/lib/question-types/types';

function pick(
	key: string,
	fields: Partial<QuestionBase> & { type?: string; options?: string[] } = {}
): Pickable {
	return {
		key,
		bankId: 'b',
		question: {
			id: key,
			type: 'short_answer',
			prompt: `Prompt ${key}?`,
			answer: `answer ${key}`,
			accept: [],
			explanation: '',
			factId: `f-${key}`,
			source: { start: 0, end: 1 },
			...fields
		} as QuestionBase
	};
}

describe('the picker warns', () => {
	it('when two picked questions test one fact, offering to swap the later', () => {
		const a = pick('q1', { factId: 'f-met' });
		const b = pick('q2');
		const c = pick('q3', { factId: 'f-met' });
		expect(pickConflicts([a, b, c])).toEqual([
			{ kind: 'same-fact', first: 'q1', second: 'q3', swap: 'q3' }
		]);
		// The same fact id in another bank is another fact.
		expect(pickConflicts([a, { ...c, bankId: 'other' }])).toEqual([]);
	});

	it("when one prompt holds another's answer, whatever the case, accents or punctuation", () => {
		const where = pick('q6', { prompt: 'Where did the leaders meet?', answer: 'the White House' });
		const who = pick('q1', { prompt: 'Who met at the white-house on Friday?', answer: 'Kishida' });
		const when = pick('q2', { prompt: 'On which day did Kishída arrive?', answer: 'Friday' });
		expect(pickConflicts([who, where, when])).toEqual([
			{ kind: 'gives-away', first: 'q1', second: 'q6', swap: 'q6' },
			{ kind: 'gives-away', first: 'q1', second: 'q2', swap: 'q2' },
			{ kind: 'gives-away', first: 'q2', second: 'q1', swap: 'q1' }
		]);
	});

	it('not for a verdict, a short key, or a key inside a longer word', () => {
		const verdict = pick('q1', { type: 'true_false', answer: 'True', options: ['True', 'False'] });
		const short = pick('q2', { answer: 'US' });
		const part = pick('q3', { answer: 'Japan' });
		const holder = pick('q4', { prompt: 'Is it true that US and Japanese leaders met?' });
		expect(pickConflicts([verdict, short, part, holder])).toEqual([]);
	});

	it('and a swap takes the first question that conflicts with none of the rest', () => {
		const a = pick('q1', { factId: 'f-met' });
		const b = pick('q2', { factId: 'f-met' });
		const sameFact = pick('q3', { factId: 'f-met' });
		const givenAway = pick('q4', { answer: 'Prompt q1' });
		const fine = pick('q5');
		expect(swapFor('q2', [a, b], [a, b, sameFact, givenAway, fine])?.key).toBe('q5');
		expect(swapFor('q2', [a, b], [a, b, sameFact])).toBeUndefined();
	});
});

describe('the set builder', () => {
	const banks = teachBanks();
	function builder(now = '2026-03-02T09:30:00') {
		return new SetBuilder({
			builtIn: () => banks,
			readLocalBanks: () => Promise.resolve({ banks: [], problems: [] }),
			linkFor: (fragment) => `https://example.org/assignments#${fragment}`,
			keep: (shared, link) =>
				Promise.resolve({
					v: 2,
					shared,
					link,
					savedAt: shared.createdAt,
					series: shared.set.id,
					edition: 1
				}),
			qr: (link) => Promise.resolve(link),
			copy: () => Promise.resolve(),
			now: () => new Date(now),
			randomBytes: (n) => new Uint8Array(n)
		});
	}

	it('moves a picked question up and down, never past either end', async () => {
		const b = builder();
		await b.start();
		const [one, two, three] = b.candidates.map((c) => c.key);
		for (const k of [one!, two!, three!]) b.toggle(k, true);
		b.move(three!, -1);
		expect(b.picked).toEqual([one, three, two]);
		b.move(one!, -1);
		b.move(two!, 1);
		expect(b.picked).toEqual([one, three, two]);
		b.move(one!, 1);
		expect(b.picked).toEqual([three, one, two]);
	});

	it('swaps a question that tests the same fact as another for one that does not', async () => {
		const b = builder();
		await b.start();
		const pair = b.candidates
			.map((c) =>
				b.candidates.filter((d) => d.bankId === c.bankId && d.question.factId === c.question.factId)
			)
			.find((items) => items.length >= 2)!;
		b.toggle(pair[0]!.key, true);
		b.toggle(pair[1]!.key, true);
		expect(b.conflicts.map((c) => c.kind)).toContain('same-fact');
		expect(b.swap(pair[1]!.key)).toBe(true);
		expect(b.picked[0]).toBe(pair[0]!.key);
		expect(b.picked).toHaveLength(2);
		expect(b.conflicts).toEqual([]);
	});

	it('refuses a due date that has passed, and takes today', async () => {
		const b = builder('2026-03-02T09:30:00');
		await b.start();
		b.title = 'Due';
		b.toggle(b.candidates[0]!.key, true);
		b.due = '2026-03-01';
		expect(b.build()).toBeUndefined();
		expect(b.error).toMatch(/due date has already passed/);
		b.due = '2026-03-02';
		expect(b.build()?.set.due).toBe('2026-03-02');
		expect(setProblem('Title', 1, { date: '', today: '2026-03-02' })).toBeUndefined();
	});
});

describe('a due date', () => {
	it('reads as ahead, today or passed, in whole days', () => {
		expect(dueStatus('2026-03-05', '2026-03-02')).toEqual({ when: 'ahead', days: 3 });
		expect(dueStatus('2026-03-02', '2026-03-02')).toEqual({ when: 'today', days: 0 });
		expect(dueStatus('2026-02-27', '2026-03-02')).toEqual({ when: 'passed', days: 3 });
		expect(dueDistance(dueStatus('2026-03-03', '2026-03-02'))).toBe('in 1 day');
		expect(dueDistance(dueStatus('2026-03-02', '2026-03-02'))).toBe('today');
		expect(dueDistance(dueStatus('2026-01-02', '2026-03-02'))).toBe('59 days ago');
	});

	it('makes an attempt finished after it late, on the day where the student is', () => {
		expect(lateness('2026-03-02', '2026-03-02')).toBeUndefined();
		expect(lateness('2026-03-02', '2026-03-04')).toBe('2 days after the due date');
		expect(lateness(undefined, '2026-03-04')).toBeUndefined();
		expect(localDay(new Date(2026, 2, 2, 23, 59))).toBe('2026-03-02');
	});
});

describe('what a student reads first', () => {
	const [bank] = teachBanks();
	const question = (id: string, bankId: string, quote: string) => {
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		const { quote: _, ...q } = bank!.questions[0]!;
		return { bankId, quote, question: { ...q, id: `${id}-x` } };
	};
	const shared = SharedSet.parse({
		v: 1,
		set: { id: 'mixed', title: 'Mixed', passMark: 60 },
		questions: [
			question('q1', bank!.id, 'One sentence.'),
			question('q2', 'made-here', 'A sentence from the teacher’s article.'),
			question('q3', 'made-here', ' A sentence from the teacher’s article. '),
			question('q4', bank!.id, 'Another.'),
			question('q5', 'made-here', 'A second sentence.')
		],
		createdAt: '2026-03-01T08:00:00.000Z'
	});

	it('links a built-in bank’s article and shows the other banks’ sentences, each once', () => {
		expect(setReading(shared, (id) => id === bank!.id)).toEqual({
			articles: [bank!.id],
			quotes: ['A sentence from the teacher’s article.', 'A second sentence.']
		});
	});
});
