/**
 * 工作人员表: the staff sheet of the directory import — one row per person with 用户名, 姓名, 角色,
 * 所属单位 and 工作组 written as people write them (names, not ids). Every row is checked before
 * anything is written; all rows are saved in one transaction, or none, with each bad row's number
 * and field in Chinese. New people get an account waiting for activation (一次性激活链接 or an
 * initial password from 账号管理); existing ones keep their password and state.
 */
import type { ErrorDetail } from '../common/errors.js';
import { stableId } from '../common/ids.js';
import type { Mutation } from '../store/mutations.js';
import type { UserRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { errorReport, type ImportOutcome, type RowError } from './enterprise-import.js';
import { columnIndex, numberedRows, type SheetColumn } from './sheet-columns.js';
import { readSheet, type SheetFormat } from './sheet-file.js';
import { staffRecord } from './staff-record.js';

type StaffField = 'username' | 'name' | 'roles' | 'unit' | 'groups';
const columns: readonly SheetColumn<StaffField>[] = [
  ['username', '用户名', ['账号', '登录名']],
  ['name', '姓名', []],
  ['roles', '角色', []],
  ['unit', '所属单位', ['单位', '部门']],
  ['groups', '工作组', ['办理组', '分组']],
];
export const staffHeaders = columns.map(([, header]) => header);

/** 角色 as offices write them → the platform's staff roles (a platform administrator is never imported). */
const roleNames: Record<string, string> = {
  受理: 'dispatcher',
  企服办: 'dispatcher',
  承办: 'handler',
  承办人员: 'handler',
  办理: 'handler',
  领导: 'leader',
  协调督导: 'coordinator',
  辖区管理员: 'jurisdiction-admin',
  管理员: 'jurisdiction-admin',
};
const staffRoles = new Set(Object.values(roleNames));
const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,39}$/;
const split = (cell: string): string[] =>
  cell
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The jurisdiction's 工作组 (candidate groups of its mechanism), by id with their Chinese names. */
export interface StaffGroup {
  id: string;
  name: string;
}

export async function importStaff(
  store: Pick<Store, 'directory' | 'transact'>,
  jurisdiction: string,
  file: Buffer,
  format: SheetFormat,
  groups: readonly StaffGroup[],
): Promise<ImportOutcome> {
  const sheet = await readSheet(file, format);
  const index = columnIndex(sheet.headers, columns, ['username', 'name', 'roles']);
  const units = await store.directory.orgUnits(jurisdiction);
  const unitByName = new Map(units.map((u) => [u.name, u.id]));
  const groupByName = new Map(groups.flatMap((g) => [[g.name, g.id] as const, [g.id, g.id] as const]));
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  const records: UserRecord[] = [];
  let created = 0;
  for (const { row, f } of numberedRows(sheet.rows, index)) {
    const problems: ErrorDetail[] = [];
    const username = f.username.toLowerCase();
    if (!usernamePattern.test(username))
      problems.push({ path: '/username', reason: '用户名须为 3–40 位小写字母、数字、点、下划线或连字符' });
    const first = seen.get(username);
    if (first) problems.push({ path: '/username', reason: `与第 ${first} 行的用户名重复` });
    else seen.set(username, row);
    const before = usernamePattern.test(username) ? await store.directory.userByUsername(username) : null;
    if (before && before.jurisdiction !== jurisdiction)
      problems.push({ path: '/username', reason: '用户名已被其他辖区使用' });
    if (before?.enterpriseId) problems.push({ path: '/username', reason: '该用户名是企业账号' });
    if (f.name.length < 2 || f.name.length > 20)
      problems.push({ path: '/name', reason: '姓名须为 2–20 个字' });
    const roles = split(f.roles).map((r) => roleNames[r] ?? r);
    const badRole = roles.find((r) => !staffRoles.has(r));
    if (roles.length === 0 || badRole)
      problems.push({
        path: '/roles',
        reason: `角色「${badRole ?? ''}」无法识别，可填：${Object.keys(roleNames).join('、')}`,
      });
    const unitId = f.unit ? unitByName.get(f.unit) : null;
    if (unitId === undefined)
      problems.push({ path: '/unit', reason: `所属单位「${f.unit}」不在组织架构中，请先导入或新建该单位` });
    const groupIds = split(f.groups).map((g) => groupByName.get(g));
    const badGroup = split(f.groups).find((g) => !groupByName.has(g));
    if (badGroup)
      problems.push({
        path: '/groups',
        reason: `工作组「${badGroup}」不存在，可填：${groups.map((g) => g.name).join('、')}`,
      });
    if (problems.length) {
      errors.push({ row, problems });
      continue;
    }
    if (!before) created++;
    const person = {
      id: before?.id ?? stableId('user', jurisdiction, username),
      username,
      displayName: f.name,
      roles,
      groups: groupIds.filter((g): g is string => g !== undefined),
      orgUnitId: unitId ?? null,
    };
    records.push(staffRecord(jurisdiction, person, before));
  }
  const rows = sheet.rows.length;
  if (errors.length) return { ok: false, rows, errors, report: (fmt) => errorReport(sheet, errors, fmt) };
  await store.transact(records.map((record): Mutation => ({ kind: 'user.upsert', record })));
  return { ok: true, rows, created, updated: rows - created };
}
