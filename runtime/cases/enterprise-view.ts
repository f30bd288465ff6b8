import type { JsonObject } from '../common/json.js';
import type { AttachmentRecord, CaseEventRecord, CaseRecord } from '../store/records.js';
import type { CaseDetail } from './case-service.js';

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

function entry(event: CaseEventRecord, viewerId: string): EnterpriseTimelineEntry {
  const fields = publicFields[event.type] ?? [];
  const data = Object.fromEntries(fields.filter((f) => f in event.data).map((f) => [f, event.data[f]!]));
  return {
    id: event.id,
    at: event.at,
    type: event.type,
    actor: actorInWords(event.actor, viewerId),
    data,
  };
}

export function enterpriseCaseView(
  detail: CaseDetail,
  attachments: readonly AttachmentRecord[],
  viewerId: string,
): EnterpriseCaseView {
  return {
    case: enterpriseCase(detail.case),
    timeline: detail.timeline.filter((e) => isPublicEvent(e.type)).map((e) => entry(e, viewerId)),
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
