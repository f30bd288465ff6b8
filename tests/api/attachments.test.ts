import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { AttachmentFiles } from '../../runtime/attachments/attachment-files.js';
import { AttachmentService } from '../../runtime/attachments/attachment-service.js';
import { attachmentTypes } from '../../runtime/attachments/attachment-types.js';
import { startTestServer, type TestServer } from './test-server.js';

/** A real one-page PDF (what a scanner or a browser's "print to PDF" writes, minus the page content). */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A real 1x1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const maxBytes = 64 * 1024;

describe('HTTP API: case attachments (stored on disk, type and size checked, tenant-scoped)', () => {
  let t: TestServer;
  let dir: string;
  let ent: string;
  let caseId: string;

  const upload = (token: string, id: string, content: Buffer, name: string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    return fetch(`${t.url}/api/v1/cases/${id}/attachments`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
  };
  const get = (token: string, path: string) =>
    fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  before(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'attachments-')), 'attachments');
    t = await startTestServer('2026-03-13T01:00:00.000Z', { attachments: { dir, maxBytes } });
    ent = await t.login('jiaxing-etdz-ent');
    caseId = await t.submitCase(ent, 'website', '用地问题');
  });
  after(() => t.close());

  it('stores a PDF the enterprise uploads under <dir>/<jurisdiction>/<case>/<id>, lists it and serves it back', async () => {
    // when the enterprise uploads its licence scan with a Chinese file name
    const res = await upload(ent, caseId, pdf, '营业执照.pdf', 'application/pdf');
    assert.equal(res.status, 201, await res.clone().text());
    const record = (await res.json()) as { id: string; fileName: string; size: number; contentType: string };
    // then the bytes are on disk at the documented place, and only they (no temp file left)
    const file = join(dir, 'jiaxing-etdz', caseId, record.id);
    assert.deepEqual(readFileSync(file), pdf);
    assert.deepEqual(readdirSync(join(dir, 'jiaxing-etdz', caseId)), [record.id]);
    assert.deepEqual(
      [record.fileName, record.size, record.contentType],
      ['营业执照.pdf', pdf.length, 'application/pdf'],
    );
    // and the list, the case detail and the timeline show it
    const list = (await (await get(ent, `/api/v1/cases/${caseId}/attachments`)).json()) as {
      items: { id: string }[];
    };
    assert.deepEqual(
      list.items.map((a) => a.id),
      [record.id],
    );
    const detail = await t.call('GET', `/api/v1/cases/${caseId}`, ent);
    assert.deepEqual(
      (detail.body.attachments as { id: string }[]).map((a) => a.id),
      [record.id],
    );
    const events = await t.platform.store.events.listForCase(caseId);
    assert.ok(events.some((e) => e.type === 'attachment.added' && e.data.attachmentId === record.id));
    // and the download carries the bytes, the type and the original name
    const download = await get(ent, `/api/v1/cases/${caseId}/attachments/${record.id}`);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/pdf');
    assert.match(
      download.headers.get('content-disposition') ?? '',
      /^attachment;.*filename\*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7\.pdf/,
    );
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), pdf);
  });

  it('accepts staff of the hub uploading a PNG and a real .xlsx', async () => {
    const office = await t.login('jiaxing-etdz-office');
    assert.equal((await upload(office, caseId, png, 'site.png', 'image/png')).status, 201);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('清单').addRow(['电费', 1200]);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const type = attachmentTypes.find((x) => x.id === 'xlsx')?.contentType ?? '';
    assert.equal((await upload(office, caseId, xlsx, '清单.xlsx', type)).status, 201);
  });

  it('refuses a type not allowed, content that is not its declared type (415) and a file over the limit (413), storing nothing', async () => {
    const before = readdirSync(join(dir, 'jiaxing-etdz', caseId)).sort();
    const text = await upload(ent, caseId, Buffer.from('hello'), 'note.txt', 'text/plain');
    assert.equal(text.status, 415);
    assert.equal(((await text.json()) as { error: { code: string } }).error.code, 'type_not_allowed');
    // an executable renamed to .pdf and declared as a PDF
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(100)]);
    const disguised = await upload(ent, caseId, exe, 'invoice.pdf', 'application/pdf');
    assert.equal(disguised.status, 415);
    const body = (await disguised.json()) as { error: { code: string; details: { path: string }[] } };
    assert.equal(body.error.code, 'content_mismatch');
    assert.equal(body.error.details[0]?.path, '/file');
    // a PNG declared as a PDF
    assert.equal((await upload(ent, caseId, png, 'x.pdf', 'application/pdf')).status, 415);
    const big = Buffer.concat([pdf, Buffer.alloc(maxBytes)]);
    const tooBig = await upload(ent, caseId, big, 'big.pdf', 'application/pdf');
    assert.equal(tooBig.status, 413);
    const refused = (await tooBig.json()) as { error: { code: string; details: { reason: string }[] } };
    assert.equal(refused.error.code, 'file_too_large');
    // the reason shown under the upload: the limit in words, in Chinese, no byte count
    assert.equal(refused.error.details[0]?.reason, '文件过大，最大 64 KB');
    assert.deepEqual(readdirSync(join(dir, 'jiaxing-etdz', caseId)).sort(), before);
    assert.equal((await t.platform.store.attachments.forCase(caseId)).length, before.length);
  });

  it("answers 404 to other tenants, other enterprises' staff without work on the case, and unknown attachments", async () => {
    const [first] = await t.platform.store.attachments.forCase(caseId);
    assert.ok(first);
    const path = `/api/v1/cases/${caseId}/attachments/${first.id}`;
    for (const username of ['other-zone-ent', 'other-zone-office', 'jiaxing-etdz-handler']) {
      const token = await t.login(username);
      assert.equal((await get(token, path)).status, 404, username);
      assert.equal((await get(token, `/api/v1/cases/${caseId}/attachments`)).status, 404, username);
      assert.equal((await upload(token, caseId, pdf, 'x.pdf', 'application/pdf')).status, 404, username);
    }
    assert.equal((await get(ent, `/api/v1/cases/${caseId}/attachments/att_nope`)).status, 404);
    // an attachment id of this tenant addressed through another case
    const other = await t.submitCase(ent, 'website', '另一件诉求');
    assert.equal((await get(ent, `/api/v1/cases/${other}/attachments/${first.id}`)).status, 404);
  });

  it('removes files a crash left without metadata (and temp files) when the service starts, keeping committed ones', async () => {
    // given a file renamed into place whose commit never happened, and a half-written temp file
    const folder = join(dir, 'jiaxing-etdz', caseId);
    writeFileSync(join(folder, 'att_orphan00000000000000'), pdf);
    writeFileSync(join(folder, '.tmp-att_half0000000000000'), pdf.subarray(0, 10));
    mkdirSync(join(dir, 'jiaxing-etdz', 'case_gone'), { recursive: true });
    writeFileSync(join(dir, 'jiaxing-etdz', 'case_gone', 'att_x'), png);
    const committed = await t.platform.store.attachments.forCase(caseId);
    // when a service opens the folder (as on start)
    const service = new AttachmentService({
      store: t.platform.store,
      clock: t.clock,
      files: new AttachmentFiles(dir),
      policy: { maxBytes, types: attachmentTypes },
    });
    // then the three leftovers are gone and every committed file is still there
    assert.equal(await service.ready, 3);
    assert.deepEqual(readdirSync(folder).sort(), committed.map((a) => a.id).sort());
    assert.equal(existsSync(join(dir, 'jiaxing-etdz', 'case_gone', 'att_x')), false);
  });
});
