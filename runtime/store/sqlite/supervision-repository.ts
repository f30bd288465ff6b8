import type { SupervisionOrderRecord } from '../records.js';
import { pageWindow } from '../paging.js';
import type { Page, SupervisionQuery, SupervisionRepository } from '../store.js';
import type { StatementCache } from './statement-cache.js';
import { supervisionOrdersTable as t } from '../sql/supervision-tables.js';
import { WhereClause } from './where-clause.js';
import { sqlite } from './row-codec.js';

export class SqliteSupervisionRepository implements SupervisionRepository {
  constructor(private readonly sql: StatementCache) {}

  async get(id: string): Promise<SupervisionOrderRecord | null> {
    const row = this.sql.row(`SELECT ${t.selectList} FROM supervision_orders WHERE id = ?`, id);
    return row ? t.decode(row, sqlite) : null;
  }

  /** The case's orders, oldest issued first. */
  async forCase(caseId: string): Promise<SupervisionOrderRecord[]> {
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM supervision_orders WHERE case_id = ? ORDER BY issued_at, id`,
      caseId,
    );
    return rows.map((row) => t.decode(row, sqlite));
  }

  /** Orders matching every given filter, newest issued first. */
  async list(query: SupervisionQuery): Promise<Page<SupervisionOrderRecord>> {
    const where = supervisionFilter(query);
    const { limit, offset } = pageWindow(query);
    const total = Number(this.sql.scalar(`SELECT COUNT(*) FROM supervision_orders ${where}`, where.params));
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM supervision_orders ${where}
       ORDER BY issued_at DESC, id DESC LIMIT @limit OFFSET @offset`,
      { ...where.params, limit, offset },
    );
    return { items: rows.map((row) => t.decode(row, sqlite)), total };
  }
}

/** `overdueAt` means open and due strictly before it; an empty `targetGroups` list matches nothing. */
function supervisionFilter(query: SupervisionQuery): WhereClause {
  const where = new WhereClause()
    .equals('jurisdiction', 'jurisdiction', query.jurisdiction)
    .equals('status', 'status', query.status)
    .equals('kind', 'kind', query.kind);
  if (query.targetGroups !== undefined) {
    where.and('target_group IN (SELECT value FROM json_each(@targetGroups))', {
      targetGroups: JSON.stringify(query.targetGroups),
    });
  }
  if (query.overdueAt !== undefined) {
    where.and("status = 'open' AND due_at < @overdueAt", { overdueAt: query.overdueAt });
  }
  return where;
}
