import { actorOf } from '../auth/authenticate.js';
import { assertTenant } from '../auth/tenant-guard.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';
import { monthlyReport } from '../../runtime/cases/monthly-report.js';
import { exceptionCases, exceptionKinds, type ExceptionKind } from '../../runtime/cases/exception-cases.js';
import { caseSchema, pageOf, paging, pagingQuery } from './schemas.js';

export function reportRoutes(api: ApiRouter, deps: RouteDeps): void {
  api.get(
    '/jurisdictions/:j/reports/monthly',
    {
      summary:
        'Monthly summary (按月分析报送): received, closed, on time, overdue, urgings, escalations, ratings',
      tag: 'reports',
      query: {
        type: 'object',
        required: ['month'],
        properties: { month: { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } },
      },
    },
    async (req, res) => {
      const j = String(req.params.j);
      assertTenant(actorOf(req), j, 'jurisdiction');
      res.json(await monthlyReport(deps.platform, j, String(req.query.month)));
    },
  );
  api.get(
    '/jurisdictions/:j/exceptions',
    {
      summary:
        '异常件 lists: 预警件 (warning), 不满意件 (unsatisfied), 超期办结件 (closed-late), 二次交办件 (reassigned), 领导批示件 (leader-instructed)',
      tag: 'reports',
      query: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { type: 'string', enum: [...exceptionKinds] }, ...pagingQuery },
      },
      response: pageOf(caseSchema),
    },
    async (req, res) => {
      const j = String(req.params.j);
      assertTenant(actorOf(req), j, 'jurisdiction');
      const q = req.query as Record<string, string>;
      res.json(await exceptionCases(deps.platform, j, q.kind as ExceptionKind, paging(q)));
    },
  );
}
