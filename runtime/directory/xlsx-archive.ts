import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { InputError } from '../common/errors.js';
import { beyondLimit, type SheetLimits } from './sheet-limits.js';

const inflate = promisify(inflateRaw) as (
  data: Buffer,
  options: { maxOutputLength: number },
) => Promise<Buffer>;

/** One part as the zip's central directory declares it. */
interface ZipEntry {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  localHeader: number;
}

const mib = 1024 * 1024;

/**
 * Zip-bomb guard for .xlsx uploads, run before exceljs unpacks anything: the central directory's
 * declared sizes are checked (parts, total unpacked bytes, compression ratio), then every part is
 * unpacked off the event loop with a hard cap at its declared size — a part that lies inflates no
 * further — and worksheets are refused with more rows than the limit. exceljs then reads a file
 * whose real size is known to be bounded.
 */
export async function assertWorkbookWithinLimits(file: Buffer, limits: SheetLimits): Promise<void> {
  const entries = centralDirectory(file);
  if (entries.length > limits.maxEntries)
    throw beyondLimit(`more than ${limits.maxEntries} parts in the archive`);
  const total = entries.reduce((sum, e) => sum + e.unpacked, 0);
  if (total > limits.maxUnpackedBytes)
    throw beyondLimit(`unpacks to more than ${Math.round(limits.maxUnpackedBytes / mib)} MiB`);
  for (const e of entries)
    if (e.unpacked > mib && e.unpacked > e.packed * limits.maxRatio)
      throw beyondLimit(`${e.name}: compressed more than ${limits.maxRatio}×`);
  for (const e of entries) {
    const data = await unpack(file, e);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name) && rowCount(data) > limits.maxRows + 1)
      throw beyondLimit(`${e.name}: more than ${limits.maxRows} rows`);
  }
}

function unreadable(reason: string): InputError {
  return new InputError('not a readable xlsx file', [{ path: '/file', reason }]);
}

function centralDirectory(file: Buffer): ZipEntry[] {
  const eocd = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > file.length) throw unreadable('no zip directory');
  const count = file.readUInt16LE(eocd + 10);
  let at = file.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw beyondLimit('zip64 archives are not accepted');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.length || file.readUInt32LE(at) !== 0x02014b50)
      throw unreadable('broken zip directory');
    const nameLength = file.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
      method: file.readUInt16LE(at + 10),
      packed: file.readUInt32LE(at + 20),
      unpacked: file.readUInt32LE(at + 24),
      localHeader: file.readUInt32LE(at + 42),
    };
    if (entry.packed === 0xffffffff || entry.unpacked === 0xffffffff)
      throw beyondLimit('zip64 archives are not accepted');
    entries.push(entry);
    at += 46 + nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return entries;
}

/** The part's bytes, unpacked with a hard cap at its declared size. */
async function unpack(file: Buffer, e: ZipEntry): Promise<Buffer> {
  const at = e.localHeader;
  if (at + 30 > file.length || file.readUInt32LE(at) !== 0x04034b50)
    throw unreadable(`${e.name}: broken part`);
  const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  const packed = file.subarray(start, start + e.packed);
  if (packed.length !== e.packed) throw unreadable(`${e.name}: truncated`);
  if (e.method === 0) {
    if (e.packed !== e.unpacked) throw unreadable(`${e.name}: stored size mismatch`);
    return packed;
  }
  if (e.method !== 8) throw unreadable(`${e.name}: unsupported compression`);
  try {
    // maxOutputLength must be positive; an empty part may inflate to nothing at all
    const data = await inflate(packed, { maxOutputLength: Math.max(e.unpacked, 1) });
    if (data.length !== e.unpacked) throw unreadable(`${e.name}: size differs from the directory`);
    return data;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw beyondLimit(`${e.name}: unpacks beyond the size its directory declares`);
    if (error instanceof InputError) throw error;
    throw unreadable(`${e.name}: ${(error as Error).message}`);
  }
}

/** `<row` elements (any namespace prefix) in a worksheet's XML. */
function rowCount(xml: Buffer): number {
  const text = xml.toString('latin1');
  let n = 0;
  for (const _ of text.matchAll(/<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g)) n++;
  return n;
}
