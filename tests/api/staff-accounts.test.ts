/**
 * Staff accounts over real HTTP: the staff sheet of the directory import (工作人员表, a real .xlsx
 * built with exceljs) creates accounts waiting for activation, all rows or none — a bad row is
 * refused with its row number and field in Chinese; the new account activates through its one-time
 * link; its audit panel lists its sign-in and what was done to it; a jurisdiction administrator
 * manages its own tenant only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from './test-server.js';

const j = 'jiaxing-etdz';
const base = `/api/v1/jurisdictions/${j}`;

async function workbook(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('工作人员');
  sheet.addRow(['用户名', '姓名', '角色', '所属单位', '工作组']);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('staff accounts (工作人员账号)', () => {
  let t: TestServer;
  let admin: string;

  before(async () => {
    t = await startTestServer();
    admin = await t.login('jiaxing-etdz-admin');
    const unit = await t.call('POST', `${base}/directory/org-units`, admin, {
      name: '经信商务局',
      kind: 'department',
      parentId: null,
    });
    assert.equal(unit.status, 201, JSON.stringify(unit.body));
  });
  after(() => t.close());

  const upload = async (file: Uint8Array, token = admin, j2 = j) => {
    const form = new FormData();
    form.append('file', new Blob([file]), 'staff.xlsx');
    const r = await fetch(`${t.url}/api/v1/jurisdictions/${j2}/directory/staff/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const accounts = async () =>
    (await t.call('GET', `${base}/accounts`, admin)).body as unknown as {
      id: string;
      username: string;
      status: string;
    }[];

  it('refuses a sheet with a bad row, naming the row and field in Chinese, importing nothing', async () => {
    // given a sheet whose third data row names a unit that does not exist and a role nobody knows
    const file = await workbook([
      ['zhang.wei', '张伟', '承办', '经信商务局', '经信商务局（企业服务专员）'],
      ['li.na', '李娜', '受理', '', '区企服办（企业服务专班）'],
      ['wang.qiang', '王强', '局长', '不存在的局', ''],
    ]);
    const before = (await accounts()).length;
    const r = await upload(file);
    // then 422, the row (4: the header is row 1) and its fields in Chinese, nothing imported
    assert.equal(r.status, 422);
    const error = r.body.error as {
      code: string;
      message: string;
      details: { path: string; reason: string }[];
    };
    assert.equal(error.code, 'import_rejected');
    assert.match(error.message, /第 4 行/);
    assert.deepEqual(
      error.details.map((d) => d.path),
      ['/rows/4/roles', '/rows/4/unit'],
    );
    assert.match(error.details[1]?.reason ?? '', /所属单位「不存在的局」不在组织架构中/);
    assert.equal((await accounts()).length, before);
  });

  it('creates accounts from the sheet with names resolved, waiting for activation; one activates by its link', async () => {
    // when a good sheet is imported
    const r = await upload(
      await workbook([
        ['zhang.wei', '张伟', '承办', '经信商务局', '经信商务局（企业服务专员）'],
        ['li.na', '李娜', '受理、承办', '', '区企服办（企业服务专班）'],
      ]),
    );
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body, { ok: true, rows: 2, created: 2, updated: 0 });
    // then both are staff with the groups and unit named in the sheet, waiting for activation
    const staff = (await t.call('GET', `${base}/directory/staff`, admin)).body as unknown as {
      username: string;
      roles: string[];
      groups: string[];
      orgUnitId: string | null;
    }[];
    const zhang = staff.find((s) => s.username === 'zhang.wei');
    assert.deepEqual(zhang?.groups, ['dept-economy-commerce']);
    assert.ok(zhang?.orgUnitId);
    assert.deepEqual(staff.find((s) => s.username === 'li.na')?.roles, ['dispatcher', 'handler']);
    const pending = (await accounts()).filter((a) => ['zhang.wei', 'li.na'].includes(a.username));
    assert.deepEqual(
      pending.map((a) => a.status),
      ['pending', 'pending'],
    );
    // when activation links are made for them and 张伟 opens his
    const links = (
      await t.call('POST', `${base}/accounts/activation-links`, admin, { ids: pending.map((a) => a.id) })
    ).body as {
      links: { id: string; path: string }[];
    };
    const zhangId = pending.find((a) => a.username === 'zhang.wei')?.id ?? '';
    const token = (links.links.find((l) => l.id === zhangId)?.path ?? '').replace('/#/activate/', '');
    const activated = await t.call('POST', '/api/v1/auth/activate', undefined, {
      token,
      newPassword: 'Taizhou@2026ok',
    });
    assert.equal(activated.status, 200, JSON.stringify(activated.body));
    // then his account is active and he signs in with his password
    const login = await t.call('POST', '/api/v1/auth/login', undefined, {
      username: 'zhang.wei',
      password: 'Taizhou@2026ok',
    });
    assert.equal(login.status, 200);
  });

  it("lists an account's audit: its sign-ins, what it did and what was done to it", async () => {
    const zhang = (await accounts()).find((a) => a.username === 'zhang.wei');
    assert.ok(zhang);
    // given an admin disables and enables the account
    await t.call('POST', `${base}/accounts/${zhang.id}/disable`, admin);
    await t.call('POST', `${base}/accounts/${zhang.id}/enable`, admin);
    // then its audit lists the sign-in (by it) and both changes (to it), newest first
    const page = (await t.call('GET', `/api/v1/audit?account=${zhang.id}`, admin)).body as {
      items: { action: string; actorId: string | null; target: string | null }[];
    };
    const actions = page.items.map((e) => e.action);
    assert.ok(
      actions.some((a) => a.endsWith('/enable')),
      actions.join(),
    );
    assert.ok(
      actions.some((a) => a.endsWith('/disable')),
      actions.join(),
    );
    assert.ok(
      actions.some((a) => a === 'auth.login' || a.includes('activate')),
      actions.join(),
    );
    assert.ok(page.items.every((e) => e.actorId === zhang.id || e.target === zhang.id));
  });

  it("keeps a jurisdiction administrator to its own tenant's staff and accounts", async () => {
    // given another tenant's administrator
    const other = await t.login('other-zone-admin');
    // then it can neither import staff into 嘉兴经开区 nor list its accounts nor read its audit
    const r = await upload(await workbook([['intruder', '入侵者', '承办', '', '']]), other);
    assert.ok([403, 404].includes(r.status), String(r.status));
    assert.ok([403, 404].includes((await t.call('GET', `${base}/accounts`, other)).status));
    const zhang = (await accounts()).find((a) => a.username === 'zhang.wei');
    const audit = (await t.call('GET', `/api/v1/audit?account=${zhang?.id ?? ''}`, other)).body as {
      items: unknown[];
    };
    assert.deepEqual(audit.items, []);
    assert.ok(!(await accounts()).some((a) => a.username === 'intruder'));
  });
});
