import { content } from '$lib/server/content';
import { sharedSetFor } from '$lib/server/teach';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	committed: [...content().sets.keys()].map((id) => sharedSetFor(id)!)
});
