/** How much this site stores and whether the browser promises to keep it. */
export interface DeviceStorage {
	usage?: number;
	quota?: number;
	/** Undefined where the browser cannot say (no StorageManager). */
	persisted?: boolean;
}

/** The part of `navigator.storage` read here; a parameter so tests can stand in for it. */
type StorageManagerLike = Partial<Pick<StorageManager, 'estimate' | 'persisted'>>;

export async function deviceStorage(
	storage: StorageManagerLike | undefined = globalThis.navigator?.storage
): Promise<DeviceStorage> {
	const [estimate, persisted] = await Promise.all([
		storage?.estimate?.().catch(() => undefined),
		storage?.persisted?.().catch(() => undefined)
	]);
	return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}

const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** 1536 → "1.5 KB"; 1 KB is 1024 bytes, as browsers report quota. */
export function formatBytes(bytes: number): string {
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	const digits = unit === 0 || value >= 10 ? 0 : 1;
	return `${value.toFixed(digits)} ${units[unit]}`;
}
