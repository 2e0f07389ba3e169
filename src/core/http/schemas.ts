import { z } from 'zod';

export const ErrorBody = z.object({
  statusCode: z.number().int(),
  code: z.string(),
  message: z.string(),
  fieldErrors: z.record(z.string(), z.string()).optional(),
});

/** Declared on routes so OpenAPI documents the error shape. */
export const ErrorResponses = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  429: ErrorBody,
} as const;

export const IdParams = z.object({ id: z.uuid({ error: 'Mã không hợp lệ' }) });
