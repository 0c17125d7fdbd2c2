import { content } from '$lib/server/content';
import { studyData } from '$lib/server/study';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...content().banks.keys()].map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => studyData(params.id);
