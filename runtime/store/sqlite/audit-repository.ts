import type { AuditQuery, AuditRecord, AuditRepository } from '../audit.js';
import { pageWindow } from '../paging.js';
import type { Page } from '../store.js';
import { auditTable as t } from '../sql/audit-tables.js';
import type { StatementCache } from './statement-cache.js';
import { WhereClause } from './where-clause.js';
import { sqlite } from './row-codec.js';

export class SqliteAuditRepository implements AuditRepository {
  constructor(private readonly sql: StatementCache) {}

  /** Matching entries, newest (last appended) first. */
  async list(query: AuditQuery): Promise<Page<AuditRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', 'jurisdiction', query.jurisdiction)
      .equals('actor_id', 'actorId', query.actorId)
      .equals('action', 'action', query.action);
    if (query.from !== undefined) where.and('at >= @from', { from: query.from });
    if (query.to !== undefined) where.and('at < @to', { to: query.to });
    const { limit, offset } = pageWindow(query);
    const total = Number(this.sql.scalar(`SELECT COUNT(*) FROM audit_log ${where}`, where.params));
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM audit_log ${where} ORDER BY seq DESC LIMIT @limit OFFSET @offset`,
      { ...where.params, limit, offset },
    );
    return { items: rows.map((row) => t.decode(row, sqlite)), total };
  }
}
