import { performance } from 'node:perf_hooks';
import { readContentFiles } from '../src/lib/content/files';
import { validateContent } from '../src/lib/content/validate';
import { Bank } from '../src/lib/schema';
import { summarize, type BenchTable } from './table';

/** Validating questions/ runs on every build: compare it with zod's bare parse of the same banks. */
export default async function contentBench(): Promise<BenchTable[]> {
	const files = readContentFiles();
	const runs = 50;
	const full: number[] = [];
	const bare: number[] = [];
	for (let i = 0; i < runs; i++) {
		let t = performance.now();
		validateContent(files);
		full.push(performance.now() - t);
		t = performance.now();
		for (const file of files.banks) Bank.parse(JSON.parse(file.text));
		bare.push(performance.now() - t);
	}
	const a = summarize(full);
	const b = summarize(bare);
	return [
		{
			title: 'Content validation (build time)',
			columns: ['measure', 'median ms', 'p95 ms', 'zod parse of banks alone, median ms', 'ratio'],
			rows: [['validate all of questions/', a.median, a.p95, b.median, a.median / b.median]],
			notes: [
				`${files.articles.length} article(s), ${files.banks.length} bank(s), ${files.sets.length} set(s); ${runs} runs.`
			]
		}
	];
}
