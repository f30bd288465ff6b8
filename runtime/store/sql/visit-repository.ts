import type { VisitRecord } from '../records.js';
import type { Page, StaffVisitCount, VisitQuery, VisitRepository } from '../store.js';
import type { SqlReader } from './sql-reader.js';
import { visitsTable } from './visit-tables.js';
import { WhereClause } from './where-clause.js';

/**
 * One range scan over the covering index: (jurisdiction, at, staff_id, kind, enterprise_id) on SQLite,
 * (jurisdiction, at) INCLUDE (staff_id, kind, enterprise_id) on PostgreSQL.
 */
const countsByStaffSql = `
SELECT staff_id, kind, COUNT(*) AS visits, COUNT(DISTINCT enterprise_id) AS enterprises
FROM visits WHERE jurisdiction = $1 AND at >= $2 AND at < $3
GROUP BY staff_id, kind ORDER BY staff_id, kind`;

/** Logged service visits on either SQL adapter. */
export class SqlVisitRepository implements VisitRepository {
  constructor(private readonly sql: SqlReader) {}

  /** Visits matching every given filter, newest first. */
  async list(query: VisitQuery): Promise<Page<VisitRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', query.jurisdiction)
      .equals('enterprise_id', query.enterpriseId)
      .equals('staff_id', query.staffId)
      .equals('kind', query.kind)
      .range('at', query.from, query.to);
    return this.sql.page(visitsTable, where, 'at DESC, id DESC', query);
  }

  /** Per staff member and kind: visits in [from, to) and the distinct enterprises they reached. */
  async countsByStaff(jurisdiction: string, from: string, to: string): Promise<StaffVisitCount[]> {
    const rows = await this.sql.rows(countsByStaffSql, [jurisdiction, from, to]);
    return rows.map((row) => ({
      staffId: String(row['staff_id']),
      kind: String(row['kind']),
      visits: Number(row['visits']),
      enterprises: Number(row['enterprises']),
    }));
  }
}
