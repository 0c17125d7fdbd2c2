import { sveltekit } from '@sveltejs/kit/vite';
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Rollup } from 'vite';
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

/**
 * `virtual:scorm-player`: the SCORM package's player (`src/scorm-player/`), built on its own by a
 * second Vite build into one classic script and one stylesheet, handed to the exporter as text.
 * A classic script, because an LMS may serve the package from `file:` or a path where modules
 * will not load; the app's own question views are compiled into it.
 */
function scormPlayer(): Plugin {
	const id = 'virtual:scorm-player';
	let built: Promise<string> | undefined;
	return {
		name: 'factdeck:scorm-player',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load(loadId) {
			if (loadId !== `\0${id}`) return;
			this.addWatchFile(resolve('src/scorm-player/main.ts'));
			built ??= buildScormPlayer();
			return built;
		}
	};
}

async function buildScormPlayer(): Promise<string> {
	const [{ build }, { svelte }] = await Promise.all([
		import('vite'),
		import('@sveltejs/vite-plugin-svelte')
	]);
	const result = (await build({
		configFile: false,
		logLevel: 'warn',
		mode: 'production',
		plugins: [svelte()],
		resolve: {
			alias: {
				$lib: resolve('src/lib'),
				// The player has no app pages to link to; links it would build are never shown.
				'$app/paths': resolve('src/scorm-player/app-paths.ts')
			}
		},
		build: {
			write: false,
			target: 'es2022',
			cssCodeSplit: false,
			rollupOptions: {
				// zod's and Svelte's output carry `@__PURE__` notes Rollup drops, harmlessly.
				onwarn: (warning, warn) =>
					warning.code === 'INVALID_ANNOTATION' ? undefined : warn(warning)
			},
			lib: {
				entry: resolve('src/scorm-player/main.ts'),
				formats: ['iife'],
				name: 'factdeckPlayer',
				fileName: () => 'player.js',
				cssFileName: 'player'
			}
		}
	})) as Rollup.RollupOutput | Rollup.RollupOutput[];
	const files = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
	const js = files.find((f): f is Rollup.OutputChunk => f.type === 'chunk')?.code;
	const css = files.find((f): f is Rollup.OutputAsset => f.fileName.endsWith('.css'))?.source;
	if (!js || typeof css !== 'string') throw new Error('the SCORM player build made no JS or CSS');
	return `export const playerJs = ${JSON.stringify(js)};\nexport const playerCss = ${JSON.stringify(css)};\n`;
}

export default defineConfig({
	plugins: [
		validateQuestions(),
		watchQuestions(),
		sveltekit(),
		oneFrameworkChunk(),
		reportClientModules(),
		scormPlayer()
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
