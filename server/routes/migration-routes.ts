import type { Request } from 'express';
import type { JsonObject } from '../../runtime/common/json.js';
import type { MigrationInput } from '../../runtime/cases/migration-service.js';
import { NotFoundError } from '../../runtime/common/errors.js';
import { actorOf } from '../auth/authenticate.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';

const version = { type: 'integer', minimum: 1, maximum: 999_999_999 };
const id = { type: 'string', minLength: 1, maxLength: 200 };

const planProperties: JsonObject = {
  fromVersion: version,
  toVersion: version,
  caseIds: { type: 'array', maxItems: 500, items: id },
  /** Only cases with one of these elements active (e.g. the task they are stuck at). */
  elementIds: { type: 'array', maxItems: 100, items: id },
  mappings: {
    type: 'array',
    maxItems: 200,
    items: {
      type: 'object',
      required: ['from', 'to'],
      additionalProperties: false,
      properties: { from: id, to: id },
    },
  },
};

const dryRunBody: JsonObject = {
  type: 'object',
  required: ['fromVersion', 'toVersion'],
  additionalProperties: false,
  properties: planProperties,
};

const migrateBody: JsonObject = {
  ...dryRunBody,
  properties: { ...planProperties, note: { type: 'string', maxLength: 500 } },
};

const problem: JsonObject = {
  type: 'object',
  required: ['elementId', 'code', 'reason'],
  properties: { elementId: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
};

const caseCheck: JsonObject = {
  type: 'object',
  required: ['caseId', 'title', 'activeElements', 'movable', 'problems'],
  properties: {
    caseId: { type: 'string' },
    title: { type: 'string' },
    activeElements: {
      type: 'array',
      items: {
        type: 'object',
        required: ['elementId', 'name'],
        properties: { elementId: { type: 'string' }, name: { type: 'string' } },
      },
    },
    movable: { type: 'boolean' },
    problems: { type: 'array', items: problem },
  },
};

const versionParam = /^[1-9][0-9]{0,8}$/;

/** The tenant named by the path (the router answered another tenant's with 404). */
const jurisdictionOf = (req: Request): string => String(req.params.j);

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
      response: { type: 'object', required: ['count'], properties: { count: { type: 'integer' } } },
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
      response: {
        type: 'object',
        required: ['cases'],
        properties: { cases: { type: 'array', items: caseCheck } },
      },
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
      response: {
        type: 'object',
        required: ['migrated', 'refused'],
        properties: {
          migrated: { type: 'array', items: { type: 'string' } },
          refused: { type: 'array', items: caseCheck },
        },
      },
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      const body = req.body as MigrationInput & { note?: string };
      res.json(await migrations.migrate(j, { ...body, note: body.note?.trim() || null }, actorOf(req)));
    },
  );
}
