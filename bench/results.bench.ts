import { readFileSync } from 'node:fs';
import { gradeAnswer } from '../src/lib/grading/grade';
import { Bank } from '../src/lib/schema';
import { encodeResultCode, SetResult, SharedSet } from '../src/lib/share';
import { startingOrder, type OrderingQuestion } from '../src/lib/question-types/ordering';
import type { BenchTable } from './table';

/** The length of a result code for 10 answers: version 1 (deflated JSON), 2 and 3 (compact). */
export default async function resultsBench(): Promise<BenchTable[]> {
	const bank = Bank.parse(
		JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
	);
	// Ten questions, every type the bank has taking turns, as a teacher's picked set would mix them.
	const byType = new Map<string, typeof bank.questions>();
	for (const q of bank.questions) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
	const picked: typeof bank.questions = [];
	for (let round = 0; picked.length < 10; round++) {
		for (const list of byType.values())
			if (list[round] && picked.length < 10) picked.push(list[round]!);
	}
	const shared = SharedSet.parse({
		v: 1,
		set: { id: 'summit-warm-up', title: 'White House summit and space pact: warm-up' },
		questions: picked.map((question) => ({ bankId: bank.id, quote: 'A sentence.', question })),
		createdAt: '2026-03-01T08:00:00.000Z'
	});

	/** What a student would send: right, or the first wrong option / a wrong order / a typo. */
	const response = (q: (typeof picked)[number], right: boolean, unlike: boolean): string => {
		if (q.type === 'matching') {
			const pairs = q.pairs.map((p, i) => ({
				left: p.left,
				right: right ? p.right : q.pairs[(i + 1) % q.pairs.length]!.right
			}));
			return JSON.stringify(pairs);
		}
		if (q.type === 'ordering') {
			return JSON.stringify(right ? q.items : startingOrder(q as OrderingQuestion));
		}
		const options = 'options' in q && q.options ? q.options : undefined;
		if (options) return right ? q.answer : options.find((o) => o !== q.answer)!;
		if (right) return q.answer;
		return unlike ? 'the foreign ministers' : `${q.answer.slice(0, -1)}x`;
	};
	const resultOf = (student: string, rightShare: number, unlike = false) => {
		const answers = picked.map((q, i) => {
			const text = response(q, i < rightShare * 10, unlike);
			return {
				questionId: q.id,
				response: text,
				correct: gradeAnswer(q, text).correct,
				ms: 4000 + i * 2300
			};
		});
		return SetResult.parse({
			v: 1,
			setId: shared.set.id,
			student,
			attempt: 1,
			startedAt: '2026-03-02T09:00:00.000Z',
			finishedAt: '2026-03-02T09:07:31.000Z',
			score: { correct: answers.filter((a) => a.correct).length, total: 10 },
			answers,
			device: '0a1b2c'
		});
	};
	const cases: [string, SetResult][] = [
		['all right, name "Aiko Tanaka"', resultOf('Aiko Tanaka', 1)],
		['7 of 10 right, name "Aiko Tanaka"', resultOf('Aiko Tanaka', 0.7)],
		['all wrong, name "Aiko Tanaka"', resultOf('Aiko Tanaka', 0)],
		['7 of 10 right, 40-character name', resultOf('Maximilian Alexander Featherstonehaugh-X', 0.7)],
		['all wrong, 40-character name', resultOf('Maximilian Alexander Featherstonehaugh-X', 0)],
		['all wrong, name "Zoë Ōta-Łukasiewicz"', resultOf('Zoë Ōta-Łukasiewicz', 0)],
		['all wrong, typed answers unlike the key', resultOf('Aiko Tanaka', 0, true)],
		[
			'all wrong, unlike the key, 40-character name',
			resultOf('Maximilian Alexander Featherstonehaugh-X', 0, true)
		]
	];
	const rows: (string | number)[][] = [];
	for (const [label, result] of cases) {
		const v1 = await encodeResultCode(result);
		const v2 = await encodeResultCode(result, shared, 2);
		const v3 = await encodeResultCode(result, shared);
		rows.push([label, v1.length, v2.length, v3.length, v3.length <= 120 ? 'yes' : 'no']);
	}
	const types = [...new Set(picked.map((q) => q.type))].join(', ');
	return [
		{
			title: 'Result code length, 10 answers (characters)',
			columns: ['result', 'r1 (deflated JSON)', 'r2 (compact)', 'r3 (compact)', 'r3 ≤ 120'],
			rows,
			notes: [
				`Set of 10 questions from ${bank.id} (${types}); typed answers travel as text.`,
				'Target: at most 120 characters for 10 answers, checksum included. A choice, a pair list, an order and a typed key cost a byte or a few. In r2 a wrong typed answer and the name travel as UTF-8 text (the "all wrong" rows have 3 typed answers, each the key with its last letter changed, or "the foreign ministers"); r3 packs letters in 5 bits, writes a typed answer as an edit of the key, and its start from the set\'s making.'
			]
		}
	];
}
