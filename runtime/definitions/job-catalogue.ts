/**
 * The job types (BPMN `zeebe:taskDefinition type`) a definition may reference, and the variables
 * each one's worker sets. It is the vocabulary between definitions and workers: runtime/workers
 * registers exactly one worker per entry (`createWorkers` is typed over `JobType`, so an entry
 * without a worker does not compile and a worker of an unlisted type is refused), and
 * `defs:validate` refuses a job type that is not listed here.
 */
export const jobTypes = {
  /** 受理审查: admissibility check against the jurisdiction's routing rules. */
  admissibility: 'case.admissibility',
  /** SLA: computes the working-day deadline of the chosen class. */
  deadline: 'sla.deadline',
  /** 催办: records one urging and notifies the handling unit. */
  remind: 'sla.remind',
  /** 升级: moves the case up a tier. */
  escalate: 'case.escalate',
  /** 通知: notifies the enterprise or staff. */
  notify: 'notify.send',
  /** Records the answer and marks the case answered. */
  answer: 'case.answer',
  /** 评价期满: applies the text's automatic rating, or records the case as 未评价 (unrated). */
  autoRate: 'rating.auto',
  /** Closes the case (办结 / 不予受理). */
  close: 'case.close',
  /** Stops the SLA clock (补充材料, 退单审核). */
  pause: 'sla.pause',
  /** Restarts the SLA clock, moving the deadline by the working days it stood still. */
  resume: 'sla.resume',
  /** 延期: moves the deadline by the approved number of working days. */
  extend: 'sla.extend',
  /** 重办 / 二次交办: reopens a case after a rating that does not close it, up to the cap. */
  reopen: 'case.reopen',
  /** Records a domain event named in the task header on the case timeline. */
  recordEvent: 'case.event',
  /** 结对服务: names the staff member paired with the enterprise as the handling task's assignee. */
  assignPaired: 'case.assign-paired',
  /** Records the answer to a supervision order (督办单). */
  answerSupervision: 'supervision.answer',
} as const;

export type JobType = (typeof jobTypes)[keyof typeof jobTypes];

export const knownJobTypes: ReadonlySet<string> = new Set(Object.values(jobTypes));

/**
 * The variables each job type's worker may set (the variables of its `complete` result, in
 * runtime/workers/*-worker.ts), so the publish gate knows what a service task produces.
 */
export const jobOutputs: Record<JobType, readonly string[]> = {
  'case.admissibility': ['refusalSuggestion', 'classSuggestion'],
  'sla.deadline': [
    'deadlineAt',
    'warnAt',
    'slaStartAt',
    'firstReminderAt',
    'deadlineWorkingDays',
    'tier',
    'handlerGroups',
    'urgeCount',
    'escalate',
    'urgingStopped',
  ],
  'sla.remind': ['escalate', 'nextReminderAt', 'urgeCount', 'urgingStopped'],
  'case.escalate': ['tier', 'handlerGroups', 'escalated', 'tierDeadlineAt'],
  'notify.send': [],
  'case.answer': ['answeredAt', 'autoRateAt', 'answeredOnTime'],
  'rating.auto': ['rating'],
  'case.close': ['closedAt'],
  'sla.pause': ['slaPaused'],
  'sla.resume': ['slaPaused', 'deadlineAt', 'firstReminderAt'],
  'sla.extend': ['extensionGranted', 'extensionsGranted', 'deadlineAt', 'firstReminderAt'],
  'case.reopen': ['reopenRounds', 'reopenToTop', 'tier', 'handlerGroups'],
  'case.event': [],
  'case.assign-paired': ['pairedOfficer'],
  'supervision.answer': [],
};
