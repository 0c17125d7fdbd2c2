import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content/files';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { formatProblem, validateContent, type ContentFiles } from '../../src/lib/content/validate';

const article = `---
title: Ferry Crews Strike for Second Day
publisher: The Harbour Gazette
published: 2024-03-02
language: en
---

Ferry crews in Port Ellis stayed off work on Friday for a second day.

The union said talks would resume on Monday.
`;
const body = parseFrontMatter(article).body;
const span = (sentence: string) => {
	const start = body.indexOf(sentence);
	return { start, end: start + sentence.length };
};
const first = span('Ferry crews in Port Ellis stayed off work on Friday for a second day.');

function validBank() {
	return {
		id: 'ferry',
		article: 'ferry',
		title: 'Ferry strike',
		facts: [
			{
				id: 'f-day',
				kind: 'when',
				statement: 'Ferry crews stayed off work on Friday.',
				answer: 'Friday',
				answerKind: 'weekday',
				source: { ...first }
			}
		],
		questions: [
			{
				id: 'q-day-mcq',
				type: 'mcq',
				prompt: 'On which day did ferry crews in Port Ellis stay off work for a second day?',
				answer: 'Friday',
				options: ['Monday', 'Friday', 'Sunday', 'Wednesday'],
				explanation: 'Crews stayed off work on Friday.',
				factId: 'f-day',
				source: { ...first }
			},
			{
				id: 'q-day-tf',
				type: 'true_false',
				prompt: 'Ferry crews stayed off work on Sunday.',
				answer: 'False',
				explanation: 'They stayed off on Friday.',
				factId: 'f-day',
				source: { ...first }
			}
		]
	};
}

type BankJson = ReturnType<typeof validBank>;

function files(bank: unknown, extra: Partial<ContentFiles> = {}): ContentFiles {
	return {
		articles: [{ path: 'questions/articles/ferry.md', text: article }, ...(extra.articles ?? [])],
		banks: [
			{ path: 'questions/banks/ferry.json', text: JSON.stringify(bank) },
			...(extra.banks ?? [])
		],
		sets: extra.sets ?? []
	};
}

function problemsFor(edit: (bank: BankJson) => unknown): string[] {
	const bank = validBank();
	return validateContent(files(edit(bank) ?? bank)).problems.map(formatProblem);
}

describe('validateContent', () => {
	it('accepts a valid article and bank, and applies defaults', () => {
		const { problems, content } = validateContent(files(validBank()));
		expect(problems).toEqual([]);
		expect(content.articles.get('ferry')?.body.startsWith('Ferry crews')).toBe(true);
		expect(content.banks.get('ferry')?.questions[0]?.accept).toEqual([]);
	});

	it('names a missing field with its path', () => {
		expect(
			problemsFor((b) => {
				delete (b.questions[0] as Partial<BankJson['questions'][0]>).explanation;
			})
		).toEqual([
			'questions/banks/ferry.json › questions[0].explanation: Invalid input: expected string, received undefined'
		]);
	});

	it('names a field of the wrong type', () => {
		expect(
			problemsFor((b) => {
				(b.questions[1]!.source as unknown as { start: string }).start = '3';
			})
		).toEqual([
			'questions/banks/ferry.json › questions[1].source.start: Invalid input: expected number, received string'
		]);
	});

	it('rejects an answer that is not among the options', () => {
		expect(
			problemsFor((b) => {
				b.questions[0]!.options = ['Monday', 'Sunday', 'Tuesday'];
			})
		).toEqual([
			'questions/banks/ferry.json › questions[0].options: the answer must be one of the options'
		]);
	});

	it('rejects offsets outside the article', () => {
		expect(
			problemsFor((b) => {
				b.questions[1]!.source = { start: 40, end: body.length + 1 };
			})
		).toEqual([
			`questions/banks/ferry.json › questions[1].source: offsets 40–${body.length + 1} fall outside the article body (${body.length} characters)`
		]);
	});

	it('rejects duplicate question ids and unknown facts', () => {
		expect(
			problemsFor((b) => {
				b.questions[1]!.id = 'q-day-mcq';
				b.questions[1]!.factId = 'f-nope';
			})
		).toEqual([
			'questions/banks/ferry.json › questions[1].id: duplicate question id "q-day-mcq"',
			'questions/banks/ferry.json › questions[1].factId: no fact has the id "f-nope"'
		]);
	});

	it('rejects a bank that names an article that does not exist', () => {
		expect(
			problemsFor((b) => {
				b.article = 'ghost';
			})
		).toEqual([
			'questions/banks/ferry.json › article: names the article "ghost", but articles/ghost.md is missing or invalid'
		]);
	});

	it('lists every problem, across files, not only the first', () => {
		const bank = validBank();
		delete (bank.questions[0] as Partial<BankJson['questions'][0]>).prompt;
		(bank.questions[1] as { type: string }).type = 'essay';
		const { problems } = validateContent(
			files(bank, {
				banks: [{ path: 'questions/banks/broken.json', text: '{ "id": ' }],
				articles: [{ path: 'questions/articles/no-front.md', text: 'Just text.' }]
			})
		);
		expect(problems.map((p) => `${p.file} › ${p.path}`)).toEqual([
			'questions/articles/no-front.md › (file)',
			'questions/banks/ferry.json › questions[0].prompt',
			'questions/banks/ferry.json › questions[1].type',
			'questions/banks/broken.json › (file)'
		]);
	});

	it("checks that a review's added questions point into their article", () => {
		const [fact] = validBank().facts;
		const question = { ...validBank().questions[0]!, id: 'q-added-mcq' };
		const review = (end: number) => ({
			path: 'questions/reviews/ferry.json',
			text: JSON.stringify({
				version: 1,
				decisions: {},
				additions: [
					{
						fact: { ...fact, source: { start: first.start, end } },
						question: { ...question, source: { ...first } }
					}
				]
			})
		});
		const within = validateContent({ ...files(validBank()), reviews: [review(first.end)] });
		expect(within.problems).toEqual([]);
		const past = validateContent({ ...files(validBank()), reviews: [review(body.length + 5)] });
		expect(past.problems.map(formatProblem)).toEqual([
			`questions/reviews/ferry.json › additions[0].fact.source.end: ${body.length + 5} is past the end of the article body (${body.length} characters)`
		]);
	});

	it('checks that a set names real banks and questions', () => {
		const set = (items: unknown) => ({
			path: 'questions/sets/week-1.json',
			text: JSON.stringify({ version: 1, id: 'week-1', title: 'Week 1', items })
		});
		const ok = validateContent(
			files(validBank(), { sets: [set([{ bank: 'ferry', question: 'q-day-tf' }])] })
		);
		expect(ok.problems).toEqual([]);
		expect(ok.content.sets.get('week-1')).toMatchObject({
			order: 'fixed',
			mode: 'quiz',
			passMark: 60
		});

		const bad = validateContent(
			files(validBank(), {
				sets: [
					set([
						{ bank: 'ferry', question: 'q-missing' },
						{ bank: 'ferry', question: 'q-day-tf' },
						{ bank: 'ferry', question: 'q-day-tf' }
					])
				]
			})
		);
		expect(bad.problems.map(formatProblem)).toEqual([
			'questions/sets/week-1.json › items[0].question: bank "ferry" has no question "q-missing"',
			'questions/sets/week-1.json › items[2]: "ferry/q-day-tf" is listed twice'
		]);
	});

	it('requires a file name that matches the id', () => {
		const bank = { ...validBank(), id: 'other' };
		expect(validateContent(files(bank)).problems.map(formatProblem)).toEqual([
			'questions/banks/ferry.json › id: the id "other" must match the file name "ferry"'
		]);
	});
});

describe('parseFrontMatter', () => {
	it('normalises line ends and trims the body', () => {
		const doc = parseFrontMatter('---\r\ntitle: A\r\n---\r\n\r\nLine one.\r\n\r\nLine two.\r\n');
		expect(doc).toEqual({ data: { title: 'A' }, body: 'Line one.\n\nLine two.' });
	});

	it('explains invalid YAML', () => {
		expect(() => parseFrontMatter('---\ntitle: [unclosed\n---\nBody')).toThrow(/not valid YAML/);
	});
});

const broken = 'tests/fixtures/broken-questions';
/** Every problem planted in the broken fixture folder, in the order they are reported. */
const plantedProblems = [
	'articles/untitled.md › title: Invalid input: expected string, received undefined',
	'articles/untitled.md › published: Invalid ISO date',
	'articles/untitled.md › language: must be a language tag such as "en"',
	'banks/ferry-strike.json › questions[0].explanation: Invalid input: expected string, received undefined',
	'banks/ferry-strike.json › questions[1].source.start: Invalid input: expected number, received string',
	'banks/ferry-strike.json › questions[2].options: the answer must be one of the options',
	'banks/ferry-talks.json › questions[0].source: offsets 71–5000 fall outside the article body (115 characters)',
	'banks/ferry-talks.json › questions[1].id: duplicate question id "q-talks"',
	'banks/ferry-talks.json › questions[1].factId: no fact has the id "f-unknown"',
	'banks/orphan.json › article: names the article "no-such-article", but articles/no-such-article.md is missing or invalid',
	'sets/bad-set.json › items[0].question: bank "ferry-talks" has no question "q-nope"',
	'sets/bad-set.json › items[1].bank: no bank has the id "missing-bank"',
	"reviews/ferry-strike.json › decisions.q-missing.action: Invalid discriminator value. Expected 'reject' | 'edit'"
].map((line) => `${broken}/${line}`);

function failingRun(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
	try {
		execFileSync(command, args, {
			encoding: 'utf8',
			stdio: 'pipe',
			env: { ...process.env, ...env }
		});
	} catch (error) {
		const failure = error as { status: number; stderr: string };
		return { status: failure.status, stderr: failure.stderr };
	}
	return { status: 0, stderr: '' };
}

describe('the committed content and the validate command', () => {
	it('questions/ is valid', () => {
		expect(validateContent(readContentFiles('questions')).problems.map(formatProblem)).toEqual([]);
	});

	it('npm run validate fails on a broken folder, listing every problem', () => {
		const { status, stderr } = failingRun('npx', ['tsx', 'scripts/validate.ts', broken]);
		expect(status).toBe(1);
		expect(stderr.trim().split('\n')).toEqual([`13 problems in ${broken}/:`, ...plantedProblems]);
	});

	it('the build fails on a broken folder, listing every problem', () => {
		const { status, stderr } = failingRun('npx', ['vite', 'build', '--logLevel', 'error'], {
			QUESTIONS_DIR: broken
		});
		expect(status).not.toBe(0);
		expect(stderr).toContain(`13 problems in ${broken}/:`);
		for (const line of plantedProblems) expect(stderr).toContain(line);
	}, 60_000);
});
