import { CaseAggregateReads } from '../case-windows.js';
import type { CaseRecord } from '../records.js';
import type { CaseQuery, CaseRepository, LedgerFacts, Page } from '../store.js';
import { countCasesByEventType } from './case-event-counts.js';
import { caseFilter } from './case-filter.js';
import { kpiByUnit } from './case-kpi.js';
import { summarizeCases } from './case-summary.js';
import type { Sql } from './sql.js';
import { casesTable as t } from '../sql/case-tables.js';
import { countSql } from '../sql/sql-reader.js';
import { caseOrderSql, pageWindow } from '../paging.js';

export class PostgresCaseRepository extends CaseAggregateReads<Sql> implements CaseRepository {
  constructor(sql: Sql) {
    super(sql, { summarizeCases, countCasesByEventType, kpiByUnit });
  }

  async get(id: string): Promise<CaseRecord | null> {
    return this.connection.one(t, 'WHERE id = $1', [id]);
  }

  /** Cases matching every given filter, newest first (or oldest); keyset pages after `query.after`. */
  async list(query: CaseQuery): Promise<Page<CaseRecord>> {
    const where = caseFilter(query);
    const order = caseOrderSql(query);
    if (query.after === undefined) return this.connection.page(t, where, order, query);
    const total =
      query.countTotal === false
        ? 0
        : Number(await this.connection.scalar(countSql('cases', where, query.countLimit), where.params));
    const created = where.param(query.after.createdAt);
    const id = where.param(query.after.id);
    where.and(`(created_at, id) ${query.order === 'oldest' ? '>' : '<'} (${created}::timestamptz, ${id})`);
    const limit = where.param(pageWindow(query).limit);
    const items = await this.connection.many(t, `${where} ORDER BY ${order} LIMIT ${limit}`, where.params);
    return { items, total };
  }

  async ledgerFacts(caseIds: readonly string[]): Promise<Record<string, LedgerFacts>> {
    const rows = await this.connection.rows(
      `SELECT c.id, u.org_unit_id AS unit, r.level FROM unnest($1::text[]) AS c(id)
        LEFT JOIN case_units u ON u.case_id = c.id LEFT JOIN ratings r ON r.case_id = c.id`,
      [[...caseIds]],
    );
    return Object.fromEntries(
      rows.map((r) => [
        String(r['id']),
        {
          orgUnitId: (r['unit'] as string | null) ?? null,
          ratingLevel: (r['level'] as string | null) ?? null,
        },
      ]),
    );
  }
}
