import type { AuditQuery, AuditRecord, AuditRepository } from '../audit.js';
import type { Page } from '../store.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import type { Sql } from './sql.js';
import { WhereClause } from './where-clause.js';
import { auditTable } from '../sql/audit-tables.js';

const t = auditTable;

export class PostgresAuditRepository implements AuditRepository {
  constructor(private readonly sql: Sql) {}

  /** Matching entries, newest (last appended) first. */
  async list(query: AuditQuery): Promise<Page<AuditRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', query.jurisdiction)
      .equals('actor_id', query.actorId)
      .equals('action', query.action);
    if (query.from !== undefined) where.and(`at >= ${where.param(query.from)}`);
    if (query.to !== undefined) where.and(`at < ${where.param(query.to)}`);
    return this.sql.page(t, where, 'seq DESC', query);
  }
}

const appendEntry = insertSql(t, 'ON CONFLICT (id) DO NOTHING');

/** Append only; a replayed append of an existing id writes nothing. */
export const auditMutations: HandlersOf<'audit.'> = {
  'audit.append': async (tx, { record }) => void (await tx.run(appendEntry, rowValues(t, record))),
};
