import type { JsonObject } from '../common/json.js';
import type { AttachmentRecord, CaseEventRecord, CaseRecord } from '../store/records.js';
import type { CaseDetail } from './case-service.js';
import type { ShownField } from '../definitions/field-visibility.js';
import { stepFields, type StepForms } from './handling-record.js';

/**
 * What an enterprise sees of its case (企业端进度查询): status and deadline, its own submission, the
 * public answer and the public steps of the timeline — never internal comments, task results,
 * candidate groups, staff ids or engine keys. Staff views are not shaped by this.
 */
export type EnterpriseCase = Omit<CaseRecord, 'processId' | 'instanceKey'>;

/** Who acted, in words: the enterprise itself, the platform, or (any) staff. */
export type ActorInWords = 'enterprise' | 'system' | 'staff';

export interface EnterpriseTimelineEntry {
  id: string;
  at: string;
  type: string;
  actor: ActorInWords;
  data: JsonObject;
  /** A completed step's fields the mechanism makes public (不予受理理由, 向企业说明解释情况 …). */
  fields: ShownField[];
}

export interface EnterpriseCaseView {
  case: EnterpriseCase;
  timeline: EnterpriseTimelineEntry[];
  tasks: [];
  rating: CaseDetail['rating'];
  workingDaysLeft: number | null;
  awaiting: CaseDetail['awaiting'];
  attachments: EnterpriseAttachment[];
}

export type EnterpriseAttachment = Omit<AttachmentRecord, 'uploadedBy'> & { uploadedBy: ActorInWords };

/** Public timeline steps and the fields of each the enterprise may read. */
const publicFields: Record<string, readonly string[]> = {
  submitted: ['channel'],
  classified: ['requestClass', 'workingDays', 'deadlineAt'],
  supplemented: [],
  'sla.extended': ['deadlineAt', 'workingDays'],
  answered: ['answer', 'resolution'],
  rated: ['level', 'stars', 'auto'],
  reopened: [],
  closed: ['outcome'],
};

export function isPublicEvent(type: string | undefined): boolean {
  return type !== undefined && Object.hasOwn(publicFields, type);
}

/** `enterprise` for the viewer's own steps, `system` for the platform's, `staff` for anyone else's. */
export function actorInWords(actor: string, viewerId: string): ActorInWords {
  if (actor === 'system') return 'system';
  return actor === viewerId ? 'enterprise' : 'staff';
}

export function enterpriseCase(kase: CaseRecord): EnterpriseCase {
  const { processId: _p, instanceKey: _i, ...shown } = kase;
  return shown;
}

function entry(event: CaseEventRecord, viewerId: string, fields: ShownField[]): EnterpriseTimelineEntry {
  // a completed step shows its name and public fields only (its result and staff stay inside)
  const names = event.type === 'task.completed' ? ['name'] : (publicFields[event.type] ?? []);
  const data = Object.fromEntries(names.filter((f) => f in event.data).map((f) => [f, event.data[f]!]));
  return {
    id: event.id,
    at: event.at,
    type: event.type,
    actor: event.type === 'task.completed' ? 'staff' : actorInWords(event.actor, viewerId),
    data,
    fields,
  };
}

/** The public entries: public steps, and completed tasks that wrote a field marked public. */
function publicTimeline(events: readonly CaseEventRecord[], viewerId: string, step: StepForms) {
  return events.flatMap((e) => {
    const fields = stepFields(e, step, 'public');
    if (fields.length > 0) return [entry(e, viewerId, fields)];
    return isPublicEvent(e.type) ? [entry(e, viewerId, [])] : [];
  });
}

export function enterpriseCaseView(
  detail: CaseDetail,
  attachments: readonly AttachmentRecord[],
  viewerId: string,
  step: StepForms,
): EnterpriseCaseView {
  return {
    case: enterpriseCase(detail.case),
    timeline: publicTimeline(detail.timeline, viewerId, step),
    tasks: [],
    rating: detail.rating,
    workingDaysLeft: detail.workingDaysLeft,
    awaiting: detail.awaiting,
    attachments: attachments.map((a) => enterpriseAttachment(a, viewerId)),
  };
}

export function enterpriseAttachment(a: AttachmentRecord, viewerId: string): EnterpriseAttachment {
  return { ...a, uploadedBy: actorInWords(a.uploadedBy, viewerId) };
}
