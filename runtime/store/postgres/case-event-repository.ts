import type { CaseEventRecord } from '../records.js';
import type { CaseEventRepository } from '../store.js';
import { type HandlersOf, writeRecord } from './mutation-handlers.js';
import { insertSql } from './row-codec.js';
import type { Sql } from './sql.js';
import { eventsTable } from '../sql/case-tables.js';

const t = eventsTable;

export class PostgresCaseEventRepository implements CaseEventRepository {
  constructor(private readonly sql: Sql) {}

  /** The case's timeline, oldest first (ties keep append order). */
  async listForCase(caseId: string): Promise<CaseEventRecord[]> {
    return this.sql.many(t, 'WHERE case_id = $1 ORDER BY at, seq', [caseId]);
  }
}

const appendEvent = insertSql(t, 'ON CONFLICT DO NOTHING');

/** The timeline is append-only; a replayed event id writes nothing. */
export const eventMutations: HandlersOf<'event.'> = {
  'event.append': writeRecord(appendEvent, t),
};
