import type { CaseRecord, JobRecord, SupervisionOrderRecord, TaskRecord } from './records.js';

/**
 * Which fields an update mutation may change, one list per record for every adapter (platform
 * default); anything else in a patch is ignored. 政策告知书: `policyNoticePatchable` in policy-notices.ts.
 */
export const caseFixedFields = [
  'id',
  'jurisdiction',
  'createdAt',
] as const satisfies readonly (keyof CaseRecord)[];

export const taskPatchable = [
  'assignee',
  'status',
  'completedAt',
  'completedBy',
  'result',
  'dueAt',
  'elementId',
  'name',
  'formKey',
] as const satisfies readonly (keyof TaskRecord)[];

export const jobPatchable = [
  'status',
  'retries',
  'runAfter',
  'error',
  'elementId',
] as const satisfies readonly (keyof JobRecord)[];

export const supervisionOrderPatchable = [
  'status',
  'answeredAt',
  'answeredBy',
  'answer',
  'dueAt',
] as const satisfies readonly (keyof SupervisionOrderRecord)[];
