import { readFileSync } from 'node:fs';
import { qrMatrix } from '../src/lib/qr';
import { Bank } from '../src/lib/schema/bank';
import { encodeSetLink, SharedSet } from '../src/lib/share';
import { setId } from '../src/lib/share/set-build';
import type { BenchTable } from './table';

// How long a set's link is, and the QR code it needs, as the set builder makes them: by
// reference (s2, built-in bank) and carrying every question (s1, a bank made on a device).

const bank = Bank.parse(
	JSON.parse(readFileSync('questions/banks/kishida-biden-summit.json', 'utf8'))
);
const body = readFileSync('questions/articles/kishida-biden-summit.md', 'utf8')
	.replace(/^---\n[\s\S]*?\n---\n/, '')
	.trim();
/** A plausible deployment's address before the fragment. */
const origin = 'https://factdeck.example.org/assignments#';

function sample(count: number): SharedSet {
	const title = 'Summit warm-up: week 3';
	return SharedSet.parse({
		v: 1,
		set: {
			id: setId(title, Uint8Array.from([0xa1, 0x0b, 0x3c])),
			title,
			instructions: 'Read the article first.',
			order: 'shuffled',
			due: '2026-12-04',
			passMark: 60,
			attempts: 2
		},
		questions: bank.questions.slice(0, count).map((question) => {
			const fact = bank.facts.find((f) => f.id === question.factId);
			return {
				bankId: bank.id,
				question,
				quote: body.slice(question.source.start, question.source.end),
				...(fact ? { statement: fact.statement } : {})
			};
		}),
		createdAt: '2026-11-30T10:15:42.123Z'
	});
}

async function qrVersion(link: string): Promise<string> {
	try {
		const { size } = await qrMatrix(link);
		return size ? String((size - 17) / 4) : 'none';
	} catch {
		return 'none';
	}
}

/** The set with every other question moved to a bank made on the teacher's device. */
const mixed = (set: SharedSet): SharedSet =>
	SharedSet.parse({
		...set,
		questions: set.questions.map((q, i) => (i % 2 ? { ...q, bankId: 'made-on-this-device' } : q))
	});

export default async function linksBench(): Promise<BenchTable[]> {
	const rows: (string | number)[][] = [];
	const mixedRows: (string | number)[][] = [];
	for (const count of [1, 5, 10, 15, 20, Math.min(38, bank.questions.length)]) {
		const set = sample(count);
		const reference = origin + (await encodeSetLink(set, (id) => id === bank.id));
		const whole = origin + (await encodeSetLink(set));
		rows.push([
			count === 1 ? '1 question' : `${count} questions`,
			reference.length,
			await qrVersion(reference),
			whole.length,
			await qrVersion(whole)
		]);
		if (count < 2) continue;
		const half = mixed(set);
		const split = origin + (await encodeSetLink(half, (id) => id === bank.id));
		const carried = origin + (await encodeSetLink(half));
		mixedRows.push([
			`${count} questions`,
			split.length,
			await qrVersion(split),
			carried.length,
			await qrVersion(carried)
		]);
	}
	return [
		{
			title: 'Set link length (characters, whole address)',
			columns: ['set', 'by reference (s2)', 'QR version', 'whole set (s1)', 'QR version'],
			rows,
			notes: [
				`Questions of the built-in bank "${bank.id}", title "${sample(1).set.title}", one line of instructions, a due date and an attempt limit; the address is ${origin.length} characters before the fragment.`,
				'QR version at error correction L, as the set builder draws it; "none" is past what a QR code holds.'
			]
		},
		{
			title: 'Mixed set link length (characters, whole address)',
			columns: [
				'set',
				'built-in part by reference (s3)',
				'QR version',
				'whole set (s1)',
				'QR version'
			],
			rows: mixedRows,
			notes: [
				"The same sets with every other question from a bank made on the teacher's device, which travels whole in both kinds of link."
			]
		}
	];
}
