import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../runtime/store/sqlite/sqlite-store.js';
import { crashScript } from './crash-script.js';

function runDriver(
  dataDir: string,
  from: number,
  env: Record<string, string> = {},
): { acked: number; commits: number; signal: NodeJS.Signals | null; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tests/durability/crash-driver.ts', dataDir, String(from)],
    { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
  const acks = [...r.stdout.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
  const commits = Number(/^commits (\d+)$/m.exec(r.stdout)?.[1] ?? 0);
  return { acked: acks.length ? Math.max(...acks) + 1 : from, commits, signal: r.signal, stderr: r.stderr };
}

/** Everything the platform acknowledged, normalized: cases, tasks, timeline, ratings, timers. */
async function snapshot(dataDir: string): Promise<unknown> {
  const store = SqliteStore.open({ file: join(dataDir, 'platform.db') });
  const cases = (await store.cases.list({ jurisdiction: 'jiaxing-etdz', limit: 500 })).items.sort((a, b) =>
    a.title.localeCompare(b.title),
  );
  const out = [];
  for (const c of cases) {
    const tasks = (await store.tasks.list({ jurisdiction: 'jiaxing-etdz', caseId: c.id, limit: 500 })).items;
    const events = await store.events.listForCase(c.id);
    out.push({
      case: { ...c, instanceKey: null },
      tasks: tasks.map((t) => `${t.elementId}:${t.status}:${t.createdAt}:${t.dueAt}`).sort(),
      events: events.map((e) => `${e.at} ${e.type}`).sort(),
      eventIds: new Set(events.map((e) => e.id)).size === events.length,
      rating: await store.ratings.forCase(c.id),
      timers: (await store.engine.timersFor(c.instanceKey ?? '')).map((t) => `${t.elementId}@${t.dueAt}`),
    });
  }
  await store.close();
  return out;
}

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'kill9-'));
}

test(
  'kill -9 at any commit loses nothing acknowledged and duplicates nothing',
  { timeout: 600_000 },
  async () => {
    // Given a reference run of the whole script without crashes
    const reference = freshDir();
    const clean = runDriver(reference, 0);
    assert.equal(clean.acked, crashScript.length, clean.stderr);
    const expected = await snapshot(reference);
    // (count the commits of a clean run so every crash point is reachable)
    const commitPoints = clean.commits;
    assert.ok(commitPoints > 20, `a clean run commits ${commitPoints} times`);
    // npm test samples every 6th commit (offset per mode); .ci/run sets KILL_STRIDE=1 for all of them.
    const stride = Number(process.env.KILL_STRIDE ?? 6);

    for (const mode of ['before', 'after']) {
      for (let at = mode === 'before' ? 1 : Math.ceil(stride / 2); at <= commitPoints; at += stride) {
        // When the process is SIGKILLed just before/after its n-th commit
        const dir = freshDir();
        const crashed = runDriver(dir, 0, { KILL_AT: String(at), KILL_MODE: mode });
        assert.equal(
          crashed.signal,
          'SIGKILL',
          `expected a crash at commit ${at} (${mode}); stderr: ${crashed.stderr}`,
        );
        // and restarted, re-sending every command it had not acknowledged
        const resumed = runDriver(dir, crashed.acked);
        assert.equal(resumed.acked, crashScript.length, resumed.stderr);
        // Then the outcome is exactly that of the run that never crashed
        assert.deepEqual(await snapshot(dir), expected, `divergence after kill at commit ${at} (${mode})`);
        rmSync(dir, { recursive: true, force: true });
      }
    }
    rmSync(reference, { recursive: true, force: true });
  },
);

test('a pending timer keeps its original due time across a crash', async () => {
  // Given the script run up to the department's handling task (deadline timer armed)
  const dir = freshDir();
  const crashed = runDriver(dir, 0, { KILL_AT: '14', KILL_MODE: 'after' });
  assert.equal(crashed.signal, 'SIGKILL');
  const before = (await snapshot(dir)) as { timers: string[] }[];
  // When the process restarts and replays nothing yet (from the last acknowledged command)
  const resumed = runDriver(dir, crashed.acked);
  assert.equal(resumed.acked, crashScript.length);
  // Then the overdue timer that was pending fired at its original due time: the first urging is
  // recorded at 09:00 on the first working day after the deadline (Mon 2026-03-23), not later
  const after = (await snapshot(dir)) as { events: string[] }[];
  const urgings = after.flatMap((c) => c.events.filter((e) => e.endsWith(' urged')));
  assert.deepEqual(urgings, [
    '2026-03-23T01:00:00.000Z urged',
    '2026-03-24T01:00:00.000Z urged',
    '2026-03-25T01:00:00.000Z urged',
  ]);
  assert.ok(before.length >= 1);
  rmSync(dir, { recursive: true, force: true });
});
