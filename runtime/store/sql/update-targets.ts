import { caseFixedFields, jobPatchable, supervisionOrderPatchable, taskPatchable } from '../patchable.js';
import { policyNoticePatchable, type PolicyNoticeRecord } from '../policy-notices.js';
import type { CaseRecord, JobRecord, SupervisionOrderRecord, TaskRecord } from '../records.js';
import { casesTable, tasksTable } from './case-tables.js';
import { jobsTable } from './engine-tables.js';
import { policyNoticesTable } from './policy-notice-tables.js';
import { deliveriesTable } from './message-tables.js';
import { deliveryPatchable, type DeliveryRecord } from '../messages.js';
import type { TableCodec } from './row-codec.js';
import { supervisionOrdersTable } from './supervision-tables.js';

/** A row an update mutation patches by key (each adapter's `updateByKey` runs it). */
export interface UpdateTarget<R> {
  codec: TableCodec<R>;
  keyColumn: string;
  /** Fields a patch may change; anything else in the patch object is ignored. */
  patchable: readonly (keyof R & string)[];
  /** For the NotFoundError message, e.g. `case`. */
  noun: string;
}

export const caseTarget: UpdateTarget<CaseRecord> = {
  codec: casesTable,
  keyColumn: 'id',
  patchable: casesTable.fields.filter(
    (f): f is keyof CaseRecord & string => !(caseFixedFields as readonly string[]).includes(f),
  ),
  noun: 'case',
};

export const taskTarget: UpdateTarget<TaskRecord> = {
  codec: tasksTable,
  keyColumn: 'id',
  patchable: taskPatchable,
  noun: 'task',
};

export const jobTarget: UpdateTarget<JobRecord> = {
  codec: jobsTable,
  keyColumn: 'job_key',
  patchable: jobPatchable,
  noun: 'job',
};

export const supervisionOrderTarget: UpdateTarget<SupervisionOrderRecord> = {
  codec: supervisionOrdersTable,
  keyColumn: 'id',
  patchable: supervisionOrderPatchable,
  noun: 'supervision order',
};

export const policyNoticeTarget: UpdateTarget<PolicyNoticeRecord> = {
  codec: policyNoticesTable,
  keyColumn: 'id',
  patchable: policyNoticePatchable,
  noun: 'policy notice',
};

export const deliveryTarget: UpdateTarget<DeliveryRecord> = {
  codec: deliveriesTable,
  keyColumn: 'id',
  patchable: deliveryPatchable,
  noun: 'delivery',
};
