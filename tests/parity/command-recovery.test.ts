/**
 * Crash recovery of the Zeebe adapter on a real broker: a crash between the broker's answer and the
 * store's commit neither loses nor doubles anything. The crash is injected into a real SQLite store
 * (FaultyStore); the platform is then closed and a new one opened on the same data folder, as a
 * restarted server would. Without ZEEBE_ADDRESS the suite is skipped, saying so.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Platform } from '../../runtime/bootstrap/platform.js';
import { createZeebePlatform, zeebeEnvironment } from '../../runtime/bootstrap/zeebe-platform.js';
import type { Actor } from '../../runtime/cases/actor.js';
import { ManualClock } from '../../runtime/common/clock.js';
import { loadDefinitionFolder } from '../../runtime/definitions/definition-loader.js';
import type { JobWorker } from '../../runtime/engine/job-worker.js';
import { brokerCommandTopic } from '../../runtime/engine/zeebe/broker-command.js';
import type { Mutation } from '../../runtime/store/mutations.js';
import type { TaskRecord } from '../../runtime/store/records.js';
import { SqliteStore } from '../../runtime/store/sqlite/sqlite-store.js';
import { createWorkers } from '../../runtime/workers/index.js';
import { FaultyStore } from './faulty-store.js';
import { LeftoverInstances } from './leftover-instances.js';
import { huzhouLandRequestData } from '../fixtures/huzhou-land-request.js';
import { skippedSuite, unconfigured } from '../fixtures/skipped-suite.js';

const zeebe = zeebeEnvironment();
const jurisdiction = 'huzhou';

const person = (
  id: string,
  roles: string[],
  groups: string[],
  enterpriseId: string | null = null,
): Actor => ({
  id,
  displayName: id,
  roles,
  groups,
  jurisdiction,
  enterpriseId,
});
const enterprise = person('enterprise', ['enterprise'], [], 'ent-huzhou-moju');
const district = person('district', ['handler', 'supervisor'], ['district-centres']);

const request = (title: string) => ({
  jurisdiction,
  channel: 'district-centre',
  title,
  data: huzhouLandRequestData,
});
const triage = { decision: 'accept', requestClass: 'district-general', leadUnit: 'dept-resources' };

const resolvesCommandWith = (kind: Mutation['kind']) => (writes: Mutation[]) =>
  writes.some((w) => w.kind === 'outbox.delivered') && writes.some((w) => w.kind === kind);

interface BrokerRecordLine {
  valueType: string;
  intent: string;
  value: Record<string, unknown>;
}

function brokerRecords(): BrokerRecordLine[] {
  const file = zeebe?.recordsFile ?? '';
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as BrokerRecordLine);
}

if (!zeebe) {
  skippedSuite('zeebe command recovery', 'needs a broker', unconfigured.zeebe);
} else {
  void describe('zeebe command recovery after a crash between the broker and the store', () => {
    let dataDir = '';
    let clock: ManualClock;
    let faults: FaultyStore;
    let platform: Platform;
    const leftovers = new LeftoverInstances(zeebe.address);

    const open = async (injectFaults: boolean): Promise<Platform> => {
      const sqlite = SqliteStore.open({ file: join(dataDir, 'platform.db') });
      faults = new FaultyStore(sqlite);
      const opened = await createZeebePlatform({
        ...zeebe,
        dataDir,
        clock,
        store: injectFaults ? faults.store : sqlite,
        commandGraceMs: 0,
      });
      await opened.publisher.publish(await loadDefinitionFolder(`definitions/${jurisdiction}`), 'test');
      return leftovers.watch(opened);
    };
    /** Run the engine until the broker has nothing more for this platform. */
    const settle = async () => {
      for (let round = 0; round < 20; round++) if ((await platform.engine.runDue()) === 0) return;
      throw new Error('the engine did not settle');
    };
    /** The crashed process is gone; a new one opens the same data folder. */
    const restart = async () => {
      await platform.close();
      platform = await open(false);
      await settle();
    };
    const openTasks = async (caseId: string): Promise<TaskRecord[]> =>
      (await platform.store.tasks.list({ jurisdiction, caseId, limit: 50 })).items.filter(
        (t) => t.status === 'open',
      );
    const submitted = async (title: string) => {
      const kase = await platform.cases.submit(request(title), enterprise);
      await settle();
      return kase;
    };
    const pendingCommands = async () =>
      (await platform.store.engine.outboxPending(100, brokerCommandTopic)).length;

    beforeEach(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'zeebe-recovery-'));
      clock = new ManualClock('2026-03-09T10:00:00+08:00');
      platform = await open(true);
    });
    afterEach(async () => {
      await platform.close();
      await leftovers.cancel();
      rmSync(dataDir, { recursive: true, force: true });
    });

    void it('commits a task completion the broker applied, once, after the restart', async () => {
      const kase = await submitted('用地指标（完成后崩溃）');
      const [task] = await openTasks(kase.id);
      assert.equal(task?.elementId, 'triage-district');
      // when the broker completes the job but the process dies before the store commits
      faults.failNext(resolvesCommandWith('task.update'), 'before-commit');
      await assert.rejects(platform.tasks.complete(task.id, triage, district), /injected crash/);
      assert.ok(faults.hit);
      assert.equal((await platform.store.tasks.get(task.id))?.status, 'open');
      await restart();
      // then the completion is committed from the record stream, exactly once
      assert.equal((await platform.store.tasks.get(task.id))?.status, 'completed');
      const events = await platform.store.events.listForCase(kase.id);
      const completions = events.filter(
        (e) => e.type === 'task.completed' && (e.data as { taskId?: string }).taskId === task.id,
      );
      assert.equal(completions.length, 1);
      assert.equal((await platform.store.cases.get(kase.id))?.requestClass, 'district-general');
      assert.deepEqual(
        (await openTasks(kase.id)).map((t) => t.elementId),
        ['handle'],
      );
      assert.equal(await pendingCommands(), 0);
      await assert.rejects(platform.tasks.complete(task.id, triage, district), {
        code: 'task_not_open',
      });
    });

    void it('drops a completion that never reached the broker; the task stays open and completes later', async () => {
      const kase = await submitted('用地指标（发送前崩溃）');
      const [task] = await openTasks(kase.id);
      assert.ok(task);
      // when the process dies after writing the command, before sending it
      faults.failNext((writes) => writes.some((w) => w.kind === 'outbox.add'), 'after-commit');
      await assert.rejects(platform.tasks.complete(task.id, triage, district), /injected crash/);
      assert.equal(await pendingCommands(), 1);
      await restart();
      // then nothing was applied: the command is settled, the task waits, and completes normally
      assert.equal(await pendingCommands(), 0);
      assert.equal((await platform.store.tasks.get(task.id))?.status, 'open');
      await platform.tasks.complete(task.id, triage, district);
      await settle();
      assert.deepEqual(
        (await openTasks(kase.id)).map((t) => t.elementId),
        ['handle'],
      );
    });

    void it('commits a service job the broker completed, without running the worker again', async () => {
      const kase = await submitted('用地指标（服务任务崩溃）');
      const [task] = await openTasks(kase.id);
      assert.ok(task);
      await platform.tasks.complete(task.id, triage, district);
      // when a worker's job is completed on the broker and the commit of its effects crashes
      faults.failNext(resolvesCommandWith('case.update'), 'before-commit');
      await assert.rejects(settle(), /injected crash before-commit: case.update, event.append/);
      assert.equal((await platform.store.cases.get(kase.id))?.deadlineAt, null);
      await restart();
      // then its effects are there once, and every event of the case is distinct
      const after = await platform.store.events.listForCase(kase.id);
      // (the classification worker: the case's tier and deadline, and its `classified` event)
      assert.equal(after.filter((e) => e.type === 'classified').length, 1);
      assert.equal((await platform.store.cases.get(kase.id))?.deadlineAt, '2026-03-12T16:00:00.000Z');
      const kinds = after.map((e) => `${e.type}:${JSON.stringify(e.data)}`);
      assert.equal(new Set(kinds).size, kinds.length, `no event twice:\n${kinds.join('\n')}`);
      assert.deepEqual(
        (await openTasks(kase.id)).map((t) => t.elementId),
        ['handle'],
      );
      assert.equal(await pendingCommands(), 0);
    });

    void it('surfaces a job out of retries as an incident the admin retries once the cause is fixed', async () => {
      const { clock: c, catalog, store } = platform;
      const real = createWorkers({ clock: c, catalog, cases: store.cases, directory: store.directory }).find(
        (w) => w.type === 'case.admissibility',
      ) as JobWorker;
      let down = true;
      platform.engine.registerWorker({
        ...real,
        handler: (job) =>
          down
            ? Promise.resolve({ outcome: 'fail', retryable: false, message: 'registry unreachable' })
            : real.handler(job),
      });
      const kase = await submitted('用地指标（受理校验故障）');
      const [incident] = await platform.incidents.open(jurisdiction);
      assert.equal(incident?.caseId, kase.id);
      assert.match(incident?.message ?? '', /registry unreachable/);
      down = false;
      await platform.incidents.retry(jurisdiction, incident.incidentKey, district);
      await settle();
      assert.deepEqual(await platform.incidents.open(jurisdiction), []);
      assert.deepEqual(
        (await openTasks(kase.id)).map((t) => t.elementId),
        ['triage-district'],
      );
    });

    void it('cancels the broker instance of a submission the store never accepted', async () => {
      const title = `用地指标（受理崩溃 ${dataDir.slice(-6)}）`;
      // when the broker creates the instance and the process dies before the case is stored
      faults.failNext(resolvesCommandWith('case.insert'), 'before-commit');
      await assert.rejects(platform.cases.submit(request(title), enterprise), /injected crash/);
      const creation = brokerRecords().find(
        (r) =>
          r.valueType === 'PROCESS_INSTANCE_CREATION' &&
          (r.value['variables'] as { title?: string } | undefined)?.title === title,
      );
      assert.ok(creation, 'the broker created the instance');
      await restart();
      // then no case exists and the broker's instance is terminated
      const { items } = await platform.store.cases.list({ jurisdiction, limit: 50 });
      assert.deepEqual(
        items.filter((c) => c.title === title),
        [],
      );
      const instanceKey = String(creation.value['processInstanceKey']);
      const terminated = brokerRecords().some(
        (r) =>
          r.valueType === 'PROCESS_INSTANCE' &&
          r.intent === 'ELEMENT_TERMINATED' &&
          r.value['bpmnElementType'] === 'PROCESS' &&
          String(r.value['processInstanceKey']) === instanceKey,
      );
      assert.ok(terminated, `instance ${instanceKey} terminated`);
      assert.equal(await pendingCommands(), 0);
    });
  });
}
