import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Role } from '../../src/core/auth/roles.ts';
import { SESSION_COOKIE } from '../../src/core/auth/session.ts';
import type { Database } from '../../src/core/db/client.ts';
import { silentLog as silentLogger } from '../../src/core/silent-log.ts';
import { createUser } from '../../src/modules/accounts/users.service.ts';
import { TenantDirectory } from '../../src/modules/tenants/tenant-directory.ts';
import type { TenantDto } from '../../src/modules/tenants/tenants.dto.ts';
import { ensureDefaultTenant, reloadTenantDirectory } from '../../src/modules/tenants/tenants.service.ts';
import { createTestDatabase } from './test-database.ts';

/** A clock tests move by hand: no sleeping. */
export class FakeClock {
  constructor(public current = new Date('2026-03-02T03:00:00Z')) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-1';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  tenants: TenantDirectory;
  tenant: TenantDto;
  clock: FakeClock;
  config: Config;
  /** Creates a user (password TEST_PASSWORD, no forced change) in a tenant (default: the first). */
  addUser(
    role: Role,
    opts?: { email?: string; tenantId?: string; mustChangePassword?: boolean },
  ): Promise<{ id: string; email: string }>;
  /** Signs in and returns a client that sends the cookie and the CSRF token. */
  signIn(email: string, password?: string): Promise<StaffClient>;
  close(): Promise<void>;
}

export interface StaffClient {
  csrfToken: string;
  cookie: string;
  inject(opts: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

let counter = 0;

/** A distinct client address per sign-in, so the per-IP login limit does not trip across tests. */
export function nextAddress(): string {
  counter++;
  return `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter & 255}`;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    DATA_DIR: '.tmp/unused',
    TENANT_NAME: 'Liên minh Hợp tác xã tỉnh Thử Nghiệm',
    TENANT_PROVINCE_CODE: '00',
    ...env,
  });
  const database = await createTestDatabase();
  const tenants = new TenantDirectory();
  const clock = new FakeClock();
  const tenant = await ensureDefaultTenant(database.db, config);
  await reloadTenantDirectory(database.db, tenants);
  const app = await buildApp({ config, database, tenants, clock: clock.now }, { logger: false });
  await app.ready();

  const addUser: TestApp['addUser'] = async (role, opts = {}) => {
    const email = opts.email ?? `${role}.${++counter}@example.vn`;
    const ctx = {
      db: database.db,
      tenantId: opts.tenantId ?? tenant.id,
      actor: null,
      requestId: null,
      log: silentLogger,
    };
    const { user } = await createUser(ctx, {
      email,
      fullName: `Người dùng ${role}`,
      role,
      password: TEST_PASSWORD,
    });
    if (opts.mustChangePassword) {
      const { updateUser } = await import('../../src/modules/accounts/accounts.repo.ts');
      await updateUser(database.db, ctx.tenantId, user.id, { mustChangePassword: true });
    }
    return { id: user.id, email };
  };

  const signIn: TestApp['signIn'] = async (email, password = TEST_PASSWORD) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: nextAddress(),
    });
    if (res.statusCode !== 200) throw new Error(`login failed ${res.statusCode}: ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error('no session cookie');
    const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
    const cookieHeader = `${SESSION_COOKIE}=${cookie.value}`;
    return {
      csrfToken,
      cookie: cookieHeader,
      inject: ({ csrf = true, headers, ...opts }) =>
        app.inject({
          ...opts,
          headers: { ...headers, cookie: cookieHeader, ...(csrf ? { 'x-csrf-token': csrfToken } : {}) },
        }),
    };
  };

  return {
    app,
    database,
    tenants,
    tenant,
    clock,
    config,
    addUser,
    signIn,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
