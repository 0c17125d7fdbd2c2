/**
 * A one-line message for the next page (after saving or deleting, which navigate away): kept in
 * sessionStorage, shown once in a status region, then gone.
 */
const key = 'factdeck-flash';

export function setFlash(text: string): void {
	try {
		sessionStorage.setItem(key, text);
	} catch {
		// Storage refused (private mode): the next page simply says nothing.
	}
}

export function takeFlash(): string {
	try {
		const text = sessionStorage.getItem(key) ?? '';
		sessionStorage.removeItem(key);
		return text;
	} catch {
		return '';
	}
}
