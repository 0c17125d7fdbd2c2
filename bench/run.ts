import { formatTable, type BenchTable } from './table';

/** Each suite measures one area and returns its tables; later work adds suites here. */
const suites: Record<string, () => Promise<BenchTable[]>> = {
	content: async () => (await import('./content.bench')).default(),
	generate: async () => (await import('./generate.bench')).default(),
	study: async () => (await import('./study.bench')).default(),
	browser: async () => (await import('./browser.bench')).default(),
	pwa: async () => (await import('./pwa.bench')).default(),
	authoring: async () => (await import('./authoring.bench')).default(),
	results: async () => (await import('./results.bench')).default(),
	links: async () => (await import('./links.bench')).default()
};

const only = process.argv.slice(2);
for (const [name, run] of Object.entries(suites)) {
	if (only.length && !only.includes(name)) continue;
	const tables = await run();
	for (const table of tables) console.log(formatTable(table) + '\n');
}
