import { teachBanks } from '$lib/server/teach';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ banks: teachBanks() });
