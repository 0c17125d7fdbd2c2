import { sveltekit } from '@sveltejs/kit/vite';
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

export default defineConfig({
	plugins: [validateQuestions(), watchQuestions(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node'
	}
});
