/**
 * 蓟州 三定: "尽快做好“三定”（定经营主体、定责任片区、定服务人员）工作，报送《乡镇（街道）、开发区管委会
 * 为企服务片区划分表》（附件1）及《乡镇（街道）、开发区管委会经营主体统计表》（附件2），确保企业基础数据
 * 完整、准确。" — both tables import from .xlsx into a real SQLite store, all rows or none.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { creditCodeCheckChar } from '../forms/credit-code.js';
import { readSheet, writeSheet } from './sheet-file.js';
import {
  businessEntityHeaders,
  importBusinessEntities,
  importServiceAreas,
  serviceAreaHeaders,
} from './service-area-import.js';

const j = 'jizhou';
const code = (body17: string): string => body17 + creditCodeCheckChar(body17);
const xlsx = (headers: string[], rows: string[][]): Promise<Buffer> => writeSheet({ headers, rows }, 'xlsx');

const areasTable = (): string[][] => [
  ['渔阳镇', '渔阳镇第一片区', '文昌街东至府君路口、西至人民路口', '2', '张明', '副镇长', '13820000001'],
  ['渔阳镇', '渔阳镇第一片区', '文昌街东至府君路口、西至人民路口', '2', '李华', '经发办主任', '022-29140001'],
  ['渔阳镇', '渔阳镇第二片区', '北环工业园', '1', '王强', '科员', '13820000002'],
];
const entity = (area: string, name: string, body17: string, nature = '企业'): string[] => [
  '渔阳镇',
  area,
  name,
  code(body17),
  nature,
  '赵六',
  '13900000000',
];

void describe('三定 import (附件1 片区划分表, 附件2 经营主体统计表)', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sanding-'));
    store = SqliteStore.open({ file: join(dir, 'store.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  void it('附件1 makes the town, its 片区 and their 为企服务人员 (handlers of the first-tier group)', async () => {
    // when the 片区划分表 is imported
    const file = await xlsx(serviceAreaHeaders, areasTable());
    const outcome = await importServiceAreas(store, j, file, 'xlsx', ['town-teams']);
    // then three staff are created under two 片区 of one town
    assert.deepEqual(outcome, { ok: true, rows: 3, created: 3, updated: 0 });
    const units = await store.directory.orgUnits(j);
    const town = units.find((u) => u.kind === 'town');
    assert.equal(town?.name, '渔阳镇');
    assert.deepEqual(
      units
        .filter((u) => u.kind === 'area')
        .map((u) => [u.name, u.parentId])
        .sort(),
      [
        ['渔阳镇第一片区', town?.id],
        ['渔阳镇第二片区', town?.id],
      ],
    );
    const staff = (await store.directory.users(j)).filter((u) => u.username.startsWith('jizhou-'));
    assert.deepEqual(staff.map((u) => u.displayName).sort(), ['张明', '李华', '王强'].sort());
    assert.ok(staff.every((u) => u.groups.includes('town-teams') && u.roles.includes('handler')));
    // and importing it again changes nothing but counts updates
    assert.deepEqual(await importServiceAreas(store, j, file, 'xlsx', ['town-teams']), {
      ok: true,
      rows: 3,
      created: 0,
      updated: 3,
    });
  });

  void it('附件2 registers each 经营主体 in its 片区 and pairs it with that 片区’s staff (定服务人员)', async () => {
    // given the 片区划分表
    await importServiceAreas(store, j, await xlsx(serviceAreaHeaders, areasTable()), 'xlsx', ['town-teams']);
    // when the 经营主体统计表 lists an enterprise, a 个体工商户 and a 合作社
    const rows = [
      entity('渔阳镇第一片区', '天津蓟州金盛机械有限公司', '91120225MA05K1234'),
      entity('渔阳镇第一片区', '蓟州区渔阳镇老王面馆', '92120225MA05K5678', '个体工商户'),
      entity('渔阳镇第二片区', '蓟州区北环蔬菜种植专业合作社', '93120225MA05K9012', '农民专业合作社'),
    ];
    const outcome = await importBusinessEntities(store, j, await xlsx(businessEntityHeaders, rows), 'xlsx');
    assert.deepEqual(outcome, { ok: true, rows: 3, created: 3, updated: 0 });
    // then every 经营主体 is in its 片区, tagged with its nature, and served by that 片区's staff
    const enterprises = await store.directory.enterprises(j);
    const users = new Map((await store.directory.users(j)).map((u) => [u.id, u.displayName]));
    const servedBy = async (name: string): Promise<string[]> => {
      const id = enterprises.find((e) => e.name === name)?.id;
      return (await store.directory.pairings(j))
        .filter((p) => p.enterpriseId === id)
        .map((p) => users.get(p.staffId) ?? '?')
        .sort();
    };
    assert.deepEqual(await servedBy('天津蓟州金盛机械有限公司'), ['张明', '李华'].sort());
    assert.deepEqual(await servedBy('蓟州区北环蔬菜种植专业合作社'), ['王强']);
    assert.deepEqual(enterprises.find((e) => e.name === '蓟州区渔阳镇老王面馆')?.tags, ['个体工商户']);

    // when a later table moves the machinery company to the second 片区
    const moved = [entity('渔阳镇第二片区', '天津蓟州金盛机械有限公司', '91120225MA05K1234')];
    await importBusinessEntities(store, j, await xlsx(businessEntityHeaders, moved), 'xlsx');
    // then its service staff move with it
    assert.deepEqual(await servedBy('天津蓟州金盛机械有限公司'), ['王强']);
  });

  void it('any bad row rejects the whole table and the error report names each row’s problems', async () => {
    // given the 片区划分表, and a 经营主体统计表 with an unknown 片区, a bad check character and a bad nature
    await importServiceAreas(store, j, await xlsx(serviceAreaHeaders, areasTable()), 'xlsx', ['town-teams']);
    const badCode = code('91120225MA05K1234').slice(0, 17) + '0';
    const rows = [
      entity('渔阳镇第一片区', '天津蓟州金盛机械有限公司', '91120225MA05K1234'),
      entity('渔阳镇第九片区', '天津某公司', '91120225MA05K2222'),
      ['渔阳镇', '渔阳镇第一片区', '天津另一公司', badCode, '外资', '钱七', '12345'],
    ];
    const outcome = await importBusinessEntities(store, j, await xlsx(businessEntityHeaders, rows), 'xlsx');
    // then nothing was written
    assert.equal(outcome.ok, false);
    assert.deepEqual(await store.directory.enterprises(j), []);
    if (outcome.ok) return;
    assert.deepEqual(
      outcome.errors.map((e) => [e.row, e.problems.map((p) => p.path)]),
      [
        [3, ['/area']],
        [4, ['/creditCode', '/nature', '/phone']],
      ],
    );
    // and the downloadable report carries an 错误 column with the row's reasons
    const report = await readSheet(await outcome.report('xlsx'), 'xlsx');
    assert.equal(report.headers[0], '错误');
    assert.match(report.rows[1]?.[0] ?? '', /片区 渔阳镇 \/ 渔阳镇第九片区 is not in the 片区划分表/);
    assert.equal(report.rows[0]?.[0], '');
  });

  void it('附件1 refuses a number given to two people, and staff without a mobile or landline', async () => {
    const rows = [
      ...areasTable(),
      ['渔阳镇', '渔阳镇第二片区', '北环工业园', '1', '赵四', '科员', '13820000002'],
      ['渔阳镇', '渔阳镇第二片区', '北环工业园', '1', '孙五', '科员', '88888'],
    ];
    const outcome = await importServiceAreas(store, j, await xlsx(serviceAreaHeaders, rows), 'xlsx', []);
    assert.equal(outcome.ok, false);
    if (!outcome.ok)
      assert.deepEqual(
        outcome.errors.map((e) => [e.row, e.problems.map((p) => p.path)]),
        [
          [5, ['/phone']],
          [6, ['/phone']],
        ],
      );
    assert.deepEqual(await store.directory.orgUnits(j), []);
  });
});
