import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	exportFormats,
	exportItems,
	giftEscape,
	questionNames,
	toAnki,
	toCsv,
	toGift,
	toQti,
	toQuizlet
} from '../../src/lib/export';
import { gradeTyped } from '../../src/lib/grading/answers';
import { gradeAnswer } from '../../src/lib/grading/grade';
import { defineQuestionType, questionBase } from '../../src/lib/question-types/base';
import type { QuestionExample } from '../../src/lib/question-types/example-types';
import { formatsWithLines, type QuestionExports } from '../../src/lib/question-types/export-types';
import { exportsByType } from '../../src/lib/question-types/exports';
import { folderOf } from '../../src/lib/question-types/folders';
import { startingOrder, type OrderingQuestion } from '../../src/lib/question-types/ordering';
import { questionSchemas, registry } from '../../src/lib/question-types/registry';
import { questionTypeLabels, questionTypes, traitsList } from '../../src/lib/question-types/traits';
import type { QuestionTypeModule } from '../../src/lib/question-types/types';
import { Question } from '../../src/lib/schema/question';
import { z } from '../../src/lib/schema/zod-mini';
import { displayOptions } from '../../src/lib/grading/options';
import { describeResponse } from '../../src/lib/study/quiz';
import { seededRandom } from '../../src/lib/util/random';

const folder = (path: string) => /\/question-types\/([^/]+)\//.exec(path)?.[1] ?? path;
const byFolder = <T>(modules: Record<string, T>) =>
	new Map(Object.entries(modules).map(([path, m]) => [folder(path), m]));

const exampleFiles = byFolder(
	import.meta.glob<{ default: QuestionExample }>('../../src/lib/question-types/*/example.ts', {
		eager: true
	})
);
// Only the file names: the components are checked where they render, in the browser tests.
const viewFolders = new Set(
	byFolder(import.meta.glob('../../src/lib/question-types/*/View.svelte')).keys()
);
const editorFolders = new Set(
	byFolder(import.meta.glob('../../src/lib/question-types/*/Editor.svelte')).keys()
);
const typeFolders = new Set(
	byFolder(import.meta.glob('../../src/lib/question-types/*/index.ts')).keys()
);
const traitFolders = new Set(
	byFolder(import.meta.glob('../../src/lib/question-types/*/traits.ts')).keys()
);

/** What the registry's checks look at besides the modules themselves. */
interface Parts {
	union: { safeParse(value: unknown): { success: boolean } };
	examples: ReadonlyMap<string, QuestionExample>;
	exports: ReadonlyMap<string, QuestionExports>;
	views: ReadonlySet<string>;
	editors: ReadonlySet<string>;
}

const realParts: Parts = {
	union: Question,
	examples: new Map([...exampleFiles].map(([f, m]) => [f, m.default])),
	exports: exportsByType,
	views: viewFolders,
	editors: editorFolders
};

/** Everything a registered type must bring, as the problems found; none when it is complete. */
function problemsOf(type: QuestionTypeModule, parts: Parts): string[] {
	const problems: string[] = [];
	const name = type.type;
	if (!type.label.trim()) problems.push(`${name}: no label`);
	const lines = parts.exports.get(name);
	if (!lines) problems.push(`${name}: no export.ts`);
	else
		for (const format of formatsWithLines) {
			// A format the type cannot be written in is written down as `undefined`, never left out.
			if (!(format in lines)) problems.push(`${name}: no ${format} export lines`);
		}
	const example = parts.examples.get(folderOf(name));
	if (!example) problems.push(`${name}: no example.ts`);
	else {
		const { question, right, wrong } = example;
		if (question.type !== name) problems.push(`${name}: the example is of type ${question.type}`);
		if (!type.schema.safeParse(question).success)
			problems.push(`${name}: its schema refuses the example`);
		if (!parts.union.safeParse(question).success)
			problems.push(`${name}: Question refuses the example`);
		if (!type.grade(question, right).correct)
			problems.push(`${name}: the right response is graded wrong`);
		if (type.grade(question, wrong).correct)
			problems.push(`${name}: the wrong response is graded right`);
		if (/^[[{]/.test(type.describeResponse(question, right)))
			problems.push(`${name}: a response reads as JSON`);
		const form = type.answerForm(question);
		if ((form === 'choice' || form === 'verdict') !== type.choices(question).length > 0)
			problems.push(`${name}: choices do not fit the answer form "${form}"`);
		if (lines?.anki && lines.anki.front(question)[0] !== question.prompt)
			problems.push(`${name}: the Anki front does not start with the prompt`);
		if (lines?.anki && lines.anki.back(question).length === 0)
			problems.push(`${name}: empty Anki back`);
		if (lines?.gift && !lines.gift(question).includes('{'))
			problems.push(`${name}: no GIFT answers`);
		if (lines?.quizlet && !lines.quizlet.cards(question).every((c) => c.term && c.definition))
			problems.push(`${name}: an empty Quizlet term or definition`);
		if (lines?.qti && !lines.qti(question).response.includes('<correctResponse><value>'))
			problems.push(`${name}: no QTI correct response`);
	}
	if (!parts.views.has(folderOf(name))) problems.push(`${name}: no View.svelte`);
	if (!parts.editors.has(folderOf(name))) problems.push(`${name}: no Editor.svelte`);
	return problems;
}

describe('the question-type registry', () => {
	it('registers every type folder once, with a label of its own', () => {
		expect([...typeFolders].sort()).toEqual(registry.map((m) => folderOf(m.type)).sort());
		expect([...traitFolders].sort()).toEqual([...typeFolders].sort());
		expect(new Set(questionTypes).size).toBe(registry.length);
		expect(new Set(Object.values(questionTypeLabels)).size).toBe(registry.length);
		expect(questionSchemas).toHaveLength(registry.length);
		// The zod-free list the pages use names the same types, in the same order, with the same traits.
		expect(traitsList.map((t) => t.type)).toEqual(registry.map((m) => m.type));
		for (const [i, traits] of traitsList.entries())
			for (const [key, value] of Object.entries(traits))
				expect(registry[i]![key as keyof (typeof registry)[number]]).toBe(value);
	});

	describe.each(registry.map((m) => [m.type, m as unknown as QuestionTypeModule] as const))(
		'%s',
		(type, module) => {
			const example = realParts.examples.get(folderOf(type));

			it('brings its schema, grading, response text, export lines, view and editor', () => {
				expect(problemsOf(module, realParts)).toEqual([]);
			});

			it('grades and reads responses through the registry', () => {
				const question = Question.parse(example?.question);
				expect(gradeAnswer(question, example!.right).correct).toBe(true);
				expect(gradeAnswer(question, example!.wrong).correct).toBe(false);
				expect(describeResponse(question, example!.right)).toBe(
					module.describeResponse(question, example!.right)
				);
				expect([...displayOptions(question, seededRandom(1))].sort()).toEqual(
					module.answerForm(question) === 'typed' || module.answerForm(question) === 'arranged'
						? []
						: [...module.choices(question)].sort()
				);
			});

			it.each(exportFormats.map((f) => f.id))('is written by the %s export', (format) => {
				const question = Question.parse(example?.question);
				const item = { question, quote: 'The leaders met in Washington.', bankId: 'examples' };
				const file = exportItems(format, 'Examples', [item]);
				const text = 'bytes' in file ? Object.keys(unzipSync(file.bytes)).join('\n') : file.text;
				const lines = exportsByType.get(type);
				const written = format === 'json' || lines?.[format] !== undefined;
				const marker =
					format === 'gift'
						? `::${giftEscape(questionNames([question])[0]!)}::`
						: format === 'qti'
							? `items/${question.id}.xml`
							: format === 'anki'
								? `\n${question.id}\t`
								: format === 'csv'
									? `\r\n${question.id},`
									: format === 'json'
										? `"id": "${question.id}"`
										: question.prompt;
				expect(text.includes(marker)).toBe(written);
			});
		}
	);
});

const Essay = z.strictObject({ ...questionBase, type: z.literal('essay') });
const essay = defineQuestionType({
	type: 'essay',
	label: 'Essay',
	schema: Essay,
	prompt: { gapped: false },
	answerForm: () => 'typed',
	choices: () => [],
	cardHints: () => [],
	grade: gradeTyped,
	describeResponse: (_q, response) => response,
	editor: { options: false },
	fromSelection: undefined
}) as unknown as QuestionTypeModule;
const essayQuestion = {
	id: 'q-essay',
	type: 'essay',
	prompt: 'Why did the leaders meet?',
	answer: 'To strengthen deterrence',
	accept: [],
	explanation: 'The article says so.',
	factId: 'f-essay',
	source: { start: 0, end: 10 }
};
const essayExports: QuestionExports = {
	anki: { front: (q) => [q.prompt], back: (q) => [q.answer] },
	gift: (q) => `${q.prompt} {=${q.answer}}`,
	csv: { options: () => [] },
	// Made up for the test: a format a type cannot be written in is declared, with its reason.
	quizlet: undefined,
	qti: undefined
};

describe('a made-up type registered beside the real ones', () => {
	const withEssay = [...registry.map((m) => m as unknown as QuestionTypeModule), essay];
	const union = z.discriminatedUnion(
		'type',
		withEssay.map((m) => m.schema) as unknown as Parameters<typeof z.discriminatedUnion>[1]
	);

	it('is caught by every registry check while its folder is empty', () => {
		expect(problemsOf(essay, { ...realParts, union })).toEqual([
			'essay: no export.ts',
			'essay: no example.ts',
			'essay: no View.svelte',
			'essay: no Editor.svelte'
		]);
		const item = { question: essayQuestion as unknown as Question, quote: '', bankId: 'x' };
		for (const write of [toAnki, toGift, toCsv, toQuizlet, toQti])
			expect(() => write('Essays', [item])).toThrow('question type "essay" has no export lines');
	});

	it('is caught when an export format has no line for it', () => {
		const withoutQuizlet: Partial<QuestionExports> = { ...essayExports };
		delete withoutQuizlet.quizlet;
		const parts: Parts = {
			union,
			examples: new Map([
				...realParts.examples,
				['essay', { question: essayQuestion, right: 'to strengthen deterrence', wrong: 'trade' }]
			]),
			exports: new Map([...exportsByType, ['essay', withoutQuizlet as QuestionExports]]),
			views: new Set([...viewFolders, 'essay']),
			editors: new Set([...editorFolders, 'essay'])
		};
		expect(problemsOf(essay, parts)).toEqual(['essay: no quizlet export lines']);
		expect(
			problemsOf(essay, { ...parts, exports: new Map([...exportsByType, ['essay', essayExports]]) })
		).toEqual([]);
	});

	it('is accepted by a union of the registered schemas, and only then', () => {
		expect(union.safeParse(essayQuestion).success).toBe(true);
		expect(Question.safeParse(essayQuestion).success).toBe(false);
		const mcq = realParts.examples.get('mcq')!.question;
		expect(union.safeParse(mcq).success).toBe(true);
	});
});

describe('an ordering question’s starting order', () => {
	const base = realParts.examples.get('ordering')!.question as OrderingQuestion;

	it('is a shuffle of the items, the same on every visit, and never the answer', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string({ minLength: 1 }), {
					minLength: 2,
					maxLength: 8,
					comparator: (a, b) => a.toLowerCase() === b.toLowerCase()
				}),
				fc.stringMatching(/^[a-z0-9][a-z0-9_-]{2,20}$/),
				(items, id) => {
					const question = { ...base, id, items };
					const order = startingOrder(question);
					expect([...order].sort()).toEqual([...items].sort());
					expect(order).not.toEqual(items);
					expect(startingOrder(question)).toEqual(order);
				}
			)
		);
	});

	it('is not alphabetical for every question, as it used to be', () => {
		const sorted = { ...base, items: ['Alpha', 'Bravo', 'Charlie', 'Delta'].reverse() };
		const orders = ['q-one', 'q-two', 'q-three', 'q-four'].map((id) =>
			startingOrder({ ...sorted, id }).join()
		);
		expect(new Set(orders).size).toBeGreaterThan(1);
	});
});
