import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { creditCodeCheckChar } from '../../runtime/forms/credit-code.js';
import { startTestServer, type TestServer } from './test-server.js';

/** A valid 统一社会信用代码 for a number: 17 characters plus the check character (GB 32100-2015). */
function code(n: number): string {
  const first17 = `91330400MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

async function upload(t: TestServer, token: string, path: string, file: Buffer, name: string) {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  return fetch(`${t.url}${path}`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
}

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('企业');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('HTTP API: directory (名录) — org units, staff, enterprises, pairings, import/export', () => {
  let t: TestServer;
  let admin: string;
  let handler: string;
  const base = '/api/v1/jurisdictions/jiaxing-etdz/directory';

  before(async () => {
    t = await startTestServer();
    admin = await t.login('jiaxing-etdz-admin');
    handler = await t.login('jiaxing-etdz-handler');
  });
  after(() => t.close());

  it('builds the org-unit tree and refuses cycles, unknown kinds and deleting a unit in use', async () => {
    const district = await t.call('POST', `${base}/org-units`, admin, { name: '经开区', kind: 'district' });
    assert.equal(district.status, 201);
    const dept = await t.call('POST', `${base}/org-units`, admin, {
      name: '经信商务局',
      kind: 'department',
      parentId: district.body.id,
    });
    assert.equal(dept.status, 201);
    const tree = (await t.call('GET', `${base}/org-units`, admin)).body as unknown as {
      name: string;
      children: { name: string }[];
    }[];
    // beside the demo seed's tree (the zone with its 受理中心, 承办部门, 领导小组)
    assert.deepEqual(
      tree.map((n) => [n.name, n.children.map((c) => c.name).sort()]),
      [
        ['嘉兴经济技术开发区', ['受理中心', '承办部门', '领导小组'].sort()],
        ['经开区', ['经信商务局']],
      ].sort(),
    );
    const cycle = await t.call('PUT', `${base}/org-units/${district.body.id}`, admin, {
      name: '经开区',
      kind: 'district',
      parentId: dept.body.id,
    });
    assert.equal(cycle.status, 400);
    assert.equal((cycle.body.error as { details: { path: string }[] }).details[0]?.path, '/parentId');
    assert.equal(
      (await t.call('POST', `${base}/org-units`, admin, { name: 'x', kind: 'planet' })).status,
      400,
    );
    assert.equal((await t.call('DELETE', `${base}/org-units/${district.body.id}`, admin)).status, 409);
    // staff with skills in the department
    const staff = await t.call('POST', `${base}/staff`, admin, {
      username: 'helper.li',
      displayName: '李助企',
      roles: ['handler'],
      groups: ['departments'],
      orgUnitId: dept.body.id,
      skills: ['融资', '用工'],
    });
    assert.equal(staff.status, 201);
    assert.deepEqual(staff.body.skills, ['用工', '融资'].sort());
    assert.equal('passwordHash' in staff.body, false);
    // a handler reads but does not edit the directory
    assert.equal(
      (await t.call('POST', `${base}/org-units`, handler, { name: '某科', kind: 'team' })).status,
      403,
    );
  });

  it('validates the 统一社会信用代码 check character and refuses a duplicate', async () => {
    const good = code(1);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const refused = await t.call('POST', `${base}/enterprises`, admin, {
      creditCode: bad,
      name: '嘉兴示例有限公司',
    });
    assert.equal(refused.status, 400);
    assert.match(JSON.stringify(refused.body.error), /check character/);
    const created = await t.call('POST', `${base}/enterprises`, admin, {
      creditCode: good,
      name: '嘉兴示例有限公司',
      scale: '规上',
      area: '东片',
      tags: ['专精特新'],
    });
    assert.equal(created.status, 201);
    assert.equal(
      (await t.call('POST', `${base}/enterprises`, admin, { creditCode: good, name: '重复' })).status,
      409,
    );
    const other = await t.login('other-zone-admin');
    assert.equal(
      (
        await t.call(
          'GET',
          `/api/v1/jurisdictions/other-zone/directory/enterprises/${created.body.id}`,
          other,
        )
      ).status,
      404,
    );
    assert.equal((await t.call('GET', `${base}/enterprises?scale=规上&area=东片`, handler)).body.total, 1);
  });

  it('imports all rows or none: a bad row rejects the file with a per-row error report', async () => {
    const header = ['统一社会信用代码', '企业名称', '规模', '行业', '片区', '标签'];
    const rows = [
      header,
      [code(2), '甲公司', '规下', '制造', '西片', ''],
      ['91330400MA0000003A', '乙公司', '', '', '', ''],
      [code(2), '丙公司', '', '', '', ''],
    ];
    const before = (await t.call('GET', `${base}/enterprises`, admin)).body.total;
    const rejected = await upload(
      t,
      admin,
      `${base}/enterprises/import?report=xlsx`,
      await workbook(rows),
      'e.xlsx',
    );
    assert.equal(rejected.status, 422);
    const report = new ExcelJS.Workbook();
    await report.xlsx.load(await rejected.arrayBuffer());
    const sheet = report.worksheets[0];
    assert.equal(sheet?.getCell('A1').text, '错误');
    assert.equal(sheet?.getCell('A2').text, ''); // the good row
    assert.match(sheet?.getCell('A3').text ?? '', /creditCode: check character/);
    assert.match(sheet?.getCell('A4').text ?? '', /same credit code as row 2/);
    assert.equal((await t.call('GET', `${base}/enterprises`, admin)).body.total, before);
    const json = await upload(t, admin, `${base}/enterprises/import`, await workbook(rows), 'e.xlsx');
    assert.equal(json.status, 422);
    const paths = ((await json.json()) as { error: { details: { path: string }[] } }).error.details.map(
      (d) => d.path,
    );
    assert.deepEqual(paths, ['/rows/3/creditCode', '/rows/4/creditCode']);
  });

  it('imports a valid csv, then exports it and the export re-imports as updates', async () => {
    const csv = `\uFEFF统一社会信用代码,企业名称,规模,片区,标签\n${code(10)},丁公司,规上,南片,"高新,外资"\n${code(11)},戊公司,,南片,\n`;
    const ok = await upload(t, admin, `${base}/enterprises/import`, Buffer.from(csv), 'e.csv');
    assert.equal(ok.status, 200);
    assert.deepEqual(await ok.json(), { ok: true, rows: 2, created: 2, updated: 0 });
    const ding = (await t.call('GET', `${base}/enterprises?q=丁公司`, handler)).body.items as {
      tags: string[];
    }[];
    assert.deepEqual(ding[0]?.tags, ['高新', '外资']);
    // every enterprise, the demo seed's too, carries a valid credit code: the export re-imports whole
    const all = (await t.call('GET', `${base}/enterprises?limit=500`, admin)).body.items as {
      creditCode: string;
    }[];
    assert.ok(all.length >= 3);
    for (const e of all) assert.equal(creditCodeCheckChar(e.creditCode.slice(0, 17)), e.creditCode[17]);
    const exported = await fetch(`${t.url}${base}/enterprises/export?format=xlsx`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    assert.equal(exported.status, 200);
    const again = await upload(
      t,
      admin,
      `${base}/enterprises/import`,
      Buffer.from(await exported.arrayBuffer()),
      'x.xlsx',
    );
    const outcome = (await again.json()) as { created: number; updated: number; rows: number };
    assert.equal(again.status, 200, JSON.stringify(outcome));
    assert.equal(outcome.created, 0);
    assert.equal(outcome.updated, outcome.rows);
  });

  it('answers coverage: enterprises with no officer and helpers with fewer than 2 enterprises', async () => {
    const staff = (await t.call('GET', `${base}/staff`, admin)).body as unknown as {
      id: string;
      username: string;
    }[];
    const li = staff.find((s) => s.username === 'helper.li');
    const ents = (await t.call('GET', `${base}/enterprises?q=丁公司`, admin)).body.items as { id: string }[];
    const paired = await t.call('POST', `${base}/pairings`, admin, {
      staffId: li?.id,
      enterpriseId: ents[0]?.id,
    });
    assert.equal(paired.status, 201);
    const coverage = (await t.call('GET', `${base}/coverage?min=2`, admin)).body as {
      unpairedEnterprises: { items: { id: string }[] };
      underloadedStaff: { staffId: string; enterprises: number }[];
    };
    assert.ok(!coverage.unpairedEnterprises.items.some((e) => e.id === ents[0]?.id));
    assert.deepEqual(coverage.underloadedStaff.find((s) => s.staffId === li?.id)?.enterprises, 1);
  });
});
