// What the study pages need from storage before it has loaded: change messages between tabs and
// the error a full disk raises. No zod or IndexedDB here, so pages can import it eagerly.

export const channelName = 'factdeck-progress';

export interface ProgressMessage {
	type: 'progress-changed';
	/** The bank whose progress changed; null for changes across banks (import, settings). */
	bankId: string | null;
}

/** The part of BroadcastChannel the store posts on. */
export interface ProgressChannel {
	postMessage(message: ProgressMessage): void;
}

/** The part of BroadcastChannel a listener needs. */
export interface ListenableChannel {
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
	close?(): void;
}

/** Saving failed because the browser's storage quota is used up; nothing was half-written. */
export class StorageFullError extends Error {
	override name = 'StorageFullError';
	constructor(cause?: unknown) {
		super(
			'Your progress could not be saved because this browser has run out of storage space. ' +
				'Free some space or export a backup, then try again.',
			{ cause }
		);
	}
}

function isQuotaError(error: unknown): boolean {
	if (!error || typeof error !== 'object') return false;
	const e = error as { name?: unknown; code?: unknown };
	return e.name === 'QuotaExceededError' || e.code === 22;
}

export const toStorageError = (error: unknown): unknown =>
	error instanceof StorageFullError || !isQuotaError(error) ? error : new StorageFullError(error);

function isProgressMessage(data: unknown): data is ProgressMessage {
	if (!data || typeof data !== 'object') return false;
	const m = data as { type?: unknown; bankId?: unknown };
	return m.type === 'progress-changed' && (m.bankId === null || typeof m.bankId === 'string');
}

/**
 * Calls `callback` when another tab (or another store in this tab) saves progress. Returns the
 * unsubscribe function. Does nothing where BroadcastChannel is missing.
 */
export function onProgressChanged(
	callback: (message: ProgressMessage) => void,
	channel?: ListenableChannel
): () => void {
	const own =
		channel === undefined && typeof BroadcastChannel !== 'undefined'
			? new BroadcastChannel(channelName)
			: undefined;
	const target = channel ?? own;
	if (!target) return () => {};
	const listener = (event: MessageEvent) => {
		if (isProgressMessage(event.data)) callback(event.data);
	};
	target.addEventListener('message', listener);
	return () => {
		target.removeEventListener('message', listener);
		own?.close();
	};
}

/** `onProgressChanged` for the progress of `bankId` (of any bank: undefined) and changes across banks. */
export function onBankProgressChanged(
	bankId: string | undefined,
	callback: () => void
): () => void {
	return onProgressChanged((message) => {
		if (bankId === undefined || message.bankId === null || message.bankId === bankId) callback();
	});
}
