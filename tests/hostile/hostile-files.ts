import { request } from 'node:http';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import type { TestServer } from '../api/test-server.js';

/** One part of a hand-built zip: its bytes, or a size it claims that differs from what it holds. */
export interface ZipPart {
  name: string;
  data: Buffer;
  /** What the directory declares as unpacked size (default: the true size) — a lying archive. */
  declaredSize?: number;
}

const deflate = promisify(deflateRaw) as (data: Buffer, options: { level: number }) => Promise<Buffer>;

/**
 * The fields a zip's local header and its central directory entry share, from `at` (4 in the
 * local header, 6 in the central entry): version needed 2.0, method deflate, CRC-32, packed and
 * unpacked sizes, the name's length.
 */
function writeEntryFields(
  header: Buffer,
  at: number,
  entry: { crc: number; packed: number; size: number; nameLength: number },
): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt32LE(entry.crc, at + 10);
  header.writeUInt32LE(entry.packed, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.nameLength, at + 22);
}

/**
 * A zip archive (deflated parts, one central directory), built by hand so a test controls every
 * size. Deflating runs off the event loop: the server under test shares this process.
 */
export async function zip(parts: readonly ZipPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = await deflate(part.data, { level: 9 });
    const size = part.declaredSize ?? part.data.length;
    const entry = { crc: crc32(part.data), packed: packed.length, size, nameLength: name.length };
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(head, 4, entry);
    locals.push(head, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, entry);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .xlsx whose first worksheet is `sheetXml` (inline strings, no shared strings). */
export function workbookWith(sheetXml: Buffer, declaredSheetSize?: number): Promise<Buffer> {
  const text = (name: string, xml: string): ZipPart => ({ name, data: Buffer.from(xml) });
  return zip([
    text(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    text(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    text(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="企业" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    {
      name: 'xl/worksheets/sheet1.xml',
      data: sheetXml,
      ...(declaredSheetSize === undefined ? {} : { declaredSize: declaredSheetSize }),
    },
  ]);
}

/** Worksheet XML: a header row of the enterprise columns, then `rows` inline-string rows. */
export function sheetXml(rows: readonly string[][]): Buffer {
  const cell = (v: string) => `<c t="inlineStr"><is><t>${v}</t></is></c>`;
  const body = rows.map((r, i) => `<row r="${i + 1}">${r.map(cell).join('')}</row>`).join('');
  return Buffer.from(
    `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData>${body}</sheetData></worksheet>`,
  );
}

/** Worksheet XML holding one cell of `megabytes` MiB (the letter A repeated): a zip bomb once deflated. */
export function hugeCellSheet(megabytes: number): Buffer {
  const head = `<?xml version="1.0"?><worksheet xmlns="${main}"><sheetData><row r="1"><c t="inlineStr"><is><t>`;
  const tail = '</t></is></c></row></sheetData></worksheet>';
  const xml = Buffer.alloc(head.length + megabytes * 1024 * 1024 + tail.length, 'A');
  xml.write(head, 0);
  xml.write(tail, xml.length - tail.length);
  return xml;
}

/** POSTs one multipart `file` field and returns status, headers and the JSON body (if any). */
export async function uploadFile(
  t: TestServer,
  token: string,
  path: string,
  file: Buffer,
  name: string,
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const form = new FormData();
  form.append('file', new Blob([file]), name);
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { raw: text.slice(0, 200) };
  }
  return { status: res.status, headers: res.headers, body };
}

/**
 * An upload whose body is sent in two steps: the multipart head now, the file and the closing
 * boundary only when `finish` is called — so the request stays in flight as long as the test wants.
 */
export function heldUpload(
  t: TestServer,
  token: string,
  path: string,
  file: Buffer,
  name: string,
): { finish(): Promise<{ status: number; body: string }> } {
  const boundary = 'hostile-boundary-7d1f';
  const url = new URL(`${t.url}${path}`);
  const req = request({
    host: url.hostname,
    port: url.port,
    path: `${url.pathname}${url.search}`,
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'transfer-encoding': 'chunked',
    },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
  });
  req.write(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  return {
    finish() {
      req.end(Buffer.concat([file, Buffer.from(`\r\n--${boundary}--\r\n`)]));
      return answer;
    },
  };
}
