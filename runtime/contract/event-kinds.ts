/**
 * 办理记录的事件种类: every kind of timeline entry the platform writes. The studio names each one
 * in words (`event.<kind>` in studio/src/i18n zh.ts and en.ts); tests/unit/event-labels.test.ts
 * fails on a kind here, or a kind a shipped model records (`case.event` header `event`), that has
 * no label. A kind unknown to the studio reads as a generic 办理环节, never as its key.
 */
export const platformEventKinds = [
  'submitted',
  'supplemented',
  'attachment.added',
  'admissibility.assessed',
  'classified',
  'paired.assigned',
  'task.created',
  'task.claimed',
  'task.unclaimed',
  'task.completed',
  'task.returned',
  'task.reassigned',
  'task.cancelled',
  'extension.requested',
  'extension.approved',
  'extension.refused',
  'sla.extended',
  'sla.extension-refused',
  'sla.paused',
  'sla.resumed',
  'sla.recalculated',
  'urged',
  'urging.exhausted',
  'urging.not-applicable',
  'escalated',
  'supervision.issued',
  'supervision.answered',
  'comment',
  'answered',
  'notified',
  'rated',
  'unrated',
  'reopened',
  'closed',
  'process.completed',
  'case.migrated',
  'incident.resolved',
] as const;

export type PlatformEventKind = (typeof platformEventKinds)[number];
