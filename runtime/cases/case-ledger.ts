import { InputError } from '../common/errors.js';
import { caseNumberSearch } from '../store/case-numbers.js';
import type { CaseRecord, CaseStatus } from '../store/records.js';
import type { CaseKey, CaseQuery, Store } from '../store/store.js';

/** The repositories the 台账 reads. */
type LedgerStore = Pick<Store, 'cases' | 'directory'>;

/** 台账 filters as the API takes them (every one optional; dates are local YYYY-MM-DD, `to` inclusive). */
export interface LedgerFilters {
  caseNumber?: string;
  /** Enterprise name (contains) or 统一社会信用代码 (exact). */
  enterprise?: string;
  from?: string;
  to?: string;
  status?: CaseStatus;
  requestClass?: string;
  tier?: string;
  orgUnitId?: string;
  overdue?: boolean;
  rating?: string;
  channel?: string;
  order?: 'newest' | 'oldest';
}

/** Who asks: a handler sees only the cases its unit handles (`orgUnitIds`); others every case. */
export interface LedgerViewer {
  jurisdiction: string;
  /** null: the whole jurisdiction. */
  orgUnitIds: string[] | null;
}

/** One 台账 row: the case and its columns' facts, ids beside the names the screens show. */
export interface LedgerRow {
  id: string;
  caseNumber: string | null;
  title: string;
  status: CaseStatus;
  channel: string;
  requestClass: string | null;
  tier: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  orgUnitId: string | null;
  orgUnitName: string | null;
  ratingLevel: string | null;
  deadlineAt: string | null;
  createdAt: string;
  closedAt: string | null;
  overdue: boolean;
}

const creditCode = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const day = /^\d{4}-\d{2}-\d{2}$/;

/** The local day's first instant (ISO) in the jurisdiction's offset; `plusDays` moves it. */
function localDayStart(date: string, utcOffsetMinutes: number, path: string, plusDays = 0): string {
  const at = Date.parse(`${date}T00:00:00.000Z`);
  if (!day.test(date) || Number.isNaN(at))
    throw new InputError(`${path} must be a date YYYY-MM-DD`, [{ path, reason: 'date' }]);
  return new Date(at + plusDays * 86_400_000 - utcOffsetMinutes * 60_000).toISOString();
}

/** A first page counts its matches up to this many, then says "10000+" (platform default, issue 15). */
export const ledgerCountCap = 10_000;

/** The first page's count as the API gives it: at most the cap, and whether more matched. */
export function ledgerTotal(counted: number): { total: number; totalCapped: boolean } {
  return counted > ledgerCountCap
    ? { total: ledgerCountCap, totalCapped: true }
    : { total: counted, totalCapped: false };
}

/** The store query of a 台账 request: filters resolved (enterprise text → ids), the viewer's scope. */
export async function ledgerQuery(
  store: LedgerStore,
  viewer: LedgerViewer,
  filters: LedgerFilters,
  context: { utcOffsetMinutes: number; now: string },
): Promise<CaseQuery> {
  const { jurisdiction } = viewer;
  const query: CaseQuery = {
    jurisdiction,
    order: filters.order ?? 'newest',
    countLimit: ledgerCountCap + 1,
  };
  if (filters.caseNumber) {
    const prefix = caseNumberSearch(filters.caseNumber);
    if (prefix === null)
      throw new InputError('caseNumber must be the start of a case number', [
        { path: '/caseNumber', reason: 'case_number' },
      ]);
    query.caseNumberPrefix = prefix;
  }
  if (filters.enterprise?.trim())
    query.enterpriseIds = await enterpriseIds(store, jurisdiction, filters.enterprise.trim());
  if (filters.from) query.from = localDayStart(filters.from, context.utcOffsetMinutes, '/from');
  if (filters.to) query.to = localDayStart(filters.to, context.utcOffsetMinutes, '/to', 1);
  if (filters.status) query.status = filters.status;
  if (filters.requestClass) query.requestClass = filters.requestClass;
  if (filters.tier) query.tier = filters.tier;
  if (filters.channel) query.channel = filters.channel;
  if (filters.rating) query.ratingLevels = [filters.rating];
  if (filters.overdue !== undefined)
    Object.assign(query, { overdue: filters.overdue, overdueAt: context.now });
  const units = filters.orgUnitId ? [filters.orgUnitId] : null;
  const scope = viewer.orgUnitIds;
  if (scope !== null) query.orgUnitIds = units ? units.filter((u) => scope.includes(u)) : scope;
  else if (units) query.orgUnitIds = units;
  return query;
}

async function enterpriseIds(store: LedgerStore, jurisdiction: string, text: string): Promise<string[]> {
  if (creditCode.test(text.toUpperCase())) {
    const found = await store.directory.enterpriseByCreditCode(jurisdiction, text.toUpperCase());
    return found ? [found.id] : [];
  }
  const page = await store.directory.enterpriseList({ jurisdiction, nameContains: text, limit: 500 });
  return page.items.map((e) => e.id);
}

/** The keyset cursor after a case (opaque to clients: base64url JSON). */
export function cursorOf(kase: Pick<CaseRecord, 'createdAt' | 'id'>): string {
  return Buffer.from(JSON.stringify([kase.createdAt, kase.id])).toString('base64url');
}

export function keyOfCursor(cursor: string): CaseKey {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string') return { createdAt, id };
  } catch {
    // reported below
  }
  throw new InputError('cursor is not one this list gave', [{ path: '/cursor', reason: 'cursor' }]);
}

/** Ledger rows of cases: handling unit and rating read in one batch, names from the directory. */
export async function ledgerRows(
  store: LedgerStore,
  jurisdiction: string,
  cases: readonly CaseRecord[],
  now: string,
  names: LedgerNames,
): Promise<LedgerRow[]> {
  const facts = await store.cases.ledgerFacts(cases.map((c) => c.id));
  const rows: LedgerRow[] = [];
  for (const kase of cases) {
    const fact = facts[kase.id] ?? { orgUnitId: null, ratingLevel: null };
    rows.push({
      id: kase.id,
      caseNumber: kase.caseNumber,
      title: kase.title,
      status: kase.status,
      channel: kase.channel,
      requestClass: kase.requestClass,
      tier: kase.tier,
      enterpriseId: kase.enterpriseId,
      enterpriseName: kase.enterpriseId ? await names.enterprise(jurisdiction, kase.enterpriseId) : null,
      orgUnitId: fact.orgUnitId,
      orgUnitName: fact.orgUnitId ? await names.unit(jurisdiction, fact.orgUnitId) : null,
      ratingLevel: fact.ratingLevel,
      deadlineAt: kase.deadlineAt,
      createdAt: kase.createdAt,
      closedAt: kase.closedAt,
      overdue: isOverdue(kase, now),
    });
  }
  return rows;
}

/** Enterprise and unit names, each read once per request (an export names thousands of rows). */
export class LedgerNames {
  readonly #enterprises = new Map<string, string | null>();
  #units: Map<string, string> | null = null;

  constructor(private readonly store: LedgerStore) {}

  async enterprise(_jurisdiction: string, id: string): Promise<string | null> {
    if (!this.#enterprises.has(id))
      this.#enterprises.set(id, (await this.store.directory.enterprise(id))?.name ?? null);
    return this.#enterprises.get(id) ?? null;
  }

  async unit(jurisdiction: string, id: string): Promise<string | null> {
    this.#units ??= new Map((await this.store.directory.orgUnits(jurisdiction)).map((u) => [u.id, u.name]));
    return this.#units.get(id) ?? null;
  }
}

/** 超期: open past its deadline at `now`, or closed with the answer (else the closing) after it. */
function isOverdue(kase: CaseRecord, now: string): boolean {
  if (kase.deadlineAt === null) return false;
  if (kase.status === 'open') return kase.deadlineAt < now;
  const answered = kase.answeredAt ?? kase.closedAt;
  return kase.status === 'closed' && answered !== null && answered > kase.deadlineAt;
}

/** Every row of a 台账 query, page by page along the keyset (the export's source). */
export async function* ledgerPages(
  store: LedgerStore,
  query: CaseQuery,
  now: string,
  pageSize = 500,
): AsyncGenerator<LedgerRow[]> {
  const names = new LedgerNames(store);
  let after: CaseKey | undefined;
  for (;;) {
    const page = await store.cases.list({
      ...query,
      ...(after ? { after } : {}),
      countTotal: false,
      limit: pageSize,
    });
    if (page.items.length > 0) yield await ledgerRows(store, query.jurisdiction, page.items, now, names);
    const last = page.items.at(-1);
    if (!last || page.items.length < pageSize) return;
    after = { createdAt: last.createdAt, id: last.id };
  }
}
