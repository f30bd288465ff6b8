import type { CaseRecord, JobRecord, SupervisionOrderRecord, TaskRecord } from './records.js';

/**
 * Which fields an update mutation may change, one list per record for every adapter (platform
 * default); anything else in a patch is ignored. 政策告知书: `policyNoticePatchable` in policy-notices.ts.
 */
type Fields<R> = readonly (keyof R & string)[];

/** A case may change anything but these (its 案件编号 is set once, by mutation `case.number`). */
export const caseFixedFields: Fields<CaseRecord> = ['id', 'jurisdiction', 'createdAt', 'caseNumber'];

export const taskPatchable: Fields<TaskRecord> = [
  'assignee',
  'status',
  'completedAt',
  'completedBy',
  'result',
  'dueAt',
  'elementId',
  'name',
  'formKey',
];

export const jobPatchable: Fields<JobRecord> = ['status', 'retries', 'runAfter', 'error', 'elementId'];

/** 督办单: its status, the answer, a new due date. */
export const supervisionOrderPatchable: Fields<SupervisionOrderRecord> = [
  'status',
  'answeredAt',
  'answeredBy',
  'answer',
  'dueAt',
];
