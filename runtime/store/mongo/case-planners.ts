import { ConflictError } from '../../common/errors.js';
import type { CaseRecord, TaskRecord } from '../records.js';
import {
  caseDocs,
  caseNumberCounterDocs,
  caseUnitDocs,
  definitionDocs,
  eventDocs,
  processDocs,
  ratingDocs,
  responseEventTypes,
  taskDocs,
} from './case-collections.js';
import { caseFixedFields, taskPatchable } from '../patchable.js';
import { taskCaseFields } from '../task-filters.js';
import type { StoredDoc } from './document-codec.js';
import { compositeId } from './document-codec.js';
import { formatCaseNumber } from '../case-numbers.js';
import { nextSequence, type MutationPlanners } from './plan-context.js';

type CaseKind = `${'definition' | 'process' | 'case' | 'task' | 'event' | 'rating' | 'caseUnit'}.${string}`;
type CasePlanners = Pick<MutationPlanners, Extract<keyof MutationPlanners, CaseKind>>;

const casePatchable = caseDocs.fields.filter((f) => !(caseFixedFields as readonly string[]).includes(f));

/** 按期 / 超期办结 as stored flags: answeredAt, else closedAt, against deadlineAt (sla-outcome.ts). */
export function slaFlags(record: CaseRecord): { _closedLate: boolean; _closedOnTime: boolean } {
  const answered = record.answeredAt ?? record.closedAt;
  const judged = record.status === 'closed' && record.deadlineAt !== null && answered !== null;
  return {
    _closedLate: judged && answered > record.deadlineAt!,
    _closedOnTime: judged && answered <= record.deadlineAt!,
  };
}

/** The case fields its tasks are filtered on, copied onto each task as `_case`. */
export function taskCase(caseDoc: StoredDoc | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of taskCaseFields) out[field] = caseDoc?.[field] ?? null;
  return out;
}

/**
 * Case-side writes, with the SQLite adapter's rules: inserts keyed by an existing id write nothing;
 * a published version is immutable (`version_exists`); one rating per case (`already_rated`).
 */
export const casePlanners: CasePlanners = {
  'definition.publish': async ({ record }, plan) => {
    const existing = await plan.view.get(definitionDocs.collection, definitionDocs.id(record));
    if (!existing) return void (await plan.insert(definitionDocs, record));
    if (existing['hash'] === record.hash) return;
    throw new ConflictError(
      `${record.jurisdiction} v${record.version} is already published with other content`,
      [],
      'version_exists',
    );
  },
  'process.deploy': async ({ record }, plan) => void (await plan.insert(processDocs, record)),
  'case.insert': async ({ record }, plan) => {
    const unit = await plan.view.get(caseUnitDocs.collection, record.id);
    const rating = await plan.view.findOne(ratingDocs.collection, { caseId: record.id });
    await plan.insert(caseDocs, record, {
      ...slaFlags(record),
      _rating: rating?.['level'] ?? null,
      _eventTypes: [],
      _unit: unit?.['orgUnitId'] ?? null,
      _respondedAt: null,
    });
  },
  /** The counter is read through the staged view and written whole (`put`): a replayed journal is idempotent. */
  'case.number': async ({ caseId, jurisdiction, prefix, year }, plan) => {
    const kase = await plan.view.get(caseDocs.collection, caseId);
    if (!kase || (kase['caseNumber'] ?? null) !== null) return;
    const counter = await plan.view.get(caseNumberCounterDocs.collection, compositeId(jurisdiction, year));
    const last = Number(counter?.['last'] ?? 0) + 1;
    plan.put(caseNumberCounterDocs, { jurisdiction, year, last });
    await plan.setIfExists(caseDocs.collection, caseId, {
      caseNumber: formatCaseNumber(prefix, year, last),
    });
  },
  'case.update': async ({ id, patch }, plan) => {
    const before = await plan.view.get(caseDocs.collection, id);
    const after = await plan.update(caseDocs, id, patch, casePatchable, 'case', slaFlags);
    if (taskCaseFields.some((f) => (before?.[f] ?? null) !== (after[f] ?? null)))
      plan.push({
        op: 'setWhere',
        coll: taskDocs.collection,
        filter: { caseId: id },
        fields: { _case: taskCase(after) },
      });
  },
  'task.insert': async ({ record }, plan) => {
    const caseDoc = await plan.view.get(caseDocs.collection, record.caseId);
    await plan.insert(taskDocs, record, { _case: taskCase(caseDoc) });
  },
  'task.update': async ({ id, patch }, plan) =>
    void (await plan.update<TaskRecord>(taskDocs, id, patch, taskPatchable, 'task')),
  'event.append': async ({ record }, plan) => {
    if (!(await plan.insert(eventDocs, record, { _seq: nextSequence() }))) return;
    plan.push({
      op: 'addToSet',
      coll: caseDocs.collection,
      id: record.caseId,
      field: '_eventTypes',
      value: record.type,
    });
    if (!responseEventTypes.includes(record.type)) return;
    // 响应: the earliest time staff took the case up
    const kase = await plan.view.get(caseDocs.collection, record.caseId);
    const responded = kase?.['_respondedAt'];
    if (kase && (typeof responded !== 'string' || responded > record.at))
      await plan.setIfExists(caseDocs.collection, record.caseId, { _respondedAt: record.at });
  },
  'rating.insert': async ({ record }, plan) => {
    // A later round (after 重办 / 二次交办) replaces the case's rating; a replay (same id) is a no-op.
    if (await plan.view.get(ratingDocs.collection, record.id)) return;
    const rated = await plan.view.findOne(ratingDocs.collection, { caseId: record.caseId });
    if (rated && Number(rated['round']) < record.round) plan.delete(ratingDocs.collection, rated._id);
    else if (rated)
      throw new ConflictError(
        `case ${record.caseId} is already rated`,
        [{ path: '/caseId', reason: 'already_rated' }],
        'already_rated',
      );
    await plan.insert(ratingDocs, record);
    await plan.setIfExists(caseDocs.collection, record.caseId, { _rating: record.level });
  },
  'caseUnit.set': async ({ record }, plan) => {
    plan.put(caseUnitDocs, record);
    await plan.setIfExists(caseDocs.collection, record.caseId, { _unit: record.orgUnitId });
  },
};
