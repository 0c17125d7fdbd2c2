// Which device a student's attempt was made on, so a teacher sees one name arriving from several.
// Kept in localStorage, outside the backup on purpose: a backup restored on another device must
// not make that device pass for this one.

const storageKey = 'factdeck-device';

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

const browserStorage = (): KeyValue | undefined => {
	try {
		return globalThis.localStorage;
	} catch {
		// Storage can be switched off (a privacy setting); the id then lasts as long as the page.
		return undefined;
	}
};

let fallback: string | undefined;

/** This device's id: 6 hexadecimal digits (24 bits: two devices of one class practically never share one), made once with `random` and kept. */
export function deviceId(
	storage: KeyValue | undefined = browserStorage(),
	random: () => number = Math.random
): string {
	const valid = (id: string | null | undefined): id is string => !!id && /^[0-9a-f]{6}$/.test(id);
	let stored: string | null = null;
	try {
		stored = storage?.getItem(storageKey) ?? null;
	} catch {
		stored = null;
	}
	if (valid(stored)) return stored;
	if (!storage && valid(fallback)) return fallback;
	// Never 0: a code writes 0 for "no device known".
	const id = (Math.floor(random() * 0xfffffe) + 1).toString(16).padStart(6, '0');
	try {
		storage?.setItem(storageKey, id);
	} catch {
		// Full or refused: the id still serves this page.
	}
	fallback = id;
	return id;
}
