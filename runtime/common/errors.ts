/**
 * Named error classes, one line each (after backstage's errors package). The server maps them to
 * HTTP status codes in exactly one middleware, by `name`.
 */
export interface ErrorDetail {
  /** JSON pointer-ish path of the offending field, e.g. `/data/creditCode`. */
  path: string;
  reason: string;
  /** Machine-readable reason, where one detail's kind matters (e.g. `overlapping_spans`). */
  code?: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly details: ErrorDetail[];

  constructor(message: string, details: ErrorDetail[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.details = details;
  }
}

export class InputError extends DomainError {
  override name = 'InputError';
  readonly code: string;
  constructor(message: string, details: ErrorDetail[] = [], code = 'invalid_input') {
    super(message, details);
    this.code = code;
  }
}
export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly code = 'not_found';
}
export class ConflictError extends DomainError {
  override name = 'ConflictError';
  readonly code: string;
  constructor(message: string, details: ErrorDetail[] = [], code = 'conflict') {
    super(message, details);
    this.code = code;
  }
}
export class NotAllowedError extends DomainError {
  override name = 'NotAllowedError';
  readonly code = 'not_allowed';
}
export class AuthenticationError extends DomainError {
  override name = 'AuthenticationError';
  readonly code = 'unauthenticated';
}
/** A definition (mechanism, BPMN, form) failed validation. Details name file, element and reason. */
export class DefinitionError extends DomainError {
  override name = 'DefinitionError';
  readonly code = 'invalid_definition';
}

/** An admin-written expression (FEEL, JSONata) exceeded its time or memory budget and was stopped. */
export class ExpressionBudgetError extends DomainError {
  override name = 'ExpressionBudgetError';
  readonly code = 'expression_budget_exceeded';
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
