import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore, get, set } from 'idb-keyval';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDraft, reject } from '../../src/lib/authoring/draft';
import { saveDraft } from '../../src/lib/authoring/draft-store';
import { parseFrontMatter } from '../../src/lib/content/front-matter';
import { generateBank } from '../../src/lib/generate/index';
import { Article } from '../../src/lib/schema/article';
import {
	createAssignmentStore,
	encodeResultCode,
	encodeSetLink,
	SharedSet,
	startAttempt,
	attemptResult
} from '../../src/lib/share';
import { mergeAttempts } from '../../src/lib/share/backup-sections';
import {
	listTeacherSets,
	loadSetDraft,
	saveSetDraft,
	saveTeacherResults,
	saveTeacherSet,
	type SetDraft
} from '../../src/lib/share/teacher-sets';
import { createScheduler } from '../../src/lib/srs/scheduler';
import { createProgressStore } from '../../src/lib/storage';
import { localBankRecord, saveLocalBank } from '../../src/lib/storage/local-banks';
import { seededRandom } from '../../src/lib/util/random';
import { createDeviceBackup, jsonPieces } from '../../src/lib/storage/backup/device-backup';
import { progressSection, settingsSection } from '../../src/lib/storage/backup/sections';
import { deviceBackup } from '../../src/routes/progress/device-backup';

let counter = 0;

/** Every store of one device, in fresh databases. */
function device() {
	const n = ++counter;
	const progress = createProgressStore(createStore(`dev-${n}-progress`, 'progress'), null, {
		storage: undefined
	});
	const assignments = createAssignmentStore(createStore(`dev-${n}-assignments`, 'assignments'));
	const localBanks = createStore(`dev-${n}-banks`, 'banks');
	const teacher = createStore(`dev-${n}-teacher`, 'sets');
	const backup = deviceBackup({
		progress,
		assignments,
		localBanks,
		teacher
	});
	return { progress, assignments, localBanks, teacher, backup };
}

const t0 = new Date('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const scheduler = createScheduler();

const { data, body } = parseFrontMatter(
	readFileSync('tests/fixtures/articles/harbour-city-cup-final.md', 'utf8')
);
const article = Article.parse({ ...(data as object), id: 'cup-final', body });
const generated = generateBank(article);

const ids = ['q-one', 'q-two', 'q-three'];
const shared = SharedSet.parse({
	v: 1,
	set: { id: 'summit', title: 'Summit', order: 'fixed' },
	questions: ids.map((id, i) => ({
		bankId: 'summit',
		quote: `Sentence ${i}.`,
		question: {
			id,
			type: 'short_answer',
			prompt: `Question ${i}?`,
			answer: `Answer ${i}`,
			explanation: 'Because.',
			factId: `f-${i}`,
			source: { start: 0, end: 5 }
		}
	})),
	createdAt: '2026-03-01T08:00:00.000Z'
});

/** A device that studied, saved a bank and a draft, did an assignment and built a set. */
async function used() {
	const dev = device();
	await dev.progress.recordAnswer(
		{
			bankId: 'summit',
			factId: 'f-1',
			questionId: 'q-1',
			questionType: 'short_answer',
			grade: 3,
			correct: true,
			response: '<b>typed</b>',
			durationMs: 900,
			mode: 'review',
			now: at(0)
		},
		scheduler
	);
	await dev.progress.saveSettings({ requestRetention: 0.9, newPerDay: 7 });
	await saveLocalBank(
		localBankRecord(
			{ article, review: { version: 1, decisions: {} }, bank: generated.bank },
			at(1)
		),
		dev.localBanks
	);
	const draft = createDraft(article, generated);
	reject(draft, draft.raw[0]!.id);
	await saveDraft({ version: 1, slot: 'new', savedAt: at(2).toISOString(), draft }, dev.localBanks);
	const link = await encodeSetLink(shared);
	const record = await dev.assignments.saveAssignment(shared, link, at(3));
	const attempt = startAttempt(shared, {
		student: 'Sam',
		attempt: 1,
		now: at(4),
		random: seededRandom(1)
	});
	attempt.answers.push({ questionId: 'q-one', response: 'Answer 0', correct: true, ms: 500 });
	await dev.assignments.saveAttempt(record.key, attempt);
	await saveTeacherSet(shared, `https://example.org/sets#${link}`, at(5), dev.teacher);
	await saveSetDraft(setDraft, dev.teacher);
	const code = await encodeResultCode(attemptResult(shared, attempt, at(6)));
	await saveTeacherResults('summit', [code], dev.teacher);
	await saveTeacherResults('committed-set', [code], dev.teacher);
	// A set a colleague built: only its link was pasted on /teach/results.
	await saveTeacherResults('pasted-only', [code], dev.teacher);
	return dev;
}

const setDraft: SetDraft = {
	v: 1,
	title: 'Week 4',
	instructions: '',
	order: 'fixed',
	mode: 'quiz',
	feedback: 'immediate',
	due: '',
	passMark: 60,
	picked: ['summit/q-one'],
	editing: 'summit',
	savedAt: at(5).toISOString()
};

/** The file without its export time, to compare two devices' contents. */
const contents = (text: string) => {
	const file = JSON.parse(text) as Record<string, unknown>;
	delete file.exportedAt;
	return file;
};

/** A backup file as a test edits it by hand. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field, at any depth
type Json = Record<string, any>;

describe('the backup of everything on a device', () => {
	it('restores every store into an empty device, the same store by store', async () => {
		const source = await used();
		const { text } = await source.backup.exportText(at(10));
		const file = JSON.parse(text) as Record<string, unknown[]>;
		expect(file).toMatchObject({ format: 'factdeck-progress', version: 2 });
		for (const field of [
			'cards',
			'reviews',
			'localBanks',
			'drafts',
			'assignments',
			'attempts',
			'teacherSets',
			'teacherResults',
			'setDrafts'
		])
			expect(file[field], field).toHaveLength(field === 'teacherResults' ? 3 : 1);
		expect(file.settings).toEqual({ requestRetention: 0.9, newPerDay: 7 });

		const target = device();
		const counts = await target.backup.importText(text, at(11));
		expect(counts).toEqual({
			reviewsAdded: 1,
			reviewsKnown: 0,
			cardsUpdated: 1,
			settings: 1,
			banks: 1,
			drafts: 1,
			assignments: 1,
			attempts: 1,
			teacherSets: 1,
			setDrafts: 1,
			results: 3
		});
		expect(contents((await target.backup.exportText(at(12))).text)).toEqual(contents(text));
	});

	it('never writes over a record a newer version saved, and says to reload and import again', async () => {
		const { text } = await (await used()).backup.exportText(at(10));
		const target = device();
		const newer = { version: 2, id: article.id, fromTheFuture: true };
		await set(`bank:${article.id}`, newer, target.localBanks);
		await expect(target.backup.importText(text, at(11))).rejects.toThrow(
			'Part of this backup was not imported: Factdeck was updated in another tab, and what it saved is left as it is. Reload this page and import the file again; nothing is added twice.'
		);
		expect(await get(`bank:${article.id}`, target.localBanks)).toEqual(newer);
		expect(await get(`quarantine:bank:${article.id}`, target.localBanks)).toBeUndefined();
	});

	it('changes nothing when the same file is imported twice', async () => {
		const { text } = await (await used()).backup.exportText(at(10));
		const target = device();
		await target.backup.importText(text, at(11));
		const once = (await target.backup.exportText(at(12))).text;
		expect(await target.backup.importText(text, at(13))).toEqual({
			reviewsAdded: 0,
			reviewsKnown: 1,
			cardsUpdated: 0,
			banks: 0,
			drafts: 0,
			assignments: 0,
			attempts: 0,
			teacherSets: 0,
			setDrafts: 0,
			results: 0
		});
		expect(contents((await target.backup.exportText(at(14))).text)).toEqual(contents(once));
	});

	it('refuses a backup from a newer version, in plain words, and stores nothing', async () => {
		const file = JSON.parse((await (await used()).backup.exportText(at(10))).text) as {
			version: number;
		};
		file.version = 3;
		const target = device();
		const empty = contents((await target.backup.exportText(at(11))).text);
		await expect(target.backup.importText(JSON.stringify(file), at(12))).rejects.toThrow(
			'This backup was made by a newer version of Factdeck (backup version 3; this version reads up to 2). Reload Factdeck to update it, then import the file again. Nothing was imported.'
		);
		expect(contents((await target.backup.exportText(at(13))).text)).toEqual(empty);
	});

	it('refuses HTML in any id, title or prompt and stores nothing, but keeps typed answers as typed', async () => {
		const text = (await (await used()).backup.exportText(at(10))).text;
		const target = device();
		const empty = contents((await target.backup.exportText(at(11))).text);
		const spoiled: [string, (file: Json) => void][] = [
			[
				'teacherSets.0.shared.set.title',
				(f) => (f.teacherSets[0].shared.set.title = '<b>Summit</b>')
			],
			['reviews.0.factId', (f) => (f.reviews[0].factId = '<img src=x onerror=alert(1)>')],
			[
				'assignments.0.shared.questions.1.question.prompt',
				(f) => (f.assignments[0].shared.questions[1].question.prompt = 'Who &amp; when?')
			],
			['localBanks.0.bank.title', (f) => (f.localBanks[0].bank.title = 'See javascript:alert(1)')]
		];
		const bidi = JSON.parse(text) as Json;
		bidi.drafts[0].draft.notes = { note: 'Checked \u202eit' };
		await expect(target.backup.importText(JSON.stringify(bidi), at(12))).rejects.toThrow(
			'This backup holds something other than plain text (drafts.0.draft.notes.note: a control character), so it was refused. Nothing was imported.'
		);
		for (const [path, spoil] of spoiled) {
			const file = JSON.parse(text) as Json;
			spoil(file);
			await expect(target.backup.importText(JSON.stringify(file), at(12)), path).rejects.toThrow(
				`This backup holds something other than plain text (${path}: HTML `
			);
		}
		expect(contents((await target.backup.exportText(at(13))).text)).toEqual(empty);
		// The answer typed in the review log ("<b>typed</b>") is not markup to refuse.
		await target.backup.importText(text, at(14));
		expect((await target.progress.loadAll()).reviews[0]!.response).toBe('<b>typed</b>');
	});

	it('refuses a file where one bad record spoils it, storing none of the good ones', async () => {
		const file = JSON.parse((await (await used()).backup.exportText(at(10))).text) as Json;
		file.attempts[0].attempts[0].answers[0].ms = -1;
		const target = device();
		await expect(target.backup.importText(JSON.stringify(file), at(11))).rejects.toThrow(
			/^This file is not a Factdeck progress backup, so nothing was imported \(attempts\.0\.attempts\.0\.answers\.0\.ms: /
		);
		expect((await target.progress.loadAll()).reviews).toEqual([]);
		expect((await target.assignments.listAssignments(at(12))).assignments).toEqual([]);
	});

	it('checks its long lists by hand exactly as zod does: the same data, the same refusals', async () => {
		const dev = await used();
		const sections = (quick: boolean) => {
			const progress = progressSection(dev.progress);
			return createDeviceBackup([
				quick ? progress : { ...progress, quick: undefined },
				settingsSection(dev.progress)
			]);
		};
		const [fast, zodOnly] = [sections(true), sections(false)];
		const text = (await fast.exportText(at(10))).text;
		expect(fast.validate(text)).toEqual(zodOnly.validate(text));
		const spoil: ((file: Json) => void)[] = [
			(file) => (file.reviews[0].grade = 7),
			(file) => (file.cards[0].extra = true),
			(file) => (file.exportedAt = 'yesterday'),
			(file) => (file.undos = {})
		];
		for (const change of spoil) {
			const file = JSON.parse(text) as Json;
			change(file);
			const bad = JSON.stringify(file);
			const message = (() => {
				try {
					zodOnly.validate(bad);
				} catch (error) {
					return (error as Error).message;
				}
				throw new Error('zod took a spoilt file');
			})();
			expect(message).toMatch(/^This file is not a Factdeck progress backup/);
			expect(() => fast.validate(bad)).toThrow(message);
		}
	});

	it('still imports a version-1 progress backup', async () => {
		const source = await used();
		const v1 = await source.progress.exportBackup(at(10));
		const target = device();
		const counts = await target.backup.importText(JSON.stringify(v1), at(11));
		expect(counts).toMatchObject({ reviewsAdded: 1, cardsUpdated: 1, banks: 0 });
		expect((await target.progress.loadAll()).cards).toEqual(
			(await source.progress.loadAll()).cards
		);
	});

	it('reads kept sets from a file written before sets had versions as first versions', async () => {
		const file = JSON.parse((await (await used()).backup.exportText(at(10))).text) as Json;
		for (const kept of file.teacherSets as Json[]) {
			delete kept.series;
			delete kept.edition;
			kept.v = 1;
		}
		const target = device();
		expect(await target.backup.importText(JSON.stringify(file), at(11))).toMatchObject({
			teacherSets: 1
		});
		const [kept] = (await listTeacherSets(target.teacher)).sets;
		expect(kept).toMatchObject({ v: 2, series: 'summit', edition: 1 });
		expect(await loadSetDraft(target.teacher)).toEqual(setDraft);
	});

	it('merges two devices: the newer set wins, answers and attempts are all kept', async () => {
		const a = await used();
		const b = await used();
		// Device B renamed the set later; device A's attempt gained an answer B does not have.
		const renamed = SharedSet.parse({
			...shared,
			set: { ...shared.set, title: 'Summit, revised' }
		});
		await saveTeacherSet(renamed, 'https://example.org/sets#x', at(20), b.teacher);
		const key = (await a.assignments.listAssignments(at(20))).assignments[0]!.key;
		const attempt = (await a.assignments.getAttempt(key, at(20)))!;
		await a.assignments.saveAttempt(key, {
			...attempt,
			answers: [...attempt.answers, { questionId: 'q-two', response: 'x', correct: false, ms: 100 }]
		});
		await a.backup.importText((await b.backup.exportText(at(21))).text, at(22));
		await b.backup.importText((await a.backup.exportText(at(23))).text, at(24));
		for (const dev of [a, b]) {
			const file = contents((await dev.backup.exportText(at(25))).text) as Json;
			expect(file.teacherSets[0].shared.set.title).toBe('Summit, revised');
			// Each device started its own attempt 1 (at the same time, by the same student): one attempt.
			expect(file.attempts[0].attempts).toHaveLength(1);
			expect(
				file.attempts[0].attempts[0].answers.map((x: { questionId: string }) => x.questionId)
			).toEqual(['q-one', 'q-two']);
		}
	});
});

describe('merging attempts', () => {
	const base = startAttempt(shared, {
		student: 'Sam',
		attempt: 1,
		now: t0,
		random: seededRandom(1)
	});
	it('keeps an attempt started elsewhere as a new attempt, and merges one attempt by question', () => {
		const other = { ...base, startedAt: at(30).toISOString() };
		expect(mergeAttempts([base], [other])).toEqual([{ ...other, attempt: 2 }]);
		expect(mergeAttempts([base, { ...other, attempt: 2 }], [other])).toEqual([]);
		const answered = {
			...base,
			answers: [{ questionId: 'q-one', response: 'a', correct: true, ms: 1 }],
			finishedAt: at(1).toISOString()
		};
		expect(mergeAttempts([base], [answered])).toEqual([answered]);
		expect(mergeAttempts([answered], [base])).toEqual([]);
	});
});

describe('the exported file', () => {
	it('is written in pieces that join to the one JSON text of the whole file (property)', () => {
		const list = fc.array(fc.jsonValue(), { maxLength: 1200 });
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.string().filter((k) => k !== '__proto__'),
					fc.oneof(fc.jsonValue(), list)
				),
				(file) => {
					const pieces = jsonPieces(file);
					expect(pieces.join('')).toBe(JSON.stringify(file, null, '\t'));
					for (const value of Object.values(file))
						if (Array.isArray(value) && value.length > 500)
							expect(pieces.length).toBeGreaterThan(3);
				}
			),
			{ numRuns: 200 }
		);
	});
});
