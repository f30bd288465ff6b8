/**
 * 蓟州 三定 over HTTP: "报送《乡镇（街道）、开发区管委会为企服务片区划分表》（附件1）及《乡镇（街道）、开发区
 * 管委会经营主体统计表》（附件2），确保企业基础数据完整、准确。"
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { creditCodeCheckChar } from '../../runtime/forms/credit-code.js';
import { readSheet, writeSheet } from '../../runtime/directory/sheet-file.js';
import { startTestServer, type TestServer } from './test-server.js';

const code = (body17: string): string => body17 + creditCodeCheckChar(body17);

describe('HTTP API: 三定 tables (附件1 片区划分表, 附件2 经营主体统计表)', () => {
  let t: TestServer;
  let admin: string;
  const base = '/api/v1/jurisdictions/jizhou/directory';

  async function upload(path: string, file: Buffer, token = admin): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([file]), 'table.xlsx');
    return fetch(`${t.url}${base}${path}`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
  }
  async function filled(table: 'areas' | 'entities', rows: string[][]): Promise<Buffer> {
    // the office downloads the template and fills it in
    const res = await fetch(`${t.url}${base}/service-areas/template?table=${table}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    assert.equal(res.status, 200);
    const template = await readSheet(Buffer.from(await res.arrayBuffer()), 'xlsx');
    return writeSheet({ headers: template.headers, rows }, 'xlsx');
  }

  before(async () => {
    t = await startTestServer(undefined, {}, ['jizhou']);
    admin = await t.login('jizhou-admin');
  });
  after(() => t.close());

  it('imports both tables: staff join the first-tier group, 经营主体 are paired with their 片区’s staff', async () => {
    const areas = await filled('areas', [
      ['下营镇', '下营镇第一片区', '常州村和郭家沟村', '1', '刘洋', '副镇长', '13920000011'],
    ]);
    const imported = await upload('/service-areas/import', areas);
    assert.equal(imported.status, 200);
    assert.deepEqual(await imported.json(), { ok: true, rows: 1, created: 1, updated: 0 });
    type StaffRow = { displayName: string; groups: string[] };
    const body: unknown = (await t.call('GET', `${base}/staff`, admin)).body;
    const list: StaffRow[] = Array.isArray(body) ? body : ((body as { items?: StaffRow[] }).items ?? []);
    assert.deepEqual(list.find((s) => s.displayName === '刘洋')?.groups, ['town-teams']);

    const entities = await filled('entities', [
      [
        '下营镇',
        '下营镇第一片区',
        '蓟州区郭家沟农家院',
        code('92120225MA05L0001'),
        '个体工商户',
        '郭大',
        '13820001111',
      ],
    ]);
    const second = await upload('/business-entities/import', entities);
    assert.equal(second.status, 200);
    const coverage = await t.call('GET', `${base}/enterprises?q=${encodeURIComponent('郭家沟')}`, admin);
    const found = (coverage.body as unknown as { items: { id: string; area: string; tags: string[] }[] })
      .items;
    assert.equal(found[0]?.area, '下营镇第一片区');
    assert.deepEqual(found[0]?.tags, ['个体工商户']);
  });

  it('rejects a table with a bad row as a whole: 422 with per-row paths, or the 错误 report', async () => {
    const rows = [['下营镇', '下营镇第五片区', '某园区', 'x', '王', '科员', '123']];
    const file = await filled('areas', rows);
    const res = await upload('/service-areas/import', file);
    assert.equal(res.status, 422);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    assert.equal(body.error.code, 'import_rejected');
    assert.deepEqual(
      body.error.details.map((d) => d.path),
      ['/rows/2/entityCount', '/rows/2/name', '/rows/2/phone'],
    );
    const report = await fetch(`${t.url}${base}/service-areas/import?report=xlsx`, {
      method: 'POST',
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([file]), 'table.xlsx');
        return form;
      })(),
      headers: { authorization: `Bearer ${admin}` },
    });
    assert.equal(report.status, 422);
    const sheet = await readSheet(Buffer.from(await report.arrayBuffer()), 'xlsx');
    assert.equal(sheet.headers[0], '错误');
    assert.match(sheet.rows[0]?.[0] ?? '', /entityCount: a whole number/);
  });

  it('lets only directory editors import, and never across jurisdictions', async () => {
    const handler = await t.login('jizhou-handler');
    const file = await filled('areas', [
      ['下营镇', '下营镇第一片区', '某处', '1', '刘洋', '副镇长', '13920000011'],
    ]);
    assert.equal((await upload('/service-areas/import', file, handler)).status, 403);
    const other = await t.login('jiaxing-etdz-admin');
    assert.equal((await upload('/service-areas/import', file, other)).status, 404);
  });
});
