import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	analyseResults,
	distinctKeys,
	distinctSets,
	showResponse,
	SetResult,
	SharedSet,
	attemptsCsv,
	questionsCsv,
	responseCell,
	type Analysis,
	type SetResultInput
} from '../../src/lib/share';
import { csvCell } from '../../src/lib/util/csv';
import matchingExample from '../../src/lib/question-types/matching/example';
import orderingExample from '../../src/lib/question-types/ordering/example';

const shared = SharedSet.parse({
	v: 1,
	set: { id: 'summit', title: 'Summit', passMark: 60 },
	questions: [
		{
			bankId: 'summit',
			quote: 'Kishida and Biden met at the White House.',
			statement: 'Fumio Kishida and Joe Biden met at the White House.',
			question: {
				id: 'q-one',
				type: 'mcq',
				prompt: 'Who met at the White House?',
				answer: 'Fumio Kishida and Joe Biden',
				options: ['Fumio Kishida and Joe Biden', 'Joe Biden', 'Antony Blinken'],
				explanation: 'The article says so.',
				factId: 'f-met',
				source: { start: 0, end: 10 }
			}
		},
		{
			bankId: 'summit',
			quote: 'Kishida and Biden met at the White House.',
			question: {
				id: 'q-two',
				type: 'short_answer',
				prompt: 'Where did the leaders meet?',
				answer: 'The White House',
				explanation: 'The article says so.',
				factId: 'f-met',
				source: { start: 0, end: 10 }
			}
		},
		{
			bankId: 'summit',
			quote: 'They signed a space pact.',
			question: {
				id: 'q-three',
				type: 'true_false',
				prompt: 'They signed a space pact.',
				answer: 'True',
				explanation: 'The article says so.',
				factId: 'f-pact',
				source: { start: 11, end: 20 }
			}
		},
		{
			bankId: 'summit',
			quote: 'The leaders met on Friday.',
			question: {
				id: 'q-four',
				type: 'cloze',
				prompt: 'The leaders met on _____.',
				answer: 'Friday',
				explanation: 'The article says so.',
				factId: 'f-day',
				source: { start: 21, end: 30 }
			}
		}
	],
	createdAt: '2026-03-01T08:00:00.000Z'
});

type Mark = [response: string, correct: boolean] | undefined;

function result(
	student: string,
	attempt: number,
	finishedAt: string,
	marks: [Mark, Mark, Mark, Mark],
	setId = 'summit'
): SetResult {
	const ids = ['q-one', 'q-two', 'q-three', 'q-four'];
	const answers = marks.flatMap((m, i) =>
		m ? [{ questionId: ids[i]!, response: m[0], correct: m[1], ms: 1000 }] : []
	);
	const input: SetResultInput = {
		v: 1,
		setId,
		student,
		attempt,
		startedAt: '2026-03-02T09:00:00.000Z',
		finishedAt,
		score: { correct: answers.filter((a) => a.correct).length, total: 4 },
		answers
	};
	return SetResult.parse(input);
}

const right = (response: string): Mark => [response, true];
const wrong = (response: string): Mark => [response, false];
const kb = 'Fumio Kishida and Joe Biden';

const anaFirst = result('Ana', 1, '2026-03-02T09:10:00.000Z', [
	right(kb),
	wrong('washington'),
	right('True'),
	right('Friday')
]);
const anaSecond = result('Ana ', 2, '2026-03-03T09:10:00.000Z', [
	right(kb),
	right('White House'),
	right('True'),
	right('Friday')
]);
const ben = result('Ben', 1, '2026-03-02T09:11:00.000Z', [
	wrong('Joe Biden'),
	wrong(' Washington '),
	right('True'),
	undefined
]);
const cai = result('Cai', 1, '2026-03-02T09:12:00.000Z', [
	wrong('joe biden'),
	wrong('Tokyo'),
	wrong('False'),
	right('friday')
]);
const dee = result('Dee', 1, '2026-03-02T09:13:00.000Z', [
	right(kb),
	wrong('WASHINGTON'),
	right('True'),
	wrong('Monday')
]);
const elsewhere = result(
	'Eve',
	1,
	'2026-03-02T09:14:00.000Z',
	[right(kb), undefined, undefined, undefined],
	'other-set'
);

const classResults = [anaSecond, ben, dee, cai, anaFirst, dee, elsewhere];

describe('analyseResults', () => {
	const analysis = analyseResults(shared, classResults);

	it('counts each student once, latest attempt first, identical results once', () => {
		expect(
			analysis.students.map(({ student, attempt, correct, total, percent, passed }) => ({
				student,
				attempt,
				correct,
				total,
				percent,
				passed
			}))
		).toEqual([
			{ student: 'Ana', attempt: 2, correct: 4, total: 4, percent: 100, passed: true },
			{ student: 'Ben', attempt: 1, correct: 1, total: 4, percent: 25, passed: false },
			{ student: 'Cai', attempt: 1, correct: 1, total: 4, percent: 25, passed: false },
			{ student: 'Dee', attempt: 1, correct: 2, total: 4, percent: 50, passed: false }
		]);
		expect(analysis.students[1]!.marks).toEqual([false, false, true, null]);
		expect(analysis.students[1]!.responses.map((r) => r?.lines.join(' '))).toEqual([
			'Joe Biden',
			' Washington ',
			'True',
			undefined
		]);
		expect(analysis.meanPercent).toBe(50);
		expect(analysis.duplicates).toBe(1);
		expect(analysis.skipped).toHaveLength(2);
		expect(analysis.skipped).toEqual(
			expect.arrayContaining([
				{ student: 'Ana', reason: 'attempt 1 not counted' },
				{ student: 'Eve', reason: 'is for another set ("other-set")' }
			])
		);
	});

	it('works out facility and the commonest wrong answer per question', () => {
		expect(
			analysis.questions.map(({ questionId, answered, correctShare, mostChosenWrong }) => ({
				questionId,
				answered,
				correctShare,
				mostChosenWrong
			}))
		).toEqual([
			{
				questionId: 'q-one',
				answered: 4,
				correctShare: 0.5,
				mostChosenWrong: { response: 'Joe Biden', count: 2 }
			},
			{
				questionId: 'q-two',
				answered: 4,
				correctShare: 0.25,
				mostChosenWrong: { response: 'Washington', count: 2 }
			},
			{
				questionId: 'q-three',
				answered: 4,
				correctShare: 0.75,
				mostChosenWrong: { response: 'False', count: 1 }
			},
			{
				questionId: 'q-four',
				answered: 3,
				correctShare: 2 / 3,
				mostChosenWrong: { response: 'Monday', count: 1 }
			}
		]);
		expect(analysis.questions[0]).toMatchObject({
			type: 'mcq',
			factId: 'f-met',
			prompt: 'Who met at the White House?'
		});
		// Stronger students got q-one right; q-three was missed only by a weak student.
		expect(analysis.questions[0]!.discrimination).toBeGreaterThan(0.5);
		const everyoneRight = analyseResults(shared, [anaSecond, anaFirst], { attempts: 'all' });
		expect(everyoneRight.questions[0]!.discrimination).toBeNull();
	});

	it('lists the weakest facts first, with their statement or quote', () => {
		expect(analysis.weakestFacts.map((f) => [f.factId, f.correctShare, f.answered])).toEqual([
			['f-met', 3 / 8, 8],
			['f-day', 2 / 3, 3],
			['f-pact', 0.75, 4]
		]);
		expect(analysis.weakestFacts[0]!.statement).toBe(
			'Fumio Kishida and Joe Biden met at the White House.'
		);
		expect(analysis.weakestFacts[1]!.statement).toBe('The leaders met on Friday.');
		expect(analysis.weakestFacts[0]!.questionIds).toEqual(['q-one', 'q-two']);
	});

	it('can count the best attempt, or every attempt', () => {
		const worseLater = result('Ana', 3, '2026-03-04T09:10:00.000Z', [
			wrong('x'),
			wrong('x'),
			wrong('x'),
			wrong('x')
		]);
		const latest = analyseResults(shared, [anaSecond, worseLater], { attempts: 'latest' });
		expect(latest.students.map((s) => s.percent)).toEqual([0]);
		const best = analyseResults(shared, [anaSecond, worseLater], { attempts: 'best' });
		expect(best.students.map((s) => [s.attempt, s.percent])).toEqual([[2, 100]]);
		const all = analyseResults(shared, classResults, { attempts: 'all' });
		expect(all.students.map((s) => `${s.student.trim()}${s.attempt}`)).toEqual([
			'Ana1',
			'Ana2',
			'Ben1',
			'Cai1',
			'Dee1'
		]);
	});

	it('can mark the responses again instead of trusting the device', () => {
		const cheat = result('Fay', 1, '2026-03-02T09:20:00.000Z', [
			['Antony Blinken', true],
			['the white house', false],
			undefined,
			undefined
		]);
		expect(analyseResults(shared, [cheat]).students[0]!.marks).toEqual([true, false, null, null]);
		expect(analyseResults(shared, [cheat], { regrade: true }).students[0]!.marks).toEqual([
			false,
			true,
			null,
			null
		]);
	});

	it('handles an empty class', () => {
		const empty = analyseResults(shared, []);
		expect(empty).toMatchObject({ students: [], weakestFacts: [], meanPercent: 0 });
		expect(empty.questions.every((q) => q.answered === 0 && q.mostChosenWrong === undefined)).toBe(
			true
		);
	});
});

describe('rows a table can key', () => {
	const names = fc.oneof(
		fc.constantFrom('Dan', 'Dan1', 'dan', 'Dan ', ' dan', 'Dan 1', 'Dan11', '"Dan"', 'Dan#1'),
		fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0)
	);
	const attempt = fc.record({
		student: names,
		attempt: fc.integer({ min: 1, max: 12 }),
		minute: fc.integer({ min: 0, max: 3 })
	});

	it('gives "Dan" attempt 11 and "Dan1" attempt 1 different keys', () => {
		const rows = analyseResults(
			shared,
			[
				result('Dan', 11, '2026-03-02T09:10:00.000Z', [right(kb), undefined, undefined, undefined]),
				result('Dan1', 1, '2026-03-02T09:10:00.000Z', [right(kb), undefined, undefined, undefined])
			],
			{ attempts: 'all' }
		).students;
		expect(rows.map((r) => r.student)).toEqual(['Dan', 'Dan1']);
		expect(new Set(rows.map((r) => r.key)).size).toBe(2);
	});

	it('keys every student row, fact row and question row uniquely, whatever the names', () => {
		fc.assert(
			fc.property(
				fc.array(attempt, { maxLength: 12 }),
				fc.constantFrom('first', 'latest', 'best', 'all') as fc.Arbitrary<
					'first' | 'latest' | 'best' | 'all'
				>,
				(attempts, pick) => {
					const results = attempts.flatMap(({ student, attempt: n, minute }) => {
						const parsed = SetResult.safeParse({
							v: 1,
							setId: 'summit',
							student,
							attempt: n,
							startedAt: '2026-03-02T09:00:00.000Z',
							finishedAt: `2026-03-02T09:1${minute}:00.000Z`,
							score: { correct: 1, total: 4 },
							answers: [{ questionId: 'q-one', response: 'x', correct: true, ms: 1 }]
						});
						return parsed.success ? [parsed.data] : [];
					});
					const analysis = analyseResults(shared, results, { attempts: pick });
					for (const rows of [
						analysis.students.map((r) => r.key),
						analysis.attempts.map((r) => r.key),
						analysis.weakestFacts.map((r) => r.key),
						analysis.questions.map((r) => r.questionId)
					]) {
						expect(new Set(rows).size).toBe(rows.length);
					}
				}
			),
			{ numRuns: 500 }
		);
	});

	it('makes keys unique even when the parts repeat or look like a numbered key', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.constantFrom('a', 'a#1', '#1', 1, '1'), { maxLength: 3 })),
				(bases) => {
					const keys = distinctKeys(bases);
					expect(new Set(keys).size).toBe(bases.length);
				}
			)
		);
		expect(
			distinctKeys([
				['Dan', 11],
				['Dan1', 1],
				['Dan', 11]
			])
		).toEqual(['["Dan",11]', '["Dan1",1]', '["Dan",11]#1']);
	});

	it('lists a set once when its own link is pasted while it is listed', () => {
		const again = { ...shared, set: { ...shared.set, title: 'From the link' } };
		expect(distinctSets([again, shared]).map((s) => s.set.title)).toEqual(['From the link']);
	});
});

describe('weakest facts and responses as a teacher reads them', () => {
	it('lists one sentence once, even when two facts state it', () => {
		const twice = SharedSet.parse({
			...shared,
			questions: shared.questions
				.map((q, i) =>
					i === 1 ? { ...q, statement: `  ${shared.questions[0]!.statement!.toUpperCase()} ` } : q
				)
				.map((q, i) => (i === 1 ? { ...q, question: { ...q.question, factId: 'f-other' } } : q))
		});
		const facts = analyseResults(twice, classResults).weakestFacts;
		expect(facts.map((f) => f.statement)).toEqual([
			'Fumio Kishida and Joe Biden met at the White House.',
			'The leaders met on Friday.',
			'They signed a space pact.'
		]);
		expect(facts[0]!.questionIds).toEqual(['q-one', 'q-two']);
		expect(facts[0]!.answered).toBe(8);
	});

	it('shows a matching response as pairs and an ordering response as a numbered list', () => {
		const matching = matchingExample.question;
		const ordering = orderingExample.question;
		const pairs = JSON.stringify([
			{ left: 'A', right: 'd' },
			{ left: 'C', right: '' }
		]);
		expect(showResponse(matching, pairs)).toEqual({
			numbered: false,
			lines: ['A → d', 'C → (none)']
		});
		expect(showResponse(ordering, JSON.stringify(['third', 'first', 'second']))).toEqual({
			numbered: true,
			lines: ['third', 'first', 'second']
		});
		expect(showResponse(ordering, 'not json')).toEqual({ numbered: false, lines: ['not json'] });
		expect(showResponse(shared.questions[0]!.question, 'Joe Biden')).toEqual({
			numbered: false,
			lines: ['Joe Biden']
		});
	});
});

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	let quoted = false;
	while (i < text.length) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i += 2;
			} else if (ch === '"') {
				quoted = false;
				i++;
			} else {
				field += ch;
				i++;
			}
		} else if (ch === '"' && field === '') {
			quoted = true;
			i++;
		} else if (ch === ',') {
			row.push(field);
			field = '';
			i++;
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 2;
		} else {
			if (ch === '"' || ch === '\n' || ch === '\r')
				throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
			field += ch;
			i++;
		}
	}
	if (field !== '' || row.length) throw new Error('last record has no CRLF');
	return rows;
}

describe('every attempt kept', () => {
	const limited = SharedSet.parse({
		...shared,
		set: { ...shared.set, due: '2026-03-03', attempts: 2 }
	});
	// Ana: 2/4 first, 4/4 second, 1/4 third (over the limit of 2, and after the due date).
	const first = result('Ana', 1, '2026-03-02T12:00:00.000Z', [
		right(kb),
		wrong('Tokyo'),
		right('True'),
		wrong('Monday')
	]);
	const second = result('Ana', 2, '2026-03-03T09:00:00.000Z', [
		right(kb),
		right('White House'),
		right('True'),
		right('Friday')
	]);
	const third = result('Ana', 3, '2026-03-06T12:00:00.000Z', [
		right(kb),
		wrong('Tokyo'),
		wrong('False'),
		wrong('Monday')
	]);
	const all = [third, first, second];

	it('counts the best attempt by default, or the first or the latest as asked', () => {
		const counted = (pick?: 'first' | 'best' | 'latest') =>
			analyseResults(limited, all, pick ? { attempts: pick } : {}).students.map((s) => [
				s.ordinal,
				s.correct
			]);
		expect(counted()).toEqual([[2, 4]]);
		expect(counted('best')).toEqual([[2, 4]]);
		expect(counted('first')).toEqual([[1, 2]]);
		expect(counted('latest')).toEqual([[3, 1]]);
		const latest = analyseResults(limited, all, { attempts: 'latest' });
		expect(latest.questions.map((q) => q.correctShare)).toEqual([1, 0, 0, 0]);
		expect(latest.questions[2]!.mostChosenWrong).toEqual({ response: 'False', count: 1 });
	});

	it('lists every attempt of the student, oldest first, whichever is counted', () => {
		for (const pick of ['first', 'best', 'latest'] as const) {
			const analysis = analyseResults(limited, all, { attempts: pick });
			const ana = analysis.students[0]!;
			expect(ana.attempts.map((a) => [a.ordinal, a.correct, a.counted])).toEqual([
				[1, 2, pick === 'first'],
				[2, 4, pick === 'best'],
				[3, 1, pick === 'latest']
			]);
			expect(analysis.attempts).toEqual(ana.attempts);
		}
		const ana = analyseResults(limited, all).students[0]!;
		expect(ana.attempts[2]!.responses.map((r) => r?.lines)).toEqual([
			[kb],
			['Tokyo'],
			['False'],
			['Monday']
		]);
	});

	it('flags attempts after the due date and beyond the limit', () => {
		const attempts = analyseResults(limited, all).attempts;
		expect(attempts.map((a) => [a.late, a.overLimit])).toEqual([
			[undefined, false],
			[undefined, false],
			['3 days after the due date', true]
		]);
		const open = analyseResults(shared, all).attempts;
		expect(open.every((a) => a.late === undefined && !a.overLimit)).toBe(true);
	});

	it('counts attempts from several devices, by id or by repeated attempt numbers', () => {
		const onDevice = (r: SetResult, device: string) => SetResult.parse({ ...r, device });
		const twoIds = analyseResults(limited, [
			onDevice(first, 'aaaaaa'),
			onDevice(second, 'aaaaaa'),
			onDevice(SetResult.parse({ ...third, attempt: 1 }), 'bbbbbb')
		]);
		expect(twoIds.students[0]!.devices).toBe(2);
		// The third attempt is the first on its device, yet the student's third: over the limit.
		expect(twoIds.attempts.map((a) => a.overLimit)).toEqual([false, false, true]);
		const oneId = analyseResults(limited, [onDevice(first, 'aaaaaa'), onDevice(second, 'aaaaaa')]);
		expect(oneId.students[0]!.devices).toBe(1);
		// Old codes carry no device: two first attempts come from two devices.
		const numbers = analyseResults(limited, [first, SetResult.parse({ ...second, attempt: 1 })]);
		expect(numbers.students[0]!.devices).toBe(2);
		expect(analyseResults(limited, [first, second]).students[0]!.devices).toBe(1);
	});
});

const withoutBom = (csv: string) => {
	expect(csv.startsWith('\ufeff')).toBe(true);
	return csv.slice(1);
};

describe('attemptsCsv', () => {
	it('writes one row per attempt, a column per question headed by its prompt', () => {
		const analysis = analyseResults(shared, classResults);
		const rows = parseCsv(withoutBom(attemptsCsv(analysis)));
		expect(rows[0]).toEqual([
			'Student',
			'Attempt',
			'Started',
			'Finished',
			'Counted',
			'Late',
			'Over the attempt limit',
			'Device',
			'Correct',
			'Total',
			'Percent',
			'Passed',
			'Q1. Who met at the White House?',
			'Q2. Where did the leaders meet?',
			'Q3. They signed a space pact.',
			'Q4. The leaders met on _____.'
		]);
		// Ana's two attempts (the first not counted), Ben, Cai, Dee; Eve's is for another set.
		expect(rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
			['Ana', '1', 'no'],
			['Ana', '2', 'yes'],
			['Ben', '1', 'yes'],
			['Cai', '1', 'yes'],
			['Dee', '1', 'yes']
		]);
		expect(rows[3]!.slice(8)).toEqual([
			'1',
			'4',
			'25',
			'no',
			'wrong: Joe Biden',
			'wrong:  Washington ',
			'right: True',
			''
		]);
	});

	it('writes pairs and orders as a person reads them', () => {
		const arranged = SharedSet.parse({
			v: 1,
			set: { id: 'arranged', title: 'Arranged' },
			questions: [matchingExample, orderingExample].map((e) => ({
				bankId: 'summit',
				quote: 'A sentence.',
				question: e.question
			})),
			createdAt: '2026-03-01T08:00:00.000Z'
		});
		const answers = [matchingExample, orderingExample].map((e) => ({
			questionId: e.question.id,
			response: e.wrong,
			correct: false,
			ms: 1000
		}));
		const analysis = analyseResults(arranged, [
			SetResult.parse({
				v: 1,
				setId: 'arranged',
				student: 'Ana',
				attempt: 1,
				startedAt: '2026-03-02T09:00:00.000Z',
				finishedAt: '2026-03-02T09:05:00.000Z',
				score: { correct: 0, total: 2 },
				answers
			})
		]);
		const cells = parseCsv(withoutBom(attemptsCsv(analysis)))[1]!.slice(12);
		expect(cells).toEqual(
			[matchingExample, orderingExample].map(
				(e) => `wrong: ${responseCell(showResponse(e.question, e.wrong))}`
			)
		);
		expect(cells[0]).toContain(' → ');
		expect(cells[0]).not.toContain('{');
		expect(cells[1]).toMatch(/^wrong: 1\. .+ 2\. /);
	});

	it('quotes and guards hostile names and prompts', () => {
		const names = [
			'Smith, "Jo"',
			'=HYPERLINK("http://evil","x")',
			'+1',
			'-2+3',
			'@SUM(A1)',
			'<b>Bo</b>'
		];
		const analysis = analyseResults(
			shared,
			names.map((n, i) =>
				result(n, 1, `2026-03-02T09:0${i}:00.000Z`, [
					right(kb),
					wrong('=1+1'),
					undefined,
					undefined
				])
			)
		);
		const csv = attemptsCsv(analysis);
		expect(csv).toContain('"Smith, ""Jo"""');
		expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
		const rows = parseCsv(withoutBom(csv)).slice(1);
		expect(rows.map((r) => r[0]).sort()).toEqual([
			"'+1",
			"'-2+3",
			'\'=HYPERLINK("http://evil","x")',
			"'@SUM(A1)",
			'<b>Bo</b>',
			'Smith, "Jo"'
		]);
		// A response sits behind "wrong: ", so it never starts a cell.
		expect(rows[0]![13]).toBe('wrong: =1+1');
		expect(csvCell(-1)).toBe('-1');
	});

	it('parses back to the same cells for any names and prompts', () => {
		const cellText = fc.string({ unit: 'binary', maxLength: 20 });
		fc.assert(
			fc.property(
				fc.array(cellText, { minLength: 1, maxLength: 4 }),
				fc.array(
					fc.record({
						name: cellText,
						marks: fc.array(fc.option(fc.boolean()), { minLength: 4, maxLength: 4 })
					}),
					{ maxLength: 5 }
				),
				(prompts, students) => {
					const analysis = {
						questions: prompts.map((prompt, i) => ({ questionId: `q-${i}`, prompt })),
						attempts: students.map(({ name, marks }) => ({
							student: name,
							ordinal: 1,
							startedAt: '2026-03-02T09:00:00.000Z',
							finishedAt: '2026-03-02T09:00:00.000Z',
							marks: marks.slice(0, prompts.length),
							responses: marks
								.slice(0, prompts.length)
								.map((m) => (m === null ? null : { numbered: false, lines: [name] })),
							correct: 0,
							total: prompts.length,
							percent: 0,
							passed: false,
							overLimit: false,
							counted: true
						}))
					} as unknown as Analysis;
					const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
					const rows = parseCsv(withoutBom(attemptsCsv(analysis)));
					expect(rows[0]!.slice(12)).toEqual(prompts.map((p, i) => guard(`Q${i + 1}. ${p}`)));
					rows.slice(1).forEach((row, r) => {
						const a = analysis.attempts[r]!;
						expect(row[0]).toBe(guard(a.student));
						expect(row.slice(12)).toEqual(
							a.marks.map((m) => (m === null ? '' : `${m ? 'right' : 'wrong'}: ${a.student}`))
						);
						expect(row).toHaveLength(prompts.length + 12);
					});
				}
			),
			{ numRuns: 1000 }
		);
	});
});

describe('questionsCsv', () => {
	it('writes one row per question: prompt, key, share right, most chosen wrong answer', () => {
		const rows = parseCsv(withoutBom(questionsCsv(analyseResults(shared, classResults), shared)));
		expect(rows).toEqual([
			[
				'Question',
				'Type',
				'Prompt',
				'Key',
				'Answered',
				'Percent right',
				'Most chosen wrong answer',
				'Chosen by'
			],
			[
				'1',
				'Multiple choice',
				'Who met at the White House?',
				'Fumio Kishida and Joe Biden',
				'4',
				'50',
				'Joe Biden',
				'2'
			],
			[
				'2',
				'Short answer',
				'Where did the leaders meet?',
				'The White House',
				'4',
				'25',
				'Washington',
				'2'
			],
			['3', 'True or false', 'They signed a space pact.', 'True', '4', '75', 'False', '1'],
			['4', 'Fill in the gap', 'The leaders met on _____.', 'Friday', '3', '67', 'Monday', '1']
		]);
	});
});
