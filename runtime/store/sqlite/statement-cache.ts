import type Database from 'better-sqlite3';
import type { SqlRow } from './row-codec.js';

export type Statement = Database.Statement<unknown[], SqlRow>;

/**
 * Prepares each distinct SQL text once and reuses it. Dynamic queries (filters, patches) produce a
 * small, bounded set of texts, so they are cached too.
 */
export class StatementCache {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Database.Database) {}

  get(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], SqlRow>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** One row, or undefined. */
  row(sql: string, ...params: unknown[]): SqlRow | undefined {
    return this.get(sql).get(...params);
  }

  rows(sql: string, ...params: unknown[]): SqlRow[] {
    return this.get(sql).all(...params);
  }

  /** The first column of the first row (e.g. a COUNT). */
  scalar(sql: string, ...params: unknown[]): unknown {
    const row = this.row(sql, ...params);
    return row === undefined ? undefined : Object.values(row)[0];
  }

  run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.get(sql).run(...params);
  }
}
