import type { Bank } from '../schema/bank';
import { z } from '../schema/zod-mini';
import { Question } from '../share/question-mini';

/**
 * What a bank's export reads from `/api/banks/[id].json`, checked with zod/mini so that pages do
 * not load classic zod. The build has already validated the whole bank with the full schema; the
 * fields the exporters do not read pass through unchanged.
 */
const ExportPayload = z.object({
	bank: z.looseObject({ id: z.string(), title: z.string(), questions: z.array(Question) }),
	article: z.looseObject({ body: z.string() })
});

export function parseBankPayload(data: unknown): { bank: Bank; body: string } {
	const { bank, article } = ExportPayload.parse(data);
	return { bank: bank as unknown as Bank, body: article.body };
}
