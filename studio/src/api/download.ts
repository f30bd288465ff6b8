import { ApiError } from './api-error';
import { apiBase } from './http';
import { tokenStore } from './token-store';

/**
 * Downloads a file the API serves (an .xlsx export) with the session's token, and hands it to the
 * browser under the name the server gave it (Content-Disposition) or `fallbackName`.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = tokenStore.get();
  let res: Response;
  try {
    res = await fetch(`${apiBase}${path}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      credentials: 'same-origin',
    });
  } catch (err) {
    throw ApiError.network(err);
  }
  if (!res.ok) throw await ApiError.fromResponse(res);
  const named = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = named?.[1] ?? fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
