import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoCreditCode } from '../../server/demo/demo-directory.js';
import { currentBundle, publish } from '../hostile/definition-drafts.js';
import { startTestServer, type TestServer } from './test-server.js';

interface Notice {
  id: string;
  policyTitle: string | null;
  enterpriseId: string;
  enterpriseName: string | null;
  officerIds: string[];
  deliveredAt: string | null;
  deliveryWay: string | null;
  acknowledgedBy: string | null;
  readAt: string | null;
}
interface Page {
  items: Notice[];
  total: number;
}

const j = 'jiaxing';
const errorOf = (r: { body: Record<string, unknown> }) =>
  r.body['error'] as { code: string; details: { path: string }[] };
const base = `/api/v1/jurisdictions/${j}`;
const policyId = 'tech-upgrade-2026';

/**
 * 嘉兴 三（二）1. "积极主动地把各涉企部门的重点扶持政策送到企业、宣传到人" and 四（六） "制作编印“政策告知书”":
 * a catalogue policy is pushed to the enterprises that qualify, the paired officer records its
 * delivery, the enterprise confirms reading it — over the real HTTP API.
 */
describe('HTTP API: 送政策 push, 政策告知书 delivery and read receipts', () => {
  let t: TestServer;
  let admin = '';
  let office = '';
  let handler = '';
  let leader = '';
  let ent = '';
  let handlerId = '';
  let demoEnterprise = '';
  let unpairedEnterprise = '';

  before(async () => {
    // given 嘉兴 on Monday 1 June 2026, 09:00 Beijing, and a catalogue policy for enterprises tagged `demo`
    t = await startTestServer('2026-06-01T01:00:00.000Z', {}, [j]);
    admin = await t.login(`${j}-admin`);
    office = await t.login(`${j}-office`);
    handler = await t.login(`${j}-handler`);
    leader = await t.login(`${j}-leader`);
    ent = await t.login(`${j}-ent`);
    const draft = await currentBundle(t, admin, j);
    const services = draft.mechanism['services'] as { policyMatching: { policies: unknown[] } };
    services.policyMatching.policies.push({
      id: policyId,
      title: '2026年工业企业技术改造补助',
      issuer: '嘉兴市经济和信息化局',
      issuedOn: '2026-01-15',
      validUntil: '2026-12-31',
      tags: ['demo'],
      source: { kind: 'default', note: 'A test catalogue entry.' },
    });
    services.policyMatching.policies.push({
      id: 'expired-2025',
      title: '2025年旧政策',
      validUntil: '2025-12-31',
      source: { kind: 'default', note: 'A test catalogue entry.' },
    });
    const published = await publish(t, admin, draft, j);
    assert.equal(published.status, 201, JSON.stringify(published.body));
    // and the demo enterprise (tagged demo) paired with the handler, a second demo-tagged enterprise
    // without an officer, and one without the tag
    handlerId = String((await t.call('GET', '/api/v1/me', handler)).body['id']);
    demoEnterprise = String((await t.call('GET', '/api/v1/me', ent)).body['enterpriseId']);
    const add = async (n: number, name: string, tags: string[]) => {
      const r = await t.call('POST', `${base}/directory/enterprises`, admin, {
        creditCode: demoCreditCode(900 + n),
        name,
        tags,
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return String(r.body['id']);
    };
    unpairedEnterprise = await add(1, '嘉兴未结对企业', ['demo']);
    await add(2, '嘉兴零售企业', ['retail']);
    const paired = await t.call('POST', `${base}/directory/pairings`, admin, {
      staffId: handlerId,
      enterpriseId: demoEnterprise,
    });
    assert.equal(paired.status, 201, JSON.stringify(paired.body));
  });
  after(() => t.close());

  const notices = async (token: string, query = '') => {
    const r = await t.call('GET', `${base}/policy-notices${query}`, token);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body as unknown as Page;
  };

  it('pushes the policy to the qualifying enterprises once, naming their paired officers', async () => {
    // when the hub pushes the policy, twice
    const first = await t.call('POST', `${base}/policies/${policyId}/push`, office);
    const again = await t.call('POST', `${base}/policies/${policyId}/push`, admin);
    // then both tagged enterprises qualify, notices are created once, the unpaired one is named
    assert.deepEqual(first.body, { policyId, matched: 2, created: 2, unpaired: [unpairedEnterprise] });
    assert.deepEqual(again.body, { policyId, matched: 2, created: 0, unpaired: [unpairedEnterprise] });
    const page = await notices(leader, `?policyId=${policyId}`);
    assert.equal(page.total, 2);
    // and the paired officer finds the one it delivers, with names, not only ids
    const mine = await notices(handler, `?officerId=${handlerId}`);
    assert.deepEqual(
      mine.items.map((n) => [n.policyTitle, n.enterpriseId, n.officerIds]),
      [['2026年工业企业技术改造补助', demoEnterprise, [handlerId]]],
    );
    assert.ok(mine.items[0]!.enterpriseName?.includes('示范企业'));
  });

  it('refuses a policy not in the catalogue or not in force, naming the field', async () => {
    const missing = await t.call('POST', `${base}/policies/no-such-policy/push`, office);
    assert.equal(missing.status, 404);
    assert.equal(errorOf(missing).details[0]!.path, '/policyId');
    const expired = await t.call('POST', `${base}/policies/expired-2025/push`, office);
    assert.equal(expired.status, 400, JSON.stringify(expired.body));
    assert.equal(errorOf(expired).code, 'policy_not_in_force');
  });

  it('lets the enterprise see its pushed policy and confirm reading it, once', async () => {
    // when the enterprise lists its policies and marks the notice read, twice
    const own = (await t.call('GET', `${base}/my/policy-notices`, ent)).body as unknown as Page;
    assert.deepEqual(
      own.items.map((n) => n.policyTitle),
      ['2026年工业企业技术改造补助'],
    );
    const id = own.items[0]!.id;
    const read = await t.call('POST', `${base}/policy-notices/${id}/read`, ent);
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assert.equal(read.body['readAt'], '2026-06-01T01:00:00.000Z');
    t.clock.set('2026-06-01T01:05:00.000Z');
    const again = await t.call('POST', `${base}/policy-notices/${id}/read`, ent);
    // then the first receipt is kept, and the hub sees it
    assert.equal(again.body['readAt'], '2026-06-01T01:00:00.000Z');
    const seen = (await notices(office, `?enterpriseId=${demoEnterprise}`)).items[0]!;
    assert.equal(seen.readAt, '2026-06-01T01:00:00.000Z');
  });

  it('records the paired officer’s delivery once, as a 送政策 visit, and refuses other officers', async () => {
    const [notice] = (await notices(handler, `?officerId=${handlerId}`)).items;
    const unpaired = (await notices(office, `?enterpriseId=${unpairedEnterprise}`)).items[0]!;
    // when the handler records delivery of a notice it is not paired for, with a bad way
    const bad = await t.call('POST', `${base}/policy-notices/${unpaired.id}/delivery`, handler, {
      way: 'pigeon',
      acknowledgedBy: '王五',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      errorOf(bad).details.map((d) => d.path),
      ['/way'],
    );
    const foreign = await t.call('POST', `${base}/policy-notices/${unpaired.id}/delivery`, handler, {
      way: 'visit',
      acknowledgedBy: '王五',
    });
    assert.equal(foreign.status, 403, JSON.stringify(foreign.body));
    // and records its own
    const done = await t.call('POST', `${base}/policy-notices/${notice!.id}/delivery`, handler, {
      way: 'visit',
      acknowledgedBy: '王五（财务负责人）',
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.deepEqual(
      [done.body['deliveryWay'], done.body['acknowledgedBy']],
      ['visit', '王五（财务负责人）'],
    );
    // then a second record is refused, and the delivery counts as a 送政策 visit
    const twice = await t.call('POST', `${base}/policy-notices/${notice!.id}/delivery`, handler, {
      way: 'phone',
      acknowledgedBy: '王五',
    });
    assert.equal(twice.status, 409);
    assert.equal(errorOf(twice).code, 'already_delivered');
    const visits = await t.call('GET', `${base}/visits?kind=policy-delivery`, leader);
    const items = (visits.body as { items: { enterpriseId: string; staffId: string; items: string[] }[] })
      .items;
    assert.deepEqual(
      items.map((v) => [v.enterpriseId, v.staffId, v.items]),
      [[demoEnterprise, handlerId, ['2026年工业企业技术改造补助']]],
    );
  });

  it('refuses a push where the text asks for none (经开区: the catalogue only), naming the setting', async () => {
    // given 经开区's mechanism, which keeps a 政策清单 (第四条) but has no services.policyPush
    const etdzOffice = await t.login('jiaxing-etdz-office');
    const r = await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/policies/any/push', etdzOffice);
    // then 409 with the code and the setting's path
    assert.equal(r.status, 409, JSON.stringify(r.body));
    assert.equal(errorOf(r).code, 'policy_push_unavailable');
    assert.equal(errorOf(r).details[0]!.path, '/services/policyPush');
  });

  it('hides another enterprise’s notice from an enterprise user (404, like an unknown id)', async () => {
    const unpaired = (await notices(office, `?enterpriseId=${unpairedEnterprise}`)).items[0]!;
    const r = await t.call('POST', `${base}/policy-notices/${unpaired.id}/read`, ent);
    assert.equal(r.status, 404);
  });
});
