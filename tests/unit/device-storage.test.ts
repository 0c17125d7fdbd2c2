import { describe, expect, it } from 'vitest';
import { deviceStorage, formatBytes } from '../../src/lib/study/device-storage';

describe('device storage', () => {
	it('reports usage, quota and persistence from the storage manager', async () => {
		const status = await deviceStorage({
			estimate: () => Promise.resolve({ usage: 2048, quota: 1024 ** 3 }),
			persisted: () => Promise.resolve(true)
		});
		expect(status).toEqual({ usage: 2048, quota: 1024 ** 3, persisted: true });
	});

	it('says nothing it cannot know, and never throws', async () => {
		expect(await deviceStorage(undefined)).toEqual({});
		const failing = await deviceStorage({
			estimate: () => Promise.reject(new Error('SecurityError')),
			persisted: () => Promise.reject(new Error('SecurityError'))
		});
		expect(failing).toEqual({});
	});

	it('formats sizes as browsers count them', () => {
		expect(formatBytes(0)).toBe('0 bytes');
		expect(formatBytes(1536)).toBe('1.5 KB');
		expect(formatBytes(24 * 1024)).toBe('24 KB');
		expect(formatBytes(2.1 * 1024 ** 3)).toBe('2.1 GB');
	});
});
