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
  readonly details: ErrorDetail[];
  readonly code: string;

  constructor(message: string, details: ErrorDetail[] = [], code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.details = details;
    this.code = code;
  }
}

/** A named error class with its default machine-readable code (a caller may give a more specific one). */
export function domainError(name: string, defaultCode: string) {
  return class extends DomainError {
    override readonly name: string = name;
    constructor(message: string, details: ErrorDetail[] = [], code = defaultCode) {
      super(message, details, code);
    }
  };
}

export class InputError extends domainError('InputError', 'invalid_input') {}
export class NotFoundError extends domainError('NotFoundError', 'not_found') {}
export class ConflictError extends domainError('ConflictError', 'conflict') {}
export class NotAllowedError extends domainError('NotAllowedError', 'not_allowed') {}
export class AuthenticationError extends domainError('AuthenticationError', 'unauthenticated') {}
/** A definition (mechanism, BPMN, form) failed validation. Details name file, element and reason. */
export class DefinitionError extends domainError('DefinitionError', 'invalid_definition') {}
/** An admin-written expression (FEEL, JSONata) exceeded its time or memory budget and was stopped. */
export class ExpressionBudgetError extends domainError(
  'ExpressionBudgetError',
  'expression_budget_exceeded',
) {}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
