import { defineConfig } from 'drizzle-kit';

// Migrations are generated SQL, committed, and applied by src/core/db/migrate.ts at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/modules/*/*.tables.ts',
  out: './drizzle',
});
