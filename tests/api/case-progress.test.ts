/**
 * Two timelines (issue 15): staff read the case's 办理经过 in words — who (name and unit) wrote what,
 * with the form's titles — while the enterprise's progress holds only its public steps and the
 * fields the mechanism marks public (`x-visibility`), e.g. jiaxing-etdz's 不予受理理由 (第九条
 * "不予受理，并向企业说明理由"). Nothing internal reaches the enterprise's API response.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, validIntake, type TestServer } from './test-server.js';

interface Entry {
  type: string;
  actor: string;
  actorName?: string | null;
  actorUnit?: string | null;
  data: Record<string, unknown>;
  fields?: { name: string; title: string; text: string }[];
}

describe('HTTP API: staff 办理经过 and the enterprise progress of a refused request (嘉兴经开区)', () => {
  let t: TestServer;
  let ent: string;
  let office: string;
  let caseId: string;

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z');
    ent = await t.login('jiaxing-etdz-ent');
    office = await t.login('jiaxing-etdz-office');
    // given a request the office refuses with a public reason and an internal note
    const created = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'hotline',
      title: '用电问题',
      data: validIntake,
    });
    caseId = created.body.id as string;
    const [review] = (await t.call('GET', '/api/v1/tasks?scope=group', office)).body.items as {
      id: string;
    }[];
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office);
    const done = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'refuse', refusalReason: 'out-of-scope', reviewNote: '内部研判：属司法程序范围' },
    });
    assert.equal(done.status, 200);
  });
  after(() => t.close());

  it('gives staff every field of the step, titled, with option names and who wrote it', async () => {
    const detail = await t.call('GET', `/api/v1/cases/${caseId}`, office);
    const step = (detail.body.timeline as Entry[]).find((e) => e.type === 'task.completed');
    assert.deepEqual(
      step?.fields?.map((f) => `${f.title}：${f.text}`),
      ['审查结论：不予受理', '不予受理理由：超出范围', '审查意见：内部研判：属司法程序范围'],
    );
    assert.ok(step?.actorName && !step.actorName.startsWith('user_'), String(step?.actorName));
  });

  it('gives the enterprise the refusal reason and nothing internal', async () => {
    const detail = await t.call('GET', `/api/v1/cases/${caseId}`, ent);
    assert.equal((detail.body.case as { status: string }).status, 'refused');
    const timeline = detail.body.timeline as Entry[];
    const step = timeline.find((e) => e.type === 'task.completed');
    assert.deepEqual(step?.fields, [{ name: 'refusalReason', title: '不予受理理由', text: '超出范围' }]);
    assert.deepEqual(Object.keys(step?.data ?? {}), ['name']); // the task's name, not its result
    assert.deepEqual(detail.body.tasks, []);
    // (the case names its submitter: the enterprise's own account)
    const { submittedBy: _own, ...kase } = detail.body.case as Record<string, unknown>;
    const raw = JSON.stringify({ ...detail.body, case: kase });
    for (const internal of ['内部研判', 'reviewNote', 'decision', 'user_', 'candidateGroup', 'instanceKey'])
      assert.ok(!raw.includes(internal), `the enterprise's response contains ${internal}`);
    for (const e of timeline) assert.ok(['enterprise', 'staff', 'system'].includes(e.actor), e.actor);
    assert.ok(timeline.every((e) => e.actorName === undefined && e.actorUnit === undefined));
  });

  it("reads a case's labels from its own version: the definition by version, refused when unknown", async () => {
    const kase = (await t.call('GET', `/api/v1/cases/${caseId}`, ent)).body.case as {
      definitionVersion: number;
    };
    const own = await t.call(
      'GET',
      `/api/v1/jurisdictions/jiaxing-etdz/definition?version=${kase.definitionVersion}`,
      ent,
    );
    assert.equal(own.status, 200);
    assert.equal(own.body.version, kase.definitionVersion);
    const unknown = await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/definition?version=999', ent);
    assert.equal(unknown.status, 404);
    const bad = await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/definition?version=v1', ent);
    assert.equal(bad.status, 400);
  });
});
