import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../api/test-server.js';

/** A real 1x1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe('Hostile attachment names (finding 7): the stored name follows the content, without hidden characters', () => {
  let t: TestServer;
  let ent: string;
  let caseId: string;

  const upload = async (content: Buffer, name: string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    const res = await fetch(`${t.url}/api/v1/cases/${caseId}/attachments`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${ent}` },
    });
    return { status: res.status, body: (await res.json()) as { id: string; fileName: string } };
  };

  before(async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hostile-attachments-')), 'attachments');
    t = await startTestServer('2026-03-13T01:00:00.000Z', { attachments: { dir } });
    ent = await t.login('jiaxing-etdz-ent');
    caseId = await t.submitCase(ent, 'website', '用地问题');
  });
  after(() => t.close());

  it('given PNG content named x.html, when attached, then it is stored and served as x.png (image/png, nosniff)', async () => {
    const stored = await upload(png, 'x.html', 'image/png');
    assert.equal(stored.status, 201);
    assert.equal(stored.body.fileName, 'x.png');
    const res = await fetch(`${t.url}/api/v1/cases/${caseId}/attachments/${stored.body.id}`, {
      headers: { authorization: `Bearer ${ent}` },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /filename="?x\.png"?$/);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('given a right-to-left override name that displays as a PDF but ends in .exe, when attached, then the override is gone and the name ends in .pdf', async () => {
    const stored = await upload(pdf, 'invoice\u202Efdp.exe', 'application/pdf');
    assert.equal(stored.status, 201);
    assert.equal(stored.body.fileName, 'invoicefdp.pdf');
  });

  it('given C1 control, zero-width, bidi-isolate and separator characters in a name, when attached, then none is kept (a C0 control breaks the upload: 400)', async () => {
    assert.equal((await upload(pdf, '合\u0007同.pdf', 'application/pdf')).status, 400);
    const stored = await upload(pdf, '合同\u0085书\u200B\u2066附\u2069件\u2028 .pdf', 'application/pdf');
    assert.equal(stored.status, 201);
    assert.equal(stored.body.fileName, '合同书附件.pdf');
    assert.doesNotMatch(stored.body.fileName, /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
  });

  it('given a right name, when attached, then it is kept as given (a .jpeg stays .jpeg)', async () => {
    assert.equal((await upload(pdf, '营业执照.PDF', 'application/pdf')).body.fileName, '营业执照.PDF');
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    assert.equal((await upload(jpeg, '现场照片.jpeg', 'image/jpeg')).body.fileName, '现场照片.jpeg');
  });
});
