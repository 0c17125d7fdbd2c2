// A record written by a newer Factdeck (another tab already runs the new version) is left exactly
// where it is: this tab cannot read it, so it must not set it aside or write over it. No zod or
// IndexedDB here, so the layout can listen for the notice eagerly.

export const newerVersionMessage = 'Factdeck was updated in another tab — reload this page.';

/** A write refused because the record it would touch was written by a newer version. */
export class NewerVersionError extends Error {
	override name = 'NewerVersionError';
	/** The key of the newer record. */
	readonly key: string;
	constructor(key: string) {
		super(newerVersionMessage);
		this.key = key;
	}
}

type Listener = (key: string) => void;
const listeners = new Set<Listener>();
const seen = new Set<string>();

/** Called by the stores when they meet a newer record; tells every listener once per key. */
export function reportNewerVersion(key: string): void {
	if (seen.has(key)) return;
	seen.add(key);
	for (const listener of listeners) listener(key);
}

/** True once a newer record was met in this tab. */
export const newerVersionSeen = (): boolean => seen.size > 0;

/**
 * Calls `callback` when this tab first meets a record from a newer version (at once if it
 * already has). Returns the unsubscribe function.
 */
export function onNewerVersion(callback: Listener): () => void {
	listeners.add(callback);
	const first = seen.values().next();
	if (!first.done) callback(first.value);
	return () => listeners.delete(callback);
}
