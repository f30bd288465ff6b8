/**
 * 三定 (定经营主体、定责任片区、定服务人员) — the two tables every town, street and development zone
 * reports (蓟州 "1+X+28", 附件1 and 附件2), imported all-or-nothing with a per-row error report:
 *
 * - 附件1 《为企服务片区划分表》: one row per 片区 and 为企服务人员 → the town (org unit `town`), its
 *   片区 (`area`, child of the town) and the staff serving it (handlers of the first-tier group).
 * - 附件2 《经营主体统计表》: one row per 经营主体 of a 片区 → the enterprise (area = 片区, tagged with
 *   its 性质) paired with every staff member of that 片区; pairings to another 片区's staff are moved.
 */
import type { ErrorDetail } from '../common/errors.js';
import { stableId } from '../common/ids.js';
import type { Mutation } from '../store/mutations.js';
import type { OrgUnitRecord, PairingRecord, UserRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { creditCodeProblem } from '../forms/credit-code.js';
import { errorReport, type ImportOutcome, type RowError } from './enterprise-import.js';
import { columnIndex, numberedRows, phoneProblem, type SheetColumn } from './sheet-columns.js';
import { readSheet, writeSheet, type SheetFormat } from './sheet-file.js';
import { staffRecord } from './staff-record.js';

type AreaField = 'town' | 'area' | 'scope' | 'entityCount' | 'name' | 'title' | 'phone';
const areaColumns: readonly SheetColumn<AreaField>[] = [
  ['town', '乡镇（街道）', ['乡镇(街道)', '乡镇', '街道', '单位']],
  ['area', '片区名称', ['片区']],
  ['scope', '划分片区范围', ['片区范围']],
  ['entityCount', '片区范围内经营主体数量', ['经营主体数量']],
  ['name', '姓名', ['为企服务人员']],
  ['title', '职务', []],
  ['phone', '联系方式', ['联系方式（手机、座机）', '联系电话']],
];

type EntityField = 'town' | 'area' | 'name' | 'creditCode' | 'nature' | 'principal' | 'phone';
const entityColumns: readonly SheetColumn<EntityField>[] = [
  ['town', '乡镇（街道）', ['乡镇(街道)', '乡镇', '街道', '单位']],
  ['area', '片区名称', ['片区']],
  ['name', '名称', ['经营主体名称', '企业名称']],
  ['creditCode', '统一社会信用代码', ['信用代码']],
  ['nature', '经营主体性质', ['性质']],
  ['principal', '经营主体负责人', ['负责人']],
  ['phone', '联系方式', ['联系电话']],
];

/** 经营主体包含所有企业、个体工商户和农民专业合作社 (附件 注3). */
export const businessEntityNatures = ['企业', '个体工商户', '农民专业合作社'] as const;

export const serviceAreaHeaders = areaColumns.map(([, header]) => header);
export const businessEntityHeaders = entityColumns.map(([, header]) => header);

const townId = (j: string, town: string): string => stableId('ou', j, town);
const areaId = (j: string, town: string, area: string): string => stableId('ou', j, town, area);

/** 附件1: towns, their 片区 and the 为企服务人员 of each (staff log in with their mobile number). */
export async function importServiceAreas(
  store: Pick<Store, 'directory' | 'transact'>,
  jurisdiction: string,
  file: Buffer,
  format: SheetFormat,
  staffGroups: readonly string[],
): Promise<ImportOutcome> {
  const sheet = await readSheet(file, format);
  const index = columnIndex(sheet.headers, areaColumns, ['town', 'area', 'scope', 'name', 'phone']);
  const existingUsers = new Map(
    (await store.directory.users(jurisdiction)).map((u) => [u.username, u] as const),
  );
  const units = new Map<string, OrgUnitRecord>();
  const staff = new Map<string, { record: UserRecord; row: number }>();
  const errors: RowError[] = [];
  let created = 0;
  numberedRows(sheet.rows, index).forEach(({ row, f }) => {
    const problems: ErrorDetail[] = [];
    if (!f.town || f.town.length > 50)
      problems.push({ path: '/town', reason: 'required, at most 50 characters' });
    if (!f.area || f.area.length > 50)
      problems.push({ path: '/area', reason: 'required, at most 50 characters' });
    if (!f.scope || f.scope.length > 200)
      problems.push({ path: '/scope', reason: 'required, at most 200 characters' });
    if (f.entityCount && !/^\d{1,6}$/.test(f.entityCount))
      problems.push({ path: '/entityCount', reason: 'a whole number' });
    if (f.name.length < 2 || f.name.length > 20) problems.push({ path: '/name', reason: 'length 2..20' });
    const phone = f.phone.replace(/\s/g, '');
    const phoneIssue = phoneProblem(phone);
    if (phoneIssue) problems.push({ path: '/phone', reason: phoneIssue });
    const username = `${jurisdiction}-${phone.replace('-', '')}`;
    const same = staff.get(username);
    if (!phoneIssue && same && same.record.displayName !== f.name)
      problems.push({
        path: '/phone',
        reason: `row ${same.row} gives this number to ${same.record.displayName}`,
      });
    else if (!phoneIssue && same && same.record.orgUnitId !== areaId(jurisdiction, f.town, f.area))
      problems.push({ path: '/area', reason: `row ${same.row} already assigns ${f.name} to another 片区` });
    if (problems.length) return void errors.push({ row, problems });
    const town = townId(jurisdiction, f.town);
    const area = areaId(jurisdiction, f.town, f.area);
    units.set(town, { id: town, jurisdiction, parentId: null, name: f.town, kind: 'town' });
    units.set(area, { id: area, jurisdiction, parentId: town, name: f.area, kind: 'area' });
    const before = existingUsers.get(username);
    if (!before && !same) created++;
    staff.set(username, {
      row,
      record: staffRecord(
        jurisdiction,
        {
          id: before?.id ?? stableId('staff', jurisdiction, username),
          username,
          displayName: f.name,
          roles: before?.roles.length ? before.roles : ['handler'],
          groups: [...new Set([...(before?.groups ?? []), ...staffGroups])],
          orgUnitId: area,
        },
        before,
      ),
    });
  });
  const rows = sheet.rows.length;
  if (errors.length) return { ok: false, rows, errors, report: (fmt) => errorReport(sheet, errors, fmt) };
  const mutations: Mutation[] = [
    ...[...units.values()].map((record): Mutation => ({ kind: 'orgUnit.upsert', record })),
    ...[...staff.values()].map(({ record }): Mutation => ({ kind: 'user.upsert', record })),
  ];
  await store.transact(mutations);
  return { ok: true, rows, created, updated: staff.size - created };
}

/** 附件2: each 片区's 经营主体, paired with the 片区's 为企服务人员 (定服务人员). */
export async function importBusinessEntities(
  store: Pick<Store, 'directory' | 'transact'>,
  jurisdiction: string,
  file: Buffer,
  format: SheetFormat,
): Promise<ImportOutcome> {
  const sheet = await readSheet(file, format);
  const index = columnIndex(sheet.headers, entityColumns, ['town', 'area', 'name', 'creditCode', 'nature']);
  const [units, users, pairings, enterprises] = await Promise.all([
    store.directory.orgUnits(jurisdiction),
    store.directory.users(jurisdiction),
    store.directory.pairings(jurisdiction),
    store.directory.enterprises(jurisdiction),
  ]);
  const areaIds = new Set(units.filter((u) => u.kind === 'area').map((u) => u.id));
  const staffOfArea = new Map<string, string[]>();
  const areaOfStaff = new Map<string, string>();
  for (const u of users)
    if (u.orgUnitId && areaIds.has(u.orgUnitId)) {
      staffOfArea.set(u.orgUnitId, [...(staffOfArea.get(u.orgUnitId) ?? []), u.id]);
      areaOfStaff.set(u.id, u.orgUnitId);
    }
  const byCode = new Map(enterprises.map((e) => [e.creditCode, e]));
  const seen = new Map<string, number>();
  const errors: RowError[] = [];
  const mutations: Mutation[] = [];
  let created = 0;
  numberedRows(sheet.rows, index).forEach(({ row, f }) => {
    const problems: ErrorDetail[] = [];
    const area = areaId(jurisdiction, f.town, f.area);
    if (!areaIds.has(area))
      problems.push({
        path: '/area',
        reason: `片区 ${f.town} / ${f.area} is not in the 片区划分表 (import 附件1 first)`,
      });
    else if (!staffOfArea.get(area)?.length)
      problems.push({ path: '/area', reason: `片区 ${f.area} has no 为企服务人员` });
    if (f.name.length < 2 || f.name.length > 100) problems.push({ path: '/name', reason: 'length 2..100' });
    const creditCode = f.creditCode.toUpperCase();
    const codeProblem = creditCodeProblem(creditCode);
    if (codeProblem) problems.push({ path: '/creditCode', reason: codeProblem });
    const first = seen.get(creditCode);
    if (!codeProblem && first)
      problems.push({ path: '/creditCode', reason: `same credit code as row ${first}` });
    else seen.set(creditCode, row);
    if (!(businessEntityNatures as readonly string[]).includes(f.nature))
      problems.push({ path: '/nature', reason: `one of ${businessEntityNatures.join(', ')}` });
    if (f.phone && phoneProblem(f.phone.replace(/\s/g, '')))
      problems.push({ path: '/phone', reason: phoneProblem(f.phone) ?? '' });
    if (problems.length) return void errors.push({ row, problems });
    const before = byCode.get(creditCode);
    if (!before) created++;
    const id = before?.id ?? stableId('ent', jurisdiction, creditCode);
    const tags = [...new Set([...(before?.tags ?? []).filter((t) => !isNature(t)), f.nature])];
    mutations.push({
      kind: 'enterprise.upsert',
      record: {
        id,
        jurisdiction,
        creditCode,
        name: f.name,
        scale: before?.scale ?? null,
        industry: before?.industry ?? null,
        area: f.area,
        tags,
      },
    });
    // 定服务人员: the 片区's staff serve it; pairings with another 片区's staff move with it.
    for (const p of pairings)
      if (p.enterpriseId === id && areaOfStaff.has(p.staffId) && areaOfStaff.get(p.staffId) !== area)
        mutations.push({ kind: 'pairing.delete', record: p });
    for (const staffId of staffOfArea.get(area) ?? [])
      mutations.push({ kind: 'pairing.upsert', record: pairing(jurisdiction, staffId, id) });
  });
  const rows = sheet.rows.length;
  if (errors.length) return { ok: false, rows, errors, report: (fmt) => errorReport(sheet, errors, fmt) };
  await store.transact(mutations);
  return { ok: true, rows, created, updated: rows - created };
}

/** Empty templates of the two tables, in the import layout. */
export function serviceAreaTemplate(table: 'areas' | 'entities', format: SheetFormat): Promise<Buffer> {
  return table === 'areas'
    ? writeSheet({ headers: serviceAreaHeaders, rows: [] }, format, '为企服务片区划分表')
    : writeSheet({ headers: businessEntityHeaders, rows: [] }, format, '经营主体统计表');
}

function isNature(tag: string): boolean {
  return (businessEntityNatures as readonly string[]).includes(tag);
}

function pairing(jurisdiction: string, staffId: string, enterpriseId: string): PairingRecord {
  return { jurisdiction, staffId, enterpriseId };
}
