import type * as records from '../records.js';
import { defineTable } from './row-codec.js';

/** Column mapping of the case-side tables (DDL: `sqlite/schema-v1.ts`, `postgres/schema-cases.ts`). */
export const definitionsTable = defineTable<records.DefinitionVersionRecord>('definitions', {
  jurisdiction: 'text',
  version: 'int',
  hash: 'text',
  bundle: 'json',
  publishedAt: 'time',
  publishedBy: 'text',
  note: 'text',
  rollbackOf: 'int',
});

export const processesTable = defineTable<records.DeployedProcessRecord>('processes', {
  processKey: 'text',
  processId: 'text',
  version: 'int',
  resourceName: 'text',
  hash: 'text',
  xml: 'text',
  deployedAt: 'time',
});

export const casesTable = defineTable<records.CaseRecord>('cases', {
  id: 'text',
  jurisdiction: 'text',
  definitionVersion: 'int',
  processId: 'text',
  instanceKey: 'text',
  caseNumber: 'text',
  status: 'text',
  channel: 'text',
  title: 'text',
  enterpriseId: 'text',
  submittedBy: 'text',
  requestClass: 'text',
  tier: 'text',
  deadlineAt: 'time',
  deadlineWorkingDays: 'int',
  slaPausedAt: 'time',
  answeredAt: 'time',
  data: 'json',
  createdAt: 'time',
  updatedAt: 'time',
  closedAt: 'time',
  outcome: 'text',
});

/** The last 案件编号 sequence given per jurisdiction and year (mutation `case.number`). */
export interface CaseNumberCounter {
  jurisdiction: string;
  year: number;
  last: number;
}

export const caseNumberCountersTable = defineTable<CaseNumberCounter>('case_number_counters', {
  jurisdiction: 'text',
  year: 'int',
  last: 'int',
});

export const tasksTable = defineTable<records.TaskRecord>('tasks', {
  id: 'text',
  caseId: 'text',
  jurisdiction: 'text',
  instanceKey: 'text',
  elementId: 'text',
  name: 'text',
  formKey: 'text',
  candidateGroups: 'jsonb',
  assignee: 'text',
  status: 'text',
  createdAt: 'time',
  dueAt: 'time',
  completedAt: 'time',
  completedBy: 'text',
  result: 'json',
});

export const eventsTable = defineTable<records.CaseEventRecord>('case_events', {
  id: 'text',
  caseId: 'text',
  jurisdiction: 'text',
  at: 'time',
  actor: 'text',
  type: 'text',
  data: 'json',
});

export const ratingsTable = defineTable<records.RatingRecord>('ratings', {
  id: 'text',
  caseId: 'text',
  jurisdiction: 'text',
  level: 'text',
  stars: 'json',
  comment: 'text',
  auto: 'bool',
  at: 'time',
  by: ['rated_by', 'text'],
  round: 'int',
});
