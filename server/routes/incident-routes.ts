import { incidentSchema } from '../../runtime/contract/operations.js';
import { actorOf } from '../auth/authenticate.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';

/** Engine incidents of a jurisdiction for its admin, whichever engine runs, and their retry. */
export function incidentRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { incidents } = deps.platform;
  const spec = { tag: 'incidents', permission: 'engine.incidents', tenant: { param: 'j' } } as const;
  api.get(
    '/jurisdictions/:j/incidents',
    {
      ...spec,
      summary:
        'Open engine incidents (a job out of retries, an uncaught BPMN error), newest first, with their case',
      response: { type: 'array', items: incidentSchema },
    },
    async (req, res) => {
      const j = String(req.params.j);
      res.json(await incidents.open(j));
    },
  );
  api.post(
    '/jurisdictions/:j/incidents/:incidentKey/retry',
    {
      ...spec,
      summary:
        'Retry an incident once its cause is fixed: the failed job gets another attempt, the case timeline records who retried',
      response: incidentSchema,
    },
    async (req, res) => {
      const j = String(req.params.j);
      const actor = actorOf(req);
      res.json(await incidents.retry(j, String(req.params.incidentKey), actor));
    },
  );
}
