import type { CaseRecord } from '../records.js';
import type { CaseQuery, CaseRepository, CaseSummary, KpiQuery, Page, UnitKpi } from '../store.js';
import { countCasesByEventType } from './case-event-counts.js';
import { caseFilter } from './case-filter.js';
import { kpiByUnit } from './case-kpi.js';
import { summarizeCases } from './case-summary.js';
import type { Sql } from './sql.js';
import { casesTable } from '../sql/case-tables.js';

const t = casesTable;

export class PostgresCaseRepository implements CaseRepository {
  constructor(private readonly sql: Sql) {}

  async get(id: string): Promise<CaseRecord | null> {
    return this.sql.one(t, 'WHERE id = $1', [id]);
  }

  /** Cases matching every given filter, newest first. */
  async list(query: CaseQuery): Promise<Page<CaseRecord>> {
    const where = caseFilter(query);
    return this.sql.page(t, where, 'created_at DESC, id DESC', query);
  }

  async summary(jurisdiction: string, from: string, to: string, now: string): Promise<CaseSummary> {
    return summarizeCases(this.sql, { jurisdiction, from, to, now });
  }

  async countByEventType(
    jurisdiction: string,
    types: string[],
    from: string,
    to: string,
  ): Promise<Record<string, number>> {
    return countCasesByEventType(this.sql, { jurisdiction, types, from, to });
  }

  async kpiByUnit(query: KpiQuery): Promise<UnitKpi[]> {
    return kpiByUnit(this.sql, query);
  }
}
