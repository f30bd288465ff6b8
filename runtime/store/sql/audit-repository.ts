import type { AuditQuery, AuditRecord, AuditRepository } from '../audit.js';
import type { Page } from '../store.js';
import { auditTable } from './audit-tables.js';
import type { SqlReader } from './sql-reader.js';
import { WhereClause } from './where-clause.js';

/** The audit log on either SQL adapter. */
export class SqlAuditRepository implements AuditRepository {
  constructor(private readonly sql: SqlReader) {}

  /** Matching entries, newest (last appended) first. */
  async list(query: AuditQuery): Promise<Page<AuditRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', query.jurisdiction)
      .equals('actor_id', query.actorId)
      .equals('action', query.action)
      .range('at', query.from, query.to);
    if (query.account !== undefined) {
      const account = where.param(query.account);
      where.and(`(actor_id = ${account} OR target = ${account})`);
    }
    return this.sql.page(auditTable, where, 'seq DESC', query);
  }
}
