import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OpenIncident } from '../../runtime/cases/incident-service.js';
import type { JobWorker } from '../../runtime/engine/job-worker.js';
import { createWorkers } from '../../runtime/workers/index.js';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

type Incident = OpenIncident;

describe('HTTP API: engine incidents surfaced to the admin, and retried', () => {
  let t: TestServer;
  let admin: string;
  /** The admissibility check's dependency is down while this is true. */
  let down = true;

  before(async () => {
    t = await startTestServer('2026-03-09T02:00:00.000Z');
    const { clock, catalog, store } = t.platform;
    const workers = createWorkers({ clock, catalog, cases: store.cases, directory: store.directory });
    const real = workers.find((w) => w.type === 'case.admissibility') as JobWorker;
    t.platform.engine.registerWorker({
      ...real,
      handler: (job) =>
        down
          ? Promise.resolve({ outcome: 'fail', retryable: false, message: 'enterprise registry unreachable' })
          : real.handler(job),
    });
    admin = await t.login('jiaxing-etdz-admin');
  });
  after(() => t.close());

  const incidents = async (token = admin) =>
    (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/incidents', token)).body as unknown as
      Incident[] | { error: { code: string } };
  const settle = async () => {
    for (let i = 0; i < 10; i++) if ((await t.platform.engine.runDue()) === 0) return;
  };

  it('lists a job out of retries as an open incident with its case, for its own admin only', async () => {
    const ent = await t.login('jiaxing-etdz-ent');
    const submitted = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'window',
      title: '用电问题（受理校验故障）',
      data: validIntake,
    });
    assert.equal(submitted.status, 201);
    await settle();
    const list = (await incidents()) as Incident[];
    assert.equal(list.length, 1);
    assert.equal(list[0]?.caseId, submitted.body.id);
    assert.equal(list[0]?.caseTitle, '用电问题（受理校验故障）');
    assert.match(list[0]?.message ?? '', /case\.admissibility: enterprise registry unreachable/);
    // another tenant's admin does not learn of the tenant; a handler of this one may not look
    const otherAdmin = await t.login('other-zone-admin');
    assert.equal(
      (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/incidents', otherAdmin)).status,
      404,
    );
    const handler = await t.login('jiaxing-etdz-handler');
    assert.equal((await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/incidents', handler)).status, 403);
  });

  it('retries: still failing makes a new incident; once fixed the case goes on and none is left', async () => {
    const [first] = (await incidents()) as Incident[];
    assert.ok(first);
    const retried = await t.retryIncident(admin, first.incidentKey);
    assert.equal(retried.status, 200, JSON.stringify(retried.body));
    t.clock.advance(60_000);
    await settle();
    const [second] = (await incidents()) as Incident[];
    assert.ok(second && second.incidentKey !== first.incidentKey, 'a new incident for the new failure');
    // the resolved one cannot be retried again
    const again = await t.retryIncident(admin, first.incidentKey);
    assert.equal(again.status, 404);
    // when the cause is fixed
    down = false;
    await t.retryIncident(admin, second.incidentKey);
    await settle();
    assert.deepEqual(await incidents(), []);
    const detail = await t.call('GET', `/api/v1/cases/${second.caseId}`, admin);
    const timeline = detail.body.timeline as { type: string; actor: string }[];
    const types = timeline.map((e) => e.type);
    // two failures, two retries by the admin (a user, not the system), then the check ran
    assert.deepEqual(
      types.filter((type) => type.startsWith('incident')),
      ['incident', 'incident.resolved', 'incident', 'incident.resolved'],
    );
    assert.ok(timeline.filter((e) => e.type === 'incident.resolved').every((e) => e.actor !== 'system'));
    assert.ok(types.includes('admissibility.assessed'), types.join(' '));
  });
});
