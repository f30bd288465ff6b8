import type { CaseQuery } from '../store.js';
import { closedLateSql } from './sla-outcome.js';
import { WhereClause } from './where-clause.js';

/** A rating of the case at one of the levels (one rating per case: the unique case_id index). */
const ratedAt =
  'EXISTS (SELECT 1 FROM ratings r WHERE r.case_id = cases.id AND r.level IN (SELECT value FROM json_each(@ratingLevels)))';

/** At least one event of the type: an index-only probe of case_events (case_id, type). */
const hasEvent =
  'EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = cases.id AND e.type = @withEventType)';

/**
 * The WHERE clause of a case list: every given filter, AND-ed. Ranges are half-open [from, to);
 * a NULL deadline fails both deadline bounds; `closedLate: false` is the exact complement of true
 * (IFNULL turns the rule's unknown, e.g. no deadline, into "not late"); an empty `ratingLevels`
 * list matches no case.
 */
export function caseFilter(query: CaseQuery): WhereClause {
  const where = new WhereClause()
    .equals('jurisdiction', 'jurisdiction', query.jurisdiction)
    .equals('status', 'status', query.status)
    .equals('enterprise_id', 'enterpriseId', query.enterpriseId)
    .equals('submitted_by', 'submittedBy', query.submittedBy)
    .equals('request_class', 'requestClass', query.requestClass);
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
    where.and(ratedAt, { ratingLevels: JSON.stringify(query.ratingLevels) });
  }
  if (query.withEventType !== undefined) where.and(hasEvent, { withEventType: query.withEventType });
  return where;
}
