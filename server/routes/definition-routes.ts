import { readFileSync } from 'node:fs';
import type { Request, Response } from 'express';
import { DefinitionError, NotAllowedError, NotFoundError } from '../../runtime/common/errors.js';
import type { JsonObject } from '../../runtime/common/json.js';
import type { RawDefinitionBundle } from '../../runtime/definitions/definition-bundle.js';
import { jobTypes } from '../../runtime/definitions/job-catalogue.js';
import type { PublishOptions } from '../../runtime/definitions/definition-publisher.js';
import { sharedBlockChanges } from '../../runtime/definitions/shared-blocks.js';
import { problemLocation, validateDefinition } from '../../runtime/definitions/validate/index.js';
import type { DefinitionVersionRecord } from '../../runtime/store/records.js';
import { actorOf } from '../auth/authenticate.js';
import { isPlatformAdmin } from '../auth/tenant-guard.js';
import type { ApiRouter } from '../openapi/api-router.js';
import {
  authoringSchema,
  bundleBodySchema as bundleBody,
  publishResultSchema,
  republishBodySchema as republishBody,
  validationSchema,
  versionRecordSchema,
} from '../../runtime/contract/definitions.js';
import type { RouteDeps } from './route-deps.js';
import { jurisdictionOf } from './route-params.js';

/** A note of only blanks is no note. */
const noteOf = (body: unknown): string | null =>
  (body as { note?: string } | undefined)?.note?.trim() || null;

const versionParam = /^[1-9][0-9]{0,8}$/;

interface BundleBody {
  note?: string;
  mechanism: unknown;
  processes: RawDefinitionBundle['processes'];
  forms: { key: string; schema: JsonObject; ui?: JsonObject }[];
}

function rawBundle(jurisdiction: string, body: BundleBody): RawDefinitionBundle {
  return {
    jurisdiction,
    mechanism: body.mechanism,
    processes: body.processes.map((p) => ({ name: p.name, xml: p.xml })),
    forms: body.forms.map((f) => ({ key: f.key, schema: f.schema, ui: f.ui ?? {} })),
  };
}

/** 422 with one detail per error: an invalid definition is never published. */
function sendInvalid(res: Response, err: DefinitionError): void {
  res.status(422).json({ error: { code: err.code, message: err.message, details: err.details } });
}

/**
 * A jurisdiction's definition editor: `definition.edit` (its administrators, platform
 * administrators) in that tenant, both checked by the router.
 */
const editor = { permission: 'definition.edit', tenant: { param: 'j' }, tag: 'definitions' } as const;

/**
 * The studio's definition editor: read a version's whole bundle, validate a draft with the same
 * checks as `defs:validate`, publish it as a new immutable version (or an older one again: rollback).
 */
export function definitionRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, publisher } = deps.platform;

  async function versionRecord(j: string, raw: string): Promise<DefinitionVersionRecord> {
    const rec = versionParam.test(raw) ? await store.definitions.get(j, Number(raw)) : null;
    if (!rec) throw new NotFoundError('definition version not found');
    return rec;
  }

  async function publish(
    req: Request,
    res: Response,
    raw: RawDefinitionBundle,
    rehearse: boolean,
    options: PublishOptions,
  ): Promise<void> {
    await deps.jurisdictions.assertActive(raw.jurisdiction);
    const before = await store.definitions.latest(raw.jurisdiction);
    try {
      // the gate's inputs: the jurisdiction's scenarios (its folder's or its package's); for a new draft (not a rollback) their rehearsal
      const rec = await deps.jurisdictions.withGate(raw.jurisdiction, rehearse, (checks) =>
        publisher.publish(raw, actorOf(req).id, checks, options),
      );
      const unchanged = before?.version === rec.version;
      res.status(unchanged ? 200 : 201).json({ ...withoutBundle(rec), unchanged });
    } catch (e) {
      if (e instanceof DefinitionError) return sendInvalid(res, e);
      throw e;
    }
  }

  const mechanismSchema = JSON.parse(
    readFileSync(new URL('../../runtime/definitions/mechanism.schema.json', import.meta.url), 'utf8'),
  ) as JsonObject;
  api.get(
    '/definitions/authoring',
    {
      tenant: 'own',
      summary: 'What the studio needs to author definitions: the mechanism JSON Schema and the job types',
      tag: 'definitions',
      permission: 'definition.edit',
      response: authoringSchema,
    },
    (_req, res) => {
      res.json({ mechanismSchema, jobTypes: Object.values(jobTypes) });
    },
  );
  api.get(
    '/jurisdictions/:j/definitions/current',
    {
      ...editor,
      summary: 'The current version with its whole bundle (admins)',
      response: versionRecordSchema,
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      const latest = await store.definitions.latest(j);
      if (!latest) throw new NotFoundError('jurisdiction not found');
      res.json(latest);
    },
  );
  api.get(
    '/jurisdictions/:j/definitions/:version',
    {
      ...editor,
      summary: 'One published version with its whole bundle (admins)',
      response: versionRecordSchema,
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      res.json(await versionRecord(j, String(req.params.version)));
    },
  );
  api.post(
    '/jurisdictions/:j/definitions/validate',
    {
      ...editor,
      summary: 'Validate a draft bundle with the checks of defs:validate; nothing is stored',
      body: bundleBody,
      response: validationSchema,
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      let problems;
      try {
        const found = await deps.jurisdictions.withGate(j, false, ({ samples }) =>
          validateDefinition(rawBundle(j, req.body as BundleBody), samples ? { samples } : {}),
        );
        problems = found.map((p) => ({ ...p, path: problemLocation(p) }));
      } catch (e) {
        if (!(e instanceof DefinitionError)) throw e;
        problems = e.details.map((d) => ({ file: '', path: d.path, reason: d.reason, severity: 'error' }));
      }
      res.json({ valid: !problems.some((p) => p.severity === 'error'), problems });
    },
  );
  api.post(
    '/jurisdictions/:j/definitions',
    {
      ...editor,
      summary:
        'Publish a bundle as a new immutable version; 422 with located errors when invalid, when an expression runs away on sample data, or when it fails a scenario of the jurisdiction',
      body: bundleBody,
      status: 201,
      response: publishResultSchema,
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      const raw = rawBundle(j, req.body as BundleBody);
      if (!isPlatformAdmin(actorOf(req))) {
        // 共享构件 are the platform administrator's: a jurisdiction's bundle carries them unchanged.
        const current = await store.definitions.latest(j);
        const changes = sharedBlockChanges(raw, current?.bundle as unknown as RawDefinitionBundle | null);
        if (changes.length) throw new NotAllowedError('shared building blocks are read-only here', changes);
      }
      await publish(req, res, raw, true, { note: noteOf(req.body) });
    },
  );
  api.post(
    '/jurisdictions/:j/definitions/:version/republish',
    {
      ...editor,
      summary:
        'Rollback: publish an older version again as a new version (exactly its processes, forms and settings)',
      body: republishBody,
      status: 201,
      response: publishResultSchema,
    },
    async (req, res) => {
      const j = jurisdictionOf(req);
      const rec = await versionRecord(j, String(req.params.version));
      // a rollback restores a version that passed the gate when it was published: no rehearsal
      await publish(req, res, rawBundle(j, rec.bundle as unknown as BundleBody), false, {
        note: noteOf(req.body),
        rollbackOf: rec.version,
      });
    },
  );
}

function withoutBundle(rec: DefinitionVersionRecord): Omit<DefinitionVersionRecord, 'bundle'> {
  const { bundle: _bundle, ...rest } = rec;
  return rest;
}
