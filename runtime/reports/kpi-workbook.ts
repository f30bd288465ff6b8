import ExcelJS from 'exceljs';
import { inertCell } from '../common/spreadsheet-cell.js';
import type { KpiReport } from './kpi-report.js';
import type { UnitFigures } from './unit-figures.js';

const pct = (v: number | null) => (v === null ? '' : v);
const columns: [string, (u: UnitFigures) => string | number][] = [
  // unit names are admin-written: written inert (formula injection)
  ['单位', (u) => inertCell(u.name)],
  ['受理件数', (u) => u.received],
  ['在办', (u) => u.inProgress],
  ['办结', (u) => u.closed],
  ['退回/不予受理', (u) => u.refused],
  ['按期办结率', (u) => pct(u.onTimeRate)],
  ['超期件数', (u) => u.overdue],
  ['平均办理时长(工作日)', (u) => u.avgHandlingDays ?? ''],
  ['P90办理时长(工作日)', (u) => u.p90HandlingDays ?? ''],
  ['已响应件数', (u) => u.responded],
  ['平均响应时长(工作日)', (u) => u.avgResponseDays ?? ''],
  ['催办次数', (u) => u.urgings],
  ['升级次数', (u) => Object.values(u.escalationsByTier).reduce((a, b) => a + b, 0)],
  ['满意率', (u) => pct(u.satisfactionRate)],
  ['未评价件数', (u) => u.unrated],
  ['二次交办率', (u) => pct(u.reopenRate)],
];
const exceptionNames: Record<string, string> = {
  warning: '预警件',
  unsatisfied: '不满意件',
  'closed-late': '超期办结件',
  reassigned: '二次交办件',
  'leader-instructed': '领导批示件',
};

/** 月度通报: a summary sheet (jurisdiction totals and 异常件 counts) and a per-unit ranking sheet (排名). */
export async function kpiWorkbook(report: KpiReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const summary = book.addWorksheet('汇总');
  const period = report.month.length === 4 ? `${report.month}年度` : report.month;
  summary.addRow([`${period} 企业诉求办理情况通报`]).font = { bold: true, size: 14 };
  summary.addRow([]);
  for (const [header, value] of columns) summary.addRow([header, value(report.total)]);
  for (const [tier, n] of Object.entries(report.total.escalationsByTier))
    summary.addRow([`升级（自${tier}）`, n]);
  summary.addRow([]);
  for (const [kind, n] of Object.entries(report.exceptions))
    summary.addRow([exceptionNames[kind] ?? kind, n]);
  summary.getColumn(1).width = 24;
  const ranking = book.addWorksheet('单位排名', { views: [{ state: 'frozen', ySplit: 1 }] });
  ranking.addRow(['排名', ...columns.map(([h]) => h)]).font = { bold: true };
  report.units.forEach((u, i) => ranking.addRow([i + 1, ...columns.map(([, v]) => v(u))]));
  ranking.columns.forEach((c) => (c.width = 14));
  for (const header of ['按期办结率', '满意率', '二次交办率'])
    ranking.getColumn(columns.findIndex(([h]) => h === header) + 2).numFmt = '0.0%';
  return Buffer.from(await book.xlsx.writeBuffer());
}
