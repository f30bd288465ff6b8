import type { CaseQuery } from '../store.js';
import { closedLateSql, kpiClosedLateSql } from './sla-outcome.js';
import { WhereClause } from './where-clause.js';
import { caseNumberSearchEnd } from '../case-numbers.js';

/** How a filter spells its rating, event, unit and 超期办结 conditions for the table it runs on. */
interface Vocabulary {
  ratedAt: string;
  /** null: the table answers no event filter (`case_kpi`: `kpiKeys` leaves `withEventType` out). */
  hasEvent: string | null;
  handledBy: string;
  closedLate: string;
}

/**
 * Over `cases`, driven from the matches: a rating of the case at one of the levels (one rating per
 * case: the unique case_id index), from the jurisdiction's ratings at those levels (`ratings_by_level`,
 * migration 9); an event of the type (`case_events_by_type`); 承办单位 from the units' case rows
 * (`case_units_by_unit`, migration 30) — so the count probes only the matching cases.
 */
const driving: Vocabulary = {
  ratedAt:
    'cases.id IN (SELECT r.case_id FROM ratings r WHERE r.jurisdiction = @jurisdiction AND r.level IN (SELECT value FROM json_each(@ratingLevels)))',
  hasEvent:
    'cases.id IN (SELECT e.case_id FROM case_events e WHERE e.jurisdiction = @jurisdiction AND e.type = @withEventType)',
  handledBy:
    'cases.id IN (SELECT u.case_id FROM case_units u WHERE u.jurisdiction = @jurisdiction AND u.org_unit_id IN (SELECT value FROM json_each(@orgUnitIds)))',
  closedLate: closedLateSql,
};

/**
 * The same three conditions probed per case (unique `ratings.case_id`, `case_events_by_case_type`,
 * the `case_units` key) for a page that walks the cases newest first: an `IN (…)` list would first
 * collect every match (98,000 不满意 ratings or 25,000 cases of a unit at 1M cases) to return 50.
 */
const probed: Vocabulary = {
  ratedAt:
    'EXISTS (SELECT 1 FROM ratings r WHERE r.case_id = cases.id AND r.jurisdiction = @jurisdiction AND r.level IN (SELECT value FROM json_each(@ratingLevels)))',
  hasEvent:
    'EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = cases.id AND e.type = @withEventType AND e.jurisdiction = @jurisdiction)',
  handledBy:
    'EXISTS (SELECT 1 FROM case_units u WHERE u.case_id = cases.id AND u.jurisdiction = @jurisdiction AND u.org_unit_id IN (SELECT value FROM json_each(@orgUnitIds)))',
  closedLate: closedLateSql,
};

/**
 * Over `case_kpi` (migrations 9, 37): the unit and the rating level are columns of the case's row. A
 * one-value list is an equality, so the row's index by unit / level seeks it and reads it in creation
 * order (an `IN` list would sort every match).
 */
const oneOf = (column: string, param: string, values: string[] | undefined) =>
  values?.length === 1
    ? `${column} = json_extract(@${param}, '$[0]')`
    : `${column} IN (SELECT value FROM json_each(@${param}))`;
const onKpi = (query: CaseQuery): Vocabulary => ({
  ratedAt: oneOf('level', 'ratingLevels', query.ratingLevels),
  hasEvent: null,
  handledBy: oneOf('org_unit_id', 'orgUnitIds', query.orgUnitIds),
  closedLate: kpiClosedLateSql,
});

/**
 * The table a filter runs on: `cases` driven from the rating / event / unit matches, `cases` probing
 * each case for them (a page walking newest first), or `case_kpi` (see `kpiIndex`).
 */
export type FilterTable = 'matches' | 'cases' | 'kpi';

/**
 * The WHERE clause of a case list: every given filter, AND-ed. Ranges are half-open [from, to);
 * a NULL deadline fails both deadline bounds; `closedLate: false` is the exact complement of true
 * (IFNULL turns the rule's unknown, e.g. no deadline, into "not late"); an empty `ratingLevels`
 * list matches no case.
 */
export function caseFilter(query: CaseQuery, table: FilterTable = 'matches'): WhereClause {
  // With a rating, event or enterprise filter the matching rows drive the query (few rows) and
  // cases are probed by id: `+jurisdiction` keeps the planner from scanning the jurisdiction's
  // cases instead, which it prefers on a database without statistics. (A first page of many
  // matches is cheaper walking the cases newest first, probing each: table `cases`.)
  const driven = table === 'matches' && filtersByMatches(query);
  const sql = table === 'kpi' ? onKpi(query) : table === 'cases' ? probed : driving;
  const where = new WhereClause()
    .equals(driven ? '+jurisdiction' : 'jurisdiction', 'jurisdiction', query.jurisdiction)
    .equals('status', 'status', query.status)
    .equals('enterprise_id', 'enterpriseId', query.enterpriseId)
    .equals('submitted_by', 'submittedBy', query.submittedBy)
    .equals('request_class', 'requestClass', query.requestClass)
    .equals('definition_version', 'definitionVersion', query.definitionVersion);
  if (query.from !== undefined) where.and('created_at >= @from', { from: query.from });
  if (query.to !== undefined) where.and('created_at < @to', { to: query.to });
  if (query.deadlineFrom !== undefined) {
    where.and('deadline_at >= @deadlineFrom', { deadlineFrom: query.deadlineFrom });
  }
  if (query.deadlineTo !== undefined)
    where.and('deadline_at < @deadlineTo', { deadlineTo: query.deadlineTo });
  if (query.closedLate === true) where.and(sql.closedLate);
  if (query.closedLate === false) where.and(`IFNULL((${sql.closedLate}), 0) = 0`);
  if (query.ratingLevels !== undefined) {
    where.and(sql.ratedAt, { ratingLevels: JSON.stringify(query.ratingLevels) });
  }
  if (query.withEventType !== undefined) {
    if (sql.hasEvent === null) throw new Error(`the ${table} table answers no event filter (see kpiKeys)`);
    where.and(sql.hasEvent, { withEventType: query.withEventType });
  }
  return ledgerFilter(query, where, sql);
}

/** The 台账's filters (`CaseQuery`: number prefix, channel, tier, enterprises, units, overdue) and keyset. */
function ledgerFilter(query: CaseQuery, where: WhereClause, sql: Vocabulary): WhereClause {
  where.equals('channel', 'channel', query.channel).equals('tier', 'tier', query.tier);
  if (query.caseNumberPrefix !== undefined)
    where.and('case_number >= @numberFrom AND case_number < @numberTo', {
      numberFrom: query.caseNumberPrefix,
      numberTo: caseNumberSearchEnd(query.caseNumberPrefix),
    });
  if (query.unnumbered) where.and('case_number IS NULL');
  if (query.enterpriseIds !== undefined)
    where.and('enterprise_id IN (SELECT value FROM json_each(@enterpriseIds))', {
      enterpriseIds: JSON.stringify(query.enterpriseIds),
    });
  if (query.orgUnitIds !== undefined)
    where.and(sql.handledBy, { orgUnitIds: JSON.stringify(query.orgUnitIds) });
  if (query.overdue !== undefined && query.overdueAt !== undefined) {
    const late = `((status = 'open' AND deadline_at < @overdueAt) OR (${sql.closedLate}))`;
    where.and(query.overdue ? late : `IFNULL(${late}, 0) = 0`, { overdueAt: query.overdueAt });
  }
  return where;
}

/**
 * The keyset condition of a page after `query.after` (added once the total is counted). Spelled with
 * a plain `created_at` bound first: SQLite turns that into an index range (it would not use the row
 * value `(created_at, id) < (…)`, id not being the next index column), so a deep page or an export
 * starts where the last page ended instead of scanning from the top. `id`: the case id's column.
 */
export function afterKey(query: CaseQuery, where: WhereClause, id = 'id'): WhereClause {
  if (query.after === undefined) return where;
  const [op, orEqual] = query.order === 'oldest' ? ['>', '>='] : ['<', '<='];
  return where.and(
    `created_at ${orEqual} @afterCreated AND (created_at ${op} @afterCreated OR ${id} ${op} @afterId)`,
    { afterCreated: query.after.createdAt, afterId: query.after.id },
  );
}

/**
 * Whether the query filters by ratings, events or enterprises (see `caseFilter`). Enterprises too:
 * with the sampled statistics `PRAGMA optimize` leaves (`analysis_limit`), the planner otherwise
 * scans the jurisdiction's cases for one enterprise's (2.4 s at 1M cases instead of 20 ms).
 */
export function filtersByMatches(query: CaseQuery): boolean {
  return (
    query.ratingLevels !== undefined || query.withEventType !== undefined || query.enterpriseIds !== undefined
  );
}

/** Whether a page of many matches should walk the cases newest first: a rating, event or unit filter. */
export function probesMatches(query: CaseQuery): boolean {
  return filtersByMatches(query) || query.orgUnitIds !== undefined;
}

/** The `CaseQuery` keys `case_kpi` answers with the same meaning (migration 37): filters and paging. */
const kpiKeys: ReadonlySet<string> = new Set<keyof CaseQuery>([
  'jurisdiction',
  'status',
  'requestClass',
  'channel',
  'tier',
  'from',
  'to',
  'deadlineFrom',
  'deadlineTo',
  'closedLate',
  'ratingLevels',
  'orgUnitIds',
  'overdue',
  'overdueAt',
  'order',
  'after',
  'countTotal',
  'countLimit',
  'limit',
  'offset',
]);

/**
 * The `case_kpi` index that answers the query (migration 37) with its filter over `case_kpi`, or null: a handling-unit filter
 * (`case_kpi_by_unit`), else a rating filter (`case_kpi_by_level`), else class + channel + tier +
 * status all given (`case_kpi_by_combination`) — and no filter `case_kpi` lacks (case number,
 * enterprise, submitter, event, definition version). Such a query's count is a seek on index
 * entries alone (no case probed by id); `ordered`: its page also reads the index in creation order
 * (one unit / level), else a page of several units / levels is read from `cases` as before.
 */
export function kpiFilter(query: CaseQuery): { index: string; ordered: boolean; where: WhereClause } | null {
  const found = kpiIndex(query);
  return found && { ...found, where: caseFilter(query, 'kpi') };
}

function kpiIndex(query: CaseQuery): { index: string; ordered: boolean } | null {
  const given = Object.entries(query).filter(([, value]) => value !== undefined);
  if (given.some(([key]) => !kpiKeys.has(key))) return null;
  const { orgUnitIds: units, ratingLevels: levels } = query;
  if (units !== undefined) return { index: 'case_kpi_by_unit', ordered: units.length === 1 };
  if (levels !== undefined) return { index: 'case_kpi_by_level', ordered: levels.length === 1 };
  const combination = [query.requestClass, query.channel, query.tier, query.status];
  if (combination.every((value) => value !== undefined))
    return { index: 'case_kpi_by_combination', ordered: true };
  return null;
}

/** `caseOrderSql` over `case_kpi`, whose case id column is `case_id`. */
export function kpiOrderSql(query: Pick<CaseQuery, 'order'>): string {
  return query.order === 'oldest' ? 'created_at, case_id' : 'created_at DESC, case_id DESC';
}
