import { NotFoundError } from '../../runtime/common/errors.js';
import { actorOf } from '../auth/authenticate.js';
import { isPlatformAdmin } from '../auth/tenant-guard.js';
import type { ApiRouter } from '../openapi/api-router.js';
import { may } from '../auth/permissions.js';
import type { RouteDeps } from './route-deps.js';
import { arrayOf } from '../../runtime/contract/common.js';
import {
  definitionSchema,
  formResourceSchema,
  jurisdictionSchema,
  versionSummarySchema,
} from '../../runtime/contract/definitions.js';

/** What a jurisdiction publishes: readable by its own users (platform administrators: every one). */
const reader = { permission: 'definition.read', tenant: { param: 'j' }, tag: 'definitions' } as const;

export function jurisdictionRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, catalog } = deps.platform;
  api.get(
    '/jurisdictions',
    {
      permission: 'definition.read',
      tenant: 'own',
      summary: 'Jurisdictions visible to the user, with their current version',
      tag: 'definitions',
      response: arrayOf(jurisdictionSchema),
    },
    async (req, res) => {
      const actor = actorOf(req);
      const ids = (await store.definitions.jurisdictions()).filter(
        (j) => isPlatformAdmin(actor) || j === actor.jurisdiction,
      );
      const list = await Promise.all(
        ids.map(async (id) => {
          const active = await catalog.current(id);
          return { id, name: active.mechanism.name, version: active.version };
        }),
      );
      res.json(list);
    },
  );
  api.get(
    '/jurisdictions/:j/definition',
    {
      ...reader,
      summary:
        "The jurisdiction's current published mechanism, or with `version` one earlier version (a case is read with its own: its rating scale, classes, units)",
      query: {
        type: 'object',
        properties: { version: { type: 'string', pattern: '^[1-9][0-9]{0,8}$' } },
        additionalProperties: false,
      },
      response: definitionSchema,
    },
    async (req, res) => {
      const j = String(req.params.j);
      const version = (req.query as { version?: string }).version;
      const active = version ? await catalog.version(j, Number(version)) : await catalog.current(j);
      res.json({
        jurisdiction: j,
        version: active.version,
        mechanism: active.mechanism,
        forms: [...active.forms.keys()],
      });
    },
  );
  api.get(
    '/jurisdictions/:j/definitions',
    {
      ...reader,
      summary: 'Published versions (immutable), oldest first; admins also get the publishers’ names',
      response: arrayOf(versionSummarySchema),
    },
    async (req, res) => {
      const actor = actorOf(req);
      const j = String(req.params.j);
      const versions = await store.definitions.listVersions(j);
      if (!may(actor, 'definition.edit')) return void res.json(versions);
      const names = new Map<string, string | null>();
      for (const id of new Set(versions.map((v) => v.publishedBy)))
        names.set(id, (await store.directory.user(id))?.displayName ?? null);
      res.json(versions.map((v) => ({ ...v, publishedByName: names.get(v.publishedBy) ?? null })));
    },
  );
  api.get(
    '/jurisdictions/:j/forms/:key',
    {
      ...reader,
      summary: 'A form (JSON Schema + UI schema) of the current version',
      response: formResourceSchema,
    },
    async (req, res) => {
      const j = String(req.params.j);
      const form = (await catalog.current(j)).forms.get(String(req.params.key));
      if (!form) throw new NotFoundError('form not found');
      res.json(form);
    },
  );
}
