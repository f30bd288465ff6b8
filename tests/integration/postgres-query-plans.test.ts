// The hot queries of PostgresStore stay index searches on a database of realistic shape: a year of
// two jurisdictions, ANALYZEd (postgres-plan-seed.ts). Plans are read with EXPLAIN from the very SQL
// the repositories run. Runs only when PG_URL is set (scripts/ci/postgres-conformance.sh).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { CaseQuery, TaskQuery } from '../../runtime/store/store.js';
import { countByEventTypeSql } from '../../runtime/store/postgres/case-event-counts.js';
import { caseFilter } from '../../runtime/store/postgres/case-filter.js';
import { kpiCasesSql } from '../../runtime/store/postgres/case-kpi.js';
import { monthTotalsSql } from '../../runtime/store/postgres/case-summary.js';
import { pollingReads } from '../../runtime/store/sql/engine-state-repository.js';
import { PostgresStore } from '../../runtime/store/postgres/postgres-store.js';
import { taskFilter } from '../../runtime/store/postgres/task-repository.js';
import { planSeedSql } from './postgres-plan-seed.js';
import { dropSchema, freshSchema } from './postgres-schemas.js';

const url = process.env['PG_URL'];
const skip = url ? false : 'PG_URL is not set (see scripts/ci/postgres-conformance.sh)';
const june = ['hz', '2025-06-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z'];

void describe('PostgreSQL plans of the hot queries', { skip }, () => {
  const schema = freshSchema('plans');
  let db: pg.Client;
  before(async () => {
    await (await PostgresStore.open({ url: url!, schema })).close();
    db = new pg.Client({ connectionString: url, options: `-c search_path=${schema} -c TimeZone=UTC` });
    await db.connect();
    await db.query(planSeedSql);
  });
  after(async () => {
    await db.end();
    await dropSchema(url!, schema);
  });

  const plan = async (sql: string, params: readonly unknown[] = []): Promise<string> => {
    const result = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, [...params]);
    return result.rows.map((row) => row['QUERY PLAN']).join('\n');
  };
  /** Plans of both statements a case list runs: the count and the page. */
  const listPlans = async (query: Omit<CaseQuery, 'jurisdiction'>): Promise<[string, string]> => {
    const where = caseFilter({ jurisdiction: 'hz', ...query });
    return [
      await plan(`SELECT COUNT(*) FROM cases ${where}`, where.params),
      await plan(`SELECT id FROM cases ${where} ORDER BY created_at DESC, id DESC LIMIT 50`, where.params),
    ];
  };
  const taskPlan = async (query: Omit<TaskQuery, 'jurisdiction'>): Promise<string> => {
    const where = taskFilter({ jurisdiction: 'hz', ...query });
    return plan(`SELECT id FROM tasks ${where} ORDER BY due_at ASC NULLS LAST, created_at, id LIMIT 50`, [
      ...where.params,
    ]);
  };

  void it('pages a case list newest first straight off (jurisdiction, created_at), without sorting', async () => {
    const [, page] = await listPlans({});
    assert.match(page, /Index (Only )?Scan Backward using cases_by_jurisdiction_created/);
    assert.doesNotMatch(page, /Sort/);
  });

  void it('reads 超期办结件 from the partial index only (its WHERE matches the rule term for term)', async () => {
    for (const p of await listPlans({ closedLate: true })) {
      assert.match(p, /cases_closed_late/);
      assert.doesNotMatch(p, /Seq Scan on cases/);
    }
  });

  void it('range-scans the deadline index for 预警件 (open, deadline in a window)', async () => {
    const window = { deadlineFrom: '2025-12-20T00:00:00.000Z', deadlineTo: '2025-12-22T00:00:00.000Z' };
    for (const p of await listPlans({ status: 'open', ...window })) {
      assert.match(p, /cases_by_jurisdiction_deadline/);
      assert.doesNotMatch(p, /Seq Scan on cases/);
    }
  });

  void it('starts 不满意件 and event-type filters from the matching ratings and events', async () => {
    for (const p of await listPlans({ ratingLevels: ['unsatisfied'] })) {
      assert.match(p, /ratings_by_level/);
      assert.match(p, /cases_pkey/);
    }
    for (const p of await listPlans({ withEventType: 'reopened' })) {
      assert.match(p, /case_events_by_type/);
      assert.doesNotMatch(p, /Seq Scan on case_events/);
    }
  });

  void it("computes a month's summary, event-type counts and KPI from the window's index range", async () => {
    const summary = await plan(monthTotalsSql, [...june, '2025-06-20T00:00:00.000Z']);
    assert.match(summary, /cases_by_jurisdiction_created/);
    assert.doesNotMatch(summary, /Seq Scan/);
    const reopened = await plan(countByEventTypeSql, [...june, 'reopened']);
    assert.doesNotMatch(reopened, /Seq Scan/);
    const kpi = await plan(kpiCasesSql, [...june, '2025-06-20T00:00:00.000Z', ['2025-06-01'], [1], 480]);
    assert.match(kpi, /case_kpi_by_month/);
    assert.doesNotMatch(kpi, /Seq Scan on case_kpi/);
  });

  void it("serves an inbox (my groups' open tasks or mine) without scanning every task", async () => {
    const inbox = await taskPlan({ status: 'open', groups: ['group3', 'group4'], assignee: 'user7' });
    assert.doesNotMatch(inbox, /Seq Scan on tasks/);
    const groupOnly = await taskPlan({ status: 'open', groups: ['group3'], unassigned: true });
    assert.doesNotMatch(groupOnly, /Seq Scan on tasks/);
  });

  void it('finds due timers, runnable jobs and pending outbox entries by their partial or due-order indexes', async () => {
    const now = '2026-01-01T00:00:00.000Z';
    assert.match(
      await plan(`SELECT job_key FROM jobs ${pollingReads.jobsRunnable}`, [now, 200]),
      /jobs_runnable/,
    );
    assert.match(
      await plan(`SELECT timer_key FROM timers ${pollingReads.timersDue}`, [now, 200]),
      /timers_by_due/,
    );
    assert.match(await plan(`SELECT id FROM outbox ${pollingReads.outboxPending}`, [100]), /outbox_pending/);
    assert.match(
      await plan(`SELECT id FROM outbox ${pollingReads.outboxPendingByTopic}`, ['zeebe.command', 100]),
      /outbox_pending_by_topic/,
    );
  });
});
