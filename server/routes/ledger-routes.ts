import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Actor } from '../../runtime/cases/actor.js';
import {
  cursorOf,
  keyOfCursor,
  LedgerNames,
  ledgerPages,
  ledgerQuery,
  ledgerRows,
  ledgerTotal,
  type LedgerFilters,
  type LedgerViewer,
} from '../../runtime/cases/case-ledger.js';
import { newId } from '../../runtime/common/ids.js';
import type { JsonObject } from '../../runtime/common/json.js';
import {
  ledgerPageSchema,
  ledgerQuerySchema,
  newSavedQuerySchema,
  savedQuerySchema,
} from '../../runtime/contract/cases.js';
import { fileOf, noContent, xlsxMediaType } from '../../runtime/contract/common.js';
import { ledgerLabels, writeLedgerWorkbook } from '../../runtime/reports/ledger-workbook.js';
import { contentTypes } from '../../runtime/directory/sheet-file.js';
import { actorOf } from '../auth/authenticate.js';
import { caseScope } from '../auth/permissions.js';
import type { ApiRouter } from '../openapi/api-router.js';
import type { RouteDeps } from './route-deps.js';

const spec = { permission: 'case.ledger', tenant: { param: 'j' }, tag: 'ledger' } as const;
const filterKeys = [
  'caseNumber',
  'enterprise',
  'from',
  'to',
  'requestClass',
  'tier',
  'orgUnitId',
  'rating',
  'channel',
] as const;

/** The filters of a query string (validated by `ledgerQuerySchema`). */
function filtersOf(q: Record<string, string | undefined>): LedgerFilters {
  const filters: LedgerFilters = {};
  for (const key of filterKeys) if (q[key]) filters[key] = q[key];
  if (q.status) filters.status = q.status as LedgerFilters['status'];
  if (q.overdue) filters.overdue = q.overdue === 'true';
  if (q.order) filters.order = q.order as 'newest' | 'oldest';
  return filters;
}

/**
 * 台账: the jurisdiction's cases, filtered, sorted and keyset-paged in the store; its .xlsx export;
 * saved queries. Dispatchers, leaders and admins see every case; a handler only those its unit
 * (and the units below it) handles — enforced here, whatever the query asks.
 */
export function ledgerRoutes(api: ApiRouter, deps: RouteDeps): void {
  const { store, clock, catalog } = deps.platform;

  async function viewerOf(actor: Actor, jurisdiction: string): Promise<LedgerViewer> {
    if (caseScope(actor) === 'jurisdiction') return { jurisdiction, orgUnitIds: null };
    const unit = (await store.directory.user(actor.id))?.orgUnitId ?? null;
    if (unit === null) return { jurisdiction, orgUnitIds: [] };
    const units = await store.directory.orgUnits(jurisdiction);
    const scope = [unit];
    for (let i = 0; i < scope.length; i += 1)
      for (const u of units) if (u.parentId === scope[i] && !scope.includes(u.id)) scope.push(u.id);
    return { jurisdiction, orgUnitIds: scope };
  }

  async function queryOf(req: { params: object; query: object }, actor: Actor) {
    const j = String((req.params as { j: string }).j);
    const { mechanism } = await catalog.current(j);
    const now = clock.now().toISOString();
    const query = await ledgerQuery(
      store,
      await viewerOf(actor, j),
      filtersOf(req.query as Record<string, string>),
      {
        utcOffsetMinutes: mechanism.calendar.utcOffsetMinutes,
        now,
      },
    );
    return { j, mechanism, now, query };
  }

  api.get(
    '/jurisdictions/:j/ledger',
    {
      ...spec,
      summary:
        '台账: cases by number, enterprise (name or credit code), date range, status, class, tier, handling unit, overdue, rating, channel; newest or oldest first, keyset-paged (`cursor` = the previous page’s `next`)',
      query: ledgerQuerySchema,
      response: ledgerPageSchema,
    },
    async (req, res) => {
      const { j, now, query } = await queryOf(req, actorOf(req));
      const q = req.query as Record<string, string>;
      const limit = Math.min(Number(q.limit ?? 50) || 50, 200);
      // the first page counts the matches (up to the cap); keyset pages do not (the client keeps it)
      if (q.cursor) Object.assign(query, { after: keyOfCursor(q.cursor), countTotal: false });
      const page = await store.cases.list({ ...query, limit });
      const items = await ledgerRows(store, j, page.items, now, new LedgerNames(store));
      const last = page.items.at(-1);
      res.json({
        items,
        ...(q.cursor ? { total: null, totalCapped: false } : ledgerTotal(page.total)),
        next: last && page.items.length === limit ? cursorOf(last) : null,
      });
    },
  );

  api.get(
    '/jurisdictions/:j/ledger.xlsx',
    {
      ...spec,
      summary:
        '台账 export: every case of the filtered set as .xlsx (案件编号 first, Chinese headers), streamed',
      query: ledgerQuerySchema,
      response: fileOf(xlsxMediaType),
    },
    async (req, res) => {
      const { j, mechanism, now, query } = await queryOf(req, actorOf(req));
      const day = now.slice(0, 10);
      res.type(contentTypes.xlsx).attachment(`诉求台账-${j}-${day}.xlsx`);
      const out = new PassThrough();
      const sent = pipeline(out, res);
      await writeLedgerWorkbook(
        out,
        ledgerPages(store, query, now),
        ledgerLabels(mechanism),
        mechanism.calendar.utcOffsetMinutes,
      );
      await sent;
    },
  );

  api.get(
    '/jurisdictions/:j/ledger/queries',
    {
      ...spec,
      summary: 'My saved 台账 queries (常用查询), oldest first',
      response: { type: 'array', items: savedQuerySchema },
    },
    async (req, res) => {
      const saved = await store.savedQueries.listForUser(actorOf(req).id, String(req.params.j));
      res.json(saved.map(({ id, name, query, createdAt }) => ({ id, name, query, createdAt })));
    },
  );

  api.post(
    '/jurisdictions/:j/ledger/queries',
    {
      ...spec,
      summary: 'Save a 台账 query under a name (private to me)',
      body: newSavedQuerySchema,
      response: savedQuerySchema,
      status: 201,
    },
    async (req, res) => {
      const body = req.body as { name: string; query: JsonObject };
      const record = {
        id: newId('query'),
        userId: actorOf(req).id,
        jurisdiction: String(req.params.j),
        name: body.name.trim(),
        query: body.query,
        createdAt: clock.now().toISOString(),
      };
      await store.transact([{ kind: 'savedQuery.insert', record }]);
      res
        .status(201)
        .json({ id: record.id, name: record.name, query: record.query, createdAt: record.createdAt });
    },
  );

  api.delete(
    '/jurisdictions/:j/ledger/queries/:id',
    { ...spec, summary: 'Delete one of my saved 台账 queries', response: noContent, status: 204 },
    async (req, res) => {
      await store.transact([
        { kind: 'savedQuery.delete', id: String(req.params.id), userId: actorOf(req).id },
      ]);
      res.status(204).end();
    },
  );
}
