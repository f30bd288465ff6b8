import { DomainError, type ErrorDetail } from '../common/errors.js';

/** A file over the size limit (HTTP 413). */
export class PayloadTooLargeError extends DomainError {
  override name = 'PayloadTooLargeError';
  readonly code = 'file_too_large';
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
