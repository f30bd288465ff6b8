import type { SqlParams, SqlValue } from './row-codec.js';

/** Accumulates `AND`-ed conditions with named parameters for a dynamic query. */
export class WhereClause {
  private readonly conditions: string[] = [];
  readonly params: SqlParams = {};

  /** Add `condition` (which may reference `@name` parameters) with its parameter values. */
  and(condition: string, params: Record<string, SqlValue> = {}): this {
    this.conditions.push(condition);
    Object.assign(this.params, params);
    return this;
  }

  /** Add `column = @name` only when a value was given. */
  equals(column: string, name: string, value: SqlValue | undefined): this {
    return value === undefined ? this : this.and(`${column} = @${name}`, { [name]: value });
  }

  toString(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}
