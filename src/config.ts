import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z.object({
  // TCP port of the HTTP server.
  PORT: z.coerce.number().int().min(0).max(65535).default(3000), // 0: any free port (tests)
  // Interface to bind; 127.0.0.1 keeps a fresh install private until someone opens it up.
  HOST: z.string().min(1).default('127.0.0.1'),
  // Embedded database files, uploaded media and the process lock live here.
  DATA_DIR: z.string().min(1).default('./data'),
  // Empty: embedded PGlite in DATA_DIR. Otherwise a postgres:// URL of PostgreSQL 15+.
  DATABASE_URL: z
    .string()
    .default('')
    .refine((v) => v === '' || /^postgres(ql)?:\/\//.test(v), 'phải bắt đầu bằng postgres:// hoặc để trống'),
  // Public base URL used in canonical links, feeds and e-mails.
  PUBLIC_URL: z.url().optional(),
  // pino log level.
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Behind a reverse proxy: trust X-Forwarded-* (true, or the proxy's addresses/CIDRs, comma-separated).
  TRUST_PROXY: z.string().default('false'),
  // Secure cookies: "auto" sets Secure when the request arrived over https.
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  // Staff sessions end after this many minutes without activity…
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(120),
  // …and in any case after this many hours.
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  // The tenant created on first start.
  TENANT_CODE: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, 'chỉ chữ thường không dấu, số và dấu gạch ngang (2–40 ký tự)')
    .default('lmhtx'),
  TENANT_NAME: z.string().min(3).default('Liên minh Hợp tác xã tỉnh'),
  // Two-digit province code after the 2025 reorganisation (e.g. 33 Hưng Yên); "00" for the national VCA.
  TENANT_PROVINCE_CODE: z
    .string()
    .regex(/^\d{2}$/, 'mã tỉnh gồm 2 chữ số, ví dụ 33')
    .default('00'),
  // First administrator; without a password a one-time password is generated and printed once.
  ADMIN_EMAIL: z.email().default('admin@hoptac.local'),
  ADMIN_PASSWORD: z.string().min(10, 'ít nhất 10 ký tự').optional(),
  // Fill a new database with demo content.
  HOPTAC_DEMO: bool.default(true),
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string; trustProxy: boolean | string };

export class ConfigError extends Error {}

/** Parses the environment once; throws ConfigError with one line per bad variable. */
export function loadConfig(env: Record<string, string | undefined> = readEnv()): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ / invalid configuration — ${lines.join('; ')}`);
  }
  const c = parsed.data;
  return { ...c, dataDir: resolve(c.DATA_DIR), trustProxy: parseTrustProxy(c.TRUST_PROXY) };
}

function parseTrustProxy(v: string): boolean | string {
  return v === 'true' || v === 'false' ? v === 'true' : v;
}

function readEnv(): Record<string, string | undefined> {
  loadDotenv({ quiet: true });
  return process.env;
}

/** Test-only databases (kept here so no other file reads process.env). */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}
