import { basename, extname } from 'node:path';
import type { AttachmentType } from './attachment-types.js';

/**
 * Characters a file name must not carry: controls (C0, C1), format characters — right-to-left and
 * other bidi overrides (`invoice\u202Efdp.exe` displays as `invoiceexe.pdf`), zero-width marks —
 * line and paragraph separators, and the quote that would end a Content-Disposition value.
 */
const hidden = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"]/gu;

/** Spellings of an extension that name the same type as its canonical one. */
const sameAs: Record<string, string> = { '.jpeg': '.jpg' };

/**
 * The stored name of an upload: no folders, no hidden characters, at most 200 characters, and the
 * extension of the type its content was recognised as — PNG bytes named `x.html` are stored as
 * `x.png`, so nothing downstream (a browser, a desktop) treats the file as what it is not.
 */
export function storedName(name: string, type: AttachmentType): string {
  const visible = basename(name.replace(hidden, '').replace(/\\/g, '/')).trim();
  const given = extname(visible);
  const kept = (sameAs[given.toLowerCase()] ?? given.toLowerCase()) === type.extension;
  const stem = [...(given ? visible.slice(0, -given.length) : visible).trim()];
  const extension = kept ? given : type.extension;
  return `${stem.slice(0, 200 - extension.length).join('') || 'attachment'}${extension}`;
}
