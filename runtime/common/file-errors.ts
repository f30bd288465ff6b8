import { DomainError, type ErrorDetail } from './errors.js';

/** A file over the size limit, or one that unpacks or parses beyond an import's limits (HTTP 413). */
export class PayloadTooLargeError extends DomainError {
  override name = 'PayloadTooLargeError';
  readonly code: string;
  constructor(
    message: string,
    details: ErrorDetail[],
    code: 'file_too_large' | 'import_too_large' = 'file_too_large',
  ) {
    super(message, details);
    this.code = code;
  }
}

/** A file type that is not allowed, or content that is not what its declared type says (HTTP 415). */
export class UnsupportedMediaTypeError extends DomainError {
  override name = 'UnsupportedMediaTypeError';
  readonly code: string;
  constructor(message: string, details: ErrorDetail[], code: 'type_not_allowed' | 'content_mismatch') {
    super(message, details);
    this.code = code;
  }
}
