import { sveltekit } from '@sveltejs/kit/vite';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { contentRoot, readContentFiles } from './src/lib/content/files';
import { describeProblems, validateContent } from './src/lib/content/validate';

/** Fails the build (and shows an overlay in dev) listing every problem in `questions/`. */
function validateQuestions(): Plugin {
	return {
		name: 'factdeck:validate-questions',
		// In dev the pages themselves show the same list; tests validate broken folders on purpose.
		apply: 'build',
		buildStart() {
			const root = contentRoot();
			const { problems } = validateContent(readContentFiles(root));
			if (problems.length) this.error(describeProblems(root, problems));
		}
	};
}

/** Reloads the dev server's pages when a content file changes. */
function watchQuestions(): Plugin {
	return {
		name: 'factdeck:watch-questions',
		apply: 'serve',
		configureServer(server) {
			server.watcher.add('questions');
			server.watcher.on('change', (file) => {
				if (file.includes('/questions/')) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

/**
 * Writes which modules make up each JavaScript file of the client build, and how many bytes each
 * renders before minifying, to `.svelte-kit/output/client-modules.json`: `npm run bench -- pwa`
 * splits each page's bytes between the framework, the libraries and our code with it.
 */
function reportClientModules(): Plugin {
	return {
		name: 'factdeck:client-modules',
		apply: 'build',
		writeBundle(options, bundle) {
			const files = Object.values(bundle);
			if (!options.dir || !files.some((f) => f.fileName.includes('/entry/start.'))) return;
			const report: Record<string, Record<string, number>> = {};
			for (const file of files) {
				if (file.type !== 'chunk') continue;
				report[file.fileName] = Object.fromEntries(
					Object.entries(file.modules).map(([id, m]) => [
						id.startsWith('/') ? relative(process.cwd(), id) : id,
						m.renderedLength
					])
				);
			}
			writeFileSync(join(options.dir, '..', 'client-modules.json'), JSON.stringify(report));
		}
	};
}

/**
 * Puts the browser's share of Svelte and SvelteKit in one file. Rollup would cut it into a dozen
 * files by which pages use what; each is gzipped alone, and together they compress ≈4 KB smaller
 * on every page than apart, more than the few Svelte blocks a page may not use. Our code and the
 * other libraries keep Rollup's split.
 */
function oneFrameworkChunk(): Plugin {
	const framework = /\/node_modules\/(svelte|@sveltejs\/kit|devalue|clsx|esm-env)\//;
	return {
		name: 'factdeck:one-framework-chunk',
		apply: 'build',
		outputOptions(options) {
			if (this.environment.config.consumer !== 'client') return;
			return {
				...options,
				manualChunks: (id) => (framework.test(id) ? 'framework' : undefined)
			};
		}
	};
}

export default defineConfig({
	plugins: [
		validateQuestions(),
		watchQuestions(),
		sveltekit(),
		oneFrameworkChunk(),
		reportClientModules()
	],
	// The generator's worker is started as a module (`type: 'module'`), so it is built as one.
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		// Property tests and the long-article runs take 4–8 s on a busy 2-core machine; a timeout
		// is a hang detector here, never a speed target (those live in `npm run bench`).
		testTimeout: 60_000
	}
});
