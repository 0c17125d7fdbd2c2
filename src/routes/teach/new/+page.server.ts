import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/** The built-in banks' ids: a new bank takes another, so the two never share progress by accident. */
export const load: PageServerLoad = () => ({ builtInBanks: [...content().banks.keys()] });
