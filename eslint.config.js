import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The layers, bottom first: a folder may import from the layers below it, never beside or above.
// util ← schema ← content/generate/grading/srs ← storage ← study/share/authoring/export ←
// components ← routes. docs/architecture.md explains them.
const paths = (name) => [`$lib/${name}`, `$lib/${name}/**`, `**/${name}`, `**/${name}/**`];
const notFrom = (names, message, extra = {}) => ({
	group: names.flatMap(paths),
	message,
	...extra
});
const bundleGuard = {
	group: [...paths('generate'), 'compromise', 'compromise/**'],
	message:
		'Study pages never load the generator or compromise: only the generator worker and the lazy loader of /teach/new may.'
};
const restrict = (files, patterns, ignores = []) => ({
	files,
	ignores,
	rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] }
});
const pages = ['components', 'routes', 'server'];
const domains = ['study', 'share', 'authoring', 'export'];
const models = ['content', 'generate', 'grading', 'srs'];
const others = (list, name) => list.filter((n) => n !== name);
const modelRules = (name) => [
	notFrom(
		[...others(models, name), 'storage', ...domains, ...pages],
		`${name} may import schema and util only: content, generate, grading and srs are one layer, below storage.`
	)
];
const storageRules = [
	notFrom([...domains, ...pages], 'storage may import schema, util and srs, nothing above it.'),
	bundleGuard
];
const domainRules = (name) => [
	notFrom(
		[...others(domains, name).filter((n) => !(name === 'export' && n === 'share')), ...pages],
		`${name} is one of study, share, authoring and export: they never import each other; a rule two of them need moves down to storage, grading, schema or util.`
	),
	...(name === 'export'
		? [
				notFrom(
					['share'],
					'export reads only the SharedSet type from share; a rule it needs moves down.',
					{
						allowTypeImports: true
					}
				)
			]
		: []),
	...(name === 'authoring' ? [] : [bundleGuard])
];
const lightReads = {
	storage: [
		'src/lib/storage/progress-glance.ts',
		'src/lib/storage/progress-page-glance.ts',
		'src/lib/storage/progress-log-checks.ts',
		'src/lib/storage/totals-columns.ts',
		'src/lib/storage/answer-days.ts',
		'src/lib/storage/record-keys.ts',
		'src/lib/storage/card-figures.ts',
		'src/lib/storage/channel.ts',
		'src/lib/storage/local-banks-channel.ts',
		'src/lib/storage/database.ts'
	],
	srs: ['src/lib/srs/card-phase.ts'],
	study: ['src/lib/study/bank-glance.ts']
};
const lightGuard = {
	group: [
		'zod',
		'zod/**',
		'**/schema/**',
		'!**/schema/question-types',
		'records',
		'**/records',
		'**/srs/card',
		'card',
		'progress-due-index',
		'**/progress-due-index',
		'progress-totals',
		'**/progress-totals',
		'progress-days',
		'**/progress-days',
		'progress-card-figures',
		'**/progress-card-figures'
	],
	message:
		'A light read (home and progress figures, the first flashcard) loads no zod: import only types from a module that builds a schema.',
	allowTypeImports: true
};

export default ts.config(
	{ ignores: ['build/', 'build-*/', '.svelte-kit/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
		},
		rules: {
			// IndexedDB and fetch code must never drop a promise on the floor.
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	restrict(
		['src/lib/util/**'],
		[
			{
				group: ['$lib/**', '../**'],
				message: 'util is the bottom layer: it imports nothing from the app.'
			}
		]
	),
	restrict(
		['src/lib/schema/**'],
		[
			notFrom(
				[...models, 'storage', ...domains, ...pages],
				'schema sits above util only: data shapes import nothing else from the app.'
			)
		]
	),
	...models.map((name) => restrict([`src/lib/${name}/**`], modelRules(name))),
	restrict(['src/lib/storage/**'], storageRules),
	...domains.map((name) =>
		restrict(
			[`src/lib/${name}/**`],
			domainRules(name),
			name === 'authoring' ? ['src/lib/authoring/generate.worker.ts'] : []
		)
	),
	// The home page's figures and the first flashcard are read without zod (docs/architecture.md,
	// "Storage"): these modules import only types from a module that builds a schema.
	restrict(lightReads.storage, [...storageRules, lightGuard]),
	restrict(lightReads.srs, [...modelRules('srs'), lightGuard]),
	restrict(lightReads.study, [...domainRules('study'), lightGuard]),
	restrict(
		['src/lib/authoring/generate.worker.ts'],
		[
			notFrom(
				[...others(domains, 'authoring'), ...pages],
				'authoring is one of study, share, authoring and export: they never import each other.'
			),
			{
				group: ['svelte', 'svelte/**', '**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
				message:
					'The generator worker loads no Svelte: it runs outside the page, with the generator only.'
			}
		]
	),
	restrict(
		['src/lib/components/**'],
		[notFrom(['routes'], 'Components never import routes.'), bundleGuard]
	),
	restrict(['src/routes/**'], [bundleGuard], ['src/routes/teach/new/**']),
	restrict(['src/scorm-player/**'], [bundleGuard]),
	{
		files: ['**/*.js', '**/*.mjs'],
		...ts.configs.disableTypeChecked
	}
);
