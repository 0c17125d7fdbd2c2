import { resolve } from '$app/paths';
import type { LoadBank } from '$lib/share/set-link';

/**
 * A built-in bank a set link names: from the service worker's cache once the site was visited,
 * else fetched once.
 */
export const loadBuiltInBank: LoadBank = async (id) => {
	const response = await fetch(resolve('/api/banks/[id].json', { id }));
	if (response.status === 404) return undefined;
	if (!response.ok) throw new Error(`The bank answered ${response.status}.`);
	const payload = (await response.json()) as Awaited<ReturnType<LoadBank>>;
	if (!Array.isArray(payload?.bank?.questions) || typeof payload.article?.body !== 'string') {
		throw new Error('The bank could not be read.');
	}
	return payload;
};
