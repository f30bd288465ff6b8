import type { VisitRecord } from '../records.js';
import { pageWindow } from '../paging.js';
import type { Page, StaffVisitCount, VisitQuery, VisitRepository } from '../store.js';
import type { StatementCache } from './statement-cache.js';
import { visitsTable as t } from '../sql/visit-tables.js';
import { WhereClause } from './where-clause.js';
import { sqlite } from './row-codec.js';

/** One range scan over the covering (jurisdiction, at, staff_id, kind, enterprise_id) index. */
const countsByStaffSql = `
SELECT staff_id AS staffId, kind, COUNT(*) AS visits, COUNT(DISTINCT enterprise_id) AS enterprises
FROM visits WHERE jurisdiction = @jurisdiction AND at >= @from AND at < @to
GROUP BY staff_id, kind ORDER BY staff_id, kind`;

export class SqliteVisitRepository implements VisitRepository {
  constructor(private readonly sql: StatementCache) {}

  /** Visits matching every given filter, newest first. */
  async list(query: VisitQuery): Promise<Page<VisitRecord>> {
    const where = visitFilter(query);
    const { limit, offset } = pageWindow(query);
    const total = Number(this.sql.scalar(`SELECT COUNT(*) FROM visits ${where}`, where.params));
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM visits ${where} ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`,
      { ...where.params, limit, offset },
    );
    return { items: rows.map((row) => t.decode(row, sqlite)), total };
  }

  /** Per staff member and kind: visits in [from, to) and the distinct enterprises they reached. */
  async countsByStaff(jurisdiction: string, from: string, to: string): Promise<StaffVisitCount[]> {
    return this.sql.rows(countsByStaffSql, { jurisdiction, from, to }).map((row) => ({
      staffId: String(row['staffId']),
      kind: String(row['kind']),
      visits: Number(row['visits']),
      enterprises: Number(row['enterprises']),
    }));
  }
}

function visitFilter(query: VisitQuery): WhereClause {
  const where = new WhereClause()
    .equals('jurisdiction', 'jurisdiction', query.jurisdiction)
    .equals('enterprise_id', 'enterpriseId', query.enterpriseId)
    .equals('staff_id', 'staffId', query.staffId)
    .equals('kind', 'kind', query.kind);
  if (query.from !== undefined) where.and('at >= @from', { from: query.from });
  if (query.to !== undefined) where.and('at < @to', { to: query.to });
  return where;
}
