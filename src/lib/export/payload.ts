import type { Bank } from '../schema/bank';
import { Question } from '../schema/question';
import { z } from '../schema/zod-mini';

/**
 * What a bank's export reads from `/api/banks/[id].json`. The build has already validated the
 * whole bank; only the questions the exporters read are checked again, the other fields pass
 * through unchanged.
 */
const ExportPayload = z.object({
	bank: z.looseObject({ id: z.string(), title: z.string(), questions: z.array(Question) }),
	article: z.looseObject({ body: z.string() })
});

export function parseBankPayload(data: unknown): { bank: Bank; body: string } {
	const { bank, article } = ExportPayload.parse(data);
	return { bank: bank as unknown as Bank, body: article.body };
}
