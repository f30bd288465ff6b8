import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { creditCodeCheckChar } from '../../runtime/forms/credit-code.js';
import { startTestServer, validIntake, type TestServer } from '../api/test-server.js';

/** A valid 统一社会信用代码 for a number (GB 32100-2015 check character). */
function code(n: number): string {
  const first17 = `91330400MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** 嘉兴 intake data (its own form), as its scenarios submit it. */
const jiaxingIntake = {
  enterpriseName: '嘉兴恒力精工股份有限公司',
  creditCode: '91330400MA2B12345F',
  enterpriseScale: 'above-scale-industrial',
  contactName: '李强',
  contactPhone: '13757330003',
  matterType: 'tax',
  description: '技改设备加计扣除政策适用口径不清',
};

type Body = Record<string, unknown>;
const detailPath = (body: Body) => (body.error as { details: { path: string }[] }).details[0]?.path;

describe('Hostile references (finding 7): cases and visits name only their own tenant’s enterprises and cases', () => {
  let t: TestServer;
  let office: string;
  let jiaxingEnterprise: string;
  let foreignEnterprise: string;
  let ownCase: string;
  let foreignCase: string;
  let otherEnterpriseCase: string;

  before(async () => {
    t = await startTestServer('2026-03-13T01:00:00.000Z', {}, ['jiaxing']);
    office = await t.login('jiaxing-office');
    const enterprises = async (j: string, token: string) =>
      (
        (await t.call('GET', `/api/v1/jurisdictions/${j}/directory/enterprises`, token)).body.items as {
          id: string;
        }[]
      ).map((e) => e.id);
    jiaxingEnterprise = (await enterprises('jiaxing', await t.login('jiaxing-admin')))[0] ?? '';
    foreignEnterprise = (await enterprises('jiaxing-etdz', await t.login('jiaxing-etdz-admin')))[0] ?? '';
    const submit = async (j: string, token: string, data: Body, enterpriseId?: string) =>
      t.call('POST', `/api/v1/jurisdictions/${j}/cases`, token, {
        channel: 'hotline',
        title: '诉求',
        data,
        ...(enterpriseId ? { enterpriseId } : {}),
      });
    ownCase = (await submit('jiaxing', await t.login('jiaxing-ent'), jiaxingIntake)).body.id as string;
    foreignCase = (await submit('jiaxing-etdz', await t.login('jiaxing-etdz-ent'), validIntake)).body
      .id as string;
    const second = await t.call(
      'POST',
      '/api/v1/jurisdictions/jiaxing/directory/enterprises',
      await t.login('jiaxing-admin'),
      {
        creditCode: code(42),
        name: '嘉兴第二企业有限公司',
      },
    );
    otherEnterpriseCase = (await submit('jiaxing', office, jiaxingIntake, second.body.id as string)).body
      .id as string;
    assert.ok(jiaxingEnterprise && foreignEnterprise && ownCase && foreignCase && otherEnterpriseCase);
  });
  after(() => t.close());

  it("given staff filing a case, when the enterprise is another tenant's or does not exist, then 404 at /enterpriseId and nothing is stored", async () => {
    const before = (await t.call('GET', '/api/v1/jurisdictions/jiaxing/cases', office)).body.total;
    for (const enterpriseId of [foreignEnterprise, 'ent-does-not-exist']) {
      const r = await t.call('POST', '/api/v1/jurisdictions/jiaxing/cases', office, {
        channel: 'hotline',
        title: '代企业提交',
        data: jiaxingIntake,
        enterpriseId,
      });
      assert.equal(r.status, 404, enterpriseId);
      assert.equal(detailPath(r.body), '/enterpriseId');
    }
    assert.equal((await t.call('GET', '/api/v1/jurisdictions/jiaxing/cases', office)).body.total, before);
    const own = await t.call('POST', '/api/v1/jurisdictions/jiaxing/cases', office, {
      channel: 'hotline',
      title: '代企业提交',
      data: jiaxingIntake,
      enterpriseId: jiaxingEnterprise,
    });
    assert.equal(own.status, 201, JSON.stringify(own.body));
  });

  it("given a visit, when its case is another tenant's, missing or another enterprise's, then 404 / 404 / 400 at /caseId; its own case is accepted", async () => {
    const visit = (caseId: string) =>
      t.call('POST', '/api/v1/jurisdictions/jiaxing/visits', office, {
        enterpriseId: jiaxingEnterprise,
        kind: 'policy-delivery',
        caseId,
      });
    for (const [caseId, status] of [
      [foreignCase, 404],
      ['case-does-not-exist', 404],
      [otherEnterpriseCase, 400],
    ] as const) {
      const r = await visit(caseId);
      assert.equal(r.status, status, `${caseId}: ${JSON.stringify(r.body)}`);
      assert.equal(detailPath(r.body), '/caseId');
    }
    assert.equal((await visit(ownCase)).status, 201);
  });

  it("given a visit, when its enterprise is another tenant's, then 404 at /enterpriseId", async () => {
    const r = await t.call('POST', '/api/v1/jurisdictions/jiaxing/visits', office, {
      enterpriseId: foreignEnterprise,
      kind: 'policy-delivery',
    });
    assert.equal(r.status, 404);
    assert.equal(detailPath(r.body), '/enterpriseId');
  });
});
