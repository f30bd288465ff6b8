import { ApiError } from './api-error';
import { dispositionFileName } from './content-disposition';
import { apiBase, csrfToken } from './http';
import { tokenStore } from './token-store';

export interface FileRequest {
  method?: 'GET' | 'POST';
  body?: FormData;
  /** Statuses whose body is still the file to save (an import's 422 error report). */
  fileStatuses?: number[];
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Downloads a file the API serves (an .xlsx export, an import's error report) with the session's
 * token, under the name the server gave it (Content-Disposition) or `fallbackName`.
 */
export async function downloadFile(
  path: string,
  fallbackName: string,
  init: FileRequest = {},
): Promise<void> {
  const token = tokenStore.get();
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  const csrf = csrfToken();
  if (csrf && init.method === 'POST') headers['X-CSRF-Token'] = csrf;
  let res: Response;
  try {
    res = await fetch(`${apiBase}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body ?? null,
      credentials: 'same-origin',
    });
  } catch (err) {
    throw ApiError.network(err);
  }
  if (!res.ok && !(init.fileStatuses ?? []).includes(res.status)) throw await ApiError.fromResponse(res);
  save(await res.blob(), dispositionFileName(res.headers.get('content-disposition')) ?? fallbackName);
}
