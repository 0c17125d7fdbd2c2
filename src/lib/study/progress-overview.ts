import type { ResolvedPathname } from '$app/types';
import { questionTypeLabels, questionTypes, type QuestionType } from '../schema/question-types';
import type { BankStats } from './progress-client';

/** A bank as the progress page lists it. */
export interface ProgressBank {
	id: string;
	title: string;
	facts: string[];
	href: ResolvedPathname;
	/** Made on this device rather than shipped with the app. */
	local?: boolean;
}

/** The part of a bank made on this device that its progress needs. */
export interface LocalBankSummary {
	id: string;
	bank: {
		title: string;
		facts: readonly { id: string }[];
		questions: readonly { id: string; type: QuestionType }[];
	};
}

export function localProgressBank(record: LocalBankSummary, href: ResolvedPathname): ProgressBank {
	return {
		id: record.id,
		title: record.bank.title,
		facts: record.bank.facts.map((f) => f.id),
		href,
		local: true
	};
}

/** Each bank's figures by bank id, read together. */
export async function statsByBank(
	banks: readonly ProgressBank[],
	statsOf: (bank: ProgressBank) => Promise<BankStats>
): Promise<Record<string, BankStats>> {
	return Object.fromEntries(
		await Promise.all(banks.map(async (bank) => [bank.id, await statsOf(bank)] as const))
	);
}

export const percentLabel = (correct: number, total: number) =>
	total ? `${Math.round((correct / total) * 100)}%` : '—';

export interface AccuracyRow {
	type: QuestionType;
	label: string;
	correct: number;
	total: number;
	percent: string;
}

/** Accuracy for each question type answered at least once, in the usual order of types. */
export function accuracyRows(stats: Pick<BankStats, 'accuracyByType'>): AccuracyRow[] {
	return questionTypes.flatMap((type) => {
		const a = stats.accuracyByType[type];
		if (!a?.total) return [];
		return [
			{
				type,
				label: questionTypeLabels[type],
				correct: a.correct,
				total: a.total,
				percent: percentLabel(a.correct, a.total)
			}
		];
	});
}
