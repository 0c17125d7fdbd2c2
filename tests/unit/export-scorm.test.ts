import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { scormFiles, scriptJson, toScorm } from '../../src/lib/export/scorm';
import { gradeAnswer } from '../../src/lib/grading/grade';
import { AssignedSet, Bank, type Question } from '../../src/lib/schema';
import { buildSharedSet, SharedSet } from '../../src/lib/share';
import {
	interactionOf,
	responseCode,
	responseFromCode
} from '../../src/lib/share/scorm/interactions';
import {
	cmiTimespan,
	findApi,
	type ApiWindow,
	type Scorm12Api
} from '../../src/lib/share/scorm/lms';
import { ScormRun } from '../../src/lib/share/scorm/scorm-run.svelte';
import {
	decodeSuspendData,
	encodeSuspendData,
	suspendDataLimit
} from '../../src/lib/share/scorm/suspend-data';
import { seededRandom } from '../../src/lib/util/random';
import { typeExamples } from './question-type-examples';

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const { body } = parseFrontMatter(
	readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
);

/** A set of the seed bank's first questions of every type, `n` of them at most. */
function seedSet(n: number, settings: Partial<AssignedSet> = {}): SharedSet {
	const byType = new Map<string, Question[]>();
	for (const q of bank.questions) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
	const picked: Question[] = [];
	for (let i = 0; picked.length < n && i < bank.questions.length; i++) {
		for (const list of byType.values()) if (list[i] && picked.length < n) picked.push(list[i]!);
	}
	const set = AssignedSet.parse({
		version: 1,
		id: 'summit-homework',
		title: 'Summit homework',
		items: picked.map((q) => ({ bank: bank.id, question: q.id })),
		...settings
	});
	return buildSharedSet(set, () => ({ bank, article: { body } }), new Date('2026-03-02T09:00:00Z'));
}

const player = { js: 'console.log("player")', css: 'body{}' };

const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	htmlEntities: true,
	isArray: (name) => ['file', 'resource', 'organization', 'item'].includes(name)
});

type Node = Record<string, unknown>;

function readPackage(bytes: Uint8Array) {
	const files = Object.fromEntries(
		Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)])
	);
	const manifestText = files['imsmanifest.xml'] ?? '';
	expect(XMLValidator.validate(manifestText)).toBe(true);
	const manifest = (xml.parse(manifestText) as { manifest: Node }).manifest;
	return { files, manifest };
}

/** The set the launch page carries, read as the player reads it. */
function launchSet(html: string): unknown {
	const match = /<script type="application\/json" id="factdeck-set">([\s\S]*?)<\/script>/.exec(
		html
	);
	return JSON.parse(match?.[1] ?? 'null');
}

describe('SCORM 1.2 package', () => {
	const shared = seedSet(6, { passMark: 70 });
	const { files, manifest } = readPackage(toScorm(shared, player).bytes);

	it('has a SCORM 1.2 manifest whose identifiers all resolve', () => {
		const metadata = manifest.metadata as Node;
		expect(metadata.schema).toBe('ADL SCORM');
		expect(metadata.schemaversion).toBe('1.2');
		const ncName = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
		const organizations = manifest.organizations as Node & { organization: Node[] };
		const [organization] = organizations.organization;
		expect(organizations['@_default']).toBe(organization?.['@_identifier']);
		const [item] = (organization as Node & { item: Node[] }).item;
		expect(item?.title).toBe('Summit homework');
		expect(item?.['adlcp:masteryscore']).toBe('70');
		const [resource] = (manifest.resources as { resource: Node[] }).resource;
		expect(item?.['@_identifierref']).toBe(resource?.['@_identifier']);
		expect(resource?.['@_adlcp:scormtype']).toBe('sco');
		expect(resource?.['@_type']).toBe('webcontent');
		expect(resource?.['@_href']).toBe('index.html');
		const ids = [
			manifest['@_identifier'],
			organization?.['@_identifier'],
			item?.['@_identifier'],
			resource?.['@_identifier']
		] as string[];
		for (const id of ids) expect(id).toMatch(ncName);
		expect(new Set(ids).size).toBe(ids.length);
		expect(manifest['@_xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
		expect(manifest['@_xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
	});

	it('lists every file it holds, and holds every file it lists', () => {
		const [resource] = (manifest.resources as { resource: (Node & { file: Node[] })[] }).resource;
		const listed = resource!.file.map((f) => f['@_href'] as string);
		expect(listed).toEqual([...scormFiles]);
		expect(Object.keys(files).sort()).toEqual([...listed, 'imsmanifest.xml'].sort());
		expect(files['player.js']).toBe(player.js);
		expect(files['player.css']).toBe(player.css);
	});

	it('launches a page that loads only its own files, by relative paths', () => {
		const html = files['index.html'] ?? '';
		const refs = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
		expect(refs.sort()).toEqual(['player.css', 'player.js']);
		expect(SharedSet.parse(launchSet(html))).toEqual(shared);
	});

	it('keeps hostile text as text in the launch page and the manifest', () => {
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
					'</script>',
					']]>',
					'<!--',
					'\u2028',
					'\n',
					'é',
					'😀'
				),
				minLength: 1,
				maxLength: 12
			})
			.map((s) => s.trim())
			.filter((s) => s.length > 0);
		fc.assert(
			fc.property(hostile, hostile, hostile, (title, prompt, quote) => {
				const base = seedSet(2);
				const set: SharedSet = {
					...base,
					set: { ...base.set, title },
					questions: base.questions.map((q, i) =>
						i === 0
							? {
									...q,
									quote,
									question: { ...q.question, prompt: `${prompt} ` + q.question.prompt }
								}
							: q
					)
				};
				const { files: written, manifest: read } = readPackage(toScorm(set, player).bytes);
				const html = written['index.html'] ?? '';
				expect(launchSet(html)).toEqual(set);
				// The page's own markup is the only markup: one script element of data, one of code.
				expect(html.match(/<script/g)).toHaveLength(2);
				const organization = (read.organizations as { organization: Node[] }).organization[0];
				expect(organization?.title).toBe(title);
			}),
			{ numRuns: 60 }
		);
		expect(scriptJson('</script><!--')).not.toMatch(/[<>]/);
	});
});

describe('SCORM interactions', () => {
	const formats: Record<string, RegExp> = {
		'true-false': /^[tf]$/,
		choice: /^[a-z]$/,
		'fill-in': /^[\s\S]{0,255}$/,
		matching: /^(\d\.[a-z])(,\d\.[a-z])*$/,
		sequencing: /^[a-z](,[a-z])*$/
	};

	it.each(typeExamples)('%s: reported in its SCORM type and kept in a short code', (_, example) => {
		const { question, right, wrong } = example;
		const ok = interactionOf(question, right);
		expect(ok.id).toMatch(/^[A-Za-z0-9_-]{1,255}$/);
		expect(ok.response).toMatch(formats[ok.type]!);
		expect(ok.pattern).toMatch(formats[ok.type]!);
		if (ok.type !== 'fill-in') expect(ok.response).toBe(ok.pattern);
		for (const response of [right, wrong]) {
			const back = responseFromCode(question, responseCode(question, response));
			expect(back).toBeDefined();
			expect(gradeAnswer(question, back!).correct).toBe(gradeAnswer(question, response).correct);
		}
	});

	it('writes timespans as SCORM 1.2 does', () => {
		expect(cmiTimespan(5_200)).toBe('0000:00:05.20');
		expect(cmiTimespan(3_723_450)).toBe('0001:02:03.45');
	});
});

describe('SCORM suspend data', () => {
	it('puts the order and every answer back', () => {
		const shared = seedSet(6, { order: 'shuffled' });
		const order = [...shared.questions.map((q) => q.question.id)].reverse();
		const questions = new Map(shared.questions.map((q) => [q.question.id, q.question]));
		const answers = order.slice(0, 4).map((id, i) => {
			const q = questions.get(id)!;
			const response = i % 2 ? q.answer : 'nothing like it';
			return { questionId: id, response, correct: gradeAnswer(q, response).correct, ms: 0 };
		});
		const back = decodeSuspendData(
			shared,
			encodeSuspendData(shared, { order, answers, finished: false })
		);
		expect(back?.order).toEqual(order);
		expect(back?.answers.map((a) => a.correct)).toEqual(answers.map((a) => a.correct));
		expect(back?.finished).toBe(false);
		// Another set's record, or garbage, starts afresh.
		expect(
			decodeSuspendData(seedSet(5), encodeSuspendData(shared, { order, answers, finished: false }))
		).toBeUndefined();
		expect(decodeSuspendData(shared, '{"v":1')).toBeUndefined();
	});

	it('stays within 4,096 characters for the largest set, keeping every right and wrong', () => {
		const base = seedSet(1);
		const q = base.questions[0]!;
		const questions = Array.from({ length: 200 }, (_, i) => ({
			...q,
			question: { ...q.question, id: `q-${i}-short`, type: 'short_answer' as const }
		}));
		const shared = { ...base, questions } as SharedSet;
		const order = questions.map((x) => x.question.id);
		const answers = order.map((id, i) => ({
			questionId: id,
			response: `a long typed answer ${'x'.repeat(100)} ${i}`,
			correct: i % 3 === 0,
			ms: 0
		}));
		const text = encodeSuspendData(shared, { order, answers, finished: true });
		expect(text.length).toBeLessThanOrEqual(suspendDataLimit);
		const back = decodeSuspendData(shared, text);
		expect(back?.answers.map((a) => a.correct)).toEqual(answers.map((a) => a.correct));
		expect(back?.finished).toBe(true);
	});
});

describe('finding the LMS', () => {
	const api = { LMSInitialize: () => 'true', LMSSetValue: () => 'true' };
	const top: ApiWindow = { parent: null };
	top.parent = top;

	it('walks up the parents, then the opener', () => {
		const lms: ApiWindow = { API: api, parent: null };
		lms.parent = lms;
		const middle: ApiWindow = { parent: lms };
		expect(findApi({ parent: middle })).toBe(api);
		expect(findApi({ parent: top, opener: { parent: lms } })).toBe(api);
		expect(findApi({ parent: top })).toBeUndefined();
	});

	it('stops at a frame of another origin', () => {
		const foreign = {
			get API(): unknown {
				throw new DOMException('Blocked', 'SecurityError');
			},
			get parent(): ApiWindow {
				throw new DOMException('Blocked', 'SecurityError');
			}
		};
		expect(findApi({ parent: foreign as ApiWindow })).toBeUndefined();
	});
});

describe('a set played against a SCORM 1.2 runtime (scorm-again)', () => {
	const shared = seedSet(6, { passMark: 50 });
	const lms = (cmi: Record<string, unknown> = {}) => {
		const api = new Scorm12API({ logLevel: 5, lmsCommitUrl: false, autocommit: false });
		api.loadFromJSON(
			{ core: { student_id: 's-1', student_name: 'Student, A', entry: 'ab-initio' }, ...cmi },
			''
		);
		return api;
	};
	const rightResponse = (q: Question) =>
		'pairs' in q ? JSON.stringify(q.pairs) : 'items' in q ? JSON.stringify(q.items) : q.answer;
	/** Answers the next `count` questions, every third one wrong. */
	const answerAll = (run: ScormRun, count: number) => {
		for (let i = 0; i < count; i++) {
			const { question } = run.items[run.kept.answers.length]!;
			const response = i % 3 === 2 ? 'wrong on purpose' : rightResponse(question);
			const { correct } = gradeAnswer(question, response);
			const answer = { questionId: question.id, response, correct, ms: 1200 };
			run.saveAnswer(answer, [...run.kept.answers, answer]);
		}
	};

	it('reports interactions, score and status, and resumes a suspended attempt', () => {
		const api = lms();
		const first = new ScormRun(shared, {
			api: api as unknown as Scorm12Api,
			random: seededRandom(1)
		});
		first.begin();
		expect(api.cmi.core.lesson_status).toBe('incomplete');
		answerAll(first, 2);
		first.leave();
		const core = (api.renderCMIToJSONObject().cmi as { core: Node }).core;
		expect(core.exit).toBe('suspend');
		expect(api.cmi.suspend_data.length).toBeLessThanOrEqual(suspendDataLimit);
		expect(api.cmi.core.lesson_location).toBe('2');

		const saved = api.renderCMIToJSONObject().cmi as Record<string, unknown>;
		const again = lms({ ...saved, core: { ...(saved.core as object), entry: 'resume', exit: '' } });
		const second = new ScormRun(shared, {
			api: again as unknown as Scorm12Api,
			random: seededRandom(2)
		});
		expect(second.resumed).toBe(true);
		expect(second.kept.order).toEqual(first.kept.order);
		expect(second.kept.answers.map((a) => a.correct)).toEqual(
			first.kept.answers.map((a) => a.correct)
		);
		second.begin();
		answerAll(second, 4);
		expect(second.finish()).toBe(true);

		const correct = second.kept.answers.filter((a) => a.correct).length;
		expect(again.cmi.core.score.raw).toBe(String(Math.round((correct / 6) * 100)));
		expect(again.cmi.core.score.min).toBe('0');
		expect(again.cmi.core.score.max).toBe('100');
		expect(again.cmi.core.lesson_status).toBe(correct / 6 >= 0.5 ? 'passed' : 'failed');
		// Read as the LMS stores them: interactions are write-only to the package.
		const stored = (again.renderCMIToJSONObject().cmi as { interactions: Record<string, Node> })
			.interactions;
		const interactions = Object.values(stored);
		expect(interactions).toHaveLength(6);
		expect(interactions.map((i) => i.id)).toEqual(second.kept.order);
		expect(interactions.map((i) => i.result)).toEqual(
			second.kept.answers.map((a) => (a.correct ? 'correct' : 'wrong'))
		);
		expect(again.isTerminated()).toBe(true);
	});

	it('takes the LMS mastery score over the set pass mark', () => {
		const api = lms({ student_data: { mastery_score: '100' } });
		const run = new ScormRun(shared, {
			api: api as unknown as Scorm12Api,
			random: seededRandom(1)
		});
		expect(run.mastery).toBe(100);
		run.begin();
		answerAll(run, 6);
		run.finish();
		expect(api.cmi.core.lesson_status).toBe('failed');
	});

	it('plays without an LMS as a preview', () => {
		const run = new ScormRun(shared, { api: undefined, random: seededRandom(1) });
		expect(run.preview).toBe(true);
		run.begin();
		answerAll(run, 6);
		expect(run.finish()).toBe(true);
		expect(run.finished).toBe(true);
	});
});
