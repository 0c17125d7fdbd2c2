import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Where the static site is written; tests build a second copy under a sub-path. */
const outDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page and endpoint is prerendered: the build is plain files for any static host.
		adapter: adapter({ pages: outDir, assets: outDir, fallback: undefined, strict: true }),
		paths: { base: process.env.BASE_PATH ?? '', relative: false },
		// Names the service worker's cache; defaults to the build time. Tests set it to fake a deploy.
		...(process.env.APP_VERSION ? { version: { name: process.env.APP_VERSION } } : {}),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The global and page styles (each under 5 KB) go in the HTML: no stylesheet request
		// blocks the first paint.
		inlineStyleThreshold: 5 * 1024
	}
};

export default config;
