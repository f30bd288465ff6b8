// Child process of the kill -9 test: runs the crash script from a given command on a real SQLite
// data folder. With KILL_MODE=before|after and KILL_AT=n it SIGKILLs itself just before / just
// after its n-th store commit — a crash at an exact point of a step.
import { join } from 'node:path';
import { assemblePlatform } from '../../runtime/bootstrap/platform.js';
import { loadDefinitionFolder } from '../../runtime/definitions/definition-loader.js';
import { TaskProjector } from '../../runtime/cases/task-projector.js';
import { ManualClock } from '../../runtime/common/clock.js';
import { ConflictError } from '../../runtime/common/errors.js';
import { EmbeddedEngine } from '../../runtime/engine/embedded/embedded-engine.js';
import { SqliteStore } from '../../runtime/store/sqlite/sqlite-store.js';
import type { Store } from '../../runtime/store/store.js';
import { crashScript, type Command } from './crash-script.js';

const [dataDir, fromArg] = process.argv.slice(2) as [string, string];
const killAt = Number(process.env.KILL_AT ?? 0);
const killMode = process.env.KILL_MODE ?? 'before';

let commits = 0;
function crashing(store: SqliteStore): Store {
  const transact: Store['transact'] = async (mutations) => {
    const n = ++commits;
    if (n === killAt && killMode === 'before') process.kill(process.pid, 'SIGKILL');
    await store.transact(mutations);
    if (n === killAt && killMode === 'after') process.kill(process.pid, 'SIGKILL');
  };
  return Object.assign(Object.create(store) as Store, { transact });
}

const clock = new ManualClock('2026-03-13T00:00:00.000Z');
const store = crashing(SqliteStore.open({ file: join(dataDir, 'platform.db') }));
const projector = new TaskProjector(store, clock);
const platform = assemblePlatform(store, new EmbeddedEngine({ store, clock, projector }), clock, projector);
const office = {
  id: 'office',
  displayName: 'office',
  roles: ['handler'],
  groups: ['qifuban', 'departments', 'leadership'],
  jurisdiction: 'jiaxing-etdz',
  enterpriseId: null,
};
const enterprise = {
  id: 'ent',
  displayName: 'ent',
  roles: ['enterprise'],
  groups: [],
  jurisdiction: 'jiaxing-etdz',
  enterpriseId: 'ent-1',
};

async function caseId(key: string): Promise<string> {
  const page = await store.cases.list({ jurisdiction: 'jiaxing-etdz', limit: 500 });
  const found = page.items.find((c) => c.title === `诉求${key}`);
  if (!found) throw new Error(`case ${key} missing`);
  return found.id;
}

/** The earliest moment something is due: a timer, or a job left pending by a crash. */
async function nextDue(): Promise<string | null> {
  const timer = (await store.engine.nextTimer())?.dueAt ?? null;
  const job = (await store.engine.jobsRunnable('9999-12-31T00:00:00.000Z', 1))[0]?.runAfter ?? null;
  return [timer, job].filter((t): t is string => t !== null).sort()[0] ?? null;
}

async function drainTimersUntil(to: string): Promise<void> {
  for (;;) {
    const due = await nextDue();
    if (!due || due > to) break;
    if (due > clock.now().toISOString()) clock.set(due);
    await platform.engine.runDue();
  }
  clock.set(to);
  await platform.engine.runDue();
}

async function run(cmd: Command): Promise<void> {
  if (cmd.op === 'advance') return drainTimersUntil(cmd.to);
  clock.set(cmd.at);
  await platform.engine.runDue();
  if (cmd.op === 'submit') {
    const data = {
      applicantType: 'enterprise',
      registeredInZone: true,
      industry: 'industrial',
      matterType: cmd.matterType,
      description: '生产经营中遇到的问题',
      contactName: '王五',
      contactPhone: '13900000000',
    };
    await platform.cases.submit(
      {
        jurisdiction: 'jiaxing-etdz',
        channel: 'hotline',
        title: `诉求${cmd.key}`,
        data,
        idempotencyKey: cmd.key,
      },
      enterprise,
    );
    return;
  }
  const id = await caseId(cmd.key);
  try {
    if (cmd.op === 'rate')
      await platform.cases.rate(
        id,
        { level: cmd.level, stars: { quality: 4, attitude: 5, efficiency: 3 } },
        enterprise,
      );
    else {
      const tasks = await store.tasks.list({ jurisdiction: 'jiaxing-etdz', caseId: id, status: 'open' });
      const task = tasks.items.find((t) => t.elementId === cmd.element);
      if (task) await platform.tasks.complete(task.id, cmd.data, office);
    }
  } catch (e) {
    // A retried command whose first attempt committed before the crash: already done.
    if (!(e instanceof ConflictError && ['already_rated', 'task_not_open'].includes(e.code))) throw e;
  }
}

await platform.publisher.publish(await loadDefinitionFolder('definitions/jiaxing-etdz'), 'test');
for (let i = Number(fromArg); i < crashScript.length; i++) {
  await run(crashScript[i] as Command);
  process.stdout.write(`ack ${i}\n`);
}
process.stdout.write(`commits ${commits}\n`);
await platform.close();
