import type { ErrorBody, ErrorDetail } from './types';

/** A failed API call: the server's `{ error: { code, message, details } }` plus the HTTP status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }

  static async fromResponse(res: Response): Promise<ApiError> {
    const body = (await res.json().catch(() => null)) as Partial<ErrorBody> | null;
    const e = body?.error;
    if (!e) return new ApiError(res.status, `http_${res.status}`, res.statusText || 'request failed');
    return new ApiError(res.status, e.code, e.message, Array.isArray(e.details) ? e.details : []);
  }

  /** fetch() itself failed: offline, server down, CORS. */
  static network(cause: unknown): ApiError {
    return new ApiError(0, 'network', cause instanceof Error ? cause.message : String(cause));
  }
}
