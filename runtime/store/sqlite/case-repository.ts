import type { CaseRecord } from '../records.js';
import { caseOrderSql, pageWindow } from '../paging.js';
import { CaseAggregateReads } from '../case-windows.js';
import type { CaseQuery, CaseRepository, LedgerFacts, Page } from '../store.js';
import { countCasesByEventType } from './case-event-counts.js';
import { afterKey, caseFilter, kpiFilter, kpiOrderSql, probesMatches } from './case-filter.js';
import { kpiByUnit } from './case-kpi.js';
import { summarizeCases } from './case-summary.js';
import { casesTable as t } from '../sql/case-tables.js';
import { countSql } from '../sql/sql-reader.js';
import type { StatementCache } from './statement-cache.js';
import { sqlite } from './row-codec.js';

/** Above this many rating/event/unit-filtered matches, early pages walk the cases newest first. */
const walkAbove = 1000;

export class SqliteCaseRepository extends CaseAggregateReads<StatementCache> implements CaseRepository {
  constructor(private readonly sql: StatementCache) {
    super(sql, { summarizeCases, countCasesByEventType, kpiByUnit });
  }

  async get(id: string): Promise<CaseRecord | null> {
    const row = this.sql.row(`SELECT ${t.selectList} FROM cases WHERE id = ?`, id);
    return row ? t.decode(row, sqlite) : null;
  }

  /** Cases matching every given filter, newest first. */
  async list(query: CaseQuery): Promise<Page<CaseRecord>> {
    const where = caseFilter(query);
    const { limit } = pageWindow(query);
    const offset = query.after === undefined ? pageWindow(query).offset : 0;
    const counted = query.countTotal !== false;
    // A unit, rating or class + channel + tier + status filter: counted (and paged) on `case_kpi`.
    const kpi = kpiFilter(query);
    const count = kpi
      ? { from: `case_kpi INDEXED BY ${kpi.index}`, where: kpi.where }
      : { from: 'cases', where };
    const total = counted
      ? Number(this.sql.scalar(countSql(count.from, count.where, query.countLimit), count.where.params))
      : 0;
    if (counted && offset >= total && total !== query.countLimit) return { items: [], total };
    if (kpi?.ordered) {
      const ids = afterKey(query, kpi.where, 'case_id');
      const rows = this.sql.rows(
        `SELECT ${t.selectList} FROM cases WHERE id IN (SELECT case_id FROM case_kpi INDEXED BY ${kpi.index} ${ids}
          ORDER BY ${kpiOrderSql(query)} LIMIT @limit OFFSET @offset) ORDER BY ${caseOrderSql(query)}`,
        { ...ids.params, limit, offset },
      );
      return { items: rows.map((row) => t.decode(row, sqlite)), total };
    }
    // Many cases matched by a rating, event or unit filter, early page: walk the cases newest first,
    // checking each against the matches, and stop after the page (instead of sorting every match).
    const walk = probesMatches(query) && (!counted || total > walkAbove) && offset < walkAbove;
    const page = afterKey(query, walk ? caseFilter(query, 'cases') : where);
    const from = walk ? 'cases INDEXED BY cases_by_jurisdiction_created' : 'cases';
    const rows = this.sql.rows(
      `SELECT ${t.selectList} FROM ${from} ${page} ORDER BY ${caseOrderSql(query)} LIMIT @limit OFFSET @offset`,
      { ...page.params, limit, offset },
    );
    return { items: rows.map((row) => t.decode(row, sqlite)), total };
  }

  async ledgerFacts(caseIds: readonly string[]): Promise<Record<string, LedgerFacts>> {
    const rows = this.sql.rows(ledgerFactsSql, { ids: JSON.stringify(caseIds) }) as {
      id: string;
      unit: string | null;
      level: string | null;
    }[];
    return Object.fromEntries(rows.map((r) => [r.id, { orgUnitId: r.unit, ratingLevel: r.level }]));
  }
}

const ledgerFactsSql = `SELECT c.value AS id, u.org_unit_id AS unit, r.level AS level FROM json_each(@ids) c
  LEFT JOIN case_units u ON u.case_id = c.value LEFT JOIN ratings r ON r.case_id = c.value`;
