import type { Request } from 'express';
import { kpiAnnualReport, kpiReport } from '../../runtime/reports/kpi-report.js';
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

const yearQuery = {
  type: 'object',
  required: ['year'],
  properties: { year: { type: 'string', pattern: '^[0-9]{4}$' } },
};

/** KPI reports per jurisdiction, handling unit and month (or year); the .xlsx offices circulate. */
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
        'KPIs of the month per handling unit: received, in progress, closed, on-time rate (classes without a time limit left out), overdue, average and p90 handling and response working days, urgings, escalations per tier, satisfaction rate (未评价 left out and counted on its own), reopen rate; 异常件 counts',
    },
    async (req, res) => {
      res.json(await report(req));
    },
  );
  api.get(
    '/jurisdictions/:j/reports/kpi/annual',
    {
      tag: 'reports',
      permission: 'report.read',
      query: yearQuery,
      summary: '年度考核: the same KPIs per handling unit over the cases received in a calendar year',
    },
    async (req, res) => {
      const j = String(req.params.j);
      assertTenant(actorOf(req), j, 'jurisdiction');
      res.json(await kpiAnnualReport(deps.platform, j, String(req.query.year)));
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
