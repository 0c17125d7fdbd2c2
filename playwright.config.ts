import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. */
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// E2E_PORT moves both servers (root on it, sub-path on the next port), so two checkouts can test
// side by side; E2E_SUBPATH=0 leaves out the sub-path project and its second build.
const port = Number(process.env.E2E_PORT || 4173);
const withSubPath = process.env.E2E_SUBPATH !== '0';
const root = `http://127.0.0.1:${port}`;
const subpath = `http://127.0.0.1:${port + 1}/factdeck`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: root,
		trace: 'retain-on-failure',
		// A service worker answers from its cache; specs that test it opt in with test.use.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: /sub-path\.spec\.ts/,
			use: { ...devices['Desktop Chrome'] }
		},
		...(withSubPath
			? [
					{
						name: 'sub-path',
						testMatch: /sub-path\.spec\.ts/,
						use: { ...devices['Desktop Chrome'], baseURL: `${subpath}/` }
					}
				]
			: [])
	],
	webServer: [
		{
			// The build that `npm test` made just before; run `npm run build` first when running alone.
			command: `npx tsx tests/e2e/static-server.ts build ${port}`,
			url: `${root}/`,
			reuseExistingServer: !process.env.CI
		},
		...(withSubPath
			? [
					{
						command: `BASE_PATH=/factdeck BUILD_DIR=build-sub-path npx vite build --logLevel warn && npx tsx tests/e2e/static-server.ts build-sub-path ${port + 1} /factdeck`,
						url: `${subpath}/`,
						timeout: 180_000,
						reuseExistingServer: !process.env.CI
					}
				]
			: [])
	]
});
