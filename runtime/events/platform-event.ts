/**
 * What the platform announces after a store transaction commits (for live inboxes): a task of the
 * inbox was created, claimed, released, completed, cancelled or changed, or a case's timeline grew.
 * Carries what a subscriber needs to decide visibility and to refresh — never case content.
 */
export type PlatformEventType =
  | 'task.created'
  | 'task.claimed'
  | 'task.released'
  | 'task.completed'
  | 'task.cancelled'
  | 'task.updated'
  | 'case.event'
  /** 站内信: a recipient's messages changed (new or read); carries their unread count. */
  | 'message.unread';

export interface PlatformEvent {
  /** Process-local sequence number, increasing (the stream's event id). */
  seq: number;
  type: PlatformEventType;
  jurisdiction: string;
  caseId: string;
  /** The case's enterprise (for enterprise subscribers). */
  enterpriseId: string | null;
  /** Who submitted the case. */
  submittedBy: string | null;
  at: string;
  task?: {
    id: string;
    elementId: string;
    name: string;
    candidateGroups: string[];
    assignee: string | null;
    status: string;
    dueAt: string | null;
  };
  /** For `case.event`: the timeline entry's id and type. */
  event?: { id: string; type: string; actor: string };
  /** For `message.unread`: whose messages changed and how many are unread now (only they receive it). */
  message?: { recipient: string; unread: number };
}
