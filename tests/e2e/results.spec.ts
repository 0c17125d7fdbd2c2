import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import {
	encodeResultCode,
	encodeSetLink,
	SetResult,
	SharedSet,
	type SharedSetInput
} from '../../src/lib/share';
import matchingExample from '../../src/lib/question-types/matching/example';
import orderingExample from '../../src/lib/question-types/ordering/example';

interface BankFile {
	questions: SharedSetInput['questions'][number]['question'][];
}

async function axe(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function text(download: Download): Promise<string> {
	return readFile((await download.path())!, 'utf8');
}

/** CSV rows as cells (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(csv: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const ch = csv[i]!;
		if (quoted) {
			if (ch === '"' && csv[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\r' && csv[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += ch;
	}
	return rows;
}

test('every attempt is kept: first, best or latest counted, late and over-limit flagged, CSV', async ({
	page
}) => {
	test.setTimeout(180_000);
	const bank = JSON.parse(
		await readFile('questions/banks/kishida-biden-summit.json', 'utf8')
	) as BankFile;
	const mcq = bank.questions.filter((q) => q.type === 'mcq').slice(0, 2);
	const typed = bank.questions.find((q) => q.type === 'short_answer')!;
	const questions = [...mcq, typed, matchingExample.question, orderingExample.question];
	// Due on 3 March, two attempts allowed: a set whose results a teacher must read with care.
	const input: SharedSetInput = {
		v: 1,
		set: { id: 'attempts-check', title: 'Attempts check', due: '2026-03-03', attempts: 2 },
		questions: questions.map((question) => ({
			bankId: 'kishida-biden-summit',
			quote: 'A sentence of the article.',
			question
		})),
		createdAt: '2026-03-01T08:00:00.000Z'
	};
	const shared = SharedSet.parse(input);
	const link = await encodeSetLink(input);

	const optionsOf = (q: (typeof questions)[number]) =>
		'options' in q && Array.isArray(q.options) ? (q.options as string[]) : [];
	const wrongOf = (q: (typeof questions)[number]) =>
		q.type === 'matching'
			? matchingExample.wrong
			: q.type === 'ordering'
				? orderingExample.wrong
				: (optionsOf(q).find((o) => o !== q.answer) ?? 'Osaka');
	const rightOf = (q: (typeof questions)[number]) =>
		q.type === 'matching'
			? matchingExample.right
			: q.type === 'ordering'
				? orderingExample.right
				: q.answer;
	const resultOf = (
		student: string,
		attempt: number,
		finishedAt: string,
		rights: number,
		device?: string
	) => {
		const answers = questions.map((q, i) => ({
			questionId: q.id,
			response: i < rights ? rightOf(q) : wrongOf(q),
			correct: i < rights,
			ms: 12_000
		}));
		return SetResult.parse({
			v: 1,
			setId: shared.set.id,
			student,
			attempt,
			startedAt: new Date(Date.parse(finishedAt) - 300_000).toISOString(),
			finishedAt,
			score: { correct: rights, total: questions.length },
			answers,
			...(device ? { device } : {})
		});
	};
	// Ana: 3/5, then 5/5 on one device; then, from a second device, 1/5 three days late (her
	// third attempt, over the limit of two). Ben sends a code of the older, longer kind.
	const codes = [
		await encodeResultCode(resultOf('Ana', 1, '2026-03-02T09:00:00.000Z', 3, 'a1a1a1'), shared),
		await encodeResultCode(resultOf('Ana', 2, '2026-03-03T09:00:00.000Z', 5, 'a1a1a1'), shared),
		// Made before codes had their current layout: compact all the same, still read.
		await encodeResultCode(resultOf('Ana', 1, '2026-03-06T12:00:00.000Z', 1, 'b2b2b2'), shared, 2),
		await encodeResultCode(resultOf('Ben', 1, '2026-03-02T10:00:00.000Z', 4))
	];
	expect(codes.map((c) => c.slice(0, 3))).toEqual(['r3.', 'r3.', 'r2.', 'r1.']);

	await page.goto('/teach/results');
	const useLink = async () => {
		await page
			.getByLabel("Or paste the set's link")
			.fill(`${new URL(page.url()).origin}/assignments#${link}`);
		await page.getByRole('button', { name: 'Use this set' }).click();
		await expect(page.getByLabel('Which set')).toHaveValue('attempts-check');
	};
	await useLink();
	await page.getByLabel(/Paste result codes/).fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Add codes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added 4 results.' })).toBeVisible();

	const students = page.getByRole('region', { name: 'Students' });
	const ana = students.getByRole('row', { name: /^Ana/ });
	// The best attempt counts by default; the flags say what a teacher should know.
	await expect(page.getByLabel('Count for each student')).toHaveValue('best');
	await expect(ana).toContainText('2 of 3');
	await expect(ana).toContainText('5/5 (100%)');
	await expect(ana).toContainText('3 attempts; the set allows 2 (1 over the limit)');
	await expect(ana).toContainText('Sent from 2 devices');
	await expect(ana).not.toContainText('Late');
	await expect(students.getByRole('row', { name: /^Ben/ })).toContainText('4/5');
	const right = page.getByRole('region', { name: 'Questions' }).locator('tbody tr');
	// Question 2: Ana's best attempt and Ben both right.
	await expect(right.nth(1)).toContainText('100%');

	await page.getByLabel('Count for each student').selectOption('first');
	await expect(ana).toContainText('1 of 3');
	await expect(ana).toContainText('3/5 (60%)');
	await page.getByLabel('Count for each student').selectOption('latest');
	await expect(ana).toContainText('3 of 3');
	await expect(ana).toContainText('1/5 (20%)');
	await expect(ana).toContainText('Late: 3 days after the due date');
	await expect(right.nth(1)).toContainText('50%');

	// Each student's attempts, every one of them, read as a person reads them.
	const answers = page.getByRole('region', { name: 'Answers by student' });
	await answers.getByText('Ana — 1/5').click();
	const attempts = answers.getByRole('region', { name: /^Ana, attempt/ });
	await expect(attempts).toHaveCount(3);
	const third = answers.getByRole('region', { name: 'Ana, attempt 3' });
	await expect(third.getByRole('heading')).toContainText('Counted');
	await expect(third.getByRole('heading')).toContainText('Late: 3 days after the due date');
	await expect(third.getByRole('heading')).toContainText('Over the attempt limit');
	await expect(third.locator('ul.response li')).toHaveText(
		(JSON.parse(matchingExample.wrong) as { left: string; right: string }[]).map(
			(p) => `${p.left} → ${p.right}`
		)
	);
	await expect(third.locator('ol.response li')).toHaveText(
		JSON.parse(orderingExample.wrong) as string[]
	);
	await expect(third).not.toContainText('[{');
	const first = answers.getByRole('region', { name: 'Ana, attempt 1' });
	await expect(first.getByRole('heading')).not.toContainText('Late');
	await expect(first.getByRole('heading')).not.toContainText('Counted');
	await expect(first).toContainText('took 5 min');
	await axe(page);

	// The attempts CSV: a row per attempt, a column per question headed by its prompt.
	const [attemptsFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download every attempt (CSV)' }).click()
	]);
	expect(attemptsFile.suggestedFilename()).toBe('attempts-check-attempts.csv');
	const attemptsCsv = await text(attemptsFile);
	expect(attemptsCsv.startsWith('\ufeff')).toBe(true);
	const rows = parseCsv(attemptsCsv.slice(1));
	expect(rows[0]!.slice(12)).toEqual(questions.map((q, i) => `Q${i + 1}. ${q.prompt}`));
	expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[5], r[6]])).toEqual([
		['Ana', '1', 'no', '', 'no'],
		['Ana', '2', 'no', '', 'no'],
		['Ana', '3', 'yes', '3 days after the due date', 'yes'],
		['Ben', '1', 'yes', '', 'no']
	]);
	expect(rows[3]![12]).toBe(`right: ${questions[0]!.answer}`);
	expect(rows[3]![15]).toMatch(/^wrong: Fumio Kishida → United States; /);
	expect(rows[3]![16]).toBe('wrong: 1. Press conference 2. Joint statement 3. Talks begin');

	// The questions CSV: a row per question with its key and what the counted attempts gave.
	const [questionsFile] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download questions (CSV)' }).click()
	]);
	const questionRows = parseCsv((await text(questionsFile)).slice(1));
	expect(questionRows).toHaveLength(questions.length + 1);
	expect(questionRows[0]).toEqual([
		'Question',
		'Type',
		'Prompt',
		'Key',
		'Answered',
		'Percent right',
		'Most chosen wrong answer',
		'Chosen by'
	]);
	expect(questionRows[2]!.slice(2, 6)).toEqual([
		questions[1]!.prompt,
		questions[1]!.answer,
		'2',
		'50'
	]);

	// Kept on the device: after a reload, with the set's link again, every attempt is back.
	await page.reload();
	await useLink();
	await expect(students.locator('tbody tr')).toHaveCount(2);
	await expect(ana).toContainText('2 of 3');
});
