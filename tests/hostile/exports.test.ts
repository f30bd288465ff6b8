import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { creditCodeCheckChar } from '../../runtime/forms/credit-code.js';
import { startTestServer, validIntake, type TestServer } from '../api/test-server.js';
import { uploadFile } from './hostile-files.js';

function code(n: number): string {
  const first17 = `91330400MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Parses the UTF-8 CSV the server writes (BOM, quoted cells) into rows. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)) {
    const cells: string[] = [];
    for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      const raw = m[1] ?? '';
      cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
      if (m[2] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

const hostileName = '=HYPERLINK("http://evil.example/x","点我")';

describe('Hostile exports (finding 7: formula injection): cells a spreadsheet would run are written as text', () => {
  let t: TestServer;
  let admin: string;
  const base = '/api/v1/jurisdictions/jiaxing-etdz/directory';
  const download = async (path: string, token = admin) => {
    const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    return Buffer.from(await res.arrayBuffer());
  };

  before(async () => {
    t = await startTestServer('2026-03-09T02:00:00.000Z');
    admin = await t.login('jiaxing-etdz-admin');
  });
  after(() => t.close());

  it('given an enterprise named with a formula, when exported as CSV and .xlsx, then the cell starts with a single quote, and the export re-imports unchanged', async () => {
    // given
    const created = await t.call('POST', `${base}/enterprises`, admin, {
      creditCode: code(1),
      name: hostileName,
      tags: ['@SUM(1+1)', '-2+3'],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    // when
    const csv = csvRows((await download(`${base}/enterprises/export?format=csv`)).toString('utf8'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await download(`${base}/enterprises/export?format=xlsx`)) as unknown as ArrayBuffer,
    );
    // then
    const csvRow = csv.find((r) => r[0] === code(1));
    assert.equal(csvRow?.[1], `'${hostileName}`);
    const sheet = book.worksheets[0];
    const names: string[] = [];
    sheet?.eachRow((row) => names.push(row.getCell(2).text));
    assert.ok(names.includes(`'${hostileName}`), names.join(' | '));
    assert.ok(!names.some((n) => n.startsWith('=')));
    const again = await uploadFile(
      t,
      admin,
      `${base}/enterprises/import`,
      await download(`${base}/enterprises/export?format=csv`),
      'export.csv',
    );
    assert.equal(again.status, 200, JSON.stringify(again.body));
    const stored = (await t.call('GET', `${base}/enterprises/${created.body.id as string}`, admin)).body;
    assert.equal(stored.name, hostileName);
  });

  it('given an import with a bad row of formula cells, when the error report is asked as CSV, then those cells are written as text', async () => {
    const file = Buffer.from(`统一社会信用代码,企业名称,行业,片区\n+cmd|' /C calc'!A0,@SUM(1),-1+1,\tx\n`);
    const res = await fetch(`${t.url}${base}/enterprises/import?report=csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([file]), 'bad.csv');
        return form;
      })(),
    });
    assert.equal(res.status, 422);
    const rows = csvRows(await res.text());
    const bad = rows[1] ?? [];
    // 错误, 行号, then the row as given
    assert.deepEqual(bad.slice(2), ["'+cmd|' /C calc'!A0", "'@SUM(1)", "'-1+1", "'\tx"]);
    for (const cell of rows.flat()) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
  });

  it("given a handling unit renamed to a formula, when the month's KPI workbook is exported, then the unit's name is text", async () => {
    // given: the office's unit (受理中心) renamed, and a case the office works
    const office = await t.login('jiaxing-etdz-office');
    const ent = await t.login('jiaxing-etdz-ent');
    const units = (await t.call('GET', `${base}/staff`, admin)).body as unknown as {
      username: string;
      orgUnitId: string;
    }[];
    const unitId = units.find((s) => s.username === 'jiaxing-etdz-office')?.orgUnitId ?? '';
    const tree = JSON.stringify((await t.call('GET', `${base}/org-units`, admin)).body);
    assert.ok(tree.includes(unitId));
    const renamed = await t.call('PUT', `${base}/org-units/${unitId}`, admin, {
      name: '=1+2',
      kind: 'department',
      parentId: (JSON.parse(tree) as { id: string }[])[0]?.id ?? null,
    });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    await t.call('POST', '/api/v1/jurisdictions/jiaxing-etdz/cases', ent, {
      channel: 'hotline',
      title: '用电问题',
      data: validIntake,
    });
    const review = (
      (await t.call('GET', '/api/v1/tasks?scope=group', office)).body.items as {
        id: string;
      }[]
    )[0];
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    const done = await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    // when
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await download(
        '/api/v1/jurisdictions/jiaxing-etdz/reports/kpi.xlsx?month=2026-03',
      )) as unknown as ArrayBuffer,
    );
    // then
    const ranking = book.getWorksheet('单位排名');
    const names: string[] = [];
    ranking?.eachRow((row, n) => n > 1 && names.push(row.getCell(2).text));
    assert.ok(names.includes("'=1+2"), names.join(' | '));
  });
});
