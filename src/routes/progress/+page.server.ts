import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	banks: [...content().banks.values()].map((bank) => ({
		id: bank.id,
		title: bank.title,
		facts: bank.facts.map((f) => f.id)
	}))
});
