import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stableId } from '../../runtime/common/ids.js';
import { unquotedFragments } from '../../runtime/definitions/policy-quote.js';
import type { Mutation } from '../../runtime/store/mutations.js';
import { demoPassword } from '../../server/demo/demo-directory.js';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * 嘉兴“三员” 问需求 (policy 000, 三（二）2): "特别是对月度工业用电量、产值、销售额、出口额等指标降幅较大的
 * 异常经营企业，要予以重点关注，逐家上门了解情况". Monthly figures are imported over HTTP, the enterprises
 * whose figure fell by at least `services.needsSurvey.dropThresholdPercent` (20) are listed with
 * their paired officer, and the officer's visit closes the loop.
 */
const clause =
  '特别是对月度工业用电量、产值、销售额、出口额等指标降幅较大的异常经营企业，要予以重点关注，逐家上门了解情况';

interface Flagged {
  enterpriseId: string;
  enterpriseName: string;
  drops: {
    metric: string;
    comparedWith: string;
    baseMonth: string;
    value: number;
    baseValue: number;
    dropPercent: number;
  }[];
  pairedStaff: { id: string; displayName: string }[];
  followUpVisits: { kind: string; staffId: string }[];
}

const ent = (key: string) => stableId('ent', 'jiaxing', key);
const officer = stableId('user', 'jiaxing-handler');
const row = (key: string, metric: string, month: string, value: number) => ({
  enterpriseId: ent(key),
  metric,
  month,
  value,
});

describe('HTTP API: 问需求 — enterprises with sharply falling monthly figures are flagged for a visit', () => {
  let t: TestServer;
  let call: TestServer['call'];
  let admin: string;
  let office: string;
  let handler: string;
  const list = async (token: string, month = '2026-03') =>
    (await call('GET', `/api/v1/jurisdictions/jiaxing/needs-survey?month=${month}`, token))
      .body as unknown as {
      source: { kind: string; quote?: string };
      dropThresholdPercent: number;
      enterprises: Flagged[];
    };

  before(async () => {
    // Thursday 2 April 2026, 10:00 Beijing: the March figures are in
    t = await startTestServer('2026-04-02T02:00:00.000Z', {}, ['jiaxing']);
    call = t.call;
    const enterprise = (key: string, name: string): Mutation => ({
      kind: 'enterprise.upsert',
      record: {
        id: ent(key),
        jurisdiction: 'jiaxing',
        creditCode: `91330400MA2B${key.padStart(6, '0')}`,
        name,
        scale: '规上',
        industry: 'manufacturing',
        area: null,
        tags: [],
      },
    });
    await t.platform.store.transact([
      enterprise('a', '甲纺织有限公司'),
      enterprise('b', '乙机械有限公司'),
      enterprise('c', '丙电子有限公司'),
      {
        kind: 'pairing.upsert',
        record: { jurisdiction: 'jiaxing', staffId: officer, enterpriseId: ent('a') },
      },
    ]);
    admin = await t.login('jiaxing-admin');
    office = await t.login('jiaxing-office');
    handler = await t.login('jiaxing-handler');
  });
  after(() => t.close());

  it('quotes the policy clause it implements (policy texts beside the repository, or POLICIES_DIR)', () => {
    const file = join(
      process.env.POLICIES_DIR ?? join('..', 'shared', 'policies'),
      '000_bff7acc5bba53585.txt',
    );
    assert.ok(existsSync(file), `policy text not found at ${file} (set POLICIES_DIR)`);
    assert.deepEqual(unquotedFragments(clause, readFileSync(file, 'utf8')), []);
  });

  it('refuses a whole import with any bad row, naming each problem, and writes nothing', async () => {
    // when one good row travels with five bad ones
    const refused = await call('POST', '/api/v1/jurisdictions/jiaxing/indicators', admin, {
      rows: [
        row('a', 'electricity', '2026-02', 100),
        row('a', 'water', '2026-02', 1),
        row('a', 'output', '2026-2', 1),
        row('a', 'sales', '2026-02', -5),
        row('nobody', 'sales', '2026-02', 5),
        row('a', 'electricity', '2026-02', 99),
      ],
    });
    // then 400 with one detail per problem
    assert.equal(refused.status, 400);
    const error = refused.body.error as { code: string; details: { path: string }[] };
    assert.equal(error.code, 'invalid_indicators');
    assert.deepEqual(
      error.details.map((d) => d.path),
      ['/rows/1/metric', '/rows/2/month', '/rows/3/value', '/rows/4/enterpriseId', '/rows/5'],
    );
    const stored = await call('GET', '/api/v1/jurisdictions/jiaxing/indicators', office);
    assert.equal(stored.body.total, 0);
    // and a wrongly typed value is refused by the request schema
    const typed = await call('POST', '/api/v1/jurisdictions/jiaxing/indicators', admin, {
      rows: [{ ...row('a', 'sales', '2026-02', 1), value: '1' }],
    });
    assert.equal(typed.status, 400);
  });

  it('lets only staff of the jurisdiction import and read, and only where the mechanism has 问需求', async () => {
    const rows = { rows: [row('a', 'electricity', '2026-02', 1)] };
    assert.equal((await call('POST', '/api/v1/jurisdictions/jiaxing/indicators', handler, rows)).status, 403);
    const enterprise = (
      await call('POST', '/api/v1/auth/login', undefined, { username: 'jiaxing-ent', password: demoPassword })
    ).body.token as string;
    assert.equal(
      (await call('GET', '/api/v1/jurisdictions/jiaxing/needs-survey?month=2026-03', enterprise)).status,
      403,
    );
    const otherTenant = (
      await call('POST', '/api/v1/auth/login', undefined, {
        username: 'jiaxing-etdz-office',
        password: demoPassword,
      })
    ).body.token as string;
    assert.equal(
      (await call('GET', '/api/v1/jurisdictions/jiaxing/needs-survey?month=2026-03', otherTenant)).status,
      404,
    );
    // 嘉兴经开区's mechanism has no needs survey
    assert.equal(
      (await call('GET', '/api/v1/jurisdictions/jiaxing-etdz/needs-survey?month=2026-03', otherTenant))
        .status,
      404,
    );
    assert.equal(
      (await call('GET', '/api/v1/jurisdictions/jiaxing/needs-survey?month=March', office)).status,
      400,
    );
  });

  it('flags falls of at least 20 % against the previous month or the same month last year, with the paired officer, until a visit is logged', async () => {
    // given February and March 2026 (and March 2025) figures, imported by the admin
    const imported = await call('POST', '/api/v1/jurisdictions/jiaxing/indicators', admin, {
      rows: [
        row('a', 'electricity', '2026-02', 1000),
        row('a', 'electricity', '2026-03', 700), // -30 % month on month
        row('a', 'sales', '2026-02', 500),
        row('a', 'sales', '2026-03', 480), // -4 %
        row('b', 'output', '2025-03', 200),
        row('b', 'output', '2026-02', 100),
        row('b', 'output', '2026-03', 85), // -15 % month on month, -57.5 % year on year
        row('c', 'exports', '2026-02', 50),
        row('c', 'exports', '2026-03', 40.5), // -19 %: not sharp enough
      ],
    });
    assert.equal(imported.status, 200);
    assert.deepEqual(imported.body, { imported: 9 });

    // when the hub asks for March
    const march = await list(office);
    // then 甲 (month on month) and 乙 (year on year) are flagged, 丙 is not
    assert.deepEqual(march.source, { kind: 'policy', clause: '三（二）', quote: clause });
    assert.equal(march.dropThresholdPercent, 20);
    assert.deepEqual(
      march.enterprises.map((e) => [
        e.enterpriseName,
        e.drops.map((d) => [d.metric, d.comparedWith, d.baseMonth, d.dropPercent]),
      ]),
      [
        ['甲纺织有限公司', [['electricity', 'previous-month', '2026-02', 30]]],
        ['乙机械有限公司', [['output', 'same-month-last-year', '2025-03', 57.5]]],
      ],
    );
    // 甲's paired officer (三员 结对) is named, nobody has visited yet
    const a = march.enterprises[0];
    assert.deepEqual(
      a?.pairedStaff.map((s) => s.id),
      [officer],
    );
    assert.deepEqual(a?.followUpVisits, []);
    assert.deepEqual(march.enterprises[1]?.pairedStaff, []);

    // when the paired officer logs the 问需求 visit (逐家上门了解情况) through the visit API
    const visit = await call('POST', '/api/v1/jurisdictions/jiaxing/visits', handler, {
      enterpriseId: ent('a'),
      kind: 'needs-survey',
      items: ['用电量下降原因'],
      notes: '订单减少，已了解融资需求',
    });
    assert.equal(visit.status, 201);
    // then the flagged list shows the follow-up visit
    const after = await list(handler);
    assert.deepEqual(
      after.enterprises[0]?.followUpVisits.map((v) => [v.kind, v.staffId]),
      [['needs-survey', officer]],
    );

    // when a corrected March figure for 甲 is imported (-10 %), 甲 is no longer flagged
    await call('POST', '/api/v1/jurisdictions/jiaxing/indicators', admin, {
      rows: [row('a', 'electricity', '2026-03', 900)],
    });
    assert.deepEqual(
      (await list(office)).enterprises.map((e) => e.enterpriseId),
      [ent('b')],
    );
    const stored = await call(
      'GET',
      `/api/v1/jurisdictions/jiaxing/indicators?enterpriseId=${ent('a')}&month=2026-03&metric=electricity`,
      office,
    );
    assert.deepEqual(
      (stored.body.items as { value: number }[]).map((r) => r.value),
      [900],
    );
  });
});
