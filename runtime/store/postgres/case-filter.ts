import type { CaseQuery } from '../store.js';
import { closedLateSql } from './sla-outcome.js';
import { WhereClause } from '../sql/where-clause.js';
import { caseNumberSearchEnd } from '../case-numbers.js';

/**
 * The WHERE clause of a case list: every given filter, AND-ed. Ranges are half-open [from, to);
 * a NULL deadline fails both deadline bounds; `closedLate: false` is the exact complement of true
 * (COALESCE turns the rule's unknown, e.g. no deadline, into "not late"); an empty `ratingLevels`
 * list matches no case. Rating and event filters are semi-joins driven from the jurisdiction's
 * matching ratings (`ratings_by_level`) or events (`case_events_by_type`).
 */
export function caseFilter(query: CaseQuery): WhereClause {
  const where = new WhereClause();
  const jurisdiction = where.param(query.jurisdiction);
  where
    .and(`jurisdiction = ${jurisdiction}`)
    .equals('status', query.status)
    .equals('enterprise_id', query.enterpriseId)
    .equals('submitted_by', query.submittedBy)
    .equals('request_class', query.requestClass)
    .equals('definition_version', query.definitionVersion);
  if (query.from !== undefined) where.and(`created_at >= ${where.param(query.from)}`);
  if (query.to !== undefined) where.and(`created_at < ${where.param(query.to)}`);
  if (query.deadlineFrom !== undefined) where.and(`deadline_at >= ${where.param(query.deadlineFrom)}`);
  if (query.deadlineTo !== undefined) where.and(`deadline_at < ${where.param(query.deadlineTo)}`);
  if (query.closedLate === true) where.and(closedLateSql);
  if (query.closedLate === false) where.and(`NOT COALESCE((${closedLateSql}), false)`);
  if (query.ratingLevels !== undefined) {
    const levels = where.param(query.ratingLevels);
    where.and(
      `id IN (SELECT r.case_id FROM ratings r
        WHERE r.jurisdiction = ${jurisdiction} AND r.level = ANY(${levels}::text[]))`,
    );
  }
  if (query.withEventType !== undefined) {
    const type = where.param(query.withEventType);
    where.and(
      `id IN (SELECT e.case_id FROM case_events e
        WHERE e.jurisdiction = ${jurisdiction} AND e.type = ${type})`,
    );
  }
  return ledgerFilter(query, where, jurisdiction);
}

/** The 台账's filters (`CaseQuery`: number prefix, channel, tier, enterprises, units, overdue). */
function ledgerFilter(query: CaseQuery, where: WhereClause, jurisdiction: string): WhereClause {
  where.equals('channel', query.channel).equals('tier', query.tier);
  if (query.caseNumberPrefix !== undefined) {
    const from = where.param(query.caseNumberPrefix);
    where.and(
      `case_number >= ${from} AND case_number < ${where.param(caseNumberSearchEnd(query.caseNumberPrefix))}`,
    );
  }
  if (query.unnumbered) where.and('case_number IS NULL');
  if (query.enterpriseIds !== undefined)
    where.and(`enterprise_id = ANY(${where.param(query.enterpriseIds)}::text[])`);
  if (query.orgUnitIds !== undefined)
    where.and(
      `id IN (SELECT u.case_id FROM case_units u
        WHERE u.jurisdiction = ${jurisdiction} AND u.org_unit_id = ANY(${where.param(query.orgUnitIds)}::text[]))`,
    );
  if (query.overdue !== undefined && query.overdueAt !== undefined) {
    const now = where.param(query.overdueAt);
    const late = `((status = 'open' AND deadline_at < ${now}::timestamptz) OR (${closedLateSql}))`;
    where.and(query.overdue ? late : `NOT COALESCE(${late}, false)`);
  }
  return where;
}
