import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoCreditCode } from '../../server/demo/demo-directory.js';
import { currentBundle, publish } from '../hostile/definition-drafts.js';
import { startTestServer, type TestServer } from './test-server.js';

interface Matches {
  policies: { id: string; title: string; issuer?: string; validUntil?: string; link?: string }[];
}

/**
 * 湖州 三（三）7. "建立市级统一的政策和企业标签库，并实行动态管理": a catalogue policy reaches the
 * enterprises carrying its tags while it is in force, over the real HTTP API.
 */
describe('HTTP API: the policy catalogue (政策清单) by tags and validity', () => {
  let t: TestServer;
  let office: string;
  let exporter = '';
  let retailer = '';
  const policiesOf = async (enterpriseId: string) => {
    const r = await t.call(
      'GET',
      `/api/v1/jurisdictions/huzhou/enterprises/${enterpriseId}/policies`,
      office,
    );
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return (r.body as unknown as Matches).policies.map((p) => p.id);
  };

  before(async () => {
    // given 湖州 on Monday 1 June 2026, 09:00 Beijing
    t = await startTestServer('2026-06-01T01:00:00.000Z', {}, ['huzhou']);
    const admin = await t.login('huzhou-admin');
    office = await t.login('huzhou-office');
    // and a catalogue policy for exporters, issued 15 January and in force until 30 June 2026
    const draft = await currentBundle(t, admin, 'huzhou');
    const services = draft.mechanism['services'] as {
      policyMatching: { policies: Record<string, unknown>[] };
    };
    services.policyMatching.policies.push({
      id: 'export-credit-premium-2026',
      title: '2026年出口信用保险保费补助',
      issuer: '湖州市商务局',
      issuedOn: '2026-01-15',
      validUntil: '2026-06-30',
      tags: ['exporter-2026'],
      link: 'https://example.gov.cn/policies/export-credit-premium-2026',
      source: { kind: 'default', note: 'A test catalogue entry.' },
    });
    const published = await publish(t, admin, draft, 'huzhou');
    assert.equal(published.status, 201, JSON.stringify(published.body));
    // and an enterprise tagged as an exporter, and one that is not
    const add = async (n: number, name: string, tags: string[]) => {
      const r = await t.call('POST', '/api/v1/jurisdictions/huzhou/directory/enterprises', admin, {
        creditCode: demoCreditCode(n),
        name,
        tags,
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return (r.body as { id: string }).id;
    };
    exporter = await add(901, '湖州外贸企业', ['exporter-2026']);
    retailer = await add(902, '湖州零售企业', ['retail']);
  });
  after(() => t.close());

  it('offers the policy to the tagged enterprise only, with its issuer, validity and link', async () => {
    const r = await t.call('GET', `/api/v1/jurisdictions/huzhou/enterprises/${exporter}/policies`, office);
    const found = (r.body as unknown as Matches).policies.find((p) => p.id === 'export-credit-premium-2026');
    assert.deepEqual(found && { issuer: found.issuer, validUntil: found.validUntil, link: found.link }, {
      issuer: '湖州市商务局',
      validUntil: '2026-06-30',
      link: 'https://example.gov.cn/policies/export-credit-premium-2026',
    });
    assert.ok(!(await policiesOf(retailer)).includes('export-credit-premium-2026'));
  });

  it('offers it on its last day, and no longer the day after (validUntil inclusive, local date)', async () => {
    // when it is 23:30 Beijing on 30 June, then 00:05 on 1 July
    t.clock.set('2026-06-30T15:30:00.000Z');
    office = await t.login('huzhou-office'); // (sessions expire while the clock jumps)
    assert.ok((await policiesOf(exporter)).includes('export-credit-premium-2026'));
    t.clock.set('2026-06-30T16:05:00.000Z');
    office = await t.login('huzhou-office');
    assert.ok(!(await policiesOf(exporter)).includes('export-credit-premium-2026'));
  });
});
