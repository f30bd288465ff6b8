import { CaseAggregateReads } from '../case-windows.js';
import type { CaseRecord } from '../records.js';
import type { CaseQuery, CaseRepository, Page } from '../store.js';
import { countCasesByEventType } from './case-event-counts.js';
import { caseFilter } from './case-filter.js';
import { kpiByUnit } from './case-kpi.js';
import { summarizeCases } from './case-summary.js';
import type { Sql } from './sql.js';
import { casesTable as t } from '../sql/case-tables.js';

export class PostgresCaseRepository extends CaseAggregateReads<Sql> implements CaseRepository {
  constructor(sql: Sql) {
    super(sql, { summarizeCases, countCasesByEventType, kpiByUnit });
  }

  async get(id: string): Promise<CaseRecord | null> {
    return this.connection.one(t, 'WHERE id = $1', [id]);
  }

  /** Cases matching every given filter, newest first. */
  async list(query: CaseQuery): Promise<Page<CaseRecord>> {
    return this.connection.page(t, caseFilter(query), 'created_at DESC, id DESC', query);
  }
}
