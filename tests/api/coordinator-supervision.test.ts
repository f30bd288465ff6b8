import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * 蓟州 三（三） "由区优化营商环境联席会议办公室……组织相关部门召开区优化营商环境联席会议协调督办" and 四（三）
 * "市、区两级有关部门将对各单位落实机制情况以及企业满意度进行回访": over real HTTP, an account that is only a
 * `coordinator` (no dispatcher role) issues a 督办单 and records a 回访督导; a hub dispatcher outside the
 * revisit groups cannot record a revisit.
 */
describe('HTTP API: 蓟州 coordinator supervises without the dispatcher role', () => {
  let t: TestServer;
  let caseId: string;
  let coordinator: string;
  let hub: string;

  before(async () => {
    t = await startTestServer('2026-03-09T02:00:00.000Z', {}, ['jizhou']);
    // given a coordinator of the joint conference office and the district revisit group
    const handler = await t.platform.store.directory.userByUsername('jizhou-handler');
    assert.ok(handler);
    await t.platform.store.transact([
      {
        kind: 'user.upsert',
        record: {
          ...handler,
          id: 'user-jizhou-joint-office',
          username: 'jizhou-joint-office',
          displayName: '区优化营商环境联席会议办公室',
          roles: ['coordinator'],
          groups: ['joint-office', 'district-revisit'],
          orgUnitId: null,
        },
      },
    ]);
    coordinator = await t.login('jizhou-joint-office');
    hub = await t.login('jizhou-office');
    const ent = await t.login('jizhou-ent');
    const submitted = await t.call('POST', '/api/v1/jurisdictions/jizhou/cases', ent, {
      channel: 'hotline-12345',
      title: '仓储用房规划许可办理缓慢',
      data: {
        applicantType: 'enterprise',
        enterpriseName: '天津蓟州恒通建材有限公司',
        creditCode: '91120225MA05K12349',
        serviceArea: '渔阳镇第一片区',
        matterType: 'approval',
        description: '新建仓储用房规划许可办理进度咨询',
        contactName: '李明',
        contactPhone: '13920001234',
      },
    });
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
    caseId = submitted.body.id as string;
  });
  after(() => t.close());

  it('issues a supervision order as a coordinator only', async () => {
    // when the coordinator orders the transport bureau to report within 3 working days
    const issued = await t.call('POST', `/api/v1/cases/${caseId}/supervision`, coordinator, {
      instruction: '请区交通局3个工作日内反馈办理进展',
      targetGroup: 'dept-transport',
      workingDays: 3,
    });
    // then the order is accepted
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
  });

  it('records a supervisory revisit as a coordinator of a revisit group, and refuses it to the hub', async () => {
    const revisit = {
      level: 'satisfied',
      implementation: '抽查回访：12345派单及时，企业知晓办理进展。',
    };
    const recorded = await t.call('POST', `/api/v1/cases/${caseId}/revisits`, coordinator, revisit);
    assert.equal(recorded.status, 201, JSON.stringify(recorded.body));
    const refused = await t.call('POST', `/api/v1/cases/${caseId}/revisits`, hub, revisit);
    assert.equal(refused.status, 403);
    const invalid = await t.call('POST', `/api/v1/cases/${caseId}/revisits`, coordinator, {
      ...revisit,
      level: 'delighted',
    });
    assert.equal(invalid.status, 400);
  });
});
