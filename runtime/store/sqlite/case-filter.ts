import type { CaseQuery } from '../store.js';
import { closedLateSql } from './sla-outcome.js';
import { WhereClause } from './where-clause.js';
import { caseNumberSearchEnd } from '../case-numbers.js';

/**
 * A rating of the case at one of the levels (one rating per case: the unique case_id index). Driven
 * from the jurisdiction's ratings at those levels (index `ratings_by_level`, migration 9), so the
 * count probes only the matching cases instead of every case of the jurisdiction.
 */
const ratedAt =
  'cases.id IN (SELECT r.case_id FROM ratings r WHERE r.jurisdiction = @jurisdiction AND r.level IN (SELECT value FROM json_each(@ratingLevels)))';

/** At least one event of the type: driven from the jurisdiction's events of that type (`case_events_by_type`). */
const hasEvent =
  'cases.id IN (SELECT e.case_id FROM case_events e WHERE e.jurisdiction = @jurisdiction AND e.type = @withEventType)';

/** 承办单位: driven from the units' case rows (`case_units_by_unit`, migration 30). */
const handledBy =
  'cases.id IN (SELECT u.case_id FROM case_units u WHERE u.jurisdiction = @jurisdiction AND u.org_unit_id IN (SELECT value FROM json_each(@orgUnitIds)))';

/**
 * The same three conditions probed per case (unique `ratings.case_id`, `case_events_by_case_type`,
 * the `case_units` key) for a page that walks the cases newest first: an `IN (…)` list would first
 * collect every match (98,000 不满意 ratings or 25,000 cases of a unit at 1M cases) to return 50.
 */
const probed = {
  ratedAt:
    'EXISTS (SELECT 1 FROM ratings r WHERE r.case_id = cases.id AND r.jurisdiction = @jurisdiction AND r.level IN (SELECT value FROM json_each(@ratingLevels)))',
  hasEvent:
    'EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = cases.id AND e.type = @withEventType AND e.jurisdiction = @jurisdiction)',
  handledBy:
    'EXISTS (SELECT 1 FROM case_units u WHERE u.case_id = cases.id AND u.jurisdiction = @jurisdiction AND u.org_unit_id IN (SELECT value FROM json_each(@orgUnitIds)))',
};
const driving = { ratedAt, hasEvent, handledBy };

/**
 * The WHERE clause of a case list: every given filter, AND-ed. Ranges are half-open [from, to);
 * a NULL deadline fails both deadline bounds; `closedLate: false` is the exact complement of true
 * (IFNULL turns the rule's unknown, e.g. no deadline, into "not late"); an empty `ratingLevels`
 * list matches no case.
 */
export function caseFilter(query: CaseQuery, driveFromMatches = true): WhereClause {
  // With a rating, event or enterprise filter the matching rows drive the query (few rows) and
  // cases are probed by id: `+jurisdiction` keeps the planner from scanning the jurisdiction's
  // cases instead, which it prefers on a database without statistics. (A first page of many
  // matches is cheaper walking the cases newest first, probing each: `driveFromMatches = false`.)
  const driven = driveFromMatches && filtersByMatches(query);
  const sql = driveFromMatches ? driving : probed;
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
  if (query.closedLate === true) where.and(closedLateSql);
  if (query.closedLate === false) where.and(`IFNULL((${closedLateSql}), 0) = 0`);
  if (query.ratingLevels !== undefined) {
    where.and(sql.ratedAt, { ratingLevels: JSON.stringify(query.ratingLevels) });
  }
  if (query.withEventType !== undefined) where.and(sql.hasEvent, { withEventType: query.withEventType });
  return ledgerFilter(query, where, sql.handledBy);
}

/** The 台账's filters (`CaseQuery`: number prefix, channel, tier, enterprises, units, overdue) and keyset. */
function ledgerFilter(query: CaseQuery, where: WhereClause, handledBy: string): WhereClause {
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
  if (query.orgUnitIds !== undefined) where.and(handledBy, { orgUnitIds: JSON.stringify(query.orgUnitIds) });
  if (query.overdue !== undefined && query.overdueAt !== undefined) {
    const late = `((status = 'open' AND deadline_at < @overdueAt) OR (${closedLateSql}))`;
    where.and(query.overdue ? late : `IFNULL(${late}, 0) = 0`, { overdueAt: query.overdueAt });
  }
  return where;
}

/**
 * The keyset condition of a page after `query.after` (added once the total is counted). Spelled with
 * a plain `created_at` bound first: SQLite turns that into an index range (it would not use the row
 * value `(created_at, id) < (…)`, id not being the next index column), so a deep page or an export
 * starts where the last page ended instead of scanning from the top.
 */
export function afterKey(query: CaseQuery, where: WhereClause): WhereClause {
  if (query.after === undefined) return where;
  const [op, orEqual] = query.order === 'oldest' ? ['>', '>='] : ['<', '<='];
  return where.and(
    `created_at ${orEqual} @afterCreated AND (created_at ${op} @afterCreated OR id ${op} @afterId)`,
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

/**
 * The capped count of a query filtered by handling units only, or by rating levels only: counted on
 * the driving rows themselves — one `case_units` row per case (its key) and at most one rating per
 * case (unique `case_id`), each written with its case's jurisdiction — so no case is probed (a
 * handler's own-unit 台账 at 1M cases counted 10,001 of its 25,000 cases by id). Null when any other
 * filter applies.
 */
export function drivingCount(query: CaseQuery): { from: string; where: WhereClause } | null {
  const { orgUnitIds, ratingLevels, ...rest } = query;
  if ((orgUnitIds === undefined) === (ratingLevels === undefined)) return null;
  if (caseFilter(rest).toString() !== caseFilter({ jurisdiction: query.jurisdiction }).toString())
    return null;
  const [from, column, values] =
    orgUnitIds !== undefined
      ? ['case_units', 'org_unit_id', orgUnitIds]
      : ['ratings', 'level', ratingLevels ?? []];
  const where = new WhereClause()
    .equals('jurisdiction', 'jurisdiction', query.jurisdiction)
    .and(`${column} IN (SELECT value FROM json_each(@values))`, { values: JSON.stringify(values) });
  return { from, where };
}
