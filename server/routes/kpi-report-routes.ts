import type { Request } from 'express';
import { kpiReport } from '../../runtime/reports/kpi-report.js';
import { kpiWorkbook } from '../../runtime/reports/kpi-workbook.js';
import { contentTypes } from '../../runtime/directory/sheet-file.js';
import { actorOf } from '../auth/authenticate.js';
import { assertTenant } from '../auth/tenant-guard.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';

const monthQuery = {
  type: 'object',
  required: ['month'],
  properties: { month: { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } },
};

/** KPI reports per jurisdiction, handling unit and month; the .xlsx offices circulate. */
export function kpiReportRoutes(api: ApiRouter, deps: RouteDeps): void {
  const report = (req: Request) => {
    const j = String(req.params.j);
    assertTenant(actorOf(req), j, 'jurisdiction');
    return kpiReport(deps.platform, j, String(req.query.month));
  };
  const spec = { tag: 'reports', permission: 'report.read' as const, query: monthQuery };
  api.get(
    '/jurisdictions/:j/reports/kpi',
    {
      ...spec,
      summary:
        'KPIs of the month per handling unit: received, in progress, closed, on-time rate, overdue, average and p90 handling working days, urgings, escalations per tier, satisfaction rate, reopen rate; 异常件 counts',
    },
    async (req, res) => {
      res.json(await report(req));
    },
  );
  api.get(
    '/jurisdictions/:j/reports/kpi.xlsx',
    {
      ...spec,
      summary: 'The month’s KPI report as .xlsx: summary sheet and per-unit ranking sheet (单位排名)',
    },
    async (req, res) => {
      const data = await report(req);
      res
        .type(contentTypes.xlsx)
        .attachment(`kpi-${data.jurisdiction}-${data.month}.xlsx`)
        .send(await kpiWorkbook(data));
    },
  );
}
