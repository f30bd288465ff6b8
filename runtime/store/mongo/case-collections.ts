import type {
  CaseEventRecord,
  CaseRecord,
  CaseUnitRecord,
  DefinitionVersionRecord,
  DeployedProcessRecord,
  RatingRecord,
  TaskRecord,
} from '../records.js';
import { compositeId, defineDoc } from './document-codec.js';
import { collectionSchema, Mixed } from './mongo-schema.js';

/** Documents of the case side (the SQLite adapter's `case-tables.ts`). */
export const definitionDocs = defineDoc<DefinitionVersionRecord>(
  'definitions',
  {
    jurisdiction: 'plain',
    version: 'plain',
    hash: 'plain',
    bundle: 'json',
    publishedAt: 'plain',
    publishedBy: 'plain',
    note: 'plain',
    rollbackOf: 'plain',
  },
  (r) => compositeId(r.jurisdiction, r.version),
);

export const processDocs = defineDoc<DeployedProcessRecord>(
  'processes',
  {
    processKey: 'plain',
    processId: 'plain',
    version: 'plain',
    resourceName: 'plain',
    hash: 'plain',
    xml: 'plain',
    deployedAt: 'plain',
  },
  (r) => r.processKey,
);

/**
 * Cases carry derived fields so every list filter and summary is a single-collection query (FerretDB
 * v1 has no `$lookup` and no `$expr`): `_closedLate` / `_closedOnTime` (the rule of `sla-outcome.ts`),
 * `_rating` (the level of the case's rating), `_eventTypes` (distinct event types), `_unit` (承办单位),
 * `_respondedAt` (响应: the first `task.claimed` / `task.completed` event, see `responseEventTypes`).
 */
export const responseEventTypes: readonly string[] = ['task.claimed', 'task.completed'];
export const caseDocs = defineDoc<CaseRecord>(
  'cases',
  {
    id: 'plain',
    jurisdiction: 'plain',
    definitionVersion: 'plain',
    processId: 'plain',
    instanceKey: 'plain',
    status: 'plain',
    channel: 'plain',
    title: 'plain',
    enterpriseId: 'plain',
    submittedBy: 'plain',
    requestClass: 'plain',
    tier: 'plain',
    deadlineAt: 'plain',
    deadlineWorkingDays: 'plain',
    slaPausedAt: 'plain',
    answeredAt: 'plain',
    data: 'json',
    createdAt: 'plain',
    updatedAt: 'plain',
    closedAt: 'plain',
    outcome: 'plain',
  },
  (r) => r.id,
);

/** Tasks carry `_case`: the case fields the inbox filters on (request class, tier, channel, enterprise). */
export const taskDocs = defineDoc<TaskRecord>(
  'tasks',
  {
    id: 'plain',
    caseId: 'plain',
    jurisdiction: 'plain',
    instanceKey: 'plain',
    elementId: 'plain',
    name: 'plain',
    formKey: 'plain',
    candidateGroups: 'plain',
    assignee: 'plain',
    status: 'plain',
    createdAt: 'plain',
    dueAt: 'plain',
    completedAt: 'plain',
    completedBy: 'plain',
    result: 'json',
  },
  (r) => r.id,
);

/** Events carry `_seq`, the append order (timeline ties on `at` keep it). */
export const eventDocs = defineDoc<CaseEventRecord>(
  'case_events',
  {
    id: 'plain',
    caseId: 'plain',
    jurisdiction: 'plain',
    at: 'plain',
    actor: 'plain',
    type: 'plain',
    data: 'json',
  },
  (r) => r.id,
);

export const ratingDocs = defineDoc<RatingRecord>(
  'ratings',
  {
    id: 'plain',
    caseId: 'plain',
    jurisdiction: 'plain',
    level: 'plain',
    stars: 'json',
    comment: 'plain',
    auto: 'plain',
    at: 'plain',
    by: 'plain',
    round: 'plain',
  },
  (r) => r.id,
);

/** The case fields copied onto its tasks as `_case`. */
export const caseSchemas = {
  definitions: collectionSchema(
    'definitions',
    {
      jurisdiction: String,
      version: Number,
      hash: String,
      bundle: Mixed,
      publishedAt: String,
      publishedBy: String,
      note: String,
      rollbackOf: Number,
    },
    [{ fields: { jurisdiction: 1, version: -1 } }],
  ),
  processes: collectionSchema(
    'processes',
    {
      processKey: String,
      processId: String,
      version: Number,
      resourceName: String,
      hash: String,
      xml: String,
      deployedAt: String,
    },
    [{ fields: { processId: 1, version: -1 } }, { fields: { processId: 1, hash: 1, version: -1 } }],
  ),
  cases: collectionSchema(
    'cases',
    {
      id: String,
      jurisdiction: String,
      definitionVersion: Number,
      processId: String,
      instanceKey: String,
      status: String,
      channel: String,
      title: String,
      enterpriseId: String,
      submittedBy: String,
      requestClass: String,
      tier: String,
      deadlineAt: String,
      deadlineWorkingDays: Number,
      slaPausedAt: String,
      answeredAt: String,
      data: Mixed,
      createdAt: String,
      updatedAt: String,
      closedAt: String,
      outcome: String,
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
    ],
  ),
  tasks: collectionSchema(
    'tasks',
    {
      id: String,
      caseId: String,
      jurisdiction: String,
      instanceKey: String,
      elementId: String,
      name: String,
      formKey: String,
      candidateGroups: [String],
      assignee: String,
      status: String,
      createdAt: String,
      dueAt: String,
      completedAt: String,
      completedBy: String,
      result: Mixed,
      _case: Mixed,
    },
    [
      { fields: { jurisdiction: 1, status: 1, dueAt: 1, createdAt: 1 } },
      { fields: { candidateGroups: 1, status: 1 } },
      { fields: { assignee: 1, status: 1 } },
      { fields: { caseId: 1 } },
    ],
  ),
  case_events: collectionSchema(
    'case_events',
    {
      id: String,
      caseId: String,
      jurisdiction: String,
      at: String,
      actor: String,
      type: String,
      data: Mixed,
      _seq: Number,
    },
    [{ fields: { caseId: 1, at: 1, _seq: 1 } }, { fields: { jurisdiction: 1, at: 1, type: 1 } }],
  ),
  ratings: collectionSchema(
    'ratings',
    {
      id: String,
      caseId: String,
      jurisdiction: String,
      level: String,
      stars: Mixed,
      comment: String,
      auto: Boolean,
      at: String,
      by: String,
      round: Number,
    },
    [{ fields: { caseId: 1 }, options: { unique: true } }],
  ),
};

/** 承办单位 of each case (also copied onto the case as `_unit`). */
export const caseUnitDocs = defineDoc<CaseUnitRecord>(
  'case_units',
  { caseId: 'plain', jurisdiction: 'plain', orgUnitId: 'plain' },
  (r) => r.caseId,
);

export const caseUnitSchemas = {
  case_units: collectionSchema('case_units', { caseId: String, jurisdiction: String, orgUnitId: String }, []),
};
