import { listLocalBanks, type LocalBank, type LocalBankList } from '$lib/storage/local-banks';
import type { QuestionType } from '$lib/schema/question-types';
import { studyDataOf } from './study-data';

/** What the study components need from a bank made on this device (as the server gives built-in ones). */
export const localStudyData = ({ bank, article }: LocalBank) => studyDataOf(bank, article);

/**
 * The banks made on this device, less any since committed to questions/: a bank with a built-in
 * bank's id shows as the built-in one.
 */
export async function localBanksBeside(builtIn: readonly string[]): Promise<LocalBankList> {
	const { banks, problems } = await listLocalBanks();
	return { banks: banks.filter((b) => !builtIn.includes(b.id)), problems };
}

/** The bank page's summary of a local bank. */
export function localOverview({ bank }: LocalBank) {
	const typeCounts = {} as Record<QuestionType, number>;
	for (const q of bank.questions) typeCounts[q.type] = (typeCounts[q.type] ?? 0) + 1;
	return {
		title: bank.title,
		factCount: bank.facts.length,
		questionCount: bank.questions.length,
		typeCounts,
		sources: bank.questions.map((q) => ({ source: q.source }))
	};
}
