import type { ErrorRequestHandler } from 'express';
import { isDomainError } from '../../runtime/common/errors.js';

const statusByName: Record<string, number> = {
  InputError: 400,
  DefinitionError: 400,
  AuthenticationError: 401,
  NotAllowedError: 403,
  NotFoundError: 404,
  ConflictError: 409,
  ExpressionBudgetError: 422,
  CsrfError: 403,
  AccountDisabledError: 403,
  PasswordChangeRequiredError: 403,
  AccountLockedError: 423,
  PayloadTooLargeError: 413,
  UnsupportedMediaTypeError: 415,
  TooManyRequestsError: 429,
};

interface HttpishError {
  type?: string;
  status?: number;
  expose?: boolean;
  message?: string;
}

/** The one place errors become HTTP: `{ error: { code, message, details: [{ path, reason }] } }`. */
export function errorMiddleware(log: (err: unknown) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (isDomainError(err)) {
      const retryAfter = (err as { retryAfterSeconds?: unknown }).retryAfterSeconds;
      if (typeof retryAfter === 'number') res.setHeader('retry-after', String(retryAfter));
      res
        .status(statusByName[err.name] ?? 400)
        .json({ error: { code: err.code, message: err.message, details: err.details } });
      return;
    }
    const e = err as HttpishError;
    if (e.type === 'entity.too.large') {
      res.status(413).json({
        error: {
          code: 'payload_too_large',
          message: 'request body too large',
          details: [{ path: '', reason: 'body exceeds the size limit' }],
        },
      });
      return;
    }
    if (
      e.type === 'entity.parse.failed' ||
      e.type === 'encoding.unsupported' ||
      e.type === 'charset.unsupported'
    ) {
      res.status(400).json({
        error: {
          code: 'malformed_json',
          message: 'request body is not valid JSON',
          details: [{ path: '', reason: e.message ?? 'parse error' }],
        },
      });
      return;
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      res
        .status(e.status)
        .json({ error: { code: 'bad_request', message: e.message ?? 'bad request', details: [] } });
      return;
    }
    log(err);
    res.status(500).json({ error: { code: 'internal', message: 'internal error', details: [] } });
  };
}
