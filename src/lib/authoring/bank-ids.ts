// A bank made on this device takes an id no other bank has, so two banks never share progress.

/** The ids a bank may not take: the built-in banks' and the other banks on this device. */
export function takenBankIds(
	builtIn: readonly string[],
	local: readonly { id: string }[],
	editing?: string
): Set<string> {
	return new Set([...builtIn, ...local.map((b) => b.id).filter((id) => id !== editing)]);
}

/**
 * Why a new bank cannot be saved as `id` after all: another tab, or a backup import, may have
 * taken the id since its questions were made.
 */
export function takenMeanwhile(id: string, taken: ReadonlySet<string>): string | undefined {
	return taken.has(id)
		? `a bank “${id}” was saved on this device meanwhile. Change the title and generate again.`
		: undefined;
}
