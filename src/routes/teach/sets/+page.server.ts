import { bankSources } from '$lib/server/teach';
import type { PageServerLoad } from './$types';

// The built-in banks as students read them: a kept set whose questions changed since is flagged.
export const load: PageServerLoad = () => ({ banks: bankSources() });
