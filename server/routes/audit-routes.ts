import { auditEntrySchema, auditQuerySchema } from '../../runtime/contract/operations.js';
import { actorOf } from '../auth/authenticate.js';
import { isPlatformAdmin } from '../auth/tenant-guard.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';
import { listFilters } from './paging.js';
import { pageOf } from '../../runtime/contract/common.js';

/** The audit log, newest first: a jurisdiction admin reads its tenant's, a platform admin any. */
export function auditRoutes(api: ApiRouter, deps: RouteDeps): void {
  api.get(
    '/audit',
    {
      summary: 'Audit log (append-only): who changed what, when, with before/after of admin edits',
      tag: 'audit',
      permission: 'audit.read',
      tenant: 'own',
      query: auditQuerySchema,
      response: pageOf(auditEntrySchema),
    },
    async (req, res) => {
      const actor = actorOf(req);
      const q = req.query as Record<string, string>;
      const jurisdiction = isPlatformAdmin(actor) ? q.jurisdiction : (actor.jurisdiction ?? '');
      res.json(
        await deps.platform.store.audit.list({
          ...(jurisdiction !== undefined ? { jurisdiction } : {}),
          ...listFilters(q, ['actorId', 'account', 'action', 'from', 'to']),
        }),
      );
    },
  );
}
