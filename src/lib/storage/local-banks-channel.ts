// The message a saved or deleted local bank posts, apart from local-banks.ts so that a page can
// listen for it without loading the banks' schemas.

export const localBanksChannel = 'factdeck-local-banks';

export type LocalBanksMessage = { type: 'local-banks-changed'; id: string };

const isMessage = (data: unknown): data is LocalBanksMessage =>
	typeof data === 'object' &&
	data !== null &&
	(data as { type?: unknown }).type === 'local-banks-changed' &&
	typeof (data as { id?: unknown }).id === 'string';

/**
 * Calls `callback` when a local bank is saved or deleted, in this tab or another. Returns the
 * unsubscribe function. Does nothing where BroadcastChannel is missing.
 */
export function onLocalBanksChanged(callback: (message: LocalBanksMessage) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(localBanksChannel);
	channel.onmessage = (event: MessageEvent) => {
		if (isMessage(event.data)) callback(event.data);
	};
	return () => channel.close();
}
