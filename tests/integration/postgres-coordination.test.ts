// What app replicas coordinate through, decided by PostgreSQL between processes. Each "process" is a
// PostgresStore with its own connection pool — to PostgreSQL exactly what separate processes are.
// Runs only when PG_URL is set (scripts/ci/postgres-conformance.sh).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptySchema } from './postgres-schemas.js';
import { twoProcesses } from './postgres-processes.js';

const url = process.env['PG_URL'];
const skip = url ? false : 'PG_URL is not set (see scripts/ci/postgres-conformance.sh)';
const now = '2026-12-04T09:00:00.000Z';
const later = '2026-12-04T09:00:30.000Z';

void describe('PostgreSQL coordination between app processes', { skip }, () => {
  const { schema, a, b } = twoProcesses(url!, 'coord');

  void it('grants an instance lease to exactly one of two processes asking at once, every time', async () => {
    await emptySchema(url!, schema);
    for (let round = 1; round <= 20; round++) {
      const name = `instance:${round}`;
      const [toA, toB] = await Promise.all([
        a().coordination.lease(name, 'replica-a', now, later),
        b().coordination.lease(name, 'replica-b', now, later),
      ]);
      assert.equal(Number(toA) + Number(toB), 1, `round ${round}: one holder`);
    }
  });

  void it('counts every hit of two processes on one window once', async () => {
    await emptySchema(url!, schema);
    const hits = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a() : b()).coordination.hit('rate:login:1.2.3.4', now, 60_000),
      ),
    );
    // then the counts are 1..40, each once: no hit lost, none counted twice
    assert.deepEqual(
      hits.map((h) => h.hits).sort((x, y) => x - y),
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  void it('lets one of two processes write a value first; the other sees it and retries from its version', async () => {
    await emptySchema(url!, schema);
    const [first, second] = await Promise.all([
      a().coordination.swap('lockout:x', null, 'a', now, later),
      b().coordination.swap('lockout:x', null, 'b', now, later),
    ]);
    assert.equal(Number(first) + Number(second), 1);
    const seen = await b().coordination.value('lockout:x', now);
    assert.ok(seen);
    assert.equal(await b().coordination.swap('lockout:x', seen.version, 'b2', now, later), true);
    assert.equal((await a().coordination.value('lockout:x', now))?.value, 'b2');
  });

  void it('orders the live feed of two appending processes by commit, each one in its own order', async () => {
    await emptySchema(url!, schema);
    await Promise.all(
      ['a', 'b'].map(async (name) => {
        const store = name === 'a' ? a() : b();
        for (let i = 0; i < 15; i++) await store.coordination.appendLive([`${name}${i}-1`, `${name}${i}-2`]);
      }),
    );
    const rows = await b().coordination.liveAfter(0, 100);
    assert.equal(rows.length, 60);
    assert.deepEqual(
      rows.map((r) => r.seq),
      [...rows.map((r) => r.seq)].sort((x, y) => x - y),
    );
    for (const name of ['a', 'b']) {
      const own = rows.map((r) => r.payload).filter((p) => p.startsWith(name));
      assert.deepEqual(own, Array.from({ length: 15 }, (_, i) => [`${name}${i}-1`, `${name}${i}-2`]).flat());
    }
    assert.equal(await a().coordination.liveHead(), rows[rows.length - 1]?.seq);
  });
});
