import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// Module workers, so a worker's dynamic import (mathjs, 646 kB, for the few scenarios with
	// their own response curve) is a chunk loaded on demand, not inlined into every worker.
	worker: { format: 'es' },
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		// One throwaway PostgreSQL cluster per run, for the tests of the PostgreSQL store.
		globalSetup: ['tests/server/postgresCluster.ts'],
		// The planning years' defaults follow the calendar; the golden figures must not.
		env: { IPASN_TODAY: '2026-12-07' }
	}
});
