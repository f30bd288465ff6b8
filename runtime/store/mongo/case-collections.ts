import { compositeId, docsFor } from './document-codec.js';
import { Mixed, tableSchema } from './mongo-schema.js';
import * as tables from '../sql/case-tables.js';
import { caseUnitsTable } from '../sql/attachment-tables.js';

/** Documents of the case side (fields from `../sql/case-tables.ts`). */
export const definitionDocs = docsFor(tables.definitionsTable, (r) => compositeId(r.jurisdiction, r.version));

export const processDocs = docsFor(tables.processesTable, (r) => r.processKey);

/**
 * Cases carry derived fields so every list filter and summary is a single-collection query (FerretDB
 * v1 has no `$lookup` and no `$expr`): `_closedLate` / `_closedOnTime` (the rule of `sla-outcome.ts`),
 * `_rating` (the level of the case's rating), `_eventTypes` (distinct event types), `_unit` (承办单位),
 * `_respondedAt` (响应: the first `task.claimed` / `task.completed` event, see `responseEventTypes`).
 */
export const responseEventTypes: readonly string[] = ['task.claimed', 'task.completed'];
export const caseDocs = docsFor(tables.casesTable, (r) => r.id);

export const caseNumberCounterDocs = docsFor(tables.caseNumberCountersTable, (r) =>
  compositeId(r.jurisdiction, r.year),
);

/** Tasks carry `_case`: the case fields the inbox filters on (request class, tier, channel, enterprise). */
export const taskDocs = docsFor(tables.tasksTable, (r) => r.id);

/** Events carry `_seq`, the append order (timeline ties on `at` keep it). */
export const eventDocs = docsFor(tables.eventsTable, (r) => r.id);

export const ratingDocs = docsFor(tables.ratingsTable, (r) => r.id);

/** The case fields copied onto its tasks as `_case`. */
export const caseSchemas = {
  definitions: tableSchema(tables.definitionsTable, {}, [{ fields: { jurisdiction: 1, version: -1 } }]),
  processes: tableSchema(tables.processesTable, {}, [
    { fields: { processId: 1, version: -1 } },
    { fields: { processId: 1, hash: 1, version: -1 } },
  ]),
  cases: tableSchema(
    tables.casesTable,
    {
      _closedLate: Boolean,
      _closedOnTime: Boolean,
      _rating: String,
      _eventTypes: [String],
      _unit: String,
      _respondedAt: String,
    },
    [
      { fields: { jurisdiction: 1, createdAt: -1, _id: -1 } },
      { fields: { jurisdiction: 1, status: 1, createdAt: -1 } },
      { fields: { jurisdiction: 1, status: 1, deadlineAt: 1 } },
      { fields: { enterpriseId: 1, createdAt: -1 } },
      { fields: { submittedBy: 1, createdAt: -1 } },
      { fields: { jurisdiction: 1, _eventTypes: 1, createdAt: -1 } },
      // 台账: case-number prefix searches and the ledger's equality filters, newest first
      { fields: { jurisdiction: 1, caseNumber: 1 } },
      { fields: { jurisdiction: 1, channel: 1, createdAt: -1 } },
      { fields: { jurisdiction: 1, tier: 1, createdAt: -1 } },
      { fields: { jurisdiction: 1, requestClass: 1, createdAt: -1 } },
      { fields: { jurisdiction: 1, _unit: 1, createdAt: -1 } },
    ],
  ),
  case_number_counters: tableSchema(tables.caseNumberCountersTable, {}, []),
  tasks: tableSchema(tables.tasksTable, { _case: Mixed }, [
    { fields: { jurisdiction: 1, status: 1, dueAt: 1, createdAt: 1 } },
    { fields: { candidateGroups: 1, status: 1 } },
    { fields: { assignee: 1, status: 1 } },
    { fields: { caseId: 1 } },
    { fields: { completedBy: 1, completedAt: -1 } },
  ]),
  case_events: tableSchema(tables.eventsTable, { _seq: Number }, [
    { fields: { caseId: 1, at: 1, _seq: 1 } },
    { fields: { jurisdiction: 1, at: 1, type: 1 } },
  ]),
  ratings: tableSchema(tables.ratingsTable, {}, [{ fields: { caseId: 1 }, options: { unique: true } }]),
};

/** 承办单位 of each case (also copied onto the case as `_unit`). */
export const caseUnitDocs = docsFor(caseUnitsTable, (r) => r.caseId);

export const caseUnitSchemas = {
  case_units: tableSchema(caseUnitsTable, {}, []),
};
