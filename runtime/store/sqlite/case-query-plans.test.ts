import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { CaseQuery } from '../store.js';
import { countByEventTypeSql } from './case-event-counts.js';
import { caseFilter, kpiFilter, kpiOrderSql } from './case-filter.js';
import { countSql } from '../sql/sql-reader.js';
import { migrate } from './migrations.js';
import type { SqlParams } from './row-codec.js';

/** The exception lists must stay index searches at a million cases: pin the planner's choices. */
void describe('SQLite plans of the exception-case queries', () => {
  const db = new Database(':memory:');
  migrate(db);
  after(() => db.close());

  const plan = (sql: string, params: SqlParams): string =>
    db
      .prepare<[SqlParams], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(params)
      .map((row) => row.detail)
      .join(' | ');
  /** Plans of both statements `list` runs: the count and the page. */
  const listPlans = (query: Omit<CaseQuery, 'jurisdiction'>): string[] => {
    const where = caseFilter({ jurisdiction: 'hz', ...query });
    return [
      plan(`SELECT COUNT(*) FROM cases ${where}`, where.params),
      plan(`SELECT id FROM cases ${where} ORDER BY created_at DESC, id DESC LIMIT 50`, where.params),
    ];
  };
  const assertEvery = (plans: string[], pattern: RegExp) => {
    for (const p of plans) {
      assert.match(p, pattern);
      assert.doesNotMatch(p, /SCAN cases\b/);
    }
  };

  void it('reads 超期办结件 from the partial index only (its WHERE matches the rule term for term)', () => {
    assertEvery(
      listPlans({ closedLate: true }),
      /USING INDEX cases_closed_late \(jurisdiction=\? AND status=\?\)/,
    );
  });

  void it('range-scans the deadline index for 预警件 (open, deadline in a window)', () => {
    const plans = listPlans({ status: 'open', deadlineFrom: 'a', deadlineTo: 'b' });
    assertEvery(
      plans,
      /cases_by_jurisdiction_deadline \(jurisdiction=\? AND status=\? AND deadline_at>\? AND deadline_at<\?\)/,
    );
  });

  void it('starts from the matching case events and ratings, then probes cases by id', () => {
    const [eventCount] = listPlans({ withEventType: 'reopened' });
    assert.match(eventCount ?? '', /COVERING INDEX case_events_by_type \(jurisdiction=\? AND type=\?\)/);
    assert.match(eventCount ?? '', /SEARCH cases USING INDEX sqlite_autoindex_cases_1 \(id=\?\)/);
    const [ratedCount] = listPlans({ ratingLevels: ['unsatisfied'] });
    assert.match(ratedCount ?? '', /COVERING INDEX ratings_by_level \(jurisdiction=\? AND level=\?\)/);
    assert.match(ratedCount ?? '', /SEARCH cases USING INDEX sqlite_autoindex_cases_1 \(id=\?\)/);
    for (const p of [...listPlans({ withEventType: 'reopened' }), ...listPlans({ ratingLevels: ['x'] })]) {
      assert.doesNotMatch(p, /SCAN (cases|case_events|ratings|r|e)\b/);
    }
  });

  void it('counts a 台账 class + channel + tier filter on index entries alone (migration 35)', () => {
    const [count] = listPlans({ requestClass: 'policy', channel: 'hotline', tier: 'office' });
    assert.match(
      count ?? '',
      /COVERING INDEX cases_by_(class|tier|channel) \(jurisdiction=\? AND (request_class|tier|channel)=\?\)/,
    );
  });

  void it("walks a unit's cases newest first, probing each case's unit by key", () => {
    const where = caseFilter({ jurisdiction: 'hz', orgUnitIds: ['unit-7', 'unit-8'] }, 'cases');
    const walk = plan(
      `SELECT id FROM cases INDEXED BY cases_by_jurisdiction_created ${where} ORDER BY created_at DESC, id DESC LIMIT 50`,
      where.params,
    );
    assert.match(
      walk,
      /SEARCH cases USING (COVERING )?INDEX cases_by_jurisdiction_created \(jurisdiction=\?\)/,
    );
    assert.match(walk, /SEARCH u EXISTS USING/);
    assert.doesNotMatch(walk, /LIST SUBQUERY 2|SCAN u\b/);
  });

  /** Plans of the count and the page of a query `case_kpi` answers (migration 37). */
  const kpiPlans = (query: Omit<CaseQuery, 'jurisdiction'>): string[] => {
    const kpi = kpiFilter({ jurisdiction: 'hz', ...query });
    assert.ok(kpi, JSON.stringify(query));
    const from = `case_kpi INDEXED BY ${kpi.index}`;
    return [
      plan(countSql(from, kpi.where, 10_001), kpi.where.params),
      plan(
        `SELECT case_id FROM ${from} ${kpi.where} ORDER BY ${kpiOrderSql(query)} LIMIT 50`,
        kpi.where.params,
      ),
    ];
  };

  void it("counts and pages a unit's, a rating level's or a class + channel + tier + status combination's cases on case_kpi index entries alone", () => {
    const shapes: [Omit<CaseQuery, 'jurisdiction'>, RegExp][] = [
      [{ orgUnitIds: ['unit-7'] }, /COVERING INDEX case_kpi_by_unit \(jurisdiction=\? AND org_unit_id=\?\)/],
      [
        { orgUnitIds: ['unit-7'], ratingLevels: ['unsatisfied'] },
        /COVERING INDEX case_kpi_by_unit \(jurisdiction=\? AND org_unit_id=\?\)/,
      ],
      [
        { orgUnitIds: ['unit-3'], channel: 'hotline', from: 'a', to: 'b' },
        /COVERING INDEX case_kpi_by_unit \(jurisdiction=\? AND org_unit_id=\? AND created_at>\? AND created_at<\?\)/,
      ],
      [
        { orgUnitIds: ['unit-3'], overdue: true, overdueAt: 'n' },
        /COVERING INDEX case_kpi_by_unit \(jurisdiction=\? AND org_unit_id=\?\)/,
      ],
      [
        { ratingLevels: ['unsatisfied'], from: 'a' },
        /COVERING INDEX case_kpi_by_level \(jurisdiction=\? AND level=\? AND created_at>\?\)/,
      ],
      [
        { requestClass: 'policy', channel: 'hotline', tier: 'office', status: 'open' },
        /COVERING INDEX case_kpi_by_combination \(jurisdiction=\? AND request_class=\? AND channel=\? AND tier=\? AND status=\?\)/,
      ],
    ];
    for (const [query, index] of shapes) {
      const [count, page] = kpiPlans(query);
      for (const p of [count ?? '', page ?? '']) {
        assert.match(p, index);
        assert.doesNotMatch(p, /\bcases\b|ratings|case_units|SCAN case_kpi/);
      }
      // one unit / level: read in creation order, only ties of created_at sorted by id
      assert.doesNotMatch(page ?? '', /TEMP B-TREE FOR ORDER BY/);
    }
    for (const query of [
      { orgUnitIds: ['u'], caseNumberPrefix: 'HZ' },
      { orgUnitIds: ['u'], enterpriseIds: ['e'] },
      { ratingLevels: ['x'], withEventType: 'reopened' },
      { requestClass: 'policy', channel: 'hotline', tier: 'office' },
    ])
      assert.equal(kpiFilter({ jurisdiction: 'hz', ...query }), null, JSON.stringify(query));
    assert.equal(kpiFilter({ jurisdiction: 'hz', orgUnitIds: ['u', 'v'] })?.ordered, false);
  });

  void it('counts by event type over the creation window with index-only probes', () => {
    const p = plan(countByEventTypeSql, { jurisdiction: 'hz', types: '["reopened"]', from: 'a', to: 'b' });
    assert.match(
      p,
      /COVERING INDEX cases_by_jurisdiction_created \(jurisdiction=\? AND created_at>\? AND created_at<\?\)/,
    );
    assert.match(p, /COVERING INDEX case_events_by_case_type \(case_id=\? AND type=\?\)/);
    assert.doesNotMatch(p, /SCAN (c|e|cases|case_events)\b/);
  });
});

/** Statistics as `PRAGMA optimize` samples them at 1M cases (analysis_limit = 1000, see sqlite-store.ts). */
void describe('SQLite plans of the 台账 under sampled statistics', () => {
  const db = new Database(':memory:');
  migrate(db);
  db.exec('ANALYZE');
  const sampled: [string, string][] = [
    ['cases_by_jurisdiction_created', '1000000 1001 1 1 1 1 1 1'],
    ['cases_by_jurisdiction_status', '1000000 1001 1001 1'],
    ['cases_by_number', '1000000 1001 1'],
    ['cases_by_enterprise', '1000000 501 1'],
    ['sqlite_autoindex_cases_1', '1000000 1'],
  ];
  const stat = db.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('cases', ?, ?)");
  for (const [idx, value] of sampled) stat.run(idx, value);
  db.exec('ANALYZE sqlite_schema');
  after(() => db.close());

  void it("starts an enterprise's cases from its ids, not from the jurisdiction's cases", () => {
    const where = caseFilter({ jurisdiction: 'hz', enterpriseIds: ['e1'], status: 'closed' });
    for (const sql of [
      `SELECT COUNT(*) FROM (SELECT 1 FROM cases ${where} LIMIT 10001)`,
      `SELECT id FROM cases ${where} ORDER BY created_at DESC, id DESC LIMIT 50`,
    ]) {
      const plan = db
        .prepare<[SqlParams], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(where.params)
        .map((row) => row.detail)
        .join(' | ');
      assert.match(plan, /SEARCH cases USING INDEX cases_by_enterprise \(enterprise_id=\?\)/);
    }
  });
});
