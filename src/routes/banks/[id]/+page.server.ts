import { error } from '@sveltejs/kit';
import { bankPayload, content, countTypes } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...content().banks.keys()].map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const payload = bankPayload(params.id);
	if (!payload) error(404, `No bank "${params.id}"`);
	const { bank, article } = payload;
	return {
		article,
		bank: {
			id: bank.id,
			title: bank.title,
			factCount: bank.facts.length,
			questionCount: bank.questions.length,
			typeCounts: countTypes(bank),
			sources: bank.questions.map((q) => ({ source: q.source }))
		}
	};
};
