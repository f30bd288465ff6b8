/**
 * Version 5 of the schema: indexes for the exception-case lists (异常件) and per-event-type counts.
 * - `case_events_by_case_type`: index-only EXISTS probes "has this case an event of type T"
 *   (withEventType, countByEventType);
 * - `cases_by_jurisdiction_deadline`: 预警件, open cases whose deadline falls in a window (range scan);
 * - `cases_closed_late`: 超期办结件, only the late-closed cases. Its WHERE must stay term for term the
 *   `closedLateSql` of `sla-outcome.ts`, or SQLite stops using it.
 */
export const schemaV5 = `
CREATE INDEX case_events_by_case_type ON case_events (case_id, type);
CREATE INDEX cases_by_jurisdiction_deadline ON cases (jurisdiction, status, deadline_at);
CREATE INDEX cases_closed_late ON cases (jurisdiction, status, created_at)
  WHERE status = 'closed' AND (answered_at > deadline_at OR (answered_at IS NULL AND closed_at > deadline_at));
`;
