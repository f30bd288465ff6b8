import type {
  CaseEventRecord,
  CaseRecord,
  DefinitionVersionRecord,
  DeployedProcessRecord,
  RatingRecord,
  TaskRecord,
} from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the case-side tables (DDL in `schema-v1.ts`). */
export const definitionsTable = defineTable<DefinitionVersionRecord>('definitions', {
  jurisdiction: 'text',
  version: 'number',
  hash: 'text',
  bundle: 'json',
  publishedAt: 'text',
  publishedBy: 'text',
  note: 'text',
  rollbackOf: 'number',
});

export const processesTable = defineTable<DeployedProcessRecord>('processes', {
  processKey: 'text',
  processId: 'text',
  version: 'number',
  resourceName: 'text',
  hash: 'text',
  xml: 'text',
  deployedAt: 'text',
});

export const casesTable = defineTable<CaseRecord>('cases', {
  id: 'text',
  jurisdiction: 'text',
  definitionVersion: 'number',
  processId: 'text',
  instanceKey: 'text',
  status: 'text',
  channel: 'text',
  title: 'text',
  enterpriseId: 'text',
  submittedBy: 'text',
  requestClass: 'text',
  tier: 'text',
  deadlineAt: 'text',
  deadlineWorkingDays: 'number',
  slaPausedAt: 'text',
  answeredAt: 'text',
  data: 'json',
  createdAt: 'text',
  updatedAt: 'text',
  closedAt: 'text',
  outcome: 'text',
});

export const tasksTable = defineTable<TaskRecord>('tasks', {
  id: 'text',
  caseId: 'text',
  jurisdiction: 'text',
  instanceKey: 'text',
  elementId: 'text',
  name: 'text',
  formKey: 'text',
  candidateGroups: 'json',
  assignee: 'text',
  status: 'text',
  createdAt: 'text',
  dueAt: 'text',
  completedAt: 'text',
  completedBy: 'text',
  result: 'json',
});

export const eventsTable = defineTable<CaseEventRecord>('case_events', {
  id: 'text',
  caseId: 'text',
  jurisdiction: 'text',
  at: 'text',
  actor: 'text',
  type: 'text',
  data: 'json',
});

export const ratingsTable = defineTable<RatingRecord>('ratings', {
  id: 'text',
  caseId: 'text',
  jurisdiction: 'text',
  level: 'text',
  stars: 'json',
  comment: 'text',
  auto: 'bool',
  at: 'text',
  by: ['rated_by', 'text'],
  round: 'number',
});
