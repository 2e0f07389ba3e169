import { defineConfig } from 'vitest/config';
import { testDatabaseUrl } from './src/config.ts';

// The PostgreSQL pass repeats the module tests; the process tests are about the embedded database,
// and *.pg.test.ts need a PostgreSQL server (LISTEN/NOTIFY between connections).
const onPostgres = Boolean(testDatabaseUrl());

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    exclude: [
      'tests/e2e/**',
      'node_modules/**',
      ...(onPostgres ? ['tests/process/**'] : ['**/*.pg.test.ts']),
    ],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Each file gets its own database; two cores here, so two workers.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
