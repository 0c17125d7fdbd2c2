import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every module and package `entry` loads statically: type-only imports are erased, dynamic
 * `import()` loads later and is not followed.
 */
function staticGraph(entry: string): { files: string[]; packages: string[] } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		files.add(file);
		const source = readFileSync(file, 'utf8');
		const pattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^;]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
		for (const [, typeOnly, specifier] of source.matchAll(pattern)) {
			if (typeOnly || !specifier) continue;
			if (!specifier.startsWith('.')) {
				packages.add(specifier);
				continue;
			}
			const base = join(dirname(file), specifier);
			const resolved = [base, `${base}.ts`, join(base, 'index.ts')].find(
				(p) => existsSync(p) && p.endsWith('.ts')
			);
			if (!resolved) throw new Error(`${file}: cannot resolve ${specifier}`);
			visit(resolved);
		}
	};
	visit(entry);
	return { files: [...files].map((f) => relative('.', f)).sort(), packages: [...packages].sort() };
}

const classic = (graph: ReturnType<typeof staticGraph>) => [
	...graph.packages.filter(
		(p) => p === 'zod' || p === 'compromise' || p.startsWith('zod/v4/classic')
	),
	...graph.files.filter(
		(f) =>
			/^src\/lib\/schema\/(?:article|bank|review|set|index)\.ts$/.test(f) ||
			f === 'src/lib/generate/index.ts'
	)
];

describe('what the authoring modules load', () => {
	it('the graph walker sees classic zod and the generator where they are', () => {
		expect(classic(staticGraph('src/lib/generate/review.ts'))).toEqual(
			expect.arrayContaining(['zod', 'src/lib/schema/bank.ts'])
		);
		expect(staticGraph('src/lib/authoring/generate.worker.ts').packages).toContain('compromise');
	});

	it.each(['local-banks.ts', 'schema-mini.ts'])(
		'%s (study pages) loads no classic zod, schema/bank, generator or compromise',
		(file) => {
			const graph = staticGraph(`src/lib/authoring/${file}`);
			expect(classic(graph)).toEqual([]);
			expect(graph.files.filter((f) => f.startsWith('src/lib/generate/'))).toEqual([]);
			expect(graph.packages).toContain('zod/mini');
		}
	);

	it.each(['paste.ts', 'draft.ts', 'export-pair.ts', 'run-generator.ts'])(
		'%s (the authoring page) leaves classic zod and the generator to the worker',
		(file) => {
			expect(classic(staticGraph(`src/lib/authoring/${file}`))).toEqual([]);
		}
	);

	it('the worker loads nothing from SvelteKit or Svelte', () => {
		const { packages } = staticGraph('src/lib/authoring/generate.worker.ts');
		expect(packages.filter((p) => p.startsWith('$app') || p.startsWith('svelte'))).toEqual([]);
	});
});
