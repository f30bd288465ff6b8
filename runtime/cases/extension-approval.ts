/**
 * 延期审批: an extension request (延期申请) becomes an approval item in the dispatcher's inbox — a
 * task outside the process (no engine step), in the group of the mechanism's first tier (the desk
 * that received the case: a platform default, no policy names who approves an extension). The
 * request and its decision live on the case timeline; this module reads them back.
 */
import type { Mechanism } from '../definitions/mechanism.js';
import type { CaseEventRecord, CaseRecord, TaskRecord } from '../store/records.js';

/** The element id that marks an approval item: it never reaches the engine. */
export const extensionApprovalElement = 'extension-approval';

/** Whether the mechanism allows any extension (every shipped mechanism: none — no policy grants one). */
export const extensionsAllowed = (m: Mechanism): boolean =>
  m.sla.maxExtensions > 0 && m.sla.maxExtensionWorkingDays > 0;

/** The dispatcher's group: the group of the lowest tier (企服办 / 前台), who received the case. */
export const dispatcherGroups = (m: Mechanism): string[] =>
  [...m.tiers]
    .sort((a, b) => a.order - b.order)
    .slice(0, 1)
    .map((t) => t.group);

export type ExtensionStatus = 'pending' | 'approved' | 'refused';

/** One extension request of a case with its decision, as the handler and the dispatcher read it. */
export interface ExtensionState {
  requestId: string;
  taskId: string;
  workingDays: number;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: ExtensionStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** The case deadline the approval set. */
  deadlineAt: string | null;
}

const decisions: Record<string, ExtensionStatus> = {
  'extension.approved': 'approved',
  'extension.refused': 'refused',
};

/** The case's extension requests, oldest first, each with its decision if any. */
export function extensionStates(timeline: CaseEventRecord[]): ExtensionState[] {
  return timeline
    .filter((e) => e.type === 'extension.requested')
    .map((e) => {
      const decision = timeline.find((d) => d.type in decisions && d.data.requestId === e.data.requestId);
      return {
        requestId: String(e.data.requestId),
        taskId: String(e.data.taskId),
        workingDays: Number(e.data.workingDays),
        reason: String(e.data.reason ?? ''),
        requestedBy: e.actor,
        requestedAt: e.at,
        status: decision ? (decisions[decision.type] ?? 'pending') : 'pending',
        decidedBy: decision?.actor ?? null,
        decidedAt: decision?.at ?? null,
        decisionReason: decision ? String(decision.data.reason ?? '') : null,
        deadlineAt: decision?.data.deadlineAt ? String(decision.data.deadlineAt) : null,
      };
    });
}

/** The approval item of a request: open in the dispatcher's inbox until decided. */
export function approvalTask(kase: CaseRecord, requestId: string, groups: string[], at: string): TaskRecord {
  return {
    id: `${requestId}_approval`,
    caseId: kase.id,
    jurisdiction: kase.jurisdiction,
    instanceKey: requestId,
    elementId: extensionApprovalElement,
    name: '延期审批',
    formKey: null,
    candidateGroups: groups,
    assignee: null,
    status: 'open',
    createdAt: at,
    dueAt: null,
    completedAt: null,
    completedBy: null,
    result: null,
  };
}
