import { error, json } from '@sveltejs/kit';
import { bankPayload, content } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...content().banks.keys()].map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	const payload = bankPayload(params.id);
	if (!payload) error(404, `No bank "${params.id}"`);
	return json(payload);
};
