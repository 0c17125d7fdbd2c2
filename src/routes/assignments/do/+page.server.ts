import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The banks this app ships, so a question from one of them can link to its article. */
export const load: PageServerLoad = () => ({ builtInBanks: [...content().banks.keys()] });
