import type { SqlParam } from './sql-reader.js';

/**
 * Accumulates `AND`-ed conditions with positional parameters ($1, $2 …) for a dynamic query: the
 * form both SQL adapters run (SQLite binds `$n` by name, `../sqlite/sqlite-reader.ts`).
 */
export class WhereClause {
  private readonly conditions: string[] = [];
  readonly params: SqlParam[] = [];

  /** A placeholder for `value`, e.g. `$3` (reusable in several conditions). */
  param(value: SqlParam): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Add a condition built from placeholders taken with `param`. */
  and(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** Add `column = $n` only when a value was given. */
  equals(column: string, value: SqlParam | undefined): this {
    return value === undefined ? this : this.and(`${column} = ${this.param(value)}`);
  }

  /** Add the half-open range `column >= from` and/or `column < to`, each when given. */
  range(column: string, from: string | undefined, to: string | undefined): this {
    if (from !== undefined) this.and(`${column} >= ${this.param(from)}`);
    if (to !== undefined) this.and(`${column} < ${this.param(to)}`);
    return this;
  }

  /** `LIMIT $n OFFSET $m` with the page window, after the filter's parameters. */
  page(limit: number, offset: number): string {
    return `LIMIT ${this.param(limit)} OFFSET ${this.param(offset)}`;
  }

  toString(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}
