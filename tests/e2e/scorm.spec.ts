import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { expect, test, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { Question } from '../../src/lib/schema';
import { loadBank } from './study';

// A stand-in LMS on its own origin: scorm-again's SCORM 1.2 runtime as `window.API`, the package
// unzipped under /course/ and launched in a frame, as Moodle or Canvas would.
const lms = 'http://lms.test';
const runtime = createRequire(import.meta.url).resolve('scorm-again/scorm12/min');

const lmsPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Test LMS</title>
<script src="/scorm-again/scorm12.min.js"></script>
<script>
	const state = location.hash ? JSON.parse(decodeURIComponent(location.hash.slice(1))) : {};
	window.API = new Scorm12API({ logLevel: 5, lmsCommitUrl: false, autocommit: false });
	window.API.loadFromJSON(state, '');
</script>
</head>
<body>
<main>
<h1>Test LMS</h1>
<button id="exit" type="button">Exit activity</button>
<iframe title="Activity" src="/course/index.html" style="width: 100%; height: 80vh"></iframe>
</main>
<script>
	document.getElementById('exit').onclick = () => {
		document.querySelector('iframe').src = 'about:blank';
	};
</script>
</body>
</html>
`;

type Cmi = {
	suspend_data: string;
	core: Record<string, string> & { score: Record<string, string> };
	interactions: Record<string, Record<string, string>>;
};

/** Serves the LMS and the package; records any request the package makes outside itself. */
async function serveLms(context: BrowserContext, files: Record<string, Uint8Array>) {
	const outside: string[] = [];
	const script = await readFile(runtime);
	await context.route(`${lms}/**`, async (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/lms.html') {
			return route.fulfill({ body: lmsPage, contentType: 'text/html' });
		}
		if (path === '/scorm-again/scorm12.min.js') {
			return route.fulfill({ body: script, contentType: 'text/javascript' });
		}
		const file = path.startsWith('/course/') ? files[path.slice('/course/'.length)] : undefined;
		if (!file) {
			outside.push(path);
			return route.abort();
		}
		const type = path.endsWith('.html')
			? 'text/html'
			: path.endsWith('.css')
				? 'text/css'
				: path.endsWith('.js')
					? 'text/javascript'
					: 'application/xml';
		return route.fulfill({ body: Buffer.from(file), contentType: type });
	});
	// Whatever the package asks of any other host is outside it too.
	context.on('request', (request) => {
		const frame = request.frame();
		if (frame.parentFrame() && !request.url().startsWith(`${lms}/course/`)) {
			if (!request.url().startsWith('about:')) outside.push(request.url());
		}
	});
	return outside;
}

/** The runtime's data model as the LMS would store it. */
const cmiOf = (page: Page) =>
	page.evaluate(
		() =>
			(
				window as unknown as { API: { renderCMIToJSONObject(): { cmi: unknown } } }
			).API.renderCMIToJSONObject().cmi
	) as Promise<Cmi>;

const terminated = (page: Page) =>
	page.evaluate(() =>
		(window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated()
	);

/** Answers the question shown in the player, rightly or wrongly, through its own controls. */
async function answerShown(frame: FrameLocator, questions: Map<string, Question>, right: boolean) {
	const id = await frame.locator('.prompt[data-question-id]').getAttribute('data-question-id');
	const q = questions.get(id ?? '');
	expect(q, `question ${id} is in the bank`).toBeDefined();
	const question = q!;
	const wrong =
		question.type === 'true_false'
			? question.answer === 'True'
				? 'False'
				: 'True'
			: 'options' in question && question.options
				? question.options.find((o) => o !== question.answer)!
				: 'Zzyzx';
	const response = right ? question.answer : wrong;
	const input = frame.getByLabel('Your answer');
	if (await input.isVisible()) {
		await input.fill(response);
		await input.press('Enter');
	} else {
		await frame.getByRole('group').getByRole('button', { name: response }).first().click();
	}
	await expect(frame.getByRole('region', { name: 'Feedback' })).toContainText(
		right ? 'Correct.' : 'Not quite.'
	);
	return question;
}

test('a set played in an LMS reports its score and interactions, and resumes offline', async ({
	page,
	browser
}) => {
	test.setTimeout(240_000);
	const { bank } = await loadBank(page);
	const questions = new Map(bank.questions.map((q) => [q.id, q]));
	const title = 'Summit & "LMS" <script>alert(1)</script> ]]>';

	// The teacher builds a set and downloads its package beside the link.
	await page.goto('/teach');
	await expect(page.getByRole('button', { name: 'Draw' })).toBeEnabled();
	for (const type of ['Matching', 'Ordering']) {
		const box = page.getByRole('checkbox', { name: type, exact: true });
		if (await box.count()) await box.uncheck();
	}
	await page.getByLabel(/^Draw/).fill('5');
	await page.getByRole('button', { name: 'Draw' }).click();
	await expect(page.getByText('5 picked')).toBeVisible();
	await page.getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Create link' }).click();
	const button = page.getByRole('button', { name: 'Download for your LMS (SCORM 1.2)' });
	await expect(button).toBeEnabled({ timeout: 30_000 });
	const download = page.waitForEvent('download', { timeout: 120_000 });
	await button.click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/-scorm12\.zip$/);
	const files = unzipSync(new Uint8Array(await readFile((await file.path())!)));
	const manifest = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(
		strFromU8(files['imsmanifest.xml']!)
	);
	const mastery = manifest.manifest.organizations.organization.item['adlcp:masteryscore'];
	expect(mastery).toBe('60');

	// The student opens the activity; the network goes once it has loaded.
	const student = await browser.newContext();
	const outside = await serveLms(student, files);
	const lmsTab = await student.newPage();
	const start = { core: { student_id: 's-1', student_name: 'Ruiz, Ana', entry: 'ab-initio' } };
	await lmsTab.goto(
		`${lms}/lms.html#${encodeURIComponent(JSON.stringify({ ...start, student_data: { mastery_score: mastery } }))}`
	);
	const frame = lmsTab.frameLocator('iframe');
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(title);
	await student.setOffline(true);
	const axe = await new AxeBuilder({ page: lmsTab }).include('iframe').analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	const plan = [true, false, true, true, true];
	await frame.getByRole('button', { name: 'Start' }).click();
	const asked: Question[] = [];
	for (const right of plan.slice(0, 2)) {
		asked.push(await answerShown(frame, questions, right));
		await frame.getByRole('button', { name: 'Next question' }).click();
	}
	// As in the app: the next question's answer has the focus, the live region names it.
	await expect(frame.getByRole('heading', { name: 'Question 3 of 5' })).toBeVisible();
	await expect(frame.locator('.visually-hidden[role="status"]')).toHaveText('Question 3 of 5');
	await expect(frame.locator(':is(input, select, textarea, button):focus')).toHaveCount(1);

	// Halfway, the student leaves: the LMS closes the activity.
	await lmsTab.getByRole('button', { name: 'Exit activity' }).click();
	await expect.poll(() => terminated(lmsTab), { timeout: 30_000 }).toBe(true);
	const left = await cmiOf(lmsTab);
	expect(left.core.exit).toBe('suspend');
	expect(left.core.lesson_status).toBe('incomplete');
	expect(left.core.lesson_location).toBe('2');
	expect(left.suspend_data.length).toBeGreaterThan(0);
	expect(left.suspend_data.length).toBeLessThanOrEqual(4096);
	expect(Object.values(left.interactions).map((i) => [i.id, i.result])).toEqual(
		asked.map((q, i) => [q.id, plan[i] ? 'correct' : 'wrong'])
	);
	await lmsTab.close();

	// The next launch resumes, again without a network once loaded.
	await student.setOffline(false);
	const again = await student.newPage();
	const resumed = { ...left, core: { ...left.core, entry: 'resume', exit: '' } };
	await again.goto(`${lms}/lms.html#${encodeURIComponent(JSON.stringify(resumed))}`);
	const frame2 = again.frameLocator('iframe');
	await expect(frame2.getByText('2 answered so far')).toBeVisible();
	await student.setOffline(true);
	await frame2.getByRole('button', { name: 'Continue' }).click();
	await expect(frame2.getByRole('heading', { name: 'Question 3 of 5' })).toBeVisible();
	for (const [i, right] of plan.slice(2).entries()) {
		asked.push(await answerShown(frame2, questions, right));
		await frame2.getByRole('button', { name: i === 2 ? 'Finish' : 'Next question' }).click();
	}
	await expect(frame2.getByRole('heading', { name: 'Done' })).toBeFocused();
	await expect(frame2.getByText('4 of 5')).toBeVisible();

	await expect.poll(() => terminated(again), { timeout: 30_000 }).toBe(true);
	const done = await cmiOf(again);
	expect(done.core.lesson_status).toBe('passed');
	expect(done.core.score).toMatchObject({ raw: '80', min: '0', max: '100' });
	expect(done.core.exit).toBe('');
	const interactions = Object.values(done.interactions);
	expect(interactions.map((i) => [i.id, i.result])).toEqual(
		asked.map((q, i) => [q.id, plan[i] ? 'correct' : 'wrong'])
	);
	const types: Record<string, string> = {
		mcq: 'choice',
		cloze: 'choice|fill-in',
		true_false: 'true-false',
		short_answer: 'fill-in'
	};
	for (const [i, interaction] of interactions.entries()) {
		expect(interaction.type).toMatch(new RegExp(`^(${types[asked[i]!.type]})$`));
		expect(interaction.student_response).not.toBe('');
	}
	expect(outside).toEqual([]);
	await student.close();
});
