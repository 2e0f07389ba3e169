import pg from 'pg';

/** Databases made by a test run share this prefix, so a crashed run's leftovers are recognisable. */
export const TEST_DB_PREFIX = 'hoptac_test_';

export async function withAdminConnection<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
