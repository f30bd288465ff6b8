import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { creditCodeCheckChar } from '../../runtime/forms/credit-code.js';
import { startTestServer, type TestServer } from '../api/test-server.js';
import { heldUpload, hugeCellSheet, sheetXml, uploadFile, workbookWith } from './hostile-files.js';

/** A valid 统一社会信用代码 for a number (GB 32100-2015 check character). */
function code(n: number): string {
  const first17 = `91330400MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

const header = '统一社会信用代码,企业名称\n';
const validCsv = Buffer.from(`${header}${code(1)},甲公司\n${code(2)},乙公司\n`);

type Upload = Awaited<ReturnType<typeof uploadFile>>;
const refusedAsTooLarge = (r: Upload, reason: RegExp) => {
  assert.equal(r.status, 413, JSON.stringify(r.body));
  const error = r.body.error as { code: string; details: { path: string; reason: string }[] };
  assert.equal(error.code, 'import_too_large');
  assert.equal(error.details[0]?.path, '/file');
  assert.match(error.details[0]?.reason ?? '', reason);
};

describe('Hostile imports (finding 6): bounded files, bounded work, bounded concurrency', () => {
  let t: TestServer;
  let admin: string;
  let otherAdmin: string;
  const path = '/api/v1/jurisdictions/jiaxing-etdz/directory/enterprises/import';
  const otherPath = '/api/v1/jurisdictions/other-zone/directory/enterprises/import';
  const enterprises = async () =>
    (await t.call('GET', '/api/v1/jurisdictions/jiaxing-etdz/directory/enterprises', admin)).body.total;

  let bomb: Buffer;

  before(async () => {
    // built first: the server shares this process, and 200 MiB take a while to deflate
    bomb = await workbookWith(hugeCellSheet(200));
    t = await startTestServer();
    admin = await t.login('jiaxing-etdz-admin');
    otherAdmin = await t.login('other-zone-admin');
  });
  after(() => t.close());

  it('given a .xlsx of a few hundred KB whose one cell inflates to 200 MB, when imported, then 413 before unpacking and the server answers meanwhile', async () => {
    // given: 200 MiB of one letter in one inline-string cell, deflated
    assert.ok(bomb.length < 1024 * 1024, `bomb is ${bomb.length} bytes`);
    const count = await enterprises();
    // when: imported while another request is in flight
    const [refused, me] = await Promise.all([
      uploadFile(t, admin, path, bomb, 'bomb.xlsx'),
      t.call('GET', '/api/v1/me', admin),
    ]);
    // then
    refusedAsTooLarge(refused, /unpacks to more than 48 MiB/);
    assert.equal(me.status, 200);
    assert.equal(await enterprises(), count);
  });

  it('given a part whose directory declares 1 KB but which inflates to 64 MB, when imported, then unpacking stops at the declared size (413)', async () => {
    const liar = await workbookWith(hugeCellSheet(64), 1024);
    refusedAsTooLarge(
      await uploadFile(t, admin, path, liar, 'liar.xlsx'),
      /sheet1\.xml: unpacks beyond the size its directory declares/,
    );
  });

  it('given a .xlsx of 60,000 rows, when imported, then the row limit refuses it from the archive (413), before exceljs parses it', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => [code(i), `企业${i}`]);
    const file = await workbookWith(sheetXml([['统一社会信用代码', '企业名称'], ...rows]));
    refusedAsTooLarge(await uploadFile(t, admin, path, file, 'rows.xlsx'), /more than 50000 rows/);
  });

  it('given a 20 MB CSV of 400,000 rows, when imported, then 413 at the first row beyond the limit, and a concurrent request answers', async () => {
    const line = `${code(7)},某某某某某某某某某某某某某有限公司\n`;
    // 20 MB, just under the 20 MiB upload limit
    const csv = Buffer.from(header + line.repeat(Math.floor(20_000_000 / Buffer.byteLength(line))));
    assert.ok(csv.length > 19_000_000 && csv.length < 20 * 1024 * 1024);
    const [refused, me] = await Promise.all([
      uploadFile(t, admin, path, csv, 'big.csv'),
      t.call('GET', '/api/v1/me', admin),
    ]);
    refusedAsTooLarge(refused, /more than 50000 rows/);
    assert.equal(me.status, 200);
  });

  it('given a 19 MB CSV with one giant quoted cell, when imported, then 413 naming the cell limit', async () => {
    const csv = Buffer.from(`${header}${code(8)},"${'长'.repeat(6 * 1024 * 1024)}"\n`);
    refusedAsTooLarge(
      await uploadFile(t, admin, path, csv, 'cell.csv'),
      /row 2: a cell of more than 2000 characters/,
    );
  });

  it('given an import of a jurisdiction in flight, when a second import of it arrives, then 429 import_busy with Retry-After; another jurisdiction imports meanwhile', async () => {
    // given: an upload whose body is not finished yet holds the jurisdiction's import slot
    const held = heldUpload(t, admin, path, validCsv, 'held.csv');
    // when: the same jurisdiction imports again (until the held one has taken its slot)
    let second: Upload | undefined;
    for (let i = 0; i < 200 && second?.status !== 429; i++)
      second = await uploadFile(t, admin, path, validCsv, 'second.csv');
    // then
    assert.equal(second?.status, 429, JSON.stringify(second?.body));
    assert.equal((second?.body.error as { code: string }).code, 'import_busy');
    assert.ok(Number(second?.headers.get('retry-after')) > 0);
    // another tenant is not blocked by it
    const other = await uploadFile(
      t,
      otherAdmin,
      otherPath,
      Buffer.from(`${header}${code(3)},丙公司\n`),
      'o.csv',
    );
    assert.equal(other.status, 200, JSON.stringify(other.body));
    // when the held upload finishes, it imports, and the slot is free again
    assert.equal((await held.finish()).status, 200);
    assert.equal((await uploadFile(t, admin, path, validCsv, 'again.csv')).status, 200);
  });

  it('given three zip bombs sent at once, when they are answered, then each is refused (413 or 429) and the server is still healthy', async () => {
    const answers = await Promise.all(
      [admin, admin, otherAdmin].map((token, i) =>
        uploadFile(t, token, i === 2 ? otherPath : path, bomb, `bomb${i}.xlsx`),
      ),
    );
    for (const a of answers) assert.ok([413, 429].includes(a.status), JSON.stringify(a.body));
    assert.equal((await fetch(`${t.url}/healthz`)).status, 200);
    assert.equal((await t.call('GET', '/api/v1/me', admin)).status, 200);
  });
});
