// Several app processes on one PostgreSQL database: what decides between them. Each "process" is a
// PostgresStore with its own connection pool — to PostgreSQL exactly what separate processes are.
// Runs only when PG_URL is set (scripts/ci/postgres-conformance.sh).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aCase, anEvent, aRating } from '../../runtime/store/conformance/case-fixtures.js';
import { anInstance } from '../../runtime/store/conformance/engine-fixtures.js';
import { appliedVersions, migrations } from '../../runtime/store/postgres/migrations.js';
import { openPool } from '../../runtime/store/postgres/pool.js';
import type { PostgresStore } from '../../runtime/store/postgres/postgres-store.js';
import { emptySchema } from './postgres-schemas.js';
import { twoProcesses } from './postgres-processes.js';

const url = process.env['PG_URL'];
const skip = url ? false : 'PG_URL is not set (see scripts/ci/postgres-conformance.sh)';

void describe('PostgresStore with several writing processes', { skip }, () => {
  const { schema, a, b } = twoProcesses(url!, 'writers');

  void it('applies each migration once when processes start together on an empty schema', async () => {
    // given two stores opened at the same moment on a schema that did not exist (before())
    const pool = openPool({ url: url!, schema, maxConnections: 1 });
    // then the ledger lists every migration exactly once
    assert.deepEqual(
      await appliedVersions(pool),
      migrations.map((m) => m.version),
    );
    await pool.end();
  });

  void it("sees the other process's committed writes at once", async () => {
    await emptySchema(url!, schema);
    await a().transact([{ kind: 'case.insert', record: aCase() }]);
    assert.deepEqual(await b().cases.get('case-1'), aCase());
  });

  void it('lets exactly one of two processes advance an instance from the same rev, every time', async () => {
    // given an instance at rev 1
    await emptySchema(url!, schema);
    await a().transact([{ kind: 'instance.save', record: anInstance(), expectedRev: null }]);
    // when both processes save it from the rev they read, ten rounds in a row
    for (let round = 1; round <= 10; round++) {
      const save = (store: PostgresStore, writer: string) =>
        store.transact([
          {
            kind: 'instance.save',
            record: anInstance({ variables: { writer, round } }),
            expectedRev: round,
          },
        ]);
      const results = await Promise.allSettled([save(a(), 'a'), save(b(), 'b')]);
      // then one wins, the other gets stale_revision, and nothing is lost or doubled
      assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
      const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      assert.equal((loser.reason as { code: string }).code, 'stale_revision');
      assert.equal((await b().engine.instance('inst-1'))?.rev, round + 1);
    }
  });

  void it('refuses the second of two concurrent ratings of one case (one rating per case)', async () => {
    await emptySchema(url!, schema);
    const results = await Promise.allSettled([
      a().transact([{ kind: 'rating.insert', record: aRating({ id: 'from-a', level: 'satisfied' }) }]),
      b().transact([{ kind: 'rating.insert', record: aRating({ id: 'from-b', level: 'unsatisfied' }) }]),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.equal((loser.reason as { code: string }).code, 'already_rated');
    const kept = results[0]?.status === 'fulfilled' ? 'from-a' : 'from-b';
    assert.equal((await a().ratings.forCase('case-1'))?.id, kept);
  });

  void it('writes a case once when two processes replay the same insert at once (idempotent ids)', async () => {
    await emptySchema(url!, schema);
    const insert = (store: PostgresStore, title: string) =>
      store.transact([
        { kind: 'case.insert', record: aCase({ title }) },
        { kind: 'event.append', record: anEvent({ data: { title } }) },
      ]);
    await Promise.all([insert(a(), 'first'), insert(b(), 'second')]);
    const stored = await a().cases.get('case-1');
    const events = await a().events.listForCase('case-1');
    assert.equal(events.length, 1);
    // the case and its event come from the same batch: whichever committed first
    assert.equal(events[0]?.data['title'], stored?.title);
  });

  void it('keeps a username unique across processes', async () => {
    await emptySchema(url!, schema);
    const user = (id: string) => ({
      id,
      jurisdiction: 'hz',
      username: 'zhang.san',
      displayName: '张三',
      roles: ['staff'],
      groups: [],
      orgUnitId: null,
      enterpriseId: null,
      passwordHash: null,
      disabledAt: null,
      mustChangePassword: false,
      passwordChangedAt: null,
    });
    const results = await Promise.allSettled([
      a().transact([{ kind: 'user.upsert', record: user('u-a') }]),
      b().transact([{ kind: 'user.upsert', record: user('u-b') }]),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    assert.equal((loser.reason as { code: string }).code, 'duplicate');
    assert.equal((await b().directory.users('hz')).length, 1);
  });
});
