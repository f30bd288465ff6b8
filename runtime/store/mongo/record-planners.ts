import { supervisionOrderPatchable } from '../patchable.js';
import { auditDocs } from './audit-collections.js';
import { nextSequence, type MutationPlanners } from './plan-context.js';
import { attachmentDocs, supervisionDocs, visitDocs } from './supervision-collections.js';

type RecordPlanners = Pick<
  MutationPlanners,
  'supervision.insert' | 'supervision.update' | 'visit.insert' | 'attachment.insert' | 'audit.append'
>;

/** Supervision orders, visits, attachments and audit entries: idempotent inserts by id; orders patchable. */
export const recordPlanners: RecordPlanners = {
  'supervision.insert': async ({ record }, plan) => void (await plan.insert(supervisionDocs, record)),
  'supervision.update': async ({ id, patch }, plan) =>
    void (await plan.update(supervisionDocs, id, patch, supervisionOrderPatchable, 'supervision order')),
  'visit.insert': async ({ record }, plan) => void (await plan.insert(visitDocs, record)),
  'attachment.insert': async ({ record }, plan) => void (await plan.insert(attachmentDocs, record)),
  'audit.append': async ({ record }, plan) =>
    void (await plan.insert(auditDocs, record, { _seq: nextSequence() })),
};
