import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { sharedSetFor } from '$lib/server/teach';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...content().sets.keys()].map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const shared = sharedSetFor(params.id);
	if (!shared) error(404, `No set "${params.id}"`);
	return { shared };
};
