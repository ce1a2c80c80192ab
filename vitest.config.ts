import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		// Runs are recorded under XDG_STATE_HOME: a temporary one per worker, never the real home.
		// The CLI and the catalogs speak English in tests, whatever the machine's locale; every catalog is loaded.
		setupFiles: ['test/record/state-home.ts', 'test/messages/english-locale.ts', 'test/messages/all-languages.ts'],
		testTimeout: 20_000,
		hookTimeout: 30_000,
		// Flow tests start HTTPS servers on loopback; a few forks keep them isolated.
		pool: 'forks',
	},
});
