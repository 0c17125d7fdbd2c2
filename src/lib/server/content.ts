import { contentRoot, readContentFiles } from '$lib/content/files';
import { ContentError, validateContent, type Content } from '$lib/content/validate';
import type { Article, Bank, BankPayload, BankSummary, QuestionType } from '$lib/schema';
import { questionTypes } from '$lib/schema/question-types';

let cached: Content | undefined;

/** Loads and validates `questions/` once per build; any problem fails the build, listing them all. */
export function content(): Content {
	if (!cached) {
		const root = contentRoot();
		const { content, problems } = validateContent(readContentFiles(root));
		if (problems.length) throw new ContentError(root, problems);
		cached = content;
	}
	return cached;
}

export function countTypes(bank: Bank): Record<QuestionType, number> {
	const counts = Object.fromEntries(questionTypes.map((t) => [t, 0])) as Record<
		QuestionType,
		number
	>;
	for (const question of bank.questions) counts[question.type] += 1;
	return counts;
}

function articleOf(bank: Bank): Article {
	const article = content().articles.get(bank.article);
	if (!article) throw new Error(`bank ${bank.id} names a missing article`);
	return article;
}

export function bankSummaries(): BankSummary[] {
	return [...content().banks.values()]
		.map((bank) => {
			const article = articleOf(bank);
			return {
				id: bank.id,
				title: bank.title,
				article: article.id,
				publisher: article.publisher,
				published: article.published,
				questionCount: bank.questions.length,
				factCount: bank.facts.length,
				questionTypes: countTypes(bank)
			};
		})
		.sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
}

/** One bank with the full text of its article, as `/api/banks/[id].json` serves it. */
export function bankPayload(id: string): BankPayload | undefined {
	const bank = content().banks.get(id);
	return bank && { bank, article: articleOf(bank) };
}
