import type { Config } from '../../config.ts';
import type { TenantDirectory } from '../../modules/tenants/tenant-directory.ts';
import type { Database } from '../db/client.ts';

/** Everything the HTTP app needs from the process; tests build it with fakes where useful. */
export interface AppDeps {
  config: Config;
  database: Database;
  tenants: TenantDirectory;
  /** Injected so tests can move time (session expiry, lockouts) without sleeping. */
  clock: () => Date;
}
