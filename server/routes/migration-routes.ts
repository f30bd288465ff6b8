import type { MigrationInput } from '../../runtime/cases/migration-service.js';
import { NotFoundError } from '../../runtime/common/errors.js';
import { actorOf } from '../auth/authenticate.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';
import {
  dryRunSchema,
  migrateBodySchema as migrateBody,
  migrationPlanSchema as dryRunBody,
  migrationResultSchema,
  openCasesSchema,
} from '../../runtime/contract/migrations.js';
import { jurisdictionOf } from './route-params.js';

const versionParam = /^[1-9][0-9]{0,8}$/;

/**
 * 迁移: an admin moves a jurisdiction's open cases from one published version to another, after a
 * dry run listing per case what can move and what cannot and why; and how many open cases a version
 * has (shown before publishing over it). Jurisdiction admins of the tenant and platform admins.
 */
export function migrationRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { migrations } = deps.platform;
  const spec = { tag: 'definitions', permission: 'definition.edit', tenant: { param: 'j' } } as const;
  api.get(
    '/jurisdictions/:j/versions/:version/open-cases',
    {
      ...spec,
      summary: 'How many open cases run on a published version',
      response: openCasesSchema,
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      const raw = String(req.params.version);
      if (!versionParam.test(raw)) throw new NotFoundError('definition version not found');
      res.json({ count: await migrations.openCases(j, Number(raw)) });
    },
  );
  api.post(
    '/jurisdictions/:j/migrations/dry-run',
    {
      ...spec,
      summary:
        'Dry run: per open case of fromVersion, its active elements and whether (or why not) it can move to toVersion',
      body: dryRunBody,
      response: dryRunSchema,
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      res.json({ cases: await migrations.dryRun(j, req.body as MigrationInput) });
    },
  );
  api.post(
    '/jurisdictions/:j/migrations',
    {
      ...spec,
      summary:
        'Migrate the movable open cases of fromVersion to toVersion, each atomically; the rest are listed as refused',
      body: migrateBody,
      response: migrationResultSchema,
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      const body = req.body as MigrationInput & { note?: string };
      res.json(await migrations.migrate(j, { ...body, note: body.note?.trim() || null }, actorOf(req)));
    },
  );
}
