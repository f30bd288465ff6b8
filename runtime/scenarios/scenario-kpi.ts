/**
 * `expectKpi`: the KPI report a leader reads (monthly evaluation, or the annual roll-up for a
 * year), the jurisdiction total or one handling unit by name; every figure given must equal.
 */
import { kpiAnnualReport, kpiReport } from '../reports/kpi-report.js';
import { mismatch, type ScenarioContext } from './scenario-context.js';
import type { StepBodies } from './scenario.js';

export async function expectKpi(ctx: ScenarioContext, body: StepBodies['expectKpi']): Promise<void> {
  const { period, unit, ...want } = body;
  const deps = ctx.platform;
  const report =
    period.length === 4
      ? await kpiAnnualReport(deps, ctx.jurisdiction, period)
      : await kpiReport(deps, ctx.jurisdiction, period);
  const row = unit === undefined ? report.total : report.units.find((u) => u.name === unit);
  if (!row)
    throw mismatch(
      `KPI ${period}: no unit '${unit}' (units: ${report.units.map((u) => u.name).join(', ') || 'none'})`,
    );
  for (const [field, expected] of Object.entries(want)) {
    const actual = (row as unknown as Record<string, unknown>)[field] ?? null;
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      throw mismatch(
        `KPI ${period} ${unit ?? '合计'} ${field}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`,
        expected,
        actual,
      );
  }
}
