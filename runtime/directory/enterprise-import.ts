import type { ErrorDetail } from '../common/errors.js';
import { stableId } from '../common/ids.js';
import type { Mutation } from '../store/mutations.js';
import type { EnterpriseRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { parseEnterprise } from './enterprise-input.js';
import { columnIndex, type SheetColumn } from './sheet-columns.js';
import { readSheet, writeSheet, type Sheet, type SheetFormat } from './sheet-file.js';

type EnterpriseField = 'creditCode' | 'name' | 'scale' | 'industry' | 'area' | 'tags';

/** Columns of the enterprise sheet: field, header (Chinese, as offices use it), accepted aliases. */
const columns: readonly SheetColumn<EnterpriseField>[] = [
  ['creditCode', '统一社会信用代码', ['creditCode', '信用代码']],
  ['name', '企业名称', ['name', '名称']],
  ['scale', '规模', ['scale', '规上/规下']],
  ['industry', '行业', ['industry', '所属行业']],
  ['area', '片区', ['area', '所属片区']],
  ['tags', '标签', ['tags']],
];

export const enterpriseHeaders = columns.map(([, header]) => header);
const errorHeader = '错误';

export interface RowError {
  /** Row number in the file (the header is row 1). */
  row: number;
  problems: ErrorDetail[];
}

export type ImportOutcome =
  | { ok: true; rows: number; created: number; updated: number }
  | { ok: false; rows: number; errors: RowError[]; report: (format: SheetFormat) => Promise<Buffer> };

/**
 * 批量导入企业名录: every row is validated (credit code with its check character, name, scale, no
 * credit code twice in the file) before anything is written; then all rows are upserted in one
 * transaction (matched on credit code), or — if any row is wrong — none, with a per-row error report.
 */
export async function importEnterprises(
  store: Pick<Store, 'directory' | 'transact'>,
  jurisdiction: string,
  file: Buffer,
  format: SheetFormat,
): Promise<ImportOutcome> {
  const sheet = await readSheet(file, format);
  const index = columnIndex(sheet.headers, columns, ['creditCode', 'name']);
  const existing = new Map((await store.directory.enterprises(jurisdiction)).map((e) => [e.creditCode, e]));
  const seen = new Map<string, number>();
  const errors: RowError[] = [];
  const mutations: Mutation[] = [];
  let created = 0;
  sheet.rows.forEach((cells, i) => {
    const row = i + 2;
    const raw = Object.fromEntries(columns.map(([field]) => [field, cells[index[field]] ?? '']));
    const { value, problems } = parseEnterprise(raw);
    const first = seen.get(value.creditCode);
    if (first) problems.push({ path: '/creditCode', reason: `same credit code as row ${first}` });
    else seen.set(value.creditCode, row);
    if (problems.length) return void errors.push({ row, problems });
    const before = existing.get(value.creditCode);
    if (!before) created++;
    const record: EnterpriseRecord = {
      id: before?.id ?? stableId('ent', jurisdiction, value.creditCode),
      jurisdiction,
      ...value,
    };
    mutations.push({ kind: 'enterprise.upsert', record });
  });
  const rows = sheet.rows.length;
  if (errors.length) return { ok: false, rows, errors, report: (f) => errorReport(sheet, errors, f) };
  await store.transact(mutations);
  return { ok: true, rows, created, updated: rows - created };
}

/** 导出: the jurisdiction's enterprises in the import layout (so an export re-imports unchanged). */
export async function exportEnterprises(
  store: Pick<Store, 'directory' | 'transact'>,
  jurisdiction: string,
  format: SheetFormat,
): Promise<Buffer> {
  const list = await store.directory.enterprises(jurisdiction);
  const rows = list.map((e) => [
    e.creditCode,
    e.name,
    e.scale ?? '',
    e.industry ?? '',
    e.area ?? '',
    e.tags.join('，'),
  ]);
  return writeSheet({ headers: enterpriseHeaders, rows }, format, '企业名录');
}

/** The file's rows with a first column listing each row's problems (empty for good rows). */
export async function errorReport(sheet: Sheet, errors: RowError[], format: SheetFormat): Promise<Buffer> {
  const byRow = new Map(
    errors.map((e) => [e.row, e.problems.map((p) => `${p.path.slice(1)}: ${p.reason}`).join('; ')]),
  );
  return writeSheet(
    {
      headers: [errorHeader, '行号', ...sheet.headers],
      rows: sheet.rows.map((cells, i) => [byRow.get(i + 2) ?? '', String(i + 2), ...cells]),
    },
    format,
    '导入错误',
  );
}
