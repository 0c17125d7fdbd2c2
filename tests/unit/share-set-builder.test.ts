import { describe, expect, it } from 'vitest';
import { bankPayload } from '../../src/lib/server/content';
import { teachBanks } from '../../src/lib/server/teach';
import {
	drawQuestions,
	newestWins,
	setId,
	setProblem,
	type DraftFields
} from '../../src/lib/share/set-build';
import { SetBuilder, type SetBuilderOptions } from '../../src/lib/share/set-builder.svelte';
import { decodeSetLink, type SharedSet } from '../../src/lib/share/set-link';
import { seededRandom } from '../../src/lib/util/random';
import type { TeachBank } from '../../src/lib/server/teach';

const banks = teachBanks();
const [bank] = banks;

/** Bytes 0, 1, 2… going on across calls: each call gives different ones. */
function countingBytes() {
	let next = 0;
	return (count: number) => Uint8Array.from({ length: count }, () => next++ % 256);
}

function builder(overrides: Partial<SetBuilderOptions> = {}) {
	const kept: [SharedSet, string][] = [];
	const b = new SetBuilder({
		builtIn: () => banks,
		readLocalBanks: () => Promise.resolve({ banks: [], problems: [] }),
		linkFor: (fragment) => `https://example.org/assignments#${fragment}`,
		keep: (set, link, of) => {
			kept.push([set, link]);
			const version = of
				? { series: of.series, edition: of.edition + 1 }
				: { series: set.set.id, edition: 1 };
			return Promise.resolve({ v: 2, shared: set, link, savedAt: set.createdAt, ...version });
		},
		qr: (link) => Promise.resolve(`qr:${link.length}`),
		copy: () => Promise.resolve(),
		now: () => new Date('2026-03-02T09:30:00Z'),
		randomBytes: countingBytes(),
		...overrides
	});
	return { b, kept };
}

describe('a set id', () => {
	it('is the title as a slug with a random hex suffix', () => {
		expect(setId('  Élan & Co: Week 3! ', Uint8Array.from([0, 171, 255]))).toBe(
			'elan-co-week-3-00abff'
		);
		expect(setId('???', Uint8Array.from([1]))).toBe('set-01');
		expect(setId('a'.repeat(39) + ' b', Uint8Array.from([2]))).toBe(`${'a'.repeat(39)}-02`);
	});

	it('differs between two sets of the same title', async () => {
		const { b } = builder();
		await b.start();
		b.title = 'Summit check';
		b.toggle(b.candidates[0]!.key, true);
		const first = b.build()!.set.id;
		const second = b.build()!.set.id;
		expect(first).toMatch(/^summit-check-[0-9a-f]{6}$/);
		expect(second).toMatch(/^summit-check-[0-9a-f]{6}$/);
		expect(second).not.toBe(first);
	});
});

describe('the set builder', () => {
	it('chooses every bank when the page runs, or the one the teacher came from', async () => {
		const local: TeachBank = { ...bank!, id: 'made-here', title: 'Made here' };
		const { b } = builder({
			readLocalBanks: () => Promise.resolve({ banks: [local], problems: [] })
		});
		expect(b.ready).toBe(false);
		await b.start();
		expect(b.ready).toBe(true);
		expect(b.chosenBanks).toEqual([...banks.map((x) => x.id), 'made-here']);
		expect(b.isLocal('made-here')).toBe(true);
		expect(b.isLocal(bank!.id)).toBe(false);

		const from = builder({
			readLocalBanks: () => Promise.resolve({ banks: [local], problems: [] })
		});
		await from.b.start('made-here');
		expect(from.b.chosenBanks).toEqual(['made-here']);
	});

	it('says when the banks on this device cannot be read, and keeps the built-in ones', async () => {
		const { b } = builder({ readLocalBanks: () => Promise.reject(new Error('blocked')) });
		await b.start();
		expect(b.localProblem).toBe('Banks made on this device could not be read: blocked');
		expect(b.chosenBanks).toEqual(banks.map((x) => x.id));
	});

	it('keeps the questions in the order picked, a re-picked one at the end', async () => {
		const { b } = builder();
		await b.start();
		const [one, two, three] = b.candidates.map((c) => c.key);
		b.toggle(three!, true);
		b.toggle(one!, true);
		b.toggle(two!, true);
		b.toggle(one!, false);
		b.toggle(one!, true);
		expect(b.picked).toEqual([three, two, one]);
		b.title = 'Order';
		const ids = b.build()!.questions.map((q) => `${q.bankId}/${q.question.id}`);
		expect(ids).toEqual([three, two, one]);
	});

	it('filters the candidates by bank, type and fact', async () => {
		const { b } = builder();
		await b.start();
		b.chosenTypes = ['mcq'];
		expect(b.candidates.length).toBeGreaterThan(0);
		expect(b.candidates.every((c) => c.question.type === 'mcq')).toBe(true);
		const fact = b.facts.find((f) => b.candidates.some((c) => c.question.factId === f.id))!;
		b.factFilter = fact.key;
		expect(b.candidates.every((c) => `${c.bankId}/${c.question.factId}` === fact.key)).toBe(true);
		b.chosenBanks = [];
		expect(b.candidates).toEqual([]);
	});

	it('refuses to build a set without a title or a question', async () => {
		const { b } = builder();
		await b.start();
		expect(b.build()).toBeUndefined();
		expect(b.error).toBe('Give the set a title.');
		b.title = 'Empty';
		expect(b.build()).toBeUndefined();
		expect(b.error).toBe('Pick at least one question.');
	});

	it('shares a set whose link opens it, keeps it and draws its QR code', async () => {
		const { b, kept } = builder();
		await b.start();
		b.title = ' Summit check ';
		b.instructions = 'Answer alone.';
		b.drawCount = 3;
		b.draw();
		expect(b.picked).toHaveLength(3);
		await b.share();
		expect(b.error).toBe('');
		expect(b.shared?.set).toMatchObject({ title: 'Summit check', instructions: 'Answer alone.' });
		expect(b.shared?.createdAt).toBe('2026-03-02T09:30:00.000Z');
		expect(await decodeSetLink(b.link, async (id) => bankPayload(id))).toEqual(b.shared);
		expect(kept).toEqual([[b.shared, b.link]]);
		expect(b.qr).toBe(`qr:${b.link.length}`);

		// A change to the picked questions makes the link out of date.
		b.toggle(b.picked[0]!, false);
		expect(b.shared).toBeUndefined();
		expect(b.link).toBe('');
	});

	it('says when the set is too large for a QR code', async () => {
		const { b } = builder({ qr: () => Promise.reject(new Error('too long')) });
		await b.start();
		b.title = 'Big';
		b.toggle(b.candidates[0]!.key, true);
		await b.share();
		expect(b.link).not.toBe('');
		expect(b.qrError).toContain('too large for a QR code');
	});
});

describe('a kept set read back over changes made meanwhile', () => {
	const empty: DraftFields = {
		title: '',
		instructions: '',
		order: 'shuffled',
		mode: 'quiz',
		feedback: 'immediate',
		due: '',
		passMark: 60,
		picked: []
	};
	const kept = { ...empty, v: 1 as const, title: 'Week 4', passMark: 70, picked: ['a', 'b', 'c'] };

	it('takes the kept set where nothing changed', () => {
		expect(newestWins(empty, empty, kept)).toEqual(kept);
	});

	it('keeps every field changed meanwhile, and every pick and unpick', () => {
		const base = { ...empty, picked: ['b'] };
		const mine = { ...base, title: 'Week 4b', attempts: 2, picked: ['d', 'a'] };
		expect(newestWins(base, mine, kept)).toEqual({
			...kept,
			title: 'Week 4b',
			attempts: 2,
			picked: ['c', 'd', 'a']
		});
	});
});

describe('a random draw', () => {
	const items = [
		{ key: 'b/q1', bankId: 'b', question: { factId: 'f1' } },
		{ key: 'b/q2', bankId: 'b', question: { factId: 'f1' } },
		{ key: 'b/q3', bankId: 'b', question: { factId: 'f2' } },
		{ key: 'b/q4', bankId: 'b', question: { factId: 'f3' } }
	];

	it('covers facts not yet picked before a second question of any fact', () => {
		for (let seed = 1; seed < 20; seed++) {
			const drawn = drawQuestions(items, [items[3]!], 2, seededRandom(seed));
			expect(drawn.map((d) => d.question.factId).sort()).toEqual(['f1', 'f2']);
		}
	});

	it('never draws a picked question, nor more than asked', () => {
		const drawn = drawQuestions(items, [items[0]!], 10, seededRandom(7));
		expect(drawn.map((d) => d.key).sort()).toEqual(['b/q2', 'b/q3', 'b/q4']);
		expect(drawQuestions(items, [], 0, seededRandom(7))).toEqual([]);
		expect(setProblem('Title', 1)).toBeUndefined();
	});
});
