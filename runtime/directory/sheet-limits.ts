import { PayloadTooLargeError } from '../common/file-errors.js';

/**
 * How much an imported sheet may hold (platform defaults: the largest directory an office keeps,
 * 50,000 rows, unpacks to about 17 MB of XML). Checked while a file is read, so a hostile file is
 * refused before it costs memory or minutes of the one event loop.
 */
export interface SheetLimits {
  /** Data rows (the header row not counted). */
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  /** .xlsx: parts in the zip archive. */
  maxEntries: number;
  /** .xlsx: all parts unpacked together, in bytes. */
  maxUnpackedBytes: number;
  /** .xlsx: unpacked / packed size of a part over 1 MiB (real sheets compress about 10–20×). */
  maxRatio: number;
}

export const defaultSheetLimits: SheetLimits = {
  maxRows: 50_000,
  maxColumns: 100,
  maxCellChars: 2_000,
  maxEntries: 500,
  maxUnpackedBytes: 48 * 1024 * 1024,
  maxRatio: 200,
};

/** The 413 every limit answers: code `import_too_large`, path `/file`, the limit in words. */
export function beyondLimit(reason: string): PayloadTooLargeError {
  return new PayloadTooLargeError(
    'the file is beyond the import limits',
    [{ path: '/file', reason }],
    'import_too_large',
  );
}
