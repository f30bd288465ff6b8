import type { Response } from 'express';
import { DefinitionError, NotFoundError } from '../../runtime/common/errors.js';
import type { DefinitionVersionRecord } from '../../runtime/store/records.js';
import type { NewJurisdiction } from '../../runtime/definitions/jurisdiction-template.js';
import { unzipPackage, zipPackage } from '../../runtime/definitions/jurisdiction-package.js';
import { fileOf } from '../../runtime/contract/common.js';
import { noteAudit } from '../http/audit-trail.js';
import { receiveFile } from './file-upload.js';
import { jurisdictionOf } from './route-params.js';
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
  jurisdictionStatusSchema,
  newJurisdictionSchema,
  publishResultSchema,
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
      const archived = new Set(
        (await store.jurisdictions.list()).filter((r) => r.status === 'archived').map((r) => r.id),
      );
      const list = await Promise.all(
        ids.map(async (id) => {
          const active = await catalog.current(id);
          const status = archived.has(id) ? ('archived' as const) : ('active' as const);
          return { id, name: active.mechanism.name, version: active.version, status };
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
  jurisdictionAdminRoutes(api, deps);
}

/** 辖区管理 (platform administrators): create, package export and import, archive and restore. */
const manage = { permission: 'jurisdiction.manage', tag: 'definitions' } as const;
const maxPackageBytes = 20 * 1024 * 1024;

/** 201 with the new version, or 422 with the publish gate's located problems (as every publish). */
async function published(res: Response, publishing: Promise<DefinitionVersionRecord>): Promise<void> {
  try {
    const { bundle: _bundle, ...summary } = await publishing;
    res.status(201).json({ ...summary, unchanged: false });
  } catch (e) {
    if (!(e instanceof DefinitionError)) throw e;
    res.status(422).json({ error: { code: e.code, message: e.message, details: e.details } });
  }
}

function jurisdictionAdminRoutes(api: ApiRouter, deps: RouteDeps): void {
  const admin = deps.jurisdictions;
  api.post(
    '/jurisdictions',
    {
      ...manage,
      tenant: 'own',
      summary:
        '新建辖区: a copy of `template` under a new id, names and policy document, published as version 1 through the publish gate (validation, dry run, scenario rehearsal) — with that version or not at all. 409 `jurisdiction_exists`, 400 `invalid_id` / `unknown_template`, 422 `invalid_definition`',
      body: newJurisdictionSchema,
      status: 201,
      response: publishResultSchema,
    },
    async (req, res) => {
      const body = req.body as NewJurisdiction & { template: string };
      noteAudit(req, { jurisdiction: body.id, target: body.id, action: 'jurisdiction.create' });
      await published(res, admin.create(body, body.template, actorOf(req).id));
    },
  );
  api.post(
    '/jurisdictions/import',
    {
      ...manage,
      tenant: 'own',
      summary:
        'Import a jurisdiction package (multipart `file`: a .zip with the layout of definitions/<id>/) under the id in `?id=`, through the publish gate, as version 1 or not at all; 400 `bad_package` naming the file',
      query: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } },
      status: 201,
      response: publishResultSchema,
    },
    async (req, res) => {
      const id = String(req.query.id);
      noteAudit(req, { jurisdiction: id, target: id, action: 'jurisdiction.import' });
      const file = await receiveFile(req, res, 'file', maxPackageBytes);
      await published(res, admin.importPackage(id, unzipPackage(file.buffer), actorOf(req).id));
    },
  );
  api.get(
    '/jurisdictions/:j/package',
    {
      ...manage,
      tenant: { param: 'j' },
      summary:
        'Export the jurisdiction as one .zip with the layout of definitions/<id>/: mechanism, processes, forms, scenarios, README, policy text, directory templates',
      response: fileOf('application/zip'),
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      const zip = zipPackage(await admin.exportPackage(j));
      res.type('application/zip').attachment(`${j}.zip`).send(Buffer.from(zip));
    },
  );
  for (const [action, status] of [
    ['archive', 'archived'],
    ['restore', 'active'],
  ] as const)
    api.post(
      `/jurisdictions/:j/${action}`,
      {
        ...manage,
        tenant: { param: 'j' },
        summary:
          action === 'archive'
            ? '停用: the jurisdiction becomes read-only (no new cases, no new versions); nothing is deleted'
            : '恢复: an archived jurisdiction takes cases and versions again',
        status: 200,
        response: jurisdictionStatusSchema,
      },
      async (req, res) => {
        const record = await admin.setStatus(jurisdictionOf(req), status, actorOf(req).id);
        res.json({ id: record.id, status: record.status });
      },
    );
}
