import { holdsRecords } from '../storage/database';
import { glanceCards, type CardGlance } from '../storage/progress-glance';

export { onBankProgressChanged } from '../storage/channel';
export { onLocalBanksChanged } from '../storage/local-banks-channel';
export type { CardGlance };

/**
 * A bank's card figures (seen, mastered, due) for the pages that only show them, read without the
 * progress store, zod or ts-fsrs. The store loads only when a card record needs it: one to
 * migrate, one from a newer version, or one to set aside, which it does as on every other read.
 */
export async function bankGlance(
	bankId: string,
	facts: readonly string[],
	now: Date
): Promise<CardGlance> {
	const glance = await glanceCards(bankId, facts, now);
	if (glance) return glance;
	const { progressClient } = await import('./progress-client');
	return progressClient.bankStats(bankId, facts, now);
}

/** Whether any bank made on this device (or anything set aside beside them) is stored. */
export const holdsLocalBanks = () => holdsRecords('localBanks');
