/**
 * Multi-instance under crashes: a script of parallel / sequential iterations (user tasks, jobs,
 * call activities) is cut at every store commit — just before it, or just after it — and resumed
 * by a fresh engine on the same SQLite file that re-sends the unacknowledged command. The outcome
 * must equal that of the run that never crashed: no iteration task duplicated or lost, every
 * contribution collected once, in item order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../common/clock.js';
import { ConflictError } from '../../common/errors.js';
import { complete } from '../job-worker.js';
import type { Mutation } from '../../store/mutations.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';
import { EmbeddedEngine } from './embedded-engine.js';
import { RecordingProjector } from './fixtures/recording-projector.js';

type Command =
  | { op: 'start'; processId: string; caseId: string; variables: Record<string, unknown> }
  | { op: 'complete'; caseId: string; element: string; group: string; data: Record<string, string> };

const items = [
  { n: 1, group: 'g1' },
  { n: 5, group: 'g2' },
];
const script: Command[] = [
  {
    op: 'start',
    processId: 'mi-opinions',
    caseId: 'o',
    variables: { coUnits: ['a', 'b', 'c'], leadUnit: 'lead' },
  },
  { op: 'start', processId: 'mi-scores', caseId: 's', variables: { items } },
  { op: 'complete', caseId: 's', element: 'review', group: 'g1', data: {} },
  { op: 'complete', caseId: 'o', element: 'opinion', group: 'b', data: { opinion: 'B' } },
  { op: 'complete', caseId: 's', element: 'review', group: 'g2', data: {} },
  { op: 'complete', caseId: 's', element: 'c-judge', group: 'g2', data: { verdict: 'no' } },
  { op: 'complete', caseId: 'o', element: 'opinion', group: 'c', data: { opinion: 'C' } },
  { op: 'complete', caseId: 'o', element: 'opinion', group: 'a', data: { opinion: 'A' } },
  { op: 'complete', caseId: 's', element: 'c-judge', group: 'g1', data: { verdict: 'yes' } },
  { op: 'complete', caseId: 'o', element: 'lead', group: 'lead', data: {} },
];

class Crash extends Error {}

const fixture = (name: string) => ({
  name,
  xml: readFileSync(new URL(`./fixtures/${name}.bpmn`, import.meta.url), 'utf8'),
});

/** Runs the script from `from`; crashes (throws) before / after commit `killAt`. Returns acked count and commits. */
async function run(
  file: string,
  from: number,
  killAt = 0,
  mode = 'before',
): Promise<{ acked: number; commits: number }> {
  const raw = SqliteStore.open({ file });
  let commits = 0;
  const transact: Store['transact'] = async (mutations) => {
    const n = ++commits;
    if (n === killAt && mode === 'before') throw new Crash(`before ${n}`);
    await raw.transact(mutations);
    if (n === killAt && mode === 'after') throw new Crash(`after ${n}`);
  };
  const store = Object.assign(Object.create(raw) as Store, { transact });
  const engine = new EmbeddedEngine({
    store,
    clock: new ManualClock('2026-01-05T01:00:00.000Z'),
    projector: new RecordingProjector(),
  });
  engine.registerWorker({
    type: 'test.score',
    inputSchema: {},
    handler: async (job) => complete({ result: (job.variables.item as { n: number }).n * 2 }),
  });
  let acked = from;
  try {
    await engine.deploy(['mi-opinions', 'mi-scores', 'mi-child'].map(fixture));
    for (let i = from; i < script.length; i++) {
      await engine.runDue();
      await send(store, engine, script[i] as Command);
      acked = i + 1;
    }
    await engine.runDue();
  } catch (error) {
    if (!(error instanceof Crash)) throw error;
  }
  await raw.close();
  return { acked, commits };
}

async function send(store: Store, engine: EmbeddedEngine, cmd: Command): Promise<void> {
  if (cmd.op === 'start') {
    await engine.start({
      processId: cmd.processId,
      businessKey: cmd.caseId,
      variables: cmd.variables as never,
    });
    return;
  }
  const open = await store.tasks.list({
    jurisdiction: 'test',
    caseId: cmd.caseId,
    status: 'open',
    limit: 50,
  });
  const task = open.items.find((t) => t.elementId === cmd.element && t.candidateGroups.includes(cmd.group));
  if (!task) return; // completed by the attempt that crashed after its commit
  const done: Mutation = { kind: 'task.update', id: task.id, patch: { status: 'completed' } };
  await engine.completeUserTask(task.id, cmd.data, [done]).catch((e: unknown) => {
    if (!(e instanceof ConflictError && e.code === 'task_not_open')) throw e;
  });
}

async function snapshot(file: string): Promise<unknown> {
  const store = SqliteStore.open({ file });
  const out: Record<string, unknown> = {};
  for (const [caseId, rootElement] of [
    ['o', 'opinion'],
    ['s', 'review'],
  ] as const) {
    const tasks = (await store.tasks.list({ jurisdiction: 'test', caseId, limit: 50 })).items;
    const root = tasks.find((t) => t.elementId === rootElement);
    const instance = root ? await store.engine.instance(root.instanceKey) : null;
    out[caseId] = {
      tasks: tasks.map((t) => `${t.elementId}:${t.candidateGroups.join(',')}:${t.status}`).sort(),
      ids: new Set(tasks.map((t) => t.id)).size,
      instance: instance && { status: instance.status, variables: instance.variables },
    };
  }
  await store.close();
  return out;
}

test('multi-instance iterations survive a crash at every commit: nothing duplicated or lost', async () => {
  // Given a clean run of the whole script
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mi-crash-'));
    dirs.push(dir);
    return join(dir, 'db.sqlite');
  };
  const reference = fresh();
  const clean = await run(reference, 0);
  assert.equal(clean.acked, script.length);
  const expected = (await snapshot(reference)) as {
    o: { instance: { variables: { contributions: unknown } } };
  };
  assert.deepEqual(
    expected.o.instance.variables.contributions,
    ['a', 'b', 'c'].map((unit, i) => ({ unit, opinion: unit.toUpperCase(), round: i + 1 })),
  );
  assert.ok(clean.commits > 15, `a clean run commits ${clean.commits} times`);
  for (const mode of ['before', 'after']) {
    for (let at = 1; at <= clean.commits; at++) {
      // When the run crashes just before / after commit `at`, and a fresh engine resumes
      const file = fresh();
      const crashed = await run(file, 0, at, mode);
      assert.ok(crashed.acked < script.length || mode === 'after', `crashed at ${at} (${mode})`);
      const resumed = await run(file, crashed.acked);
      assert.equal(resumed.acked, script.length);
      // Then the outcome is exactly that of the run that never crashed
      assert.deepEqual(await snapshot(file), expected, `divergence after a crash at commit ${at} (${mode})`);
    }
  }
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
