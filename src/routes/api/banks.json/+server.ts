import { json } from '@sveltejs/kit';
import { bankSummaries } from '$lib/server/content';

export const prerender = true;

export function GET() {
	return json(bankSummaries());
}
