import type { BankSource, SharedSet } from '$lib/share/set-link';
import type { TeachBank } from '$lib/share/set-build';
import { bankPayload, content } from './content';

export type { TeachBank };

/** Every built-in bank with its questions quoted, for building sets. */
export function teachBanks(): TeachBank[] {
	return [...content().banks.keys()].map((id) => {
		const { bank, article } = bankPayload(id)!;
		return {
			id: bank.id,
			title: bank.title,
			facts: bank.facts.map((f) => ({ id: f.id, statement: f.statement })),
			questions: bank.questions.map((q) => ({
				...q,
				quote: article.body.slice(q.source.start, q.source.end)
			}))
		};
	});
}

/** Every built-in bank with its article's body, as a student's device reads it for a set link. */
export function bankSources(): BankSource[] {
	return [...content().banks.keys()].map((id) => {
		const { bank, article } = bankPayload(id)!;
		const { id: bankId, title, facts, questions } = bank;
		return { bank: { id: bankId, title, facts, questions }, article: { body: article.body } };
	});
}

/** A committed set as a link carries it, with its questions quoted from their articles. */
export function sharedSetFor(id: string): SharedSet | undefined {
	const set = content().sets.get(id);
	if (!set) return undefined;
	const banks = new Map(teachBanks().map((b) => [b.id, b]));
	const published = set.items
		.map((item) => content().articles.get(content().banks.get(item.bank)?.article ?? '')?.published)
		.filter((date) => date !== undefined)
		.sort()
		.at(-1);
	return {
		v: 1,
		set: {
			id: set.id,
			title: set.title,
			instructions: set.instructions,
			order: set.order,
			mode: set.mode,
			feedback: set.feedback,
			...(set.due ? { due: set.due } : {}),
			passMark: set.passMark,
			...(set.attempts ? { attempts: set.attempts } : {})
		},
		questions: set.items.map((item) => {
			const bank = banks.get(item.bank)!;
			const { quote, ...question } = bank.questions.find((q) => q.id === item.question)!;
			const statement = bank.facts.find((f) => f.id === question.factId)?.statement;
			return { bankId: bank.id, question, quote, ...(statement ? { statement } : {}) };
		}),
		// Stable across builds, so the same committed set is the same assignment on every device.
		createdAt: `${published ?? '2000-01-01'}T00:00:00.000Z`
	};
}
