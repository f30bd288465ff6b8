import type { Writable } from 'node:stream';
import { deadlineText } from '../common/deadline-text.js';
import type { LedgerRow } from '../cases/case-ledger.js';
import { inertCell } from '../common/spreadsheet-cell.js';
import type { Mechanism } from '../definitions/mechanism.js';
import { writeXlsxSheet } from './xlsx-stream.js';

/** Code → Chinese name of the columns the mechanism names (class, tier, channel, rating). */
export interface LedgerLabels {
  status: Record<string, string>;
  requestClass: Record<string, string>;
  tier: Record<string, string>;
  channel: Record<string, string>;
  rating: Record<string, string>;
}

/** The export's names from the case's mechanism: its classes, tiers, channels and rating levels. */
export function ledgerLabels(mechanism: Mechanism): LedgerLabels {
  const zh = (items: { id: string; label: { zh: string } }[]) =>
    Object.fromEntries(items.map((i) => [i.id, i.label.zh]));
  return {
    status: { open: '办理中', closed: '已办结', refused: '不予受理' },
    requestClass: zh(mechanism.requestClasses),
    tier: zh(mechanism.tiers),
    channel: zh(mechanism.channels),
    rating: zh(mechanism.evaluation.levels),
  };
}

/** Local "YYYY-MM-DD HH:mm" of an instant in the jurisdiction's offset. */
function localTime(iso: string | null, utcOffsetMinutes: number): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + utcOffsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

const name = (labels: Record<string, string>, code: string | null) => (code ? (labels[code] ?? code) : '');

/** 台账 columns, case number first; admin- and enterprise-written texts are written inert (formula injection). */
function columns(labels: LedgerLabels, offset: number): [string, number, (r: LedgerRow) => string][] {
  return [
    ['案件编号', 20, (r) => r.caseNumber ?? ''],
    ['诉求标题', 40, (r) => inertCell(r.title)],
    ['企业', 30, (r) => inertCell(r.enterpriseName ?? '')],
    ['诉求类别', 14, (r) => name(labels.requestClass, r.requestClass)],
    ['办理层级', 14, (r) => name(labels.tier, r.tier)],
    ['受理渠道', 16, (r) => name(labels.channel, r.channel)],
    ['状态', 10, (r) => name(labels.status, r.status)],
    ['是否超期', 10, (r) => (r.overdue ? '超期' : '')],
    ['承办单位', 24, (r) => inertCell(r.orgUnitName ?? '')],
    ['办理期限', 20, (r) => deadlineText(r.deadlineAt, offset)],
    ['受理时间', 18, (r) => localTime(r.createdAt, offset)],
    ['办结时间', 18, (r) => localTime(r.closedAt, offset)],
    ['评价', 12, (r) => name(labels.rating, r.ratingLevel)],
  ];
}

/**
 * The 台账 export (.xlsx) streamed to `out` (`writeXlsxSheet`): rows come page by page from `pages`
 * and are zipped as they are written, so memory stays flat over 100,000 rows.
 */
export async function writeLedgerWorkbook(
  out: Writable,
  pages: AsyncIterable<LedgerRow[]>,
  labels: LedgerLabels,
  utcOffsetMinutes: number,
): Promise<number> {
  const cols = columns(labels, utcOffsetMinutes);
  async function* cells() {
    for await (const page of pages) yield page.map((row) => cols.map(([, , value]) => value(row)));
  }
  const sheet = { name: '诉求台账', columns: cols.map(([header, width]) => ({ header, width })) };
  return writeXlsxSheet(out, sheet, cells());
}
