import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { currentBundle, publish } from '../hostile/definition-drafts.js';
import { startTestServer, type TestServer } from './test-server.js';

interface Month {
  month: string;
  dueOn: string;
  status: string;
  record: { recordedByName: string | null; policyTitles: string[]; note: string } | null;
}
interface Year {
  groupName: string;
  source: { kind: string; quote?: string };
  months: Month[];
}

/**
 * 苏州 2. "各地企业服务中心和公共服务机构等应每月定期收集整理企业服务政策": each month the service
 * centres record the policies they collected into the catalogue; a month not recorded is missed.
 */
describe('HTTP API: the monthly policy collection (每月政策收集)', () => {
  let t: TestServer;
  let centre: string;
  const base = '/api/v1/jurisdictions/suzhou/policy-collections';
  const year = async (token: string, query = '') => {
    const r = await t.call('GET', `${base}${query}`, token);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body as unknown as Year;
  };

  before(async () => {
    // given 苏州 on Friday 15 May 2026, 10:00 Beijing, and a catalogue policy the centres collected
    t = await startTestServer('2026-05-15T02:00:00.000Z', {}, ['suzhou', 'jiaxing']);
    const admin = await t.login('suzhou-admin');
    const draft = await currentBundle(t, admin, 'suzhou');
    const services = draft.mechanism['services'] as { policyMatching: { policies: unknown[] } };
    services.policyMatching.policies.push({
      id: 'stable-jobs-2026',
      title: '2026年稳岗返还政策',
      issuer: '苏州市人力资源和社会保障局',
      issuedOn: '2026-05-06',
      source: { kind: 'default', note: 'A test catalogue entry.' },
    });
    assert.equal((await publish(t, admin, draft, 'suzhou')).status, 201);
    centre = await t.login('suzhou-handler'); // staff of 企业服务中心 (service-centres)
  });
  after(() => t.close());

  it('shows this month as open, due on its last day, with the clause it comes from', async () => {
    const { months, groupName, source } = await year(centre);
    assert.deepEqual(
      months.map((m) => [m.month, m.status, m.dueOn]),
      [['2026-05', 'open', '2026-05-31']],
    );
    assert.equal(groupName, '企业服务中心');
    assert.equal(source.quote, '各地企业服务中心和公共服务机构等应每月定期收集整理企业服务政策');
  });

  it('refuses a policy not in the catalogue, a future month and staff outside the centres; changes nothing', async () => {
    const wrong = await t.call('POST', `${base}/2026-05`, centre, { policyIds: ['not-a-policy'] });
    assert.equal(wrong.status, 400);
    assert.deepEqual(
      (wrong.body as { error: { details: { path: string }[] } }).error.details.map((d) => d.path),
      ['/policyIds/0'],
    );
    const future = await t.call('POST', `${base}/2026-06`, centre, { policyIds: [] });
    assert.equal(future.status, 400);
    const seat = await t.login('suzhou-office'); // the 12345 seat, not a service centre
    const outsider = await t.call('POST', `${base}/2026-05`, seat, { policyIds: [] });
    assert.equal(outsider.status, 403);
    assert.equal((await year(centre)).months[0]?.status, 'open');
  });

  it('records the month once, with the policies by title and the recorder by name', async () => {
    const r = await t.call('POST', `${base}/2026-05`, centre, {
      policyIds: ['stable-jobs-2026'],
      note: '收集市人社局政策1项',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const [may] = (await year(centre)).months;
    assert.equal(may?.status, 'done');
    assert.deepEqual(may?.record?.policyTitles, ['2026年稳岗返还政策']);
    assert.equal(may?.record?.recordedByName, '苏州市企业服务体系承办员');
    const again = await t.call('POST', `${base}/2026-05`, centre, { policyIds: [] });
    assert.equal(again.status, 409);
    assert.equal((again.body as { error: { code: string } }).error.code, 'already_collected');
  });

  it('shows a month that ended without a record as missed, and the next one open', async () => {
    // when July comes and June was never recorded
    t.clock.set('2026-07-02T02:00:00.000Z');
    centre = await t.login('suzhou-handler'); // (sessions expire while the clock jumps)
    assert.deepEqual(
      (await year(centre)).months.map((m) => [m.month, m.status]),
      [
        ['2026-07', 'open'],
        ['2026-06', 'missed'],
        ['2026-05', 'done'],
      ],
    );
  });

  it('answers 409 where the text asks for no monthly collection, 400 for a malformed year', async () => {
    const other = await t.login('jiaxing-handler');
    const r = await t.call('GET', '/api/v1/jurisdictions/jiaxing/policy-collections', other);
    assert.equal(r.status, 409);
    assert.equal((r.body as { error: { code: string } }).error.code, 'policy_collection_unavailable');
    assert.equal((await t.call('GET', `${base}?year=abcd`, centre)).status, 400);
  });
});
