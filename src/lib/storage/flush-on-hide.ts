// A save put off for a moment (to write once per burst of changes) must still happen when the
// page goes away: the tab is closed, switched away from, or frozen on a phone. `visibilitychange`
// to hidden is the last event a phone reliably sends; `pagehide` covers a desktop tab closing.

/** Where the events come from: the page (`window` and `document`) unless a test passes its own. */
export interface HideEvents {
	addEventListener(type: string, listener: () => void): void;
	removeEventListener(type: string, listener: () => void): void;
	/** `document.visibilityState`. */
	visibilityState(): string;
}

const pageEvents = (): HideEvents | undefined => {
	if (typeof document === 'undefined' || typeof window === 'undefined') return undefined;
	return {
		addEventListener: (type, listener) =>
			(type === 'visibilitychange' ? document : window).addEventListener(type, listener),
		removeEventListener: (type, listener) =>
			(type === 'visibilitychange' ? document : window).removeEventListener(type, listener),
		visibilityState: () => document.visibilityState
	};
};

/**
 * Calls `flush` when the page is hidden or left, until the returned function is called. The
 * flush must start its write at once (IndexedDB requests made now are carried out even as the
 * page goes).
 */
export function flushOnHide(flush: () => void, events = pageEvents()): () => void {
	if (!events) return () => {};
	const onVisibility = () => {
		if (events.visibilityState() === 'hidden') flush();
	};
	events.addEventListener('pagehide', flush);
	events.addEventListener('visibilitychange', onVisibility);
	return () => {
		events.removeEventListener('pagehide', flush);
		events.removeEventListener('visibilitychange', onVisibility);
	};
}
