import { DomainError } from '../../runtime/common/errors.js';

/** HTTP-only failures (the domain's own are in runtime/common/errors.ts); mapped by name like those. */
export class AccountLockedError extends DomainError {
  override name = 'AccountLockedError';
  readonly code = 'account_locked';
}
export class CsrfError extends DomainError {
  override name = 'CsrfError';
  readonly code = 'csrf_failed';
}
