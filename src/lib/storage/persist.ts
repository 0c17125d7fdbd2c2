// Browsers may evict a site's storage when space runs short; asking once for persistent storage,
// as soon as there is something to keep, makes that far less likely.

type StorageManagerLike = { persist?: () => Promise<boolean>; persisted?: () => Promise<boolean> };

let asked: Promise<boolean> | undefined;

/**
 * Asks the browser, once per page, to keep this site's storage. Called after anything is first
 * saved: a bank, a set, an assignment or attempt, an answer. False when unsupported or refused.
 */
export function requestPersistentStorage(
	storage: StorageManagerLike | undefined = typeof navigator === 'undefined'
		? undefined
		: navigator.storage
): Promise<boolean> {
	const persist = storage?.persist?.bind(storage);
	if (!persist) return Promise.resolve(false);
	return (asked ??= (async () => {
		if ((await storage?.persisted?.()) === true) return true;
		return (await persist()) === true;
	})().catch(() => false));
}
