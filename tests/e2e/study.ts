import { expect, type Page } from '@playwright/test';
import { BankPayload, type Question } from '../../src/lib/schema';

export const seed = 'kishida-biden-summit';

/**
 * How long to wait while the generator runs in its worker (generating, and saving, which
 * generates again): on a busy machine a cold worker takes longer than an assertion's default 5 s.
 */
export const generating = { timeout: 30_000 };

export async function loadBank(page: Page) {
	const response = await page.request.get(`/api/banks/${seed}.json`);
	return BankPayload.parse(await response.json());
}

/** A wrong answer of the same form as the right one. */
function wrongAnswer(question: Question): string {
	if (question.type === 'true_false') return question.answer === 'True' ? 'False' : 'True';
	if ('options' in question && question.options) {
		return question.options.find((o) => o !== question.answer)!;
	}
	return 'Zzyzx';
}

/** Answers the question on screen, rightly or wrongly, through the page's own controls. */
export async function answerShown(page: Page, questions: Map<string, Question>, right: boolean) {
	const id = await page.locator('.prompt[data-question-id]').getAttribute('data-question-id');
	const question = questions.get(id ?? '');
	expect(question, `question ${id} is in the bank`).toBeDefined();
	const q = question!;
	const response = right ? q.answer : wrongAnswer(q);
	const input = page.getByLabel('Your answer');
	if (await input.isVisible()) {
		await input.fill(response);
		await input.press('Enter');
	} else {
		await page
			.getByRole('group')
			.getByRole('button', { name: response, exact: false })
			.first()
			.click();
	}
	return q;
}
