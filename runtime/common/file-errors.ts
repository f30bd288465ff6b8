import { domainError } from './errors.js';

/** A file over the size limit (`file_too_large`), or one that unpacks or parses beyond an import's limits (`import_too_large`) (HTTP 413). */
export class PayloadTooLargeError extends domainError('PayloadTooLargeError', 'file_too_large') {}

/** A file type that is not allowed (`type_not_allowed`), or content that is not what its declared type says (`content_mismatch`) (HTTP 415). */
export class UnsupportedMediaTypeError extends domainError('UnsupportedMediaTypeError', 'type_not_allowed') {}

/** 文件过大: the reason shown under an upload, with the limit in MB (KB below 1 MB), no byte counts. */
export function tooLarge(maxBytes: number): string {
  const [size, unit] = maxBytes >= 1024 * 1024 ? [maxBytes / (1024 * 1024), 'MB'] : [maxBytes / 1024, 'KB'];
  return `文件过大，最大 ${Number.isInteger(size) ? size : size.toFixed(1)} ${unit}`;
}
