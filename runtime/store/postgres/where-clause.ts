import type { SqlValue } from './sql.js';

/** Accumulates `AND`-ed conditions with positional parameters ($1, $2 …) for a dynamic query. */
export class WhereClause {
  private readonly conditions: string[] = [];
  readonly params: SqlValue[] = [];

  /** A placeholder for `value`, e.g. `$3` (reusable in several conditions). */
  param(value: SqlValue): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Add a condition built from placeholders taken with `param`. */
  and(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** Add `column = $n` only when a value was given. */
  equals(column: string, value: SqlValue | undefined): this {
    return value === undefined ? this : this.and(`${column} = ${this.param(value)}`);
  }

  /** `LIMIT $n OFFSET $m` with the page window, after the filter's parameters. */
  page(limit: number, offset: number): string {
    return `LIMIT ${this.param(limit)} OFFSET ${this.param(offset)}`;
  }

  toString(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}
