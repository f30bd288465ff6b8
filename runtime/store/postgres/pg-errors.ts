import pg from 'pg';
import { InputError } from '../../common/errors.js';

/** The SQLSTATE of an error PostgreSQL reported, or undefined for anything else. */
export function sqlState(error: unknown): string | undefined {
  return error instanceof pg.DatabaseError ? error.code : undefined;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (sqlState(error) !== '23505') return false;
  return constraint === undefined || (error as pg.DatabaseError).constraint === constraint;
}

/** Another transaction got in the way (deadlock, serialization failure): the batch may simply run again. */
export function isRetryable(error: unknown): boolean {
  const state = sqlState(error);
  return state === '40001' || state === '40P01';
}

/**
 * Values PostgreSQL refuses where SQLite would store them: a NUL character in text (22P05, 22021),
 * an unreadable instant or number (22007, 22008, 22P02). They come from the caller's input, so they
 * become an InputError (400) instead of a server error.
 */
const refusedValues = new Set(['22P05', '22021', '22007', '22008', '22P02']);

export function asDomainError(error: unknown): unknown {
  const state = sqlState(error);
  if (state === undefined || !refusedValues.has(state)) return error;
  return new InputError(
    `value refused by the database: ${(error as Error).message}`,
    [{ path: '/', reason: 'invalid_value' }],
    'invalid_value',
  );
}
