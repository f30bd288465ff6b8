import type { CaseEventRecord } from '../records.js';
import type { CaseEventRepository } from '../store.js';
import type { HandlersOf } from './mutation-handlers.js';
import { defineTable, insertSql, rowValues } from './row-codec.js';
import type { Sql } from './sql.js';

/** DDL in `schema-cases.ts`; `seq` (not mapped) keeps the append order. */
export const eventsTable = defineTable<CaseEventRecord>('case_events', {
  id: 'text',
  caseId: 'text',
  jurisdiction: 'text',
  at: 'time',
  actor: 'text',
  type: 'text',
  data: 'json',
});
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
  'event.append': async (tx, { record }) => void (await tx.run(appendEvent, rowValues(t, record))),
};
