// The SQLite -> MongoDB export (scripts/export-sqlite-to-mongo.ts) against a real server: a real SQLite
// store filled through its repositories, exported twice, read back through MongoStore's repositories.
// Runs only when MONGO_URL is set (scripts/ci/ferretdb-conformance.sh).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exportSqliteToMongo } from '../../scripts/export-sqlite-to-mongo.js';
import {
  aCase,
  anEvent,
  aRating,
  aTask,
  aDefinition,
  aProcess,
} from '../../runtime/store/conformance/case-fixtures.js';
import { anEnterprise, anOrgUnit, aUser } from '../../runtime/store/conformance/directory-fixtures.js';
import {
  aJob,
  anInstance,
  anOutboxEntry,
  aSubscription,
  aTimer,
} from '../../runtime/store/conformance/engine-fixtures.js';
import { aSupervisionOrder } from '../../runtime/store/conformance/supervision-fixtures.js';
import { aVisit } from '../../runtime/store/conformance/visit-fixtures.js';
import { MongoStore } from '../../runtime/store/mongo/mongo-store.js';
import type { Mutation } from '../../runtime/store/mutations.js';
import { SqliteStore } from '../../runtime/store/sqlite/sqlite-store.js';
import type { Store } from '../../runtime/store/store.js';
import { skippedSuite, unconfigured } from '../fixtures/skipped-suite.js';

const url = process.env['MONGO_URL'];
const at = (d: number, h = 9) => new Date(Date.UTC(2026, 2, d, h)).toISOString();

/** Two cases with their whole life: tasks, timeline, rating, unit, supervision, visit, engine state, directory. */
const history: Mutation[][] = [
  [
    { kind: 'definition.publish', record: aDefinition() },
    { kind: 'process.deploy', record: aProcess() },
    { kind: 'orgUnit.upsert', record: anOrgUnit() },
    { kind: 'user.upsert', record: aUser({ orgUnitId: 'ou-1' }) },
    { kind: 'user.skills', userId: 'user-1', skills: ['用电', '融资'] },
    { kind: 'enterprise.upsert', record: anEnterprise() },
    { kind: 'pairing.upsert', record: { jurisdiction: 'hz', staffId: 'user-1', enterpriseId: 'ent-1' } },
  ],
  [
    { kind: 'case.insert', record: aCase({ data: { 'a.b': 1, $type: 'x', nested: [{ 'k.v': null }] } }) },
    {
      kind: 'instance.save',
      record: anInstance({ state: { $type: 'bpmn:Process', ids: [] } }),
      expectedRev: null,
    },
    { kind: 'task.insert', record: aTask() },
    { kind: 'event.append', record: anEvent() },
    { kind: 'event.append', record: anEvent({ id: 'ev-2', type: 'urged', at: anEvent().at }) },
    { kind: 'timer.set', record: aTimer() },
    { kind: 'job.insert', record: aJob() },
    { kind: 'subscription.set', record: aSubscription() },
    { kind: 'outbox.add', record: anOutboxEntry() },
  ],
  [
    {
      kind: 'case.update',
      id: 'case-1',
      patch: { status: 'closed', closedAt: at(20), deadlineAt: at(10), requestClass: 'professional' },
    },
    {
      kind: 'task.update',
      id: 'task-1',
      patch: { status: 'completed', completedAt: at(5), completedBy: 'user-1' },
    },
    { kind: 'rating.insert', record: aRating() },
    { kind: 'caseUnit.set', record: { caseId: 'case-1', jurisdiction: 'hz', orgUnitId: 'ou-1' } },
    { kind: 'supervision.insert', record: aSupervisionOrder() },
    { kind: 'visit.insert', record: aVisit() },
    {
      kind: 'indicator.upsert',
      record: {
        jurisdiction: 'hz',
        enterpriseId: 'ent-1',
        metric: 'electricity',
        month: '2026-03',
        value: 1200.5,
      },
    },
    { kind: 'case.insert', record: aCase({ id: 'case-2', createdAt: at(4), updatedAt: at(4) }) },
  ],
];

/** Everything a reader of the store sees about the history above. */
async function observe(store: Store) {
  const window = ['hz', at(1, 0), at(31, 0)] as const;
  return {
    definitions: await store.definitions.listVersions('hz'),
    definition: await store.definitions.latest('hz'),
    process: await store.processes.get(aProcess().processKey),
    cases: await store.cases.list({ jurisdiction: 'hz' }),
    late: await store.cases.list({ jurisdiction: 'hz', closedLate: true }),
    urged: await store.cases.list({ jurisdiction: 'hz', withEventType: 'urged' }),
    rated: await store.cases.list({ jurisdiction: 'hz', ratingLevels: [aRating().level] }),
    summary: await store.cases.summary(...window, at(25)),
    tasks: await store.tasks.list({ jurisdiction: 'hz', requestClass: 'professional' }),
    events: await store.events.listForCase('case-1'),
    rating: await store.ratings.forCase('case-1'),
    supervision: await store.supervision.forCase(aSupervisionOrder().caseId),
    visits: await store.visits.list({ jurisdiction: 'hz' }),
    users: await store.directory.users('hz'),
    skills: await store.directory.skills('hz'),
    pairings: await store.directory.pairings('hz'),
    enterprises: await store.directory.enterpriseList({ jurisdiction: 'hz', unpaired: false }),
    orgUnits: await store.directory.orgUnits('hz'),
    instance: await store.engine.instance(anInstance().instanceKey),
    timers: await store.engine.timersFor(anInstance().instanceKey),
    jobs: await store.engine.jobsFor(anInstance().instanceKey),
    subscriptions: await store.engine.subscriptionsFor(anInstance().instanceKey),
    outbox: await store.engine.outboxPending(10),
    indicators: await store.indicators.list({ jurisdiction: 'hz' }),
  };
}

if (!url) {
  skippedSuite('export SQLite -> MongoDB', 'needs a MongoDB-compatible server', unconfigured.mongo);
} else {
  void describe('export SQLite -> MongoDB', () => {
    let dir = '';
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    void it('copies every repository so the mongo store answers exactly like the SQLite one, re-runnably', async () => {
      // given a real SQLite store with a history written through its repositories
      const file = path.join(dir, 'platform.db');
      const sqlite = SqliteStore.open({ file });
      for (const batch of history) await sqlite.transact(batch);
      const expected = await observe(sqlite);
      await sqlite.close();
      const mongo = await MongoStore.open({ url, dbName: `export_${process.pid}` });
      try {
        // when it is exported
        const counts = await exportSqliteToMongo(file, mongo);
        // then every record arrived and every read answers as SQLite did
        assert.equal(counts['cases'], 2);
        assert.equal(counts['case_events'], 2);
        assert.equal(counts['user_skills'], 1);
        assert.equal(counts['indicators'], 1);
        assert.deepEqual(await observe(mongo), expected);
        assert.equal(expected.late.total, 1);
        assert.equal(expected.urged.total, 1);
        // and exporting again (after a change in SQLite) updates, duplicating nothing
        const again = SqliteStore.open({ file });
        await again.transact([{ kind: 'case.update', id: 'case-2', patch: { title: '改过的标题' } }]);
        const changed = await observe(again);
        await again.close();
        await exportSqliteToMongo(file, mongo);
        assert.deepEqual(await observe(mongo), changed);
        assert.equal((await mongo.cases.get('case-2'))?.title, '改过的标题');
        // and the exported store keeps working: the next write lands on the copied state
        await mongo.transact([
          { kind: 'event.append', record: anEvent({ id: 'ev-3', caseId: 'case-2', type: 'urged' }) },
        ]);
        assert.equal((await mongo.cases.list({ jurisdiction: 'hz', withEventType: 'urged' })).total, 2);
      } finally {
        await mongo.dropDatabase();
        await mongo.close();
      }
    });
  });
}
