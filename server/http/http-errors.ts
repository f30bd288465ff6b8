import { DomainError, domainError } from '../../runtime/common/errors.js';

/** HTTP-only failures (the domain's own are in runtime/common/errors.ts); mapped by name like those. */
export class AccountLockedError extends domainError('AccountLockedError', 'account_locked') {}
export class CsrfError extends domainError('CsrfError', 'csrf_failed') {}
/** 停用: the account was disabled by an admin (a right password does not help). */
export class AccountDisabledError extends domainError('AccountDisabledError', 'account_disabled') {}
/** An initial or expired password: the session may only change it (and read itself, sign out). */
export class PasswordChangeRequiredError extends domainError(
  'PasswordChangeRequiredError',
  'password_change_required',
) {}
/** The server is busy with work of this kind; try again after `retryAfterSeconds` (HTTP 429, Retry-After). */
export class TooManyRequestsError extends DomainError {
  override name = 'TooManyRequestsError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    code = 'busy',
  ) {
    super(message, [{ path: '', reason: `try again in ${retryAfterSeconds} s` }], code);
  }
}
