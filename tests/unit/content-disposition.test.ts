/**
 * Chinese attachment names download under their own name (issue 15: they arrived as `______.pdf`):
 * the studio reads RFC 5987's `filename*` of the header the server really sends (express's
 * `res.attachment`: the content-disposition package's `create`), not its ASCII fallback.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { create as contentDisposition } from 'content-disposition';
import { dispositionFileName } from '../../studio/src/api/content-disposition.js';

test('given a Chinese file name as express sends it, then the client reads the UTF-8 name', () => {
  const header = contentDisposition('营业执照 副本（2026）.pdf');
  assert.match(header, /filename="[^"]*"; filename\*=UTF-8''/); // the fallback is there too
  assert.equal(dispositionFileName(header), '营业执照 副本（2026）.pdf');
});

test('given only an ASCII name, quoted or not, then that name', () => {
  assert.equal(dispositionFileName(contentDisposition('report.xlsx')), 'report.xlsx');
  assert.equal(dispositionFileName('attachment; filename=errors.xlsx'), 'errors.xlsx');
});

test('given no header or a malformed escape, then null or the plain fallback', () => {
  assert.equal(dispositionFileName(null), null);
  assert.equal(dispositionFileName(`attachment; filename="a.pdf"; filename*=UTF-8''%E5%zz`), 'a.pdf');
});
