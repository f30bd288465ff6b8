import type { Page } from 'playwright-core';

/**
 * 界面文字检查: the visible text of a staff or enterprise screen is Chinese and names things, never
 * ids. Flags English words, raw ids (`user_…`, kebab-case ids such as `dept-public-security` or
 * `jiaxing-etdz`) and timeline event keys (`sla.paused`). Visible means what a person reads: the
 * rendered text (innerText) plus placeholders and the values of read-only inputs; what a person
 * typed into a form is theirs, not the product's, and is left out.
 */

/**
 * Words a Chinese screen may show in Latin letters. Each is here for a reason a reader would accept:
 * units and file types are written so in Chinese too; product and standard names have no Chinese form.
 */
export const allowedWords: ReadonlySet<string> = new Set([
  'MB', // file size unit (文件过大，最大 10 MB)
  'KB',
  'PDF', // file types named in the attachment hint
  'PNG',
  'JPG',
  'JPEG',
  'Excel', // 导出 Excel: the spreadsheet program's name
  'Word', // the attachment hint names Word documents
  'xlsx',
  'pdf',
  'png',
  'jpg',
  'csv', // 节假日管理 accepts the notice as a .csv or .ics file
  'ics',
  'BPMN', // 流程建模 speaks of BPMN models (a standard's name)
  'FEEL', // the expression language's name, on the modeller only
  'JSON', // 表单编辑 shows the form's JSON Schema to administrators
  'Schema',
  'bpmn', // the bpmn.io watermark the modeller's licence requires
  'io',
  'EN', // the language switch offers English by its own name
  'English',
  'Demo', // the demo password printed on the login page (Demo@2026)
  'SSO',
]);

/** Why a text fails, or null. Exported for the checker's own unit test. */
export function textProblems(shown: string): string[] {
  const problems = new Set<string>();
  const userIds = /\buser_[0-9a-z]+/gi;
  for (const m of shown.matchAll(userIds)) problems.add(`user id "${m[0]}"`);
  // a 统一社会信用代码 (18 characters, capitals allowed) is the enterprise's legal identifier, not English
  // and a 案件编号 (JXKF-2026-000123: the jurisdiction's prefix, year, serial) is the case's own number
  const text = shown
    .replace(userIds, ' ')
    .replace(/\b[0-9A-HJ-NP-RTUWXY]{18}\b/g, ' ')
    .replace(/\b[A-Z]{1,8}-\d{4}-\d{6}\b/g, ' ');
  // kebab- or dot-separated lower-case keys: dept-public-security, jiaxing-etdz, sla.paused, co-units.contributed
  const keys = /(?<![\w@/.-])[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+(?![\w@/-])/g;
  for (const m of text.matchAll(keys))
    if (!/^[\w-]+\.(?:png|pdf|jpe?g|xlsx|docx?)$/.test(m[0])) problems.add(`raw key "${m[0]}"`);
  // a key is reported once, not again word by word
  for (const m of text.replace(keys, ' ').matchAll(/[A-Za-z][A-Za-z']+/g))
    if (!allowedWords.has(m[0])) problems.add(`English "${m[0]}"`);
  return [...problems];
}

/**
 * Screens outside the check, each for a reason: the mechanism studio (`#/admin/…`: BPMN, JSON
 * Schema, rule sources and validator findings keyed by JSON path) and the directory (`#/directory`:
 * login names, import reports quoting the uploaded file) and 辖区管理 (`#/jurisdictions`: the
 * platform administrator names a jurisdiction's folder id, e.g. taizhou, and its package files) are
 * administrators' tools, not staff's or enterprises' daily screens.
 */
const adminOnly = /^#\/(admin|directory|jurisdictions)(\/|$)/;

/**
 * The text a person reads on the page now (runs in the page: plain JavaScript). Text inside
 * `[data-verbatim]` (a file name as uploaded, a login name) is the person's, not the product's.
 */
const readScript = String.raw`(() => {
  const hidden = [...document.querySelectorAll('[data-verbatim]')].map((el) => el.innerText);
  let body = document.body.innerText;
  for (const h of hidden) body = body.replace(h, ' ');
  const parts = [body];
  for (const el of document.querySelectorAll('input, textarea')) {
    if (el.type === 'hidden' || el.offsetParent === null) continue;
    if (el.placeholder) parts.push(el.placeholder);
    if (el.readOnly && el.value) parts.push(el.value);
  }
  // the modeller's canvas and property panel (admin only) and the JSON editor are code, not prose
  for (const el of document.querySelectorAll('.bjs-container, .bio-properties-panel, .cm-editor, textarea.json-editor'))
    parts.push('\u0000' + el.innerText);
  return parts;
})()`;

/** Problems on the screen as shown, one line each, prefixed with the screen's name. */
export async function visibleTextProblems(page: Page, screen: string): Promise<string[]> {
  if (adminOnly.test(new URL(page.url()).hash)) return [];
  const [body, ...rest] = (await page.evaluate(readScript)) as string[];
  let text = body ?? '';
  for (const part of rest) {
    if (part.startsWith('\u0000')) text = text.replace(part.slice(1), ' ');
    else text += `\n${part}`;
  }
  return textProblems(text).map((p) => `${screen}: ${p}`);
}
