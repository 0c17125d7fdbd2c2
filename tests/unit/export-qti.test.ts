import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { itemsFromBank, itemsFromSet, toQti, type ExportItem } from '../../src/lib/export';
import { AssignedSet, Bank, gap, type Question } from '../../src/lib/schema';
import { buildSharedSet } from '../../src/lib/share';
import { typeExamples } from './question-type-examples';

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const { body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);

type Node = Record<string, unknown> & { '#text'?: string };
const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	trimValues: false,
	parseTagValue: false,
	parseAttributeValue: false,
	// Character references (&#9; and the like) resolved, as every conforming XML parser does.
	htmlEntities: true,
	isArray: (name) =>
		[
			'value',
			'simpleChoice',
			'simpleMatchSet',
			'simpleAssociableChoice',
			'mapEntry',
			'resource',
			'file',
			'dependency',
			'assessmentItemRef',
			'p',
			'outcomeDeclaration',
			'responseCondition',
			'modalFeedback'
		].includes(name)
});

/** Text as a reader of the XML sees it: character references resolved, `<br/>` left out. */
const textOf = (node: unknown): string =>
	typeof node === 'string' ? node : ((node as Node | undefined)?.['#text'] ?? '');
const asArray = <T>(v: T | T[] | undefined): T[] =>
	v === undefined ? [] : Array.isArray(v) ? v : [v];
const flat = (text: string) => text.replace(/\r\n?|\n/g, '');

/** What a QTI item holds, read back element by element. */
interface ReadItem {
	identifier: string;
	title: string;
	kind: 'choice' | 'textEntry' | 'match' | 'order';
	prompt: string;
	options: string[];
	/** The correct response, with identifiers replaced by the texts they stand for. */
	correct: string[];
	/** Accepted typed answers, from the mapping. */
	accepted: string[];
	template: string;
	/** The paragraphs of the feedback shown after a right and after a wrong answer. */
	feedback: { correct: string[]; incorrect: string[] };
}

/**
 * The scoring written out as its template says (all or nothing, or the mapped score), then
 * FEEDBACK set to "correct" at full marks, else "incorrect"; returns the two feedbacks' texts.
 */
function readFeedback(item: Node, template: string): ReadItem['feedback'] {
	const outcomes = asArray(item['outcomeDeclaration'] as Node[]);
	expect(outcomes.map((o) => [o['@_identifier'], o['@_baseType']])).toEqual([
		['SCORE', 'float'],
		['FEEDBACK', 'identifier']
	]);
	const [score, feedback] = asArray(
		(item['responseProcessing'] as Node)['responseCondition'] as Node[]
	);
	const scoreIf = score!['responseIf'] as Node;
	const scoreElse = score!['responseElse'] as Node;
	const set = (node: Node) => node['setOutcomeValue'] as Node;
	const base = (node: Node) => textOf((set(node)['baseValue'] as Node | string | undefined) ?? '');
	if (template === 'match_correct') {
		const match = scoreIf['match'] as Node;
		expect((match['variable'] as Node)['@_identifier']).toBe('RESPONSE');
		expect((match['correct'] as Node)['@_identifier']).toBe('RESPONSE');
		expect([base(scoreIf), base(scoreElse)]).toEqual(['1', '0']);
	} else {
		expect(((scoreIf['isNull'] as Node)['variable'] as Node)['@_identifier']).toBe('RESPONSE');
		expect(base(scoreIf)).toBe('0');
		expect((set(scoreElse)['mapResponse'] as Node)['@_identifier']).toBe('RESPONSE');
	}
	const feedbackIf = feedback!['responseIf'] as Node;
	expect(((feedbackIf['gte'] as Node)['variable'] as Node)['@_identifier']).toBe('SCORE');
	expect(textOf((feedbackIf['gte'] as Node)['baseValue'])).toBe('1');
	expect(set(feedbackIf)['@_identifier']).toBe('FEEDBACK');
	expect([base(feedbackIf), base(feedback!['responseElse'] as Node)]).toEqual([
		'correct',
		'incorrect'
	]);
	const modals = asArray(item['modalFeedback'] as Node[]);
	expect(modals.map((m) => [m['@_outcomeIdentifier'], m['@_identifier'], m['@_showHide']])).toEqual(
		[
			['FEEDBACK', 'correct', 'show'],
			['FEEDBACK', 'incorrect', 'show']
		]
	);
	const texts = (m: Node) => asArray(m['p'] as Node[]).map((p) => textOf(p));
	return { correct: texts(modals[0]!), incorrect: texts(modals[1]!) };
}

function readItem(source: string): ReadItem {
	expect(XMLValidator.validate(source)).toBe(true);
	const { assessmentItem: item } = xml.parse(source) as { assessmentItem: Node };
	expect(item['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
	const response = item['responseDeclaration'] as Node;
	expect(response['@_identifier']).toBe('RESPONSE');
	const values = asArray((response['correctResponse'] as Node)['value'] as string[]).map(textOf);
	const body = item['itemBody'] as Node;
	const template = String((item['responseProcessing'] as Node)['@_template']);
	const common = {
		identifier: String(item['@_identifier']),
		title: String(item['@_title']),
		template: template.replace('http://www.imsglobal.org/question/qti_v2p1/rptemplates/', ''),
		feedback: readFeedback(
			item,
			template.replace('http://www.imsglobal.org/question/qti_v2p1/rptemplates/', '')
		)
	};
	const choicesOf = (node: Node) => {
		const choices = asArray(node['simpleChoice'] as Node[]);
		return new Map(choices.map((c) => [String(c['@_identifier']), textOf(c)]));
	};
	if (body['choiceInteraction']) {
		const interaction = body['choiceInteraction'] as Node;
		expect(response['@_cardinality']).toBe('single');
		expect(response['@_baseType']).toBe('identifier');
		expect(interaction['@_maxChoices']).toBe('1');
		const choices = choicesOf(interaction);
		return {
			...common,
			kind: 'choice',
			prompt: textOf(interaction['prompt']),
			options: [...choices.values()],
			correct: values.map((v) => choices.get(v)!),
			accepted: []
		};
	}
	if (body['orderInteraction']) {
		const interaction = body['orderInteraction'] as Node;
		expect(response['@_cardinality']).toBe('ordered');
		expect(interaction['@_shuffle']).toBe('true');
		const choices = choicesOf(interaction);
		return {
			...common,
			kind: 'order',
			prompt: textOf(interaction['prompt']),
			options: [...choices.values()],
			correct: values.map((v) => choices.get(v)!),
			accepted: []
		};
	}
	if (body['matchInteraction']) {
		const interaction = body['matchInteraction'] as Node;
		expect(response['@_cardinality']).toBe('multiple');
		expect(response['@_baseType']).toBe('directedPair');
		const [left, right] = asArray(interaction['simpleMatchSet'] as Node[]).map(
			(set) =>
				new Map(
					asArray(set['simpleAssociableChoice'] as Node[]).map((c) => [
						String(c['@_identifier']),
						textOf(c)
					])
				)
		) as [Map<string, string>, Map<string, string>];
		return {
			...common,
			kind: 'match',
			prompt: textOf(interaction['prompt']),
			options: [...left.values(), ...right.values()],
			correct: values.map((v) => {
				const [l, r] = v.split(' ') as [string, string];
				return `${left.get(l)} → ${right.get(r)}`;
			}),
			accepted: []
		};
	}
	const paragraphs = asArray(body['p'] as Node[]);
	const entry = paragraphs.find((p) => p['textEntryInteraction']);
	expect(entry, 'a text entry').toBeDefined();
	expect((entry!['textEntryInteraction'] as Node)['@_responseIdentifier']).toBe('RESPONSE');
	expect(response['@_baseType']).toBe('string');
	const mapping = response['mapping'] as Node;
	return {
		...common,
		kind: 'textEntry',
		prompt: paragraphs.map(textOf).join(''),
		options: [],
		correct: values,
		accepted: asArray(mapping['mapEntry'] as Node[]).map((e) => {
			expect(e['@_mappedValue']).toBe('1');
			expect(e['@_caseSensitive']).toBe('false');
			return String(e['@_mapKey']);
		})
	};
}

/** The package: manifest resources, the test's item order, and every item read back. */
function readPackage(bytes: Uint8Array) {
	const files = unzipSync(bytes);
	const manifestXml = strFromU8(files['imsmanifest.xml']!);
	expect(XMLValidator.validate(manifestXml)).toBe(true);
	const { manifest } = xml.parse(manifestXml) as { manifest: Node };
	expect(manifest['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
	expect(textOf((manifest['metadata'] as Node)['schema'])).toBe('QTIv2.1 Package');
	const resources = asArray((manifest['resources'] as Node)['resource'] as Node[]);
	for (const resource of resources) {
		const href = String(resource['@_href']);
		expect(files[href], href).toBeDefined();
		expect(asArray(resource['file'] as Node[]).map((f) => f['@_href'])).toEqual([href]);
	}
	const itemResources = resources.filter((r) => r['@_type'] === 'imsqti_item_xmlv2p1');
	const [test] = resources.filter((r) => r['@_type'] === 'imsqti_test_xmlv2p1');
	const testXml = strFromU8(files[String(test!['@_href'])]!);
	expect(XMLValidator.validate(testXml)).toBe(true);
	const { assessmentTest } = xml.parse(testXml) as { assessmentTest: Node };
	const section = (assessmentTest['testPart'] as Node)['assessmentSection'] as Node;
	const refs = asArray(section['assessmentItemRef'] as Node[]).map((r) => String(r['@_href']));
	expect(refs).toEqual(itemResources.map((r) => r['@_href']));
	expect(asArray(test!['dependency'] as Node[]).map((d) => d['@_identifierref'])).toEqual(
		itemResources.map((r) => r['@_identifier'])
	);
	const items = itemResources.map((r) => {
		const read = readItem(strFromU8(files[String(r['@_href'])]!));
		expect(read.identifier).toBe(r['@_identifier']);
		return read;
	});
	return { files, items, title: String(assessmentTest['@_title']) };
}

/** What an item should hold for a question. */
function expected(
	question: Question
): Omit<ReadItem, 'identifier' | 'title' | 'template' | 'feedback'> {
	switch (question.type) {
		case 'mcq':
		case 'true_false':
			return {
				kind: 'choice',
				prompt: question.prompt,
				options: question.options,
				correct: [question.answer],
				accepted: []
			};
		case 'cloze':
			return question.options
				? {
						kind: 'choice',
						prompt: question.prompt,
						options: question.options,
						correct: [question.answer],
						accepted: []
					}
				: {
						kind: 'textEntry',
						prompt: question.prompt.replace(gap, ''),
						options: [],
						correct: [question.answer],
						accepted: unique([question.answer, ...question.accept])
					};
		case 'short_answer':
			return {
				kind: 'textEntry',
				prompt: question.prompt,
				options: [],
				correct: [question.answer],
				accepted: unique([question.answer, ...question.accept])
			};
		case 'matching':
			return {
				kind: 'match',
				prompt: question.prompt,
				options: [
					...question.pairs.map((p) => p.left),
					...question.pairs.map((p) => p.right).sort((a, b) => a.localeCompare(b, 'en'))
				],
				correct: question.pairs.map((p) => `${p.left} → ${p.right}`),
				accepted: []
			};
		case 'ordering':
			return {
				kind: 'order',
				prompt: question.prompt,
				options: [...question.items].sort((a, b) => a.localeCompare(b, 'en')),
				correct: question.items,
				accepted: []
			};
	}
}

const strip = (item: ReadItem) => ({
	kind: item.kind,
	prompt: flat(item.prompt),
	options: item.options,
	correct: item.correct,
	accepted: item.accepted
});
// Line breaks in text are <br/> elements, which the reader leaves out; typed answers keep theirs.
const flatten = (e: ReturnType<typeof expected>) => ({
	...e,
	prompt: flat(e.prompt),
	options: e.options.map(flat),
	correct: e.kind === 'textEntry' ? e.correct : e.correct.map(flat)
});
/** Answers that differ only in case are one mapping entry. */
const unique = (answers: string[]) =>
	answers.filter((a, i) => answers.findIndex((b) => b.toLowerCase() === a.toLowerCase()) === i);

/** The feedback an item should show for `item`, line breaks left out as the reader does. */
const expectedFeedback = ({ question, quote }: ExportItem): ReadItem['feedback'] => {
	const why = [
		...(question.explanation.trim() ? [flat(question.explanation)] : []),
		...(quote.trim() ? [`From the article: “${flat(quote)}”`] : [])
	];
	return {
		correct: ['Correct.', ...why],
		incorrect: [`Not quite. The answer: ${flat(question.answer)}`, ...why]
	};
};

describe('QTI 2.1 export', () => {
	const items = itemsFromBank(bank, body);
	const file = toQti(bank.title, items);
	const read = readPackage(file.bytes);

	it('is a zip with a manifest, a test and one item per seed question, in order', () => {
		expect(file.fileName).toBe('kishida-biden-agree-to-strengthen-deterrence-response-qti.zip');
		expect(file.mimeType).toBe('application/zip');
		expect(read.items.map((i) => i.identifier)).toEqual(bank.questions.map((q) => q.id));
		expect(read.title).toBe(bank.title);
		expect(Object.keys(read.files).sort()).toEqual(
			[
				'imsmanifest.xml',
				'assessment-test.xml',
				...bank.questions.map((q) => `items/${q.id}.xml`)
			].sort()
		);
	});

	it('writes each question as its interaction with prompt, options and correct response', () => {
		for (const [i, question] of bank.questions.entries()) {
			expect(strip(read.items[i]!)).toEqual(flatten(expected(question)));
			expect(read.items[i]!.template).toBe(
				read.items[i]!.kind === 'textEntry' ? 'map_response' : 'match_correct'
			);
		}
	});

	it('gives every item feedback for a right and a wrong answer, with its explanation and source', () => {
		for (const [i, item] of items.entries()) {
			expect(read.items[i]!.feedback, item.question.id).toEqual(expectedFeedback(item));
		}
		expect(read.items[0]!.feedback.correct[2]).toBe(`From the article: “${items[0]!.quote}”`);
	});

	it('gives every item a readable, unique title: the first words of its prompt, kicker left out', () => {
		const titles = read.items.map((i) => i.title);
		expect(new Set(titles).size).toBe(titles.length);
		for (const [i, title] of titles.entries()) {
			const words = title.replace(/( …)?( \(\d+\))?$/, '');
			expect(bank.questions[i]!.prompt.replace(/_____/g, '…')).toContain(words);
			expect(title.length).toBeLessThanOrEqual(60);
		}
	});

	it('packages a set the same way', () => {
		const set = AssignedSet.parse({
			version: 1,
			id: 'summit-homework',
			title: 'Summit & <homework> 1',
			items: bank.questions.slice(0, 4).map((q) => ({ bank: bank.id, question: q.id }))
		});
		const shared = buildSharedSet(
			set,
			() => ({ bank, article: { body } }),
			new Date('2026-03-02T09:00:00Z')
		);
		const pkg = readPackage(toQti(set.title, itemsFromSet(shared)).bytes);
		expect(pkg.title).toBe('Summit & <homework> 1');
		expect(pkg.items.map(strip)).toEqual(
			bank.questions.slice(0, 4).map((q) => flatten(expected(q)))
		);
	});

	// Every character XML, HTML and the LMSs' text formats treat specially.
	const hostile = fc
		.string({
			unit: fc.constantFrom(
				'a',
				' ',
				'<',
				'>',
				'&',
				'"',
				"'",
				'<script>',
				']]>',
				'&amp;',
				'[html]',
				'=',
				'+',
				'-',
				'@',
				'->',
				'{',
				'}',
				'~',
				'#',
				':',
				'\t',
				'\n',
				'é',
				'😀'
			),
			minLength: 1,
			maxLength: 12
		})
		.map((s) => s.trim())
		.filter((s) => s.length > 0);

	it('keeps any text as written, every file well-formed', () => {
		fc.assert(
			fc.property(
				hostile,
				fc.uniqueArray(hostile, {
					minLength: 2,
					maxLength: 5,
					comparator: (a, b) => a.toLowerCase() === b.toLowerCase()
				}),
				hostile,
				(prompt, texts, tail) => {
					const base = {
						accept: [],
						explanation: `${tail}\n${prompt}`,
						factId: 'f-1',
						source: { start: 0, end: 1 }
					};
					const questions: Question[] = [
						{ ...base, id: 'q-mcq', type: 'mcq', prompt, answer: texts[1]!, options: texts },
						{
							...base,
							id: 'q-short',
							type: 'short_answer',
							prompt,
							answer: texts[0]!,
							accept: texts.slice(1)
						},
						{
							...base,
							id: 'q-cloze',
							type: 'cloze',
							prompt: `${prompt} ${gap} ${tail}`,
							answer: texts[0]!,
							accept: texts.slice(1)
						},
						{ ...base, id: 'q-order', type: 'ordering', prompt, answer: 'x', items: texts },
						{
							...base,
							id: 'q-match',
							type: 'matching',
							prompt,
							answer: 'x',
							pairs: texts.map((t, i) => ({ left: t, right: `${texts[(i + 1) % texts.length]}!` }))
						}
					];
					// A control character XML cannot hold is left out, not written.
					const withControl = questions.map((q) => ({ ...q, prompt: `${q.prompt}\u0001` }));
					const pkg = readPackage(
						toQti(
							'T',
							withControl.map((question) => ({ question, quote: tail, bankId: 'b' }))
						).bytes
					);
					expect(pkg.items.map(strip)).toEqual(questions.map((q) => flatten(expected(q))));
					expect(pkg.items.map((i) => i.feedback)).toEqual(
						questions.map((question) => expectedFeedback({ question, quote: tail, bankId: 'b' }))
					);
				}
			),
			{ numRuns: 60 }
		);
	});
});

describe.each(typeExamples)('QTI export of a %s question', (_type, { question }) => {
	it('is one item holding the question', () => {
		const item: ExportItem = { question, quote: 'A quote.', bankId: 'b' };
		const { items } = readPackage(toQti('T', [item]).bytes);
		expect(items.map(strip)).toEqual([flatten(expected(question))]);
		expect(items[0]!.feedback).toEqual(expectedFeedback(item));
	});
});
