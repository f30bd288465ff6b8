// Several app processes on one SQLite WAL file (APP_PROCESSES=2, node:cluster on one port, the
// embedded engine): submissions and task completions spread over the processes, one worker process
// is killed (-9) a third into the load and the primary starts another. Checks every acknowledged case
// once at its expected task, no duplicated task, timeline entry or job effect, and live updates
// (SSE) seen across the processes, a stream cut by the kill resuming on another process.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { validIntake as intake } from '../fixtures/jiaxing-etdz-intake.js';
import {
  call,
  clusterDir,
  eventually,
  openStream,
  startReplica,
  stopReplica,
  type HttpAnswer,
  type Replica,
} from './replica-cluster.js';

const caseCount = Number(process.env['APP_PROCESSES_CASES'] ?? 40);
const leaseSeconds = 3;
/** Every fourth case stays at the 企服办 review; the others are accepted and reach 部门 handling. */
const reviewed = (i: number) => i % 4 !== 3;

void describe('APP_PROCESSES=2 on one SQLite file, a worker process killed (-9) mid-load', () => {
  const dir = clusterDir();
  let server: Replica;
  let db: Database.Database;
  const acked: { i: number; caseId: string }[] = [];
  const done = new Set<number>();
  let office = '';
  let killed = 0;
  let killedAt = 0;
  let retried = 0;
  let streams: ReturnType<typeof openStream>[] = [];

  const workers = () =>
    [...server.output.join('').matchAll(/app process (\d+) listening/g)].map((m) => Number(m[1]));

  /** Retries what the killed process could not answer (connection reset, 5xx) on the same port. */
  async function send(request: () => Promise<HttpAnswer>): Promise<HttpAnswer> {
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      const answer = await request().catch(() => null);
      if (answer && answer.status < 500) return answer;
      retried += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the app processes did not answer');
  }

  async function submit(i: number, enterprise: string): Promise<string> {
    const body = { channel: 'hotline', title: `负载 ${i}`, data: intake };
    const answer = await send(() =>
      call(server, 'POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', enterprise, body, {
        'idempotency-key': `app-processes-${i}`,
      }),
    );
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    acked.push({ i, caseId: answer.body.id as string });
    if (!killed && acked.length >= caseCount / 3) {
      killed = workers()[0] ?? 0;
      killedAt = acked.length;
      process.kill(killed, 'SIGKILL');
    }
    return answer.body.id as string;
  }

  async function review(caseId: string): Promise<void> {
    let taskId: string | undefined;
    const found = await eventually(async () => {
      const detail = await send(() => call(server, 'GET', `/api/v1/cases/${caseId}`, office));
      const tasks = (detail.body.tasks ?? []) as { id: string; elementId: string }[];
      taskId = tasks.find((t) => t.elementId === 'review')?.id;
      return taskId !== undefined;
    }, 60_000);
    assert.ok(found, `case ${caseId} never reached its review task`);
    await send(() => call(server, 'POST', `/api/v1/tasks/${taskId}/claim`, office)); // 认领后办理
    const answer = await send(() =>
      call(server, 'POST', `/api/v1/tasks/${taskId}/complete`, office, {
        data: { decision: 'accept', requestClass: 'professional' },
      }),
    );
    // 409 task_not_open: a process completed it and died before answering; the checks below decide
    assert.ok([200, 409].includes(answer.status), JSON.stringify(answer.body));
  }

  before(async () => {
    // given the real server entry with two app processes on one SQLite file, both listening
    const options = {
      pgUrl: '',
      schema: 'app-processes',
      leaseSeconds,
      store: 'sqlite' as const,
      appProcesses: 2,
    };
    server = await startReplica('cluster', options, dir.dir);
    assert.ok(await eventually(() => workers().length === 2, 60_000), server.output.join(''));
    db = new Database(join(dir.dir, 'cluster', 'platform.db'), { readonly: true });
    const login = async (username: string) =>
      (await call(server, 'POST', '/api/v1/auth/login', undefined, { username, password: 'Demo@2026' })).body
        .token as string;
    office = await login('jiaxing-etdz-office');
    const enterprise = await login('jiaxing-etdz-ent');
    // four live streams, each its own connection: the cluster deals connections out in turn
    streams = Array.from({ length: 4 }, () => openStream(server, office, undefined, true));
    assert.ok(await eventually(() => streams.every((s) => s.connected > 0), 30_000), 'streams connected');
    // when six clients submit and review, and a worker process dies a third into the load
    let next = 0;
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        while (next < caseCount) {
          const i = next++;
          const caseId = await submit(i, enterprise);
          if (reviewed(i)) await review(caseId);
          done.add(i);
        }
      }),
    );
    console.log(
      `load: ${caseCount} cases over 2 app processes; process ${killed} killed -9 after ${killedAt} ` +
        `acknowledged submissions; ${retried} request(s) retried`,
    );
  });

  after(async () => {
    for (const s of streams) s.close();
    db?.close();
    if (server) await stopReplica(server);
    dir.remove();
  });

  void it('the primary started another app process for the killed one', async () => {
    assert.ok(killed > 0);
    assert.ok(await eventually(() => workers().length === 3, 60_000), 'a third app process listens');
    assert.ok(!workers().slice(1).includes(killed));
  });

  void it('has every acknowledged case exactly once, each at its expected task', async () => {
    assert.equal(acked.length, caseCount);
    assert.equal(done.size, caseCount);
    const twice = db.prepare('SELECT title, count(*) AS n FROM cases GROUP BY title HAVING n > 1').all();
    assert.deepEqual(twice, [], 'a retried submission made a second case');
    const open = db.prepare<[], { case_id: string; element_id: string }>(
      "SELECT case_id, element_id FROM tasks WHERE status NOT IN ('completed', 'cancelled')",
    );
    const settled = await eventually(() => {
      const openBy = new Map(open.all().map((row) => [row.case_id, row.element_id]));
      return acked.every((s) => openBy.get(s.caseId) === (reviewed(s.i) ? 'handle' : 'review'));
    }, 30_000);
    assert.ok(settled, 'every case reached its expected open task');
  });

  void it('duplicated no task, no timeline entry and no job effect', () => {
    const tasks = db
      .prepare(
        'SELECT case_id, element_id, count(*) AS n FROM tasks GROUP BY case_id, element_id HAVING n > 1',
      )
      .all();
    assert.deepEqual(tasks, []);
    const timeline = db
      .prepare(
        'SELECT case_id, type, data, count(*) AS n FROM case_events GROUP BY case_id, type, data HAVING n > 1',
      )
      .all();
    assert.deepEqual(timeline, []);
    const failed = db
      .prepare("SELECT job_key, type, status, error FROM jobs WHERE status = 'failed' OR error IS NOT NULL")
      .all();
    assert.deepEqual(failed, [], 'no job failed or retried');
    // each admissibility job wrote its timeline entry once (mutation effects, same transaction)
    const jobs = db.prepare("SELECT count(*) FROM jobs WHERE type = 'case.admissibility'").pluck().get();
    const effects = db
      .prepare("SELECT count(*) FROM case_events WHERE type = 'admissibility.assessed'")
      .pluck()
      .get();
    assert.equal(effects, jobs);
    assert.equal(jobs, caseCount);
  });

  void it('streamed every case to every client, whichever process served it; a cut stream resumed on another', async () => {
    const seen = (s: (typeof streams)[number]) =>
      new Set(s.events.filter((e) => e.type === 'task.created').map((e) => e.data.caseId));
    const all = await eventually(
      () => streams.every((s) => acked.every((a) => seen(s).has(a.caseId))),
      15_000,
    );
    assert.ok(all, 'every stream saw the review task of every case');
    // the kill cut the streams on the killed process and not the others (connections were dealt to both)
    assert.ok(
      streams.some((s) => s.interrupted > 0),
      'a stream was on the killed process',
    );
    assert.ok(
      streams.some((s) => s.interrupted === 0),
      'a stream was on the surviving process',
    );
    for (const s of streams) {
      // resumed by Last-Event-ID on another process: nothing replayed twice, no reset asked
      assert.ok(!s.events.some((e) => e.type === 'reset'));
      const ids = s.events.map((e) => e.id).filter(Boolean);
      assert.equal(new Set(ids).size, ids.length);
    }
  });
});
