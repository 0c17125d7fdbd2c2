import { bankSummaries, content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	banks: bankSummaries().map((summary) => ({
		...summary,
		facts:
			content()
				.banks.get(summary.id)
				?.facts.map((f) => f.id) ?? []
	}))
});
