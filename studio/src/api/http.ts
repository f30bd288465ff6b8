import { ApiError } from './api-error';
import { tokenStore } from './token-store';

export const apiBase = '/api/v1';

type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A raw body (FormData for uploads) sent as is, instead of JSON. */
  rawBody?: FormData;
  body?: unknown;
  query?: Query;
  headers?: Record<string, string>;
}

let onUnauthorized: () => void = () => {};

/** Called when a signed-in call answers 401 (expired or revoked session). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

/** Cookie sessions send the `csrf` cookie back as X-CSRF-Token; bearer sessions do not need it. */
export function csrfToken(): string | null {
  const m = /(?:^|;\s*)csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]!) : null;
}

function urlFor(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return `${apiBase}${path}${qs ? `?${qs}` : ''}`;
}

/** One JSON call to the server; throws `ApiError` on any non-2xx answer or network failure. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const token = tokenStore.get();
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const csrf = csrfToken();
  if (csrf && (options.method ?? 'GET') !== 'GET') headers['X-CSRF-Token'] = csrf;
  let res: Response;
  try {
    res = await fetch(urlFor(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.rawBody ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      credentials: 'same-origin',
    });
  } catch (err) {
    throw ApiError.network(err);
  }
  if (!res.ok) {
    const error = await ApiError.fromResponse(res);
    // a bearer session, or a cookie session (single sign-on) that has ended
    if (res.status === 401 && (token || csrf)) onUnauthorized();
    throw error;
  }
  return (res.status === 204 ? undefined : await res.json()) as T;
}
