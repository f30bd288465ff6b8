/**
 * Issue 13, finding 4 — "A breaking change publishes": removing a form field the process's
 * conditions and the form's own if/then still need passed validation (no case could be accepted
 * again), and a BPMN with unreachable elements stranded new cases silently.
 * Now the publish gate refuses both, located (file, element, field) in Chinese, and runs the
 * jurisdiction's scenario suite on the draft in a sandbox: a draft failing a scenario is refused
 * with the scenario file and step.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../api/test-server.js';
import { currentBundle, editProcess, form, publish, type Refusal } from './definition-drafts.js';

describe('hostile: breaking changes to a mechanism are refused at publish', () => {
  let t: TestServer;
  let admin: string;

  before(async () => {
    // the server knows the definition folders: a draft is rehearsed on its jurisdiction's scenarios
    t = await startTestServer('2026-03-09T02:00:00.000Z', { definitionsDir: 'definitions' });
    admin = await t.login('jiaxing-etdz-admin');
  });
  after(() => t.close());

  const details = (body: unknown) => (body as Refusal).error.details;

  it('refuses removing the review decision the process conditions and the form’s if/then still need', async () => {
    // given the review form without its `decision` field
    const draft = await currentBundle(t, admin);
    const review = form(draft, 'review');
    delete review.properties['decision'];
    review['required'] = [];
    // when published
    const r = await publish(t, admin, draft);
    // then every condition reading it and the form's own conditions are named, in Chinese
    assert.equal(r.status, 422);
    const found = details(r.body);
    const conditions = found.filter((d) => d.file === 'processes/etdz-request.bpmn');
    assert.ok(conditions.length >= 3, JSON.stringify(found));
    for (const d of conditions) {
      assert.ok(d.elementId);
      assert.match(d.reason, /读取的变量“decision”不由受理表单、任务表单、服务任务输出或映射产生/);
    }
    const own = found.filter((d) => d.file === 'forms/review.schema.json').map((d) => d.path);
    assert.deepEqual(own, [
      'forms/review.schema.json/allOf/0/if/properties/decision',
      'forms/review.schema.json/allOf/1/if/properties/decision',
    ]);
  });

  it('refuses a BPMN element no start event leads to, naming its id and name', async () => {
    // given a user task added without any incoming sequence flow
    const draft = editProcess(
      await currentBundle(t, admin),
      '<bpmn:userTask id="market"',
      `<bpmn:userTask id="orphan" name="无人到达的复核"><bpmn:extensionElements><zeebe:formDefinition formKey="review" /><zeebe:assignmentDefinition candidateGroups="qifuban" /></bpmn:extensionElements></bpmn:userTask>
    <bpmn:userTask id="market"`,
    );
    // when published / then refused at that element
    const r = await publish(t, admin, draft);
    assert.equal(r.status, 422, JSON.stringify(r.body));
    const [detail, ...rest] = details(r.body);
    assert.deepEqual(rest, []);
    assert.equal(detail?.path, 'processes/etdz-request.bpmn#orphan');
    assert.equal(detail?.elementId, 'orphan');
    assert.match(detail?.reason ?? '', /元素“无人到达的复核”（orphan）从开始事件不可达/);
  });

  it('refuses a draft that fails a scenario of the jurisdiction, naming the scenario file and step', async () => {
    // given a draft that shortens 专业类 from the policy's 5 working days to 3
    const draft = await currentBundle(t, admin);
    const classes = draft.mechanism['requestClasses'] as { id: string; workingDays: number }[];
    for (const c of classes) if (c.id === 'professional') c.workingDays = 3;
    // when published
    const r = await publish(t, admin, draft);
    // then the scenario proving the 5-day clause fails at the step expecting the deadline
    assert.equal(r.status, 422);
    const failed = details(r.body).find(
      (d) => d.file === 'scenarios/professional-within-five-working-days.scenario.json',
    );
    assert.ok(failed, JSON.stringify(details(r.body)));
    assert.match(
      failed.path,
      /^scenarios\/professional-within-five-working-days\.scenario\.json\/steps\/\d+$/,
    );
    assert.match(failed.reason, /^草稿未通过场景“.+”第 \d+ 步（expect\w+）：/);
  });

  it('publishes a draft every scenario still passes on (the sandbox refuses nothing shipped)', async () => {
    // given a draft that renames the middle rating level only
    const draft = await currentBundle(t, admin);
    const levels = (draft.mechanism['evaluation'] as { levels: { id: string; label: { zh: string } }[] })
      .levels;
    for (const l of levels) if (l.label.zh === '一般') l.label.zh = '基本满意';
    // when published / then it is version 2
    const r = await publish(t, admin, draft);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.version, 2);
  });
});
