import type { Request } from 'express';
import { exceptionCases, exceptionKinds, type ExceptionKind } from '../../runtime/cases/exception-cases.js';
import { monthlyReport } from '../../runtime/cases/monthly-report.js';
import { pairingCoverage } from '../../runtime/cases/pairing-coverage.js';
import { contentTypes } from '../../runtime/directory/sheet-file.js';
import { kpiAnnualReport, kpiReport } from '../../runtime/reports/kpi-report.js';
import { kpiWorkbook } from '../../runtime/reports/kpi-workbook.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';
import { paging } from './paging.js';
import { fileOf, pageOf, pagingQuery, xlsxMediaType } from '../../runtime/contract/common.js';
import { caseSchema } from '../../runtime/contract/cases.js';
import {
  kpiReportSchema,
  monthlyReportSchema,
  pairingCoverageSchema,
} from '../../runtime/contract/reports.js';

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

/**
 * A jurisdiction's reports (统计报表): the monthly summary, 异常件 lists, KPIs per handling unit and
 * month or year (and the .xlsx offices circulate), pairing coverage.
 */
export function reportRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, catalog } = deps.platform;
  const jurisdiction = (req: Request) => String(req.params.j);
  const kpi = (req: Request) => kpiReport(deps.platform, jurisdiction(req), String(req.query.month));
  const spec = { tag: 'reports', permission: 'report.read', tenant: { param: 'j' } } as const;

  api.get(
    '/jurisdictions/:j/reports/monthly',
    {
      ...spec,
      summary:
        'Monthly summary (按月分析报送): received, closed, on time, overdue, urgings, escalations, ratings',
      query: monthQuery,
      response: monthlyReportSchema,
    },
    async (req, res) => {
      res.json(await monthlyReport(deps.platform, jurisdiction(req), String(req.query.month)));
    },
  );
  api.get(
    '/jurisdictions/:j/exceptions',
    {
      ...spec,
      summary:
        '异常件 lists: 预警件 (warning), 不满意件 (unsatisfied), 超期办结件 (closed-late), 二次交办件 (reassigned), 领导批示件 (leader-instructed)',
      query: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string', enum: [...exceptionKinds] }, ...pagingQuery },
      },
      response: pageOf(caseSchema),
    },
    async (req, res) => {
      const q = req.query as Record<string, string>;
      res.json(await exceptionCases(deps.platform, jurisdiction(req), q.kind as ExceptionKind, paging(q)));
    },
  );
  api.get(
    '/jurisdictions/:j/reports/kpi',
    {
      ...spec,
      query: monthQuery,
      response: kpiReportSchema,
      summary:
        'KPIs of the month per handling unit: received, in progress, closed, on-time rate (classes without a time limit left out), overdue, average and p90 handling and response working days, urgings, escalations per tier, satisfaction rate (未评价 left out and counted on its own), reopen rate; 异常件 counts',
    },
    async (req, res) => {
      res.json(await kpi(req));
    },
  );
  api.get(
    '/jurisdictions/:j/reports/kpi/annual',
    {
      ...spec,
      query: yearQuery,
      response: kpiReportSchema,
      summary: '年度考核: the same KPIs per handling unit over the cases received in a calendar year',
    },
    async (req, res) => {
      res.json(await kpiAnnualReport(deps.platform, jurisdiction(req), String(req.query.year)));
    },
  );
  api.get(
    '/jurisdictions/:j/reports/kpi.xlsx',
    {
      ...spec,
      query: monthQuery,
      response: fileOf(xlsxMediaType),
      summary: 'The month’s KPI report as .xlsx: summary sheet and per-unit ranking sheet (单位排名)',
    },
    async (req, res) => {
      const data = await kpi(req);
      res
        .type(contentTypes.xlsx)
        .attachment(`kpi-${data.jurisdiction}-${data.month}.xlsx`)
        .send(await kpiWorkbook(data));
    },
  );
  api.get(
    '/jurisdictions/:j/reports/pairing',
    {
      ...spec,
      summary: '结对覆盖: unpaired enterprises, staff below the minimum, 规上 coverage',
      response: pairingCoverageSchema,
    },
    async (req, res) => {
      const j = jurisdiction(req);
      const { mechanism } = await catalog.current(j);
      const [enterprises, staff, pairings] = await Promise.all([
        store.directory.enterprises(j),
        store.directory.users(j),
        store.directory.pairings(j),
      ]);
      res.json(pairingCoverage(mechanism, enterprises, staff, pairings));
    },
  );
}
