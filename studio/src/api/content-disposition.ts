/**
 * The file name a `Content-Disposition` header gives: RFC 6266's `filename*` (RFC 5987:
 * `UTF-8''%E5%8A%9E…`) when present — the only form that carries 中文 names — else the plain
 * `filename` (an ASCII fallback such as `______.pdf`), else null.
 */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      const charset = (extended[1] ?? '').toLowerCase();
      const raw = extended[2].trim();
      if (charset === 'utf-8' || charset === '') return decodeURIComponent(raw);
      // ISO-8859-1: each %XX is one character
      return raw.replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name || null;
}
