import type { VisitRecord } from '../records.js';
import type { Page, StaffVisitCount, VisitQuery, VisitRepository } from '../store.js';
import type { HandlersOf } from './mutation-handlers.js';
import { insertSql, rowValues } from './row-codec.js';
import type { Sql } from './sql.js';
import { WhereClause } from './where-clause.js';
import { visitsTable } from '../sql/visit-tables.js';

const t = visitsTable;

/** One range scan over the covering (jurisdiction, at) INCLUDE (staff_id, kind, enterprise_id) index. */
const countsByStaffSql = `
SELECT staff_id, kind, COUNT(*) AS visits, COUNT(DISTINCT enterprise_id) AS enterprises
FROM visits WHERE jurisdiction = $1 AND at >= $2 AND at < $3
GROUP BY staff_id, kind ORDER BY staff_id, kind`;

export class PostgresVisitRepository implements VisitRepository {
  constructor(private readonly sql: Sql) {}

  /** Visits matching every given filter, newest first. */
  async list(query: VisitQuery): Promise<Page<VisitRecord>> {
    const where = new WhereClause()
      .equals('jurisdiction', query.jurisdiction)
      .equals('enterprise_id', query.enterpriseId)
      .equals('staff_id', query.staffId)
      .equals('kind', query.kind);
    if (query.from !== undefined) where.and(`at >= ${where.param(query.from)}`);
    if (query.to !== undefined) where.and(`at < ${where.param(query.to)}`);
    return this.sql.page(t, where, 'at DESC, id DESC', query);
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

const insertVisit = insertSql(t, 'ON CONFLICT DO NOTHING');

/** A logged visit is never changed; an insert keyed by an existing id writes nothing. */
export const visitMutations: HandlersOf<'visit.'> = {
  'visit.insert': async (tx, { record }) => void (await tx.run(insertVisit, rowValues(t, record))),
};
