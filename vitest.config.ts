import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		environment: 'node',
		testTimeout: 20_000,
		hookTimeout: 30_000,
		// Flow tests start HTTPS servers on loopback; a few forks keep them isolated.
		pool: 'forks',
	},
});
