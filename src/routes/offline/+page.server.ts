import { bankSummaries } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	banks: bankSummaries().map(({ id, title }) => ({ id, title }))
});
