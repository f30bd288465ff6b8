import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

interface Bundle {
  mechanism: {
    requestClasses: { id: string; workingDays: number }[];
    tiers: { id: string; group: string }[];
    evaluation: { levels: { id: string; label: { zh: string; en: string } }[] };
  };
  processes: { name: string; xml: string }[];
  forms: { key: string; schema: Record<string, unknown>; ui: Record<string, unknown> }[];
}
interface VersionRecord {
  version: number;
  publishedBy: string;
  bundle: Bundle;
}
interface ErrorBody {
  error: { code: string; details: { path: string; reason: string }[] };
}

const base = '/api/v1/jurisdictions/jiaxing-etdz/definitions';

describe('HTTP API: the studio edits, validates and publishes definitions', () => {
  let t: TestServer;
  let admin: string;
  let current: VersionRecord;

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z');
    admin = await t.login('jiaxing-etdz-admin');
    current = (await t.call('GET', `${base}/current`, admin)).body as unknown as VersionRecord;
  });
  after(() => t.close());

  const withDeadline = (days: number): Bundle => ({
    ...current.bundle,
    mechanism: {
      ...current.bundle.mechanism,
      requestClasses: current.bundle.mechanism.requestClasses.map((c) =>
        c.id === 'professional' ? { ...c, workingDays: days } : c,
      ),
    },
  });

  it('gives the jurisdiction admin the whole current bundle (mechanism, BPMN, forms)', () => {
    assert.equal(current.version, 1);
    assert.ok(current.bundle.processes.some((p) => p.xml.includes('bpmn:definitions')));
    assert.ok(current.bundle.forms.some((f) => f.key === 'intake'));
  });

  it('gives admins what authoring needs: the mechanism JSON Schema and the job types', async () => {
    const r = await t.call('GET', '/api/v1/definitions/authoring', admin);
    assert.equal(r.status, 200);
    assert.equal((r.body.mechanismSchema as { title: string }).title, 'Mechanism (机制配置)');
    assert.ok((r.body.jobTypes as string[]).includes('sla.deadline'));
    const handler = await t.login('jiaxing-etdz-handler');
    assert.equal((await t.call('GET', '/api/v1/definitions/authoring', handler)).status, 403);
  });

  it('refuses staff (403) and other tenants (404)', async () => {
    const handler = await t.login('jiaxing-etdz-handler');
    assert.equal((await t.call('GET', `${base}/current`, handler)).status, 403);
    const otherAdmin = await t.login('other-zone-admin');
    assert.equal((await t.call('GET', `${base}/current`, otherAdmin)).status, 404);
    assert.equal((await t.call('POST', base, otherAdmin, current.bundle)).status, 404);
  });

  it('validates a draft with the defs:validate checks and names the path of each error', async () => {
    const broken = withDeadline(-1);
    broken.mechanism.tiers = broken.mechanism.tiers.map((x, i) => (i === 0 ? { ...x, group: '' } : x));
    const r = await t.call('POST', `${base}/validate`, admin, broken);
    assert.equal(r.status, 200);
    assert.equal(r.body.valid, false);
    const paths = (r.body.problems as { path: string; severity: string }[])
      .filter((p) => p.severity === 'error')
      .map((p) => p.path);
    assert.ok(paths.includes('mechanism.json/requestClasses/1/workingDays'), paths.join(', '));
    const ok = await t.call('POST', `${base}/validate`, admin, current.bundle);
    assert.equal(ok.body.valid, true);
  });

  it('never publishes an invalid definition: 422 with per-path errors, the version stays', async () => {
    const bpmn = current.bundle.processes[0]!;
    const broken = {
      ...current.bundle,
      processes: [{ ...bpmn, xml: bpmn.xml.replace(/formKey="[^"]+"/, 'formKey="no-such-form"') }],
    };
    const r = await t.call('POST', base, admin, broken);
    assert.equal(r.status, 422);
    const error = (r.body as unknown as ErrorBody).error;
    assert.equal(error.code, 'invalid_definition');
    assert.ok(
      error.details.some((d) => d.path.startsWith('processes/')),
      JSON.stringify(error.details),
    );
    const malformed = await t.call('POST', base, admin, { mechanism: {}, processes: 'x' });
    assert.equal(malformed.status, 400);
    const list = await t.call('GET', base, admin);
    assert.equal((list.body as unknown as unknown[]).length, 1);
  });

  it('publishes a new immutable version; running cases keep theirs; new cases get the new deadline', async () => {
    const ent = await t.login('jiaxing-etdz-ent');
    const submit = (key: string) =>
      t.call(
        'POST',
        '/api/v1/jurisdictions/jiaxing-etdz/cases',
        ent,
        { channel: 'hotline', title: '用电问题', data: validIntake },
        { 'idempotency-key': key },
      );
    const before = await submit('before-publish');
    const r = await t.call('POST', base, admin, withDeadline(3));
    assert.equal(r.status, 201);
    assert.equal(r.body.version, 2);
    assert.equal(r.body.unchanged, false);
    const same = await t.call('POST', base, admin, withDeadline(3));
    assert.equal(same.status, 200);
    assert.equal(same.body.unchanged, true);
    const after = await submit('after-publish');
    const kase = async (id: unknown) =>
      (await t.call('GET', `/api/v1/cases/${String(id)}`, ent)).body.case as { definitionVersion: number };
    assert.equal((await kase(before.body.id)).definitionVersion, 1);
    assert.equal((await kase(after.body.id)).definitionVersion, 2);
    const v1 = (await t.call('GET', `${base}/1`, admin)).body as unknown as VersionRecord;
    assert.equal(v1.bundle.mechanism.requestClasses[1]?.workingDays, 5);
  });

  it('rolls back by publishing an older version again as a new version', async () => {
    // a script may send no note (the studio always sends one)
    const r = await t.call('POST', `${base}/1/republish`, admin, {});
    assert.equal(r.status, 201);
    assert.equal(r.body.version, 3);
    assert.equal(r.body.rollbackOf, 1);
    assert.equal(r.body.note, null);
    const v3 = (await t.call('GET', `${base}/3`, admin)).body as unknown as VersionRecord;
    assert.equal(v3.bundle.mechanism.requestClasses[1]?.workingDays, 5);
    assert.equal((await t.call('GET', `${base}/99`, admin)).status, 404);
    assert.equal((await t.call('GET', `${base}/abc`, admin)).status, 404);
  });
});
