import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from './test-server.js';

interface Row {
  id: string;
  caseNumber: string | null;
  title: string;
  channel: string;
  enterpriseName: string | null;
  overdue: boolean;
}
interface Page {
  items: Row[];
  total: number | null;
  next: string | null;
}

const ledger = '/api/v1/jurisdictions/jiaxing-etdz/ledger';

describe('HTTP API: 案件编号 and the case ledger (台账)', () => {
  let t: TestServer;
  let ent: string;
  let office: string;
  let handler: string;

  before(async () => {
    t = await startTestServer('2026-03-09T02:00:00.000Z'); // Mon 10:00 Beijing
    ent = await t.login('jiaxing-etdz-ent');
    office = await t.login('jiaxing-etdz-office');
    handler = await t.login('jiaxing-etdz-handler');
  });
  after(() => t.close());

  it('numbers concurrent submissions with distinct consecutive numbers of the jurisdiction and year', async () => {
    // given five requests submitted at the same time
    const ids = await Promise.all(
      ['一', '二', '三', '四', '五'].map((n) => t.submitCase(ent, 'hotline', `用电问题${n}`)),
    );
    // when their cases are read back
    const numbers = await Promise.all(
      ids.map(
        async (id) => ((await t.call('GET', `/api/v1/cases/${id}`, office)).body.case as Row).caseNumber,
      ),
    );
    // then each has its own number, JXKF-2026-000001 … 000005 without gaps
    assert.deepEqual(
      [...numbers].sort(),
      [1, 2, 3, 4, 5].map((n) => `JXKF-2026-00000${n}`),
    );
  });

  it('finds cases by case-number prefix, channel and enterprise, and refuses a bad filter with its path', async () => {
    const byNumber = (await t.call('GET', `${ledger}?caseNumber=jxkf-2026-000003`, office))
      .body as unknown as Page;
    assert.deepEqual(
      byNumber.items.map((r) => r.caseNumber),
      ['JXKF-2026-000003'],
    );
    const year = (await t.call('GET', `${ledger}?caseNumber=JXKF-2026`, office)).body as unknown as Page;
    assert.equal(year.total, 5);
    assert.equal((await t.call('GET', `${ledger}?channel=window`, office)).body.total, 0);
    const named = (await t.call('GET', ledger, office)).body as unknown as Page;
    const enterprise = named.items[0]?.enterpriseName;
    assert.ok(enterprise, 'rows name the enterprise');
    assert.equal(
      (await t.call('GET', `${ledger}?enterprise=${encodeURIComponent(enterprise)}`, office)).body.total,
      5,
    );
    assert.equal(
      (await t.call('GET', `${ledger}?enterprise=${encodeURIComponent('没有这家企业')}`, office)).body.total,
      0,
    );
    const bad = await t.call('GET', `${ledger}?caseNumber=${encodeURIComponent('编号?')}`, office);
    assert.equal(bad.status, 400);
    assert.equal((bad.body.error as { details: { path: string }[] }).details[0]?.path, '/caseNumber');
  });

  it('pages with a cursor: every case once, newest first, the total of every match on each page', async () => {
    const first = (await t.call('GET', `${ledger}?limit=4`, office)).body as unknown as Page;
    assert.equal(first.total, 5);
    assert.equal(first.items.length, 4);
    assert.ok(first.next);
    const second = (await t.call('GET', `${ledger}?limit=4&cursor=${first.next}`, office))
      .body as unknown as Page;
    assert.equal(second.total, null, 'only the first page counts');
    assert.equal(second.items.length, 1);
    assert.equal(second.next, null);
    const seen = [...first.items, ...second.items].map((r) => r.id);
    assert.equal(new Set(seen).size, 5);
    assert.equal((await t.call('GET', `${ledger}?cursor=nonsense`, office)).status, 400);
  });

  it('filters overdue cases at the clock’s now (超期在办)', async () => {
    // given the intake tasks have no deadline yet: nothing is overdue
    assert.equal((await t.call('GET', `${ledger}?overdue=true`, office)).body.total, 0);
    assert.equal((await t.call('GET', `${ledger}?overdue=false`, office)).body.total, 5);
  });

  it('shows a handler only the cases its unit handles', async () => {
    // given no case has been worked by the handler's unit yet
    const page = await t.call('GET', ledger, handler);
    assert.equal(page.status, 200);
    assert.equal(page.body.total, 0);
    // and the enterprise has no ledger at all
    assert.equal((await t.call('GET', ledger, ent)).status, 403);
  });

  it('exports the whole filtered set as .xlsx, case number first, Chinese headers', async () => {
    const file = await fetch(`${t.url}${ledger}.xlsx?caseNumber=JXKF-2026`, {
      headers: { authorization: `Bearer ${office}` },
    });
    assert.equal(file.status, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.arrayBuffer());
    const sheet = book.getWorksheet('诉求台账');
    assert.ok(sheet);
    assert.equal(sheet.getCell('A1').text, '案件编号');
    assert.equal(sheet.getCell('B1').text, '诉求标题');
    // (the five were filed at the same instant: newest first ties by id, so compare as a set)
    const numbers = [2, 3, 4, 5, 6].map((r) => sheet.getCell(`A${r}`).text);
    assert.deepEqual(
      numbers.sort(),
      [1, 2, 3, 4, 5].map((n) => `JXKF-2026-00000${n}`),
    );
    assert.equal(sheet.getCell('F2').text, '96871呼叫热线');
    assert.equal(sheet.actualRowCount, 6);
  });

  it('saves, lists and deletes a user’s queries; another user sees none of them', async () => {
    const saved = await t.call('POST', `${ledger}/queries`, office, {
      name: '热线在办',
      query: { channel: 'hotline', status: 'open' },
    });
    assert.equal(saved.status, 201);
    const mine = (await t.call('GET', `${ledger}/queries`, office)).body as unknown as {
      id: string;
      name: string;
    }[];
    assert.deepEqual(
      mine.map((q) => q.name),
      ['热线在办'],
    );
    assert.deepEqual((await t.call('GET', `${ledger}/queries`, handler)).body, []);
    assert.equal(
      (await t.call('DELETE', `${ledger}/queries/${saved.body.id as string}`, handler)).status,
      204,
    );
    assert.equal(((await t.call('GET', `${ledger}/queries`, office)).body as unknown as unknown[]).length, 1);
    assert.equal(
      (await t.call('DELETE', `${ledger}/queries/${saved.body.id as string}`, office)).status,
      204,
    );
    assert.deepEqual((await t.call('GET', `${ledger}/queries`, office)).body, []);
    const bad = await t.call('POST', `${ledger}/queries`, office, { name: '', query: { sideways: 'x' } });
    assert.equal(bad.status, 400);
  });

  it('lists 已办 (tasks I completed, with outcome and case number) and the hub’s every open task', async () => {
    const review = (
      (await t.call('GET', '/api/v1/tasks?scope=group', office)).body.items as { id: string }[]
    )[0];
    await t.call('POST', `/api/v1/tasks/${review?.id}/claim`, office); // 认领后办理
    await t.call('POST', `/api/v1/tasks/${review?.id}/complete`, office, {
      data: { decision: 'accept', requestClass: 'professional' },
    });
    const done = (await t.call('GET', '/api/v1/tasks?scope=done', office)).body as {
      items: { caseNumber: string | null; outcome: string | null; status: string }[];
      total: number;
    };
    assert.equal(done.total, 1);
    assert.equal(done.items[0]?.status, 'completed');
    assert.equal(done.items[0]?.outcome, 'accept');
    assert.match(done.items[0]?.caseNumber ?? '', /^JXKF-202[67]-\d{6}$/);
    const all = await t.call('GET', '/api/v1/tasks?scope=all', office);
    assert.equal(all.status, 200);
    // every open task of the jurisdiction: the four reviews left and the accepted case's next task
    assert.equal(all.body.total, 5);
    assert.equal((await t.call('GET', '/api/v1/tasks?scope=all', handler)).status, 403);
  });
  it('starts a new sequence in the new local year (Beijing time), by the injectable clock', async () => {
    // given the clock at 2026-12-31 16:30 UTC = 2027-01-01 00:30 Beijing
    t.clock.set('2026-12-31T16:30:00.000Z');
    const id = await t.submitCase(await t.login('jiaxing-etdz-ent'), 'hotline', '新年第一件');
    // then its number starts 2027's sequence
    const kase = (await t.call('GET', `/api/v1/cases/${id}`, await t.login('jiaxing-etdz-office'))).body
      .case as Row;
    assert.equal(kase.caseNumber, 'JXKF-2027-000001');
  });
});
