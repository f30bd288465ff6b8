import { importStaff } from '../../runtime/directory/staff-import.js';
import { noteAudit } from '../http/audit-trail.js';
import type { Request, RequestHandler, Response } from 'express';
import { staffRoles } from '../../runtime/directory/directory-service.js';
import { enterpriseScales } from '../../runtime/directory/enterprise-input.js';
import {
  exportEnterprises,
  importEnterprises,
  type ImportOutcome,
} from '../../runtime/directory/enterprise-import.js';
import {
  importBusinessEntities,
  importServiceAreas,
  serviceAreaTemplate,
} from '../../runtime/directory/service-area-import.js';
import { orgUnitKinds } from '../../runtime/directory/org-unit-tree.js';
import { contentTypes, type SheetFormat } from '../../runtime/directory/sheet-file.js';
import { InputError } from '../../runtime/common/errors.js';
import type { EnterpriseQuery } from '../../runtime/store/store.js';
import type { ApiRouter, Schema } from '../openapi/api-router.js';
import { discardBody, receiveFile } from './file-upload.js';
import { ImportSlots } from './import-slots.js';
import type { RouteDeps } from './route-deps.js';
import { paging } from './paging.js';
import { fileOf, noContent, pageOf, pagingQuery } from '../../runtime/contract/common.js';
import {
  coverageSchema,
  enterpriseSchema,
  importOutcomeSchema,
  orgTreeSchema,
  orgUnitSchema,
  pairingSchema,
  staffSchema,
} from '../../runtime/contract/directory.js';

const str = (max: number) => ({ type: 'string', minLength: 1, maxLength: max });
const orgUnitBody = {
  type: 'object',
  required: ['name', 'kind'],
  additionalProperties: false,
  properties: {
    name: str(100),
    kind: { type: 'string', enum: [...orgUnitKinds] },
    parentId: { type: ['string', 'null'], maxLength: 100 },
  },
};
const staffBody = {
  type: 'object',
  required: ['username', 'displayName', 'roles', 'groups'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', pattern: '^[a-zA-Z0-9._-]{3,64}$' },
    displayName: str(50),
    roles: { type: 'array', maxItems: 5, items: { type: 'string', enum: [...staffRoles] } },
    groups: { type: 'array', maxItems: 50, items: str(64) },
    orgUnitId: { type: ['string', 'null'], maxLength: 100 },
    skills: { type: 'array', maxItems: 30, items: str(50) },
  },
};
const enterpriseBody = {
  type: 'object',
  required: ['creditCode', 'name'],
  additionalProperties: false,
  properties: {
    creditCode: { type: 'string', minLength: 18, maxLength: 18 },
    name: str(100),
    scale: { type: ['string', 'null'], enum: [...enterpriseScales, null] },
    industry: { type: ['string', 'null'], maxLength: 100 },
    area: { type: ['string', 'null'], maxLength: 100 },
    tags: { type: 'array', maxItems: 20, items: str(50) },
  },
};
const pairingBody = {
  type: 'object',
  required: ['staffId', 'enterpriseId'],
  additionalProperties: false,
  properties: { staffId: str(100), enterpriseId: str(100) },
};
const importReportQuery = {
  type: 'object',
  properties: { report: { type: 'string', enum: ['xlsx', 'csv'] } },
};
const formatQuery = { type: 'object', properties: { format: { type: 'string', enum: ['xlsx', 'csv'] } } };

/** The records the directory edits one at a time, with what the API document says of each edit. */
const editSummaries = {
  'org-units': {
    add: 'Add an org unit',
    change: 'Rename or move an org unit',
    remove: 'Remove an org unit without sub-units or staff',
  },
  staff: {
    add: 'Add a staff member',
    change: 'Change a staff member',
    remove: 'Remove a staff member (and their pairings)',
  },
  enterprises: {
    add: 'Add an enterprise (统一社会信用代码 checked, GB 32100-2015)',
    change: 'Change an enterprise',
    remove: 'Remove an enterprise (and its pairings)',
  },
};
type EditableKind = keyof typeof editSummaries;
type SaveMethod = 'saveOrgUnit' | 'saveStaff' | 'saveEnterprise';
type DeleteMethod = 'deleteOrgUnit' | 'deleteStaff' | 'deleteEnterprise';

/** 名录 (directory): org-unit tree, staff with roles and skills, enterprises, pairings and coverage, bulk import/export. */
export function directoryRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, catalog, directory } = deps.platform;
  const tenant = (req: Request) => String(req.params.j);
  const scoped = { tag: 'directory', tenant: { param: 'j' } } as const;
  const read = { ...scoped, permission: 'directory.read' } as const;
  const edit = { ...scoped, permission: 'directory.edit' } as const;
  const readEnterprises = { ...scoped, permission: 'enterprise.read' } as const;
  const base = '/jurisdictions/:j/directory';
  /** The pairing a request body names, in the route's jurisdiction. */
  const pairingOf = (req: Request) => ({
    jurisdiction: tenant(req),
    ...(req.body as { staffId: string; enterpriseId: string }),
  });
  const imports = new ImportSlots();
  const maxUpload = 20 * 1024 * 1024;
  /** An import in the jurisdiction's slot; refused (429) after the upload was read and dropped. */
  const importing = (req: Request, j: string, work: () => Promise<void>) =>
    imports.run(j, work, () => discardBody(req, maxUpload));
  /** A sheet import route's handler: the jurisdiction's slot, the uploaded file, 200 or 422. */
  const importRoute =
    (run: (j: string, file: Buffer, format: SheetFormat) => Promise<ImportOutcome>): RequestHandler =>
    async (req, res) => {
      const j = tenant(req);
      await importing(req, j, async () => {
        const file = await receiveFile(req, res, 'file', maxUpload);
        const format = sheetFormat(file.originalName, file.buffer);
        await sendImportOutcome(req, res, await run(j, file.buffer, format));
      });
    };

  /** POST (201), PUT and DELETE (204) of one kind of directory record, `directory.edit` only. */
  function editable(
    kind: EditableKind,
    body: Schema,
    response: Schema,
    save: SaveMethod,
    remove: DeleteMethod,
  ) {
    const summary = editSummaries[kind];
    api.post(
      `${base}/${kind}`,
      { ...edit, response, summary: summary.add, body, status: 201 },
      async (req, res) => {
        const saved = await directory[save](tenant(req), null, req.body);
        noteAudit(req, { target: saved.id });
        res.status(201).json(saved);
      },
    );
    api.put(`${base}/${kind}/:id`, { ...edit, response, summary: summary.change, body }, async (req, res) => {
      noteAudit(req, { target: String(req.params.id) });
      res.json(await directory[save](tenant(req), String(req.params.id), req.body));
    });
    api.delete(
      `${base}/${kind}/:id`,
      { ...edit, response: noContent, summary: summary.remove, status: 204 },
      async (req, res) => {
        noteAudit(req, { target: String(req.params.id) });
        await directory[remove](tenant(req), String(req.params.id));
        res.status(204).end();
      },
    );
  }

  /** GET of all records of one kind in the jurisdiction (the org tree, the staff), `directory.read`. */
  function listed(kind: 'org-units' | 'staff', response: Schema, summary: string, list: 'orgTree' | 'staff') {
    api.get(`${base}/${kind}`, { ...read, response, summary }, async (req, res) => {
      res.json(await directory[list](tenant(req)));
    });
  }

  listed(
    'org-units',
    orgTreeSchema,
    'Org units as a tree (city / district / town / station / department / team)',
    'orgTree',
  );
  editable('org-units', orgUnitBody, orgUnitSchema, 'saveOrgUnit', 'deleteOrgUnit');

  listed(
    'staff',
    { type: 'array', items: staffSchema },
    'Staff with roles, groups, org unit and skills',
    'staff',
  );
  editable('staff', staffBody, staffSchema, 'saveStaff', 'deleteStaff');
  api.post(
    `${base}/staff/import`,
    {
      ...edit,
      response: importOutcomeSchema,
      summary:
        'Import the staff sheet (multipart `file`, .xlsx or .csv: 用户名, 姓名, 角色, 所属单位, 工作组 by their Chinese names): all rows or none; new people get accounts waiting for activation; on any bad row 422 with each row number and field (or the error report with `report=xlsx|csv`)',
      query: importReportQuery,
    },
    importRoute(async (j, file, format) => {
      const { mechanism } = await catalog.current(j);
      const groups = mechanism.groups.map((g) => ({ id: g.id, name: g.label.zh }));
      return importStaff(store, j, file, format, groups);
    }),
  );

  api.get(
    `${base}/enterprises`,
    {
      ...readEnterprises,
      summary:
        'Enterprises by scale (规上/规下), industry, area (片区), tag, name; `unpaired=true`: no officer paired',
      query: {
        type: 'object',
        properties: {
          scale: { type: 'string', enum: [...enterpriseScales] },
          industry: str(100),
          area: str(100),
          tag: str(50),
          q: str(100),
          unpaired: { type: 'string', enum: ['true', 'false'] },
          ...pagingQuery,
        },
      },
      response: pageOf(enterpriseSchema),
    },
    async (req, res) => {
      const q = req.query as Record<string, string>;
      const query: EnterpriseQuery = { jurisdiction: tenant(req), ...paging(q) };
      if (q.scale) query.scale = q.scale;
      if (q.industry) query.industry = q.industry;
      if (q.area) query.area = q.area;
      if (q.tag) query.tag = q.tag;
      if (q.q) query.nameContains = q.q;
      if (q.unpaired) query.unpaired = q.unpaired === 'true';
      res.json(await directory.enterprises(query));
    },
  );
  api.get(
    `${base}/enterprises/export`,
    {
      ...read,
      response: fileOf('application/octet-stream'),
      summary: 'Export enterprises as .xlsx or .csv (the import layout)',
      query: formatQuery,
    },
    async (req, res) => {
      const format = String(req.query.format ?? 'xlsx') as SheetFormat;
      const file = await exportEnterprises(store, tenant(req), format);
      res.type(contentTypes[format]).attachment(`enterprises.${format}`).send(file);
    },
  );
  api.post(
    `${base}/enterprises/import`,
    {
      ...edit,
      response: importOutcomeSchema,
      summary:
        'Import enterprises from a multipart `file` (.xlsx or .csv): all rows or none. On any bad row: 422; with `report=xlsx|csv` the body is the file with an 错误 column. Beyond the import limits (50,000 rows, 2,000 characters a cell, .xlsx unpacking to 48 MiB): 413 `import_too_large`; while another import of the jurisdiction runs: 429 `import_busy`',
      query: importReportQuery,
    },
    importRoute((j, file, format) => importEnterprises(store, j, file, format)),
  );
  // 三定 (定经营主体、定责任片区、定服务人员): the two tables towns report (蓟州 附件1 / 附件2).
  api.get(
    `${base}/service-areas/template`,
    {
      ...read,
      response: fileOf('application/octet-stream'),
      summary:
        'Empty 三定 table in the import layout: table=areas (附件1 片区划分表) or entities (附件2 经营主体统计表)',
      query: {
        type: 'object',
        required: ['table'],
        properties: { table: { type: 'string', enum: ['areas', 'entities'] }, ...formatQuery.properties },
      },
    },
    async (req, res) => {
      const table = req.query.table === 'entities' ? 'entities' : 'areas';
      const format = String(req.query.format ?? 'xlsx') as SheetFormat;
      const file = await serviceAreaTemplate(table, format);
      res.type(contentTypes[format]).attachment(`sanding-${table}.${format}`).send(file);
    },
  );
  api.post(
    `${base}/service-areas/import`,
    {
      ...edit,
      response: importOutcomeSchema,
      summary:
        'Import 附件1 《为企服务片区划分表》 (multipart `file`): towns, 片区 and 为企服务人员 (handlers of the first-tier group), all rows or none; 422 (or the error report with `report=xlsx|csv`)',
      query: importReportQuery,
    },
    importRoute(async (j, file, format) => {
      const firstTier = (await catalog.current(j)).mechanism.tiers[0];
      return importServiceAreas(store, j, file, format, firstTier ? [firstTier.group] : []);
    }),
  );
  api.post(
    `${base}/business-entities/import`,
    {
      ...edit,
      response: importOutcomeSchema,
      summary:
        'Import 附件2 《经营主体统计表》 (multipart `file`): each 经营主体 in its 片区, paired with the 片区’s staff, all rows or none; 422 (or the error report with `report=xlsx|csv`)',
      query: importReportQuery,
    },
    importRoute((j, file, format) => importBusinessEntities(store, j, file, format)),
  );
  api.get(
    `${base}/enterprises/:id`,
    { ...read, summary: 'One enterprise', response: enterpriseSchema },
    async (req, res) => {
      res.json(await directory.enterprise(tenant(req), String(req.params.id)));
    },
  );
  editable('enterprises', enterpriseBody, enterpriseSchema, 'saveEnterprise', 'deleteEnterprise');

  api.get(
    `${base}/pairings`,
    {
      ...read,
      response: { type: 'array', items: pairingSchema },
      summary: 'Staff ↔ enterprise pairings (结对)',
    },
    async (req, res) => {
      res.json(await store.directory.pairings(tenant(req)));
    },
  );
  api.post(
    `${base}/pairings`,
    {
      ...edit,
      response: pairingSchema,
      summary: 'Pair a staff member with an enterprise',
      body: pairingBody,
      status: 201,
    },
    async (req, res) => {
      const record = pairingOf(req);
      await directory.pair(record);
      res.status(201).json(record);
    },
  );
  api.post(
    `${base}/pairings/delete`,
    {
      ...edit,
      response: pairingSchema,
      summary: 'Remove a pairing',
      body: pairingBody,
    },
    async (req, res) => {
      const record = pairingOf(req);
      await directory.pair(record, true);
      res.json(record);
    },
  );
  api.get(
    `${base}/coverage`,
    {
      ...read,
      response: coverageSchema,
      summary:
        "Pairing coverage: enterprises with no officer, helpers with fewer than `min` enterprises (default: the mechanism's minimum, else 2)",
      query: {
        type: 'object',
        properties: { min: { type: 'string', pattern: '^[0-9]{1,3}$' }, ...pagingQuery },
      },
    },
    async (req, res) => {
      const j = tenant(req);
      const q = req.query as Record<string, string>;
      const { mechanism } = await catalog.current(j);
      const min = q.min ? Number(q.min) : (mechanism.services.pairing?.minEnterprisesPerStaff ?? 2);
      const [unpaired, underloaded] = await Promise.all([
        directory.enterprises({ jurisdiction: j, unpaired: true, ...paging(q) }),
        directory.underloadedStaff(j, min),
      ]);
      res.json({ min, unpairedEnterprises: unpaired, underloadedStaff: underloaded });
    },
  );
}

/** .xlsx files are zip archives ("PK"); anything else must be a .csv by name. */
/** 200 with the counts, or 422: JSON details per row, or (with `report=xlsx|csv`) the file with an 错误 column. */
async function sendImportOutcome(req: Request, res: Response, outcome: ImportOutcome): Promise<void> {
  if (outcome.ok) return void res.json(outcome);
  const report = req.query.report as SheetFormat | undefined;
  if (report)
    return void res
      .status(422)
      .type(contentTypes[report])
      .attachment(`import-errors.${report}`)
      .send(await outcome.report(report));
  res.status(422).json({
    error: {
      code: 'import_rejected',
      message: `共 ${outcome.rows} 行，其中 ${outcome.errors.length} 行有误，未导入任何内容（第 ${outcome.errors.map((e) => e.row).join('、')} 行）`,
      details: outcome.errors.flatMap((e) =>
        e.problems.map((p) => ({ path: `/rows/${e.row}${p.path}`, reason: p.reason })),
      ),
    },
  });
}

function sheetFormat(name: string, file: Buffer): SheetFormat {
  if (file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (/\.csv$/i.test(name)) return 'csv';
  throw new InputError(
    'upload an .xlsx or .csv file',
    [{ path: '/file', reason: 'unsupported file type' }],
    'unsupported_file',
  );
}
