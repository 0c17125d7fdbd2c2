import type { ResolvedPathname } from '$app/types';
import { describe, expect, it } from 'vitest';
import type { BankStats } from '../../src/lib/study/progress-client';
import {
	accuracyRows,
	localProgressBank,
	percentLabel,
	statsByBank,
	type ProgressBank
} from '../../src/lib/study/progress-overview';

const none = { correct: 0, total: 0 };

describe('progress by bank', () => {
	it('lists accuracy only for the types answered, in the usual order of types', () => {
		const rows = accuracyRows({
			accuracyByType: {
				mcq: none,
				cloze: { correct: 1, total: 3 },
				true_false: none,
				short_answer: { correct: 2, total: 2 },
				matching: none,
				ordering: none
			}
		});
		expect(rows).toEqual([
			{ type: 'cloze', label: 'Fill in the gap', correct: 1, total: 3, percent: '33%' },
			{ type: 'short_answer', label: 'Short answer', correct: 2, total: 2, percent: '100%' }
		]);
	});

	it('shows no percentage for nothing answered', () => {
		expect(percentLabel(0, 0)).toBe('—');
		expect(percentLabel(2, 3)).toBe('67%');
	});

	it("reads a device-made bank's facts and question types", () => {
		const bank = localProgressBank(
			{
				id: 'mine-1',
				bank: {
					title: 'My article',
					facts: [{ id: 'f-1' }, { id: 'f-2' }],
					questions: [
						{ id: 'q-1', type: 'mcq' },
						{ id: 'q-2', type: 'ordering' }
					]
				}
			},
			'/mine/bank?id=mine-1' as ResolvedPathname
		);
		expect(bank).toEqual({
			id: 'mine-1',
			title: 'My article',
			facts: ['f-1', 'f-2'],
			href: '/mine/bank?id=mine-1',
			local: true
		});
	});

	it("keeps each bank's figures under its id", async () => {
		const banks = ['a', 'b'].map((id): ProgressBank => ({
			id,
			title: id,
			facts: [id],
			href: `/${id}` as ResolvedPathname
		}));
		const stats = await statsByBank(
			banks,
			async (bank) => ({ seen: bank.id === 'a' ? 1 : 2 }) as BankStats
		);
		expect(Object.keys(stats)).toEqual(['a', 'b']);
		expect(stats.a!.seen).toBe(1);
		expect(stats.b!.seen).toBe(2);
	});
});
