import pg from 'pg';

/** Databases made by the test run share this prefix, so a crashed run's leftovers are recognisable. */
export const TEMPLATE_DB = 'hoptac_test_template';

export async function withAdminConnection<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
