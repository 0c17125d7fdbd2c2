import { error, json } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...content().sets.keys()].map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const set = content().sets.get(params.id);
	if (!set) error(404, `No set "${params.id}"`);
	return json(set);
};
