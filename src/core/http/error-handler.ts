import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type AppErrorCode } from '../errors.ts';
import { fieldPath } from '../validation.ts';

export interface ErrorBody {
  statusCode: number;
  code: AppErrorCode;
  message: string;
  fieldErrors?: Record<string, string>;
}

/** Renders an error for people (HTML pages) instead of JSON; supplied by the public site. */
export type HtmlErrorRenderer = (req: FastifyRequest, status: 404 | 500) => string;

const FASTIFY_CODES: Record<string, AppErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

function toAppError(err: FastifyError): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fieldErrors: Record<string, string> = {};
    for (const v of err.validation) {
      const key = fieldPath(v.instancePath) || String(v.params?.missingProperty ?? '_');
      fieldErrors[key] ??= v.message ?? 'Giá trị không hợp lệ';
    }
    return new AppError('VALIDATION', { fieldErrors });
  }
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  if (mapped) return new AppError(mapped);
  if (err.statusCode === 429) return new AppError('TOO_MANY_REQUESTS');
  if (err.statusCode === 400 && err.code?.startsWith('FST_')) return new AppError('BAD_REQUEST');
  return new AppError('INTERNAL', { cause: err });
}

function wantsHtml(req: FastifyRequest): boolean {
  return !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  const body: ErrorBody = { statusCode: error.status, code: error.code, message: error.message };
  if (error.fieldErrors) body.fieldErrors = error.fieldErrors;
  return reply.status(error.status).type('application/json; charset=utf-8').send(body);
}

export function registerErrorHandlers(app: FastifyInstance, renderHtml: HtmlErrorRenderer): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const error = toAppError(err);
    if (error.status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: error.code }, 'request refused');
    const headers = (err as { headers?: Record<string, string> }).headers;
    if (err.statusCode === 429 && headers) reply.headers(headers);
    if (error.status >= 500 && wantsHtml(req)) {
      return reply.status(500).type('text/html; charset=utf-8').send(renderHtml(req, 500));
    }
    // A public page whose content does not exist answers the site's 404 page, not JSON.
    if (error.status === 404 && wantsHtml(req)) {
      return reply.status(404).type('text/html; charset=utf-8').send(renderHtml(req, 404));
    }
    return sendError(reply, error);
  });

  app.setNotFoundHandler((req, reply) => {
    if (wantsHtml(req) || (req.method === 'GET' && !req.url.startsWith('/api/'))) {
      return reply.status(404).type('text/html; charset=utf-8').send(renderHtml(req, 404));
    }
    return sendError(reply, new AppError('NOT_FOUND'));
  });
}
