import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The banks this app ships, so a question from one of them can link to its article. */
export const load: PageServerLoad = () => ({
	builtInBanks: Object.fromEntries([...content().banks.values()].map((b) => [b.id, b.title]))
});
