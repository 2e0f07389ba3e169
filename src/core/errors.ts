import { MESSAGES } from './messages.ts';

/** Every error the product reports on purpose; the map below gives each its HTTP status. */
export const STATUS = {
  VALIDATION: 400,
  BAD_REQUEST: 400,
  INVALID_JSON: 400,
  WRONG_PASSWORD: 400,
  PASSWORD_REUSED: 400,
  CANNOT_CHANGE_SELF: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  TENANT_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  TENANT_CODE_TAKEN: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  LOGIN_RATE_LIMITED: 429,
  ACCOUNT_LOCKED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof STATUS;

export interface AppErrorOptions {
  /** Field path → Vietnamese message, shown next to the field. */
  fieldErrors?: Record<string, string>;
  /** Overrides the catalogue message (already Vietnamese). */
  message?: string;
  cause?: unknown;
}

export class AppError extends Error {
  readonly status: number;
  readonly fieldErrors: Record<string, string> | undefined;

  constructor(
    readonly code: AppErrorCode,
    opts: AppErrorOptions = {},
  ) {
    super(opts.message ?? MESSAGES[code], { cause: opts.cause });
    this.status = STATUS[code];
    this.fieldErrors = opts.fieldErrors;
  }
}
