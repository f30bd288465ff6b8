import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, validIntake, type TestServer } from '../api/test-server.js';

interface Task {
  id: string;
}

describe('Hostile enterprise view (finding 7): an enterprise sees what is meant for it, staff see everything', () => {
  let t: TestServer;
  let ent: string;
  let office: string;
  let caseId: string;
  const staffIds: string[] = [];
  const internal = '内部意见：该企业之前多次投诉，注意措辞';

  before(async () => {
    // given a case the office reviewed and commented on internally, a department answered
    t = await startTestServer('2026-03-09T02:00:00.000Z');
    ent = await t.login('jiaxing-etdz-ent');
    office = await t.login('jiaxing-etdz-office');
    const handler = await t.login('jiaxing-etdz-handler');
    for (const token of [office, handler])
      staffIds.push((await t.call('GET', '/api/v1/me', token)).body.id as string);
    caseId = await t.submitCase(ent, 'hotline', '用电问题');
    const review = ((await t.call('GET', '/api/v1/tasks?scope=group', office)).body.items as Task[])[0];
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    await t.call('POST', `/api/v1/cases/${caseId}/comments`, office, { text: internal });
    const handle = ((await t.call('GET', '/api/v1/tasks?scope=group', handler)).body.items as Task[])[0];
    await t.call('POST', `/api/v1/tasks/${handle?.id}/claim`, handler);
    await t.call('POST', `/api/v1/tasks/${handle?.id}/claim`, handler); // 认领后办理
    const done = await t.call('POST', `/api/v1/tasks/${handle?.id}/complete`, handler, {
      data: { answer: '已协调供电公司处理', resolution: 'solved' },
    });
    assert.equal(done.status, 200);
    await t.platform.engine.runDue();
  });
  after(() => t.close());

  it('given the enterprise reads its case, then no internal comment, task, task result, group name, staff id or engine key is in it — only the public steps in words', async () => {
    const view = await t.call('GET', `/api/v1/cases/${caseId}`, ent);
    assert.equal(view.status, 200);
    const text = JSON.stringify(view.body);
    assert.ok(!text.includes(internal), 'internal comment');
    assert.ok(!text.includes('"comment"'), 'comment entry');
    for (const id of staffIds) assert.ok(!text.includes(id), `staff id ${id}`);
    // (the case keeps its tier id, which the studio shows by the tier's name)
    for (const hidden of ['qifuban', '"groups"', 'candidateGroups', 'instanceKey', 'processId', '"result"'])
      assert.ok(!text.includes(hidden), hidden);
    assert.deepEqual(view.body.tasks, []);
    const timeline = view.body.timeline as { type: string; actor: string; data: Record<string, unknown> }[];
    assert.deepEqual(
      timeline.map((e) => e.type),
      ['submitted', 'classified', 'answered'],
    );
    assert.deepEqual(
      timeline.map((e) => e.actor),
      ['enterprise', 'system', 'system'],
    );
    assert.equal(timeline[2]?.data.answer, '已协调供电公司处理');
    const kase = view.body.case as Record<string, unknown>;
    assert.equal(kase.status, 'open');
    assert.deepEqual(kase.data, validIntake);
  });

  it('given the enterprise lists its cases, then the rows carry no engine keys', async () => {
    const list = await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent);
    const text = JSON.stringify(list.body);
    assert.ok(text.includes(caseId));
    assert.ok(!text.includes('instanceKey') && !text.includes('processId'));
  });

  it('given staff read the same case, then their view is unchanged: comment, tasks with results and groups', async () => {
    const view = await t.call('GET', `/api/v1/cases/${caseId}`, office);
    const text = JSON.stringify(view.body);
    assert.ok(text.includes(internal));
    assert.ok((view.body.tasks as unknown[]).length >= 2);
    assert.ok(
      text.includes('candidateGroups') && text.includes('"result"') && text.includes(staffIds[0] ?? '?'),
    );
  });
});
