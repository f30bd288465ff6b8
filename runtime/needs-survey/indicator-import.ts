import { InputError, type ErrorDetail } from '../common/errors.js';
import type { Mechanism } from '../definitions/mechanism.js';
import type { IndicatorRecord } from '../store/indicators.js';
import type { Store } from '../store/store.js';
import { isMonth } from '../common/calendar-month.js';
import { needsSurveyOf } from './needs-survey.js';

export const maxIndicatorRows = 5000;

/**
 * Imports enterprise monthly figures for the 问需求 programme, all or nothing: every row names an
 * enterprise of the jurisdiction (by id or 统一社会信用代码 `creditCode`), a configured metric, a
 * month `YYYY-MM` and a finite value >= 0; a key may appear once per import. Any bad row refuses the
 * whole import (InputError, one detail per problem, paths `/rows/<i>/<field>`) and writes nothing;
 * otherwise every row is written in one transaction (a known key's value is replaced).
 */
export async function importIndicators(
  store: Pick<Store, 'directory' | 'transact'>,
  mechanism: Mechanism,
  rows: readonly unknown[],
): Promise<{ imported: number }> {
  const { metrics } = needsSurveyOf(mechanism);
  const details: ErrorDetail[] = [];
  if (rows.length === 0 || rows.length > maxIndicatorRows)
    details.push({ path: '/rows', reason: `1 to ${maxIndicatorRows} rows` });
  const records: IndicatorRecord[] = [];
  const seen = new Map<string, number>();
  for (const [i, row] of rows.entries()) {
    const at = (field: string) => `/rows/${i}/${field}`;
    const before = details.length;
    const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>;
    const enterpriseId = await enterpriseOf(store, mechanism.id, r);
    if (!enterpriseId) details.push({ path: at('enterpriseId'), reason: 'no such enterprise here' });
    if (typeof r.metric !== 'string' || !metrics.includes(r.metric))
      details.push({ path: at('metric'), reason: `one of ${metrics.join(', ')}` });
    if (!isMonth(r.month)) details.push({ path: at('month'), reason: 'YYYY-MM' });
    if (typeof r.value !== 'number' || !Number.isFinite(r.value) || r.value < 0)
      details.push({ path: at('value'), reason: 'a finite number >= 0' });
    if (!enterpriseId || details.length > before) continue;
    const record = {
      jurisdiction: mechanism.id,
      enterpriseId,
      metric: r.metric as string,
      month: r.month as string,
      value: r.value as number,
    };
    const key = JSON.stringify([record.enterpriseId, record.metric, record.month]);
    const first = seen.get(key);
    if (first !== undefined)
      details.push({ path: `/rows/${i}`, reason: `same enterprise, metric and month as row ${first}` });
    else seen.set(key, i);
    records.push(record);
  }
  if (details.length) throw new InputError('indicator import refused', details, 'invalid_indicators');
  await store.transact(records.map((record) => ({ kind: 'indicator.upsert' as const, record })));
  return { imported: records.length };
}

async function enterpriseOf(
  store: Pick<Store, 'directory' | 'transact'>,
  jurisdiction: string,
  row: Record<string, unknown>,
) {
  if (typeof row.enterpriseId === 'string') {
    const enterprise = await store.directory.enterprise(row.enterpriseId);
    return enterprise?.jurisdiction === jurisdiction ? enterprise.id : null;
  }
  if (typeof row.creditCode === 'string')
    return (await store.directory.enterpriseByCreditCode(jurisdiction, row.creditCode))?.id ?? null;
  return null;
}
