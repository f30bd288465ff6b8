import type { JobWorker } from '../engine/job-worker.js';
import type { JobType } from '../definitions/job-catalogue.js';
import { createAdmissibilityWorker } from './admissibility-worker.js';
import { createAnswerWorker } from './answer-worker.js';
import { createAutoRatingWorker } from './auto-rating-worker.js';
import { createCloseWorker } from './close-worker.js';
import { createDeadlineWorker } from './deadline-worker.js';
import { createEscalationWorker } from './escalation-worker.js';
import { createNotificationWorker } from './notification-worker.js';
import { createReminderWorker } from './reminder-worker.js';
import type { WorkerDeps } from './worker-deps.js';
import { createEventWorker } from './event-worker.js';
import { createPairedOfficerWorker } from './paired-officer-worker.js';
import { createReopenWorker } from './reopen-worker.js';
import { createSlaExtensionWorker } from './sla-extension-worker.js';
import { createSlaPauseWorker } from './sla-pause-worker.js';
import { createSlaResumeWorker } from './sla-resume-worker.js';
import { createSupervisionAnswerWorker } from './supervision-worker.js';

/** Each job type's worker: one entry per job type of the catalogue, or this does not compile. */
const workerFactories: Record<JobType, (deps: WorkerDeps) => JobWorker> = {
  'case.admissibility': createAdmissibilityWorker,
  'sla.deadline': createDeadlineWorker,
  'sla.remind': createReminderWorker,
  'case.escalate': createEscalationWorker,
  'notify.send': createNotificationWorker,
  'case.answer': createAnswerWorker,
  'rating.auto': createAutoRatingWorker,
  'case.close': createCloseWorker,
  'sla.pause': createSlaPauseWorker,
  'sla.resume': createSlaResumeWorker,
  'sla.extend': createSlaExtensionWorker,
  'case.reopen': createReopenWorker,
  'case.event': createEventWorker,
  'supervision.answer': createSupervisionAnswerWorker,
  'case.assign-paired': createPairedOfficerWorker,
};

/** Every engine-agnostic worker of the platform: exactly one per job type of the catalogue. */
export function createWorkers(deps: WorkerDeps): JobWorker[] {
  return Object.entries(workerFactories).map(([type, create]) => {
    const worker = create(deps);
    if (worker.type !== type) throw new Error(`worker for ${type} serves ${worker.type}`);
    return worker;
  });
}

export type { WorkerDeps };
